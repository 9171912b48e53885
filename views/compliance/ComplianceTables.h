// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableWidget>

namespace Continuity::ComplianceTables {

// The tables of the Compliance area: read-only, one row selected, the record's id in the first
// cell under IdRole.
inline constexpr int IdRole = Qt::UserRole;

// Fits the columns that do not stretch to their contents and never narrower than their header
// (text, margins and room for a sort arrow), now rather than on Qt's delayed layout: nothing is
// cut while the page is looked at, an empty table included.
inline void fitNow(QTableWidget *table)
{
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < table->columnCount(); ++c) {
        if (header->sectionResizeMode(c) == QHeaderView::Stretch)
            continue;
        table->resizeColumnToContents(c);
        const QTableWidgetItem *title = table->horizontalHeaderItem(c);
        const int needed = title ? header->fontMetrics().horizontalAdvance(title->text()) + 16 : 0;
        if (header->sectionSize(c) < needed)
            header->resizeSection(c, needed);
    }
}

inline QTableWidget *newTable(const char *name, const QStringList &headers, int stretch)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    fitNow(t);
    return t;
}

inline QTableWidgetItem *cell(const QString &text, const QString &tip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

inline QString selectedId(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *first = table->item(selected.first()->row(), 0);
    return first ? first->data(IdRole).toString() : QString();
}

inline bool selectRow(QTableWidget *table, const QString &id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->data(IdRole).toString() == id) {
            table->selectRow(row);
            table->scrollToItem(table->item(row, 0));
            return true;
        }
    }
    return false;
}

} // namespace Continuity::ComplianceTables
