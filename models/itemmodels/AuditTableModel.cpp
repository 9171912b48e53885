// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTableModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Continuity {

void AuditTableModel::setRecords(QList<Audit::Record> records)
{
    beginResetModel();
    std::reverse(records.begin(), records.end());
    m_records = std::move(records);
    m_summaries.clear();
    m_summaries.reserve(m_records.size());
    for (const Audit::Record &r : std::as_const(m_records))
        m_summaries.append(Audit::summary(r));
    endResetModel();
}

const Audit::Record *AuditTableModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Audit::Record &r = m_records.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Seq:
        return r.seq;
    case When: {
        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODateWithMs).toLocalTime();
        return role == Qt::ToolTipRole ? r.at : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case Who:
        return r.userName.isEmpty() || r.userName == r.user
                   ? r.user
                   : QStringLiteral("%1 (%2)").arg(r.userName, r.user);
    case Action:
        return r.action;
    case Object:
        return r.objectId.isEmpty() ? r.objectKind
                                    : QStringLiteral("%1 %2").arg(r.objectKind, r.objectId);
    case Changed:
        return m_summaries.at(index.row());
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Changed:
        return tr("What changed");
    default:
        return {};
    }
}

} // namespace Continuity
