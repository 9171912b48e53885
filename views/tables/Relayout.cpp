// SPDX-License-Identifier: GPL-3.0-or-later
#include "Relayout.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>

namespace Continuity {

namespace {

class Relayout : public QObject
{
public:
    Relayout(QObject *owner, QObject *watched, std::function<void()> act)
        : QObject(owner)
        , m_act(std::move(act))
    {
        watched->installEventFilter(this);
    }

    void schedule()
    {
        if (m_pending)
            return;
        m_pending = true;
        // Queued on this object: a call still waiting when the owner goes is dropped with it.
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            m_act();
        });
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        // Only the event's kind is read: a widget being destroyed still sends some.
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::FontChange:
        case QEvent::ApplicationFontChange:
        case QEvent::StyleChange:
            schedule();
            break;
        default:
            break;
        }
        return false;
    }

private:
    std::function<void()> m_act;
    bool m_pending = false;
};

} // namespace

std::function<void()> relayoutWhenChanged(QObject *owner, QObject *watched,
                                          std::function<void()> act)
{
    QPointer<Relayout> relayout = new Relayout(owner, watched, std::move(act));
    relayout->schedule();
    return [relayout] {
        if (relayout)
            relayout->schedule();
    };
}

} // namespace Continuity
