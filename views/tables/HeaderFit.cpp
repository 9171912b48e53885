// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderFit.h"
#include "Relayout.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QListView>
#include <QPointer>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace Continuity {
namespace {

void fit(QHeaderView *header)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(section);
        if (mode == QHeaderView::Stretch || mode == QHeaderView::ResizeToContents ||
            (header->stretchLastSection() && section == header->count() - 1))
            continue;
        // The widest line of a header that has several.
        int widest = 0;
        for (const QString &line :
             model->headerData(section, header->orientation()).toString().split(QLatin1Char('\n')))
            widest = std::max(widest, header->fontMetrics().horizontalAdvance(line));
        const int needed = widest + margins + arrow + 6;
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace

void keepHeadersReadable(QHeaderView *header)
{
    // Once per header (a property marks it).
    if (!header || header->property("continuityHeaderFit").toBool())
        return;
    header->setProperty("continuityHeaderFit", true);
    fit(header);
    // Again after the events that change what a header needs.
    const QPointer<QHeaderView> h = header;
    const auto again = relayoutWhenChanged(header, header, [h] {
        if (h)
            fit(h);
    });
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, again);
    if (header->model()) {
        QObject::connect(header->model(), &QAbstractItemModel::headerDataChanged, header, again);
        QObject::connect(header->model(), &QAbstractItemModel::modelReset, header, again);
    }
}

namespace {

// Measures a wrapped item a little narrower than it is painted, so that the lines it is given
// are never fewer than painting needs (Qt measures and paints with widths a few pixels apart,
// and an item whose text falls on that edge lost its last line).
class WrappedItems : public QStyledItemDelegate
{
public:
    explicit WrappedItems(QListView *list)
        : QStyledItemDelegate(list)
        , m_list(list)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem narrower = option;
        const int width = m_list->viewport()->width() - 2 * m_list->spacing() -
                          2 * m_list->fontMetrics().averageCharWidth();
        if (width > 0)
            narrower.rect.setWidth(width);
        return QStyledItemDelegate::sizeHint(narrower, index);
    }

private:
    QListView *m_list;
};

} // namespace

void fillWithLastColumn(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    const auto fill = [view, header] {
        int last = header->count() - 1;
        while (last >= 0 && header->isSectionHidden(last))
            --last;
        if (last < 0 || !view->model())
            return;
        header->setSectionResizeMode(last, QHeaderView::Interactive);
        const int margins =
            2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 6;
        const int title = header->fontMetrics().horizontalAdvance(
                              view->model()->headerData(last, Qt::Horizontal).toString()) +
                          margins;
        const int rest = view->viewport()->width() - header->sectionPosition(last);
        const int width = std::max(title, rest);
        if (header->sectionSize(last) != width)
            header->resizeSection(last, width);
    };
    const auto again = relayoutWhenChanged(view, view->viewport(), fill);
    QObject::connect(header, &QHeaderView::sectionResized, view, [again, header](int section) {
        if (section != header->count() - 1)
            again();
    });
    QObject::connect(header, &QHeaderView::sectionCountChanged, view, again);
    relayoutWhenChanged(view, header, fill); // the header's font: presentation mode
}

void keepWrappedItemsWhole(QListView *list)
{
    list->setResizeMode(QListView::Adjust); // lays the items out again on every resize
    list->setItemDelegate(new WrappedItems(list));
    // Laid out again at another text size (the list's resize mode covers its width).
    relayoutWhenChanged(list, list, [list] { list->doItemsLayout(); });
}

} // namespace Continuity
