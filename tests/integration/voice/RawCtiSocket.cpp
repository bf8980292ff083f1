#include "RawCtiSocket.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

RawCtiSocket::~RawCtiSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawCtiSocket::open(quint16 port, QString *error)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        *error = QStringLiteral("cannot connect to the CTI port %1").arg(port);
        return false;
    }
    const QByteArray hello = QStringLiteral("GET /cti HTTP/1.1\r\nHost: 127.0.0.1:%1\r\n"
                                            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                            "Sec-WebSocket-Version: 13\r\n\r\n")
                                 .arg(port)
                                 .toLatin1();
    if (::send(m_fd, hello.constData(), size_t(hello.size()), 0) != hello.size()) {
        *error = QStringLiteral("cannot send the WebSocket handshake");
        return false;
    }
    while (!m_buffer.contains("\r\n\r\n")) {
        if (!fill(5000)) {
            *error = QStringLiteral("no WebSocket handshake answer");
            return false;
        }
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n") + 4;
    if (!m_buffer.startsWith("HTTP/1.1 101")) {
        *error = QStringLiteral("handshake refused: ") + QString::fromLatin1(m_buffer.left(end));
        return false;
    }
    m_buffer.remove(0, end);
    QByteArray hi;
    return readFrame(&hi, 5000); // the server's hello
}

QJsonObject RawCtiSocket::request(const QString &type, QJsonObject fields, int timeoutMs)
{
    const qint64 id = m_nextId++;
    fields.insert("type", type);
    fields.insert("id", id);
    if (!sendText(QJsonDocument(fields).toJson(QJsonDocument::Compact)))
        return {};
    QElapsedTimer t;
    t.start();
    QByteArray text;
    while (readFrame(&text, int(std::max<qint64>(1, timeoutMs - t.elapsed())))) {
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        if (o.value("type").toString() == QLatin1String("reply") && o.value("id").toInteger() == id)
            return o;
        m_events.append(o);
    }
    return {};
}

QJsonObject RawCtiSocket::waitEvent(const QString &type, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (m_events[i].value("type").toString() == type)
                return m_events.takeAt(i);
        }
        QByteArray text;
        if (!readFrame(&text, int(std::max<qint64>(1, timeoutMs - t.elapsed()))))
            return {};
        m_events.append(QJsonDocument::fromJson(text).object());
    }
}

bool RawCtiSocket::unreadContains(const QByteArray &needle) const
{
    if (m_buffer.contains(needle))
        return true;
    QByteArray peeked(1 << 20, '\0');
    const ssize_t n = ::recv(m_fd, peeked.data(), size_t(peeked.size()), MSG_PEEK | MSG_DONTWAIT);
    return n > 0 && QByteArray::fromRawData(peeked.constData(), n).contains(needle);
}

bool RawCtiSocket::sendText(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81)); // FIN, text
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ key[i % 4]));
    return ::send(m_fd, frame.constData(), size_t(frame.size()), 0) == frame.size();
}

bool RawCtiSocket::fill(int timeoutMs)
{
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return false;
    char chunk[65536];
    const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
    if (n <= 0)
        return false;
    m_buffer.append(chunk, qsizetype(n));
    return true;
}

bool RawCtiSocket::readFrame(QByteArray *text, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (m_buffer.size() >= 2) {
            const int opcode = quint8(m_buffer[0]) & 0x0f;
            quint64 length = quint8(m_buffer[1]) & 0x7f;
            qsizetype header = 2;
            if (length == 126 && m_buffer.size() >= 4) {
                length = (quint64(quint8(m_buffer[2])) << 8) | quint8(m_buffer[3]);
                header = 4;
            } else if (length == 127 && m_buffer.size() >= 10) {
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | quint8(m_buffer[i]);
                header = 10;
            } else if (length >= 126) {
                header = -1; // the extended length is not all here yet
            }
            if (header > 0 && quint64(m_buffer.size() - header) >= length) {
                const QByteArray payload = m_buffer.mid(header, qsizetype(length));
                m_buffer.remove(0, header + qsizetype(length));
                if (opcode == 0x1) {
                    *text = payload;
                    return true;
                }
                continue; // ping, pong, close: not what we wait for
            }
        }
        if (!fill(int(std::max<qint64>(1, timeoutMs - t.elapsed()))))
            return false;
    }
}
