// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderFit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QListView>
#include <QPointer>
#include <QStyle>
#include <QStyledItemDelegate>
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

// Refits after the events that change what a header needs.
class Refit : public QObject
{
public:
    explicit Refit(QHeaderView *header)
        : QObject(header)
        , m_header(header)
    {
        header->installEventFilter(this);
        auto later = [this] { schedule(); };
        QObject::connect(header, &QHeaderView::sectionCountChanged, this, later);
        if (header->model()) {
            QObject::connect(header->model(), &QAbstractItemModel::headerDataChanged, this, later);
            QObject::connect(header->model(), &QAbstractItemModel::modelReset, this, later);
        }
        schedule();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_header &&
            (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
             event->type() == QEvent::ApplicationFontChange || event->type() == QEvent::Show))
            schedule();
        return false;
    }

private:
    void schedule()
    {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            if (m_header)
                fit(m_header);
        });
    }

    QPointer<QHeaderView> m_header;
    bool m_pending = false;
};

} // namespace

void keepHeadersReadable(QHeaderView *header)
{
    // Once per header (Refit has no meta-object of its own: a property marks it).
    if (!header || header->property("continuityHeaderFit").toBool())
        return;
    header->setProperty("continuityHeaderFit", true);
    fit(header);
    new Refit(header);
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

class Rewrap : public QObject
{
public:
    explicit Rewrap(QListView *list)
        : QObject(list)
        , m_list(list)
    {
        list->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Only the events' kind is read here: a list being destroyed still sends some (focus),
        // and is no longer a QListView by then.
        if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
            QTimer::singleShot(0, this, [this] { m_list->doItemsLayout(); });
        return QObject::eventFilter(watched, event);
    }

private:
    // The parent: alive whenever this is (a queued call dies with this).
    QListView *m_list;
};

} // namespace

void keepWrappedItemsWhole(QListView *list)
{
    list->setResizeMode(QListView::Adjust); // lays the items out again on every resize
    list->setItemDelegate(new WrappedItems(list));
    new Rewrap(list);
}

} // namespace Continuity
