// SPDX-License-Identifier: GPL-3.0-or-later
// PlanSql::loadGraph: the graph an analysis needs, read from the plan file with SQLite's own
// interface straight into a GraphSnapshot (docs/decisions/graph-read.md).
#include "PlanSql.h"

#include "analysis/GraphSnapshot.h"
#include "analysis/Tiers.h"
#include "domain/Plan.h"
#include "rules/PlanRules.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <string_view>
#include <thread>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::PlanSql)
};

constexpr double Unset = std::numeric_limits<double>::quiet_NaN();

// One prepared statement, stepped row by row; columns read without QVariant.
class Rows
{
public:
    Rows(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        // SQL from the code, never from input.
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }
    ~Rows() { sqlite3_finalize(m_statement); }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    // A row is there; false at the end or on an error (then failed() says so).
    bool next()
    {
        if (!m_ok)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        m_ok = rc == SQLITE_DONE;
        return false;
    }
    bool failed(QString *errorMessage) const
    {
        if (m_ok)
            return false;
        if (errorMessage)
            *errorMessage = Tr::tr("The plan file could not be read: %1")
                                .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return true;
    }
    bool isNull(int c) const { return sqlite3_column_type(m_statement, c) == SQLITE_NULL; }
    qint64 integer(int c) const { return sqlite3_column_int64(m_statement, c); }
    std::optional<double> number(int c) const
    {
        if (isNull(c))
            return std::nullopt;
        return sqlite3_column_double(m_statement, c);
    }
    std::optional<int> optionalInteger(int c) const
    {
        if (isNull(c))
            return std::nullopt;
        const qint64 v = integer(c);
        // Out of int's range: kept out of range, for the value rules to refuse.
        return int(std::clamp<qint64>(v, std::numeric_limits<int>::min(),
                                      std::numeric_limits<int>::max()));
    }
    std::string_view bytes(int c) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c));
        return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(m_statement, c)))
                    : std::string_view();
    }
    QString text(int c) const
    {
        const std::string_view b = bytes(c);
        return QString::fromUtf8(b.data(), qsizetype(b.size()));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = false;
};

// Node keys to node indexes: a table when the keys are dense (as this program writes them),
// a hash otherwise.
class KeyIndex
{
public:
    void reserve(qint64 maxKey, qsizetype count)
    {
        m_dense = maxKey >= 0 && maxKey <= 4 * count + 1024;
        if (m_dense)
            m_table.assign(std::size_t(maxKey) + 1, -1);
        else
            m_hash.reserve(count);
    }
    void insert(qint64 key, int index)
    {
        if (m_dense && key >= 0 && key < qint64(m_table.size()))
            m_table[std::size_t(key)] = index;
        else
            m_hash.insert(key, index);
    }
    int value(qint64 key) const
    {
        if (m_dense && key >= 0 && key < qint64(m_table.size()) && m_table[std::size_t(key)] >= 0)
            return m_table[std::size_t(key)];
        return m_hash.value(key, -1);
    }

private:
    bool m_dense = false;
    std::vector<int> m_table;
    QHash<qint64, int> m_hash;
};

bool refuse(QString *errorMessage, const QString &what)
{
    if (errorMessage) {
        *errorMessage = Tr::tr("The plan file holds values Continuity does not accept, so it was "
                               "not read: %1.")
                            .arg(what);
    }
    return false;
}

// The dependencies as the file keys them, read on their own (on a second connection, beside the
// nodes): node keys, soft or not, and the group name of the grouped ones.
struct EdgeRows
{
    std::vector<qint64> consumer;
    std::vector<qint64> provider;
    std::vector<std::uint8_t> soft;
    std::vector<std::pair<std::size_t, QByteArray>> grouped; // row, group name
    bool unknownStrength = false;
    bool ok = false;
    QString error;
};

void readEdges(sqlite3 *db, std::size_t expected, EdgeRows *out)
{
    out->consumer.reserve(expected);
    out->provider.reserve(expected);
    out->soft.reserve(expected);
    Rows rows(db, "SELECT consumer, provider, strength, group_name FROM dependencies");
    while (rows.next()) {
        const std::string_view strength = rows.bytes(2);
        const bool soft = strength == "soft";
        out->unknownStrength = out->unknownStrength || (!soft && strength != "hard");
        if (!rows.isNull(3)) {
            const std::string_view name = rows.bytes(3);
            out->grouped.emplace_back(out->consumer.size(),
                                      QByteArray(name.data(), qsizetype(name.size())));
        }
        out->consumer.push_back(rows.integer(0));
        out->provider.push_back(rows.integer(1));
        out->soft.push_back(soft ? 1 : 0);
    }
    out->ok = !rows.failed(&out->error);
}

// A second read-only connection to the file of `db`, in a read transaction that sees what
// `db`'s open read transaction sees: while `db` holds its shared lock no writer can commit (the
// plan file keeps a rollback journal), so both read one state of the file. nullptr when it
// cannot be had at once (a writer waiting to commit); the caller then reads on `db` alone.
sqlite3 *secondReader(sqlite3 *db)
{
    const char *path = sqlite3_db_filename(db, "main");
    sqlite3 *second = nullptr;
    if (!path || !*path ||
        sqlite3_open_v2(path, &second, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
            SQLITE_OK) {
        sqlite3_close(second);
        return nullptr;
    }
    const bool ready = sqlite3_exec(second,
                                    "PRAGMA trusted_schema = OFF; PRAGMA mmap_size = 1073741824; "
                                    "BEGIN; SELECT count(*) FROM sqlite_schema",
                                    nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ready) {
        sqlite3_close(second);
        return nullptr;
    }
    return second;
}

} // namespace

// Mobilisation in recovery (OnCall::mobilisationByNode, as a full load derives it): only when
// some role has mobilisation hours, which a plan without people skips with one query.
bool readMobilisation(sqlite3 *db, const KeyIndex &indexOfKey, GraphSnapshot::Parts *parts,
                      QString *errorMessage)
{
    QHash<QString, double> roleHours;
    {
        Rows rows(db, "SELECT id, mobilisation_hours FROM roles WHERE mobilisation_hours IS NOT "
                      "NULL");
        while (rows.next()) {
            const double hours = rows.number(1).value_or(0);
            if (!std::isfinite(hours) || hours < 0 || hours > MaxHours)
                return refuse(errorMessage, Tr::tr("a role's mobilisation out of range"));
            roleHours.insert(rows.text(0), hours);
        }
        if (rows.failed(errorMessage))
            return false;
    }
    if (roleHours.isEmpty())
        return true;
    const int n = int(parts->ids.size());
    parts->mobilisation.assign(std::size_t(n), std::numeric_limits<double>::quiet_NaN());
    // The node owner first; the first step of its runbook (the first approved, else the first
    // draft, in key order) overrides it where that names a role.
    auto set = [&](int index, const QString &role) {
        if (index >= 0 && index < n && roleHours.contains(role))
            parts->mobilisation[std::size_t(index)] = roleHours.value(role);
    };
    for (const char *sql :
         {"SELECT node, owner FROM processes", "SELECT node, owner FROM services"}) {
        Rows rows(db, sql);
        while (rows.next())
            set(indexOfKey.value(rows.integer(0)), rows.text(1));
        if (rows.failed(errorMessage))
            return false;
    }
    Rows rows(db, "SELECT r.service, r.status, s.owner FROM runbooks r JOIN runbook_steps s ON "
                  "s.runbook = r.key AND s.position = (SELECT MIN(position) FROM runbook_steps "
                  "WHERE runbook = r.key) WHERE r.service IS NOT NULL AND r.status <> 'retired' "
                  "ORDER BY r.key");
    QHash<int, std::pair<bool, QString>> chosen; // node → (approved, first step's owner)
    while (rows.next()) {
        const int index = indexOfKey.value(rows.integer(0));
        if (index < 0)
            continue;
        const bool approved = rows.bytes(1) == "approved";
        const auto it = chosen.constFind(index);
        if (it != chosen.constEnd() && (it->first || !approved))
            continue;
        chosen.insert(index, {approved, rows.text(2)});
    }
    if (rows.failed(errorMessage))
        return false;
    // The chosen runbook's first step decides when it names such a role; else the node's owner.
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        set(it.key(), it->second);
    return true;
}

namespace {

// The graph read on `db`, in the read transaction the caller holds (loadGraph(), or
// loadWithGraph() on a connection of its own).
bool readGraph(sqlite3 *db, GraphSnapshot *graph, QString *errorMessage)
{
    // The read transaction starts with its first read (a shared lock from here on).
    qint64 nodeCount = 0;
    qint64 maxKey = 0;
    {
        Rows rows(db, "SELECT count(*), max(key) FROM nodes");
        if (rows.next()) {
            nodeCount = rows.integer(0);
            maxKey = rows.integer(1);
        }
        if (rows.failed(errorMessage))
            return false;
    }
    // The dependencies, most of the file, are read beside the nodes on a second connection.
    EdgeRows edgeRows;
    const std::size_t expectedEdges = std::size_t(nodeCount) * 10;
    sqlite3 *second = secondReader(db);
    std::thread edgeReader;
    if (second) {
        edgeReader = std::thread(
            [second, expectedEdges, &edgeRows] { readEdges(second, expectedEdges, &edgeRows); });
    }
    const auto closeSecond = qScopeGuard([&] {
        if (edgeReader.joinable())
            edgeReader.join();
        if (second) {
            sqlite3_exec(second, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(second);
        }
    });

    // What a process's derived tier needs: the horizons and the tier policy.
    QList<double> horizons;
    {
        Rows rows(db, "SELECT hours FROM bia_horizons ORDER BY position");
        while (rows.next())
            horizons.append(rows.number(0).value_or(Unset));
        if (rows.failed(errorMessage))
            return false;
        if (const QList<FieldProblem> problems = checkBiaHorizons(horizons); !problems.isEmpty())
            return refuse(errorMessage,
                          QStringLiteral("biaHorizonsHours ") + problems.first().rule);
    }
    TierPolicy policy;
    {
        Rows rows(db, "SELECT tier, max_mtd_hours, min_loss_per_hour, test_every_months, "
                      "slo_objective FROM tier_rules ORDER BY tier");
        while (rows.next()) {
            policy.tiers.append({int(rows.integer(0)), rows.number(1), rows.number(2),
                                 rows.optionalInteger(3), rows.number(4)});
        }
        if (rows.failed(errorMessage))
            return false;
        if (const QList<FieldProblem> problems = checkTierPolicy(policy); !problems.isEmpty())
            return refuse(errorMessage,
                          problems.first().field + QLatin1Char(' ') + problems.first().rule);
    }

    GraphSnapshot::Parts parts;
    parts.ids.reserve(nodeCount);
    parts.names.reserve(nodeCount);
    KeyIndex indexOfKey;
    indexOfKey.reserve(maxKey, nodeCount);
    auto addNode = [&](qint64 key, const Rows &rows) {
        const int index = int(parts.ids.size());
        parts.ids.append(rows.text(1));
        parts.names.append(rows.text(2));
        indexOfKey.insert(key, index);
        return index;
    };

    // Processes first, in key order, as load() reads them; their ratings for derived tiers.
    std::vector<Process> processes;
    {
        Rows rows(db, "SELECT p.node, n.id, p.name, p.tier, p.mtd_hours, p.rto_hours, "
                      "p.rpo_hours, p.loss_per_hour, p.recovery_hours FROM processes p "
                      "LEFT JOIN nodes n ON n.key = p.node ORDER BY p.node");
        while (rows.next()) {
            if (rows.isNull(1))
                return refuse(errorMessage, Tr::tr("a process without a node"));
            addNode(rows.integer(0), rows);
            Process p;
            p.tier = rows.optionalInteger(3);
            p.mtdHours = rows.number(4);
            p.rtoHours = rows.number(5);
            p.rpoHours = rows.number(6);
            p.lossPerHour = rows.number(7);
            p.recoveryHours = rows.number(8);
            processes.push_back(std::move(p));
        }
        if (rows.failed(errorMessage))
            return false;
    }
    parts.processCount = int(processes.size());
    {
        Rows rows(db, "SELECT process, category, horizon, rating FROM bia_ratings");
        while (rows.next()) {
            const int index = indexOfKey.value(rows.integer(0));
            const std::optional<ImpactCategory> category = impactCategoryFromString(rows.text(1));
            const qint64 horizon = rows.integer(2);
            // Ratings of no process are left, as a full load leaves them.
            if (index < 0 || index >= parts.processCount)
                continue;
            if (!category || horizon < 0 || horizon >= horizons.size())
                return refuse(errorMessage, Tr::tr("a BIA rating outside the plan's processes "
                                                   "and time horizons"));
            QList<int> &ratings = processes[std::size_t(index)].impact(*category);
            if (ratings.size() <= horizon)
                ratings.resize(horizon + 1, 0);
            ratings[horizon] = int(rows.integer(3));
        }
        if (rows.failed(errorMessage))
            return false;
    }

    // Services in key order; only the columns an analysis reads.
    std::vector<Service> services;
    services.reserve(std::size_t(std::max<qint64>(0, nodeCount - parts.processCount)));
    {
        Rows rows(db, "SELECT s.node, n.id, s.name, s.kind, s.replication_mode, "
                      "s.replication_lag_hours, s.backup_interval_hours, s.recovery_hours, "
                      "s.rto_hours, s.rpo_hours, s.tier FROM services s "
                      "LEFT JOIN nodes n ON n.key = s.node ORDER BY s.node");
        while (rows.next()) {
            if (rows.isNull(1))
                return refuse(errorMessage, Tr::tr("a service without a node"));
            addNode(rows.integer(0), rows);
            Service s;
            // The names as the file spells them, compared as bytes for the common ones.
            const std::string_view kind = rows.bytes(3);
            const std::optional<ServiceKind> parsedKind =
                kind == "application"  ? ServiceKind::Application
                : kind == "data-store" ? ServiceKind::DataStore
                                       : serviceKindFromString(rows.text(3));
            const std::string_view mode = rows.bytes(4);
            const std::optional<ReplicationMode> parsedMode =
                mode == "none"    ? ReplicationMode::None
                : mode == "async" ? ReplicationMode::Async
                                  : replicationModeFromString(rows.text(4));
            if (!parsedKind || !parsedMode)
                return refuse(errorMessage,
                              Tr::tr("service \"%1\" has a kind or replication mode Continuity "
                                     "does not know")
                                  .arg(shown(rows.text(1))));
            s.kind = *parsedKind;
            s.replication.mode = *parsedMode;
            s.replication.lagHours = rows.number(5);
            s.replication.intervalHours = rows.number(6);
            s.recoveryHours = rows.number(7);
            s.rtoHours = rows.number(8);
            s.rpoHours = rows.number(9);
            s.tier = rows.optionalInteger(10);
            services.push_back(std::move(s));
        }
        if (rows.failed(errorMessage))
            return false;
    }
    const int n = int(parts.ids.size());
    if (n != nodeCount)
        return refuse(errorMessage, Tr::tr("a node that is neither a process nor a service"));
    parts.resize(n);
    for (int i = 0; i < parts.processCount; ++i) {
        Process &p = processes[std::size_t(i)];
        p.id = parts.ids.at(i);
        p.name = parts.names.at(i);
        // The values the analyses use, checked by the rules that check them on a full load.
        if (const QList<FieldProblem> problems = checkProcess(p, int(horizons.size()));
            !problems.isEmpty())
            return refuse(errorMessage, describeProblems(shown(p.id), problems));
        parts.rto[i] = p.rtoHours.value_or(Unset);
        parts.rpo[i] = p.rpoHours.value_or(Unset);
        parts.recovery[i] = p.recoveryHours.value_or(0.0);
        parts.loss[i] = p.lossPerHour.value_or(0.0);
        parts.tier[i] = processTier(p, policy, horizons).tier;
        parts.assignedTier[i] = p.tier.value_or(-1);
    }
    for (int i = parts.processCount; i < n; ++i) {
        Service &s = services[std::size_t(i - parts.processCount)];
        s.id = parts.ids.at(i);
        s.name = parts.names.at(i);
        if (const QList<FieldProblem> problems = checkService(s); !problems.isEmpty())
            return refuse(errorMessage, describeProblems(shown(s.id), problems));
        parts.rto[i] = s.rtoHours.value_or(Unset);
        parts.rpo[i] = s.rpoHours.value_or(Unset);
        parts.recovery[i] = s.recoveryHours.value_or(0.0);
        parts.tier[i] = s.tier.value_or(-1);
        parts.assignedTier[i] = s.tier.value_or(-1);
        parts.kind[i] = std::uint8_t(s.kind);
        if (s.kind == ServiceKind::DataStore) {
            parts.dataStore[i] = 1;
            parts.achievableRpo[i] = GraphSnapshot::achievableRpo(
                s.replication.mode, s.replication.lagHours, s.replication.intervalHours);
        }
    }
    {
        Rows rows(db, "SELECT service, tag FROM service_tags ORDER BY service, tag");
        while (rows.next()) {
            const int index = indexOfKey.value(rows.integer(0));
            // Tags of no service are left, as a full load leaves them.
            if (index < parts.processCount)
                continue;
            parts.tags[std::size_t(index)].append(rows.text(1));
        }
        if (rows.failed(errorMessage))
            return false;
    }

    // Groups by (consumer, name); the names of a consumer's groups are few, compared as bytes.
    QHash<QPair<int, QByteArray>, int> groupOf;
    {
        Rows rows(db, "SELECT consumer, name, quorum FROM redundancy_groups");
        while (rows.next()) {
            const int consumer = indexOfKey.value(rows.integer(0));
            const qint64 quorum = rows.integer(2);
            if (consumer < 0 || quorum < 1 || quorum > Rules::MaxQuorum)
                return refuse(errorMessage, Tr::tr("a redundancy group of a node that is not in "
                                                   "the plan, or with a quorum out of range"));
            const std::string_view name = rows.bytes(1);
            groupOf.insert(qMakePair(consumer, QByteArray(name.data(), qsizetype(name.size()))),
                           int(parts.groups.size()));
            parts.groups.push_back({consumer, int(quorum), 0, int(quorum),
                                    QString::fromUtf8(name.data(), qsizetype(name.size()))});
        }
        if (rows.failed(errorMessage))
            return false;
    }
    if (edgeReader.joinable())
        edgeReader.join();
    else
        readEdges(db, expectedEdges, &edgeRows);
    if (!edgeRows.ok) {
        if (errorMessage)
            *errorMessage = Tr::tr("The plan file could not be read: %1").arg(edgeRows.error);
        return false;
    }
    if (edgeRows.unknownStrength)
        return refuse(errorMessage, Tr::tr("a dependency of unknown strength"));
    {
        using Kind = GraphSnapshot::EdgeKind;
        const std::size_t count = edgeRows.consumer.size();
        parts.edges.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            const int consumer = indexOfKey.value(edgeRows.consumer[i]);
            const int provider = indexOfKey.value(edgeRows.provider[i]);
            if (consumer < 0 || provider < 0 || consumer == provider)
                return refuse(errorMessage, Tr::tr("a dependency between nodes that are not in "
                                                   "the plan, or of a node on itself"));
            parts.edges[i] = {consumer, provider, edgeRows.soft[i] ? Kind::Soft : Kind::Hard, -1};
        }
        for (const auto &[row, name] : edgeRows.grouped) {
            GraphSnapshot::Edge &e = parts.edges[row];
            const int group = groupOf.value(qMakePair(e.consumer, name), -1);
            if (group < 0 || e.kind != Kind::Hard)
                return refuse(errorMessage, Tr::tr("a dependency in a redundancy group its "
                                                   "consumer does not have"));
            e.kind = Kind::Group;
            e.group = group;
        }
    }
    // The rows as read are not needed beside the snapshot being built (170 MB on ten million).
    std::vector<qint64>().swap(edgeRows.consumer);
    std::vector<qint64>().swap(edgeRows.provider);
    std::vector<std::uint8_t>().swap(edgeRows.soft);
    decltype(edgeRows.grouped)().swap(edgeRows.grouped);
    if (!readMobilisation(db, indexOfKey, &parts, errorMessage))
        return false;
    *graph = GraphSnapshot::fromParts(std::move(parts));
    return true;
}

} // namespace

bool PlanSql::loadGraph(GraphSnapshot *graph, QString *errorMessage) const
{
    sqlite3 *db = nativeConnection(m_db);
    if (!db) {
        // Another SQLite behind the driver: the whole plan through QtSql, then its graph.
        Plan plan;
        if (!load(&plan, errorMessage))
            return false;
        *graph = GraphSnapshot::fromPlan(plan);
        return true;
    }
    // The file mapped rather than copied page by page (read-only: nothing is written through
    // the map); one read transaction, as load() reads: every table from one state of the file.
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        if (errorMessage)
            *errorMessage = Tr::tr("The plan file could not be read: %1")
                                .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    const auto end = qScopeGuard([db] { sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); });
    return readGraph(db, graph, errorMessage);
}

bool PlanSql::loadWithGraph(Plan *plan, GraphSnapshot *graph, QString *errorMessage) const
{
    sqlite3 *db = nativeConnection(m_db);
    if (!db) {
        if (!load(plan, errorMessage))
            return false;
        *graph = GraphSnapshot::fromPlan(*plan);
        return true;
    }
    QSqlDatabase database = m_db;
    if (!database.transaction()) {
        if (errorMessage)
            *errorMessage = Tr::tr("The plan file could not be read: %1")
                                .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    const auto endSnapshot = qScopeGuard([&] { database.rollback(); });
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    // The graph on a connection and a thread of its own, beside the rest of the plan on this
    // one (two cores: the two reads take about as long). Both read one state of the file: this
    // connection holds its shared lock from the first read here on (secondReader()).
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) !=
        SQLITE_OK) {
        if (errorMessage)
            *errorMessage = Tr::tr("The plan file could not be read: %1")
                                .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    sqlite3 *second = secondReader(db);
    if (!second)
        return readGraph(db, graph, errorMessage) && loadContent(plan, errorMessage, false);
    bool graphRead = false;
    QString graphError;
    std::thread reader([&] { graphRead = readGraph(second, graph, &graphError); });
    const bool contentRead = loadContent(plan, errorMessage, false);
    reader.join();
    sqlite3_exec(second, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(second);
    // What the graph read refuses is said first, as when it read before the rest.
    if (!graphRead) {
        if (errorMessage)
            *errorMessage = graphError;
        return false;
    }
    return contentRead;
}

} // namespace Continuity
