// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QTableView>

#include <optional>

class QSortFilterProxyModel;

namespace Continuity {

class IdTableModel;

// A sortable, read-only table of plan items (processes or services) with the look every
// table of the app shares: alternating rows, sort by clicking a header, stretch last column.
class PlanTableView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanTableView)

public:
    explicit PlanTableView(QWidget *parent = nullptr);

    // Shows `model` (owned by the caller); nullptr clears the view.
    void setSourceModel(IdTableModel *model);
    QString currentId() const;
    // Makes the row of `id` current and scrolls to it; false when there is no such row or the
    // filters hide it.
    bool selectId(const QString &id);

    // Shows only rows where some column contains `text` (case-insensitive).
    void setFilterText(const QString &text);
    // Shows only rows whose `column` displays exactly `value`; an empty value drops the filter.
    void setColumnFilter(int column, const QString &value);
    int visibleRowCount() const;
    // Shows only rows whose id is in `ids`; nullopt drops the filter.
    void setIdFilter(const std::optional<QSet<QString>> &ids);

private:
    QSortFilterProxyModel *m_proxy;
};

} // namespace Continuity
