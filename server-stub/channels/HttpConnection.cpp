#include "channels/HttpConnection.h"

#include <QTcpSocket>
#include <exception>
#include <sys/socket.h>

namespace relais::channels {

namespace {
constexpr qint64 kReadBufferBytes = 64 * 1024;
// Stop reading requests while this much of our answers waits for the client to read it.
constexpr qint64 kMaxWriteBacklog = 1024 * 1024;
// What we read and drop after an error before giving up on a polite close.
constexpr qint64 kMaxLingerBytes = 4 * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler,
                               HttpRequestParser::Limits limits, Timeouts timeouts, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_parser(limits),
      m_timeouts(timeouts)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onDeadline);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    arm(Deadline::Idle);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(this);
}

bool HttpConnection::writeBacklogged() const
{
    return m_socket->bytesToWrite() > kMaxWriteBacklog;
}

void HttpConnection::onReadyRead()
{
    switch (m_mode) {
    case Mode::Open:
        if (writeBacklogged())
            return; // resumed from onBytesWritten; meanwhile TCP pushes back on the client
        m_buffer += m_socket->readAll();
        process();
        return;
    case Mode::CloseWhenFlushed:
    case Mode::LingerWhenFlushed:
    case Mode::Lingering:
        m_discarded += m_socket->readAll().size();
        if (m_discarded > kMaxLingerBytes)
            finish();
        return;
    case Mode::Closed:
        return;
    }
}

void HttpConnection::onBytesWritten()
{
    switch (m_mode) {
    case Mode::Open:
        if (writeBacklogged())
            return;
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        else if (!m_buffer.isEmpty())
            process();
        return;
    case Mode::CloseWhenFlushed:
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
        return;
    case Mode::LingerWhenFlushed:
        if (m_socket->bytesToWrite() == 0)
            startLinger();
        return;
    case Mode::Lingering:
    case Mode::Closed:
        return;
    }
}

void HttpConnection::process()
{
    while (m_mode == Mode::Open && !writeBacklogged()) {
        const HttpRequestParser::Status status = m_parser.feed(m_buffer);
        if (m_parser.takeContinue())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (status == HttpRequestParser::Status::Error) {
            failAndClose(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        if (status == HttpRequestParser::Status::NeedMore) {
            if (m_parser.started() && m_deadline != Deadline::Request)
                arm(Deadline::Request);
            return;
        }
        const HttpRequest request = m_parser.takeRequest();
        const bool headOnly = request.method == "HEAD";
        write(callHandler(request), request.keepAlive, headOnly);
        if (!request.keepAlive) {
            m_mode = Mode::CloseWhenFlushed;
            arm(Deadline::Linger); // bounds the wait for a client that never reads
            return;
        }
        arm(Deadline::Idle);
    }
}

HttpResponse HttpConnection::callHandler(const HttpRequest &request)
{
    try {
        return m_handler(request);
    } catch (const std::exception &e) {
        qWarning("relais http: handler failed: %s", e.what());
    } catch (...) {
        qWarning("relais http: handler failed");
    }
    return HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("internal error"));
}

void HttpConnection::write(const HttpResponse &response, bool keepAlive, bool headOnly)
{
    m_socket->write(response.serialise(keepAlive, headOnly));
}

void HttpConnection::failAndClose(int status, const QString &message)
{
    write(HttpResponse::error(status, HttpResponse::errorCode(status), message), false);
    m_mode = Mode::LingerWhenFlushed;
    m_buffer.clear();
    arm(Deadline::Linger);
}

// The response is in the kernel's hands: send FIN but keep reading (and dropping) what the client
// still sends, so that closing with unread data does not reset the connection under the client
// before it has read the response.
void HttpConnection::startLinger()
{
    const qintptr fd = m_socket->socketDescriptor();
    if (fd < 0 || ::shutdown(static_cast<int>(fd), SHUT_WR) != 0) {
        m_socket->disconnectFromHost();
        return;
    }
    m_mode = Mode::Lingering;
    arm(Deadline::Linger);
    m_discarded += m_socket->readAll().size();
}

void HttpConnection::arm(Deadline deadline)
{
    m_deadline = deadline;
    switch (deadline) {
    case Deadline::Idle:
        m_timer.start(m_timeouts.idleMs);
        return;
    case Deadline::Request:
        m_timer.start(m_timeouts.requestMs);
        return;
    case Deadline::Linger:
        m_timer.start(m_timeouts.lingerMs);
        return;
    }
}

void HttpConnection::onDeadline()
{
    if (m_mode == Mode::Open && m_deadline == Deadline::Request && !writeBacklogged()) {
        failAndClose(408, QStringLiteral("the request did not arrive in time"));
        return;
    }
    if (m_mode == Mode::Open && m_socket->bytesToWrite() == 0) {
        m_mode = Mode::CloseWhenFlushed; // an idle keep-alive connection
        arm(Deadline::Linger);
        m_socket->disconnectFromHost(); // may emit disconnected() → finish() right here
        return;
    }
    finish(); // a client that neither reads nor closes
}

void HttpConnection::finish()
{
    if (m_mode == Mode::Closed)
        return;
    m_mode = Mode::Closed;
    m_timer.stop();
    m_socket->abort();
    emit closed();
    deleteLater();
}

} // namespace relais::channels
