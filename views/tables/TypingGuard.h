// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace Continuity {

class PlanDocument;

// Keeps what the user is typing when others' edits of a plan on a server arrive (docs/team-
// server.md "Live"): the pages show the plan as read, so a form showing the item being edited
// is filled anew, and the text being typed in it would go. The focused line or text edit, when
// the user has changed it, gets their text back, the cursor where it was. When someone else
// changed that very field meanwhile, notice() says so with their value: what was typed is
// written over it only when the user commits it, knowing.
class TypingGuard : public QObject
{
    Q_OBJECT

public:
    explicit TypingGuard(QObject *parent = nullptr);

    // Follows `document`'s arrivals of others' edits (nullptr: none).
    void watch(PlanDocument *document);

signals:
    // Someone else changed the field being typed in while the user typed: what to tell them.
    void notice(const QString &message);

private:
    void arriving();
    void arrived();
    void focusChanged(QWidget *old, QWidget *now);

    QPointer<QObject> m_document;
    QPointer<QWidget> m_widget; // the edit being typed in when others' edits arrived
    QString m_typed;
    int m_cursor = 0;
    QPointer<QWidget> m_focused; // the edit that has the focus, and its text when it got it
    QString m_loaded;
    QMetaObject::Connection m_filled;
    bool m_arriving = false;
};

} // namespace Continuity
