#pragma once
// One account's registration, libre thread only: REGISTER with digest authentication
// (libre's sipreg refreshes it before expiry), a watchdog that notices a registrar that
// stopped answering sooner than libre's 32 s transaction timeout, failover to the fallback
// registrar, CRLF keep-alives towards the registrar for NAT, and unregistration when it goes.
#include "LibreTimer.h"
#include "relais/softphone/AccountConfig.h"
#include "relais/softphone/RegistrationState.h"

#include <functional>
#include <memory>

struct sipreg;
struct sip_msg;
struct sa;

namespace relais::softphone {

class SipStack;

class SipAccount
{
public:
    using StatusHandler = std::function<void(const RegistrationStatus &)>;

    SipAccount(SipStack &stack, const AccountConfig &config, StatusHandler handler);
    ~SipAccount(); // unregisters when registered
    SipAccount(const SipAccount &) = delete;
    SipAccount &operator=(const SipAccount &) = delete;

    bool start(QString *error);
    // Unregisters (REGISTER with expires 0) and stops refreshing.
    void stop();

    [[nodiscard]] QString id() const { return config_.id; }
    [[nodiscard]] const AccountConfig &config() const { return config_; }
    [[nodiscard]] const RegistrationStatus &status() const { return status_; }
    [[nodiscard]] QString contactUser() const;
    [[nodiscard]] QString username() const;

    // libre's sip_auth_h and its argument for this account's credentials (REGISTER and its
    // calls). The argument is a libre object: pass it with aref=true, so that a request still
    // running after the account is gone (the unregister, a BYE) keeps it alive.
    static int authHandler(char **username, char **password, const char *realm, void *arg);
    [[nodiscard]] void *authArgument() const { return credentials_; }

    // Checks an AccountConfig before use; fills in the id and username defaults.
    static bool normalise(AccountConfig *config, QString *error);

private:
    static void onResponse(int err, const struct sip_msg *msg, void *arg);
    void registerWith(int index);
    void handleRegistered(const struct sip_msg *msg);
    void handleUnreachable(int sipStatus, const QString &reason);
    void handleRefused(int sipStatus, const QString &reason);
    void dropRegistration();
    void sendKeepAlive();
    void armWatchdog(int ms);
    void report(RegistrationState state, int sipStatus, const QString &reason);
    [[nodiscard]] QString registrarUri(int index) const;
    [[nodiscard]] int registrarCount() const;

    SipStack &stack_;
    AccountConfig config_;
    StatusHandler handler_;
    RegistrationStatus status_;
    struct sipreg *reg_ = nullptr;
    void *credentials_ = nullptr;                 // libre-allocated (see authArgument())
    void *registerCredentials_ = nullptr;         // the same, counting challenges (see .cpp)
    std::unique_ptr<struct sa> registrarAddress_; // where the last 200 came from
    LibreTimer watchdog_;
    LibreTimer keepAlive_;
    LibreTimer retry_;
    int current_ = 0;        // 0 = registrar, 1 = fallback
    int failuresInARow_ = 0; // registrars that failed since the last success
    bool stopped_ = false;
};

} // namespace relais::softphone
