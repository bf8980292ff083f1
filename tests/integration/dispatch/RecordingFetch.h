#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class CtiClient;

// A whole recording fetched the way a desk does: recording.get chunk after chunk until `last`.
struct RecordingFetch
{
    QByteArray bytes;
    int chunks = 0;
    qint64 size = -1;      // as the first reply said
    QJsonObject lastReply; // the failing reply, or the last chunk's
    bool ok = false;

    static RecordingFetch run(CtiClient &client, const QString &interactionId,
                              const QString &kind = {});
    // The error code of a refused request ("" when it was answered ok).
    static QString errorCode(const QJsonObject &reply);
};
