#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace relais::ui {

// The supervisor's choice of KPI tiles and their order: tick to show, drag (or the buttons) to
// reorder. The result goes to KpiModel::setIndicators, which the hub saves per user.
class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorDialog(const QStringList &chosen, QWidget *parent = nullptr);

    QStringList chosen() const;

private:
    void moveCurrent(int delta);

    QListWidget *m_list;
};

} // namespace relais::ui
