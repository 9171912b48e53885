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

    // Monte Carlo, 64 samples a word: each node's failures placed by geometric gaps (few for
    // available nodes), each word's down bits spread along the cone until nothing changes.
    QHash<int, int> local;
    for (std::size_t i = 0; i < cone.size(); ++i)
        local.insert(cone[i], int(i));
    // What each node of the cone needs: its hard providers, and its groups with their
    // providers (local indices).
    struct Group
    {
        int size;
        int quorum;
        std::vector<int> providers;
    };
    struct Needs
    {
        std::vector<int> hard;
        std::vector<Group> groups;
    };
    std::vector<Needs> needs(cone.size());
    for (std::size_t i = 0; i < cone.size(); ++i) {
        QHash<int, std::size_t> groupAt;
        const auto [begin, end] = graph.providerEdges(cone[i]);
        for (const GraphSnapshot::Edge *e = begin; e != end; ++e) {
            if (e->kind == Edge::Hard) {
                needs[i].hard.push_back(local.value(e->provider));
            } else if (e->kind == Edge::Group) {
                if (!groupAt.contains(e->group)) {
                    const auto &g = graph.groups()[std::size_t(e->group)];
                    groupAt.insert(e->group, needs[i].groups.size());
                    needs[i].groups.push_back({g.size, g.quorum, {}});
                }
                needs[i].groups[groupAt.value(e->group)].providers.push_back(
                    local.value(e->provider));
            }
        }
    }
    constexpr std::size_t Words = 256; // samples per chunk: 16,384
    const std::uint64_t total = std::max<std::uint64_t>(options.samples, 64 * Words);
    std::mt19937_64 rng(options.seed ^ (std::uint64_t(node) * 0x9e3779b97f4a7c15ULL));
    std::vector<std::uint64_t> nextFailure(random.size());
    for (std::size_t r = 0; r < random.size(); ++r)
        nextFailure[r] = gap(rng, 1 - own[std::size_t(random[r])]);
    std::vector<std::uint64_t> down(cone.size() * Words);
    std::uint64_t up = 0;
    std::uint64_t done = 0;
    while (done < total) {
        std::fill(down.begin(), down.end(), 0);
        const std::uint64_t chunkEnd = done + 64 * Words;
        for (std::size_t r = 0; r < random.size(); ++r) {
            const double failure = 1 - own[std::size_t(random[r])];
            std::uint64_t *bits = down.data() + std::size_t(local.value(random[r])) * Words;
            while (nextFailure[r] < chunkEnd) {
                const std::uint64_t at = nextFailure[r] - done;
                bits[at / 64] |= std::uint64_t(1) << (at % 64);
                nextFailure[r] += 1 + gap(rng, failure);
            }
        }
        // Least fixed point: passes from the providers' end of the cone until stable.
        for (bool changed = true; changed;) {
            changed = false;
            for (std::size_t ri = cone.size(); ri-- > 0;) {
                std::uint64_t *mine = down.data() + ri * Words;
                for (std::size_t w = 0; w < Words; ++w) {
                    std::uint64_t word = mine[w];
                    for (int provider : needs[ri].hard)
                        word |= down[std::size_t(provider) * Words + w];
                    for (const Group &g : needs[ri].groups) {
                        std::uint64_t any = 0;
                        for (int provider : g.providers)
                            any |= down[std::size_t(provider) * Words + w];
                        // Only the samples in which some provider is down need counting.
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
                    if (word != mine[w]) {
                        mine[w] = word;
                        changed = true;
                    }
                }
            }
        }
        for (std::size_t w = 0; w < Words; ++w)
            up += std::uint64_t(std::popcount(~down[w]));
        done = chunkEnd;
    }
    const double n = double(done);
    const double p = double(up) / n;
    // Wilson's score interval at 95 %: sound at the edges, where availabilities live.
    const double z = 1.959964;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z / (1 + z * z / n) * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    result.method = AvailabilityMethod::MonteCarlo;
    result.composite = p;
    result.low = std::max(0.0, centre - half);
    result.high = std::min(1.0, centre + half);
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

    // One run over every node, providers before consumers (the snapshot's rank order; passes
    // until nothing changes where hard dependencies form cycles).
    const int n = graph.nodeCount();
    constexpr std::size_t Words = 64; // 4,096 samples a chunk
    std::vector<int> random;
    for (int node = 0; node < n; ++node) {
        if (own[std::size_t(node)] < 1)
            random.push_back(node);
    }
    const std::uint64_t total = std::max<std::uint64_t>(options.samples, 64 * Words);
    std::mt19937_64 rng(options.seed);
    std::vector<std::uint64_t> nextFailure(random.size());
    for (std::size_t r = 0; r < random.size(); ++r)
        nextFailure[r] = gap(rng, 1 - own[std::size_t(random[r])]);
    std::vector<std::uint64_t> down(std::size_t(n) * Words);
    std::vector<std::uint64_t> upCount(sampled.size(), 0);
    // Each rank's hard providers and groups (with their providers), by rank.
    struct RankGroup
    {
        int size;
        int quorum;
        std::vector<int> providers;
    };
    std::vector<std::vector<int>> hard(static_cast<std::size_t>(n));
    std::vector<std::vector<RankGroup>> groups(static_cast<std::size_t>(n));
    for (int rank = 0; rank < n; ++rank) {
        QHash<int, std::size_t> groupAt;
        const auto [begin, end] = graph.providersOfRank(rank);
        for (const GraphSnapshot::RankEdge *e = begin; e != end; ++e) {
            if (e->kind() == Edge::Hard) {
                hard[std::size_t(rank)].push_back(e->rank);
            } else if (e->kind() == Edge::Group) {
                auto &list = groups[std::size_t(rank)];
                if (!groupAt.contains(e->group())) {
                    const auto &g = graph.groups()[std::size_t(e->group())];
                    groupAt.insert(e->group(), list.size());
                    list.push_back({g.size, g.quorum, {}});
                }
                list[groupAt.value(e->group())].providers.push_back(e->rank);
            }
        }
    }
    std::uint64_t done = 0;
    while (done < total) {
        std::fill(down.begin(), down.end(), 0);
        const std::uint64_t chunkEnd = done + 64 * Words;
        for (std::size_t r = 0; r < random.size(); ++r) {
            const double failure = 1 - own[std::size_t(random[r])];
            std::uint64_t *bits = down.data() + std::size_t(graph.rankOf(random[r])) * Words;
            while (nextFailure[r] < chunkEnd) {
                const std::uint64_t at = nextFailure[r] - done;
                bits[at / 64] |= std::uint64_t(1) << (at % 64);
                nextFailure[r] += 1 + gap(rng, failure);
            }
        }
        for (bool changed = true; changed;) {
            changed = false;
            for (int rank = 0; rank < n; ++rank) {
                std::uint64_t *mine = down.data() + std::size_t(rank) * Words;
                for (int provider : hard[std::size_t(rank)]) {
                    const std::uint64_t *theirs = down.data() + std::size_t(provider) * Words;
                    for (std::size_t w = 0; w < Words; ++w) {
                        if (theirs[w] & ~mine[w]) {
                            mine[w] |= theirs[w];
                            changed = changed || !graph.waitsAcyclic();
                        }
                    }
                }
                for (const RankGroup &g : groups[std::size_t(rank)]) {
                    for (std::size_t w = 0; w < Words; ++w) {
                        std::uint64_t all = ~std::uint64_t(0);
                        std::uint64_t any = 0;
                        for (int provider : g.providers) {
                            const std::uint64_t bits = down[std::size_t(provider) * Words + w];
                            all &= bits;
                            any |= bits;
                        }
                        std::uint64_t word = 0;
                        if (g.quorum <= 1) {
                            word = all; // down only when every provider is
                        } else if (g.quorum >= g.size) {
                            word = any; // down when any provider is
                        } else {
                            // Count the down providers of each sample in which any is down.
                            for (std::uint64_t bits = any & ~mine[w]; bits; bits &= bits - 1) {
                                const int bit = std::countr_zero(bits);
                                int downCount = 0;
                                for (int provider : g.providers)
                                    downCount +=
                                        int(down[std::size_t(provider) * Words + w] >> bit & 1);
                                if (g.size - downCount < g.quorum)
                                    word |= std::uint64_t(1) << bit;
                            }
                        }
                        if (word & ~mine[w]) {
                            mine[w] |= word;
                            changed = changed || !graph.waitsAcyclic();
                        }
                    }
                }
            }
        }
        for (std::size_t s = 0; s < sampled.size(); ++s) {
            const std::uint64_t *bits =
                down.data() + std::size_t(graph.rankOf(nodes[sampled[s]])) * Words;
            for (std::size_t w = 0; w < Words; ++w)
                upCount[s] += std::uint64_t(std::popcount(~bits[w]));
        }
        done = chunkEnd;
    }
    const double count = double(done);
    const double z = 1.959964;
    for (std::size_t s = 0; s < sampled.size(); ++s) {
        CompositeAvailability &r = results[sampled[s]];
        const double p = double(upCount[s]) / count;
        const double centre = (p + z * z / (2 * count)) / (1 + z * z / count);
        const double half =
            z / (1 + z * z / count) * std::sqrt(p * (1 - p) / count + z * z / (4 * count * count));
        r.method = AvailabilityMethod::MonteCarlo;
        r.composite = p;
        r.low = std::max(0.0, centre - half);
        r.high = std::min(1.0, centre + half);
    }
    return results;
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
