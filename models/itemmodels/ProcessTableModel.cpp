// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessTableModel.h"

#include "analysis/Tiers.h"
#include "document/PlanDocument.h"
#include "TableFormat.h"

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
    connect(document, &PlanDocument::tierPolicyChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, TierColumn), index(rowCount() - 1, TierColumn));
    });
}

QString ProcessTableModel::tierText(const Process &process) const
{
    const Plan &plan = document()->plan();
    const ProcessTier tier = processTier(process, plan.tierPolicy, plan.biaHorizonsHours);
    switch (tier.source) {
    case ProcessTier::Source::Assigned:
        return tr("Tier %1 · assigned").arg(tier.tier);
    case ProcessTier::Source::DerivedFromMtd:
        return tr("Tier %1 · by MTD").arg(tier.tier);
    case ProcessTier::Source::DerivedFromLoss:
        return tr("Tier %1 · by loss").arg(tier.tier);
    case ProcessTier::Source::Default:
        break;
    }
    return tr("Tier %1 · default").arg(tier.tier);
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
    case TierColumn: {
        if (role == Qt::ToolTipRole && p->tier && !p->tierReason.isEmpty())
            return tr("Assigned by hand: %1").arg(p->tierReason);
        if (sort) {
            const Plan &plan = document()->plan();
            return processTier(*p, plan.tierPolicy, plan.biaHorizonsHours).tier;
        }
        return tierText(*p);
    }
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
