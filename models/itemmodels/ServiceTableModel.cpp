// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceTableModel.h"

#include "domain/Contacts.h"

#include "document/PlanDocument.h"
#include "TableFormat.h"

namespace Continuity {

ServiceTableModel::ServiceTableModel(PlanDocument *document, QObject *parent)
    : IdTableModel(document, parent)
{
    auto reset = [this] {
        QStringList ids;
        ids.reserve(this->document()->plan().services.size());
        for (const Service &s : this->document()->plan().services)
            ids.append(s.id);
        resetIds(ids);
    };
    reset();
    connect(document, &PlanDocument::changed, this, [this, reset](const PlanChange &change) {
        using E = PlanChange::Entity;
        using K = PlanChange::Kind;
        if (change.entity == E::WholePlan)
            reset();
        if (change.entity != E::Service)
            return;
        if (change.kind == K::Added)
            onAdded(change.id(), int(this->document()->serviceIndex(change.id())));
        else if (change.kind == K::Removed)
            onRemoved(change.id());
        else if (change.kind == K::Changed)
            onChanged(change.id());
    });
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service *s = document()->service(idAt(index.row()));
    if (!s)
        return {};
    if (role == IdRole)
        return s->id;
    if (role == Qt::TextAlignmentRole && index.column() >= RtoColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return s->name;
    case IdColumn:
        return s->id;
    case KindColumn:
        return displayName(s->kind);
    case OwnerColumn:
        return Contacts::displayName(document()->plan(), s->owner);
    case TierColumn:
        return sort ? QVariant(s->tier.value_or(99)) : QVariant(TableFormat::tier(s->tier));
    case RtoColumn:
        return sort ? TableFormat::sortKey(s->rtoHours) : TableFormat::hours(s->rtoHours);
    case RpoColumn:
        return sort ? TableFormat::sortKey(s->rpoHours) : TableFormat::hours(s->rpoHours);
    case RecoveryColumn:
        return sort ? TableFormat::sortKey(s->recoveryHours) : TableFormat::hours(s->recoveryHours);
    }
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service");
    case IdColumn:
        return tr("Id");
    case KindColumn:
        return tr("Kind");
    case OwnerColumn:
        return tr("Owner");
    case TierColumn:
        return tr("Tier");
    case RtoColumn:
        return tr("RTO");
    case RpoColumn:
        return tr("RPO");
    case RecoveryColumn:
        return tr("Recovery time");
    }
    return {};
}

} // namespace Continuity
