// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypingGuard.h"

#include "document/PlanDocument.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QTextCursor>

namespace Continuity {
namespace {

// The text of a line or plain-text edit the user changed, or nothing.
bool typedText(QWidget *widget, QString *text, int *cursor)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget); line && line->isModified()) {
        *text = line->text();
        *cursor = line->cursorPosition();
        return true;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget);
        plain && plain->document()->isModified()) {
        *text = plain->toPlainText();
        *cursor = plain->textCursor().position();
        return true;
    }
    return false;
}

QString textOf(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return plain->toPlainText();
    return QString();
}

} // namespace

TypingGuard::TypingGuard(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, &TypingGuard::focusChanged);
    focusChanged(nullptr, QApplication::focusWidget());
}

void TypingGuard::watch(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document)
        return;
    connect(document, &PlanDocument::othersChangesArriving, this, &TypingGuard::arriving);
    connect(document, &PlanDocument::othersChangesArrived, this, &TypingGuard::arrived);
}

void TypingGuard::focusChanged(QWidget *, QWidget *now)
{
    disconnect(m_filled);
    const bool editable = qobject_cast<QLineEdit *>(now) || qobject_cast<QPlainTextEdit *>(now);
    m_focused = editable ? now : nullptr;
    m_loaded = editable ? textOf(now) : QString();
    // What the field shows as the plan has it: as it got the focus, and each time the form
    // fills it anew (an edit committed, others' edits) while it keeps the focus.
    const auto filled = [this] {
        QString typed;
        int cursor = 0;
        // Others' edits being taken are compared with it once they are in (arrived()).
        if (!m_arriving && m_focused && !typedText(m_focused, &typed, &cursor))
            m_loaded = textOf(m_focused);
    };
    if (auto *line = qobject_cast<QLineEdit *>(now))
        m_filled = connect(line, &QLineEdit::textChanged, this, filled);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(now))
        m_filled = connect(plain, &QPlainTextEdit::textChanged, this, filled);
}

void TypingGuard::arriving()
{
    m_arriving = true;
    m_widget = nullptr;
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus == m_focused && typedText(focus, &m_typed, &m_cursor))
        m_widget = focus;
}

void TypingGuard::arrived()
{
    QWidget *widget = m_widget;
    m_widget = nullptr;
    const QString theirs = widget ? textOf(widget) : QString();
    const bool theirsChanged = widget && theirs != m_loaded;
    // Putting the typed text back is no filling by the form either.
    const auto done = qScopeGuard([this, theirs, widget] {
        m_arriving = false;
        QString typed;
        int cursor = 0;
        if (widget)
            m_loaded = theirs;
        else if (m_focused && !typedText(m_focused, &typed, &cursor))
            m_loaded = textOf(m_focused); // not typed in: it shows theirs now
    });
    if (!widget || theirs == m_typed)
        return;
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setText(m_typed);
        line->setCursorPosition(m_cursor);
        line->setModified(true);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->setPlainText(m_typed);
        QTextCursor cursor = plain->textCursor();
        cursor.setPosition(qMin(m_cursor, int(m_typed.size())));
        plain->setTextCursor(cursor);
        plain->document()->setModified(true);
    }
    // The form was filled anew with the field as it was: nobody else changed it.
    if (!theirsChanged)
        return;
    emit notice(tr("Someone else changed the field you are typing in to “%1” meanwhile. What you "
                   "typed is kept; it replaces theirs only when you confirm it (Enter or Tab).")
                    .arg(theirs.size() > 60 ? theirs.left(59) + QChar(0x2026) : theirs));
}

} // namespace Continuity
