// SPDX-License-Identifier: GPL-3.0-or-later
#include "BiaTableView.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Continuity {

BiaTableView::BiaTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setMinimumHeight(verticalHeader()->defaultSectionSize() * 7);
}

void BiaTableView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_4 && model() && currentIndex().isValid() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const QModelIndex at = currentIndex();
        if (model()->setData(at, key - Qt::Key_0, Qt::EditRole)) {
            // On to the next horizon, then the next category.
            QModelIndex next = model()->index(at.row(), at.column() + 1);
            if (!next.isValid())
                next = model()->index(at.row() + 1, 0);
            if (next.isValid())
                setCurrentIndex(next);
        }
        event->accept();
        return;
    }
    // Another digit or a letter rates nothing: say why instead of starting an editor or a
    // keyboard search.
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isLetterOrNumber() && currentIndex().isValid() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        emit keyRefused(tr("\"%1\" is not a rating: type 0 (none), 1 (minor), 2 (moderate), "
                           "3 (major) or 4 (severe).")
                            .arg(text));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Continuity
