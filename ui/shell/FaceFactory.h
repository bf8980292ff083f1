#pragma once

#include "common/DeskContext.h"

class QMainWindow;
class QWidget;

namespace relais::ui {

// The switch point between the desk's faces: after login, the user's role (and --wallboard)
// decide which main window opens. Agent → AgentWindow; supervisor, trainer, admin and the
// wallboard → SupervisorPlaceholderWindow until their faces are written.
class FaceFactory
{
public:
    enum class Face { Agent, Supervisor, Wallboard, Trainer };

    // What the logged-in user gets by default.
    static Face faceFor(const DeskContext &context, bool wallboard);
    static QMainWindow *create(const DeskContext &context, Face face, QWidget *parent = nullptr);
};

} // namespace relais::ui
