// SPDX-License-Identifier: GPL-3.0-or-later
#include "Availability.h"

#include "domain/Plan.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <cmath>
#include <random>

namespace Continuity {
namespace {

constexpr double HourMs = 3600.0 * 1000.0;

using Edge = GraphSnapshot::EdgeKind;

// "Down" spreading from failed nodes along hard and group edges only (soft dependencies never
// make a node down), with a log to take a failure back: what the SPOF analysis follows, here
// incremental so that pairs and enumerations cost what each failure reaches.
class DownSpread
{
public:
    // `within`, when given: the spread stays among the nodes it marks (a target's upstream cone,
    // outside which nothing can bring the target down).
    explicit DownSpread(const GraphSnapshot &graph,
                        const std::vector<std::uint8_t> *within = nullptr)
        : m_graph(graph)
        , m_within(within)
        , m_down(std::size_t(graph.nodeCount()), 0)
        , m_groupDown(graph.groups().size(), 0)
    {}

    bool isDown(int node) const { return m_down[std::size_t(node)] != 0; }
    std::size_t mark() const { return m_log.size(); }

    void fail(int node)
    {
        if (isDown(node))
            return;
        m_stack.push_back(node);
        setDown(node);
        while (!m_stack.empty()) {
            const int n = m_stack.back();
            m_stack.pop_back();
            const auto [begin, end] = m_graph.consumerEdges(n);
            for (const GraphSnapshot::Edge *e = begin; e != end; ++e) {
                if (e->kind == Edge::Soft || isDown(e->consumer) ||
                    (m_within && !(*m_within)[std::size_t(e->consumer)]))
                    continue;
                bool down = e->kind == Edge::Hard;
                if (e->kind == Edge::Group) {
                    const std::size_t g = std::size_t(e->group);
                    ++m_groupDown[g];
                    m_log.push_back(~e->group); // a group count, taken back by undo()
                    const auto &group = m_graph.groups()[g];
                    down = group.size - m_groupDown[g] < group.quorum;
                }
                if (down) {
                    setDown(e->consumer);
                    m_stack.push_back(e->consumer);
                }
            }
        }
    }

    void undo(std::size_t to)
    {
        while (m_log.size() > to) {
            const int entry = m_log.back();
            m_log.pop_back();
            if (entry >= 0)
                m_down[std::size_t(entry)] = 0;
            else
                --m_groupDown[std::size_t(~entry)];
        }
    }

private:
    void setDown(int node)
    {
        m_down[std::size_t(node)] = 1;
        m_log.push_back(node);
    }

    const GraphSnapshot &m_graph;
    const std::vector<std::uint8_t> *m_within;
    std::vector<std::uint8_t> m_down;
    std::vector<int> m_groupDown;
    std::vector<int> m_log;
    std::vector<int> m_stack;
};

// The nodes `node` needs through hard and group edges, itself first.
std::vector<int> upstreamCone(const GraphSnapshot &graph, int node)
{
    std::vector<int> cone{node};
    std::vector<std::uint8_t> seen(std::size_t(graph.nodeCount()), 0);
    seen[std::size_t(node)] = 1;
    for (std::size_t i = 0; i < cone.size(); ++i) {
        const auto [begin, end] = graph.providerEdges(cone[i]);
        for (const GraphSnapshot::Edge *e = begin; e != end; ++e) {
            if (e->kind != Edge::Soft && !seen[std::size_t(e->provider)]) {
                seen[std::size_t(e->provider)] = 1;
                cone.push_back(e->provider);
            }
        }
    }
    return cone;
}

std::vector<std::uint8_t> coneMask(const GraphSnapshot &graph, const std::vector<int> &cone)
{
    std::vector<std::uint8_t> mask(std::size_t(graph.nodeCount()), 0);
    for (int n : cone)
        mask[std::size_t(n)] = 1;
    return mask;
}

// Exact by recursion when the cone is a tree: each node but the root needed by exactly one
// other node of the cone, the root by none. Then the providers of a node are independent.
std::optional<double> treeAvailability(const GraphSnapshot &graph, const std::vector<double> &own,
                                       const std::vector<int> &cone)
{
    QHash<int, int> consumers;
    for (int n : cone)
        consumers.insert(n, 0);
    for (int n : cone) {
        const auto [begin, end] = graph.providerEdges(n);
        for (const GraphSnapshot::Edge *e = begin; e != end; ++e) {
            if (e->kind != Edge::Soft)
                ++consumers[e->provider];
        }
    }
    if (consumers.value(cone.front()) != 0)
        return std::nullopt;
    for (std::size_t i = 1; i < cone.size(); ++i) {
        if (consumers.value(cone[i]) != 1)
            return std::nullopt;
    }
    // Providers before consumers: the cone's breadth-first order reversed.
    QHash<int, double> up;
    for (auto it = cone.rbegin(); it != cone.rend(); ++it) {
        const int n = *it;
        double p = own[std::size_t(n)];
        QHash<int, std::vector<double>> groups; // group index → its providers' chances of up
        const auto [begin, end] = graph.providerEdges(n);
        for (const GraphSnapshot::Edge *e = begin; e != end; ++e) {
            if (e->kind == Edge::Hard)
                p *= up.value(e->provider);
            else if (e->kind == Edge::Group)
                groups[e->group].push_back(up.value(e->provider));
        }
        for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
            // P(at least quorum of the providers up), by counting up providers one at a time.
            const std::vector<double> &members = g.value();
            std::vector<double> count(members.size() + 1, 0.0);
            count[0] = 1;
            for (std::size_t m = 0; m < members.size(); ++m) {
                for (std::size_t c = m + 1; c > 0; --c)
                    count[c] = count[c] * (1 - members[m]) + count[c - 1] * members[m];
                count[0] *= 1 - members[m];
            }
            double atLeast = 0;
            const int quorum = graph.groups()[std::size_t(g.key())].quorum;
            for (std::size_t c = std::size_t(std::max(quorum, 0)); c < count.size(); ++c)
                atLeast += count[c];
            p *= atLeast;
        }
        up.insert(n, p);
    }
    return up.value(cone.front());
}

// A draw from the geometric distribution: how many samples pass before the next failure.
std::uint64_t gap(std::mt19937_64 &rng, double failure)
{
    if (failure >= 1)
        return 0;
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    const double g = std::floor(std::log1p(-u) / std::log1p(-failure));
    return g > 1e18 ? std::uint64_t(1e18) : std::uint64_t(g);
}

// Monte Carlo, 64 samples a word, over `order` (nodes with their providers first where there is
// no cycle; passes until nothing changes where there is): each node's failures placed by
// geometric gaps (few for an available node), down bits spread along hard edges (OR), 1-of-n
// groups (AND) and other quorums (counted per sample). Sets the estimate of each of `targets`
// (positions in `order`) with Wilson's 95 % score interval, sound at the edges where
// availabilities live.
void monteCarlo(const GraphSnapshot &graph, const std::vector<double> &own,
                const std::vector<int> &order, const std::vector<std::size_t> &targets,
                std::uint64_t samples, std::uint64_t seed,
                const std::vector<CompositeAvailability *> &results, const std::atomic_bool *cancel)
{
    const std::size_t n = order.size();
    std::vector<int> position(std::size_t(graph.nodeCount()), -1);
    for (std::size_t i = 0; i < n; ++i)
        position[std::size_t(order[i])] = int(i);
    struct Group
    {
        int size;
        int quorum;
        std::vector<int> providers;
    };
    std::vector<std::vector<int>> hard(n);
    std::vector<std::vector<Group>> groups(n);
    bool ordered = true; // every provider comes before its consumer: one pass suffices
    for (std::size_t i = 0; i < n; ++i) {
        QHash<int, std::size_t> groupAt;
        const auto [begin, end] = graph.providerEdges(order[i]);
        for (const GraphSnapshot::Edge *e = begin; e != end; ++e) {
            const int p = position[std::size_t(e->provider)];
            if (e->kind == Edge::Soft || p < 0)
                continue;
            ordered = ordered && std::size_t(p) < i;
            if (e->kind == Edge::Hard) {
                hard[i].push_back(p);
            } else {
                if (!groupAt.contains(e->group)) {
                    const auto &g = graph.groups()[std::size_t(e->group)];
                    groupAt.insert(e->group, groups[i].size());
                    groups[i].push_back({g.size, g.quorum, {}});
                }
                groups[i][groupAt.value(e->group)].providers.push_back(p);
            }
        }
    }
    std::vector<int> random;
    for (std::size_t i = 0; i < n; ++i) {
        if (own[std::size_t(order[i])] < 1)
            random.push_back(int(i));
    }
    constexpr std::size_t Words = 64; // 4,096 samples a chunk
    const std::uint64_t total = std::max<std::uint64_t>(samples, 64 * Words);
    std::mt19937_64 rng(seed);
    std::vector<std::uint64_t> nextFailure(random.size());
    for (std::size_t r = 0; r < random.size(); ++r)
        nextFailure[r] = gap(rng, 1 - own[std::size_t(order[std::size_t(random[r])])]);
    std::vector<std::uint64_t> down(n * Words);
    std::vector<std::uint64_t> upCount(targets.size(), 0);
    std::uint64_t done = 0;
    while (done < total) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        std::fill(down.begin(), down.end(), 0);
        const std::uint64_t chunkEnd = done + 64 * Words;
        for (std::size_t r = 0; r < random.size(); ++r) {
            const double failure = 1 - own[std::size_t(order[std::size_t(random[r])])];
            std::uint64_t *bits = down.data() + std::size_t(random[r]) * Words;
            while (nextFailure[r] < chunkEnd) {
                const std::uint64_t at = nextFailure[r] - done;
                bits[at / 64] |= std::uint64_t(1) << (at % 64);
                nextFailure[r] += 1 + gap(rng, failure);
            }
        }
        for (bool changed = true; changed;) {
            changed = false;
            for (std::size_t i = 0; i < n; ++i) {
                std::uint64_t *mine = down.data() + i * Words;
                for (std::size_t w = 0; w < Words; ++w) {
                    std::uint64_t word = mine[w];
                    for (int provider : hard[i])
                        word |= down[std::size_t(provider) * Words + w];
                    for (const Group &g : groups[i]) {
                        std::uint64_t all = ~std::uint64_t(0);
                        std::uint64_t any = 0;
                        for (int provider : g.providers) {
                            const std::uint64_t bits = down[std::size_t(provider) * Words + w];
                            all &= bits;
                            any |= bits;
                        }
                        if (g.quorum <= 1) {
                            word |= all; // down only when every provider is
                        } else if (g.quorum >= g.size) {
                            word |= any; // down when any provider is
                        } else {
                            for (std::uint64_t bits = any & ~word; bits; bits &= bits - 1) {
                                const int bit = std::countr_zero(bits);
                                int downCount = 0;
                                for (int provider : g.providers)
                                    downCount +=
                                        int(down[std::size_t(provider) * Words + w] >> bit & 1);
                                if (g.size - downCount < g.quorum)
                                    word |= std::uint64_t(1) << bit;
                            }
                        }
                    }
                    if (word != mine[w]) {
                        mine[w] = word;
                        changed = !ordered;
                    }
                }
            }
        }
        for (std::size_t t = 0; t < targets.size(); ++t) {
            const std::uint64_t *bits = down.data() + targets[t] * Words;
            for (std::size_t w = 0; w < Words; ++w)
                upCount[t] += std::uint64_t(std::popcount(~bits[w]));
        }
        done = chunkEnd;
    }
    const double count = double(done);
    const double z = 1.959964;
    for (std::size_t t = 0; t < targets.size(); ++t) {
        CompositeAvailability &r = *results[t];
        const double p = double(upCount[t]) / count;
        const double centre = (p + z * z / (2 * count)) / (1 + z * z / count);
        const double half =
            z / (1 + z * z / count) * std::sqrt(p * (1 - p) / count + z * z / (4 * count * count));
        r.method = AvailabilityMethod::MonteCarlo;
        r.composite = p;
        r.low = std::max(0.0, centre - half);
        r.high = std::min(1.0, centre + half);
    }
}

} // namespace

QString toString(AvailabilityMethod method)
{
    return method == AvailabilityMethod::Exact ? QStringLiteral("exact")
                                               : QStringLiteral("monte-carlo");
}

std::vector<OwnAvailability> ownAvailability(const Plan &plan, const GraphSnapshot &graph,
                                             const Downtime &downtime, TimeSpan observation)
{
    std::vector<OwnAvailability> out(std::size_t(graph.nodeCount()));
    QHash<QString, const Service *> services;
    for (const Service &s : plan.services)
        services.insert(s.id, &s);
    const double period = double(observation.length()) / HourMs;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        OwnAvailability &a = out[std::size_t(n)];
        const Service *s = services.value(graph.id(n));
        if (s && s->mtbfHours && s->mttrHours && *s->mtbfHours + *s->mttrHours > 0) {
            a.source = OwnAvailability::Source::Entered;
            a.mtbfHours = *s->mtbfHours;
            a.mttrHours = *s->mttrHours;
            a.availability = a.mtbfHours / (a.mtbfHours + a.mttrHours);
            continue;
        }
        int episodes = 0;
        qint64 down = 0;
        for (const TimeSpan &e : downtime.listedDown(n)) {
            if (e.from >= observation.from && e.from < observation.to) {
                ++episodes;
                down += std::min(e.to, observation.to) - e.from;
            }
        }
        if (episodes == 0 || period <= 0)
            continue;
        a.source = OwnAvailability::Source::Measured;
        a.episodes = episodes;
        a.mttrHours = double(down) / HourMs / episodes;
        a.mtbfHours = std::max(0.0, (period - double(down) / HourMs) / episodes);
        a.availability = a.mtbfHours / (a.mtbfHours + a.mttrHours);
    }
    return out;
}

CompositeAvailability compositeAvailability(const GraphSnapshot &graph,
                                            const std::vector<double> &own, int node,
                                            const AvailabilityOptions &options)
{
    CompositeAvailability result;
    result.node = node;
    result.own = own[std::size_t(node)];
    const std::vector<int> cone = upstreamCone(graph, node);
    std::vector<int> random;
    for (int n : cone) {
        if (own[std::size_t(n)] < 1)
            random.push_back(n);
    }
    auto exact = [&](double value) {
        result.composite = result.low = result.high = std::clamp(value, 0.0, 1.0);
        result.method = AvailabilityMethod::Exact;
        return result;
    };
    if (random.empty())
        return exact(1.0);
    // Enumeration: every combination of the nodes that can fail, each weighed by its chance.
    if (random.size() < 40 &&
        std::ldexp(double(cone.size()), int(random.size())) <= options.enumerationBudget) {
        const std::vector<std::uint8_t> within = coneMask(graph, cone);
        DownSpread spread(graph, &within);
        double upChance = 0;
        const std::uint64_t combinations = std::uint64_t(1) << random.size();
        for (std::uint64_t mask = 0; mask < combinations; ++mask) {
            if ((mask & 0xffff) == 0 && options.cancel &&
                options.cancel->load(std::memory_order_relaxed))
                break;
            double weight = 1;
            const std::size_t start = spread.mark();
            for (std::size_t i = 0; i < random.size(); ++i) {
                const double a = own[std::size_t(random[i])];
                if (mask >> i & 1) {
                    weight *= 1 - a;
                    spread.fail(random[i]);
                } else {
                    weight *= a;
                }
            }
            if (!spread.isDown(node))
                upChance += weight;
            spread.undo(start);
        }
        return exact(upChance);
    }
    if (const std::optional<double> tree = treeAvailability(graph, own, cone))
        return exact(*tree);

    // Monte Carlo over the cone, providers first (the breadth-first order reversed).
    const std::vector<int> order(cone.rbegin(), cone.rend());
    monteCarlo(graph, own, order, {order.size() - 1}, options.samples,
               options.seed ^ (std::uint64_t(node) * 0x9e3779b97f4a7c15ULL), {&result},
               options.cancel);
    return result;
}

std::vector<CompositeAvailability> compositeAvailabilities(const GraphSnapshot &graph,
                                                           const std::vector<double> &own,
                                                           const std::vector<int> &nodes,
                                                           const AvailabilityOptions &options)
{
    std::vector<CompositeAvailability> results(nodes.size());
    std::vector<std::size_t> sampled; // indices into nodes/results left for the shared run
    // The enumeration budget is for all the nodes together: beyond it, the shared run is the
    // cheaper way to the same figures.
    AvailabilityOptions each = options;
    each.enumerationBudget =
        std::max(std::min(1e5, options.enumerationBudget),
                 options.enumerationBudget / double(std::max<std::size_t>(1, nodes.size())));
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const std::vector<int> cone = upstreamCone(graph, nodes[i]);
        std::size_t random = 0;
        for (int n : cone)
            random += own[std::size_t(n)] < 1;
        const bool enumerable =
            random < 40 && std::ldexp(double(cone.size()), int(random)) <= each.enumerationBudget;
        if (random == 0 || enumerable || treeAvailability(graph, own, cone)) {
            results[i] = compositeAvailability(graph, own, nodes[i], each);
        } else {
            results[i].node = nodes[i];
            results[i].own = own[std::size_t(nodes[i])];
            sampled.push_back(i);
        }
    }
    if (sampled.empty())
        return results;

    // One run over every node in the snapshot's rank order, the nodes left sharing its samples.
    std::vector<int> order(std::size_t(graph.nodeCount()));
    for (int rank = 0; rank < graph.nodeCount(); ++rank)
        order[std::size_t(rank)] = graph.nodeAtRank(rank);
    std::vector<std::size_t> targets;
    std::vector<CompositeAvailability *> estimates;
    for (std::size_t i : sampled) {
        targets.push_back(std::size_t(graph.rankOf(nodes[i])));
        estimates.push_back(&results[i]);
    }
    monteCarlo(graph, own, order, targets, options.samples, options.seed, estimates,
               options.cancel);
    return results;
}

std::vector<int> availabilityTargets(const Plan &plan, const GraphSnapshot &graph)
{
    std::vector<int> nodes;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        if (graph.tier(n) >= 0 && graph.tier(n) <= 1)
            nodes.push_back(n);
    }
    for (const Slo &s : plan.slos) {
        if (const int n = graph.indexOf(s.node); n >= 0)
            nodes.push_back(n);
    }
    std::sort(nodes.begin(), nodes.end(), [&](int x, int y) { return graph.id(x) < graph.id(y); });
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    return nodes;
}

std::vector<CompositeAvailability> predictAvailability(const Plan &plan, const GraphSnapshot &graph,
                                                       qint64 at, const std::vector<int> &nodes,
                                                       const AvailabilityOptions &options)
{
    const qint64 year = qint64(365) * 24 * 3600 * 1000;
    const Downtime downtime = Downtime::compute(graph, plan.incidents, at);
    const std::vector<OwnAvailability> own =
        ownAvailability(plan, graph, downtime, {at - year, at});
    std::vector<double> ownValues;
    ownValues.reserve(own.size());
    for (const OwnAvailability &o : own)
        ownValues.push_back(o.availability);
    // Exact where feasible; the rest share one Monte Carlo run over the graph.
    return compositeAvailabilities(graph, ownValues, nodes, options);
}

std::vector<std::pair<int, int>> doublePointsOfFailure(const GraphSnapshot &graph, int target)
{
    const std::vector<int> cone = upstreamCone(graph, target);
    const std::vector<std::uint8_t> within = coneMask(graph, cone);
    DownSpread spread(graph, &within);
    std::vector<int> candidates;
    for (std::size_t i = 1; i < cone.size(); ++i) {
        const std::size_t start = spread.mark();
        spread.fail(cone[i]);
        if (!spread.isDown(target))
            candidates.push_back(cone[i]);
        spread.undo(start);
    }
    std::sort(candidates.begin(), candidates.end());
    std::vector<std::pair<int, int>> pairs;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::size_t first = spread.mark();
        spread.fail(candidates[i]);
        for (std::size_t j = i + 1; j < candidates.size(); ++j) {
            // Already down with the first: failing it adds nothing the first did not do.
            if (spread.isDown(candidates[j]))
                continue;
            const std::size_t second = spread.mark();
            spread.fail(candidates[j]);
            if (spread.isDown(target))
                pairs.push_back({candidates[i], candidates[j]});
            spread.undo(second);
        }
        spread.undo(first);
    }
    return pairs;
}

} // namespace Continuity
