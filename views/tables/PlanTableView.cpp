// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTableView.h"

#include "itemmodels/IdTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace Continuity {

PlanTableView::PlanTableView(QWidget *parent)
    : QTableView(parent), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSortRole(IdTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

void PlanTableView::setSourceModel(IdTableModel *model)
{
    m_proxy->setSourceModel(model);
    if (model) {
        resizeColumnsToContents();
        // The first column holds names: give it room but keep it on screen.
        setColumnWidth(0, std::clamp(columnWidth(0), 160, 420));
    }
}

QString PlanTableView::currentId() const
{
    return currentIndex().data(IdTableModel::IdRole).toString();
}

} // namespace Continuity
