// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include "domain/Plan.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace Continuity {

class GraphSnapshot;
namespace Server {
struct ServerUrl;
}
struct Finding;

// What the commands of continuity-cli share (docs/cli.md): the runner that holds the output
// streams and the helpers every command uses. Each command is a member of Runner defined in a
// file of its own under app/cli/commands/; Cli.cpp only dispatches.
namespace Cli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Cli)
};

QString usage();

// Parsed arguments of one command: positionals, flags and --option VALUE pairs.
struct Arguments
{
    QStringList positionals;
    QMap<QString, QString> options;
    QStringList flags;
    QString error;
};

Arguments parse(const QStringList &args, const QStringList &valueOptions,
                const QStringList &flagOptions);

class Runner
{
public:
    Runner(QTextStream &out, QTextStream &err);
    ~Runner();
    Runner(const Runner &) = delete;
    Runner &operator=(const Runner &) = delete;

    int fail(const QString &message, int code = BadInput);

    int badUsage(const QString &message);

    int newPlan(const QStringList &args);

    // import PLAN --cmdb-cis CIS.csv --cmdb-rels RELS.csv [--mapping MAP.json] [--dry-run]
    //        [--skip-bad-rows] (PRODUCT §7)
    int importCmdbFiles(const Arguments &a);
    // import PLAN --vcard FILE.vcf [--dry-run]: persons matched by e-mail, then name.
    int importVCard(const Arguments &a);
    int importSnowIncidentFile(const Arguments &a);
    int importSupplierCalendar(const Arguments &a);
    int importSnowChangeFile(const Arguments &a);

    // A new plan file holding `plan`, its audit trail starting with `origin` (empty: "Create
    // plan").
    bool createWith(const QString &path, const Plan &plan, QString *error,
                    const Audit::Entry &origin = {});

    int info(const QStringList &args);
    // audit PLAN [--verify] [filters] [--csv FILE] [--json] (PRODUCT §14)
    int audit(const QStringList &args);
    int controls(const QStringList &args);
    int evidence(const QStringList &args);
    // server init|push|pull|list (product/15-team-server.md, docs/team-server.md)
    int server(const QStringList &args);
    int pushBack(const Arguments &a, const QString &path, const QString &urlText,
                 const Server::ServerUrl &url);

    int exportPlan(const QStringList &args);
    bool exportDoraRegister(const Plan &plan, const QString &target, const QString &referenceText);

    int importPlan(const QStringList &args);

    // Opens a plan read-only: a plan file, or for a server URL (postgresql://…?plan=NAME) a
    // snapshot of the server's plan pulled into a temporary file that lives as long as this
    // runner (docs/team-server.md). nullptr and a message on failure.
    std::unique_ptr<PlanFile> openReadOnly(const QString &path, QString *error,
                                           PageCheck pageCheck = PageCheck::Full);

    // Loads a plan read-only (analyses, exports, reports); false and a message on failure.
    bool loadReadOnly(const QString &path, Plan *plan, QString *error);
    // Only the graph the analyses read (PlanSql::loadGraph).
    bool loadGraphReadOnly(const QString &path, GraphSnapshot *graph, QString *error);

    // --fail a,b,c: ids, or names where a name is unique.
    bool resolveNodes(const GraphSnapshot &graph, const QString &list, std::vector<int> *nodes,
                      QString *error);

    void writeJson(const QByteArray &json);

    static QString hoursText(double h);

    int analyze(const QStringList &args);
    bool scenariosOf(const GraphSnapshot &graph, const Arguments &a,
                     std::vector<std::vector<int>> *scenarios, QString *error);
    void cascadeScenario(const GraphSnapshot &graph, const std::vector<int> &scenario, bool json);
    void recoveryScenario(const GraphSnapshot &graph, const std::vector<int> &scenario, bool json);

    void printFindings(const std::vector<Finding> &findings);

    // continuity-cli map PLAN -o FILE [--engine dot|sfdp] [--fail ID,...] (PRODUCT §6)
    int map(const QStringList &args);

    // What the report commands share: PLAN, -o FILE.pdf, the plan loaded.
    struct ReportSetup
    {
        Arguments args;
        QString output;
        Plan plan;
        QString auditHead; // Audit::Head::shortText() of the plan read
    };

    int prepareReport(const QStringList &args, const QString &kind, const QStringList &flags,
                      ReportSetup *setup);

    // The item --id names, or the only one; a message listing the ids otherwise.
    template <typename T>
    int pick(const QList<T> &items, const Arguments &a, const QString &noun, const QString &plural,
             const T **chosen)
    {
        if (items.isEmpty())
            return fail(Tr::tr("%1 has no %2").arg(a.positionals.first(), plural));
        QStringList ids;
        for (const T &item : items)
            ids.append(item.id);
        if (a.options.contains(QStringLiteral("--id"))) {
            const QString wanted = a.options.value(QStringLiteral("--id"));
            for (const T &item : items) {
                if (item.id == wanted)
                    *chosen = &item;
            }
            if (!*chosen)
                return fail(Tr::tr("no %1 has the id \"%2\"; the plan has: %3")
                                .arg(noun, wanted, ids.join(QStringLiteral(", "))));
            return Success;
        }
        if (items.size() == 1) {
            *chosen = &items.first();
            return Success;
        }
        return badUsage(Tr::tr("the plan has %1 %2; choose one with --id: %3")
                            .arg(items.size())
                            .arg(plural, ids.join(QStringLiteral(", "))));
    }

    int report(const QStringList &args);

    int reportExercise(const QStringList &args);

    // report contacts PLAN [--fail ID,...] -o FILE.pdf
    int reportContacts(const QStringList &args);
    int reportFindings(const QStringList &args);
    int reportScenario(const QStringList &args);
    int reportBia(const QStringList &args);
    int reportPlan(const QStringList &args);
    int reportPostmortem(const QStringList &args);
    int reportCab(const QStringList &args);
    int reportControls(const QStringList &args);
    int reportExecutive(const QStringList &args);

    int check(const QStringList &args);

    // oncall PLAN --role ID [--at T] [--json]; calltree PLAN [--id ID] [--at T] [--json]
    int onCall(const QStringList &args);
    int callTree(const QStringList &args);
    // continuity-cli slo PLAN [--at ISO-8601] [--json] (product/13-incidents-slos.md)
    int slo(const QStringList &args);
    // continuity-cli dora PLAN [--id INC] [--at ISO-8601] [--json] [--draft] (docs/dora.md)
    int dora(const QStringList &args);
    // continuity-cli change assess PLAN --id ID [--at ISO-8601] [--json] (docs/changes.md)
    int change(const QStringList &args);
    int changeMetrics(const QStringList &args);
    // analyze availability PLAN [--node ID,...] [--at ISO-8601] [--json]
    int analyzeAvailability(const QStringList &args);
    // analyze cutsets PLAN --target ID [--order 1|2] [--json]
    int analyzeCutsets(const QStringList &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<QTemporaryDir>> m_snapshots;
};

} // namespace Cli
} // namespace Continuity
