// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisJson.h"

#include "analysis/Controls.h"
#include "domain/Plan.h"

#include "analysis/Cascade.h"
#include "analysis/Findings.h"
#include "analysis/Recovery.h"
#include "analysis/Spof.h"
#include "JsonWriter.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Continuity::AnalysisJson {
namespace {

QString stateName(NodeState state)
{
    switch (state) {
    case NodeState::Up:
        return QStringLiteral("up");
    case NodeState::Degraded:
        return QStringLiteral("degraded");
    case NodeState::Down:
        return QStringLiteral("down");
    }
    return {};
}

void ids(JsonWriter &w, const GraphSnapshot &graph, std::vector<int> nodes)
{
    std::sort(nodes.begin(), nodes.end(), [&](int a, int b) { return graph.id(a) < graph.id(b); });
    w.beginArray(true);
    for (int node : nodes)
        w.value(graph.id(node));
    w.endArray();
}

void number(JsonWriter &w, double value)
{
    if (std::isnan(value) || std::isinf(value))
        w.null();
    else
        w.value(value);
}

template <typename T>
std::vector<std::size_t> orderById(const GraphSnapshot &graph, const std::vector<T> &items,
                                   int (*nodeOf)(const T &))
{
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return graph.id(nodeOf(items[a])) < graph.id(nodeOf(items[b]));
    });
    return order;
}

void finding(JsonWriter &w, const Finding &f)
{
    w.beginObject(true);
    w.key("severity");
    w.value(toString(f.severity));
    w.key("kind");
    w.value(f.kind);
    w.key("subject");
    w.value(f.subject);
    w.key("message");
    w.value(f.message);
    w.key("related");
    w.beginArray(true);
    for (const QString &id : f.related)
        w.value(id);
    w.endArray();
    if (f.relatedTotal > f.related.size()) {
        // Only the first of them are in "related": how many there are in all.
        w.key("relatedTotal");
        w.value(f.relatedTotal);
    }
    if (!f.acceptedBy.isEmpty()) {
        // Accepted by an exception (docs/governance.md): shown, but not failing `check`.
        w.key("acceptedBy");
        w.value(f.acceptedBy);
        w.key("acceptedUntil");
        w.value(f.acceptedUntil);
    }
    w.endObject();
}

} // namespace

QByteArray cascade(const GraphSnapshot &graph, const CascadeResult &result)
{
    JsonWriter w;
    w.beginObject();
    w.key("scenario");
    ids(w, graph, result.scenario);
    w.key("lossPerHour");
    w.value(result.lossPerHour);
    w.key("nodes");
    w.beginArray();
    std::vector<std::size_t> order(result.affected.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return graph.id(result.affected[a]) < graph.id(result.affected[b]);
    });
    for (std::size_t i : order) {
        const int node = result.affected[i];
        w.beginObject(true);
        w.key("id");
        w.value(graph.id(node));
        w.key("state");
        w.value(stateName(result.state[node]));
        w.key("causes");
        {
            const auto causes = result.causes(i);
            ids(w, graph, std::vector<int>(causes.begin(), causes.end()));
        }
        w.key("redundancyLost");
        w.value(bool(result.redundancyLost[node]));
        w.endObject();
    }
    w.endArray();
    // Added: every node whose redundancy was lost, whatever its state (up ones included).
    w.key("redundancyLost");
    std::vector<int> lost;
    for (int node = 0; node < graph.nodeCount(); ++node) {
        if (result.redundancyLost[node])
            lost.push_back(node);
    }
    ids(w, graph, lost);
    w.endObject();
    return w.take();
}

QByteArray spof(const GraphSnapshot &graph, const SpofResult &result)
{
    // Every target lists its SPOFs in id order: on a big plan that is millions of ids, so the
    // ids are ranked once and the lists sorted by rank rather than by comparing text.
    const int n = graph.nodeCount();
    std::vector<int> byId(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v)
        byId[std::size_t(v)] = v;
    std::sort(byId.begin(), byId.end(), [&](int a, int b) { return graph.id(a) < graph.id(b); });
    std::vector<int> rank(static_cast<std::size_t>(n));
    for (int r = 0; r < n; ++r)
        rank[std::size_t(byId[std::size_t(r)])] = r;
    auto byRank = [&](int a, int b) { return rank[std::size_t(a)] < rank[std::size_t(b)]; };

    std::vector<std::size_t> order(result.targets.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return byRank(result.targets[a].node, result.targets[b].node);
    });
    JsonWriter w(result.targets.size() * 64);
    w.beginObject();
    w.key("targets");
    w.beginArray();
    std::vector<int> spofs;
    for (std::size_t i : order) {
        const SpofTarget &t = result.targets[i];
        w.beginObject(true);
        w.key("id");
        w.value(graph.id(t.node));
        w.key("tier");
        w.value(t.tier);
        w.key("spofs");
        spofs = t.spofs;
        std::sort(spofs.begin(), spofs.end(), byRank);
        w.beginArray(true);
        for (int node : spofs)
            w.value(graph.id(node));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray tiers(const GraphSnapshot &graph, const TierAnalysis &result)
{
    JsonWriter w;
    w.beginObject();
    w.key("nodes");
    w.beginArray();
    std::vector<int> nodes(graph.nodeCount());
    for (int i = 0; i < graph.nodeCount(); ++i)
        nodes[i] = i;
    std::sort(nodes.begin(), nodes.end(), [&](int a, int b) { return graph.id(a) < graph.id(b); });
    for (int node : nodes) {
        w.beginObject(true);
        w.key("id");
        w.value(graph.id(node));
        w.key("assignedTier");
        if (graph.assignedTier(node) >= 0)
            w.value(graph.assignedTier(node));
        else
            w.null();
        w.key("requiredTier");
        if (result.requiredTier[node] >= 0)
            w.value(result.requiredTier[node]);
        else
            w.null();
        // Added: the tier a process gets from the tier policy when none is assigned.
        if (graph.isProcess(node)) {
            w.key("tier");
            w.value(graph.tier(node));
        }
        w.endObject();
    }
    w.endArray();
    w.key("findings");
    w.beginArray();
    for (const Finding &f : result.findings)
        finding(w, f);
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray recovery(const GraphSnapshot &graph, const RecoveryResult &result)
{
    JsonWriter w;
    w.beginObject();
    w.key("scenario");
    ids(w, graph, result.cascade.scenario);
    w.key("nodes");
    w.beginArray();
    for (std::size_t i : orderById<RecoveryNode>(graph, result.nodes,
                                                 [](const RecoveryNode &r) { return r.node; })) {
        const RecoveryNode &r = result.nodes[i];
        const double target = graph.rtoHours(r.node);
        w.beginObject(true);
        w.key("id");
        w.value(graph.id(r.node));
        w.key("readyHours");
        number(w, r.readyHours);
        w.key("wave");
        if (r.isBlocked())
            w.null();
        else
            w.value(r.wave);
        w.key("rtoTargetHours");
        number(w, target);
        w.key("gapHours");
        number(w, r.isBlocked() || std::isnan(target) ? std::nan("") : r.readyHours - target);
        // The mobilisation of the role that recovers it (product/10-people.md); null for none.
        w.key("mobilisationHours");
        number(w, graph.mobilisationHours(r.node));
        // Each blocking cycle by the id of its first node; the cycle's nodes once, in "cycles".
        w.key("blockedBy");
        std::vector<int> cycleIds;
        cycleIds.reserve(r.blockedBy.size());
        for (int c : r.blockedBy)
            cycleIds.push_back(result.cycles[std::size_t(c)].front());
        ids(w, graph, cycleIds);
        if (graph.isDataStore(r.node)) {
            // Added for data stores: PRODUCT §3 RPO, null when unbounded.
            w.key("achievableRpoHours");
            number(w, graph.achievableRpoHours(r.node));
            w.key("rpoTargetHours");
            number(w, graph.rpoHours(r.node));
        }
        w.endObject();
    }
    w.endArray();
    // Added: each cycle of hard dependencies that blocks nodes, once, named by the id its
    // nodes' "blockedBy" uses.
    w.key("cycles");
    w.beginArray();
    std::vector<std::size_t> cycleOrder(result.cycles.size());
    std::iota(cycleOrder.begin(), cycleOrder.end(), std::size_t(0));
    std::sort(cycleOrder.begin(), cycleOrder.end(), [&](std::size_t a, std::size_t b) {
        return graph.id(result.cycles[a].front()) < graph.id(result.cycles[b].front());
    });
    for (std::size_t c : cycleOrder) {
        w.beginObject(true);
        w.key("id");
        w.value(graph.id(result.cycles[c].front()));
        w.key("nodes");
        ids(w, graph, result.cycles[c]);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray check(const std::vector<Finding> &findings)
{
    QByteArray out;
    check(findings, [&out](const QByteArray &part) { out += part; });
    return out;
}

void check(const std::vector<Finding> &findings,
           const std::function<void(const QByteArray &)> &write)
{
    constexpr qsizetype Part = 1 << 20;
    JsonWriter w(Part + Part / 4);
    w.beginObject();
    w.key("findings");
    w.beginArray();
    for (const Finding &f : findings) {
        finding(w, f);
        if (w.written() >= Part)
            write(w.takeWritten());
    }
    w.endArray();
    w.endObject();
    write(w.take());
}

QByteArray controls(const Plan &plan, const QList<ControlStatus> &statuses, const QDate &at)
{
    JsonWriter w;
    w.beginObject();
    w.key("at");
    w.value(at.toString(Qt::ISODate));
    w.key("controls");
    w.beginArray();
    for (qsizetype i = 0; i < plan.controls.size() && i < statuses.size(); ++i) {
        const Control &c = plan.controls.at(i);
        const ControlStatus &s = statuses.at(i);
        w.beginObject();
        w.key("id");
        w.value(c.id);
        w.key("title");
        w.value(c.title);
        w.key("owner");
        w.value(c.owner);
        w.key("rule");
        w.value(toString(c.rule));
        w.key("frequency");
        w.value(toString(c.frequency));
        w.key("requirements");
        w.beginArray(true);
        for (const QString &r : c.requirements)
            w.value(r);
        w.endArray();
        w.key("state");
        w.value(toString(s.state));
        w.key("summary");
        w.value(s.summary);
        w.key("from");
        w.value(s.from.toString(Qt::ISODate));
        w.key("to");
        w.value(s.to.toString(Qt::ISODate));
        w.key("acceptedBy");
        w.emptyAsNull(s.acceptedBy);
        w.key("items");
        w.beginArray();
        for (const ControlItem &item : s.items) {
            w.beginObject(true);
            w.key("kind");
            w.value(item.kind);
            w.key("id");
            w.value(item.id);
            w.key("name");
            w.value(item.name);
            w.key("holds");
            w.value(item.holds);
            w.key("why");
            w.value(item.why);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("requirements");
    w.beginArray();
    for (const RequirementStatus &rs : requirementStatuses(plan, statuses)) {
        w.beginObject(true);
        w.key("id");
        w.value(rs.requirement->id);
        w.key("framework");
        w.value(rs.framework->title);
        w.key("clause");
        w.value(rs.requirement->clause);
        w.key("title");
        w.value(rs.requirement->title);
        w.key("state");
        if (rs.state)
            w.value(toString(*rs.state));
        else
            w.null();
        w.key("controls");
        w.beginArray(true);
        for (const QString &id : rs.controls)
            w.value(id);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace Continuity::AnalysisJson
