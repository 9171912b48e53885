// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormCellDelegate.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace Continuity {

bool FormCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            // The view the editor belongs to: its viewport's parent.
            QWidget *view =
                editor->parentWidget() ? editor->parentWidget()->parentWidget() : nullptr;
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (view) {
                QWidget *next =
                    key == Qt::Key_Tab ? view->nextInFocusChain() : view->previousInFocusChain();
                // Past the view's own children (its viewport, scroll bars, the editor).
                while (next && next != view && view->isAncestorOf(next))
                    next = key == Qt::Key_Tab ? next->nextInFocusChain()
                                              : next->previousInFocusChain();
                while (next && next != view &&
                       (!next->isVisible() || !next->isEnabled() ||
                        !(next->focusPolicy() & Qt::TabFocus)))
                    next = key == Qt::Key_Tab ? next->nextInFocusChain()
                                              : next->previousInFocusChain();
                if (next && next != view)
                    next->setFocus(key == Qt::Key_Tab ? Qt::TabFocusReason
                                                      : Qt::BacktabFocusReason);
            }
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Continuity
