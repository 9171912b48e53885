// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessTableModel.h"

#include "domain/Contacts.h"

#include "analysis/Tiers.h"

#include "document/PlanDocument.h"
#include "TableFormat.h"
#include <QLocale>

namespace Continuity {

ProcessTableModel::ProcessTableModel(PlanDocument *document, QObject *parent)
    : IdTableModel(document, parent)
{
    auto reset = [this] {
        QStringList ids;
        ids.reserve(this->document()->plan().processes.size());
        for (const Process &p : this->document()->plan().processes)
            ids.append(p.id);
        resetIds(ids);
    };
    reset();
    connect(document, &PlanDocument::changed, this, [this, reset](const PlanChange &change) {
        using E = PlanChange::Entity;
        using K = PlanChange::Kind;
        switch (change.entity) {
        case E::WholePlan:
            reset();
            break;
        case E::TierPolicy:
            if (rowCount() > 0)
                emit dataChanged(index(0, TierColumn), index(rowCount() - 1, TierColumn));
            break;
        case E::Process:
            if (change.kind == K::Added)
                onAdded(change.id(), int(this->document()->processIndex(change.id())));
            else if (change.kind == K::Removed)
                onRemoved(change.id());
            else if (change.kind == K::Changed)
                onChanged(change.id());
            break;
        default:
            break;
        }
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
    if (role == Qt::EditRole) {
        const auto plain = &TableFormat::editText;
        switch (index.column()) {
        case NameColumn:
            return p->name;
        case OwnerColumn:
            return Contacts::displayName(document()->plan(), p->owner);
        case MtdColumn:
            return plain(p->mtdHours);
        case RtoColumn:
            return plain(p->rtoHours);
        case RpoColumn:
            return plain(p->rpoHours);
        case LossColumn:
            return plain(p->lossPerHour);
        }
        return {};
    }
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
        return Contacts::displayName(document()->plan(), p->owner);
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

Qt::ItemFlags ProcessTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = IdTableModel::flags(index);
    if (!index.isValid() || document()->isReadOnly())
        return f;
    switch (index.column()) {
    case NameColumn:
    case OwnerColumn:
    case MtdColumn:
    case RtoColumn:
    case RpoColumn:
    case LossColumn:
        return f | Qt::ItemIsEditable;
    }
    return f;
}

bool ProcessTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Process *current = document()->process(idAt(index.row()));
    if (!current)
        return false;
    Process p = *current;
    const QString text = value.toString().trimmed();
    // Numbers as people type them: "4", "4 h", "0.5", "250,000"; empty clears the value.
    auto number = [&](std::optional<double> *out, const QString &what) {
        if (TableFormat::parseNumber(text, out))
            return true;
        emit editRefused(tr("%1: \"%2\" is not a number.").arg(what, text));
        return false;
    };
    bool ok = true;
    switch (index.column()) {
    case NameColumn:
        p.name = text;
        break;
    case OwnerColumn:
        p.owner = Contacts::resolve(document()->plan(), text);
        break;
    case MtdColumn:
        ok = number(&p.mtdHours, tr("MTD"));
        break;
    case RtoColumn:
        ok = number(&p.rtoHours, tr("RTO"));
        break;
    case RpoColumn:
        ok = number(&p.rpoHours, tr("RPO"));
        break;
    case LossColumn:
        ok = number(&p.lossPerHour, tr("Loss per hour"));
        break;
    default:
        return false;
    }
    if (!ok)
        return false;
    QString error;
    if (!document()->changeProcess(p, &error)) {
        emit editRefused(error);
        return false;
    }
    return true;
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
