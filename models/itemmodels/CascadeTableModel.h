// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisTableModel.h"

#include <QStringList>

#include <vector>

namespace Continuity {

// The cascade of the current scenario: every node not up, its state, the path of causes back
// to the scenario, and the loss per hour of the processes that are down.
class CascadeTableModel : public AnalysisTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, LossColumn, PathColumn, ColumnCount };

    using AnalysisTableModel::AnalysisTableModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override;
    QStringList headers() const override;
    void rebuild() override;

private:
    std::vector<int> m_rows;
    QStringList m_paths;
};

} // namespace Continuity
