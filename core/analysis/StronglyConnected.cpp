// SPDX-License-Identifier: GPL-3.0-or-later
#include "StronglyConnected.h"

#include <algorithm>
#include <cstdint>

namespace Continuity {

std::vector<std::vector<int>> stronglyConnectedComponents(int nodeCount,
                                                          const std::vector<int> &roots,
                                                          const Successors &successors,
                                                          std::vector<int> *componentOf)
{
    std::vector<int> index(std::size_t(nodeCount), -1);
    std::vector<int> low(std::size_t(nodeCount), 0);
    std::vector<int> component(std::size_t(nodeCount), -1);
    std::vector<std::uint8_t> onStack(std::size_t(nodeCount), 0);
    std::vector<int> stack;
    std::vector<std::vector<int>> components;
    int counter = 0;
    struct Frame
    {
        int node;
        std::vector<int> next;
        std::size_t position;
    };
    for (int root : roots) {
        if (index[std::size_t(root)] >= 0)
            continue;
        std::vector<Frame> frames;
        auto push = [&](int v) {
            index[std::size_t(v)] = low[std::size_t(v)] = counter++;
            stack.push_back(v);
            onStack[std::size_t(v)] = 1;
            Frame frame{v, {}, 0};
            successors(v, [&](int w) { frame.next.push_back(w); });
            frames.push_back(std::move(frame));
        };
        push(root);
        while (!frames.empty()) {
            Frame &f = frames.back();
            if (f.position < f.next.size()) {
                const int w = f.next[f.position++];
                if (index[std::size_t(w)] < 0)
                    push(w);
                else if (onStack[std::size_t(w)])
                    low[std::size_t(f.node)] =
                        std::min(low[std::size_t(f.node)], index[std::size_t(w)]);
                continue;
            }
            const int v = f.node;
            frames.pop_back();
            if (!frames.empty()) {
                const auto parent = std::size_t(frames.back().node);
                low[parent] = std::min(low[parent], low[std::size_t(v)]);
            }
            if (low[std::size_t(v)] != index[std::size_t(v)])
                continue;
            std::vector<int> members;
            int w;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[std::size_t(w)] = 0;
                component[std::size_t(w)] = int(components.size());
                members.push_back(w);
            } while (w != v);
            components.push_back(std::move(members));
        }
    }
    if (componentOf)
        *componentOf = std::move(component);
    return components;
}

} // namespace Continuity
