// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Continuity {

// What a search result is (GlobalSearch, MainWindow::goTo).
enum class SearchKind { Process, Service, Runbook, Exercise, Person, Role, CallTree };

} // namespace Continuity
