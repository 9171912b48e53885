// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleSupport.h"

#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "tables/RelativeFont.h"

#include <QAction>
#include <QFontDatabase>
#include <QLabel>

namespace Continuity::ConsoleSupport {

QString logTime(const QDateTime &at)
{
    QDateTime t = at.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t.toString(Qt::ISODate);
}

QLabel *makeClock(const QString &objectName, const QString &accessibleName)
{
    auto *clock = new QLabel(QStringLiteral("00:00:00"));
    clock->setObjectName(objectName);
    keepFontRelative(clock, 4, true, QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    clock->setAccessibleName(accessibleName);
    return clock;
}

void addKey(QWidget *owner, const QKeySequence &key, std::function<void()> act)
{
    auto *action = new QAction(owner);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, owner, std::move(act));
    owner->addAction(action);
}

bool applyEdit(PlanDocument *document, UserDialogs *dialogs, QWidget *parent, const QString &id,
               const QString &text, const QString &title,
               const std::function<bool(Exercise &, QString *)> &edit)
{
    const Exercise *current = document && !id.isEmpty() ? document->exercise(id) : nullptr;
    if (!current || document->isReadOnly())
        return false;
    Exercise e = *current;
    QString error;
    if (!edit(e, &error) || !document->changeExercise(e, text, &error)) {
        if (!error.isEmpty())
            dialogs->showWarning(parent, title, error);
        return false;
    }
    return true;
}

} // namespace Continuity::ConsoleSupport
