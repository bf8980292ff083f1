#pragma once

#include <QMenu>

namespace relais::app {
class InteractionHub;
class Session;
} // namespace relais::app

namespace relais::ui {

// Transfer the selected interaction: to one of the queues, to an agent (by their id), or to an
// outside number (voice, through the phone: needs a phone that can transfer).
class TransferMenu : public QMenu
{
    Q_OBJECT

public:
    TransferMenu(app::InteractionHub *hub, app::Session *session, QWidget *parent = nullptr);

    // Why transferring to a number is not offered (empty when it is).
    void setNumberTransferUnavailable(const QString &reason);

signals:
    void numberTransferRequested(const QString &interactionId, const QString &number);

private:
    void rebuild();

    app::InteractionHub *m_hub;
    app::Session *m_session;
    QString m_numberReason;
};

} // namespace relais::ui
