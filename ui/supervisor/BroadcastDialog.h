#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace relais::ui {

// Writes a broadcast: text, severity (information, warning, incident), everyone or one team.
class BroadcastDialog : public QDialog
{
    Q_OBJECT

public:
    BroadcastDialog(const QStringList &teams, QWidget *parent = nullptr);

    QString text() const;
    QString severity() const; // wire name
    QString team() const;     // empty: everyone

private:
    QPlainTextEdit *m_text;
    QComboBox *m_severity;
    QComboBox *m_team;
};

} // namespace relais::ui
