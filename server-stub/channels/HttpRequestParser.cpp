#include "channels/HttpRequestParser.h"

namespace relais::channels {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values: visible ASCII, space, tab and obs-text; no other control characters.
bool isFieldValue(QByteArrayView s)
{
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

// Comma-separated list items, trimmed and lower-cased.
QList<QByteArray> listItems(const QByteArray &value)
{
    QList<QByteArray> items;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray item = part.trimmed().toLower();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

constexpr int kMaxMethodLength = 16;

} // namespace

HttpRequestParser::HttpRequestParser(Limits limits) : m_limits(limits) {}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString &message)
{
    m_stage = Stage::Failed;
    m_continue = false;
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Error;
}

bool HttpRequestParser::takeContinue()
{
    const bool c = m_continue;
    m_continue = false;
    return c;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = HttpRequest();
    m_stage = Stage::Head;
    m_bodyLength = 0;
    m_started = false;
    m_continue = false;
    return r;
}

HttpRequestParser::Status HttpRequestParser::feed(QByteArray &buffer)
{
    switch (m_stage) {
    case Stage::Failed:
        return Status::Error;
    case Stage::Complete:
        return Status::Complete;
    case Stage::Head: {
        const Status s = feedHead(buffer);
        if (s != Status::Complete)
            return s;
        if (m_bodyLength == 0) {
            m_stage = Stage::Complete;
            return Status::Complete;
        }
        m_stage = Stage::Body;
        m_request.body.reserve(m_bodyLength);
        [[fallthrough]];
    }
    case Stage::Body: {
        const qsizetype wanted = m_bodyLength - m_request.body.size();
        const qsizetype n = std::min(wanted, buffer.size());
        m_request.body.append(buffer.constData(), n);
        buffer.remove(0, n);
        if (m_request.body.size() < m_bodyLength)
            return Status::NeedMore;
        m_stage = Stage::Complete;
        return Status::Complete;
    }
    }
    return Status::Error;
}

HttpRequestParser::Status HttpRequestParser::feedHead(QByteArray &buffer)
{
    if (!m_started) {
        // RFC 9112 2.2: ignore empty lines before the request line.
        qsizetype skip = 0;
        while (skip < buffer.size() && (buffer[skip] == '\r' || buffer[skip] == '\n'))
            ++skip;
        buffer.remove(0, skip);
        if (buffer.isEmpty())
            return Status::NeedMore;
        m_started = true;
    }
    // Refuse garbage (a TLS handshake, binary) at once instead of waiting for a line end.
    for (qsizetype i = 0; i < buffer.size() && buffer[i] != ' '; ++i) {
        if (i >= kMaxMethodLength || buffer[i] < 'A' || buffer[i] > 'Z')
            return fail(400, QStringLiteral("malformed request line"));
    }

    qsizetype end = -1;
    qsizetype endLength = 0;
    for (qsizetype i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n', i + 1)) {
        if (i + 1 < buffer.size() && buffer[i + 1] == '\n') {
            end = i;
            endLength = 2;
            break;
        }
        if (i + 2 < buffer.size() && buffer[i + 1] == '\r' && buffer[i + 2] == '\n') {
            end = i;
            endLength = 3;
            break;
        }
        if (i > m_limits.maxHeaderBytes)
            break;
    }
    if (end < 0 || end + endLength > m_limits.maxHeaderBytes) {
        const qsizetype firstLineEnd = buffer.indexOf('\n');
        if ((firstLineEnd < 0 && buffer.size() > m_limits.maxRequestLine) ||
            firstLineEnd > m_limits.maxRequestLine)
            return fail(
                414,
                QStringLiteral("request line longer than %1 bytes").arg(m_limits.maxRequestLine));
        if (buffer.size() > m_limits.maxHeaderBytes)
            return fail(431, QStringLiteral("request headers larger than %1 bytes")
                                 .arg(m_limits.maxHeaderBytes));
        return Status::NeedMore;
    }

    const QByteArray head = buffer.left(end + 1);
    buffer.remove(0, end + endLength);
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // after the final '\n'
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.isEmpty() || !parseRequestLine(lines.first()))
        return m_stage == Stage::Failed ? Status::Error
                                        : fail(400, QStringLiteral("malformed request line"));
    if (lines.size() - 1 > m_limits.maxHeaderCount)
        return fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaderCount));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!parseHeaderLine(lines[i]))
            return Status::Error;
    }
    return finishHead() ? Status::Complete : Status::Error;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    if (line.size() > m_limits.maxRequestLine) {
        fail(414, QStringLiteral("request line longer than %1 bytes").arg(m_limits.maxRequestLine));
        return false;
    }
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return false;
    const QByteArray &target = parts[1];
    const QByteArray &version = parts[2];
    if (version == "HTTP/1.1") {
        m_request.versionMinor = 1;
    } else if (version == "HTTP/1.0") {
        m_request.versionMinor = 0;
    } else if (version.startsWith("HTTP/") && version.size() == 8 && version[6] == '.') {
        fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are supported"));
        return false;
    } else {
        return false;
    }
    if (!target.startsWith('/')) {
        fail(400, QStringLiteral("the request target must be a path"));
        return false;
    }
    for (char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f) {
            fail(400, QStringLiteral("the request target has characters that must be encoded"));
            return false;
        }
    }
    m_request.method = parts[0];
    const qsizetype hash = target.indexOf('#');
    const QByteArray noFragment = hash < 0 ? target : target.left(hash);
    const qsizetype q = noFragment.indexOf('?');
    m_request.path = q < 0 ? noFragment : noFragment.left(q);
    m_request.query = q < 0 ? QByteArray() : noFragment.mid(q + 1);
    m_request.keepAlive = m_request.versionMinor >= 1;
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, QStringLiteral("obsolete header line folding is not accepted"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
        fail(400, QStringLiteral("malformed header field"));
        return false;
    }
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (!isFieldValue(value)) {
        fail(400, QStringLiteral("control characters in header '%1'")
                      .arg(QString::fromLatin1(line.left(colon))));
        return false;
    }
    m_request.headers.append({line.left(colon).toLower(), value});
    return true;
}

bool HttpRequestParser::finishHead()
{
    bool haveLength = false;
    bool haveEncoding = false;
    qint64 length = 0;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "content-length") {
            // Several values (or a list) are accepted only when they all agree.
            for (const QByteArray &item : value.split(',')) {
                const QByteArray digits = item.trimmed();
                bool ok = !digits.isEmpty() && digits.size() <= 18;
                for (char c : digits)
                    ok = ok && c >= '0' && c <= '9';
                const qint64 n = ok ? digits.toLongLong(&ok) : -1;
                if (!ok || (haveLength && n != length)) {
                    fail(400, QStringLiteral("invalid Content-Length"));
                    return false;
                }
                haveLength = true;
                length = n;
            }
        } else if (name == "transfer-encoding") {
            haveEncoding = true;
        } else if (name == "connection") {
            for (const QByteArray &item : listItems(value)) {
                if (item == "close")
                    m_request.keepAlive = false;
                else if (item == "keep-alive" && m_request.versionMinor == 0)
                    m_request.keepAlive = true;
            }
        } else if (name == "expect") {
            m_continue = value.trimmed().toLower() == "100-continue";
        }
    }
    if (haveEncoding) {
        // Both together is how requests get smuggled; refuse rather than guess.
        if (haveLength)
            fail(400, QStringLiteral("both Transfer-Encoding and Content-Length"));
        else
            fail(411, QStringLiteral("send the body with a Content-Length"));
        return false;
    }
    if (length > m_limits.maxBodyBytes) {
        fail(413, QStringLiteral("body larger than %1 bytes").arg(m_limits.maxBodyBytes));
        return false;
    }
    m_bodyLength = length;
    if (length == 0)
        m_continue = false;
    return true;
}

} // namespace relais::channels
