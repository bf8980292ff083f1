#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;

namespace relais::ui {

// relais-desk --screenshot DIR: once a face has been on screen long enough to fill (the first
// snapshots), grabs it (QWidget::grab) into DIR/<face>.png; the supervisor face is also grabbed
// at 1024×768 and then the wallboard is opened and grabbed. Asks to quit when done.
class FaceScreenshots : public QObject
{
    Q_OBJECT

public:
    FaceScreenshots(const QString &dir, QObject *parent = nullptr);

    // Each face the shell shows; `name` is the file's stem (agent, supervisor, wallboard…).
    void faceShown(QMainWindow *face, const QString &name);
    static bool save(QWidget *widget, const QString &path);

signals:
    void wallboardWanted();
    void finished();

private:
    QString m_dir;
    int m_delayMs;
};

} // namespace relais::ui
