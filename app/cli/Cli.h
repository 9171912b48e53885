// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Continuity::Cli {

// Exit statuses of continuity-cli (PRODUCT §6).
enum ExitCode { Success = 0, FindingsHaveErrors = 1, BadInput = 2 };

// Runs continuity-cli with `arguments` (without the program name), writing results to `out`
// and messages to `err`. Returns the exit status. Callable in-process by tests.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Continuity::Cli
