// SPDX-License-Identifier: GPL-3.0-or-later
// What every command of continuity-cli uses: usage, argument parsing, output and plan loading.
#include "CliRunner.h"
#include <QFileDevice>

#include "analysis/Findings.h"
#include "analysis/Spof.h"
#include "document/PlanDocument.h"
#include "domain/Plan.h"
#include "server/PgConnection.h"
#include "server/ServerPlan.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace Continuity::Cli {

QString usage()
{
    return Tr::tr(
        "Usage: continuity-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  new PLAN [--sample]                 create an empty plan, or the bundled sample\n"
        "  info PLAN                           counts, schema version, file checks\n"
        "  audit PLAN [--from DATE] [--to DATE] [--user U] [--object O] [--action A]\n"
        "             [--csv FILE] [--json]    the plan's audit trail, oldest first\n"
        "  audit PLAN --verify                 check the trail's hash chain; exit 1 naming\n"
        "                                      the first record that does not hold\n"
        "  import PLAN --json FILE [--replace] load plan JSON into an empty (or new) plan;\n"
        "                                      --replace swaps a non-empty plan's content\n"
        "  import PLAN --cmdb-cis CIS.csv --cmdb-rels RELS.csv [--mapping MAP.json]\n"
        "             [--dry-run] [--skip-bad-rows]\n"
        "                                      import a ServiceNow CI and relationship export;\n"
        "                                      a re-import updates by sys_id\n"
        "  export PLAN [--services-csv F] [--dependencies-csv F] [--findings-csv F] [--dot F]\n"
        "                                      services, dependencies, findings as CSV; DOT\n"
        "  export PLAN --json FILE             write the whole plan as plan JSON ('-' for\n"
        "                                      standard output)\n"
        "  export PLAN --vcard FILE.vcf [--vcard-version 3|4]\n"
        "                                      the plan's persons as vCards\n"
        "  export PLAN --ics FILE.ics          changes, freezes, maintenance windows and\n"
        "                                      exercises as iCalendar\n"
        "  import PLAN --snow-changes FILE.csv [--mapping MAP.json] [--skip-bad-rows]\n"
        "              [--dry-run]             changes from a ServiceNow change_request export;\n"
        "                                      a change imported before is updated by number\n"
        "  import PLAN --supplier-ics FILE.ics --node ID [--dry-run]\n"
        "                                      a supplier's maintenance calendar as supplier\n"
        "                                      maintenance windows of node ID\n"
        "  export PLAN --openslo FILE.yaml     the SLOs as OpenSLO v1, for the monitoring\n"
        "                                      team's alerting (sloth, pyrra)\n"
        "  export PLAN --dora-register OUT.zip [--reference-date DATE]\n"
        "                                      DORA's register of information as the plain-CSV\n"
        "                                      reporting package; refused naming every problem\n"
        "  export ... --without-personal-data  people reduced to names and roles (no phones,\n"
        "                                      e-mail or notes), for sharing the plan\n"
        "  import PLAN --snow-incidents FILE.csv [--mapping MAP.json] [--skip-bad-rows]\n"
        "              [--dry-run]             incidents from a ServiceNow incident export;\n"
        "                                      a re-import updates by number\n"
        "  import PLAN --vcard FILE.vcf [--dry-run]\n"
        "                                      add or update persons (matched by e-mail, then\n"
        "                                      name)\n"
        "  analyze cascade PLAN --fail ID[,ID...] [--json]\n"
        "                                      what fails with the given nodes\n"
        "  analyze cascade|recovery PLAN --scenarios FILE [--json]\n"
        "                                      each scenario of FILE (one a line: ID[,ID...])\n"
        "  analyze cascade|recovery PLAN --fail-each KIND|ID[,ID...] [--json]\n"
        "                                      every node of a kind (process, application,\n"
        "                                      site, ...), or each listed node, failing alone;\n"
        "                                      one JSON document {\"scenarios\": [...]}\n"
        "  analyze spof PLAN [--max-tier N] [--json]\n"
        "                                      single points of failure of tier 0..N targets\n"
        "  analyze tiers PLAN [--json]         required tiers, tier/RTO/RPO inversions\n"
        "  analyze recovery PLAN --fail ID[,ID...] [--json]\n"
        "                                      recovery order, ready times, RTO gaps\n"
        "  check PLAN [--json]                 all findings; exit 1 if any is an error no\n"
        "                                      exception accepts\n"
        "  controls PLAN [--at DATE] [--json]  the controls and the requirements they answer,\n"
        "                                      effective, ineffective, no evidence or expired\n"
        "  evidence PLAN [--from DATE] [--to DATE] -o PACK.zip\n"
        "                                      the auditor's evidence pack: reports, extracts,\n"
        "                                      attached evidence, a manifest of SHA-256s\n"
        "  evidence --verify PACK.zip          re-hash every file of a pack; exit 1 naming\n"
        "                                      each file that does not match\n"
        "  map PLAN -o FILE.svg|.png|.pdf [--engine dot|sfdp] [--fail ID,...]\n"
        "                                      draw the dependency map; --engine lays it out\n"
        "                                      afresh, --fail colours the cascade\n"
        "  map PLAN -o FILE.pdf --tiles a4|a3 [--across N] [--engine ...] [--fail ...]\n"
        "                                      a wall print: the map over several pages\n"
        "                                      with glue strips and an assembly plan\n"
        "  report runbook PLAN [--id ID] [--approved] -o FILE.pdf\n"
        "                                      print a runbook (--id: needed when the plan\n"
        "                                      has several; --approved: its last approved\n"
        "                                      version instead of a newer draft)\n"
        "  report exercise PLAN [--id ID] -o FILE.pdf\n"
        "                                      print a DR exercise report (--id: needed when\n"
        "                                      the plan has several)\n"
        "  report findings PLAN [--since OLDER] -o FILE.pdf\n"
        "                                      every finding by severity and kind, SPOFs per\n"
        "                                      target; --since: new, resolved, still open\n"
        "  report scenario PLAN --fail ID[,ID...] -o FILE.pdf\n"
        "                                      a war-room brief: what is down, loss, MTD,\n"
        "                                      who to call, recovery order with runbooks\n"
        "  report bia PLAN [--process ID[,ID...]] -o FILE.pdf\n"
        "                                      the BIA report: ranking, tiers, reviews due,\n"
        "                                      inconsistencies, a section per process\n"
        "  report plan PLAN [--scope site:ID|process:ID,...] -o FILE.pdf|FILE.odt\n"
        "                                      the business continuity plan, as PDF or as\n"
        "                                      OpenDocument Text to extend by hand\n"
        "  report postmortem PLAN --id INC [--names] -o FILE.pdf\n"
        "                                      an incident's post-mortem, blameless: people\n"
        "                                      print as their roles unless --names\n"
        "  report cab PLAN [--from DATE] [--to DATE] -o FILE.pdf\n"
        "                                      the CAB pack: changes to decide, highest risk\n"
        "                                      first, with blast-radius maps (two weeks from\n"
        "                                      today unless given)\n"
        "  report controls PLAN [--at DATE] -o FILE.pdf\n"
        "                                      the control-status report: controls, the\n"
        "                                      requirements they answer, accepted risks\n"
        "  report executive PLAN [--from DATE] [--to DATE] -o FILE.pdf\n"
        "                                      availability and resilience for the board:\n"
        "                                      the score and its five shares, SLOs, incidents,\n"
        "                                      risks (the last twelve months unless given)\n"
        "  report contacts PLAN [--fail ID[,ID...]] -o FILE.pdf\n"
        "                                      the contact sheet: who to call for a scenario,\n"
        "                                      call trees, external contacts\n"
        "  oncall PLAN --role ID [--at ISO-8601] [--json]\n"
        "                                      who of a role is on call (now, or at --at)\n"
        "  calltree PLAN [--id ID] [--at ISO-8601] [--json]\n"
        "                                      a call tree with everyone's expected reach time\n"
        "  analyze availability PLAN [--node ID[,ID...]] [--at ISO-8601] [--json]\n"
        "                                      own and composite availability (tier 0/1 and\n"
        "                                      SLO nodes unless --node), downtime per year\n"
        "  analyze cutsets PLAN --target ID [--order 1|2] [--json]\n"
        "                                      double points of failure: pairs, neither a\n"
        "                                      SPOF, that together take the target down\n"
        "  slo PLAN [--at ISO-8601] [--json]   each SLO's error budget, burn rates and the\n"
        "                                      change freeze an exhausted budget causes\n"
        "  dora PLAN [--id INC] [--at ISO-8601] [--json] [--draft]\n"
        "                                      DORA major-incident classification of each\n"
        "                                      incident and recurring group, reporting\n"
        "                                      clocks; --draft: the initial notification\n"
        "  change assess PLAN --id CHG [--at ISO-8601] [--json]\n"
        "                                      a change's blast radius, impact, probability,\n"
        "                                      risk, freezes that block it, conflicts and\n"
        "                                      missing controls\n"
        "  change metrics PLAN [--json]        per month: changes by class, success and\n"
        "                                      rollback rates, emergency share, median lead\n"
        "                                      time, changes that caused incidents\n"
        "  server init URL                     a new plan on a PostgreSQL server, with its\n"
        "                                      roles; URL: postgresql://user@host/db?plan=NAME\n"
        "  server push PLAN URL [--dry-run] [--keep-server|--overwrite-server]\n"
        "                                      copy a plan file to a new plan on a server, or\n"
        "                                      push a pulled file's changes back, item by\n"
        "                                      item; conflicts are listed and write nothing\n"
        "                                      unless --keep-server or --overwrite-server\n"
        "  server pull URL PLAN                copy a plan on a server to a new plan file\n"
        "                                      that remembers it, to push back later\n"
        "  server list URL                     the plans on a server this login may read\n"
        "\n"
        "Options:\n"
        "  -h, --help                          show this help\n"
        "  -v, --version                       show the version\n"
        "\n"
        "Exit status: 0 on success, 1 when check finds errors, 2 on bad usage or bad\n"
        "input (nothing is changed). IDs may also be given as unique names.\n"
        "See docs/cli.md.\n");
}

// One command's arguments through Qt's QCommandLineParser, so that every command takes its
// options the same way ("--json FILE" and "--json=FILE", "-o FILE"); the messages stay ours.
Arguments parse(const QStringList &args, const QStringList &valueOptions,
                const QStringList &flagOptions)
{
    Arguments result;
    auto bare = [](const QString &option) {
        QString name = option;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        return name;
    };
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QString &option : valueOptions)
        parser.addOption(QCommandLineOption(bare(option), QString(), QStringLiteral("value")));
    for (const QString &flag : flagOptions)
        parser.addOption(QCommandLineOption(bare(flag)));
    // A value option at the very end has no value: said in our words before Qt's.
    if (!args.isEmpty() && valueOptions.contains(args.constLast())) {
        result.error = Tr::tr("%1 needs a value").arg(args.constLast());
        return result;
    }
    if (!parser.parse(QStringList{QStringLiteral("continuity-cli")} + args)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString name = unknown.constFirst();
            result.error =
                Tr::tr("unknown option %1")
                    .arg((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        } else {
            result.error = parser.errorText();
        }
        return result;
    }
    for (const QString &option : valueOptions) {
        if (parser.isSet(bare(option)))
            result.options.insert(option, parser.values(bare(option)).constLast());
    }
    for (const QString &flag : flagOptions) {
        if (parser.isSet(bare(flag)))
            result.flags.append(flag);
    }
    result.positionals = parser.positionalArguments();
    return result;
}

int Runner::fail(const QString &message, int code)
{
    m_err << "continuity-cli: " << message << Qt::endl;
    return code;
}

int Runner::badUsage(const QString &message)
{
    m_err << "continuity-cli: " << message << "\n"
          << Tr::tr("Run 'continuity-cli --help' for usage.") << Qt::endl;
    return BadInput;
}

bool Runner::createWith(const QString &path, const Plan &plan, QString *error,
                        const Audit::Entry &origin)
{
    return PlanDocument::create(path, plan, error, origin) != nullptr;
}

Runner::Runner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

Runner::~Runner() = default;

std::unique_ptr<PlanFile> Runner::openReadOnly(const QString &path, QString *error,
                                               PageCheck pageCheck)
{
    if (!Server::ServerUrl::isServerUrl(path))
        return PlanFile::open(path, OpenMode::ReadOnly, error, pageCheck);
    Server::ServerUrl url;
    if (!Server::ServerUrl::parse(path, &url, error))
        return nullptr;
    if (url.plan.isEmpty()) {
        *error = Tr::tr("%1 names no plan; add ?plan=NAME").arg(url.display());
        return nullptr;
    }
    std::unique_ptr<Server::PgConnection> connection =
        Server::PgConnection::connect(url.connection, error);
    if (!connection)
        return nullptr;
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid()) {
        *error = Tr::tr("No room for a copy of the server's plan: %1").arg(scratch->errorString());
        return nullptr;
    }
    const QString copy = scratch->filePath(url.plan + QStringLiteral(".continuity"));
    if (!Server::pull(*connection, url.plan, copy, {}, error))
        return nullptr;
    m_snapshots.push_back(std::move(scratch));
    // The copy was checked as it was pulled (rules, audit trail, foreign keys).
    return PlanFile::open(copy, OpenMode::ReadOnly, error, PageCheck::Skip);
}

// Loads a plan read-only (analyses, exports, reports); false and a message on failure.
bool Runner::loadReadOnly(const QString &path, Plan *plan, QString *error)
{
    std::unique_ptr<PlanFile> file = openReadOnly(path, error);
    return file && PlanSql(file->database()).load(plan, error);
}

bool Runner::loadGraphReadOnly(const QString &path, GraphSnapshot *graph, QString *error)
{
    // The graph reader checks every value it reads and reads only a few tables: no pass over
    // every page first (PageCheck::Skip).
    std::unique_ptr<PlanFile> file = openReadOnly(path, error, PageCheck::Skip);
    return file && PlanSql(file->database()).loadGraph(graph, error);
}

// --fail a,b,c: ids, or names where a name is unique.
bool Runner::resolveNodes(const GraphSnapshot &graph, const QString &list, std::vector<int> *nodes,
                          QString *error)
{
    const QStringList items = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty()) {
        *error = Tr::tr("--fail needs at least one id");
        return false;
    }
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        int node = graph.indexOf(item);
        if (node < 0) {
            QStringList matches;
            for (int v = 0; v < graph.nodeCount(); ++v) {
                if (graph.name(v) == item) {
                    matches.append(graph.id(v));
                    node = v;
                }
            }
            if (matches.size() > 1) {
                *error = Tr::tr("--fail: the name \"%1\" is used by %2; give an id")
                             .arg(item, matches.join(QStringLiteral(", ")));
                return false;
            }
            if (matches.isEmpty()) {
                *error =
                    Tr::tr("--fail: no process or service has the id or name \"%1\"").arg(item);
                return false;
            }
        }
        nodes->push_back(node);
    }
    return true;
}

void Runner::writeJson(const QByteArray &json)
{
    // UTF-8 as it is, straight to the output; a stream with no device (tests) gets it decoded.
    m_out.flush();
    if (QIODevice *device = m_out.device()) {
        device->write(json);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
        return;
    }
    m_out << QString::fromUtf8(json);
    m_out.flush();
}

QString Runner::hoursText(double h)
{
    if (std::isnan(h) || std::isinf(h))
        return QStringLiteral("—");
    return QLocale::c().toString(h, 'g', 6) + QStringLiteral(" h");
}

void Runner::printFindings(const std::vector<Finding> &findings)
{
    for (const Finding &f : findings) {
        m_out << QStringLiteral("%1 %2 %3: %4")
                     .arg(toString(f.severity), -8)
                     .arg(f.kind, -22)
                     .arg(f.subject, f.message);
        if (!f.acceptedBy.isEmpty())
            m_out
                << ' '
                << Tr::tr("[accepted by exception %1 until %2]").arg(f.acceptedBy, f.acceptedUntil);
        m_out << '\n';
    }
    m_out << Tr::tr("%1 finding(s)").arg(findings.size()) << '\n';
    m_out.flush();
}

} // namespace Continuity::Cli
