// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

class QKeySequence;
class QLabel;
class QWidget;

namespace Continuity {

struct Exercise;
class PlanDocument;
class UserDialogs;

// What the exercise console and the call-tree drill console share.
namespace ConsoleSupport {

// An instant as the log keeps it: UTC, to the second a coordinator can tell apart.
QString logTime(const QDateTime &at);
// The big clock of a console: bold fixed-width digits four times the size of the text around.
QLabel *makeClock(const QString &objectName, const QString &accessibleName);
// A key that acts anywhere in `owner` (its children included), as the console's buttons do.
void addKey(QWidget *owner, const QKeySequence &key, std::function<void()> act);
// Edits exercise `id` by `edit` as one undo step named `text`; a refusal is shown under `title`.
bool applyEdit(PlanDocument *document, UserDialogs *dialogs, QWidget *parent, const QString &id,
               const QString &text, const QString &title,
               const std::function<bool(Exercise &, QString *)> &edit);

} // namespace ConsoleSupport
} // namespace Continuity
