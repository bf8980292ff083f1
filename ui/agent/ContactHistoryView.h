#pragma once

#include <relais/app/ContactHistoryModel.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;

namespace relais::ui {

// The customer's past contacts, newest first (the screen-pop's history): date and time,
// channel, queue, reason, disposition, agent, notes.
class ContactHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit ContactHistoryView(QWidget *parent = nullptr);

    void setModel(app::ContactHistoryModel *model);
    app::ContactHistoryModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    int rowCount() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QPointer<app::ContactHistoryModel> m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QListView *m_list;
};

} // namespace relais::ui
