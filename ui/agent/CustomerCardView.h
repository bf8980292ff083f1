#pragma once

#include <relais/app/CustomerCard.h>

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace relais::ui {

// The screen-pop's customer: name, segment, number, e-mail, language and the account fields.
// Shows one CustomerCard at a time (the offer's while an offer is pending, else the selected
// interaction's, or a search result's).
class CustomerCardView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerCardView(QWidget *parent = nullptr);

    void setCard(app::CustomerCard *card);
    app::CustomerCard *card() const { return m_card; }
    QString nameText() const;
    // The label of a known account field ("account" → "Account number"), else the key itself.
    static QString fieldLabel(const QString &key);

signals:
    // Painted with new content (the screen-pop latency is measured up to here): the card, or
    // the customer's name on it (the card itself gets no paint event when its children cover
    // the whole of what changed).
    void contentPainted();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<app::CustomerCard> m_card;
    QLabel *m_title;
    QLabel *m_name;
    QLabel *m_segment;
    QLabel *m_contact;
    QLabel *m_empty;
    QWidget *m_details;
    QFormLayout *m_form;
    QList<QPair<QLabel *, QLabel *>> m_rows;
    bool m_fresh = false;
};

} // namespace relais::ui
