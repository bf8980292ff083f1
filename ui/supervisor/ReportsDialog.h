#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QTableView;

namespace relais::app {
class CtiClient;
class ReportModel;
} // namespace relais::app

namespace relais::ui {

// Reports: a day or a range, per queue or per agent, on screen; export as CSV or PDF.
class ReportsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportsDialog(app::CtiClient *cti, QWidget *parent = nullptr);

    app::ReportModel *model() const { return m_model; }
    void setRange(const QDate &from, const QDate &to);
    void setPerAgent(bool perAgent);
    void refresh();
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);

private:
    void askExport(bool pdf);
    QString title() const;

    app::ReportModel *m_model;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
};

} // namespace relais::ui
