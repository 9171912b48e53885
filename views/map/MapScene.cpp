// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapScene.h"

#include "EdgeLayer.h"
#include "NodeItem.h"

#include "analysis/AnalysisRun.h"
#include "document/PlanDocument.h"
#include "domain/Plan.h"
#include "io/PlanJson.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::MapScene)
};

void setError(QString *errorMessage, const QString &text)
{
    if (errorMessage)
        *errorMessage = text;
}

int severity(MapScenarioState state)
{
    switch (state) {
    case MapScenarioState::Failed:
        return 5;
    case MapScenarioState::Down:
        return 4;
    case MapScenarioState::Degraded:
        return 3;
    case MapScenarioState::RedundancyLost:
        return 2;
    case MapScenarioState::Up:
        return 1;
    case MapScenarioState::None:
        break;
    }
    return 0;
}

constexpr double RowGap = 110;
constexpr double ColumnGap = 196;

} // namespace

MapScene::MapScene(PlanDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    m_edges = new EdgeLayer;
    addItem(m_edges);
    connectDocument();
    connect(this, &QGraphicsScene::selectionChanged, this, &MapScene::onSelectionChanged);
    rebuild();
}

MapScene::MapScene(const Plan &plan, QObject *parent)
    : QGraphicsScene(parent)
    , m_ownPlan(std::make_unique<Plan>(plan))
{
    m_edges = new EdgeLayer;
    addItem(m_edges);
    connect(this, &QGraphicsScene::selectionChanged, this, &MapScene::onSelectionChanged);
    rebuild();
}

MapScene::~MapScene()
{
    // QGraphicsScene's destructor removes the items and announces the selection it loses; by
    // then this part of the object is gone, and so may be the page that owns the scene and
    // listens to it: nobody may hear it.
    blockSignals(true);
    // The edge layer points at node items: let it go first.
    m_edges->setEdges({}, {});
    m_edges->setOverviewNodes({});
}

const Plan &MapScene::plan() const
{
    return m_document ? m_document->plan() : *m_ownPlan;
}

bool MapScene::isEditable() const
{
    return m_document && !m_document->isReadOnly();
}

void MapScene::connectDocument()
{
    connect(m_document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.entity == PlanChange::Entity::WholePlan)
            m_viewLayout.clear();
        if (change.entity == PlanChange::Entity::Positions)
            updatePositions(change.ids);
        else if (change.touchesGraph() && change.kind != PlanChange::Kind::AboutToBeRemoved)
            scheduleRebuild();
    });
}

void MapScene::scheduleRebuild()
{
    // One edit can emit many signals (a removal takes its dependencies along): rebuild once.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
}

void MapScene::flush()
{
    if (m_rebuildPending)
        rebuild();
}

void MapScene::setFilter(const MapFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void MapScene::setColourMode(MapColourMode mode)
{
    if (mode == m_colourMode)
        return;
    m_colourMode = mode;
    recolour();
}

void MapScene::setScenarioResults(std::shared_ptr<const AnalysisOutput> results)
{
    m_results = std::move(results);
    recolour();
}

QStringList MapScene::scenario() const
{
    return m_results ? m_results->scenario : QStringList();
}

QStringList MapScene::scenarioNames() const
{
    QStringList names;
    if (!m_results)
        return names;
    for (const QString &id : m_results->scenario) {
        const int node = m_results->graph ? m_results->graph->indexOf(id) : -1;
        const QString name = node >= 0 ? m_results->graph->name(node) : QString();
        names.append(name.isEmpty() ? id : name);
    }
    return names;
}

MapScenarioState MapScene::scenarioState(const QString &id) const
{
    if (!m_results || m_results->scenario.isEmpty() || !m_results->graph)
        return MapScenarioState::None;
    const int index = m_results->graph->indexOf(id);
    const CascadeResult &cascade = m_results->cascade();
    if (index < 0 || std::size_t(index) >= cascade.state.size())
        return MapScenarioState::None;
    if (m_results->scenario.contains(id))
        return MapScenarioState::Failed;
    switch (cascade.state[index]) {
    case NodeState::Down:
        return MapScenarioState::Down;
    case NodeState::Degraded:
        return MapScenarioState::Degraded;
    case NodeState::Up:
        break;
    }
    return cascade.redundancyLost[index] ? MapScenarioState::RedundancyLost : MapScenarioState::Up;
}

NodeItem *MapScene::nodeItem(const QString &key) const
{
    if (NodeItem *item = m_items.value(key))
        return item;
    return m_collapsed.value(key);
}

QPointF MapScene::positionOf(const QString &id) const
{
    if (const auto it = m_stored.constFind(id); it != m_stored.cend())
        return *it;
    return m_provisional.value(id);
}

QHash<QString, QPointF> MapScene::provisionalPositions(const MapGraph &graph) const
{
    // Nodes the planner has not placed yet go next to a placed neighbour (below a consumer,
    // above a provider), or else in rows under everything, so that adding nodes never moves
    // what was arranged by hand.
    const Plan &p = plan();
    const QHash<QString, QPointF> &placed = m_stored;
    QStringList unplaced;
    for (const Process &process : p.processes) {
        if (!process.position)
            unplaced.append(process.id);
    }
    for (const Service &service : p.services) {
        if (!service.position)
            unplaced.append(service.id);
    }
    QHash<QString, QPointF> result;
    if (unplaced.isEmpty())
        return result;
    // A layout shown but not kept places what it laid out.
    if (!m_viewLayout.isEmpty()) {
        QStringList rest;
        for (const QString &id : std::as_const(unplaced)) {
            if (const auto it = m_viewLayout.constFind(id); it != m_viewLayout.cend())
                result.insert(id, *it);
            else
                rest.append(id);
        }
        unplaced = rest;
        if (unplaced.isEmpty())
            return result;
    }
    QRectF bounds;
    for (const QPointF &point : std::as_const(placed))
        bounds = bounds.united(QRectF(point, QSizeF(1, 1)));
    QHash<QString, QString> anchorBelow; // unplaced → a placed consumer
    QHash<QString, QString> anchorAbove; // unplaced → a placed provider
    for (const Dependency &d : p.dependencies) {
        if (placed.contains(d.consumer) && !placed.contains(d.provider) &&
            !anchorBelow.contains(d.provider))
            anchorBelow.insert(d.provider, d.consumer);
        if (placed.contains(d.provider) && !placed.contains(d.consumer) &&
            !anchorAbove.contains(d.consumer))
            anchorAbove.insert(d.consumer, d.provider);
    }
    QHash<QString, int> children;
    int grid = 0;
    const QPointF gridOrigin =
        placed.isEmpty() ? QPointF(0, 0) : QPointF(bounds.left(), bounds.bottom() + 2 * RowGap);
    constexpr int GridColumns = 10;
    for (const QString &id : std::as_const(unplaced)) {
        if (!graph.representative.contains(id))
            continue;
        if (const QString anchor = anchorBelow.value(id); !anchor.isEmpty()) {
            const int n = children[anchor]++;
            result.insert(id, placed.value(anchor) + QPointF((n % 4) * ColumnGap + ColumnGap / 2,
                                                             RowGap * (1 + n / 4)));
        } else if (const QString above = anchorAbove.value(id); !above.isEmpty()) {
            const int n = children[above]++;
            result.insert(id, placed.value(above) + QPointF((n % 4) * ColumnGap + ColumnGap / 2,
                                                            -RowGap * (1 + n / 4)));
        } else {
            result.insert(id, gridOrigin + QPointF((grid % GridColumns) * ColumnGap,
                                                   (grid / GridColumns) * RowGap));
            ++grid;
        }
    }
    return result;
}

void MapScene::rebuild()
{
    m_rebuildPending = false;
    const Plan &p = plan();
    m_graph = buildMapGraph(p, m_filter);
    m_tiers = mapTiers(p);
    m_stored.clear();
    for (const Process &process : p.processes) {
        if (process.position)
            m_stored.insert(process.id, *process.position);
    }
    for (const Service &service : p.services) {
        if (service.position)
            m_stored.insert(service.id, *service.position);
    }
    m_provisional = provisionalPositions(m_graph);
    m_moved.clear();
    m_edges->setLiveNodes({});

    // The edge layer points at items: empty it before any item goes.
    m_edges->setEdges({}, {});
    m_edges->setOverviewNodes({});
    const bool movable = isEditable() || !m_document;
    QSet<QString> alive;
    alive.reserve(p.processes.size() + p.services.size());
    auto ensure = [&](const QString &id, MapNodeKind kind, std::optional<ServiceKind> serviceKind,
                      const QString &name) {
        alive.insert(id);
        NodeItem *item = m_items.value(id);
        if (!item) {
            item = new NodeItem(id, kind);
            addItem(item);
            m_items.insert(id, item);
        }
        item->setContent(name, serviceKind, m_tiers.value(id, MapFilter::UntieredTier));
        item->setFlag(QGraphicsItem::ItemIsMovable, movable);
    };
    for (const Process &process : p.processes)
        ensure(process.id, MapNodeKind::Process, std::nullopt, process.name);
    for (const Service &service : p.services)
        ensure(service.id, MapNodeKind::Service, service.kind, service.name);
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (alive.contains(it.key())) {
            ++it;
            continue;
        }
        m_highlighted.remove(it.key());
        delete it.value();
        it = m_items.erase(it);
    }

    m_settingPositions = true;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const bool shown = m_graph.shown.contains(it.key());
        it.value()->setVisible(shown);
        if (shown)
            it.value()->setPos(positionOf(it.key()));
    }
    QSet<QString> collapsedAlive;
    for (const MapGraph::Collapsed &c : std::as_const(m_graph.collapsed)) {
        collapsedAlive.insert(c.key);
        NodeItem *item = m_collapsed.value(c.key);
        const MapNodeKind kind = c.key.startsWith(QLatin1String("site:"))
                                     ? MapNodeKind::CollapsedSite
                                     : MapNodeKind::CollapsedGroup;
        if (!item) {
            item = new NodeItem(c.key, kind);
            addItem(item);
            m_collapsed.insert(c.key, item);
        }
        int tier = MapFilter::UntieredTier;
        QPointF sum;
        for (const QString &member : c.members) {
            tier = std::min(tier, m_tiers.value(member, MapFilter::UntieredTier));
            sum += positionOf(member);
        }
        item->setContent(c.label, std::nullopt, tier);
        item->setFlag(QGraphicsItem::ItemIsMovable, movable);
        item->setPos(sum / std::max<qsizetype>(1, c.members.size()));
    }
    for (auto it = m_collapsed.begin(); it != m_collapsed.end();) {
        if (collapsedAlive.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_collapsed.erase(it);
    }
    m_settingPositions = false;

    // Edges, with one junction per redundancy group of a shown consumer.
    QHash<QString, int> groupSize;
    QHash<QString, int> groupQuorum;
    for (const RedundancyGroup &g : p.groups)
        groupQuorum.insert(MapGraph::groupKey(g.consumer, g.name), g.quorum);
    for (const Dependency &d : p.dependencies) {
        if (!d.group.isEmpty())
            ++groupSize[MapGraph::groupKey(d.consumer, d.group)];
    }
    auto itemFor = [&](const QString &key) -> NodeItem * {
        if (m_graph.shown.contains(key))
            return m_items.value(key);
        return m_collapsed.value(key);
    };
    QList<EdgeLayer::Edge> edges;
    edges.reserve(m_graph.edges.size());
    QList<EdgeLayer::Junction> junctions;
    QHash<QString, int> junctionOf;
    for (const MapGraph::Edge &e : std::as_const(m_graph.edges)) {
        NodeItem *from = itemFor(e.from);
        NodeItem *to = itemFor(e.to);
        if (!from || !to)
            continue;
        int junction = -1;
        const QString key = MapGraph::groupKey(e.from, e.group);
        if (!e.group.isEmpty() && !e.implied && groupQuorum.contains(key)) {
            junction = junctionOf.value(key, -1);
            if (junction < 0) {
                junction = int(junctions.size());
                junctionOf.insert(key, junction);
                junctions.append({from, Tr::tr("%1: %2 of %3")
                                            .arg(e.group)
                                            .arg(groupQuorum.value(key))
                                            .arg(groupSize.value(key))});
            }
        }
        edges.append({from, to, e.strength, e.implied, junction});
    }
    m_edges->setEdges(std::move(edges), std::move(junctions));
    QList<NodeItem *> overview;
    overview.reserve(m_items.size() + m_collapsed.size());
    for (NodeItem *item : std::as_const(m_items))
        overview.append(item);
    for (NodeItem *item : std::as_const(m_collapsed))
        overview.append(item);
    m_edges->setOverviewNodes(std::move(overview));
    recolour();
    emit rebuilt();
}

void MapScene::updatePositions(const QStringList &ids)
{
    if (m_rebuildPending)
        return;
    bool needRebuild = false;
    const NodePositions stored = m_document->positionsOf(ids);
    m_settingPositions = true;
    for (const QString &id : ids) {
        if (!stored.value(id)) {
            needRebuild = true; // back to a provisional place
            continue;
        }
        m_stored.insert(id, *stored.value(id));
        if (NodeItem *item = m_items.value(id))
            item->setPos(*stored.value(id));
        // A member of a collapsed node moved: the collapsed node moves to the new centre.
        if (m_collapsed.contains(m_graph.representative.value(id)))
            needRebuild = true;
    }
    m_settingPositions = false;
    m_moved.clear();
    m_edges->setLiveNodes({});
    if (needRebuild)
        rebuild();
    else
        m_edges->invalidateGeometry();
}

void MapScene::recolour()
{
    const Plan &p = plan();
    auto colourFor = [&](const QString &id, MapNodeKind kind,
                         std::optional<ServiceKind> serviceKind) {
        switch (m_colourMode) {
        case MapColourMode::Tier:
            return MapStyle::tierColour(m_tiers.value(id, MapFilter::UntieredTier));
        case MapColourMode::Kind:
            return MapStyle::kindColour(kind, serviceKind);
        case MapColourMode::Scenario:
            return MapStyle::scenarioColour(scenarioState(id));
        }
        return QColor(Qt::lightGray);
    };
    const bool overlay = m_colourMode == MapColourMode::Scenario;
    for (const Process &process : p.processes) {
        if (NodeItem *item = m_items.value(process.id)) {
            item->setFill(colourFor(process.id, MapNodeKind::Process, std::nullopt));
            item->setStateMark(overlay ? scenarioState(process.id) : MapScenarioState::None);
        }
    }
    for (const Service &service : p.services) {
        if (NodeItem *item = m_items.value(service.id)) {
            item->setFill(colourFor(service.id, MapNodeKind::Service, service.kind));
            item->setStateMark(overlay ? scenarioState(service.id) : MapScenarioState::None);
        }
    }
    for (const MapGraph::Collapsed &c : std::as_const(m_graph.collapsed)) {
        NodeItem *item = m_collapsed.value(c.key);
        if (!item)
            continue;
        MapScenarioState worst = MapScenarioState::None;
        int tier = MapFilter::UntieredTier;
        for (const QString &member : c.members) {
            const MapScenarioState s = scenarioState(member);
            if (severity(s) > severity(worst))
                worst = s;
            tier = std::min(tier, m_tiers.value(member, MapFilter::UntieredTier));
        }
        QColor fill;
        switch (m_colourMode) {
        case MapColourMode::Tier:
            fill = MapStyle::tierColour(tier);
            break;
        case MapColourMode::Kind:
            fill = MapStyle::kindColour(item->kind(), std::nullopt);
            break;
        case MapColourMode::Scenario:
            fill = MapStyle::scenarioColour(worst);
            break;
        }
        item->setFill(fill);
        item->setStateMark(overlay ? worst : MapScenarioState::None);
    }
}

QStringList MapScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != NodeItem::Type)
            continue;
        const auto *node = static_cast<NodeItem *>(item);
        if (!node->isCollapsed()) {
            ids.append(node->key());
            continue;
        }
        for (const MapGraph::Collapsed &c : m_graph.collapsed) {
            if (c.key == node->key())
                ids += c.members;
        }
    }
    return ids;
}

void MapScene::selectIds(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    m_edges->setSelectedEdge(-1);
    for (const QString &id : ids) {
        if (NodeItem *item = nodeItem(m_graph.representative.value(id)))
            item->setSelected(true);
    }
    blocker.unblock();
    onSelectionChanged();
}

QStringList MapScene::search(const QString &text)
{
    for (const QString &id : std::as_const(m_highlighted)) {
        if (NodeItem *item = nodeItem(id))
            item->setHighlighted(false);
    }
    m_highlighted.clear();
    QStringList found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    auto consider = [&](const QString &id, const QString &name) {
        if (!m_graph.representative.contains(id))
            return;
        if (!name.contains(needle, Qt::CaseInsensitive) &&
            !id.contains(needle, Qt::CaseInsensitive))
            return;
        found.append(id);
        const QString key = m_graph.representative.value(id);
        m_highlighted.insert(key);
        if (NodeItem *item = nodeItem(key))
            item->setHighlighted(true);
    };
    for (const Process &process : plan().processes)
        consider(process.id, process.name);
    for (const Service &service : plan().services)
        consider(service.id, service.name);
    return found;
}

QRectF MapScene::contentRect() const
{
    QRectF rect;
    for (NodeItem *item : m_items) {
        if (item->isVisible())
            rect =
                rect.isNull() ? item->sceneBoundingRect() : rect.united(item->sceneBoundingRect());
    }
    for (NodeItem *item : m_collapsed)
        rect = rect.isNull() ? item->sceneBoundingRect() : rect.united(item->sceneBoundingRect());
    return rect.isNull() ? QRectF(-200, -100, 400, 200) : rect.adjusted(-40, -40, 40, 40);
}

int MapScene::shownNodeCount() const
{
    return int(m_graph.shown.size() + m_graph.collapsed.size());
}

bool MapScene::hasPlacedNodes() const
{
    const Plan &p = plan();
    return std::any_of(p.processes.cbegin(), p.processes.cend(),
                       [](const Process &x) { return x.position.has_value(); }) ||
           std::any_of(p.services.cbegin(), p.services.cend(),
                       [](const Service &x) { return x.position.has_value(); });
}

bool MapScene::addNodeAt(MapNodeKind kind, std::optional<ServiceKind> serviceKind,
                         const QPointF &at, QString *createdId, QString *errorMessage)
{
    if (!isEditable()) {
        setError(errorMessage, Tr::tr("This plan cannot be edited."));
        return false;
    }
    bool ok = false;
    QString id;
    if (kind == MapNodeKind::Process) {
        Process process;
        process.name = Tr::tr("New process");
        process.id = id = m_document->uniqueNodeId(process.name);
        process.position = at;
        ok = m_document->addProcess(process, errorMessage);
    } else {
        Service service;
        service.kind = serviceKind.value_or(ServiceKind::Application);
        service.name = newName(service.kind);
        service.id = id = m_document->uniqueNodeId(service.name);
        service.position = at;
        ok = m_document->addService(service, errorMessage);
    }
    if (!ok)
        return false;
    flush();
    selectIds({id});
    if (createdId)
        *createdId = id;
    return true;
}

bool MapScene::connectNodes(const QString &consumer, const QString &provider, Strength strength,
                            const QString &group, QString *errorMessage)
{
    if (!isEditable()) {
        setError(errorMessage, Tr::tr("This plan cannot be edited."));
        return false;
    }
    Dependency d{consumer, provider, strength, group};
    if (group.isEmpty() || m_document->group(consumer, group))
        return m_document->addDependency(d, errorMessage);
    // A new group: the group and its first member are one step.
    return m_document->connectInNewGroup(d, errorMessage);
}

bool MapScene::deleteSelection(QString *errorMessage)
{
    if (!isEditable()) {
        setError(errorMessage, Tr::tr("This plan cannot be edited."));
        return false;
    }
    const auto [consumer, provider] = selectedEdge();
    if (!consumer.isEmpty())
        return m_document->removeDependency(consumer, provider, errorMessage);
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return true;
    return m_document->removeNodes(ids, errorMessage);
}

QByteArray MapScene::copySelection() const
{
    const QStringList ids = selectedIds();
    const QSet<QString> chosen(ids.cbegin(), ids.cend());
    const Plan &p = plan();
    Plan part = Plan::empty(p.name);
    part.biaHorizonsHours = p.biaHorizonsHours;
    part.tierPolicy = p.tierPolicy;
    for (const Process &process : p.processes) {
        if (chosen.contains(process.id))
            part.processes.append(process);
    }
    for (const Service &service : p.services) {
        if (chosen.contains(service.id))
            part.services.append(service);
    }
    QSet<QString> groupsUsed;
    for (const Dependency &d : p.dependencies) {
        if (chosen.contains(d.consumer) && chosen.contains(d.provider)) {
            part.dependencies.append(d);
            if (!d.group.isEmpty())
                groupsUsed.insert(MapGraph::groupKey(d.consumer, d.group));
        }
    }
    for (const RedundancyGroup &g : p.groups) {
        if (groupsUsed.contains(MapGraph::groupKey(g.consumer, g.name))) {
            RedundancyGroup copy = g;
            int members = 0;
            for (const Dependency &d : std::as_const(part.dependencies))
                members += d.consumer == g.consumer && d.group == g.name;
            copy.quorum = std::min(copy.quorum, members);
            part.groups.append(copy);
        }
    }
    return PlanJson::write(part);
}

bool MapScene::paste(const QByteArray &json, const QPointF &offset, QString *errorMessage)
{
    if (!isEditable()) {
        setError(errorMessage, Tr::tr("This plan cannot be edited."));
        return false;
    }
    QStringList errors;
    const std::optional<Plan> part = PlanJson::read(json, &errors);
    if (!part) {
        setError(errorMessage, Tr::tr("The clipboard does not hold processes or services from "
                                      "Continuity: %1")
                                   .arg(errors.value(0)));
        return false;
    }
    QStringList newIds;
    if (!m_document->pasteNodes(*part, offset, &newIds, errorMessage))
        return false;
    flush();
    selectIds(newIds);
    return true;
}

void MapScene::onItemMoved(NodeItem *item)
{
    if (m_settingPositions)
        return;
    if (!m_moved.contains(item)) {
        m_moved.insert(item);
        QSet<const NodeItem *> live;
        for (NodeItem *moved : std::as_const(m_moved))
            live.insert(moved);
        m_edges->setLiveNodes(live);
    }
    m_edges->nodesMoved();
}

bool MapScene::commitMoves(QString *errorMessage)
{
    if (m_moved.isEmpty())
        return true;
    QList<std::pair<QString, QPointF>> placed;
    for (NodeItem *item : std::as_const(m_moved))
        placed.append({item->key(), item->pos()});
    m_moved.clear();
    m_edges->setLiveNodes({});
    const NodePositions positions = expandPlacements(placed);
    return storePositions(positions, Tr::tr("Move %n node(s)", nullptr, int(positions.size())),
                          Tr::tr("This plan is read-only; the move was not kept."), errorMessage);
}

NodePositions MapScene::expandPlacements(const QList<std::pair<QString, QPointF>> &placed) const
{
    NodePositions positions;
    for (const auto &[key, at] : placed) {
        const auto collapsed =
            std::find_if(m_graph.collapsed.cbegin(), m_graph.collapsed.cend(),
                         [&key](const MapGraph::Collapsed &c) { return c.key == key; });
        if (collapsed == m_graph.collapsed.cend()) {
            // A node removed while a layout was running is simply left out.
            if (!m_document || m_document->containsNode(key))
                positions.insert(key, at);
            continue;
        }
        // A collapsed node moves its members along by the same amount.
        QPointF sum;
        for (const QString &member : collapsed->members)
            sum += positionOf(member);
        const QPointF delta = at - sum / std::max<qsizetype>(1, collapsed->members.size());
        for (const QString &member : collapsed->members)
            positions.insert(member, positionOf(member) + delta);
    }
    return positions;
}

bool MapScene::storePositions(const NodePositions &positions, const QString &text,
                              const QString &readOnlyMessage, QString *errorMessage)
{
    if (m_document && !m_document->isReadOnly()) {
        // A layout only shown so far is kept with the first step that places anything.
        NodePositions all = positions;
        const Plan &p = plan();
        auto keepShown = [&](const QString &id, const std::optional<QPointF> &stored) {
            if (!stored && !all.contains(id) && m_viewLayout.contains(id))
                all.insert(id, m_viewLayout.value(id));
        };
        if (!m_viewLayout.isEmpty()) {
            for (const Process &process : p.processes)
                keepShown(process.id, process.position);
            for (const Service &service : p.services)
                keepShown(service.id, service.position);
        }
        if (!m_document->placeNodes(all, text, errorMessage))
            return false;
        m_viewLayout.clear();
        return true;
    }
    if (m_ownPlan) {
        for (Process &process : m_ownPlan->processes) {
            if (positions.contains(process.id))
                process.position = positions.value(process.id);
        }
        for (Service &service : m_ownPlan->services) {
            if (positions.contains(service.id))
                service.position = positions.value(service.id);
        }
        rebuild();
        return true;
    }
    rebuild(); // a read-only document: everything back where the plan says
    setError(errorMessage, readOnlyMessage);
    return false;
}

bool MapScene::selectEdgeAt(const QPointF &scenePoint, double tolerance)
{
    const int edge = m_edges->edgeAt(scenePoint, tolerance);
    m_edges->setSelectedEdge(edge);
    emit edgeSelectionChanged();
    return edge >= 0;
}

std::pair<QString, QString> MapScene::selectedEdge() const
{
    const int index = m_edges->selectedEdge();
    if (index < 0 || index >= m_edges->edges().size())
        return {};
    const EdgeLayer::Edge &e = m_edges->edges().at(index);
    if (e.implied || e.from->isCollapsed() || e.to->isCollapsed())
        return {};
    return {e.from->key(), e.to->key()};
}

LayoutRequest MapScene::layoutRequest(LayoutEngine engine, bool clusterBySite,
                                      QStringList *ids) const
{
    const Plan &p = plan();
    LayoutRequest request;
    request.engine = engine;
    QHash<QString, int> index;
    QHash<QString, QString> siteOf;
    QSet<QString> sites;
    for (const Service &s : p.services) {
        if (s.kind == ServiceKind::Site)
            sites.insert(s.id);
    }
    if (clusterBySite) {
        for (const Dependency &d : p.dependencies) {
            if (sites.contains(d.provider) && !siteOf.contains(d.consumer))
                siteOf.insert(d.consumer, d.provider);
        }
    }
    auto add = [&](const QString &key, LayoutRank rank, const QString &cluster) {
        index.insert(key, int(request.nodes.size()));
        request.nodes.append({MapStyle::NodeSize, rank, cluster});
        ids->append(key);
    };
    ids->clear();
    for (const Process &process : p.processes) {
        if (m_graph.shown.contains(process.id))
            add(process.id, LayoutRank::Top, {});
    }
    for (const Service &s : p.services) {
        if (!m_graph.shown.contains(s.id))
            continue;
        const bool bottom = s.kind == ServiceKind::Site || s.kind == ServiceKind::Supplier;
        add(s.id, bottom ? LayoutRank::Bottom : LayoutRank::Middle, siteOf.value(s.id));
    }
    for (const MapGraph::Collapsed &c : m_graph.collapsed) {
        add(c.key,
            c.key.startsWith(QLatin1String("site:")) ? LayoutRank::Bottom : LayoutRank::Middle, {});
    }
    for (const MapGraph::Edge &e : m_graph.edges) {
        const int from = index.value(e.from, -1);
        const int to = index.value(e.to, -1);
        if (from >= 0 && to >= 0)
            request.edges.append({from, to});
    }
    return request;
}

bool MapScene::applyLayout(const QStringList &ids, const QList<QPointF> &centres,
                           const QString &text, QString *errorMessage, bool keep)
{
    if (ids.size() != centres.size()) {
        setError(errorMessage, Tr::tr("The layout does not match the map; lay it out again."));
        return false;
    }
    QList<std::pair<QString, QPointF>> placed;
    placed.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        placed.append({ids.at(i), centres.at(i)});
    if (!keep) {
        const NodePositions shown = expandPlacements(placed);
        m_viewLayout.clear();
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            if (it.value())
                m_viewLayout.insert(it.key(), *it.value());
        }
        rebuild();
        return true;
    }
    return storePositions(expandPlacements(placed), text,
                          Tr::tr("This plan is read-only; the layout cannot be kept."),
                          errorMessage);
}

void MapScene::onSelectionChanged()
{
    if (!selectedItems().isEmpty() && m_edges->selectedEdge() >= 0) {
        m_edges->setSelectedEdge(-1);
        emit edgeSelectionChanged();
    }
    emit nodeSelectionChanged(selectedIds());
}

} // namespace Continuity
