#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace relais::ui {

// The desk's language, switchable while it runs: French by default, English complete. Loads
// relais_<lang>.qm (embedded under :/i18n) and Qt's own translations for the standard dialogs,
// then every widget retranslates on QEvent::LanguageChange. Remembered in QSettings
// ("ui/language") unless the command line forces one.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList available() { return {QStringLiteral("fr"), QStringLiteral("en")}; }
    // "Français", "English": each language in its own words (not translated).
    static QString nativeName(const QString &code);

    // Installs `code` ("fr" or "en"; anything else falls back to French). Returns false when the
    // desk's catalogue for it could not be loaded (the texts then stay in the source language).
    bool setLanguage(const QString &code, bool remember = true);
    // The remembered language, else French.
    static QString savedLanguage();
    QString language() const { return m_code; }

signals:
    void languageChanged(const QString &code);

private:
    QTranslator m_desk;
    QTranslator m_qt;
    QString m_code;
    bool m_installed = false;
};

} // namespace relais::ui
