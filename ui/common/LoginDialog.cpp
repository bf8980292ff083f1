#include "common/LoginDialog.h"

#include "common/Icons.h"
#include "common/LanguageManager.h"

#include <relais/app/CtiClient.h>
#include <relais/app/DeskCore.h>
#include <relais/app/PasswordVault.h>
#include <relais/app/Session.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>
#include <QVBoxLayout>

namespace relais::ui {

namespace {
const char *const kServersKey = "login/servers";
const char *const kUserKey = "login/user";
const char *const kKeptKey = "login/passwordKept"; // a password is in the keychain
constexpr int kRememberedServers = 8;
} // namespace

LoginDialog::LoginDialog(app::DeskCore *core, LanguageManager *language, QWidget *parent)
    : QDialog(parent), m_core(core), m_language(language), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_serversLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_servers(new QComboBox(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_keepPassword(new QCheckBox(this)), m_languageBox(new QComboBox(this)),
      m_status(new QLabel(this)), m_error(new QLabel(this)), m_login(new QPushButton(this)),
      m_quit(new QPushButton(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(Icons::icon(QStringLiteral("relais")));
    setMinimumWidth(440);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::pixmap(QStringLiteral("relais"), 48, {}));
    m_title->setObjectName(QStringLiteral("loginTitle"));
    m_subtitle->setObjectName(QStringLiteral("placeholder"));
    auto *head = new QHBoxLayout;
    head->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    head->addLayout(titles, 1);

    m_servers->setEditable(true);
    m_servers->setObjectName(QStringLiteral("servers"));
    m_servers->setInsertPolicy(QComboBox::NoInsert);
    m_servers->addItems(rememberedServers());
    if (m_servers->count() == 0)
        m_servers->setEditText(QStringLiteral("ws://127.0.0.1:8433/cti"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(rememberedUser());
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_languageBox->setObjectName(QStringLiteral("language"));
    for (const QString &code : LanguageManager::available())
        m_languageBox->addItem(LanguageManager::nativeName(code), code);
    m_languageBox->setCurrentIndex(
        qMax(0, m_languageBox->findData(m_language ? m_language->language() : QString())));

    auto *form = new QFormLayout;
    form->addRow(m_serversLabel, m_servers);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_keepPassword);
    m_keepPassword->setObjectName(QStringLiteral("keepPassword"));
    form->addRow(m_languageLabel, m_languageBox);
    m_serversLabel->setBuddy(m_servers);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setBuddy(m_languageBox);

    m_status->setObjectName(QStringLiteral("phoneStatus"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_login->setObjectName(QStringLiteral("primary"));
    m_login->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quit);
    buttons->addWidget(m_login);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(24, 20, 24, 20);
    col->setSpacing(12);
    col->addLayout(head);
    col->addLayout(form);
    col->addWidget(m_error);
    col->addWidget(m_status);
    col->addLayout(buttons);

    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_servers, &QComboBox::editTextChanged, this, &LoginDialog::updateButton);
    connect(m_languageBox, &QComboBox::activated, this, [this] {
        if (m_language)
            m_language->setLanguage(m_languageBox->currentData().toString());
    });

    app::Session *session = m_core->session();
    connect(session, &app::Session::loggedInChanged, this, [this](bool in) {
        if (!in || !m_busy)
            return;
        setBusy(false);
        remember(servers(), user());
        keepPassword();
        m_password->clear();
        accept();
    });
    connect(session, &app::Session::loginFailed, this, [this](const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        setError(message);
        m_password->selectAll();
        m_password->setFocus();
    });
    connect(m_core->cti(), &app::CtiClient::stateChanged, this, [this] {
        if (m_busy)
            m_status->setText(m_core->cti()->statusText());
    });

    // A password the agent asked to keep comes back from the system keychain (never a file).
    app::PasswordVault *vault = m_core->passwords();
    connect(vault, &app::PasswordVault::loaded, this,
            [this](const QString &account, const QString &password) {
                if (account != passwordAccount() || password.isEmpty() ||
                    !m_password->text().isEmpty())
                    return;
                m_password->setText(password);
                m_keepPassword->setChecked(true);
            });
    connect(vault, &app::PasswordVault::failed, this,
            [this](const QString &, const QString &error) {
                m_keepPassword->setToolTip(tr("The system keychain cannot be read: %1").arg(error));
            });
    if (QSettings().value(QLatin1String(kKeptKey)).toBool() && !m_user->text().isEmpty())
        vault->load(passwordAccount());

    retranslate();
    updateButton();
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

QStringList LoginDialog::rememberedServers()
{
    return QSettings().value(QLatin1String(kServersKey)).toStringList();
}

QString LoginDialog::rememberedUser()
{
    return QSettings().value(QLatin1String(kUserKey)).toString();
}

void LoginDialog::remember(const QString &servers, const QString &user)
{
    QSettings settings;
    QStringList list = settings.value(QLatin1String(kServersKey)).toStringList();
    list.removeAll(servers);
    list.prepend(servers);
    while (list.size() > kRememberedServers)
        list.removeLast();
    settings.setValue(QLatin1String(kServersKey), list);
    settings.setValue(QLatin1String(kUserKey), user);
}

QString LoginDialog::passwordAccount() const
{
    return user() + QLatin1Char('@') + servers();
}

void LoginDialog::keepPassword()
{
    QSettings settings;
    app::PasswordVault *vault = m_core->passwords();
    if (m_keepPassword->isChecked()) {
        vault->store(passwordAccount(), m_password->text());
        settings.setValue(QLatin1String(kKeptKey), true);
    } else if (settings.value(QLatin1String(kKeptKey)).toBool()) {
        vault->forget(passwordAccount());
        settings.setValue(QLatin1String(kKeptKey), false);
    }
}

void LoginDialog::setServers(const QString &servers)
{
    if (!servers.isEmpty())
        m_servers->setEditText(servers);
}

void LoginDialog::setUser(const QString &user)
{
    if (user.isEmpty())
        return;
    m_user->setText(user);
    m_password->setFocus();
}

void LoginDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LoginDialog::servers() const
{
    return m_servers->currentText().trimmed();
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::submit()
{
    if (m_busy || !m_login->isEnabled())
        return;
    setError({});
    if (!m_core->setServers(servers())) {
        setError(tr("No valid server address. Example: ws://dispatch.example:8433/cti"));
        m_servers->setFocus();
        return;
    }
    setBusy(true);
    m_status->setText(tr("Connecting…"));
    m_core->session()->login(user(), m_password->text(), QSysInfo::machineHostName());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_servers, m_user, m_password, m_keepPassword})
        w->setEnabled(!busy);
    if (!busy)
        m_status->clear();
    updateButton();
    retranslate();
}

void LoginDialog::updateButton()
{
    m_login->setEnabled(!m_busy && !user().isEmpty() && !m_password->text().isEmpty() &&
                        !servers().isEmpty());
}

void LoginDialog::reject()
{
    if (m_busy) {
        m_core->session()->cancelLogin();
        setBusy(false);
        return;
    }
    QDialog::reject();
}

void LoginDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Relais – Sign in"));
    m_title->setText(tr("Relais"));
    m_subtitle->setText(tr("Contact centre desk"));
    m_serversLabel->setText(tr("&Servers:"));
    m_servers->setToolTip(tr("One address, or several separated by commas: the desk uses the "
                             "first that answers and switches to the next one if it is lost."));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setToolTip(tr("Your password is never saved on this workstation, unless you "
                              "ask for it to be kept in the system keychain."));
    m_keepPassword->setText(tr("&Remember my password (system keychain)"));
    if (m_keepPassword->toolTip().isEmpty())
        m_keepPassword->setToolTip(tr("Kept encrypted by the system's keychain for this user "
                                      "and these servers; untick it to forget it."));
    m_languageLabel->setText(tr("&Language:"));
    m_login->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
    m_login->setToolTip(tr("Sign in (Enter)"));
    m_quit->setText(m_busy ? tr("Cancel") : tr("Quit"));
    m_quit->setToolTip(m_busy ? tr("Stop signing in (Esc)") : tr("Quit Relais (Esc)"));
}

} // namespace relais::ui
