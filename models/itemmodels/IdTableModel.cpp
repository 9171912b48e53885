// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdTableModel.h"

#include <algorithm>

namespace Continuity {

IdTableModel::IdTableModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{}

int IdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

void IdTableModel::resetIds(const QStringList &ids)
{
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

void IdTableModel::onAdded(const QString &id, int row)
{
    row = std::clamp(row, 0, int(m_ids.size()));
    beginInsertRows(QModelIndex(), row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void IdTableModel::onRemoved(const QString &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void IdTableModel::onChanged(const QString &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace Continuity
