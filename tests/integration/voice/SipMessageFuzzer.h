#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

// Builds SIP requests for tst_voice_sip_fuzz: REGISTER, INVITE (to the service numbers and to an
// agent, with SDP), OPTIONS, BYE, CANCEL, ACK, INFO, SUBSCRIBE, NOTIFY, MESSAGE, each then broken
// a little (a header removed, doubled or garbled, a wrong Content-Length, an odd URI or SDP line,
// bytes cut off the end). The same seed gives the same messages.
class SipMessageFuzzer
{
public:
    SipMessageFuzzer(quint32 seed, quint16 serverPort, quint16 localPort)
        : m_random(seed), m_serverPort(serverPort), m_localPort(localPort)
    {
    }
    QByteArray next();

private:
    QByteArray request(const QByteArray &method, const QByteArray &uri, const QByteArray &body);
    QByteArray sdp();
    QByteArray mutate(QByteArray message);
    QByteArray pick(const QList<QByteArray> &list)
    {
        return list.at(int(m_random.bounded(list.size())));
    }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    QRandomGenerator m_random;
    quint16 m_serverPort;
    quint16 m_localPort;
    int m_serial = 0;
};
