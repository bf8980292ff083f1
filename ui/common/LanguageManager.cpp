#include "common/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace relais::ui {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_desk);
    QCoreApplication::removeTranslator(&m_qt);
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QStringLiteral("Français");
}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return available().contains(saved) ? saved : QStringLiteral("fr");
}

bool LanguageManager::setLanguage(const QString &requested, bool remember)
{
    const QString code = available().contains(requested) ? requested : QStringLiteral("fr");
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_desk);
        QCoreApplication::removeTranslator(&m_qt);
    }
    const bool ok = m_desk.load(QStringLiteral(":/i18n/relais_%1.qm").arg(code));
    // Qt's own words (context menus, standard buttons); English needs none.
    const bool qt = code != QLatin1String("en") &&
                    m_qt.load(QStringLiteral("qtbase_") + code,
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QLocale::setDefault(
        QLocale(code == QLatin1String("en") ? QLocale::English : QLocale::French,
                code == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::France));
    if (qt)
        QCoreApplication::installTranslator(&m_qt);
    if (ok)
        QCoreApplication::installTranslator(&m_desk);
    m_installed = true;
    m_code = code;
    if (remember)
        QSettings().setValue(QStringLiteral("ui/language"), code);
    emit languageChanged(code);
    return ok;
}

} // namespace relais::ui
