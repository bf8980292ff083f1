#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace relais::ui {

// The desk's own icons (resources/icons/*.svg). Line icons are drawn in the colour given, by
// default the palette's text colour (so that they follow the theme; widgets call again on a
// palette change); the coloured ones (answer, hangup, relais) keep their colours.
class Icons
{
public:
    static QIcon icon(const QString &name);
    static QIcon icon(const QString &name, const QColor &color);
    // The channel's icon from its wire name ("chat", "voice"…).
    static QIcon channel(const QString &wireName);
    static QPixmap pixmap(const QString &name, int size, const QColor &color);
};

} // namespace relais::ui
