// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;
class QWidget;

namespace Continuity::HelpDialogs {

// Every shortcut of the window's menus, read from its actions (so the list is never stale),
// with the keys of the live console and the map that are not menu items.
void showShortcuts(QMainWindow *window);

// The user guide (docs/user-guide.md, bundled with the program) in a dialog; no file or link
// outside the program is loaded.
void showUserGuide(QWidget *parent);

} // namespace Continuity::HelpDialogs
