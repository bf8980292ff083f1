#include "ModelSpy.h"

ModelSpy::ModelSpy(QAbstractItemModel *model) : QObject(model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                inserted += last - first + 1;
                ++insertSignals;
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removed += last - first + 1; });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { ++resets; });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { ++layoutChanges; });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                changes << Change{tl.row(), br.row(), tl.column(), br.column(), roles};
            });
}

void ModelSpy::clear()
{
    inserted = insertSignals = removed = resets = layoutChanges = 0;
    changes.clear();
}

bool ModelSpy::changedRole(int role) const
{
    for (const Change &c : changes) {
        if (c.roles.isEmpty() || c.roles.contains(role))
            return true;
    }
    return false;
}
