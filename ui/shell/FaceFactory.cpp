#include "shell/FaceFactory.h"

#include "agent/AgentWindow.h"
#include "supervisor/SupervisorPlaceholderWindow.h"
#include "supervisor/SupervisorWindow.h"
#include "wallboard/WallboardWindow.h"

#include <relais/app/DeskCore.h>
#include <relais/app/Session.h>

namespace relais::ui {

FaceFactory::Face FaceFactory::faceFor(const DeskContext &context, bool wallboard)
{
    if (wallboard)
        return Face::Wallboard;
    const app::Session *s = context.core->session();
    if (s->isSupervisor())
        return Face::Supervisor;
    if (s->isAgent())
        return Face::Agent;
    if (s->hasRole(protocol::Role::Trainer))
        return Face::Trainer;
    return Face::Supervisor; // admin: the supervisor face will carry the administration
}

QMainWindow *FaceFactory::create(const DeskContext &context, Face face, QWidget *parent)
{
    using Kind = SupervisorPlaceholderWindow::Kind;
    switch (face) {
    case Face::Agent:
        return new AgentWindow(context, parent);
    case Face::Supervisor:
        return new SupervisorWindow(context, parent);
    case Face::Wallboard:
        return new WallboardWindow(context, parent);
    case Face::Trainer:
        return new SupervisorPlaceholderWindow(context, Kind::Trainer, parent);
    }
    return nullptr;
}

} // namespace relais::ui
