#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Builds CTI request frames for tst_dispatch_fuzz: the contract's verbs with the fields they take
// and others, each filled with a value of any JSON type (ids that exist and ids that don't, very
// long and odd strings, extreme numbers, nested arrays and objects); a few frames have an odd id
// or are not JSON at all. The same seed gives the same frames.
class FrameFuzzer
{
public:
    explicit FrameFuzzer(quint32 seed) : m_random(seed) {}

    // Values worth trying first: ids and names that exist on the server under test.
    void addKnown(const QString &field, const QString &value) { m_known[field] << value; }

    struct Frame
    {
        QByteArray text;
        QString type;       // empty when the frame is not a JSON object with a string type
        bool oddId = false; // the reply may not carry this frame's id
    };
    Frame next(qint64 id);

private:
    QJsonValue value(const QString &field, int depth);
    QJsonValue anyValue(int depth);
    QString oddString();
    QString pick(const QStringList &list) { return list.at(m_random.bounded(list.size())); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    QRandomGenerator m_random;
    QHash<QString, QStringList> m_known;
};
