#pragma once

#include <QColor>
#include <QHash>
#include <QObject>
#include <QString>

namespace relais::ui {

// The light and the dark look of the desk: Fusion style, a palette, and the style sheet built
// from resources/themes/common.qss with the chosen theme's colours. The choice is remembered
// (QSettings "ui/theme"). Widgets that paint themselves ask color(); icons follow the palette.
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Light, Dark };
    Q_ENUM(Mode)

    explicit Theme(QObject *parent = nullptr);

    // Applies the remembered theme (light when none).
    void applySaved();
    void apply(Mode mode);
    void toggle() { apply(m_mode == Mode::Light ? Mode::Dark : Mode::Light); }
    Mode mode() const { return m_mode; }
    static QString modeName(Mode mode);

    // A colour of the current theme by its token name ("accent", "bubbleAgent"…); the
    // application's palette text colour when unknown.
    static QColor color(const char *token);

signals:
    void changed(relais::ui::Theme::Mode mode);

private:
    static QHash<QString, QString> readTokens(const QString &path);

    Mode m_mode = Mode::Light;
};

} // namespace relais::ui
