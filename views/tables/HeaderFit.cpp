// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderFit.h"
#include "Relayout.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QListView>
#include <QPointer>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace Continuity {
namespace {

// What a section's title needs: its widest line, the margins and room for the sort arrow.
int titleWidth(const QHeaderView *header, int section)
{
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int widest = 0;
    for (const QString &line : header->model()
                                   ->headerData(section, header->orientation())
                                   .toString()
                                   .split(QLatin1Char('\n')))
        widest = std::max(widest, header->fontMetrics().horizontalAdvance(line));
    return widest + margins + arrow + 6;
}

constexpr const char *StretchingKey = "continuityStretching";
constexpr const char *LastStretchesKey = "continuityLastStretches";

void fit(QHeaderView *header)
{
    const QAbstractItemModel *model = header->model();
    if (!model || header->orientation() != Qt::Horizontal)
        return;
    // The sections that fill the room as the page made them: those that stretch now, and those
    // this made stop stretching for want of room (remembered).
    auto stretching = header->property(StretchingKey).value<QList<int>>();
    for (int section = 0; section < header->count(); ++section) {
        if (header->sectionResizeMode(section) == QHeaderView::Stretch &&
            !stretching.contains(section))
            stretching.append(section);
    }
    header->setProperty(StretchingKey, QVariant::fromValue(stretching));
    if (!header->property(LastStretchesKey).isValid())
        header->setProperty(LastStretchesKey, header->stretchLastSection());
    const bool lastStretches = header->property(LastStretchesKey).toBool();
    int last = header->count() - 1;
    while (last >= 0 && header->isSectionHidden(header->logicalIndex(last)))
        --last;
    last = last >= 0 ? header->logicalIndex(last) : -1;
    const auto fills = [&](int section) {
        return stretching.contains(section) || (lastStretches && section == last);
    };
    // Every other section at least as wide as its title; the filling ones need theirs.
    int fixed = 0;
    int wanted = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const int needed = titleWidth(header, section);
        if (fills(section)) {
            wanted += needed;
            continue;
        }
        if (header->sectionResizeMode(section) != QHeaderView::ResizeToContents &&
            header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
        fixed += header->sectionSize(section);
    }
    // The filling sections share the room left, each at least its title's width (Qt's stretch
    // shares it equally and cut a long title beside a short one); when the room is short each
    // keeps its title's width and the table scrolls sideways rather than cut a title.
    QList<int> filling;
    for (int section = 0; section < header->count(); ++section) {
        if (!header->isSectionHidden(section) && fills(section))
            filling.append(section);
    }
    if (filling.isEmpty())
        return;
    if (header->stretchLastSection())
        header->setStretchLastSection(false);
    const int spare = std::max(0, header->width() - fixed - wanted);
    int given = 0;
    for (int i = 0; i < filling.size(); ++i) {
        const int section = filling.at(i);
        if (header->sectionResizeMode(section) != QHeaderView::Interactive)
            header->setSectionResizeMode(section, QHeaderView::Interactive);
        int share = spare / int(filling.size());
        if (i == filling.size() - 1)
            share = spare - given;
        given += share;
        const int width = titleWidth(header, section) + share;
        if (header->sectionSize(section) != width)
            header->resizeSection(section, width);
    }
}

} // namespace

void keepHeadersReadable(QHeaderView *header)
{
    // Once per header (a property marks it).
    if (!header || header->property("continuityHeaderFit").toBool())
        return;
    header->setProperty("continuityHeaderFit", true);
    // From the event loop (once the page has set its columns up), and again after the events
    // that change what a header needs.
    const QPointer<QHeaderView> h = header;
    const auto again = relayoutWhenChanged(header, header, [h] {
        if (h)
            fit(h);
    });
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, again);
    // A column that sizes to its contents changes what is left for the filling ones.
    QObject::connect(header, &QHeaderView::sectionResized, header, again);
    if (header->model()) {
        QObject::connect(header->model(), &QAbstractItemModel::headerDataChanged, header, again);
        QObject::connect(header->model(), &QAbstractItemModel::modelReset, header, again);
    }
}

namespace {

// Gives every table's header, as it is first shown, keepHeadersReadable.
class EveryHeader : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto *header = qobject_cast<QHeaderView *>(watched);
                header && header->orientation() == Qt::Horizontal)
                keepHeadersReadable(header);
        }
        return false;
    }
};

} // namespace

void keepTitlesInView(QTableView *view)
{
    const auto fitWidth = [view] {
        QHeaderView *header = view->horizontalHeader();
        if (!header->model())
            return;
        int titles = 0;
        for (int section = 0; section < header->count(); ++section) {
            if (!header->isSectionHidden(section))
                titles += titleWidth(header, section);
        }
        const int width =
            titles + 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width() +
            (view->verticalHeader()->isVisible() ? view->verticalHeader()->width() : 0);
        if (view->minimumWidth() != width)
            view->setMinimumWidth(width);
    };
    relayoutWhenChanged(view, view->horizontalHeader(), fitWidth);
}

void keepEveryHeaderReadable(QCoreApplication *app)
{
    app->installEventFilter(new EveryHeader(app));
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
