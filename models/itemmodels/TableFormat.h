// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace Continuity::TableFormat {

// How the tables show optional numbers: hours as "4 h", money with grouping, "—" for unset.
QString hours(const std::optional<double> &value);
QString money(const std::optional<double> &value);
QString tier(const std::optional<int> &value);
// The value to sort by: unset sorts last.
QVariant sortKey(const std::optional<double> &value);
// A number as people type it: "4", "4 h", "0,5" in a German locale, "250,000"; empty is
// unset. False when it is not a number.
bool parseNumber(const QString &text, std::optional<double> *value);
// The editable text of a value: the number without unit, empty when unset.
QString editText(const std::optional<double> &value);

} // namespace Continuity::TableFormat
