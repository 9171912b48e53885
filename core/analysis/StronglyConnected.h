// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace Continuity {

// Calls visit(w) for every successor w of node v.
using Successors = std::function<void(int v, const std::function<void(int w)> &visit)>;

// The strongly connected components reachable from `roots` in a directed graph of `nodeCount`
// nodes, found with Tarjan's algorithm (iterative, so deep graphs cannot overflow the stack).
// Components come out in reverse topological order: a component's successors come before it.
// `componentOf`, when given, receives each node's component index (-1 if not reached).
std::vector<std::vector<int>> stronglyConnectedComponents(int nodeCount,
                                                          const std::vector<int> &roots,
                                                          const Successors &successors,
                                                          std::vector<int> *componentOf = nullptr);

} // namespace Continuity
