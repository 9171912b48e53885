// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryTableModel.h"

#include "analysis/AnalysisRun.h"
#include "TableFormat.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace Continuity {

namespace {
// A cycle of thousands of nodes is named by its first few.
constexpr std::size_t ShownCycleNodes = 8;
} // namespace

void RecoveryTableModel::rebuild()
{
    m_rows.clear();
    if (!results())
        return;
    for (std::size_t i = 0; i < results()->recovery.nodes.size(); ++i)
        m_rows.push_back(int(i));
}

int RecoveryTableModel::rows() const
{
    return int(m_rows.size());
}

QStringList RecoveryTableModel::headers() const
{
    return {tr("Wave"), tr("Process or service"), tr("Ready after"), tr("RTO target"), tr("Gap"),
            tr("MTD")};
}

QVariant RecoveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnalysisOutput &out = *results();
    const GraphSnapshot &g = *out.graph;
    const RecoveryNode &r = out.recovery.nodes[std::size_t(m_rows[index.row()])];
    const double target = g.rtoHours(r.node);
    const double gap = r.isBlocked() || std::isnan(target) ? std::nan("") : r.readyHours - target;
    std::optional<double> mtd;
    // GraphSnapshot numbers the processes first, in plan order: node i is processes[i].
    if (g.isProcess(r.node))
        mtd = out.plan.processes.value(r.node).mtdHours;
    if (role == IdRole)
        return g.id(r.node);
    if (role == Qt::ForegroundRole) {
        if (index.column() == GapColumn && gap > 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == MtdColumn && mtd && (r.isBlocked() || r.readyHours > *mtd))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn &&
        index.column() != MtdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == SortRole;
    auto hoursOrNone = [](double h) -> std::optional<double> {
        return std::isnan(h) ? std::nullopt : std::optional<double>(h);
    };
    switch (index.column()) {
    case WaveColumn:
        if (sort)
            return r.isBlocked() ? 1e9 : double(r.wave);
        return r.isBlocked() ? tr("blocked") : QString::number(r.wave);
    case NameColumn:
        return g.name(r.node);
    case ReadyColumn:
        if (r.isBlocked()) {
            if (sort)
                return QVariant(1e9);
            std::size_t total = 0;
            QStringList cycle;
            for (int c : out.recovery.blockingNodes(r, ShownCycleNodes, &total))
                cycle.append(g.name(c));
            if (total > std::size_t(cycle.size()))
                cycle.append(tr("and %n more", nullptr, int(total - cycle.size())));
            return QVariant(
                tr("never: waits on the cycle %1").arg(cycle.join(QStringLiteral(", "))));
        }
        return sort ? QVariant(r.readyHours) : QVariant(TableFormat::hours(r.readyHours));
    case TargetColumn:
        return sort ? TableFormat::sortKey(hoursOrNone(target))
                    : QVariant(TableFormat::hours(hoursOrNone(target)));
    case GapColumn:
        if (sort)
            return TableFormat::sortKey(hoursOrNone(gap));
        if (std::isnan(gap))
            return QStringLiteral("—");
        return gap > 0 ? tr("%1 late").arg(TableFormat::hours(gap)) : tr("met");
    case MtdColumn:
        if (!mtd)
            return QString();
        if (r.isBlocked() || r.readyHours > *mtd)
            return tr("breached after %1").arg(TableFormat::hours(*mtd));
        return tr("kept (%1)").arg(TableFormat::hours(*mtd));
    }
    return {};
}

} // namespace Continuity
