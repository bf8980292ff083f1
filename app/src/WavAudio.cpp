#include "relais/app/WavAudio.h"

#include <QtEndian>
#include <cstdint>

namespace relais::app {

namespace {

std::int16_t alaw(std::uint8_t a)
{
    a ^= 0x55;
    int t = (a & 0x0f) << 4;
    const int seg = (a & 0x70) >> 4;
    t = seg == 0 ? t + 8 : seg == 1 ? t + 0x108 : (t + 0x108) << (seg - 1);
    return std::int16_t((a & 0x80) ? t : -t);
}

std::int16_t ulaw(std::uint8_t u)
{
    u = ~u;
    int t = ((u & 0x0f) << 3) + 0x84;
    t <<= (u & 0x70) >> 4;
    return std::int16_t((u & 0x80) ? 0x84 - t : t - 0x84);
}

} // namespace

std::optional<WavAudio> WavAudio::decode(const QByteArray &file, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    const auto *d = reinterpret_cast<const uchar *>(file.constData());
    const qsizetype n = file.size();
    if (n < 12 || file.mid(0, 4) != "RIFF" || file.mid(8, 4) != "WAVE")
        return fail(tr("L'enregistrement n'est pas un fichier WAV."));
    int format = 0, channels = 0, rate = 0, bits = 0;
    qsizetype dataStart = -1, dataSize = 0;
    for (qsizetype pos = 12; pos + 8 <= n;) {
        const QByteArray id = file.mid(pos, 4);
        const qsizetype size = qFromLittleEndian<quint32>(d + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt " && body + 16 <= n) {
            format = qFromLittleEndian<quint16>(d + body);
            channels = qFromLittleEndian<quint16>(d + body + 2);
            rate = int(qFromLittleEndian<quint32>(d + body + 4));
            bits = qFromLittleEndian<quint16>(d + body + 14);
            if (format == 0xfffe && size >= 40 && body + 26 <= n) // WAVE_FORMAT_EXTENSIBLE
                format = qFromLittleEndian<quint16>(d + body + 24);
        } else if (id == "data") {
            dataStart = body;
            dataSize = (size == 0 || size > n - body) ? n - body : size;
            break;
        }
        pos = body + size + (size & 1);
    }
    if (format == 0 || dataStart < 0)
        return fail(tr("L'en-tête WAV de l'enregistrement est incomplet."));
    const bool pcm16 = format == 1 && bits == 16;
    const bool pcm8 = format == 1 && bits == 8;
    const bool g711 = (format == 6 || format == 7) && bits == 8;
    if (!(pcm16 || pcm8 || g711) || channels < 1 || channels > 2 || rate < 1000 || rate > 192000)
        return fail(tr("Format audio non pris en charge (format %1, %2 bits, %3 canaux).")
                        .arg(format)
                        .arg(bits)
                        .arg(channels));
    const int bytesPerSample = bits / 8;
    const qsizetype frames = dataSize / (bytesPerSample * channels);
    WavAudio out;
    out.sampleRate = rate;
    out.pcm.resize(frames * 2);
    auto *dst = reinterpret_cast<uchar *>(out.pcm.data());
    const uchar *src = d + dataStart;
    for (qsizetype f = 0; f < frames; ++f) {
        int sum = 0;
        for (int c = 0; c < channels; ++c) {
            const uchar *s = src + (f * channels + c) * bytesPerSample;
            if (pcm16)
                sum += qFromLittleEndian<qint16>(s);
            else if (pcm8)
                sum += (int(*s) - 128) << 8;
            else
                sum += format == 6 ? alaw(*s) : ulaw(*s);
        }
        qToLittleEndian<qint16>(qint16(sum / channels), dst + f * 2);
    }
    return out;
}

} // namespace relais::app
