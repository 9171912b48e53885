// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("continuity-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Continuity"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINUITY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Continuity::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
