// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <atomic>

namespace Continuity {

enum class LayoutEngine { Dot, Sfdp };

// Where dot puts a node in the layered view (PRODUCT §4): processes at the top, sites and
// suppliers at the bottom, everything else in between as its dependencies say.
enum class LayoutRank { Top, Middle, Bottom };

struct LayoutNode
{
    QSizeF size; // scene units (1 unit = 1 pt)
    LayoutRank rank = LayoutRank::Middle;
    QString cluster; // nodes with the same non-empty cluster are drawn in one box (by site)
};

struct LayoutEdge
{
    int from = 0; // consumer, an index into LayoutRequest::nodes
    int to = 0;   // provider
};

struct LayoutRequest
{
    LayoutEngine engine = LayoutEngine::Dot;
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
};

struct LayoutResult
{
    QList<QPointF> centres; // one per node, scene coordinates (y grows downwards)
    QString error;          // empty on success
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Automatic layout with Graphviz's libgvc/libcgraph (dot for the layered view, sfdp for large
// graphs). A pure function over plain values: no document, no QObject. Graphviz keeps global
// state, so calls are serialised; `cancel` is looked at before and after Graphviz runs (a run
// of Graphviz itself cannot be interrupted; see docs/decisions/map-layout.md).
LayoutResult runGraphvizLayout(const LayoutRequest &request,
                               const std::atomic_bool *cancel = nullptr);

// The same graph with the same attributes in the DOT language, for the Graphviz command-line
// tools: bench/bench_map compares them with the library, tst_mapgraph checks `dot` reads it.
QByteArray layoutRequestToDot(const LayoutRequest &request);

QString layoutEngineName(LayoutEngine engine);
// The engine for a map that was never laid out: dot, or sfdp above 2,000 nodes (dot takes
// minutes there; docs/decisions/map-layout.md).
LayoutEngine defaultLayoutEngine(int nodeCount);
// The Graphviz library version in use ("2.42.2").
QString graphvizVersion();

} // namespace Continuity
