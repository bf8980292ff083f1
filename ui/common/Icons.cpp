#include "common/Icons.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace relais::ui {

namespace {

QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile f(QStringLiteral(":/relais/icons/%1.svg").arg(name));
    QByteArray data;
    if (f.open(QIODevice::ReadOnly))
        data = f.readAll();
    cache.insert(name, data);
    return data;
}

} // namespace

QPixmap Icons::pixmap(const QString &name, int size, const QColor &color)
{
    QByteArray svg = svgSource(name);
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter p(&pm);
        renderer.render(&p, QRectF(0, 0, size, size));
    }
    return pm;
}

QIcon Icons::icon(const QString &name, const QColor &color)
{
    static QHash<QString, QIcon> cache;
    const QString key = name + QLatin1Char('|') + color.name();
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48})
        icon.addPixmap(pixmap(name, size, color), QIcon::Normal);
    QColor disabled = color;
    disabled.setAlphaF(0.4f);
    for (int size : {16, 20, 24, 32})
        icon.addPixmap(pixmap(name, size, disabled), QIcon::Disabled);
    cache.insert(key, icon);
    return icon;
}

QIcon Icons::icon(const QString &name)
{
    return icon(name, QApplication::palette().color(QPalette::WindowText));
}

QIcon Icons::channel(const QString &wireName)
{
    const QString name = QStringLiteral("channel-") + wireName;
    if (QFile::exists(QStringLiteral(":/relais/icons/%1.svg").arg(name)))
        return icon(name);
    return icon(QStringLiteral("channel-chat"));
}

} // namespace relais::ui
