#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QObject>

// Counts what a model tells its views: the tests assert rows inserted/changed, never resets.
class ModelSpy : public QObject
{
    Q_OBJECT
public:
    struct Change
    {
        int firstRow, lastRow, firstColumn, lastColumn;
        QList<int> roles;
    };

    explicit ModelSpy(QAbstractItemModel *model);
    void clear();

    int inserted = 0; // rows
    int insertSignals = 0;
    int removed = 0; // rows
    int resets = 0;
    int layoutChanges = 0;
    QList<Change> changes;
    bool changedRole(int role) const;
};
