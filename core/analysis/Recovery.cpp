// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recovery.h"

#include "StronglyConnected.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <numeric>
#include <set>
#include <unordered_map>

namespace Continuity {

namespace {

// One stable radix pass per 11-bit digit of a 64-bit word of the keys, skipping the digits
// every key shares.
template <typename Key, typename Word>
void sortByWord(std::vector<Key> &keys, std::vector<Key> &scratch, Word word)
{
    constexpr int Bits = 11;
    constexpr std::size_t Radix = std::size_t(1) << Bits;
    std::uint64_t any = 0;
    std::uint64_t all = ~std::uint64_t(0);
    for (const Key &k : keys) {
        any |= word(k);
        all &= word(k);
    }
    scratch.resize(keys.size());
    for (int shift = 0; shift < 64; shift += Bits) {
        if ((((any ^ all) >> shift) & (Radix - 1)) == 0)
            continue;
        std::array<std::size_t, Radix> count{};
        for (const Key &k : keys)
            ++count[(word(k) >> shift) & (Radix - 1)];
        std::size_t total = 0;
        for (std::size_t &c : count) {
            const std::size_t here = c;
            c = total;
            total += here;
        }
        for (const Key &k : keys)
            scratch[count[(word(k) >> shift) & (Radix - 1)]++] = k;
        keys.swap(scratch);
    }
}

// Sorts keys ascending: std::sort for few keys, else a least-significant-digit radix sort over
// the digits in which the keys differ (ready times share most of their bits). `words` read a
// key's 64-bit words, least significant first.
template <typename Key, typename... Word>
void sortKeys(std::vector<Key> &keys, std::vector<Key> &scratch, Word... words)
{
    if (keys.size() < 1024) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    (sortByWord(keys, scratch, words), ...);
}

void sortKeys(std::vector<std::uint64_t> &keys, std::vector<std::uint64_t> &scratch)
{
    sortKeys(keys, scratch, [](std::uint64_t k) { return k; });
}

// A recovered node's place in the result: ready time, then wave, then node index.
struct OrderKey
{
    std::uint64_t time;     // the bits of a ready time: for times >= 0 they order as the times do
    std::uint64_t waveNode; // wave << 32 | node
    bool operator<(const OrderKey &o) const
    {
        return time != o.time ? time < o.time : waveNode < o.waveNode;
    }
    double hours() const
    {
        double h;
        std::memcpy(&h, &time, sizeof h);
        return h;
    }
    int wave() const { return int(waveNode >> 32); }
    int node() const { return int(waveNode & 0xffffffffu); }
};

OrderKey orderKey(double readyHours, int wave, int node)
{
    std::uint64_t time;
    std::memcpy(&time, &readyHours, sizeof time);
    return {time, (std::uint64_t(std::uint32_t(wave)) << 32) | std::uint32_t(node)};
}

void sortOrderKeys(std::vector<OrderKey> &keys)
{
    std::vector<OrderKey> scratch;
    sortKeys(
        keys, scratch, [](const OrderKey &k) { return k.waveNode; },
        [](const OrderKey &k) { return k.time; });
}

// Recovery in one pass by rank, for graphs whose hard and grouped dependencies have no cycle
// (GraphSnapshot::waitsAcyclic): every provider of a node has a lower rank, so its ready time
// and wave are known when the node is reached. A node starts at the latest ready time of its
// down hard providers and, per group, of the first k of its down providers in recovery order
// (providers not down count as ready at 0, and are the first); its wave is one after the
// latest wave among them. No node is blocked. The same results as the event loop below, which
// the property tests check.
RecoveryResult recoverByRank(const GraphSnapshot &graph, const std::vector<int> &scenario,
                             bool cascadeCauses)
{
    using Kind = GraphSnapshot::EdgeKind;
    RecoveryResult result;
    CascadeOptions options;
    options.causes = cascadeCauses;
    result.cascade = runCascade(graph, scenario, options);
    const CascadeResult &cascade = result.cascade;
    const int n = graph.nodeCount();

    std::vector<std::uint64_t> down((std::size_t(n) + 63) / 64, 0);
    std::size_t downCount = 0;
    for (int v : cascade.affected) {
        if (cascade.state[v] == NodeState::Down) {
            const int r = graph.rankOf(v);
            down[std::size_t(r) >> 6] |= std::uint64_t(1) << (r & 63);
            ++downCount;
        }
    }
    auto isDown = [&](int r) { return (down[std::size_t(r) >> 6] >> (r & 63)) & 1u; };
    struct Ready
    {
        double hours;
        int wave;
    };
    // Written for a down rank before any consumer reads it; never read otherwise.
    std::unique_ptr<Ready[]> ready(new Ready[std::size_t(n)]);
    std::vector<OrderKey> keys;
    keys.reserve(downCount);
    struct GroupMember
    {
        int group;
        OrderKey key;
    };
    std::vector<GroupMember> members;
    const GraphSnapshot::GroupCount *counts = graph.groupCounts();
    for (std::size_t w = 0; w < down.size(); ++w) {
        for (std::uint64_t bits = down[w]; bits; bits &= bits - 1) {
            const int r = int(w * 64) + __builtin_ctzll(bits);
            // Not before the role that recovers it is mobilised.
            double start = graph.startNotBeforeAtRank(r);
            int wave = -1;
            members.clear();
            const auto [begin, end] = graph.providersOfRank(r);
            for (const GraphSnapshot::RankEdge *it = begin; it != end; ++it) {
                const int p = it->rank;
                if (!isDown(p))
                    continue;
                const Ready &pr = ready[std::size_t(p)];
                if (it->kind() == Kind::Hard) {
                    start = std::max(start, pr.hours);
                    wave = std::max(wave, pr.wave);
                } else if (it->kind() == Kind::Group) {
                    members.push_back(
                        {it->group(), orderKey(pr.hours, pr.wave, graph.nodeAtRank(p))});
                }
            }
            if (!members.empty()) {
                std::sort(members.begin(), members.end(),
                          [](const GroupMember &a, const GroupMember &b) {
                              return a.group != b.group ? a.group < b.group : a.key < b.key;
                          });
                for (std::size_t i = 0; i < members.size();) {
                    std::size_t j = i;
                    while (j < members.size() && members[j].group == members[i].group)
                        ++j;
                    const GraphSnapshot::GroupCount &g = counts[members[i].group];
                    // The providers not down are ready first; the rest of the quorum waits.
                    const int needed = g.quorum - (g.size - int(j - i));
                    for (int q = 0; q < needed; ++q) {
                        start = std::max(start, members[i + std::size_t(q)].key.hours());
                        wave = std::max(wave, members[i + std::size_t(q)].key.wave());
                    }
                    i = j;
                }
            }
            ready[std::size_t(r)] = {start + graph.recoveryHoursAtRank(r), wave + 1};
            keys.push_back(
                orderKey(start + graph.recoveryHoursAtRank(r), wave + 1, graph.nodeAtRank(r)));
        }
    }
    sortOrderKeys(keys);
    result.nodes.resize(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        RecoveryNode &node = result.nodes[i];
        node.node = keys[i].node();
        node.wave = keys[i].wave();
        node.readyHours = keys[i].hours();
    }
    return result;
}

} // namespace

RecoveryResult runRecovery(const GraphSnapshot &graph, const std::vector<int> &scenario,
                           bool cascadeCauses, RecoveryMethod method)
{
    if (method == RecoveryMethod::Auto && graph.waitsAcyclic())
        return recoverByRank(graph, scenario, cascadeCauses);
    using Kind = GraphSnapshot::EdgeKind;
    RecoveryResult result;
    // The propagation counts, per down node, its down hard providers, and per group its down
    // providers: what each down node waits for.
    std::vector<int> pendingHard;
    std::vector<int> groupDown;
    CascadeOptions options;
    options.causes = cascadeCauses;
    options.downHardProviders = &pendingHard;
    options.groupDown = &groupDown;
    result.cascade = runCascade(graph, scenario, options);
    const CascadeResult &cascade = result.cascade;
    const auto &groups = graph.groups();
    const int n = graph.nodeCount();
    auto isDown = [&](int node) { return cascade.state[node] == NodeState::Down; };

    // Per node, what the event loop touches together, in one cache line's quarter.
    // pendingHard is NotWaiting for nodes that are not down or have started already: the one
    // test the loop makes of a consumer. A node has started (and, once the queue is empty,
    // come back) when its wave is set.
    constexpr int NotWaiting = -1;
    struct Slot
    {
        int pendingHard = NotWaiting;
        // The latest wave among the providers waited for; once started, the node's own wave.
        int wave = -1;
    };
    std::vector<Slot> slot(n);
    std::vector<int> pendingGroups(n, 0);
    std::vector<int> down;
    down.reserve(cascade.affected.size());
    for (int node : cascade.affected) {
        if (isDown(node)) {
            down.push_back(node);
            slot[node].pendingHard = pendingHard[node];
        }
    }
    // Providers that are not down count as ready at time 0.
    std::vector<int> groupReady(groups.size(), 0);
    std::vector<int> groupWave(groups.size(), -1);
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        const GraphSnapshot::Group &g = groups[gi];
        groupReady[gi] = g.size - groupDown[gi];
        if (isDown(g.consumer) && groupReady[gi] < g.quorum)
            ++pendingGroups[g.consumer];
    }

    // Events in order of ready time (Dijkstra-like: durations are never negative, so when a
    // node's last requirement is met, that time is its start). Ties go by wave, then node, so
    // that nodes come off the heap in the order the result lists them.
    // The queue of started nodes, by (ready time, wave, node). Recovery times are usually round
    // hours, so many nodes share a ready time: the distinct times are kept in a small heap, and
    // the nodes of each time in a bucket, taken in (wave, node) order when its time comes.
    struct Queue
    {
        std::vector<double> times; // a min-heap of the times that have a bucket
        std::unordered_map<double, std::vector<std::uint64_t>> buckets;
        // The bucket being worked through, sorted once when its time comes, and a min-heap of
        // the nodes that start at that very time meanwhile (no recovery time of their own).
        std::vector<std::uint64_t> current;
        std::size_t next = 0;
        std::vector<std::uint64_t> late;
        std::vector<std::uint64_t> scratch;
        double now = -1;
        std::size_t size = 0;
        // The buckets last pushed to: ready times repeat (round hours), the hash need not.
        struct Recent
        {
            double time = -1;
            std::vector<std::uint64_t> *bucket = nullptr;
        };
        std::array<Recent, 8> recent{};
        unsigned recentNext = 0;

        void push(double time, std::uint64_t order)
        {
            ++size;
            if (time == now) {
                late.push_back(order);
                std::push_heap(late.begin(), late.end(), std::greater<>());
                return;
            }
            std::vector<std::uint64_t> *bucket = nullptr;
            for (const Recent &r : recent) {
                if (r.time == time && r.bucket) {
                    bucket = r.bucket;
                    break;
                }
            }
            if (!bucket) {
                bucket = &buckets[time]; // stays valid: the map's values never move
                recent[recentNext++ % recent.size()] = {time, bucket};
            }
            if (bucket->empty()) {
                times.push_back(time);
                std::push_heap(times.begin(), times.end(), std::greater<>());
            }
            bucket->push_back(order);
        }
        // The next (time, order); the queue must not be empty.
        std::pair<double, std::uint64_t> pop()
        {
            if (next == current.size() && late.empty()) {
                std::pop_heap(times.begin(), times.end(), std::greater<>());
                now = times.back();
                times.pop_back();
                const auto it = buckets.find(now);
                current = std::move(it->second);
                buckets.erase(it);
                for (Recent &r : recent) {
                    if (r.time == now)
                        r = Recent();
                }
                sortKeys(current, scratch);
                next = 0;
            }
            --size;
            if (!late.empty() && (next == current.size() || late.front() < current[next])) {
                std::pop_heap(late.begin(), late.end(), std::greater<>());
                const std::uint64_t order = late.back();
                late.pop_back();
                return {now, order};
            }
            return {now, current[next++]};
        }
        // A node that pop() gives soon (`ahead` turns on), for prefetching; -1 when not known
        // cheaply.
        int peekNode(std::size_t ahead = 0) const
        {
            return next + ahead < current.size() ? int(current[next + ahead] & 0xffffffffu) : -1;
        }
        bool empty() const { return size == 0; }
    } queue;
    auto start = [&](int node, double at) {
        Slot &s = slot[node];
        s.pendingHard = NotWaiting;
        s.wave += 1; // one after the latest it waited for
        queue.push(std::max(at, graph.startNotBefore(node)) + graph.recoveryHours(node),
                   (std::uint64_t(std::uint32_t(s.wave)) << 32) | std::uint32_t(node));
    };
    for (int node : down) {
        if (slot[node].pendingHard == 0 && pendingGroups[node] == 0)
            start(node, 0.0);
    }
    const GraphSnapshot::GroupCount *counts = graph.groupCounts();
    // Resolved nodes go into the result in the order they come back (by ready time, wave,
    // node); the blocked ones follow.
    result.nodes.reserve(down.size());
    while (!queue.empty()) {
        const auto [time, key] = queue.pop();
        // The next node's edge list is fetched from memory while this one is worked through.
        if (const int soon = queue.peekNode(3); soon >= 0)
            __builtin_prefetch(graph.consumersOf(soon).first);
        const int node = int(key & 0xffffffffu);
        const int nodeWave = int(key >> 32);
        RecoveryNode r;
        r.node = node;
        r.readyHours = time;
        r.wave = nodeWave;
        result.nodes.push_back(std::move(r));
        const auto [begin, end] = graph.consumersOf(node);
        for (const GraphSnapshot::OutEdge *it = begin; it != end; ++it) {
            if (it + 8 < end)
                __builtin_prefetch(&slot[it[8].consumer]);
            const int c = it->consumer;
            Slot &s = slot[c];
            if (s.pendingHard == NotWaiting)
                continue;
            const Kind kind = it->kind();
            if (kind == Kind::Hard) {
                --s.pendingHard;
                s.wave = std::max(s.wave, nodeWave);
            } else if (kind == Kind::Group) {
                const int gi = it->group();
                const GraphSnapshot::GroupCount &g = counts[gi];
                if (groupReady[gi] >= g.quorum)
                    continue; // already k ready: this one was not waited for
                ++groupReady[gi];
                groupWave[gi] = std::max(groupWave[gi], nodeWave);
                s.wave = std::max(s.wave, groupWave[gi]);
                if (groupReady[gi] == g.quorum)
                    --pendingGroups[c];
            } else {
                continue;
            }
            if (s.pendingHard == 0 && pendingGroups[c] == 0)
                start(c, time);
        }
    }
    // Every node started has come back by now.
    auto done = [&](int node) { return slot[node].pendingHard == NotWaiting; }; // for down nodes

    // Blocked nodes: the graph of what each unresolved node still waits on. Its strongly
    // connected components with more than one node are the cycles.
    std::vector<int> unresolved;
    for (int node : down) {
        if (!done(node))
            unresolved.push_back(node);
    }
    std::vector<std::vector<int>> blockedBy;
    if (!unresolved.empty()) {
        blockedBy.resize(n);
        auto waitsOn = [&](int node, const std::function<void(int)> &visit) {
            const auto [begin, end] = graph.providerEdges(node);
            for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
                const GraphSnapshot::Edge &e = *it;
                if (!isDown(e.provider) || done(e.provider))
                    continue;
                if (e.kind == Kind::Hard ||
                    (e.kind == Kind::Group && groupReady[e.group] < groups[e.group].quorum))
                    visit(e.provider);
            }
        };
        std::vector<int> component;
        const std::vector<std::vector<int>> components = stronglyConnectedComponents(
            n, unresolved, [&](int v, const std::function<void(int)> &visit) { waitsOn(v, visit); },
            &component);
        // Components come out in reverse topological order (providers first), so the cycles
        // a component reaches are known when it is reached. Each cycle is numbered once; a
        // node keeps the numbers of the cycles it reaches, not their nodes.
        std::vector<int> cycleOf(components.size(), -1);
        std::vector<std::vector<int>> found;
        for (std::size_t ci = 0; ci < components.size(); ++ci) {
            if (components[ci].size() > 1) {
                cycleOf[ci] = int(found.size());
                found.push_back(components[ci]);
                std::sort(found.back().begin(), found.back().end());
            }
        }
        // Number the cycles by their first node, so that results do not depend on the order
        // the search met them.
        std::vector<int> order(found.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return found[a].front() < found[b].front(); });
        std::vector<int> renumber(found.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            renumber[order[i]] = int(i);
        result.cycles.resize(found.size());
        for (std::size_t i = 0; i < found.size(); ++i)
            result.cycles[renumber[i]] = std::move(found[i]);

        std::vector<std::vector<int>> reaches(components.size());
        for (std::size_t ci = 0; ci < components.size(); ++ci) {
            std::vector<int> &cycles = reaches[ci];
            if (cycleOf[ci] >= 0)
                cycles.push_back(renumber[cycleOf[ci]]);
            for (int v : components[ci]) {
                waitsOn(v, [&](int w) {
                    if (component[w] != int(ci))
                        cycles.insert(cycles.end(), reaches[component[w]].begin(),
                                      reaches[component[w]].end());
                });
            }
            std::sort(cycles.begin(), cycles.end());
            cycles.erase(std::unique(cycles.begin(), cycles.end()), cycles.end());
            for (int v : components[ci])
                blockedBy[v] = cycles;
        }
    }

    std::sort(unresolved.begin(), unresolved.end());
    for (int node : unresolved) {
        RecoveryNode r;
        r.node = node;
        r.readyHours = std::numeric_limits<double>::quiet_NaN();
        r.blockedBy = std::move(blockedBy[node]);
        result.nodes.push_back(std::move(r));
    }
    return result;
}

std::vector<int> RecoveryResult::blockingNodes(const RecoveryNode &node, std::size_t limit,
                                               std::size_t *total) const
{
    std::vector<int> all;
    std::size_t count = 0;
    for (int c : node.blockedBy) {
        if (c < 0 || std::size_t(c) >= cycles.size())
            continue;
        count += cycles[std::size_t(c)].size();
        for (int v : cycles[std::size_t(c)]) {
            if (all.size() >= limit)
                break;
            all.push_back(v);
        }
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    if (total)
        *total = count;
    return all;
}

} // namespace Continuity
