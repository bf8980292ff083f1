#pragma once
// A CTI session over a plain blocking socket, read only when asked: what the server sent and
// nobody read yet stays in the kernel, where any thread can look at it (peek) without taking it.
// For tests that need to know whether a frame was already on the wire at a given instant.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class RawCtiSocket
{
public:
    RawCtiSocket() = default;
    ~RawCtiSocket();
    RawCtiSocket(const RawCtiSocket &) = delete;
    RawCtiSocket &operator=(const RawCtiSocket &) = delete;

    // Connects to ws://127.0.0.1:port/cti and completes the WebSocket handshake.
    bool open(quint16 port, QString *error);
    // Sends a request and reads frames until its reply (events met meanwhile are kept).
    QJsonObject request(const QString &type, QJsonObject fields = {}, int timeoutMs = 5000);
    // True when `needle` is in what the server sent and was not read yet. Any thread.
    [[nodiscard]] bool unreadContains(const QByteArray &needle) const;
    // Reads frames until an event of that type (or the timeout); removes and returns it.
    QJsonObject waitEvent(const QString &type, int timeoutMs = 5000);

private:
    bool sendText(const QByteArray &payload);
    bool readFrame(QByteArray *text, int timeoutMs); // one text frame
    bool fill(int timeoutMs);                        // more bytes into m_buffer

    int m_fd = -1;
    qint64 m_nextId = 1;
    QByteArray m_buffer; // read from the socket, not yet parsed
    QList<QJsonObject> m_events;
};
