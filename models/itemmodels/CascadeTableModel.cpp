// SPDX-License-Identifier: GPL-3.0-or-later
#include "CascadeTableModel.h"

#include "analysis/AnalysisRun.h"
#include "TableFormat.h"

#include <QBrush>
#include <QColor>

namespace Continuity {

void CascadeTableModel::rebuild()
{
    m_rows.clear();
    m_paths.clear();
    if (!results())
        return;
    const GraphSnapshot &g = *results()->graph;
    const CascadeResult &c = results()->cascade();
    std::vector<int> slotOf(g.nodeCount(), -1);
    for (std::size_t i = 0; i < c.affected.size(); ++i)
        slotOf[c.affected[i]] = int(i);
    // The path of first causes back to the scenario (it always gets there).
    m_paths.reserve(qsizetype(c.affected.size()));
    for (std::size_t i = 0; i < c.affected.size(); ++i) {
        m_rows.push_back(int(i));
        QStringList path;
        for (std::size_t at = i; !c.causes(at).empty();) {
            const int v = c.causes(at).front();
            path.append(g.name(v));
            at = std::size_t(slotOf[v]);
        }
        m_paths.append(path.join(QStringLiteral(" ← ")));
    }
}

int CascadeTableModel::rows() const
{
    return int(m_rows.size());
}

QStringList CascadeTableModel::headers() const
{
    return {tr("Process or service"), tr("State"), tr("Loss per hour"),
            tr("Why: the path back to what failed")};
}

QVariant CascadeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnalysisOutput &out = *results();
    const GraphSnapshot &g = *out.graph;
    const CascadeResult &c = out.cascade();
    const std::size_t slot = std::size_t(m_rows[index.row()]);
    const int node = c.affected[slot];
    const bool down = c.state[node] == NodeState::Down;
    if (role == IdRole)
        return g.id(node);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return QBrush(down ? QColor(0xb0, 0x1c, 0x1c) : QColor(0xa0, 0x5a, 0x00));
    if (role == Qt::TextAlignmentRole && index.column() == LossColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return g.name(node);
    case StateColumn:
        if (role == SortRole)
            return down ? 0 : 1;
        if (c.causes(slot).empty())
            return tr("down (failed)");
        return down ? tr("down") : tr("degraded");
    case PathColumn:
        return m_paths.value(qsizetype(slot));
    case LossColumn: {
        const bool counts = g.isProcess(node) && down;
        if (role == SortRole)
            return counts ? g.lossPerHour(node) : -1.0;
        return counts ? TableFormat::money(g.lossPerHour(node)) : QString();
    }
    }
    return {};
}

} // namespace Continuity
