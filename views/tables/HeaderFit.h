// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;

namespace Continuity {

// Keeps every column of a table at least as wide as its header text (with room for the sort
// arrow), now and whenever the font changes (presentation mode) or the headers do: a header is
// never cut (#18 point 2). Columns that stretch or size to their contents are left to Qt.
void keepHeadersReadable(QHeaderView *header);

} // namespace Continuity
