#pragma once
// The agent's password, kept only where they asked for it: in the system keychain (Secret
// Service on Linux, Credential Manager on Windows, through QtKeychain), never in a file of ours
// and never in clear. Asynchronous: each call answers with one signal. Without a keychain (a
// kiosk, a desktop without one) the calls fail with a reason and nothing is kept anywhere.
#include <QObject>
#include <QString>

namespace relais::app {

class PasswordVault : public QObject
{
    Q_OBJECT

public:
    explicit PasswordVault(QString service = QStringLiteral("relais-desk"),
                           QObject *parent = nullptr);

    // `account` names one sign-in, e.g. "agent1@ws://dispatch:8433/cti".
    void load(const QString &account);
    void store(const QString &account, const QString &password);
    void forget(const QString &account);

signals:
    // `password` is empty when none is kept for the account.
    void loaded(const QString &account, const QString &password);
    void stored(const QString &account, bool ok, const QString &error);
    void forgotten(const QString &account);
    // The keychain could not be read (none on this desktop, locked, refused).
    void failed(const QString &account, const QString &error);

private:
    QString m_service;
};

} // namespace relais::app
