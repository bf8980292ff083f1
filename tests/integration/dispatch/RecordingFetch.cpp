#include "RecordingFetch.h"

#include "CtiClient.h"

RecordingFetch RecordingFetch::run(CtiClient &client, const QString &interactionId,
                                   const QString &kind)
{
    RecordingFetch f;
    for (int guard = 0; guard < 10000; ++guard) {
        QJsonObject fields{{"interactionId", interactionId}, {"offset", f.bytes.size()}};
        if (!kind.isEmpty())
            fields.insert("kind", kind);
        f.lastReply = client.request("recording.get", fields);
        if (!f.lastReply.value("ok").toBool())
            return f;
        ++f.chunks;
        if (f.size < 0)
            f.size = qint64(f.lastReply.value("size").toDouble());
        f.bytes += QByteArray::fromBase64(f.lastReply.value("data").toString().toLatin1());
        if (f.lastReply.value("last").toBool()) {
            f.ok = true;
            return f;
        }
    }
    return f;
}

QString RecordingFetch::errorCode(const QJsonObject &reply)
{
    return reply.value("error").toObject().value("code").toString();
}
