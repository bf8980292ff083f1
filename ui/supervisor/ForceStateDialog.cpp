#include "supervisor/ForceStateDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace relais::ui {

ForceStateDialog::ForceStateDialog(const QString &state, const QString &agentName,
                                   const QStringList &suggestions, QWidget *parent)
    : QDialog(parent), m_reason(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_required(state != QLatin1String("ready"))
{
    setObjectName(QStringLiteral("forceStateDialog"));
    QString title, question, action;
    if (state == QLatin1String("logged_out")) {
        title = tr("Sign the agent out");
        question = tr("Why sign %1 out? (required, kept in the audit trail)").arg(agentName);
        action = tr("Sign out");
    } else if (state == QLatin1String("not_ready")) {
        title = tr("Force a pause");
        question = tr("Why pause %1? (required, kept in the audit trail)").arg(agentName);
        action = tr("Pause");
    } else {
        title = tr("Force ready");
        question = tr("Why make %1 ready? (optional)").arg(agentName);
        action = tr("Make ready");
    }
    setWindowTitle(title);
    m_reason->setObjectName(QStringLiteral("forceReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItem(QString());
    m_reason->addItems(suggestions);
    m_reason->setCurrentIndex(0);
    m_reason->lineEdit()->setMaxLength(256);
    m_reason->lineEdit()->setPlaceholderText(tr("Reason"));
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("Reason"), m_reason);
    m_buttons->button(QDialogButtonBox::Ok)->setText(action);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto check = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); };
    connect(m_reason, &QComboBox::currentTextChanged, this, check);
    check();
    resize(420, 160);
}

QString ForceStateDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void ForceStateDialog::setReason(const QString &reason)
{
    m_reason->setEditText(reason);
}

bool ForceStateDialog::canAccept() const
{
    return !m_required || !reason().isEmpty();
}

} // namespace relais::ui
