// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysesPage.h"

#include "analysis/Findings.h"
#include "analysis/Spof.h"
#include "analysis/WhoToCall.h"
#include "AvailabilityView.h"
#include "dialogs/ReportExportBar.h"
#include "dialogs/UserDialogs.h"
#include "domain/Contacts.h"
#include "report/BiaReport.h"
#include "report/ContinuityPlan.h"
#include "report/FindingsReport.h"
#include "report/ScenarioBrief.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"
#include "tables/ChartLabels.h"

#include "analysis/AnalysisRun.h"
#include "document/AnalysisController.h"
#include "document/PlanDocument.h"
#include "itemmodels/CascadeTableModel.h"
#include "itemmodels/FindingsTableModel.h"
#include "itemmodels/RecoveryTableModel.h"
#include "tables/HeaderFit.h"
#include "tables/RelativeFont.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Continuity {
namespace {

// How many rows a column's width is measured by (Qt's default: a thousand, each laid out).
constexpr int ContentsPrecision = 100;

enum NodeRole { NodeIdRole = Qt::UserRole + 1, NodeKindRole };

// Filters the node list by text and by kind ("process" or a service kind spelling).
// Rows of the scenario list as wide as the list, whatever their text: with uniform item sizes
// (100k rows) a long first name would otherwise set every row's width beyond the list, and
// names would be cut at its edge instead of ending in "…" (the whole in the tooltip).
class ListWideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {1, QStyledItemDelegate::sizeHint(option, index).height()};
    }
};

class NodeFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(const QString &kind)
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_kind.isEmpty() && index.data(NodeKindRole).toString() != m_kind)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_kind;
};

// The findings shown: of one severity and kind (or any), and holding the search text in their
// subject's id or name, kind or message (#18: a big plan's findings are found, not scrolled).
class FindingsFilter : public QSortFilterProxyModel
{
public:
    FindingsFilter(std::function<QString(const QString &)> nameOf, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_nameOf(std::move(nameOf))
    {}
    void setSeverity(const QString &severity)
    {
        m_severity = severity;
        invalidateRowsFilter();
    }
    void setKind(const QString &kind)
    {
        m_kind = kind;
        invalidateRowsFilter();
    }
    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        auto cell = [&](int column) { return m->index(row, column, parent).data().toString(); };
        if (!m_severity.isEmpty() && cell(FindingsTableModel::SeverityColumn) != m_severity)
            return false;
        if (!m_kind.isEmpty() && cell(FindingsTableModel::KindColumn) != m_kind)
            return false;
        if (m_text.isEmpty())
            return true;
        const QString subject = cell(FindingsTableModel::SubjectColumn);
        for (const QString &haystack :
             {subject, m_nameOf(subject), cell(FindingsTableModel::KindColumn),
              cell(FindingsTableModel::MessageColumn)}) {
            if (haystack.contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    std::function<QString(const QString &)> m_nameOf;
    QString m_severity;
    QString m_kind;
    QString m_text;
};

} // namespace

AnalysesPage::AnalysesPage(PlanDocument *document, AnalysisController *controller, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_controller(controller)
    , m_nodes(new QStandardItemModel(this))
    , m_nodeFilter(new NodeFilter(this))
{
    setObjectName(QStringLiteral("analysesPage"));

    // Scenario builder.
    auto *scenarioBox = new QGroupBox(tr("Scenario: what fails"));
    auto *scenarioLayout = new QVBoxLayout(scenarioBox);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("scenarioSearch"));
    m_search->setPlaceholderText(tr("Find a process, service, site or supplier"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(QStringLiteral("scenarioKind"));
    m_kindFilter->addItem(tr("Everything"), QString());
    m_kindFilter->addItem(tr("Sites"), toString(ServiceKind::Site));
    m_kindFilter->addItem(tr("Suppliers"), toString(ServiceKind::Supplier));
    m_kindFilter->addItem(tr("Applications"), toString(ServiceKind::Application));
    m_kindFilter->addItem(tr("Data stores"), toString(ServiceKind::DataStore));
    m_kindFilter->addItem(tr("Infrastructure"), toString(ServiceKind::Infrastructure));
    m_kindFilter->addItem(tr("Networks"), toString(ServiceKind::Network));
    m_kindFilter->addItem(tr("Teams"), toString(ServiceKind::Team));
    m_kindFilter->addItem(tr("Processes"), QStringLiteral("process"));
    m_nodeFilter->setSourceModel(m_nodes);
    m_nodeFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_nodeFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_nodeFilter->sort(0);
    m_nodeList = new QListView;
    m_nodeList->setObjectName(QStringLiteral("scenarioList"));
    m_nodeList->setModel(m_nodeFilter);
    m_nodeList->setUniformItemSizes(true);
    m_nodeList->setItemDelegate(new ListWideDelegate(m_nodeList));
    m_nodeList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scenarioLabel = new QLabel;
    m_scenarioLabel->setObjectName(QStringLiteral("scenarioLabel"));
    m_scenarioLabel->setWordWrap(true);
    m_scenarioLabel->setTextFormat(Qt::PlainText);
    m_clear = new QPushButton(tr("Clear scenario"));
    m_clear->setObjectName(QStringLiteral("clearScenario"));
    scenarioLayout->addWidget(m_search);
    scenarioLayout->addWidget(m_kindFilter);
    scenarioLayout->addWidget(m_nodeList, 1);
    scenarioLayout->addWidget(m_scenarioLabel);
    scenarioLayout->addWidget(m_clear);
    connect(m_search, &QLineEdit::textChanged, m_nodeFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<NodeFilter *>(m_nodeFilter)->setKind(m_kindFilter->currentData().toString());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { setScenario({}); });
    connect(m_nodes, &QStandardItemModel::itemChanged, this, &AnalysesPage::onItemChanged);

    // Results.
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("analysisSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    keepFontRelative(m_summary, 1.15);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelAnalysis"));
    connect(m_cancel, &QPushButton::clicked, m_controller, &AnalysisController::cancel);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_summary, 1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_cancel);

    m_cascadeModel = new CascadeTableModel(this);
    m_recoveryModel = new RecoveryTableModel(this);
    m_findingsModel = new FindingsTableModel(this);
    m_findingsFilter = new FindingsFilter(
        [this](const QString &id) {
            if (const Process *p = m_document->process(id))
                return p->name;
            if (const Service *s = m_document->service(id))
                return s->name;
            return Contacts::displayName(m_document->plan(), id);
        },
        this);
    m_findingsFilter->setSourceModel(m_findingsModel);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("analysisTabs"));
    m_tabs->addTab(makeTable(m_cascadeModel, QStringLiteral("cascadeTable")), tr("Cascade"));

    auto *recoverySplit = new QSplitter(Qt::Vertical);
    auto *recoveryTop = new QWidget;
    auto *recoveryTopLayout = new QVBoxLayout(recoveryTop);
    recoveryTopLayout->setContentsMargins(0, 0, 0, 0);
    auto *draftRow = new QHBoxLayout;
    auto *draftLabel = new QLabel(
        tr("Turn this recovery order into a runbook: one step per node in wave order, with "
           "durations and waits filled in."));
    draftLabel->setWordWrap(true);
    m_draftButton = new QPushButton(tr("Draft Runbook"));
    m_draftButton->setObjectName(QStringLiteral("draftRunbookButton"));
    m_draftButton->setToolTip(tr("Create a draft runbook from this recovery analysis"));
    connect(m_draftButton, &QPushButton::clicked, this, [this] { emit draftRunbookRequested(); });
    m_briefButton = new QPushButton(tr("Scenario Brief PDF…"));
    m_briefButton->setObjectName(QStringLiteral("scenarioBriefButton"));
    m_briefButton->setToolTip(tr("A few pages for the war room: what is down, the loss, when "
                                 "each process breaches its MTD, who to call, the runbooks in "
                                 "recovery order"));
    connect(m_briefButton, &QPushButton::clicked, this, &AnalysesPage::askScenarioBrief);
    draftRow->addWidget(draftLabel, 1);
    draftRow->addWidget(m_draftButton);
    draftRow->addWidget(m_briefButton);
    recoveryTopLayout->addLayout(draftRow);
    recoveryTopLayout->addWidget(makeTable(m_recoveryModel, QStringLiteral("recoveryTable")));
    recoverySplit->addWidget(recoveryTop);
    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("recoveryChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    recoverySplit->addWidget(m_chart);
    recoverySplit->setStretchFactor(0, 3);
    recoverySplit->setStretchFactor(1, 2);
    m_tabs->addTab(recoverySplit, tr("Recovery"));

    m_spofs = new QTreeWidget;
    m_spofs->setObjectName(QStringLiteral("spofTree"));
    m_spofs->setHeaderLabels(
        {tr("Tier 0/1 process or service"), tr("Tier"), tr("Single points of failure")});
    m_spofs->setAlternatingRowColors(true);
    m_tabs->addTab(m_spofs, tr("Single points of failure"));
    // Beside the single points of failure: availability, and the pairs that fail together.
    m_tabs->addTab(new AvailabilityView(m_document), tr("Availability"));

    // Who to call for the scenario (docs/people.md): the owners and recoverers of what is
    // down, the most critical first, with who is on call now and their phones.
    m_whoToCall = new QTreeWidget;
    m_whoToCall->setObjectName(QStringLiteral("whoToCallTree"));
    m_whoToCall->setColumnCount(4);
    m_whoToCall->setHeaderLabels({tr("Role or person"), tr("Call now"), tr("Phones"), tr("For")});
    m_whoToCall->setRootIsDecorated(true);
    m_whoToCall->setUniformRowHeights(true);
    m_whoToCall->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_whoToCall->setColumnWidth(0, 220);
    m_whoToCall->setColumnWidth(1, 200);
    m_whoToCall->setColumnWidth(2, 260);
    auto *whoPage = new QWidget;
    auto *whoLayout = new QVBoxLayout(whoPage);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->addWidget(m_whoToCall, 1);
    auto *sheet = new QPushButton(tr("Contact Sheet PDF…"));
    sheet->setObjectName(QStringLiteral("scenarioContactSheetButton"));
    sheet->setToolTip(tr("Who to call for this scenario, the call trees and the external "
                         "contacts, on paper"));
    connect(sheet, &QPushButton::clicked, this,
            [this] { emit contactSheetRequested(m_controller->scenario()); });
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addStretch(1);
    sheetRow->addWidget(sheet);
    whoLayout->addLayout(sheetRow);
    m_tabs->addTab(whoPage, tr("Who to call"));
    auto *showSpofs = new QAction(tr("Show on Map"), m_spofs);
    connect(showSpofs, &QAction::triggered, this, [this] {
        QStringList ids;
        for (QTreeWidgetItem *item : m_spofs->selectedItems()) {
            QTreeWidgetItem *top = item->parent() ? item->parent() : item;
            for (const QString &id : top->data(0, Qt::UserRole).toStringList()) {
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
        if (!ids.isEmpty())
            emit showOnMapRequested(ids);
    });
    m_spofs->addAction(showSpofs);
    m_spofs->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *findingsPage = new QWidget;
    auto *findingsLayout = new QVBoxLayout(findingsPage);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_severityFilter = new QComboBox;
    m_severityFilter->setObjectName(QStringLiteral("severityFilter"));
    m_severityFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_severityFilter->addItem(tr("All findings"), QString());
    m_severityFilter->addItem(tr("Errors"), tr("Error"));
    m_severityFilter->addItem(tr("Warnings"), tr("Warning"));
    m_severityFilter->addItem(tr("Information"), tr("Info"));
    auto *filter = static_cast<FindingsFilter *>(m_findingsFilter);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, [this, filter] {
        filter->setSeverity(m_severityFilter->currentData().toString());
        updateFindingsCount();
    });
    m_findingKinds = new QComboBox;
    m_findingKinds->setObjectName(QStringLiteral("findingKindFilter"));
    m_findingKinds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_findingKinds, &QComboBox::currentIndexChanged, this, [this, filter] {
        filter->setKind(m_findingKinds->currentData().toString());
        updateFindingsCount();
    });
    m_findingsSearch = new QLineEdit;
    m_findingsSearch->setObjectName(QStringLiteral("findingsSearch"));
    m_findingsSearch->setClearButtonEnabled(true);
    m_findingsSearch->setPlaceholderText(tr("Filter by process, service, person or text"));
    connect(m_findingsSearch, &QLineEdit::textChanged, this, [this, filter](const QString &text) {
        filter->setText(text);
        updateFindingsCount();
    });
    m_findingsCount = new QLabel;
    m_findingsCount->setObjectName(QStringLiteral("findingsCount"));
    m_findingsCount->setTextFormat(Qt::PlainText);
    auto *findingsBar = new QHBoxLayout;
    findingsBar->addWidget(m_severityFilter);
    findingsBar->addWidget(m_findingKinds);
    findingsBar->addWidget(m_findingsSearch, 1);
    // The count and the review on a line of their own: with the filters beside them the line
    // was wider than a laptop gives in presentation mode.
    auto *countBar = new QHBoxLayout;
    countBar->addWidget(m_findingsCount, 1);
    auto *review = new QPushButton(tr("Findings Review PDF…"));
    review->setObjectName(QStringLiteral("findingsReviewButton"));
    review->setToolTip(tr("Every finding by severity and kind with what to do, the single "
                          "points of failure per target, and what changed since an older copy "
                          "of the plan"));
    connect(review, &QPushButton::clicked, this, &AnalysesPage::askFindingsReview);
    countBar->addWidget(review);
    findingsLayout->addLayout(findingsBar);
    findingsLayout->addLayout(countBar);
    auto *findingsTable = makeTable(m_findingsFilter, QStringLiteral("findingsTable"));
    findingsTable->setWordWrap(true);
    findingsLayout->addWidget(findingsTable, 1);
    m_tabs->addTab(findingsPage, tr("Findings"));

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(statusRow);
    resultsLayout->addWidget(m_tabs, 1);
    m_exportBar = new ReportExportBar;
    m_exportBar->setObjectName(QStringLiteral("analysesExportBar"));
    connect(m_exportBar, &ReportExportBar::finished, this, &AnalysesPage::reportFinished);
    resultsLayout->addWidget(m_exportBar);

    auto *split = new QSplitter;
    split->addWidget(scenarioBox);
    split->addWidget(results);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    // The scenario list wide enough for most names with their kind ("Backup platform (Veeam +
    // immutable store) — Infrastructure" elides, with the whole in its tooltip).
    const int listWidth = fontMetrics().averageCharWidth() * 58;
    split->setSizes({listWidth, 2 * listWidth});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // The list follows the document item by item: a plan may hold 100k services.
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.entity == PlanChange::Entity::WholePlan) {
            rebuildNodeList();
            return;
        }
        if (!change.isNode())
            return;
        switch (change.kind) {
        case PlanChange::Kind::Added:
            addNode(change.id());
            break;
        case PlanChange::Kind::Changed:
            updateNode(change.id());
            break;
        case PlanChange::Kind::Removed:
            removeNode(change.id());
            break;
        case PlanChange::Kind::AboutToBeRemoved:
            break;
        }
    });
    connect(controller, &AnalysisController::resultsChanged, this, &AnalysesPage::onResults);
    connect(controller, &AnalysisController::runningChanged, this, &AnalysesPage::onRunning);
    rebuildNodeList();
    onRunning(controller->isRunning());
    onResults();
}

AnalysesPage::~AnalysesPage()
{
    // The bar may sit in the window's status bar (MainWindow shows it there, so that a report
    // started from any area shows its progress); it goes with the page either way.
    delete m_exportBar;
}

QTableView *AnalysesPage::makeTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *sorter = new QSortFilterProxyModel(this);
    sorter->setSourceModel(model);
    sorter->setSortRole(AnalysisTableModel::SortRole);
    model = sorter;
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(false);
    keepHeadersReadable(view->horizontalHeader());
    auto *show = new QAction(tr("Show on Map"), view);
    show->setObjectName(QStringLiteral("showOnMapAction"));
    connect(show, &QAction::triggered, this, [this, view] {
        QStringList ids;
        for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
            const QString id = index.data(AnalysisTableModel::IdRole).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        if (!ids.isEmpty())
            emit showOnMapRequested(ids);
    });
    view->addAction(show);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

void AnalysesPage::rebuildNodeList()
{
    m_updatingChecks = true;
    m_nodes->clear();
    m_items.clear();
    const Plan &plan = m_document->plan();
    for (const Process &p : plan.processes)
        addNode(p.id);
    for (const Service &s : plan.services)
        addNode(s.id);
    m_updatingChecks = false;
}

void AnalysesPage::addNode(const QString &id)
{
    auto *item = new QStandardItem;
    item->setData(id, NodeIdRole);
    item->setCheckable(true);
    item->setEditable(false);
    m_items.insert(id, item);
    const bool updating = m_updatingChecks;
    m_updatingChecks = true;
    item->setCheckState(m_controller->scenario().contains(id) ? Qt::Checked : Qt::Unchecked);
    m_nodes->appendRow(item);
    m_updatingChecks = updating;
    updateNode(id);
}

void AnalysesPage::updateNode(const QString &id)
{
    QStandardItem *item = m_items.value(id);
    if (!item)
        return;
    const bool updating = m_updatingChecks;
    m_updatingChecks = true;
    if (const Process *p = m_document->process(id)) {
        item->setText(QStringLiteral("%1 — %2").arg(p->name, tr("Process")));
        item->setData(QStringLiteral("process"), NodeKindRole);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(item->text(), id));
    } else if (const Service *s = m_document->service(id)) {
        // The kind as the noun it is (capitalised in German), not lower-cased.
        item->setText(QStringLiteral("%1 — %2").arg(s->name, displayName(s->kind)));
        item->setData(toString(s->kind), NodeKindRole);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(item->text(), id));
    }
    m_updatingChecks = updating;
}

void AnalysesPage::removeNode(const QString &id)
{
    QStandardItem *item = m_items.take(id);
    if (!item)
        return;
    m_nodes->removeRow(item->row());
    QStringList scenario = m_controller->scenario();
    if (scenario.removeAll(id) > 0)
        m_controller->setScenario(scenario);
}

void AnalysesPage::setScenario(const QStringList &ids)
{
    m_updatingChecks = true;
    for (int row = 0; row < m_nodes->rowCount(); ++row) {
        QStandardItem *item = m_nodes->item(row);
        item->setCheckState(ids.contains(item->data(NodeIdRole).toString()) ? Qt::Checked
                                                                            : Qt::Unchecked);
    }
    m_updatingChecks = false;
    m_controller->setScenario(ids);
}

void AnalysesPage::onItemChanged()
{
    if (m_updatingChecks)
        return;
    QStringList ids;
    for (int row = 0; row < m_nodes->rowCount(); ++row) {
        if (m_nodes->item(row)->checkState() == Qt::Checked)
            ids.append(m_nodes->item(row)->data(NodeIdRole).toString());
    }
    m_controller->setScenario(ids);
}

void AnalysesPage::onRunning(bool running)
{
    m_busy->setVisible(running);
    m_cancel->setVisible(running);
}

void AnalysesPage::updateWhoToCall()
{
    m_whoToCall->clear();
    const std::shared_ptr<const AnalysisOutput> results = m_controller->results();
    if (!results || results->scenario.isEmpty())
        return;
    const Plan &plan = results->plan;
    const CascadeResult &c = results->cascade();
    QStringList down;
    for (int node : c.affected) {
        if (c.state[node] == NodeState::Down)
            down.append(results->graph->id(node));
    }
    auto phonesOf = [&](const QString &id) {
        const QStringList phones = Contacts::phoneNumbers(plan, id);
        return phones.isEmpty() ? tr("no phone") : phones.join(QStringLiteral(", "));
    };
    for (const CallEntry &e : whoToCall(plan, down, QDateTime::currentDateTimeUtc())) {
        QStringList names;
        for (const QString &node : e.nodes)
            names.append(results->graph->name(results->graph->indexOf(node)));
        auto *item = new QTreeWidgetItem(m_whoToCall);
        item->setText(0, Contacts::displayName(plan, e.contact));
        item->setText(1, e.callFirst.isEmpty() ? tr("nobody")
                                               : Contacts::displayName(plan, e.callFirst));
        item->setText(2, e.callFirst.isEmpty() ? QString() : phonesOf(e.callFirst));
        item->setText(3, names.join(QStringLiteral(", ")));
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, item->text(column));
        for (const QString &alternate : e.alternates) {
            auto *then = new QTreeWidgetItem(item);
            then->setText(0, tr("then"));
            then->setText(1, Contacts::displayName(plan, alternate));
            then->setText(2, phonesOf(alternate));
        }
        if (const EscalationPolicy *policy = Contacts::escalationOf(plan, e.contact)) {
            for (const EscalationLevel &level : policy->levels) {
                QStringList notify;
                for (const QString &id : level.notify)
                    notify.append(Contacts::displayName(plan, id));
                auto *escalate = new QTreeWidgetItem(item);
                escalate->setText(0,
                                  tr("after %1 min").arg(QLocale().toString(level.afterMinutes)));
                escalate->setText(1, notify.join(QStringLiteral(", ")));
            }
        }
    }
    m_whoToCall->expandAll();
}

void AnalysesPage::onResults()
{
    const std::shared_ptr<const AnalysisOutput> results = m_controller->results();
    m_cascadeModel->setResults(results);
    m_recoveryModel->setResults(results);
    m_draftButton->setEnabled(results && !results->recovery.nodes.empty() &&
                              !m_document->isReadOnly());
    m_findingsModel->setResults(results);
    refreshFindingKinds();
    updateWhoToCall();
    if (!results) {
        m_summary->setText(tr("Analysing…"));
        return;
    }
    int errors = 0;
    for (const Finding &f : results->findings)
        errors += f.severity == Severity::Error;
    const QString findings =
        tr("%1 findings, %2 of them errors").arg(results->findings.size()).arg(errors);
    if (results->scenario.isEmpty()) {
        m_scenarioLabel->setText(tr("Nothing fails yet: tick what should fail."));
        m_summary->setText(
            tr("Pick what fails on the left to see the cascade and the recovery. %1.")
                .arg(findings));
    } else {
        const CascadeResult &c = results->cascade();
        int down = 0;
        int processesDown = 0;
        for (int node : c.affected) {
            if (c.state[node] == NodeState::Down) {
                ++down;
                processesDown += results->graph->isProcess(node);
            }
        }
        QStringList names;
        for (const QString &id : results->scenario)
            names.append(results->graph->name(results->graph->indexOf(id)));
        m_scenarioLabel->setText(tr("Failing: %1").arg(names.join(QStringLiteral(", "))));
        m_summary->setText(tr("%1 down (%2 business processes), %3 degraded; loss %4 per hour. %5.")
                               .arg(down)
                               .arg(processesDown)
                               .arg(int(c.affected.size()) - down)
                               .arg(QLocale().toString(c.lossPerHour, 'f', 0), findings));
    }
    for (const char *name : {"cascadeTable", "recoveryTable", "findingsTable"}) {
        auto *view = findChild<QTableView *>(QLatin1String(name));
        // Sized by the first rows (the most severe, the first down), not by laying out the text
        // of a thousand: on a big plan that held the window for a third of a second per table.
        view->horizontalHeader()->setResizeContentsPrecision(ContentsPrecision);
        view->resizeColumnsToContents();
        for (int column = 0; column + 1 < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, std::min(view->columnWidth(column), 360));
    }
    updateChart();
    updateSpofs();
}

void AnalysesPage::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Business processes: achievable against target RTO (hours)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const std::shared_ptr<const AnalysisOutput> results = m_controller->results();
    if (results) {
        const GraphSnapshot &g = *results->graph;
        struct Bar
        {
            QString name;
            double ready;
            double target;
        };
        std::vector<Bar> bars;
        for (const RecoveryNode &r : results->recovery.nodes) {
            if (!g.isProcess(r.node) || r.isBlocked())
                continue;
            bars.push_back({g.name(r.node), r.readyHours,
                            std::isnan(g.rtoHours(r.node)) ? 0 : g.rtoHours(r.node)});
        }
        std::sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) {
            return a.ready - a.target > b.ready - b.target;
        });
        if (bars.size() > 12)
            bars.resize(12);
        if (!bars.empty()) {
            // Bars run sideways, the worst at the top, so that the process names have the
            // room down the left (#18 point 2).
            std::reverse(bars.begin(), bars.end());
            auto *achievable = new QBarSet(tr("Achievable"));
            auto *target = new QBarSet(tr("Target RTO"));
            achievable->setColor(QColor(0xb0, 0x3a, 0x2e));
            target->setColor(QColor(0x5b, 0x7d, 0xa6));
            QStringList categories;
            QStringList names;
            double top = 0;
            for (const Bar &b : bars) {
                *achievable << b.ready;
                *target << b.target;
                categories << ChartLabels::elided(b.name);
                names << b.name;
                top = std::max({top, b.ready, b.target});
            }
            auto *series = new QHorizontalBarSeries;
            series->append(target);
            series->append(achievable);
            chart->addSeries(series);
            auto *y = new QBarCategoryAxis;
            y->append(categories);
            chart->addAxis(y, Qt::AlignLeft);
            series->attachAxis(y);
            auto *x = new QValueAxis;
            x->setRange(0, std::max(1.0, top * 1.1));
            x->setLabelFormat(QStringLiteral("%.0f"));
            x->applyNiceNumbers();
            chart->addAxis(x, Qt::AlignBottom);
            series->attachAxis(x);
            ChartLabels::keepLabelsWhole(chart);
            ChartLabels::showBarToolTips(m_chart, series, names, tr("%1 h"));
        }
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void AnalysesPage::updateSpofs()
{
    m_spofs->clear();
    const std::shared_ptr<const AnalysisOutput> results = m_controller->results();
    if (!results)
        return;
    const GraphSnapshot &g = *results->graph;
    std::vector<const SpofTarget *> targets;
    for (const SpofTarget &t : results->spof.targets)
        targets.push_back(&t);
    std::sort(targets.begin(), targets.end(), [&](const SpofTarget *a, const SpofTarget *b) {
        if (a->spofs.empty() != b->spofs.empty())
            return !a->spofs.empty();
        return a->tier != b->tier ? a->tier < b->tier : g.name(a->node) < g.name(b->node);
    });
    for (const SpofTarget *t : targets) {
        QStringList names;
        for (int s : t->spofs)
            names.append(g.name(s));
        names.sort(Qt::CaseInsensitive);
        auto *item =
            new QTreeWidgetItem({g.name(t->node), QString::number(t->tier),
                                 names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))});
        QStringList ids{g.id(t->node)};
        for (int spof : t->spofs)
            ids.append(g.id(spof));
        item->setData(0, Qt::UserRole, ids); // the target and what it hangs on
        for (const QString &name : names)
            item->addChild(new QTreeWidgetItem({QString(), QString(), name}));
        m_spofs->addTopLevelItem(item);
    }
    m_spofs->header()->setResizeContentsPrecision(ContentsPrecision);
    m_spofs->resizeColumnToContents(0);
}

void AnalysesPage::refreshFindingKinds()
{
    // The kinds the findings have, each with its count; the chosen one kept where it still is.
    const QString kept = m_findingKinds->currentData().toString();
    QMap<QString, int> counts;
    for (int row = 0; row < m_findingsModel->rowCount(); ++row)
        ++counts[m_findingsModel->index(row, FindingsTableModel::KindColumn).data().toString()];
    const QSignalBlocker blocker(m_findingKinds);
    m_findingKinds->clear();
    m_findingKinds->addItem(tr("All kinds"), QString());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_findingKinds->addItem(tr("%1 (%2)").arg(it.key()).arg(it.value()), it.key());
    const int index = m_findingKinds->findData(kept);
    m_findingKinds->setCurrentIndex(std::max(index, 0));
    static_cast<FindingsFilter *>(m_findingsFilter)->setKind(index > 0 ? kept : QString());
    updateFindingsCount();
}

void AnalysesPage::updateFindingsCount()
{
    const int shown = m_findingsFilter->rowCount();
    const int all = m_findingsModel->rowCount();
    m_findingsCount->setText(shown == all ? tr("%n finding(s)", nullptr, all)
                                          : tr("%1 of %n finding(s)", nullptr, all).arg(shown));
}

bool AnalysesPage::isExporting() const
{
    return m_exportBar->isRunning();
}

bool AnalysesPage::exportFindingsReview(const QString &path, const QString &olderPath)
{
    // Copies only: the analyses and the older copy's reading happen on the worker.
    const Plan plan = m_document->plan();
    const QString olderLabel = QFileInfo(olderPath).fileName();
    return m_exportBar->start(
        [plan, olderPath, olderLabel](Report::Document *document, QString *error) {
            std::vector<Finding> older;
            if (!olderPath.isEmpty()) {
                std::unique_ptr<PlanFile> file =
                    PlanFile::open(olderPath, OpenMode::ReadOnly, error);
                Plan olderPlan;
                if (!file || !PlanSql(file->database()).load(&olderPlan, error))
                    return false;
                older = checkPlan(GraphSnapshot::fromPlan(olderPlan), olderPlan);
            }
            const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
            FindingsReview review;
            review.findings = checkPlan(graph, plan);
            if (!olderPath.isEmpty()) {
                review.older = &older;
                review.olderLabel = olderLabel;
            }
            const SpofResult spofs = findSpofs(graph, defaultSpofTargets(graph));
            *document = findingsReport(plan, graph, review, spofs, QDateTime::currentDateTime());
            return true;
        },
        path, tr("Findings review"));
}

bool AnalysesPage::exportScenarioBrief(const QString &path)
{
    const QStringList scenario = m_controller->scenario();
    if (scenario.isEmpty())
        return false;
    const Plan plan = m_document->plan();
    return m_exportBar->start(
        [plan, scenario](Report::Document *document, QString *) {
            const AnalysisOutput results = runAnalyses(plan, scenario);
            *document = scenarioBrief(plan, results, QDateTime::currentDateTime());
            return true;
        },
        path, tr("Scenario brief"));
}

void AnalysesPage::printPreview()
{
    if (m_controller->scenario().isEmpty())
        previewFindingsReview();
    else
        previewScenarioBrief();
}

void AnalysesPage::previewScenarioBrief()
{
    const QStringList scenario = m_controller->scenario();
    if (scenario.isEmpty())
        return;
    // Analysed, built, laid out and painted off the GUI thread, from a copy of the plan.
    ReportExportBar::preview(
        [plan = m_document->plan(), scenario](Report::Document *document, QString *) {
            *document =
                scenarioBrief(plan, runAnalyses(plan, scenario), QDateTime::currentDateTime());
            return true;
        },
        tr("Scenario brief"), this);
}

void AnalysesPage::previewFindingsReview()
{
    ReportExportBar::preview(
        [plan = m_document->plan()](Report::Document *document, QString *) {
            const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
            FindingsReview review;
            review.findings = checkPlan(graph, plan);
            const SpofResult spofs = findSpofs(graph, defaultSpofTargets(graph));
            *document = findingsReport(plan, graph, review, spofs, QDateTime::currentDateTime());
            return true;
        },
        tr("Findings review"), this);
}

void AnalysesPage::askExportPdf()
{
    if (m_controller->scenario().isEmpty())
        askFindingsReview();
    else
        askScenarioBrief();
}

void AnalysesPage::askFindingsReview()
{
    if (!m_dialogs)
        return;
    const int choice = m_dialogs->choose(
        this, tr("Findings Review"),
        tr("Print the plan's findings as they are, or compare them with an older copy of the "
           "plan (a snapshot from the last review) to see what is new and what was resolved?"),
        {tr("Findings Only"), tr("Compare with an Older Copy…")});
    if (choice < 0)
        return;
    const QFileInfo plan(m_document->filePath());
    QString older;
    if (choice == 1) {
        older = m_dialogs->askOpenPath(this, plan.absolutePath());
        if (older.isEmpty())
            return;
    }
    QString path = m_dialogs->askExportPath(this, tr("Export the Findings Review as PDF"),
                                            plan.absoluteDir().filePath(plan.completeBaseName() +
                                                                        tr("-findings") +
                                                                        QStringLiteral(".pdf")),
                                            tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportFindingsReview(path, older);
}

void AnalysesPage::askScenarioBrief()
{
    if (!m_dialogs)
        return;
    if (m_controller->scenario().isEmpty()) {
        m_dialogs->showWarning(this, tr("Scenario Brief"),
                               tr("Tick what fails first: the brief is about a scenario."));
        return;
    }
    const QFileInfo plan(m_document->filePath());
    QString path =
        m_dialogs->askExportPath(this, tr("Export the Scenario Brief as PDF"),
                                 plan.absoluteDir().filePath(plan.completeBaseName() +
                                                             tr("-brief") + QStringLiteral(".pdf")),
                                 tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportScenarioBrief(path);
}

bool AnalysesPage::exportBiaReport(const QString &path, const QStringList &processIds)
{
    const Plan plan = m_document->plan();
    if (plan.processes.isEmpty())
        return false;
    return m_exportBar->start(
        [plan, processIds](Report::Document *document, QString *) {
            *document = biaReport(plan, processIds, QDateTime::currentDateTime());
            return true;
        },
        path, tr("Business impact analysis"));
}

void AnalysesPage::previewBiaReport()
{
    const Plan &plan = m_document->plan();
    if (plan.processes.isEmpty()) {
        if (m_dialogs)
            m_dialogs->showWarning(this, tr("BIA Report"),
                                   tr("Add a process first: the report is about processes."));
        return;
    }
    ReportExportBar::preview(
        [plan](Report::Document *document, QString *) {
            *document = biaReport(plan, {}, QDateTime::currentDateTime());
            return true;
        },
        tr("Business impact analysis"), this);
}

void AnalysesPage::askBiaReport()
{
    if (!m_dialogs)
        return;
    if (m_document->plan().processes.isEmpty()) {
        m_dialogs->showWarning(this, tr("BIA Report"),
                               tr("Add a process first: the report is about processes."));
        return;
    }
    const QFileInfo plan(m_document->filePath());
    QString path = m_dialogs->askExportPath(
        this, tr("Export the BIA Report as PDF"),
        plan.absoluteDir().filePath(plan.completeBaseName() + tr("-bia") + QStringLiteral(".pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportBiaReport(path);
}

bool AnalysesPage::exportContinuityPlan(const QString &path)
{
    const Plan plan = m_document->plan();
    return m_exportBar->start(
        [plan](Report::Document *document, QString *) {
            *document = continuityPlan(plan, PlanScope(), QDateTime::currentDateTime());
            return true;
        },
        path, tr("Business continuity plan"));
}

void AnalysesPage::askContinuityPlan()
{
    if (!m_dialogs)
        return;
    const QFileInfo plan(m_document->filePath());
    QString path = m_dialogs->askExportPath(
        this, tr("Export the Business Continuity Plan"),
        plan.absoluteDir().filePath(plan.completeBaseName() + tr("-bcp") + QStringLiteral(".pdf")),
        tr("PDF (*.pdf);;OpenDocument Text, to extend in LibreOffice or Word (*.odt)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportContinuityPlan(path);
}

} // namespace Continuity
