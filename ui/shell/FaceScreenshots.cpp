#include "shell/FaceScreenshots.h"

#include <QDir>
#include <QMainWindow>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace relais::ui {

FaceScreenshots::FaceScreenshots(const QString &dir, QObject *parent)
    : QObject(parent), m_dir(dir),
      m_delayMs(qEnvironmentVariableIntValue("RELAIS_SCREENSHOT_DELAY_MS") > 0
                    ? qEnvironmentVariableIntValue("RELAIS_SCREENSHOT_DELAY_MS")
                    : 4000)
{
    QDir().mkpath(dir);
}

bool FaceScreenshots::save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "saved " : "could not save ") << path << Qt::endl;
    return ok;
}

void FaceScreenshots::faceShown(QMainWindow *face, const QString &name)
{
    QPointer<QMainWindow> guard(face);
    QTimer::singleShot(m_delayMs, this, [this, guard, name] {
        if (!guard)
            return;
        save(guard, QDir(m_dir).filePath(name + QStringLiteral(".png")));
        if (name != QLatin1String("supervisor")) {
            emit finished();
            return;
        }
        guard->showNormal();
        guard->resize(1024, 768);
        QTimer::singleShot(1000, this, [this, guard] {
            if (!guard)
                return;
            save(guard, QDir(m_dir).filePath(QStringLiteral("supervisor-1024x768.png")));
            // The day charts, when the face has them.
            auto *tabs = guard->findChild<QTabWidget *>(QStringLiteral("queueTabs"));
            if (!tabs) {
                emit wallboardWanted();
                return;
            }
            // The waiting interactions, then the day charts.
            if (QWidget *waiting = tabs->findChild<QWidget *>(QStringLiteral("waitingPane")))
                tabs->setCurrentWidget(waiting);
            QTimer::singleShot(2500, this, [this, guard, tabs] {
                if (!guard)
                    return;
                save(guard, QDir(m_dir).filePath(QStringLiteral("supervisor-waiting.png")));
                if (QWidget *charts = tabs->findChild<QWidget *>(QStringLiteral("dayCharts")))
                    tabs->setCurrentWidget(charts);
                QTimer::singleShot(1500, this, [this, guard] {
                    if (guard)
                        save(guard, QDir(m_dir).filePath(QStringLiteral("supervisor-charts.png")));
                    emit wallboardWanted();
                });
            });
        });
    });
}

} // namespace relais::ui
