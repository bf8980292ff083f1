#include "relais/app/ReportModel.h"

#include "relais/app/CtiClient.h"
#include "relais/app/DisplayNames.h"

namespace relais::app {

namespace {
const char *kQueueKeys[] = {"name",         "offered", "answered",  "abandoned",
                            "serviceLevel", "ahtMs",   "avgWaitMs", "longestWaitMs"};
const char *kAgentKeys[] = {"name",       "team",   "handled",  "ahtMs",     "readyMs",
                            "notReadyMs", "busyMs", "wrapUpMs", "loggedInMs"};

QByteArray csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s.toUtf8();
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + q.toUtf8() + '"';
}
} // namespace

ReportModel::ReportModel(CtiClient *cti, QObject *parent) : QAbstractTableModel(parent), m_cti(cti)
{
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QStringList ReportModel::headers() const
{
    if (m_kind == Kind::Queues)
        return {tr("File"),
                tr("Présentés"),
                tr("Traités"),
                tr("Abandons"),
                tr("Niveau de service"),
                tr("DMT"),
                tr("Attente moyenne"),
                tr("Attente max.")};
    return {tr("Conseiller"), tr("Équipe"), tr("Traités"),         tr("DMT"),     tr("Prêt"),
            tr("En pause"),   tr("Occupé"), tr("Post-traitement"), tr("Connecté")};
}

bool ReportModel::isDuration(int column) const
{
    return m_kind == Kind::Queues ? column >= 5 : column >= 3;
}

QVariant ReportModel::raw(const QJsonObject &row, int column) const
{
    const char *key = m_kind == Kind::Queues ? kQueueKeys[column] : kAgentKeys[column];
    const QJsonValue v = row.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    return v.toDouble();
}

QString ReportModel::text(const QJsonObject &row, int column) const
{
    const QVariant v = raw(row, column);
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    if (m_kind == Kind::Queues && column == 4)
        return QStringLiteral("%1 %").arg(qRound(v.toDouble()));
    if (isDuration(column))
        return DisplayNames::duration(qint64(v.toDouble()));
    return QString::number(qint64(v.toDouble()));
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case ValueRole:
        return raw(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == 0 || (m_kind == Kind::Agents && index.column() == 1)
                   ? int(Qt::AlignLeft | Qt::AlignVCenter)
                   : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headers().value(section);
}

void ReportModel::load(Kind kind, const QDate &from, const QDate &to)
{
    m_loading = true;
    emit loadingChanged();
    const QString verb =
        kind == Kind::Queues ? QStringLiteral("report.queues") : QStringLiteral("report.agents");
    const QJsonObject fields{{"from", from.toString(Qt::ISODate)},
                             {"to", to.toString(Qt::ISODate)}};
    m_cti->request(verb, fields, this, [this, kind](const CtiResult &r) {
        m_loading = false;
        emit loadingChanged();
        if (!r.ok) {
            emit failed(tr("Rapport indisponible : %1").arg(r.error.message));
            return;
        }
        setReply(kind, r.body);
    });
}

void ReportModel::setReply(Kind kind, const QJsonObject &body)
{
    beginResetModel();
    m_kind = kind;
    m_from = QDate::fromString(body.value(QStringLiteral("from")).toString(), Qt::ISODate);
    m_to = QDate::fromString(body.value(QStringLiteral("to")).toString(), Qt::ISODate);
    m_rows.clear();
    const QJsonArray rows =
        body.value(kind == Kind::Queues ? QStringLiteral("queues") : QStringLiteral("agents"))
            .toArray();
    for (const QJsonValue &v : rows)
        m_rows << v.toObject();
    if (kind == Kind::Queues && body.contains(QStringLiteral("total"))) {
        QJsonObject total = body.value(QStringLiteral("total")).toObject();
        total.insert(QStringLiteral("name"), tr("Total"));
        m_rows << total;
    }
    endResetModel();
    emit loaded();
}

QByteArray ReportModel::toCsv() const
{
    QByteArray out;
    const QStringList h = headers();
    for (int c = 0; c < h.size(); ++c)
        out += (c ? "," : "") + csvField(h[c]);
    out += "\r\n";
    for (const QJsonObject &row : m_rows) {
        for (int c = 0; c < h.size(); ++c) {
            const QVariant v = raw(row, c);
            QString cell;
            if (v.typeId() == QMetaType::QString)
                cell = v.toString();
            else if (isDuration(c))
                cell = QString::number(qRound64(v.toDouble() / 1000.0));
            else if (m_kind == Kind::Queues && c == 4)
                cell = QString::number(v.toDouble(), 'f', 1);
            else
                cell = QString::number(qint64(v.toDouble()));
            out += (c ? "," : "") + csvField(cell);
        }
        out += "\r\n";
    }
    return out;
}

QString ReportModel::toHtml(const QString &title) const
{
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"4\"><tr>")
            .arg(title.toHtmlEscaped(), m_from == m_to ? m_from.toString(Qt::ISODate)
                                                       : tr("du %1 au %2")
                                                             .arg(m_from.toString(Qt::ISODate),
                                                                  m_to.toString(Qt::ISODate)));
    for (const QString &h : headers())
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QJsonObject &row : m_rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < columnCount(); ++c)
            html += QStringLiteral("<td>%1</td>").arg(text(row, c).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace relais::app
