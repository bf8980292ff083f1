#pragma once

#include <QMenu>

namespace relais::app {
class InteractionHub;
class Session;
} // namespace relais::app

namespace relais::ui {

// Transfer the selected interaction: to one of the queues, to a colleague (picked in the
// directory, TransferAgentDialog), or, for an answered call, to an outside number (the server
// calls it and hands the caller over), or consult a number or a colleague first (attended
// transfer).
class TransferMenu : public QMenu
{
    Q_OBJECT

public:
    TransferMenu(app::InteractionHub *hub, app::Session *session, QWidget *parent = nullptr);

    // Asks for the number and transfers the selected call to it (the menu's "To a number…").
    void askNumber(const QString &interactionId);
    // Asks for a number and consults it on the selected call (the menu's "Consult a number
    // first…"): the caller on hold, the agent talks to the number, then completes or goes back.
    void askConsult(const QString &interactionId);
    // Opens the colleagues' directory and consults the one chosen (the menu's "Consult a
    // colleague first…").
    void askConsultAgent(const QString &interactionId);
    // Opens the colleagues' directory and transfers to the one chosen (the menu's "To an agent…").
    void askAgent(const QString &interactionId);

private:
    void rebuild();
    // The number typed in a small dialog (empty: cancelled), and the colleague picked in the
    // directory (empty: cancelled; no title: the dialog's own).
    QString askForNumber(const QString &title, const QString &label);
    QString pickColleague(const QString &title);

    app::InteractionHub *m_hub;
    app::Session *m_session;
};

} // namespace relais::ui
