// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapPage.h"

#include "EdgeLayer.h"
#include "MapExport.h"
#include "MapLegend.h"
#include "MapOverview.h"
#include "MapScene.h"
#include "MapView.h"
#include "NodeItem.h"

#include "dialogs/UserDialogs.h"
#include "document/AnalysisController.h"
#include "document/PlanDocument.h"
#include "domain/Plan.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Continuity {
namespace {

const QString clipboardFormat = QStringLiteral("application/x-continuity-nodes+json");

} // namespace

MapPage::MapPage(PlanDocument *document, AnalysisController *analysis, UserDialogs *dialogs,
                 QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("mapPage"));
    m_scene = new MapScene(document, this);
    m_view = new MapView(m_scene);
    m_legend = new MapLegend(m_view);
    m_legend->setCursor(Qt::OpenHandCursor);
    m_legend->setToolTip(tr("Drag the key anywhere over the map"));
    connect(m_legend, &MapLegend::moved, this, &MapPage::placeLegend);
    m_overview = new MapOverview(m_view);
    m_overview->setWanted(isOverviewWanted());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar();
    createFilterRow();

    m_progressRow = new QWidget;
    m_progressRow->setObjectName(QStringLiteral("mapLayoutProgress"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(8, 4, 8, 4);
    m_progressLabel = new QLabel;
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // Graphviz does not report how far it is
    m_progress->setMaximumWidth(240);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("mapLayoutCancel"));
    connect(cancel, &QPushButton::clicked, this, &MapPage::cancelLayout);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(cancel);
    m_progressRow->setVisible(false);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, &MapPage::updateProgress);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_view, 1);

    connect(m_scene, &MapScene::nodeSelectionChanged, this, &MapPage::nodeSelectionChanged);
    connect(m_scene, &MapScene::rebuilt, this, [this] {
        m_counts->setText(
            tr("%1 of %2 shown")
                .arg(m_scene->shownNodeCount())
                .arg(m_scene->plan().processes.size() + m_scene->plan().services.size()));
        m_expandAll->setVisible(!m_scene->filter().collapsedSites.isEmpty() ||
                                !m_scene->filter().collapsedGroups.isEmpty());
    });
    connect(m_view, &MapView::connectRequested, this, &MapPage::onConnectRequested);
    connect(m_view, &MapView::contextMenuRequested, this, &MapPage::onContextMenu);
    connect(m_view, &MapView::editRefused, this, &MapPage::refusal);
    connect(&m_layoutWatcher, &QFutureWatcher<LayoutResult>::finished, this,
            &MapPage::onLayoutFinished);
    if (m_analysis) {
        connect(m_analysis, &AnalysisController::resultsChanged, this,
                [this] { m_scene->setScenarioResults(m_analysis->results()); });
        m_scene->setScenarioResults(m_analysis->results());
    }
    connect(m_document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if ((change.entity == PlanChange::Entity::Service &&
             change.kind != PlanChange::Kind::AboutToBeRemoved) ||
            change.entity == PlanChange::Entity::WholePlan)
            rebuildSiteFilter();
    });
    rebuildSiteFilter();
    emit m_scene->rebuilt();
}

MapPage::~MapPage()
{
    if (m_layoutCancel)
        m_layoutCancel->store(true);
    // The layout thread works on its own copy of the graph; waiting is not needed for safety,
    // but the window should not outlive a Graphviz run by surprise in tests.
    m_layoutWatcher.waitForFinished();
}

void MapPage::createToolBar()
{
    auto *bar = new QToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("mapToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layoutButton = new QToolButton;
    layoutButton->setObjectName(QStringLiteral("mapLayoutButton"));
    layoutButton->setText(tr("Lay Out"));
    layoutButton->setPopupMode(QToolButton::InstantPopup);
    auto *layoutMenu = new QMenu(layoutButton);
    QAction *dot = layoutMenu->addAction(tr("Layered (dot)"));
    dot->setObjectName(QStringLiteral("mapLayoutDotAction"));
    dot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    dot->setStatusTip(tr("Processes at the top, sites and suppliers at the bottom"));
    connect(dot, &QAction::triggered, this, [this] { startLayout(LayoutEngine::Dot); });
    QAction *sfdp = layoutMenu->addAction(tr("Large graph (sfdp)"));
    sfdp->setObjectName(QStringLiteral("mapLayoutSfdpAction"));
    sfdp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(sfdp, &QAction::triggered, this, [this] { startLayout(LayoutEngine::Sfdp); });
    layoutMenu->addSeparator();
    m_clusterAction = layoutMenu->addAction(tr("Cluster by Site"));
    m_clusterAction->setCheckable(true);
    m_clusterAction->setStatusTip(tr("Draw the services at each site in one box (dot)"));
    layoutButton->setMenu(layoutMenu);
    addActions({dot, sfdp});
    bar->addWidget(layoutButton);

    QAction *fit = bar->addAction(tr("Fit"), this, [this] { m_view->fitAll(); });
    fit->setObjectName(QStringLiteral("mapFitAction"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setToolTip(tr("Show the whole map (Ctrl+0)"));
    QAction *zoomIn = bar->addAction(tr("Zoom In"), this, [this] { m_view->zoomBy(1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = bar->addAction(tr("Zoom Out"), this, [this] { m_view->zoomBy(0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    bar->addSeparator();

    auto *addButton = new QToolButton;
    addButton->setObjectName(QStringLiteral("mapAddButton"));
    addButton->setText(tr("Add"));
    addButton->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(addButton);
    addMenu->addAction(tr("Process"), this, [this] { addNode(-1); });
    for (const QString &name : serviceKindNames()) {
        const ServiceKind kind = *serviceKindFromString(name);
        addMenu->addAction(displayName(kind), this, [this, kind] { addNode(int(kind)); });
    }
    addButton->setMenu(addMenu);
    bar->addWidget(addButton);
    m_connectAction = bar->addAction(tr("Connect"));
    m_connectAction->setObjectName(QStringLiteral("mapConnectAction"));
    m_connectAction->setCheckable(true);
    m_connectAction->setShortcut(QKeySequence(Qt::Key_C));
    m_connectAction->setShortcutContext(Qt::WidgetShortcut);
    m_connectAction->setToolTip(
        tr("Drag from a consumer to what it depends on to add a dependency (C)"));
    connect(m_connectAction, &QAction::toggled, m_view, &MapView::setConnectMode);
    m_view->addAction(m_connectAction);

    QAction *remove = new QAction(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("mapDeleteAction"));
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &MapPage::deleteSelection);
    m_view->addAction(remove);
    QAction *copyAction = new QAction(tr("Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &MapPage::copy);
    m_view->addAction(copyAction);
    QAction *pasteAction = new QAction(tr("Paste"), this);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(pasteAction, &QAction::triggered, this, &MapPage::paste);
    m_view->addAction(pasteAction);
    QAction *selectAll = new QAction(tr("Select All"), this);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAll, &QAction::triggered, this, [this] {
        for (QGraphicsItem *item : m_scene->items()) {
            if (item->type() == NodeItem::Type && item->isVisible())
                item->setSelected(true);
        }
    });
    m_view->addAction(selectAll);
    bar->addSeparator();

    bar->addWidget(new QLabel(tr("Colour by ")));
    m_colourBy = new QComboBox;
    m_colourBy->setObjectName(QStringLiteral("mapColourBy"));
    for (MapColourMode mode : {MapColourMode::Tier, MapColourMode::Kind, MapColourMode::Scenario})
        m_colourBy->addItem(MapStyle::colourModeName(mode), int(mode));
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = MapColourMode(m_colourBy->currentData().toInt());
        m_scene->setColourMode(mode);
        m_legend->setColourMode(mode);
        placeLegend();
    });
    bar->addWidget(m_colourBy);
    bar->addSeparator();

    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("mapExportButton"));
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *exportAction = new QAction(tr("Export…"), this);
    exportAction->setObjectName(QStringLiteral("mapExportAction"));
    exportAction->setToolTip(tr("Save the map as PNG, SVG or PDF; the arrow offers wall prints"));
    connect(exportAction, &QAction::triggered, this, &MapPage::onExport);
    exportButton->setDefaultAction(exportAction);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Picture (PNG, SVG, PDF)…"), this, &MapPage::onExport);
    exportMenu->addSeparator();
    QAction *wallA4 = exportMenu->addAction(tr("Wall Print on A4 Pages…"), this,
                                            [this] { onWallPrint(QPageSize::A4); });
    wallA4->setObjectName(QStringLiteral("mapWallPrintA4"));
    QAction *wallA3 = exportMenu->addAction(tr("Wall Print on A3 Pages…"), this,
                                            [this] { onWallPrint(QPageSize::A3); });
    wallA3->setObjectName(QStringLiteral("mapWallPrintA3"));
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    layout()->addWidget(bar);
}

void MapPage::createFilterRow()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Find a node (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_matches = m_scene->search(text);
        m_matchIndex = -1;
        m_searchResult->setText(
            text.trimmed().isEmpty() ? QString() : tr("%n found", nullptr, int(m_matches.size())));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &MapPage::onSearch);

    m_searchResult = new QLabel;
    m_searchResult->setObjectName(QStringLiteral("mapSearchResult"));
    m_searchResult->setMinimumWidth(70);
    m_searchResult->setContentsMargins(6, 0, 6, 0);

    // A tool bar rather than a row of widgets: on a narrow window what does not fit goes into
    // its extension menu instead of pushing the inspector away.
    auto *row = new QToolBar(tr("Map Filters"));
    row->setObjectName(QStringLiteral("mapFilterRow"));
    auto *rowLayout = row;
    auto *showLabel = new QLabel(tr("Show: "));
    showLabel->setContentsMargins(6, 0, 0, 0);
    rowLayout->addWidget(showLabel);

    auto *kinds = new QToolButton;
    kinds->setObjectName(QStringLiteral("mapKindFilter"));
    kinds->setText(tr("Kinds"));
    kinds->setPopupMode(QToolButton::InstantPopup);
    m_kindMenu = new QMenu(kinds);
    auto addKind = [this](const QString &name, const QString &text) {
        QAction *a = m_kindMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(name);
        connect(a, &QAction::toggled, this, &MapPage::updateFilter);
    };
    addKind(QStringLiteral("process"), tr("Processes"));
    for (const QString &name : serviceKindNames())
        addKind(name, displayName(*serviceKindFromString(name)));
    kinds->setMenu(m_kindMenu);
    rowLayout->addWidget(kinds);

    auto *tiers = new QToolButton;
    tiers->setObjectName(QStringLiteral("mapTierFilter"));
    tiers->setText(tr("Tiers"));
    tiers->setPopupMode(QToolButton::InstantPopup);
    m_tierMenu = new QMenu(tiers);
    for (int t = 0; t <= MapFilter::UntieredTier; ++t) {
        QAction *a = m_tierMenu->addAction(t < MapFilter::UntieredTier ? tr("Tier %1").arg(t)
                                                                       : tr("No tier"));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(t);
        connect(a, &QAction::toggled, this, &MapPage::updateFilter);
    }
    tiers->setMenu(m_tierMenu);
    rowLayout->addWidget(tiers);

    m_siteFilter = new QComboBox;
    m_siteFilter->setObjectName(QStringLiteral("mapSiteFilter"));
    m_siteFilter->setToolTip(tr("A site and everything that depends on it"));
    m_siteFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_siteFilter->setMinimumContentsLength(14);
    connect(m_siteFilter, &QComboBox::currentIndexChanged, this, &MapPage::updateFilter);
    rowLayout->addWidget(m_siteFilter);

    m_neighbourhood = new QCheckBox(tr("Neighbourhood"));
    m_neighbourhood->setObjectName(QStringLiteral("mapNeighbourhood"));
    m_neighbourhood->setToolTip(
        tr("Only what the selected nodes depend on and what depends on them"));
    connect(m_neighbourhood, &QCheckBox::toggled, this, &MapPage::updateFilter);
    rowLayout->addWidget(m_neighbourhood);
    m_hops = new QSpinBox;
    m_hops->setObjectName(QStringLiteral("mapHops"));
    m_hops->setRange(1, 9);
    m_hops->setValue(1);
    // " hop" or " hops" as the number says (a spin box's suffix is one text, so it follows).
    const auto hopsSuffix = [this](int hops) { m_hops->setSuffix(tr(" hop(s)", nullptr, hops)); };
    hopsSuffix(m_hops->maximum());
    m_hops->setMinimumWidth(m_hops->sizeHint().width()); // as wide for "1 hop" as for "9 hops"
    hopsSuffix(m_hops->value());
    connect(m_hops, &QSpinBox::valueChanged, this, hopsSuffix);
    m_hops->setToolTip(tr("How many steps up (consumers) and down (providers) to show"));
    connect(m_hops, &QSpinBox::valueChanged, this, &MapPage::updateFilter);
    rowLayout->addWidget(m_hops);

    m_expandAll = new QPushButton(tr("Expand All"));
    m_expandAll->setObjectName(QStringLiteral("mapExpandAll"));
    m_expandAll->setVisible(false);
    connect(m_expandAll, &QPushButton::clicked, this, [this] {
        MapFilter filter = m_scene->filter();
        filter.collapsedSites.clear();
        filter.collapsedGroups.clear();
        m_scene->setFilter(filter);
    });
    rowLayout->addWidget(m_expandAll);
    rowLayout->addSeparator();
    rowLayout->addWidget(m_search);
    rowLayout->addWidget(m_searchResult);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("mapCounts"));
    rowLayout->addWidget(m_counts);
    layout()->addWidget(row);
}

void MapPage::updateFilter()
{
    MapFilter filter = m_scene->filter();
    filter.hiddenKinds.clear();
    for (QAction *a : m_kindMenu->actions()) {
        if (!a->isChecked())
            filter.hiddenKinds.insert(a->data().toString());
    }
    filter.hiddenTiers.clear();
    for (QAction *a : m_tierMenu->actions()) {
        if (!a->isChecked())
            filter.hiddenTiers.insert(a->data().toInt());
    }
    filter.site = m_siteFilter->currentData().toString();
    if (m_neighbourhood->isChecked()) {
        // The centre is the selection when the box was ticked (or the hops changed).
        if (filter.focus.isEmpty() || sender() == m_neighbourhood || sender() == m_hops)
            filter.focus = m_scene->selectedIds().isEmpty() ? filter.focus : m_scene->selectedIds();
        if (filter.focus.isEmpty()) {
            emit statusMessage(tr("Select a node first, then show its neighbourhood."), 6000);
            const QSignalBlocker blocker(m_neighbourhood);
            m_neighbourhood->setChecked(false);
        }
    } else {
        filter.focus.clear();
    }
    filter.hops = m_hops->value();
    m_scene->setFilter(filter);
}

void MapPage::rebuildSiteFilter()
{
    const QString current = m_siteFilter->currentData().toString();
    const QSignalBlocker blocker(m_siteFilter);
    m_siteFilter->clear();
    m_siteFilter->addItem(tr("All sites"), QString());
    for (const Service &s : m_document->plan().services) {
        if (s.kind == ServiceKind::Site)
            m_siteFilter->addItem(s.name, s.id);
    }
    const int index = m_siteFilter->findData(current);
    m_siteFilter->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        updateFilter();
}

void MapPage::showNodes(const QStringList &ids)
{
    // A node hidden by the filter is shown by clearing the filters that hide it.
    bool hidden = false;
    for (const QString &id : ids) {
        NodeItem *item = m_scene->nodeItem(id);
        hidden = hidden || !item || !item->isVisible();
    }
    if (hidden) {
        for (QAction *a : m_kindMenu->actions() + m_tierMenu->actions()) {
            const QSignalBlocker blocker(a);
            a->setChecked(true);
        }
        const QSignalBlocker siteBlocker(m_siteFilter);
        m_siteFilter->setCurrentIndex(0);
        const QSignalBlocker neighbourBlocker(m_neighbourhood);
        m_neighbourhood->setChecked(false);
        updateFilter();
    }
    m_scene->selectIds(ids);
    m_view->centreOnNodes(ids);
}

bool MapPage::isLayoutRunning() const
{
    return m_layoutWatcher.isRunning() && m_layoutCancel && !m_layoutCancel->load();
}

void MapPage::startLayout(LayoutEngine engine, bool keep)
{
    // A read-only plan can still be laid out to look at; nothing is kept.
    m_layoutKeep = keep && m_scene->isEditable();
    m_scene->flush();
    if (m_layoutCancel)
        m_layoutCancel->store(true);
    QStringList ids;
    const LayoutRequest request = m_scene->layoutRequest(
        engine, m_clusterAction->isChecked() && engine == LayoutEngine::Dot, &ids);
    if (request.nodes.isEmpty()) {
        emit statusMessage(tr("There is nothing on the map to lay out."), 5000);
        return;
    }
    m_layoutIds = ids;
    m_layoutEngine = engine;
    m_layoutCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_layoutCancel;
    m_elapsed.start();
    m_progressTimer->start();
    updateProgress();
    m_progressRow->setVisible(true);
    m_layoutWatcher.setFuture(
        QtConcurrent::run([request, cancel] { return runGraphvizLayout(request, cancel.get()); }));
}

void MapPage::updateProgress()
{
    m_progressLabel->setText(
        tr("Laying out %n node(s) with %1… %2 s", nullptr, int(m_layoutIds.size()))
            .arg(layoutEngineName(m_layoutEngine))
            .arg(m_elapsed.elapsed() / 1000));
}

void MapPage::cancelLayout()
{
    if (!m_layoutCancel || m_layoutCancel->load())
        return;
    m_layoutCancel->store(true);
    m_progressTimer->stop();
    m_progressRow->setVisible(false);
    emit statusMessage(tr("Layout cancelled; the map is as it was."), 5000);
    emit layoutFinished(false);
}

void MapPage::onLayoutFinished()
{
    if (!m_layoutCancel || m_layoutCancel->load())
        return; // cancelled: the result is dropped
    m_layoutCancel->store(true);
    m_progressTimer->stop();
    m_progressRow->setVisible(false);
    const LayoutResult result = m_layoutWatcher.result();
    if (!result.error.isEmpty()) {
        m_dialogs->showError(this, tr("Layout Failed"), result.error);
        emit layoutFinished(false);
        return;
    }
    if (!result.ok()) {
        emit layoutFinished(false);
        return;
    }
    QString error;
    const QString text = tr("Lay out the map with %1").arg(layoutEngineName(m_layoutEngine));
    if (!m_scene->applyLayout(m_layoutIds, result.centres, text, &error, m_layoutKeep)) {
        refusal(error);
        emit layoutFinished(false);
        return;
    }
    m_scene->flush();
    m_view->fitAll();
    emit statusMessage(tr("Laid out %n node(s) with %1 in %2 s.", nullptr, int(m_layoutIds.size()))
                           .arg(layoutEngineName(m_layoutEngine))
                           .arg(QLocale().toString(m_elapsed.elapsed() / 1000.0, 'f', 1)),
                       6000);
    emit layoutFinished(true);
}

void MapPage::onConnectRequested(const QString &consumer, const QString &provider,
                                 const QPoint &globalPosition)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("mapConnectMenu"));
    QAction *hard = menu.addAction(tr("Hard dependency"));
    QAction *soft = menu.addAction(tr("Soft dependency (degrades only)"));
    menu.addSeparator();
    QList<QAction *> groupActions;
    for (const RedundancyGroup &g : m_document->plan().groups) {
        if (g.consumer != consumer)
            continue;
        QAction *a = menu.addAction(tr("In group \"%1\" (%2 of %3)")
                                        .arg(g.name)
                                        .arg(g.quorum)
                                        .arg(m_document->groupSize(consumer, g.name)));
        a->setData(g.name);
        groupActions.append(a);
    }
    QAction *newGroup = menu.addAction(tr("In a New Redundancy Group…"));
    QAction *chosen = menu.exec(globalPosition);
    if (!chosen)
        return;
    QString group;
    Strength strength = Strength::Hard;
    if (chosen == soft) {
        strength = Strength::Soft;
    } else if (chosen == newGroup) {
        group = m_dialogs->askText(this, tr("New Redundancy Group"),
                                   tr("Name of the group (for example \"database\"):"), QString());
        if (group.isEmpty())
            return;
    } else if (chosen != hard) {
        group = chosen->data().toString();
    }
    QString error;
    if (!m_scene->connectNodes(consumer, provider, strength, group, &error))
        refusal(error);
}

void MapPage::onContextMenu(const QString &key, const QPointF &scenePosition,
                            const QPoint &globalPosition)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("mapContextMenu"));
    const bool editable = m_scene->isEditable();
    if (key.isEmpty()) {
        QMenu *add = menu.addMenu(tr("Add Here"));
        add->setEnabled(editable);
        add->addAction(tr("Process"), this, [this, scenePosition] {
            QString error;
            if (!m_scene->addNodeAt(MapNodeKind::Process, std::nullopt, scenePosition, nullptr,
                                    &error))
                refusal(error);
        });
        for (const QString &name : serviceKindNames()) {
            const ServiceKind kind = *serviceKindFromString(name);
            add->addAction(displayName(kind), this, [this, kind, scenePosition] {
                QString error;
                if (!m_scene->addNodeAt(MapNodeKind::Service, kind, scenePosition, nullptr, &error))
                    refusal(error);
            });
        }
        menu.addAction(tr("Paste"), this, &MapPage::paste)->setEnabled(editable);
        menu.addAction(tr("Fit"), this, [this] { m_view->fitAll(); });
        menu.exec(globalPosition);
        return;
    }
    if (key.startsWith(QLatin1String("site:")) || key.startsWith(QLatin1String("group:"))) {
        menu.addAction(tr("Expand"), this, [this, key] {
            MapFilter filter = m_scene->filter();
            filter.collapsedSites.remove(key.mid(5));
            filter.collapsedGroups.remove(key.mid(6));
            m_scene->setFilter(filter);
        });
        menu.exec(globalPosition);
        return;
    }
    const QStringList ids =
        m_scene->selectedIds().isEmpty() ? QStringList{key} : m_scene->selectedIds();
    QAction *fail = menu.addAction(ids.size() == 1 ? tr("Fail This") : tr("Fail These"));
    fail->setObjectName(QStringLiteral("mapFailAction"));
    connect(fail, &QAction::triggered, this, [this, ids] {
        setColourMode(int(MapColourMode::Scenario));
        emit failRequested(ids);
    });
    menu.addAction(tr("Show in Analyses"), this,
                   [this, ids] { emit showInAnalysesRequested(ids); });
    menu.addAction(tr("Neighbourhood"), this, [this, ids] {
        m_scene->selectIds(ids);
        const QSignalBlocker blocker(m_neighbourhood);
        m_neighbourhood->setChecked(true);
        MapFilter filter = m_scene->filter();
        filter.focus = ids;
        filter.hops = m_hops->value();
        m_scene->setFilter(filter);
    });
    const Service *service = m_document->service(key);
    if (service && service->kind == ServiceKind::Site) {
        menu.addSeparator();
        menu.addAction(tr("Collapse Site"), this, [this, key] {
            MapFilter filter = m_scene->filter();
            filter.collapsedSites.insert(key);
            m_scene->setFilter(filter);
        });
    }
    bool separated = false;
    for (const RedundancyGroup &g : m_document->plan().groups) {
        if (g.consumer != key)
            continue;
        if (!separated)
            menu.addSeparator();
        separated = true;
        menu.addAction(tr("Collapse Group \"%1\"").arg(g.name), this, [this, g] {
            MapFilter filter = m_scene->filter();
            filter.collapsedGroups.insert(MapGraph::groupKey(g.consumer, g.name));
            m_scene->setFilter(filter);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Copy"), this, &MapPage::copy);
    menu.addAction(tr("Delete"), this, &MapPage::deleteSelection)->setEnabled(editable);
    menu.exec(globalPosition);
}

void MapPage::setColourMode(int mode)
{
    m_colourBy->setCurrentIndex(std::max(0, m_colourBy->findData(mode)));
}

void MapPage::onSearch()
{
    if (m_matches.isEmpty())
        return;
    m_matchIndex = (m_matchIndex + 1) % int(m_matches.size());
    const QString id = m_matches.at(m_matchIndex);
    showNodes({id});
    m_searchResult->setText(tr("%1 of %2").arg(m_matchIndex + 1).arg(m_matches.size()));
}

bool MapPage::isOverviewWanted()
{
    return QSettings().value(QStringLiteral("map/overview"), true).toBool();
}

void MapPage::setOverviewWanted(bool on)
{
    QSettings().setValue(QStringLiteral("map/overview"), on);
    m_overview->setWanted(on);
}

QString MapPage::exportTitle() const
{
    return m_document->plan().name.isEmpty() ? QFileInfo(m_document->filePath()).completeBaseName()
                                             : m_document->plan().name;
}

bool MapPage::exportTo(const QString &path, QString *errorMessage)
{
    return MapExport::write(m_scene, path, exportTitle(), errorMessage);
}

bool MapPage::exportWallPrint(const QString &path, const MapExport::WallPrint &options,
                              MapExport::WallPrintPages *pages, QString *errorMessage)
{
    return MapExport::writeWallPrint(m_scene, path, exportTitle(), options, pages, errorMessage);
}

void MapPage::onWallPrint(QPageSize::PageSizeId paper)
{
    // How many pages: names at their natural size, or a number of pages across; the count
    // follows as it is chosen.
    MapExport::WallPrint options;
    options.paper = paper;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("wallPrintDialog"));
    dialog.setWindowTitle(tr("Wall Print on %1 Pages").arg(QPageSize(paper).name()));
    auto *form = new QFormLayout(&dialog);
    auto *across = new QSpinBox;
    across->setObjectName(QStringLiteral("wallPrintAcross"));
    across->setRange(0, 64);
    across->setSpecialValueText(tr("Names at natural size"));
    across->setSuffix(tr(" pages"));
    auto *count = new QLabel;
    count->setObjectName(QStringLiteral("wallPrintCount"));
    count->setTextFormat(Qt::PlainText);
    const QString scenario = MapExport::scenarioLine(m_scene);
    auto *titleLabel =
        new QLabel(scenario.isEmpty() ? exportTitle() : tr("%1 — %2").arg(exportTitle(), scenario));
    titleLabel->setTextFormat(Qt::PlainText);
    titleLabel->setWordWrap(true);
    auto update = [&] {
        options.across = across->value();
        const MapExport::WallPrintPages pages = MapExport::planWallPrint(m_scene, options);
        count->setText(tr("%1 pages (%2 across, %3 down) and an assembly plan; names at %4 %")
                           .arg(pages.count())
                           .arg(pages.across)
                           .arg(pages.down)
                           .arg(QLocale().toString(pages.scale * 100, 'f', 0)));
    };
    connect(across, &QSpinBox::valueChanged, &dialog, update);
    update();
    form->addRow(tr("Title:"), titleLabel);
    form->addRow(tr("Pages across:"), across);
    form->addRow(tr("Prints:"), count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const QFileInfo plan(m_document->filePath());
    QString path = m_dialogs->askExportPath(
        this, tr("Wall Print"),
        plan.absoluteDir().filePath(plan.completeBaseName() + QStringLiteral("-wall-") +
                                    QPageSize(paper).name() + QStringLiteral(".pdf")),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    MapExport::WallPrintPages pages;
    if (!exportWallPrint(path, options, &pages, &error)) {
        m_dialogs->showError(this, tr("Export Failed"), error);
        return;
    }
    emit statusMessage(tr("Wrote %1 pages and an assembly plan to %2")
                           .arg(pages.count())
                           .arg(QDir::toNativeSeparators(path)),
                       8000);
}

void MapPage::onExport()
{
    const QFileInfo plan(m_document->filePath());
    QString path = m_dialogs->askExportPath(
        this, tr("Export Map"),
        plan.absoluteDir().filePath(plan.completeBaseName() + QStringLiteral("-map.png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!exportTo(path, &error)) {
        m_dialogs->showError(this, tr("Export Failed"), error);
        return;
    }
    emit statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MapPage::addNode(int kind)
{
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QString error;
    const bool ok =
        kind < 0
            ? m_scene->addNodeAt(MapNodeKind::Process, std::nullopt, centre, nullptr, &error)
            : m_scene->addNodeAt(MapNodeKind::Service, ServiceKind(kind), centre, nullptr, &error);
    if (!ok)
        refusal(error);
}

void MapPage::deleteSelection()
{
    QString error;
    if (!m_scene->deleteSelection(&error))
        refusal(error);
}

void MapPage::copy()
{
    if (m_scene->selectedIds().isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray json = m_scene->copySelection();
    mime->setData(clipboardFormat, json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied %n node(s).", nullptr, int(m_scene->selectedIds().size())), 4000);
}

void MapPage::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QByteArray json =
        mime->hasFormat(clipboardFormat) ? mime->data(clipboardFormat) : mime->text().toUtf8();
    if (json.trimmed().isEmpty())
        return;
    QString error;
    if (!m_scene->paste(json, QPointF(40, 40), &error))
        refusal(error);
}

void MapPage::refusal(const QString &message)
{
    if (!message.isEmpty())
        emit statusMessage(message, 10000);
}

void MapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    placeLegend();
    m_overview->place();
    if (!m_firstShow)
        return;
    m_firstShow = false;
    // A plan that was never drawn gets a first layout to look at; opening the map changes
    // nothing in the plan: the layout is kept once a node is moved or the map laid out.
    if (!m_scene->hasPlacedNodes() && m_scene->shownNodeCount() > 0) {
        startLayout(defaultLayoutEngine(m_scene->shownNodeCount()), false);
        return;
    }
    QTimer::singleShot(0, m_view, &MapView::fitAll);
}

void MapPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLegend();
    m_overview->place();
}

void MapPage::placeLegend()
{
    m_legend->adjustSize();
    const QRect area = m_view->viewport()->geometry();
    if (m_legend->isPlacedByHand()) {
        // Where the planner put it, still inside the map when the window shrinks.
        QPoint at = m_legend->pos();
        at.setX(std::clamp(at.x(), area.left(),
                           std::max(area.left(), area.right() - m_legend->width())));
        at.setY(std::clamp(at.y(), area.top(),
                           std::max(area.top(), area.bottom() - m_legend->height())));
        m_legend->move(at);
    } else {
        m_legend->move(area.left() + 12, area.bottom() - m_legend->height() - 12);
    }
    m_legend->raise();
    // Fit leaves the nodes clear of it (in the viewport's coordinates).
    m_view->setKeptClear(m_legend->geometry().translated(-area.topLeft()));
}

} // namespace Continuity
