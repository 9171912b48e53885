// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace Continuity {

struct AnalysisOutput;

// Base of the read-only tables of the Analyses area: each shows one part of an
// AnalysisOutput and is reset as a whole when new results arrive.
class AnalysisTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setResults(std::shared_ptr<const AnalysisOutput> results);
    const AnalysisOutput *results() const { return m_results.get(); }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    // Called inside the reset, before the view asks for anything.
    virtual void rebuild() {}

private:
    std::shared_ptr<const AnalysisOutput> m_results;
};

} // namespace Continuity
