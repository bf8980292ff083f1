#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace relais::ui {

// Asks why an agent's state is forced. The reason is required to pause an agent or sign them
// out (the server audits it, and refuses without one); optional to make them ready. Common
// reasons are offered, any text may be typed.
class ForceStateDialog : public QDialog
{
    Q_OBJECT

public:
    // state: "ready" | "not_ready" | "logged_out"; suggestions: reasons offered in the list.
    ForceStateDialog(const QString &state, const QString &agentName, const QStringList &suggestions,
                     QWidget *parent = nullptr);

    QString reason() const;
    bool reasonRequired() const { return m_required; }
    void setReason(const QString &reason);
    bool canAccept() const;

private:
    QComboBox *m_reason;
    QDialogButtonBox *m_buttons;
    bool m_required;
};

} // namespace relais::ui
