#pragma once

#include "channels/HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace relais::channels {

struct HttpLimits
{
    qsizetype maxRequestLine = 8 * 1024;
    qsizetype maxHeaderBytes = 32 * 1024; // request line and headers together
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 256 * 1024;
};

// Incremental HTTP/1.0 and 1.1 request parser: request line, headers, a Content-Length body.
// It enforces its limits as early as it can (a too-large Content-Length is refused before a byte of
// the body is read) and reports every problem as an HTTP status with a message.
// Chunked bodies are refused with 411: connectors send Content-Length.
class HttpRequestParser
{
public:
    using Limits = HttpLimits;
    enum class Status { NeedMore, Complete, Error };

    explicit HttpRequestParser(Limits limits = {});

    // Consumes what it uses from the front of `buffer`; bytes after a complete request stay there.
    Status feed(QByteArray &buffer);
    // The request after feed() returned Complete; the parser is then ready for the next one.
    HttpRequest takeRequest();
    // True once some bytes of a request that is not yet complete have been seen.
    bool started() const { return m_started; }
    // True once per request whose client waits for "100 Continue" before sending the body.
    bool takeContinue();

    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }
    const Limits &limits() const { return m_limits; }

private:
    enum class Stage { Head, Body, Complete, Failed };
    Status fail(int status, const QString &message);
    Status feedHead(QByteArray &buffer);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool finishHead();

    Limits m_limits;
    Stage m_stage = Stage::Head;
    HttpRequest m_request;
    qsizetype m_bodyLength = 0;
    bool m_started = false;
    bool m_continue = false;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace relais::channels
