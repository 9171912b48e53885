// SPDX-License-Identifier: GPL-3.0-or-later
#include "Findings.h"

#include "ContractFindings.h"
#include "Controls.h"

#include "ChangeRisk.h"
#include "IncidentHistory.h"
#include "PeopleFindings.h"

#include "domain/Plan.h"
#include "RunbookDraft.h"

#include "domain/TierPolicy.h"
#include "Spof.h"
#include "StronglyConnected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Findings)
};

constexpr double Infinity = std::numeric_limits<double>::infinity();

// quotedNode() and hours ("0,5 h" in German: in the reader's number format, like every figure
// on screen) for the many findings of one analysis: the texts translated once, the few distinct
// hours written once each.
class Words
{
public:
    explicit Words(const GraphSnapshot &graph)
        : m_graph(graph)
        , m_quoted(Tr::tr("\"%1\"", "a name in quotation marks"))
        , m_quotedWithId(Tr::tr("\"%1\" (%2)", "a name in quotation marks and its id"))
        , m_hours(Tr::tr("%1 h"))
    {}
    QString node(int node) const
    {
        const QString &id = m_graph.id(node);
        const QString &name = m_graph.name(node);
        return name == id ? m_quoted.arg(id) : m_quotedWithId.arg(name, id);
    }
    QString hours(double h)
    {
        const auto it = m_hoursText.constFind(h);
        if (it != m_hoursText.constEnd())
            return *it;
        QString text = m_hours.arg(m_locale.toString(h, 'g', 6));
        if (m_hoursText.size() < 1024)
            m_hoursText.insert(h, text);
        return text;
    }

private:
    const GraphSnapshot &m_graph;
    const QString m_quoted;
    const QString m_quotedWithId;
    const QString m_hours;
    const QLocale m_locale;
    QHash<double, QString> m_hoursText;
};

// For every node, the smallest `own(c)` over everything that hard-depends on it, directly or
// through other nodes (grouped or not; soft dependencies pass nothing on), and which node
// that was. Dijkstra-like: values only pass through unchanged, so the first time a node is
// settled its value is final.
void minAbove(const GraphSnapshot &graph, const std::function<double(int)> &own,
              std::vector<double> &value, std::vector<int> &by)
{
    const int n = graph.nodeCount();
    value.assign(n, Infinity);
    by.assign(n, -1);
    // carried(c): the smallest of own(c) and value(c), and who gave it.
    std::vector<double> carried(n, Infinity);
    std::vector<int> carriedBy(n, -1);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
    for (int c = 0; c < n; ++c) {
        const double v = own(c);
        if (!std::isnan(v) && v < Infinity) {
            carried[c] = v;
            carriedBy[c] = c;
            heap.push({v, c});
        }
    }
    std::vector<std::uint8_t> settled(n, 0);
    while (!heap.empty()) {
        const auto [v, c] = heap.top();
        heap.pop();
        if (settled[c] || v > carried[c])
            continue;
        settled[c] = 1;
        const auto [begin, end] = graph.providerEdges(c);
        for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
            const GraphSnapshot::Edge &e = *it;
            if (e.kind == GraphSnapshot::EdgeKind::Soft)
                continue;
            const int p = e.provider;
            if (v < value[p]) {
                value[p] = v;
                by[p] = carriedBy[c];
            }
            if (v < carried[p]) {
                carried[p] = v;
                carriedBy[p] = carriedBy[c];
                heap.push({v, p});
            }
        }
    }
}

} // namespace

// "Name" (id), or "id" alone when the name is the id (an import that had no names).
QString quotedNode(const GraphSnapshot &graph, int node)
{
    // The quotation marks of the reader's language: „…“ in German, « … » in French.
    return Words(graph).node(node);
}

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

TierAnalysis analyzeTiers(const GraphSnapshot &graph, const TierPolicy &policy)
{
    TierAnalysis result;
    const int n = graph.nodeCount();
    std::vector<double> tierAbove;
    minAbove(
        graph, [&](int c) { return graph.tier(c) >= 0 ? double(graph.tier(c)) : Infinity; },
        tierAbove, result.requiredBy);
    result.requiredTier.assign(n, -1);
    for (int v = 0; v < n; ++v) {
        if (tierAbove[v] < Infinity)
            result.requiredTier[v] = int(tierAbove[v]);
    }
    minAbove(
        graph, [&](int c) { return graph.rtoHours(c); }, result.minRtoAbove, result.minRtoBy);
    minAbove(
        graph, [&](int c) { return graph.rpoHours(c); }, result.minRpoAbove, result.minRpoBy);

    Words words(graph);
    // The kinds as literals: no copy of the spelling per finding.
    auto add = [&](Severity s, const QString &kind, int subject, QString message,
                   QStringList related = {}) {
        result.findings.push_back(
            {s, kind, graph.id(subject), std::move(message), std::move(related)});
    };
    for (int v = graph.processCount(); v < n; ++v) {
        const int required = result.requiredTier[v];
        const int assigned = graph.assignedTier(v);
        if (required >= 0 && assigned > required) {
            const int by = result.requiredBy[v];
            add(Severity::Error, QStringLiteral("tier-inversion"), v,
                Tr::tr("%1 is tier %2, but %3 (tier %4) cannot work without it. Raise it to tier "
                       "%4, or remove the hard dependency.")
                    .arg(words.node(v))
                    .arg(assigned)
                    .arg(words.node(by))
                    .arg(required),
                {graph.id(by)});
        } else if (required >= 0 && assigned < 0) {
            const int by = result.requiredBy[v];
            add(Severity::Warning, QStringLiteral("missing-tier"), v,
                Tr::tr("%1 has no tier, but %2 (tier %3) cannot work without it. Assign it tier "
                       "%3 or more critical.")
                    .arg(words.node(v), words.node(by))
                    .arg(required),
                {graph.id(by)});
        }
    }
    for (int v = 0; v < n; ++v) {
        const double rto = graph.rtoHours(v);
        if (!std::isnan(rto) && rto > result.minRtoAbove[v]) {
            const int by = result.minRtoBy[v];
            add(Severity::Error, QStringLiteral("rto-inversion"), v,
                Tr::tr(
                    "%1 has an RTO of %2, longer than the %3 of %4, which cannot work without "
                    "it. Shorten its RTO to %3 or less, or make the dependency soft or redundant.")
                    .arg(words.node(v), words.hours(rto), words.hours(result.minRtoAbove[v]),
                         words.node(by)),
                {graph.id(by)});
        }
        const double rpo = graph.rpoHours(v);
        if (graph.isDataStore(v) && !std::isnan(rpo) && rpo > result.minRpoAbove[v]) {
            const int by = result.minRpoBy[v];
            add(Severity::Error, QStringLiteral("rpo-inversion"), v,
                Tr::tr("%1 may lose %2 of data, more than the %3 that %4 can accept. Bring its RPO "
                       "down to %3 or less.")
                    .arg(words.node(v), words.hours(rpo), words.hours(result.minRpoAbove[v]),
                         words.node(by)),
                {graph.id(by)});
        }
        if (graph.isDataStore(v) && !std::isnan(rpo)) {
            const double achievable = graph.achievableRpoHours(v);
            if (std::isnan(achievable)) {
                add(Severity::Warning, QStringLiteral("rpo-not-achievable"), v,
                    Tr::tr("%1 has an RPO target of %2 but no replication or backup, so any loss "
                           "is unbounded. Set up replication or backups.")
                        .arg(words.node(v), words.hours(rpo)));
            } else if (achievable > rpo) {
                add(Severity::Warning, QStringLiteral("rpo-not-achievable"), v,
                    Tr::tr("%1 has an RPO target of %2, but its replication can only achieve %3. "
                           "Replicate more often or accept a longer RPO.")
                        .arg(words.node(v), words.hours(rpo), words.hours(achievable)));
            }
        }
        for (const RegulatoryRule &rule : policy.regulatory) {
            if (!graph.tags(v).contains(rule.tag))
                continue;
            const int tier = graph.assignedTier(v);
            if (rule.minTier && (tier < 0 || tier > *rule.minTier)) {
                add(Severity::Warning, QStringLiteral("regulatory-tier"), v,
                    Tr::tr("%1 carries %2, which asks for tier %3 or more critical; it is %4.")
                        .arg(words.node(v), rule.tag)
                        .arg(*rule.minTier)
                        .arg(tier < 0 ? Tr::tr("not tiered") : Tr::tr("tier %1").arg(tier)));
            }
            if (rule.maxRpoHours && graph.isDataStore(v) &&
                (std::isnan(rpo) || rpo > *rule.maxRpoHours)) {
                add(Severity::Warning, QStringLiteral("regulatory-rpo"), v,
                    Tr::tr("%1 carries %2, which allows at most %3 of data loss; its RPO is %4.")
                        .arg(words.node(v), rule.tag, words.hours(*rule.maxRpoHours),
                             std::isnan(rpo) ? Tr::tr("not set") : words.hours(rpo)));
            }
        }
    }
    return result;
}

namespace {

// checkPlan()'s findings of the graph beside the tier analysis's, not yet sorted.
std::vector<Finding> graphFindings(const GraphSnapshot &graph, std::vector<Finding> tierFindings)
{
    std::vector<Finding> findings = std::move(tierFindings);
    const int n = graph.nodeCount();
    Words words(graph);

    // Single points of failure of the tier 0 and 1 targets: one finding per failing node, with
    // how many targets it takes down on its own and the most critical few of them by name (on a
    // big plan one node can take down thousands; `analyze spof --json` lists them all).
    {
        constexpr std::size_t MaxNamed = 5;
        const SpofResult spofs = findSpofs(graph, defaultSpofTargets(graph, 1));
        std::vector<std::vector<int>> takesDown(n);
        for (const SpofTarget &t : spofs.targets) {
            for (int s : t.spofs)
                takesDown[s].push_back(t.node);
        }
        auto moreCritical = [&](int a, int b) {
            return graph.tier(a) != graph.tier(b) ? graph.tier(a) < graph.tier(b)
                                                  : graph.id(a) < graph.id(b);
        };
        findings.reserve(findings.size() +
                         std::size_t(std::count_if(takesDown.begin(), takesDown.end(),
                                                   [](const auto &t) { return !t.empty(); })) +
                         64);
        const QString namedTarget = Tr::tr("%1 (tier %2)");
        for (int s = 0; s < n; ++s) {
            if (takesDown[s].empty())
                continue;
            std::vector<int> &targets = takesDown[s];
            const std::size_t count = std::min(MaxNamed, targets.size());
            std::partial_sort(targets.begin(), targets.begin() + std::ptrdiff_t(count),
                              targets.end(), moreCritical);
            QStringList names;
            QStringList related;
            for (std::size_t i = 0; i < count; ++i) {
                const int t = targets[i];
                names.append(namedTarget.arg(words.node(t)).arg(graph.tier(t)));
                related.append(graph.id(t));
            }
            const bool tierZero = graph.tier(targets.front()) == 0;
            const QString what =
                targets.size() == count
                    ? names.join(QStringLiteral(", "))
                    : Tr::tr("%n targets, the most critical %1", nullptr, int(targets.size()))
                          .arg(names.join(QStringLiteral(", ")));
            Finding finding{tierZero ? Severity::Warning : Severity::Info, QStringLiteral("spof"),
                            graph.id(s),
                            Tr::tr("Losing %1 alone takes down %2. Add redundancy for it, or "
                                   "record why the risk is accepted.")
                                .arg(words.node(s), what),
                            related};
            if (targets.size() > count)
                finding.relatedTotal = int(targets.size());
            findings.push_back(std::move(finding));
        }
    }

    // Cycles of hard dependencies: components of the hard and grouped edges.
    {
        std::vector<int> all(static_cast<std::size_t>(n));
        for (int v = 0; v < n; ++v)
            all[std::size_t(v)] = v;
        const auto components =
            stronglyConnectedComponents(n, all, [&](int v, const std::function<void(int)> &visit) {
                const auto [begin, end] = graph.providerEdges(v);
                for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
                    if (it->kind != GraphSnapshot::EdgeKind::Soft)
                        visit(it->provider);
                }
            });
        for (const std::vector<int> &members : components) {
            if (members.size() < 2)
                continue;
            QStringList ids;
            for (int m : members)
                ids.append(graph.id(m));
            ids.sort();
            findings.push_back(
                {Severity::Warning, QStringLiteral("cycle"), ids.first(),
                 Tr::tr("%1 depend on each other in a cycle of hard dependencies, so none of "
                        "them can be recovered first. Break the cycle (make one dependency soft, "
                        "or plan a manual bootstrap) and write it into a runbook.")
                     .arg(ids.join(QStringLiteral(", "))),
                 ids});
        }
    }

    for (const GraphSnapshot::Group &g : graph.groups()) {
        if (g.plannedQuorum > g.size) {
            findings.push_back(
                {Severity::Error,
                 QStringLiteral("quorum-exceeds-group"),
                 graph.id(g.consumer),
                 Tr::tr("Redundancy group \"%1\" of %2 needs %3 providers but has %4. Add "
                        "providers to the group or lower its quorum.")
                     .arg(g.name, words.node(g.consumer))
                     .arg(g.plannedQuorum)
                     .arg(g.size),
                 {}});
        }
    }

    for (int v = 0; v < n; ++v) {
        const bool process = graph.isProcess(v);
        if (std::isnan(graph.rtoHours(v)) &&
            (process || (graph.tier(v) >= 0 && graph.tier(v) <= 1))) {
            findings.push_back(
                {Severity::Info,
                 QStringLiteral("missing-rto"),
                 graph.id(v),
                 Tr::tr("%1 has no RTO target. Agree one with its owner.").arg(words.node(v)),
                 {}});
        }
        if (!process && !std::isnan(graph.rtoHours(v)) && graph.recoveryHours(v) <= 0) {
            findings.push_back(
                {Severity::Info,
                 QStringLiteral("missing-recovery-time"),
                 graph.id(v),
                 Tr::tr("%1 has an RTO target but no recovery time, so recovery analyses assume "
                        "it comes back instantly. Enter how long it takes to bring back.")
                     .arg(words.node(v)),
                 {}});
        }
    }
    return findings;
}

} // namespace

std::vector<Finding> checkPlan(const GraphSnapshot &graph, const TierPolicy &policy)
{
    std::vector<Finding> findings = graphFindings(graph, analyzeTiers(graph, policy).findings);
    sortFindings(findings);
    return findings;
}

void sortFindings(std::vector<Finding> &findings)
{
    // Sorted as a permutation: the kinds (a few spellings) as ranks, so that only subjects are
    // compared as text, and each finding (several strings) moved once, not at every merge.
    std::vector<QString> kinds;
    for (const Finding &f : findings) {
        if (std::find(kinds.begin(), kinds.end(), f.kind) == kinds.end())
            kinds.push_back(f.kind);
    }
    std::sort(kinds.begin(), kinds.end());
    std::vector<int> rank(findings.size());
    std::vector<std::uint32_t> order(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const int kind =
            int(std::lower_bound(kinds.begin(), kinds.end(), findings[i].kind) - kinds.begin());
        rank[i] = int(findings[i].severity) * int(kinds.size()) + kind;
        order[i] = std::uint32_t(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (rank[a] != rank[b])
            return rank[a] < rank[b];
        return findings[a].subject < findings[b].subject;
    });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (const std::uint32_t i : order)
        sorted.push_back(std::move(findings[i]));
    findings = std::move(sorted);
}

std::vector<int> ruleTiers(const GraphSnapshot &graph, const TierAnalysis &tiers)
{
    std::vector<int> out(std::size_t(graph.nodeCount()), -1);
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (graph.isProcess(i))
            out[std::size_t(i)] = graph.tier(i);
        else
            out[std::size_t(i)] = graph.assignedTier(i) >= 0 ? graph.assignedTier(i)
                                                             : tiers.requiredTier[std::size_t(i)];
    }
    return out;
}

std::vector<Finding> checkPlan(const GraphSnapshot &graph, const Plan &plan)
{
    TierAnalysis tiers = analyzeTiers(graph, plan.tierPolicy);
    std::vector<Finding> findings = graphFindings(graph, std::move(tiers.findings));
    std::vector<Finding> runbooks = runbookFindings(plan);
    findings.insert(findings.end(), std::make_move_iterator(runbooks.begin()),
                    std::make_move_iterator(runbooks.end()));
    if (!plan.persons.isEmpty() || !plan.roles.isEmpty()) {
        // Tier 0/1: assigned, or required by what hard-depends on the node.
        std::vector<bool> critical(std::size_t(graph.nodeCount()));
        for (int n = 0; n < graph.nodeCount(); ++n) {
            const int own = graph.tier(n);
            const int required = tiers.requiredTier[std::size_t(n)];
            critical[std::size_t(n)] = (own >= 0 && own <= 1) || (required >= 0 && required <= 1);
        }
        std::vector<Finding> people = peopleFindings(plan, graph, critical, QDate::currentDate());
        findings.insert(findings.end(), std::make_move_iterator(people.begin()),
                        std::make_move_iterator(people.end()));
    }
    std::vector<Finding> incidents =
        incidentFindings(plan, graph, QDateTime::currentMSecsSinceEpoch());
    findings.insert(findings.end(), std::make_move_iterator(incidents.begin()),
                    std::make_move_iterator(incidents.end()));
    if (!plan.changes.isEmpty()) {
        std::vector<Finding> changes = changeFindings(plan, QDateTime::currentMSecsSinceEpoch());
        findings.insert(findings.end(), std::make_move_iterator(changes.begin()),
                        std::make_move_iterator(changes.end()));
    }
    const QDate today = QDate::currentDate();
    if (!plan.controls.isEmpty()) {
        std::vector<Finding> controls = controlFindings(plan, today);
        findings.insert(findings.end(), std::make_move_iterator(controls.begin()),
                        std::make_move_iterator(controls.end()));
    }
    if (!plan.commitments.isEmpty() || !plan.contracts.isEmpty()) {
        std::vector<Finding> contracts =
            contractFindings(plan, graph, QDateTime::currentMSecsSinceEpoch());
        findings.insert(findings.end(), std::make_move_iterator(contracts.begin()),
                        std::make_move_iterator(contracts.end()));
    }
    sortFindings(findings);
    applyExceptions(findings, plan, today);
    return findings;
}

QString findingKindTitle(const QString &kind)
{
    static const struct
    {
        const char *kind;
        const char *title;
    } titles[] = {
        {"tier-inversion", QT_TRANSLATE_NOOP("Continuity::Findings", "Tier inversion")},
        {"rto-inversion", QT_TRANSLATE_NOOP("Continuity::Findings", "RTO inversion")},
        {"rpo-inversion", QT_TRANSLATE_NOOP("Continuity::Findings", "RPO inversion")},
        {"rpo-not-achievable", QT_TRANSLATE_NOOP("Continuity::Findings", "RPO not achievable")},
        {"regulatory-tier", QT_TRANSLATE_NOOP("Continuity::Findings", "Tier below regulation")},
        {"regulatory-rpo", QT_TRANSLATE_NOOP("Continuity::Findings", "RPO beyond regulation")},
        {"missing-tier", QT_TRANSLATE_NOOP("Continuity::Findings", "Missing tier")},
        {"missing-rto", QT_TRANSLATE_NOOP("Continuity::Findings", "Missing RTO")},
        {"missing-recovery-time",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Missing recovery time")},
        {"spof", QT_TRANSLATE_NOOP("Continuity::Findings", "Single point of failure")},
        {"cycle", QT_TRANSLATE_NOOP("Continuity::Findings", "Dependency cycle")},
        {"quorum-exceeds-group",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Quorum larger than its group")},
        {"runbook-empty", QT_TRANSLATE_NOOP("Continuity::Findings", "Runbook without steps")},
        {"runbook-exceeds-rto",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Runbook longer than the RTO")},
        {"runbook-step-without-duration",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Runbook step without duration")},
        {"runbook-step-without-owner",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Runbook step without owner")},
        {"runbook-step-without-verification",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Runbook step without verification")},
        {"owner-not-a-contact", QT_TRANSLATE_NOOP("Continuity::Findings", "Owner not a contact")},
        {"owner-without-phone", QT_TRANSLATE_NOOP("Continuity::Findings", "Owner without phone")},
        {"contact-not-verified",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Contact details not verified")},
        {"role-without-members", QT_TRANSLATE_NOOP("Continuity::Findings", "Role without members")},
        {"sole-member-of-critical-roles",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Sole member of critical roles")},
        {"people-single-point-of-failure",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Person as single point of failure")},
        {"call-tree-not-drilled",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Call tree not drilled")},
        {"call-tree-over-target",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Call tree slower than its target")},
        {"rto-breach", QT_TRANSLATE_NOOP("Continuity::Findings", "RTO breached")},
        {"mtd-breach", QT_TRANSLATE_NOOP("Continuity::Findings", "Maximum downtime exceeded")},
        {"rpo-breach", QT_TRANSLATE_NOOP("Continuity::Findings", "RPO breached")},
        {"rto-unrealistic", QT_TRANSLATE_NOOP("Continuity::Findings", "RTO unrealistic")},
        {"recurring-incident", QT_TRANSLATE_NOOP("Continuity::Findings", "Recurring incident")},
        {"postmortem-missing", QT_TRANSLATE_NOOP("Continuity::Findings", "Post-mortem missing")},
        {"postmortem-overdue", QT_TRANSLATE_NOOP("Continuity::Findings", "Post-mortem overdue")},
        {"error-budget-exhausted",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Error budget exhausted")},
        {"slo-infeasible", QT_TRANSLATE_NOOP("Continuity::Findings", "SLO infeasible")},
        {"slo-infeasible-sla",
         QT_TRANSLATE_NOOP("Continuity::Findings", "SLO infeasible with a supplier's SLA")},
        {"commitment-slo-weaker",
         QT_TRANSLATE_NOOP("Continuity::Findings", "SLO weaker than a commitment")},
        {"commitment-rto-shorter",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Committed RTO shorter than the RTO")},
        {"commitment-without-slo",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Commitment without an SLO")},
        {"slo-without-objective",
         QT_TRANSLATE_NOOP("Continuity::Findings", "SLO without objective")},
        {"change-blocked", QT_TRANSLATE_NOOP("Continuity::Findings", "Change in a freeze")},
        {"change-conflict", QT_TRANSLATE_NOOP("Continuity::Findings", "Change conflict")},
        {"change-breaks-freeze",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Emergency change in a freeze")},
        {"change-missing-controls",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Change without its controls")},
        {"change-without-outcome",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Closed change without outcome")},
        {"change-backout-untested",
         QT_TRANSLATE_NOOP("Continuity::Findings", "Backout runbook never exercised")},
        {"control-ineffective", QT_TRANSLATE_NOOP("Continuity::Findings", "Control ineffective")},
        {"control-expired", QT_TRANSLATE_NOOP("Continuity::Findings", "Control evidence expired")},
        {"exception-expired", QT_TRANSLATE_NOOP("Continuity::Findings", "Exception expired")},
    };
    for (const auto &t : titles) {
        if (kind == QLatin1String(t.kind))
            return QCoreApplication::translate("Continuity::Findings", t.title);
    }
    QString spaced = kind;
    spaced.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!spaced.isEmpty())
        spaced[0] = spaced.at(0).toUpper();
    return spaced;
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tr::tr("Errors");
    case Severity::Warning:
        return Tr::tr("Warnings");
    case Severity::Info:
        break;
    }
    return Tr::tr("Information");
}

QString findingKey(const Finding &finding)
{
    QStringList related = finding.related;
    if (finding.kind == QLatin1String("spof"))
        related.clear();
    related.sort();
    return finding.kind + QChar(0x1f) + finding.subject + QChar(0x1f) + related.join(QChar(0x1f));
}

} // namespace Continuity
