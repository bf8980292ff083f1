#pragma once

#include "common/DeskContext.h"

#include <QMainWindow>

class QLabel;
class QPushButton;

namespace relais::ui {

class ConnectionBanner;

// A stand-in for the faces that are not written yet (supervisor, wallboard, trainer): says so,
// keeps the connection banner, and lets a supervisor who is also an agent open the agent face.
// FaceFactory is the switch point that will create the real faces instead.
class SupervisorPlaceholderWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Kind { Supervisor, Wallboard, Trainer };

    SupervisorPlaceholderWindow(const DeskContext &context, Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }

signals:
    void agentFaceRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    DeskContext m_context;
    Kind m_kind;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_agentFace;
    QPushButton *m_logout;
};

} // namespace relais::ui
