#include "agent/HistorySearchView.h"

#include "agent/ContactHistoryView.h"
#include "agent/CustomerCardView.h"
#include "common/Icons.h"

#include <relais/app/HistorySearchModel.h>

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace relais::ui {

HistorySearchView::HistorySearchView(app::HistorySearchModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_query(new QLineEdit(this)), m_status(new QLabel(this)),
      m_results(new QListView(this)), m_card(new CustomerCardView(this)),
      m_history(new ContactHistoryView(this))
{
    setObjectName(QStringLiteral("historySearch"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setClearButtonEnabled(true);
    m_query->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_status->setObjectName(QStringLiteral("placeholder"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(model);
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setAlternatingRowColors(true);
    m_card->setCard(model->customer());
    m_history->setModel(model->history());

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_results);
    auto *details = new QWidget(split);
    auto *dcol = new QVBoxLayout(details);
    dcol->setContentsMargins(0, 0, 0, 0);
    dcol->addWidget(m_card);
    dcol->addWidget(m_history, 1);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(10, 8, 10, 8);
    col->setSpacing(6);
    col->addWidget(m_query);
    col->addWidget(m_status);
    col->addWidget(split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(350);
    connect(&m_debounce, &QTimer::timeout, this, &HistorySearchView::search);
    connect(m_query, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, &HistorySearchView::search);
    connect(m_results, &QListView::activated, this,
            [this](const QModelIndex &index) { m_model->select(index.row()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    m_model->select(index.row());
            });
    connect(m_model, &app::HistorySearchModel::searchFinished, this, &HistorySearchView::refresh);
    connect(m_model, &app::HistorySearchModel::searchingChanged, this, &HistorySearchView::refresh);
    connect(m_model, &app::HistorySearchModel::historyFailed, this,
            [this](const QString &message) { m_status->setText(message); });
    retranslate();
}

void HistorySearchView::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

void HistorySearchView::search()
{
    m_debounce.stop();
    const QString q = m_query->text().trimmed();
    if (q.size() >= 2)
        m_model->search(q);
    refresh();
}

void HistorySearchView::refresh()
{
    const QString q = m_query->text().trimmed();
    QString status;
    if (m_model->isSearching())
        status = tr("Searching…");
    else if (!m_model->error().isEmpty())
        status = m_model->error();
    else if (q.size() < 2)
        status = tr("Type at least 2 characters: a number, a name or an e-mail address.");
    else if (m_model->query() == q)
        status = m_model->rowCount() == 0
                     ? tr("No customer matches “%1”.").arg(q)
                     : tr("%n customer(s) found", nullptr, m_model->rowCount());
    m_status->setText(status);
}

void HistorySearchView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HistorySearchView::retranslate()
{
    m_query->setPlaceholderText(tr("Number, name or e-mail (Ctrl+F)"));
    refresh();
}

} // namespace relais::ui
