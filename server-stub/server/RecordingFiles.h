#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace relais::server {

// The WAV files under [voice] recordings_dir as the CTI hands them out (recording.get). A
// stored name (a call's file name, or the file:// URL of a callback request) is reduced to a
// bare file name and looked up in that folder only: no separator, no "..", no hidden file, and
// the real path (symlinks followed) must still be inside the folder.
class RecordingFiles
{
public:
    // At most this much of the file per chunk: its base64 (about 171 KiB) and the reply's
    // envelope stay well under the 256 KiB frame limit.
    static constexpr qint64 kChunkBytes = 128 * 1024;

    explicit RecordingFiles(const QString &dir);

    // The file's path, or empty when the name is not a plain WAV name in the folder or the file
    // is not there (deleted, never written).
    [[nodiscard]] QString resolve(const QString &storedName) const;

    struct Chunk
    {
        qint64 size = 0; // the whole file
        QByteArray data; // kChunkBytes at most, from the requested offset
    };
    // Reads from `offset` (0..size). Empty with a reason when the file cannot be read or the
    // offset is past its end (`pastEnd` set).
    static std::optional<Chunk> read(const QString &path, qint64 offset, bool *pastEnd,
                                     QString *error);

private:
    QString m_dir;
};

} // namespace relais::server
