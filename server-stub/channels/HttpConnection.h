#pragma once

#include "channels/HttpRequestParser.h"
#include "channels/HttpResponse.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace relais::channels {

// One client connection of HttpServer: keep-alive and pipelining (answered in order), deadlines
// for slow clients, back-pressure when the client does not read its responses, and a "lingering
// close" after an error so that the client reads the error instead of a connection reset.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    struct Timeouts
    {
        int requestMs = 15000; // from the first byte of a request to its last
        int idleMs = 30000;    // between requests on a kept-alive connection
        int lingerMs = 2000;   // reading and dropping what the client still sends after an error
    };

    HttpConnection(QTcpSocket *socket, Handler handler, HttpRequestParser::Limits limits,
                   Timeouts timeouts, QObject *parent = nullptr);
    ~HttpConnection() override;

signals:
    // Emitted once; the connection deletes itself afterwards.
    void closed();

private:
    enum class Mode { Open, CloseWhenFlushed, LingerWhenFlushed, Lingering, Closed };
    enum class Deadline { Idle, Request, Linger };

    void onReadyRead();
    void onBytesWritten();
    void process();
    HttpResponse callHandler(const HttpRequest &request);
    void write(const HttpResponse &response, bool keepAlive, bool headOnly = false);
    void failAndClose(int status, const QString &message);
    void startLinger();
    void arm(Deadline deadline);
    void onDeadline();
    void finish();
    bool writeBacklogged() const;

    QTcpSocket *m_socket;
    Handler m_handler;
    HttpRequestParser m_parser;
    Timeouts m_timeouts;
    QByteArray m_buffer;
    QTimer m_timer;
    Deadline m_deadline = Deadline::Idle;
    Mode m_mode = Mode::Open;
    qint64 m_discarded = 0;
};

} // namespace relais::channels
