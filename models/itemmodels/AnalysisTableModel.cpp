// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisTableModel.h"

#include "analysis/AnalysisRun.h"

namespace Continuity {

void AnalysisTableModel::setResults(std::shared_ptr<const AnalysisOutput> results)
{
    beginResetModel();
    m_results = std::move(results);
    rebuild();
    endResetModel();
}

int AnalysisTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_results ? 0 : rows();
}

int AnalysisTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant AnalysisTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return headers().value(section);
}

} // namespace Continuity
