#include "supervisor/BroadcastDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace relais::ui {

BroadcastDialog::BroadcastDialog(const QStringList &teams, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_severity(new QComboBox(this)),
      m_team(new QComboBox(this))
{
    setObjectName(QStringLiteral("broadcastDialog"));
    setWindowTitle(tr("Broadcast a message"));
    m_severity->addItem(tr("Information"), QStringLiteral("info"));
    m_severity->addItem(tr("Warning"), QStringLiteral("warning"));
    m_severity->addItem(tr("Incident"), QStringLiteral("incident"));
    m_team->addItem(tr("Everyone"), QString());
    for (const QString &t : teams)
        m_team->addItem(t, t);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Message"), m_text);
    form->addRow(tr("Severity"), m_severity);
    form->addRow(tr("To"), m_team);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto check = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, check);
    check();
    resize(420, 240);
}

QString BroadcastDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString BroadcastDialog::severity() const
{
    return m_severity->currentData().toString();
}

QString BroadcastDialog::team() const
{
    return m_team->currentData().toString();
}

} // namespace relais::ui
