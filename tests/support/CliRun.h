// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Continuity::TestSupport {

// What a command line returned and printed, run in this process through the same Cli::run as
// continuity-cli (for tests linking continuity_cli_lib).
struct CliResult
{
    int code;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = Cli::run(args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

} // namespace Continuity::TestSupport
