#include "common/Theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QRegularExpression>
#include <QSettings>
#include <QStyleFactory>
#include <QVariantMap>

namespace relais::ui {

namespace {
const char *const kColorsProperty = "relaisThemeColors";
}

Theme::Theme(QObject *parent) : QObject(parent) {}

QString Theme::modeName(Mode mode)
{
    return mode == Mode::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

void Theme::applySaved()
{
    const QString saved = QSettings().value(QStringLiteral("ui/theme")).toString();
    apply(saved == QLatin1String("dark") ? Mode::Dark : Mode::Light);
}

QHash<QString, QString> Theme::readTokens(const QString &path)
{
    QHash<QString, QString> tokens;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tokens;
    QString text = QString::fromUtf8(f.readAll());
    text.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"),
                                   QRegularExpression::DotMatchesEverythingOption));
    static const QRegularExpression entry(QStringLiteral("([A-Za-z]+)\\s*:\\s*([^;]+);"));
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        tokens.insert(m.captured(1), m.captured(2).trimmed());
    }
    return tokens;
}

void Theme::apply(Mode mode)
{
    m_mode = mode;
    const QHash<QString, QString> t =
        readTokens(QStringLiteral(":/relais/themes/%1.qss").arg(modeName(mode)));
    auto c = [&t](const char *name) { return QColor(t.value(QLatin1String(name))); };

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, c("window"));
    p.setColor(QPalette::WindowText, c("text"));
    p.setColor(QPalette::Base, c("base"));
    p.setColor(QPalette::AlternateBase, c("alt"));
    p.setColor(QPalette::Text, c("text"));
    p.setColor(QPalette::Button, c("base"));
    p.setColor(QPalette::ButtonText, c("text"));
    p.setColor(QPalette::ToolTipBase, c("base"));
    p.setColor(QPalette::ToolTipText, c("text"));
    p.setColor(QPalette::PlaceholderText, c("subtle"));
    p.setColor(QPalette::Highlight, c("highlight"));
    p.setColor(QPalette::HighlightedText, c("highlightText"));
    p.setColor(QPalette::Link, c("accent"));
    p.setColor(QPalette::Mid, c("border"));
    p.setColor(QPalette::Midlight, c("alt"));
    p.setColor(QPalette::Light, c("base"));
    p.setColor(QPalette::Dark, c("border"));
    p.setColor(QPalette::Shadow, c("border"));
    const QColor subtle = c("subtle");
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, subtle);
    QApplication::setPalette(p);

    QVariantMap colors;
    for (auto it = t.cbegin(); it != t.cend(); ++it)
        colors.insert(it.key(), QColor(it.value()));
    qApp->setProperty(kColorsProperty, colors);

    QFile common(QStringLiteral(":/relais/themes/common.qss"));
    QString sheet;
    if (common.open(QIODevice::ReadOnly))
        sheet = QString::fromUtf8(common.readAll());
    for (auto it = t.cbegin(); it != t.cend(); ++it)
        sheet.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    qApp->setStyleSheet(sheet);

    QSettings().setValue(QStringLiteral("ui/theme"), modeName(mode));
    emit changed(mode);
}

QColor Theme::color(const char *token)
{
    const QVariantMap colors = qApp ? qApp->property(kColorsProperty).toMap() : QVariantMap();
    const QVariant v = colors.value(QLatin1String(token));
    if (v.isValid())
        return v.value<QColor>();
    return QApplication::palette().color(QPalette::WindowText);
}

} // namespace relais::ui
