// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDate;
class QDateTime;

namespace Continuity::Report {

// How every report writes times, dates and amounts (docs/reports.md "One look"), in the
// report's locale (the window's language; the command line's C locale).

// A duration given in hours: "45 min" under an hour, "2 h" or "2 h 30 min" up to two days,
// whole or decimal hours beyond ("72 h", "1.5 h" never for 90 minutes); "< 1 min" for seconds.
QString duration(double hours);
// "5 Dec 2026" ("5. Dez. 2026", "5 déc. 2026"): one form per report, the same from the window
// and the command line; dateTime adds the time of day ("5 Dec 2026 14:30").
QString date(const QDate &date);
QString dateTime(const QDateTime &at);
QString money(double amount);

} // namespace Continuity::Report
