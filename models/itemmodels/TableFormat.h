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

} // namespace Continuity::TableFormat
