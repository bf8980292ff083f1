#pragma once
// A small SIP URI reader on Qt types only (the Qt side validates input without libre):
// sip:user@host:port;param=value?header=value, also inside <...> with a display name.
#include <QMap>
#include <QString>

namespace relais::softphone {

class SipUri
{
public:
    static SipUri parse(const QString &text);

    [[nodiscard]] bool isValid() const { return valid_; }
    [[nodiscard]] QString scheme() const { return scheme_; }
    [[nodiscard]] QString user() const { return user_; }
    [[nodiscard]] QString host() const { return host_; }
    [[nodiscard]] int port() const { return port_; } // 0 when absent
    [[nodiscard]] QString param(const QString &name) const;
    [[nodiscard]] QString header(const QString &name) const; // percent-decoded
    [[nodiscard]] bool hasParam(const QString &name) const;

    // scheme:user@host:port;params, without the ?headers part.
    [[nodiscard]] QString withoutHeaders() const;
    // The same URI with ;transport=<name> added when it has none (UDP adds nothing).
    [[nodiscard]] QString withTransport(const QString &transport) const;

private:
    bool valid_ = false;
    QString scheme_;
    QString user_;
    QString host_;
    int port_ = 0;
    QString params_;  // ";a=b;c" as written
    QString headers_; // "a=b&c=d" as written
};

} // namespace relais::softphone
