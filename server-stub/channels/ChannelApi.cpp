#include "channels/ChannelApi.h"

#include "relais/protocol/FieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace relais::channels {

using protocol::FieldReader;

namespace {

constexpr qsizetype kMaxTextLength = 65536; // as protocol::Message accepts
constexpr qsizetype kMaxIdLength = 128;

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("bad_request"), message);
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                         QStringLiteral("allowed: %1").arg(QLatin1String(allow)));
    r.setHeader("Allow", allow);
    return r;
}

HttpResponse fromError(const ChannelError &e)
{
    const int status = e.httpStatus >= 400 && e.httpStatus <= 599 ? e.httpStatus : 500;
    return HttpResponse::error(status, e.code.isEmpty() ? HttpResponse::errorCode(status) : e.code,
                               e.message);
}

HttpResponse unauthorized(const QString &message, bool invalidToken)
{
    HttpResponse r = HttpResponse::error(401, QStringLiteral("unauthenticated"), message);
    r.setHeader("WWW-Authenticate",
                invalidToken ? QByteArray(R"(Bearer realm="relais", error="invalid_token")")
                             : QByteArray(R"(Bearer realm="relais")"));
    return r;
}

// application/json, optionally with charset=utf-8.
bool isJson(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts[i].trimmed().toLower();
        if (param.startsWith("charset=")) {
            QByteArray charset = param.mid(8);
            if (charset.startsWith('"') && charset.endsWith('"') && charset.size() >= 2)
                charset = charset.mid(1, charset.size() - 2);
            if (charset != "utf-8" && charset != "utf8")
                return false;
        }
    }
    return true;
}

// The body as a JSON object, or the response that refuses it.
std::variant<QJsonObject, HttpResponse> jsonBody(const HttpRequest &request)
{
    if (!isJson(request.header("content-type")))
        return HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
                                   QStringLiteral("the body must be JSON (Content-Type: "
                                                  "application/json)"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return badRequest(QStringLiteral("body is not valid JSON: %1 at offset %2")
                              .arg(error.errorString())
                              .arg(error.offset));
    if (!doc.isObject())
        return badRequest(QStringLiteral("body must be a JSON object"));
    return doc.object();
}

QString channelNames()
{
    QStringList names;
    for (int i = 0; i < protocol::kChannelCount; ++i)
        names << protocol::toString(static_cast<protocol::Channel>(i));
    return names.join(QStringLiteral(", "));
}

} // namespace

ChannelApi::ChannelApi(ChannelBackend &backend, QObject *parent)
    : QObject(parent), m_backend(backend),
      m_server([this](const HttpRequest &r) { return handle(r); }, this)
{
    HttpRequestParser::Limits limits;
    limits.maxBodyBytes = kMaxBodyBytes;
    m_server.setLimits(limits);
}

bool ChannelApi::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_server.listen(address, port, error);
}

quint16 ChannelApi::port() const
{
    return m_server.port();
}

HttpResponse ChannelApi::handle(const HttpRequest &request)
{
    QStringList segments;
    for (const QByteArray &s : request.path.split('/'))
        segments << QString::fromUtf8(QByteArray::fromPercentEncoding(s));
    // "/api/v1/..." splits into "", "api", "v1", ...
    if (segments.size() < 4 || !segments[0].isEmpty() || segments[1] != QLatin1String("api") ||
        segments[2] != QLatin1String("v1"))
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("no such route"));
    segments.remove(0, 3);

    const QByteArray &method = request.method;
    const bool get = method == "GET" || method == "HEAD";
    const bool post = method == "POST";

    enum class Route { Health, Interactions, Messages } route;
    QString id;
    if (segments == QStringList{QStringLiteral("health")}) {
        route = Route::Health;
    } else if (segments == QStringList{QStringLiteral("interactions")}) {
        route = Route::Interactions;
    } else if (segments.size() == 3 && segments[0] == QLatin1String("interactions") &&
               segments[2] == QLatin1String("messages")) {
        route = Route::Messages;
        id = segments[1];
        if (id.isEmpty() || id.size() > kMaxIdLength)
            return HttpResponse::error(404, QStringLiteral("not_found"),
                                       QStringLiteral("no such interaction"));
    } else {
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("no such route"));
    }

    if (route == Route::Health) {
        if (!get)
            return methodNotAllowed("GET, HEAD");
        return HttpResponse::json(200, {{"status", "ok"}});
    }
    if (route == Route::Interactions && !post)
        return methodNotAllowed("POST");
    if (route == Route::Messages && !get && !post)
        return methodNotAllowed("GET, HEAD, POST");

    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return unauthorized(QStringLiteral("missing bearer token"), false);
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).toLower() != "bearer")
        return unauthorized(QStringLiteral("expected 'Authorization: Bearer <token>'"), false);
    const QString token = QString::fromUtf8(authorization.mid(space + 1).trimmed());
    const std::optional<QString> connector =
        token.isEmpty() ? std::nullopt : m_backend.connectorForToken(token);
    if (!connector)
        return unauthorized(QStringLiteral("invalid token"), true);

    switch (route) {
    case Route::Interactions:
        return createInteraction(*connector, request);
    case Route::Messages:
        return post ? addMessage(*connector, id, request) : listMessages(*connector, id, request);
    case Route::Health:
        break;
    }
    return HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("unrouted"));
}

HttpResponse ChannelApi::createInteraction(const QString &connector, const HttpRequest &request)
{
    auto body = jsonBody(request);
    if (HttpResponse *refused = std::get_if<HttpResponse>(&body))
        return *refused;
    FieldReader r(std::get<QJsonObject>(body));
    NewInteraction n;
    n.connector = connector;
    const QString channel = r.requireString(QStringLiteral("channel"), 32);
    if (r.ok()) {
        if (const std::optional<protocol::Channel> c = protocol::channelFromString(channel))
            n.channel = *c;
        else
            r.fail(QStringLiteral("channel"),
                   QStringLiteral("must be one of %1, not '%2'").arg(channelNames(), channel));
    }
    n.from = r.requireString(QStringLiteral("from"), 320).trimmed();
    if (r.ok() && n.from.isEmpty())
        r.fail(QStringLiteral("from"), QStringLiteral("must not be empty"));
    n.text = r.optionalString(QStringLiteral("text"), kMaxTextLength).value_or(QString());
    n.subject = r.optionalString(QStringLiteral("subject"), 998).value_or(QString());
    n.queue = r.optionalString(QStringLiteral("queue"), 128).value_or(QString());
    n.customerRef = r.optionalString(QStringLiteral("customerRef"), 128).value_or(QString());
    if (!r.ok())
        return badRequest(r.error());

    const auto created = m_backend.createInteraction(n);
    if (const ChannelError *e = std::get_if<ChannelError>(&created))
        return fromError(*e);
    return HttpResponse::json(201, {{"id", std::get<QString>(created)}});
}

HttpResponse ChannelApi::addMessage(const QString &connector, const QString &id,
                                    const HttpRequest &request)
{
    auto body = jsonBody(request);
    if (HttpResponse *refused = std::get_if<HttpResponse>(&body))
        return *refused;
    FieldReader r(std::get<QJsonObject>(body));
    const QString text = r.requireString(QStringLiteral("text"), kMaxTextLength);
    if (r.ok() && text.trimmed().isEmpty())
        r.fail(QStringLiteral("text"), QStringLiteral("must not be empty"));
    if (!r.ok())
        return badRequest(r.error());

    const auto added = m_backend.addCustomerMessage(connector, id, text);
    if (const ChannelError *e = std::get_if<ChannelError>(&added))
        return fromError(*e);
    return HttpResponse::json(201, {{"seq", std::get<protocol::Message>(added).seq}});
}

HttpResponse ChannelApi::listMessages(const QString &connector, const QString &id,
                                      const HttpRequest &request)
{
    qint64 after = 0;
    const QUrlQuery query(QString::fromUtf8(request.query));
    if (query.hasQueryItem(QStringLiteral("after"))) {
        bool ok = false;
        after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded).toLongLong(&ok);
        if (!ok || after < 0)
            return badRequest(QStringLiteral("parameter 'after' must be a non-negative integer"));
    }
    const auto listed = m_backend.agentMessagesAfter(connector, id, after);
    if (const ChannelError *e = std::get_if<ChannelError>(&listed))
        return fromError(*e);
    QJsonArray messages;
    for (const protocol::Message &m : std::get<QList<protocol::Message>>(listed))
        messages.append(m.toJson());
    return HttpResponse::json(200, {{"messages", messages}});
}

} // namespace relais::channels
