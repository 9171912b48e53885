// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisTableModel.h"

#include <vector>

namespace Continuity {

// The recovery of the current scenario: every down node in the order it comes back, its
// wave, ready time, RTO target and gap, and for processes whether their MTD is breached.
class RecoveryTableModel : public AnalysisTableModel
{
    Q_OBJECT

public:
    enum Column {
        WaveColumn,
        NameColumn,
        ReadyColumn,
        TargetColumn,
        GapColumn,
        MtdColumn,
        ColumnCount
    };

    using AnalysisTableModel::AnalysisTableModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override;
    QStringList headers() const override;
    void rebuild() override;

private:
    std::vector<int> m_rows;
};

} // namespace Continuity
