// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CliRunner.h"

#include "layout/GraphvizLayout.h"
#include "storage/PlanFile.h"

#include <QTextStream>

namespace Continuity::Cli {

// Dispatches to the commands (app/cli/commands/).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Runner runner(out, err);
    if (arguments.isEmpty())
        return runner.badUsage(Tr::tr("no command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out << usage();
        out.flush();
        return Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << "continuity-cli " << CONTINUITY_VERSION << " (Qt " << qVersion() << ", SQLite "
            << PlanFile::sqliteVersion() << ", Graphviz " << graphvizVersion() << ", plan format "
            << PlanFile::currentSchemaVersion() << ")\n"
            << "Licence: GPL-3.0-or-later" << Qt::endl;
        return Success;
    }
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        out << usage();
        out.flush();
        return Success;
    }
    if (command == QLatin1String("new"))
        return runner.newPlan(rest);
    if (command == QLatin1String("info"))
        return runner.info(rest);
    if (command == QLatin1String("import"))
        return runner.importPlan(rest);
    if (command == QLatin1String("export"))
        return runner.exportPlan(rest);
    if (command == QLatin1String("analyze"))
        return runner.analyze(rest);
    if (command == QLatin1String("check"))
        return runner.check(rest);
    if (command == QLatin1String("map"))
        return runner.map(rest);
    if (command == QLatin1String("report"))
        return runner.report(rest);
    if (command == QLatin1String("oncall"))
        return runner.onCall(rest);
    if (command == QLatin1String("calltree"))
        return runner.callTree(rest);
    if (command == QLatin1String("slo"))
        return runner.slo(rest);
    if (command == QLatin1String("dora"))
        return runner.dora(rest);
    if (command == QLatin1String("change"))
        return runner.change(rest);
    if (command == QLatin1String("audit"))
        return runner.audit(rest);
    if (command == QLatin1String("controls"))
        return runner.controls(rest);
    if (command == QLatin1String("evidence"))
        return runner.evidence(rest);
    if (command == QLatin1String("server"))
        return runner.server(rest);
    return runner.badUsage(Tr::tr("unknown command '%1'").arg(command));
}

} // namespace Continuity::Cli
