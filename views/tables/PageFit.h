// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QStackedWidget;
class QTabWidget;

namespace Continuity {

// A stack of pages (the window's areas, an exercise's tabs) asks for the room its current page
// needs, not the room of its widest page: Qt's stacks take the largest minimum of all their
// pages, so one wide page hidden behind another made the whole window wider than a laptop's
// screen in presentation mode (#18 point 3). Pages not shown ignore their size; the one shown
// keeps its own size policy. Call once the pages are added.
void sizeToCurrentPage(QStackedWidget *stack);
void sizeToCurrentPage(QTabWidget *tabs);

} // namespace Continuity
