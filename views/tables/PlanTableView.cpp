// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTableView.h"
#include "HeaderFit.h"

#include "itemmodels/IdTableModel.h"

#include <QHash>
#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace Continuity {
namespace {

// Text in any column, and exact values in chosen columns.
class PlanFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QHash<int, QString> columnValues;
    std::optional<QSet<QString>> ids;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (ids && !ids->contains(
                       sourceModel()->index(row, 0, parent).data(IdTableModel::IdRole).toString()))
            return false;
        for (auto it = columnValues.cbegin(); it != columnValues.cend(); ++it) {
            if (sourceModel()->index(row, it.key(), parent).data().toString() != it.value())
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

PlanTableView::PlanTableView(QWidget *parent)
    : QTableView(parent)
    , m_proxy(new PlanFilterProxy(this))
{
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
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
    horizontalHeader()->setHighlightSections(false);
    // Every header readable at any scale; the names (first column) take what the others leave.
    keepHeadersReadable(horizontalHeader());
}

void PlanTableView::setSourceModel(IdTableModel *model)
{
    m_proxy->setSourceModel(model);
    if (model) {
        // Columns sized by their first hundred rows: Qt lays out the text of a thousand by
        // default, which held the window on a big plan.
        horizontalHeader()->setResizeContentsPrecision(100);
        resizeColumnsToContents();
        horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

void PlanTableView::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

void PlanTableView::setColumnFilter(int column, const QString &value)
{
    auto *proxy = static_cast<PlanFilterProxy *>(m_proxy);
    if (value.isEmpty())
        proxy->columnValues.remove(column);
    else
        proxy->columnValues.insert(column, value);
    proxy->invalidate();
}

void PlanTableView::setIdFilter(const std::optional<QSet<QString>> &ids)
{
    auto *proxy = static_cast<PlanFilterProxy *>(m_proxy);
    proxy->ids = ids;
    proxy->invalidate();
}

int PlanTableView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

QString PlanTableView::currentId() const
{
    return currentIndex().data(IdTableModel::IdRole).toString();
}

bool PlanTableView::selectId(const QString &id)
{
    const auto *source = qobject_cast<const IdTableModel *>(m_proxy->sourceModel());
    const int row = source ? source->rowOf(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(source->index(row, 0));
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

} // namespace Continuity
