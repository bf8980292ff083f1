#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relais::app {
class DeskCore;
}

namespace relais::ui {

class LanguageManager;

// The login form: servers (a comma-separated list: the desk tries them in order), user and
// password, the language. Remembers the servers and the user (QSettings "login/…"), never the
// password. Accepted once the session is logged in; stays open with the server's reason
// otherwise.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(app::DeskCore *core, LanguageManager *language, QWidget *parent = nullptr);

    // Values from the command line win over the remembered ones.
    void setServers(const QString &servers);
    void setUser(const QString &user);
    void setError(const QString &message);

    QString servers() const;
    QString user() const;
    QString errorText() const;

    // The remembered values.
    static QStringList rememberedServers();
    static QString rememberedUser();
    static void remember(const QString &servers, const QString &user);
    // The keychain entry's name for what the form holds: user@servers.
    QString passwordAccount() const;

    // Starts the login with what the form holds (the button and Enter do this).
    void submit();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void keepPassword(); // stores or forgets the password, as the box says
    void retranslate();
    void setBusy(bool busy);
    void updateButton();

    app::DeskCore *m_core;
    LanguageManager *m_language;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_serversLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLabel *m_languageLabel;
    QComboBox *m_servers;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keepPassword;
    QComboBox *m_languageBox;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_login;
    QPushButton *m_quit;
    bool m_busy = false;
};

} // namespace relais::ui
