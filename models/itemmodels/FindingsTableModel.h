// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisTableModel.h"

#include <vector>

namespace Continuity {

// Every finding of the plan (continuity-cli check), most severe first.
class FindingsTableModel : public AnalysisTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, KindColumn, SubjectColumn, MessageColumn, ColumnCount };

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
