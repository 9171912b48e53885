// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

struct Plan;
struct MaintenanceWindow;

// iCalendar (RFC 5545) through libical (docs/changes.md "iCalendar"): the plan's changes,
// freezes, maintenance windows and exercises out as one calendar, for Outlook and Thunderbird;
// a supplier's maintenance calendar in as supplier maintenance windows.
namespace ICalendar {

// One VEVENT per scheduled change (its planned window), freeze window and maintenance window
// (with their RRULE at their wall-clock time in their zone, and a VTIMEZONE for each zone), and
// exercise (a whole day). UIDs are stable across exports: the item's id and the plan's name.
QByteArray write(const Plan &plan);

// The events of a supplier's calendar as supplier maintenance windows of `node`, ids
// `idPrefix`-1, -2, ... after the highest the plan already has with that prefix is not
// considered: the caller makes them unique. Events without a start, or with neither an end nor
// a duration, are refused; a file that is not iCalendar is refused with the line that is wrong.
// nullopt and `errors` (each naming its line) when anything is wrong: nothing is imported.
std::optional<QList<MaintenanceWindow>> supplierWindows(const QByteArray &ics, const QString &node,
                                                       const QString &idPrefix,
                                                       QStringList *errors);

// The plan with the supplier windows of `node` imported earlier (ids "ics-NODE-N") replaced by
// `windows`: a supplier's calendar read again replaces what it said before.
Plan withSupplierWindows(const Plan &plan, const QString &node,
                         const QList<MaintenanceWindow> &windows);
// "ics-NODE": the id prefix of the windows imported for `node`.
QString supplierPrefix(const QString &node);

} // namespace ICalendar
} // namespace Continuity
