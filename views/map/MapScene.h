// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"
#include "layout/GraphvizLayout.h"
#include "map/MapGraph.h"
#include "MapStyle.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Continuity {

class EdgeLayer;
class NodeItem;
class PlanDocument;
struct AnalysisOutput;

// The dependency map's scene (PRODUCT §4, STYLE "Item models and the map"). It mirrors the
// document: one NodeItem per process and service (hidden when filtered out), one per collapsed
// site or group, and an EdgeLayer with the dependencies. It listens to the document's signals
// and never writes on its own; moves, connections, deletions and layouts go through the
// document's verbs, so each is one undo step. Filters, colouring and the scenario overlay are
// view state. Built either on a document (the window) or on a plain plan (exports from the
// command line), in which case it is read-only.
class MapScene : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapScene)

public:
    explicit MapScene(PlanDocument *document, QObject *parent = nullptr);
    explicit MapScene(const Plan &plan, QObject *parent = nullptr);
    ~MapScene() override;

    const Plan &plan() const;
    PlanDocument *document() const { return m_document; }
    bool isEditable() const;

    const MapFilter &filter() const { return m_filter; }
    void setFilter(const MapFilter &filter);
    MapColourMode colourMode() const { return m_colourMode; }
    void setColourMode(MapColourMode mode);
    // The analyses whose cascade the scenario colouring shows; nullptr clears it.
    void setScenarioResults(std::shared_ptr<const AnalysisOutput> results);
    QStringList scenario() const;
    // The failed nodes' names, for titles ("Frankfurt data centre, Core database").
    QStringList scenarioNames() const;
    MapScenarioState scenarioState(const QString &id) const;

    NodeItem *nodeItem(const QString &key) const;
    EdgeLayer *edgeLayer() const { return m_edges; }
    // Plan ids of the selected nodes (a collapsed node stands for its members).
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);
    // Shown nodes whose name or id contains `text`, in plan order; they are highlighted.
    QStringList search(const QString &text);
    // The area the shown nodes cover.
    QRectF contentRect() const;
    int shownNodeCount() const;
    bool hasPlacedNodes() const;
    // Brings the scene up to date now instead of at the next turn of the event loop.
    void flush();

    // Editing, through the document. false and a message when refused.
    bool addNodeAt(MapNodeKind kind, std::optional<ServiceKind> serviceKind, const QPointF &at,
                   QString *createdId, QString *errorMessage);
    bool connectNodes(const QString &consumer, const QString &provider, Strength strength,
                      const QString &group, QString *errorMessage);
    bool deleteSelection(QString *errorMessage);
    // The selected nodes and the dependencies among them as plan JSON, for the clipboard.
    QByteArray copySelection() const;
    // Adds a copy with fresh ids, shifted by `offset`, as one undo step; selects it.
    bool paste(const QByteArray &json, const QPointF &offset, QString *errorMessage);
    // Ends a drag: everything moved since the last call becomes one undo step.
    bool commitMoves(QString *errorMessage = nullptr);
    bool selectEdgeAt(const QPointF &scenePoint, double tolerance);
    // The selected dependency as (consumer, provider), or empty strings.
    std::pair<QString, QString> selectedEdge() const;

    // Layout: what to give Graphviz for the shown nodes, and how to take its answer.
    LayoutRequest layoutRequest(LayoutEngine engine, bool clusterBySite, QStringList *ids) const;
    // `keep` false: shown only (a plan's first layout is view state, issue #18) until the user
    // moves a node or lays the map out, which keeps it in the plan with that step.
    bool applyLayout(const QStringList &ids, const QList<QPointF> &centres, const QString &text,
                     QString *errorMessage, bool keep = true);
    bool hasViewLayout() const { return !m_viewLayout.isEmpty(); }

    // Called by NodeItem when the user drags it.
    void onItemMoved(NodeItem *item);

signals:
    void nodeSelectionChanged(const QStringList &ids);
    void edgeSelectionChanged();
    void rebuilt();

private:
    void connectDocument();
    void scheduleRebuild();
    void rebuild();
    void updatePositions(const QStringList &ids);
    void recolour();
    QPointF positionOf(const QString &id) const;
    QHash<QString, QPointF> provisionalPositions(const MapGraph &graph) const;
    void onSelectionChanged();
    // Plan positions for map keys: a collapsed node's members move along with it.
    NodePositions expandPlacements(const QList<std::pair<QString, QPointF>> &placed) const;
    bool storePositions(const NodePositions &positions, const QString &text,
                        const QString &readOnlyMessage, QString *errorMessage);

    PlanDocument *m_document = nullptr;
    std::unique_ptr<Plan> m_ownPlan; // read-only scenes
    MapFilter m_filter;
    MapColourMode m_colourMode = MapColourMode::Tier;
    std::shared_ptr<const AnalysisOutput> m_results;
    MapGraph m_graph;
    QHash<QString, int> m_tiers;
    QHash<QString, NodeItem *> m_items;     // plan id → item
    QHash<QString, NodeItem *> m_collapsed; // collapsed key → item
    QHash<QString, QPointF> m_stored;       // placed nodes: where the plan keeps them
    QHash<QString, QPointF> m_provisional;  // unplaced nodes: where they are shown
    QHash<QString, QPointF> m_viewLayout;   // a layout shown but not kept in the plan (yet)
    QSet<QString> m_highlighted;
    EdgeLayer *m_edges = nullptr;
    QSet<NodeItem *> m_moved; // items dragged since the last commit
    bool m_settingPositions = false;
    bool m_rebuildPending = false;
};

} // namespace Continuity
