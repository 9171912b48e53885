// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;
class QHeaderView;
class QListView;
class QTableView;

namespace Continuity {

// Keeps every column of a table at least as wide as its header text (with room for the sort
// arrow), now and whenever the font changes (presentation mode) or the headers do: a header is
// never cut (#18 point 2). Columns that stretch or size to their contents are left to Qt.
// Columns that stretch fill the room while it holds their titles; when it does not, they keep
// their titles' width and the table scrolls sideways.
void keepHeadersReadable(QHeaderView *header);
// A table (in a dialog) at least as wide as all its columns' titles at the current text size,
// so that none starts beyond its edge.
void keepTitlesInView(QTableView *view);
// keepHeadersReadable for every table of the application, as its header is first shown.
void keepEveryHeaderReadable(QCoreApplication *app);

// The last column takes the rest of the table's width and never less than its header needs; when
// the other columns need more than the table has, the table scrolls sideways rather than cut the
// last header (#18 point 2). Replaces the header's stretch-last-section.
void fillWithLastColumn(QTableView *view);

// A list whose items wrap onto several lines (a runbook's title and its status) lays them out
// again when its width or its font changes (presentation mode), so that no item keeps the
// height it had and loses its last line.
void keepWrappedItemsWhole(QListView *list);

} // namespace Continuity
