#include "supervisor/ReportsDialog.h"

#include <relais/app/ReportModel.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace relais::ui {

ReportsDialog::ReportsDialog(app::CtiClient *cti, QWidget *parent)
    : QDialog(parent), m_model(new app::ReportModel(cti, this)), m_kind(new QComboBox(this)),
      m_from(new QDateEdit(QDate::currentDate(), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("reportsDialog"));
    setWindowTitle(tr("Reports"));
    m_kind->addItem(tr("Per queue"));
    m_kind->addItem(tr("Per agent"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("primary"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(show);
    top->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QPushButton *csv = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    auto *col = new QVBoxLayout(this);
    col->addLayout(top);
    col->addWidget(m_table, 1);
    col->addWidget(buttons);
    connect(show, &QPushButton::clicked, this, &ReportsDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_model, &app::ReportModel::failed, this,
            [this](const QString &m) { QMessageBox::warning(this, tr("Reports"), m); });
    resize(900, 560);
}

void ReportsDialog::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsDialog::setPerAgent(bool perAgent)
{
    m_kind->setCurrentIndex(perAgent ? 1 : 0);
}

void ReportsDialog::refresh()
{
    if (m_to->date() < m_from->date())
        m_to->setDate(m_from->date());
    m_model->load(m_kind->currentIndex() == 1 ? app::ReportModel::Kind::Agents
                                              : app::ReportModel::Kind::Queues,
                  m_from->date(), m_to->date());
}

QString ReportsDialog::title() const
{
    return m_model->kind() == app::ReportModel::Kind::Agents ? tr("Report per agent")
                                                             : tr("Report per queue");
}

bool ReportsDialog::exportCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(m_model->toCsv()) >= 0;
}

bool ReportsDialog::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(title());
    QTextDocument doc;
    doc.setHtml(m_model->toHtml(title()));
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    return QFile::exists(path);
}

void ReportsDialog::askExport(bool pdf)
{
    const QString suggested =
        QStringLiteral("relais-%1-%2.%3")
            .arg(m_model->kind() == app::ReportModel::Kind::Agents ? QStringLiteral("agents")
                                                                   : QStringLiteral("files"),
                 m_from->date().toString(Qt::ISODate),
                 pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"), suggested,
                                     pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!(pdf ? exportPdf(path) : exportCsv(path)))
        QMessageBox::warning(this, tr("Reports"), tr("Could not write %1").arg(path));
}

} // namespace relais::ui
