#include "SipMessageFuzzer.h"

#include <QList>

QByteArray SipMessageFuzzer::sdp()
{
    const QByteArray address = chance(85) ? QByteArray("127.0.0.1")
                                          : pick({"0.0.0.0", "::1", "999.1.1.1", "", "localhost"});
    const QByteArray port = chance(85) ? QByteArray::number(m_localPort + 2)
                                       : pick({"0", "65536", "-4", "99999999999", "x"});
    QByteArray media = "m=audio " + port + " RTP/AVP " +
                       pick({"0 8 101", "8", "0", "96", "9 18", "", "0 0 0 0", "255"}) + "\r\n";
    QByteArray s =
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 " + address + "\r\nt=0 0\r\n" + media;
    s += pick({"a=rtpmap:0 PCMU/8000\r\n", "a=rtpmap:101 telephone-event/8000\r\n",
               "a=rtpmap:96 opus/48000/2\r\n", "a=rtpmap:8\r\n", "a=sendonly\r\n", "a=inactive\r\n",
               "a=ptime:0\r\n", "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:AAAA\r\n", ""});
    if (chance(10))
        s += "m=video 9 RTP/AVP 96\r\n";
    if (chance(5))
        s += QByteArray(int(m_random.bounded(1, 3000)), 'a') + "\r\n";
    return s;
}

QByteArray SipMessageFuzzer::request(const QByteArray &method, const QByteArray &uri,
                                     const QByteArray &body)
{
    const QByteArray n = QByteArray::number(++m_serial);
    const QByteArray local = "127.0.0.1:" + QByteArray::number(m_localPort);
    QByteArray m = method + " " + uri + " SIP/2.0\r\n";
    m += "Via: SIP/2.0/UDP " + local + ";branch=z9hG4bK-fuzz" + n + ";rport\r\n";
    m += "Max-Forwards: 70\r\n";
    m += "From: <sip:" + pick({"agent1", "+22997000001", "fuzz", ""}) + "@127.0.0.1>;tag=f" + n +
         "\r\n";
    m += "To: <" + uri + ">\r\n";
    m += "Call-ID: fuzz-" + (chance(20) ? QByteArray("same") : n) + "@127.0.0.1\r\n";
    m += "CSeq: " + QByteArray::number(m_random.bounded(1, 5)) + " " + method + "\r\n";
    m += "Contact: <sip:fuzz@" + local + ">\r\n";
    if (method == "REGISTER") {
        m += "Expires: " + pick({"60", "0", "3600", "-1", "99999999999", "x"}) + "\r\n";
        if (chance(50))
            m += "Authorization: Digest username=\"" + pick({"agent1", "agent2", "", "\"\""}) +
                 "\", realm=\"relais.local\", nonce=\"" + pick({"abc", "", "0000"}) +
                 "\", uri=\"sip:relais.local\", response=\"" +
                 pick({"0123456789abcdef0123456789abcdef", "", "zz"}) +
                 "\", algorithm=" + pick({"MD5", "SHA-256", "x"}) + "\r\n";
    }
    if (method == "INVITE" && chance(20))
        m += "Call-Info: <sip:x>;answer-after=0\r\nX-Relais-Interaction: " +
             pick({"ix-1", "", "../../x"}) + "\r\n";
    if (method == "INFO")
        m += "Content-Type: application/dtmf-relay\r\n";
    else if (!body.isEmpty())
        m += "Content-Type: application/sdp\r\n";
    m += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return m;
}

QByteArray SipMessageFuzzer::mutate(QByteArray message)
{
    QList<QByteArray> lines = message.split('\n');
    const int edits = int(m_random.bounded(0, 4));
    for (int e = 0; e < edits && lines.size() > 1; ++e) {
        const int at = int(m_random.bounded(1, lines.size()));
        switch (m_random.bounded(8)) {
        case 0:
            lines.removeAt(at);
            break;
        case 1:
            lines.insert(at, lines.at(at));
            break;
        case 2: { // a header's value replaced
            const int colon = int(lines[at].indexOf(':'));
            if (colon > 0)
                lines[at] = lines[at].left(colon + 1) + " " +
                            pick({"", "<>", "<sip:>", "sip:@", ";;;", "\"", "0", "-1",
                                  QByteArray(int(m_random.bounded(1, 5000)), 'x'), "\xff\xfe",
                                  "<sip:a@[::1]:5060;transport=sctp>"}) +
                            "\r";
            break;
        }
        case 3:
            lines[at] =
                "Content-Length: " + pick({"0", "1", "99999", "-1", "4294967296", "abc"}) + "\r";
            break;
        case 4:
            lines[at].truncate(int(m_random.bounded(lines[at].size() + 1)));
            break;
        case 5:
            lines.insert(at, "Via: SIP/2.0/" + pick({"UDP", "TCP", "XYZ", ""}) + " " +
                                 pick({"127.0.0.1", "", "[::1]", "a b"}) +
                                 ";branch=" + pick({"z9hG4bK", "", "x"}) + "\r");
            break;
        case 6:
            lines.swapItemsAt(at, int(m_random.bounded(1, lines.size())));
            break;
        default:
            if (!lines[at].isEmpty()) {
                static const char odd[] = {':', ' ', '\0', '<', '>', ';', '\xc3'};
                lines[at][int(m_random.bounded(lines[at].size()))] =
                    odd[m_random.bounded(int(sizeof odd))];
            }
            break;
        }
    }
    QByteArray out = lines.join('\n');
    if (chance(5))
        out.truncate(int(m_random.bounded(out.size() + 1)));
    return out;
}

QByteArray SipMessageFuzzer::next()
{
    const QByteArray server = "127.0.0.1:" + QByteArray::number(m_serverPort);
    QByteArray message;
    switch (m_random.bounded(10)) {
    case 0:
    case 1:
        message = request("REGISTER", "sip:" + server, {});
        break;
    case 2:
    case 3:
        message = request(
            "INVITE", "sip:" + pick({"1919", "1920", "4242", "agent1", ""}) + "@" + server, sdp());
        break;
    case 4:
        message = request("OPTIONS", "sip:" + server, {});
        break;
    case 5:
        message =
            request(pick({"BYE", "CANCEL", "ACK", "PRACK", "UPDATE"}), "sip:1920@" + server, {});
        break;
    case 6:
        message = request("INFO", "sip:1919@" + server,
                          "Signal=" + pick({"1", "#", "", "99", "\xff"}) +
                              "\r\nDuration=" + pick({"160", "-1", "x"}) + "\r\n");
        break;
    case 7:
        message = request(pick({"SUBSCRIBE", "NOTIFY", "MESSAGE", "PUBLISH", "REFER"}),
                          "sip:agent1@" + server, chance(50) ? QByteArray("hello") : QByteArray());
        break;
    case 8:
        message = request(pick({"FOO", "invite", "", "REGISTER REGISTER"}), "sip:" + server, {});
        break;
    default: // a response where a request is expected
        message = "SIP/2.0 " + pick({"200 OK", "180 Ringing", "487 Request Terminated", "999 x"}) +
                  "\r\nVia: SIP/2.0/UDP 127.0.0.1:" + QByteArray::number(m_localPort) +
                  ";branch=z9hG4bK-x\r\nCall-ID: fuzz-same@127.0.0.1\r\nCSeq: 1 INVITE\r\n"
                  "From: <sip:a@b>;tag=1\r\nTo: <sip:c@d>;tag=2\r\nContent-Length: 0\r\n\r\n";
        break;
    }
    return chance(85) ? mutate(message) : message;
}
