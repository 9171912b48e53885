// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphvizLayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <graphviz/gvc.h>

#include <memory>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::GraphvizLayout)
};

constexpr double PointsPerInch = 72.0;

// Graphviz 2.42 takes char * for strings it only reads.
char *gv(const char *text)
{
    return const_cast<char *>(text);
}

// Graphviz's error reporting, its context and its layouts are process-wide state.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &collectedErrors()
{
    static QString errors;
    return errors;
}

int collectError(char *message)
{
    collectedErrors() += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

GVC_t *context()
{
    // One context for the life of the process, as the Graphviz tools do; plugins load once.
    static GVC_t *gvc = gvContext();
    return gvc;
}

// The attributes both the library run and the DOT text use, so that the bench compares like
// with like.
struct Attributes
{
    QList<std::pair<const char *, QByteArray>> graph;
    QList<std::pair<const char *, QByteArray>> node;
};

Attributes attributesFor(LayoutEngine engine)
{
    Attributes a;
    a.node = {{"shape", "box"}, {"fixedsize", "true"}, {"label", ""}};
    if (engine == LayoutEngine::Dot) {
        a.graph = {{"rankdir", "TB"}, {"nodesep", "0.3"}, {"ranksep", "1.1"}, {"splines", "false"}};
    } else {
        // sfdp: remove overlaps, leave a little room around boxes, no edge routing.
        a.graph = {{"overlap", "prism"}, {"sep", "+12"}, {"splines", "false"}};
    }
    return a;
}

QByteArray inches(double points)
{
    return QByteArray::number(points / PointsPerInch, 'f', 4);
}

struct GraphDeleter
{
    void operator()(Agraph_t *g) const
    {
        gvFreeLayout(context(), g);
        agclose(g);
    }
};

} // namespace

QString layoutEngineName(LayoutEngine engine)
{
    return engine == LayoutEngine::Dot ? QStringLiteral("dot") : QStringLiteral("sfdp");
}

LayoutEngine defaultLayoutEngine(int nodeCount)
{
    constexpr int SfdpThreshold = 2000;
    return nodeCount > SfdpThreshold ? LayoutEngine::Sfdp : LayoutEngine::Dot;
}

QString graphvizVersion()
{
    QMutexLocker lock(&graphvizMutex());
    return QString::fromUtf8(gvcVersion(context()));
}

LayoutResult runGraphvizLayout(const LayoutRequest &request, const std::atomic_bool *cancel)
{
    LayoutResult result;
    auto cancelled = [&] { return cancel && cancel->load(); };
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (request.nodes.isEmpty())
        return result;

    QMutexLocker lock(&graphvizMutex());
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    GVC_t *gvc = context();
    collectedErrors().clear();
    agseterr(AGERR);
    agseterrf(&collectError);
    agreseterrors();

    char graphName[] = "map";
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agopen(graphName, Agstrictdirected, nullptr));
    Agraph_t *g = graph.get();
    const Attributes attributes = attributesFor(request.engine);
    for (const auto &[name, value] : attributes.graph)
        agattr(g, AGRAPH, gv(name), gv(value.constData()));
    for (const auto &[name, value] : attributes.node)
        agattr(g, AGNODE, gv(name), gv(value.constData()));
    Agsym_t *widthSym = agattr(g, AGNODE, gv("width"), gv("1"));
    Agsym_t *heightSym = agattr(g, AGNODE, gv("height"), gv("0.5"));

    // Ranks and clusters only mean something to dot.
    Agraph_t *top = nullptr;
    Agraph_t *bottom = nullptr;
    QHash<QString, Agraph_t *> clusters;
    if (request.engine == LayoutEngine::Dot) {
        top = agsubg(g, gv("top"), 1);
        agsafeset(top, gv("rank"), gv("min"), gv(""));
        bottom = agsubg(g, gv("bottom"), 1);
        agsafeset(bottom, gv("rank"), gv("max"), gv(""));
    }

    std::vector<Agnode_t *> nodes;
    nodes.reserve(request.nodes.size());
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const LayoutNode &n = request.nodes.at(i);
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *node = agnode(g, gv(name.constData()), 1);
        agxset(node, widthSym, gv(inches(n.size.width()).constData()));
        agxset(node, heightSym, gv(inches(n.size.height()).constData()));
        if (request.engine == LayoutEngine::Dot) {
            if (n.rank == LayoutRank::Top)
                agsubnode(top, node, 1);
            else if (n.rank == LayoutRank::Bottom)
                agsubnode(bottom, node, 1);
            else if (!n.cluster.isEmpty()) {
                Agraph_t *&cluster = clusters[n.cluster];
                if (!cluster) {
                    const QByteArray clusterName = "cluster_" + QByteArray::number(clusters.size());
                    cluster = agsubg(g, gv(clusterName.constData()), 1);
                }
                agsubnode(cluster, node, 1);
            }
        }
        nodes.push_back(node);
    }
    for (const LayoutEdge &e : request.edges) {
        const int count = int(nodes.size());
        if (e.from < 0 || e.to < 0 || e.from >= count || e.to >= count || e.from == e.to)
            continue;
        agedge(g, nodes[e.from], nodes[e.to], nullptr, 1);
    }

    const QByteArray engine = layoutEngineName(request.engine).toLatin1();
    const int status = gvLayout(gvc, g, gv(engine.constData()));
    agseterrf(nullptr);
    if (status != 0) {
        const QString detail = collectedErrors().trimmed();
        result.error = Tr::tr("Graphviz could not lay out the map with %1%2. Check that the "
                              "graphviz package is installed completely.")
                           .arg(QString::fromLatin1(engine),
                                detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
        return result;
    }
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    result.centres.reserve(request.nodes.size());
    for (Agnode_t *node : nodes) {
        // Graphviz's y axis points up; the scene's points down.
        result.centres.append(QPointF(ND_coord(node).x, -ND_coord(node).y));
    }
    return result;
}

QByteArray layoutRequestToDot(const LayoutRequest &request)
{
    QByteArray dot = "strict digraph map {\n";
    const Attributes attributes = attributesFor(request.engine);
    for (const auto &[name, value] : attributes.graph)
        dot += "  " + QByteArray(name) + "=\"" + value + "\";\n";
    dot += "  node [";
    for (const auto &[name, value] : attributes.node)
        dot += QByteArray(name) + "=\"" + value + "\" ";
    dot += "];\n";
    QList<int> top;
    QList<int> bottom;
    QHash<QString, QList<int>> clusters;
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const LayoutNode &n = request.nodes.at(i);
        dot += "  n" + QByteArray::number(i) + " [width=" + inches(n.size.width()) +
               " height=" + inches(n.size.height()) + "];\n";
        if (request.engine != LayoutEngine::Dot)
            continue;
        if (n.rank == LayoutRank::Top)
            top.append(int(i));
        else if (n.rank == LayoutRank::Bottom)
            bottom.append(int(i));
        else if (!n.cluster.isEmpty())
            clusters[n.cluster].append(int(i));
    }
    auto subgraph = [&dot](const QByteArray &name, const QByteArray &attributes,
                           const QList<int> &members) {
        if (members.isEmpty())
            return;
        dot += "  subgraph " + name + " { " + attributes;
        for (int i : members)
            dot += " n" + QByteArray::number(i) + ";";
        dot += " }\n";
    };
    subgraph("top", "rank=min;", top);
    subgraph("bottom", "rank=max;", bottom);
    int c = 0;
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it)
        subgraph("cluster_" + QByteArray::number(++c), QByteArray(), it.value());
    for (const LayoutEdge &e : request.edges)
        dot += "  n" + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to) + ";\n";
    dot += "}\n";
    return dot;
}

} // namespace Continuity
