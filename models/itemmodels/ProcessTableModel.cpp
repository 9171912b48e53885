// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessTableModel.h"

#include "TableFormat.h"
#include "document/PlanDocument.h"

namespace Continuity {

ProcessTableModel::ProcessTableModel(PlanDocument *document, QObject *parent)
    : IdTableModel(document, parent)
{
    QStringList ids;
    ids.reserve(document->plan().processes.size());
    for (const Process &p : document->plan().processes)
        ids.append(p.id);
    resetIds(ids);
    connect(document, &PlanDocument::processAdded, this,
            [this](const QString &id) { onAdded(id, int(this->document()->processIndex(id))); });
    connect(document, &PlanDocument::processRemoved, this, &ProcessTableModel::onRemoved);
    connect(document, &PlanDocument::processChanged, this, &ProcessTableModel::onChanged);
}

int ProcessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Process *p = document()->process(idAt(index.row()));
    if (!p)
        return {};
    if (role == IdRole)
        return p->id;
    if (role == Qt::TextAlignmentRole && index.column() >= MtdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return p->name;
    case IdColumn:
        return p->id;
    case OwnerColumn:
        return p->owner;
    case TierColumn:
        return sort ? QVariant(p->tier.value_or(99)) : QVariant(TableFormat::tier(p->tier));
    case MtdColumn:
        return sort ? TableFormat::sortKey(p->mtdHours) : TableFormat::hours(p->mtdHours);
    case RtoColumn:
        return sort ? TableFormat::sortKey(p->rtoHours) : TableFormat::hours(p->rtoHours);
    case RpoColumn:
        return sort ? TableFormat::sortKey(p->rpoHours) : TableFormat::hours(p->rpoHours);
    case LossColumn:
        return sort ? TableFormat::sortKey(p->lossPerHour) : TableFormat::money(p->lossPerHour);
    }
    return {};
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Process");
    case IdColumn:
        return tr("Id");
    case OwnerColumn:
        return tr("Owner");
    case TierColumn:
        return tr("Tier");
    case MtdColumn:
        return tr("MTD");
    case RtoColumn:
        return tr("RTO");
    case RpoColumn:
        return tr("RPO");
    case LossColumn:
        return tr("Loss per hour");
    }
    return {};
}

} // namespace Continuity
