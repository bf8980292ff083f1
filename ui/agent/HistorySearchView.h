#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace relais::app {
class HistorySearchModel;
}

namespace relais::ui {

class ContactHistoryView;
class CustomerCardView;

// Search the customers by number, name or e-mail; choosing one shows their card and history.
class HistorySearchView : public QWidget
{
    Q_OBJECT

public:
    explicit HistorySearchView(app::HistorySearchModel *model, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListView *results() const { return m_results; }
    CustomerCardView *card() const { return m_card; }
    ContactHistoryView *history() const { return m_history; }
    void focusQuery();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void search();

    app::HistorySearchModel *m_model;
    QLineEdit *m_query;
    QLabel *m_status;
    QListView *m_results;
    CustomerCardView *m_card;
    ContactHistoryView *m_history;
    QTimer m_debounce;
};

} // namespace relais::ui
