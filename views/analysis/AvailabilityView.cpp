// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvailabilityView.h"

#include "analysis/Availability.h"
#include "analysis/GraphSnapshot.h"
#include "document/PlanChange.h"
#include "document/PlanDocument.h"
#include "domain/Plan.h"
#include "tables/HeaderFit.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Continuity {

struct AvailabilityView::Result
{
    std::shared_ptr<const GraphSnapshot> graph;
    std::vector<CompositeAvailability> rows;
    std::vector<double> objectives; // percent per row; NaN: no SLO
    double loss = 0;                // expected annual loss of the processes shown
    bool cancelled = false;
};

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

} // namespace

AvailabilityView::AvailabilityView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("availabilityView"));
    auto *intro = new QLabel(
        tr("Tier 0/1 and every node with an SLO: availability from MTBF and MTTR (entered, or "
           "measured from the last year's incidents), composed through the dependency graph so "
           "that a provider shared by two paths counts once."));
    intro->setWordWrap(true);
    m_compute = new QPushButton(tr("Compute"));
    m_compute->setObjectName(QStringLiteral("computeAvailabilityButton"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelAvailabilityButton"));
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    // Reserved room: nothing beside them moves when they show.
    auto policy = m_busy->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(policy);
    policy = m_cancel->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_cancel->setSizePolicy(policy);
    m_busy->hide();
    m_cancel->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("availabilityStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    connect(m_compute, &QPushButton::clicked, this, &AvailabilityView::compute);
    connect(m_cancel, &QPushButton::clicked, this, &AvailabilityView::cancel);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("availabilityTable"));
    m_table->setHorizontalHeaderLabels({tr("Node"), tr("Tier"), tr("Own"), tr("Composite"),
                                        tr("Method"), tr("Down a year"), tr("SLO")});
    m_table->horizontalHeaderItem(OwnColumn)->setToolTip(
        tr("The node's own availability, MTBF / (MTBF + MTTR)"));
    m_table->horizontalHeaderItem(CompositeColumn)
        ->setToolTip(tr("The chance it is not down, with everything it needs failing "
                        "independently"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NodeColumn, QHeaderView::Stretch);
    keepHeadersReadable(m_table->horizontalHeader());
    connect(m_table, &QTableWidget::currentCellChanged, this, &AvailabilityView::showPairs);

    m_pairsLabel = new QLabel;
    m_pairsLabel->setObjectName(QStringLiteral("doublePointsLabel"));
    m_pairsLabel->setWordWrap(true);
    m_pairsLabel->setTextFormat(Qt::PlainText);
    m_pairs = new QTableWidget(0, 2);
    m_pairs->setObjectName(QStringLiteral("doublePointsTable"));
    m_pairs->setHorizontalHeaderLabels({tr("Fails with"), tr("and")});
    m_pairs->verticalHeader()->hide();
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(&m_pairsWatcher, &QFutureWatcher<QList<QStringList>>::finished, this, [this] {
        const QList<QStringList> pairs = m_pairsWatcher.result();
        m_pairs->setRowCount(int(pairs.size()));
        for (int row = 0; row < pairs.size(); ++row) {
            m_pairs->setItem(row, 0, cell(pairs.at(row).value(0)));
            m_pairs->setItem(row, 1, cell(pairs.at(row).value(1)));
        }
        const QTableWidgetItem *node = m_table->item(m_table->currentRow(), NodeColumn);
        const QString name = node ? node->text() : QString();
        m_pairsLabel->setText(
            pairs.isEmpty()
                ? tr("No double point of failure: no two nodes, neither a single point of "
                     "failure, take %1 down together.")
                      .arg(name)
                : tr("Double points of failure of %1: %n pair(s) of nodes, neither a single "
                     "point of failure, whose joint failure takes it down (redundancy that "
                     "shares fate).",
                     nullptr, int(pairs.size()))
                      .arg(name));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_busy);
    top->addWidget(m_cancel);
    top->addWidget(m_compute);
    auto *upper = new QWidget;
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_status);
    upperLayout->addWidget(m_table, 1);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_pairsLabel);
    lowerLayout->addWidget(m_pairs, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const Result>>::finished, this, [this] {
        m_busy->hide();
        m_cancel->hide();
        m_compute->setEnabled(true);
        const std::shared_ptr<const Result> result = m_watcher.result();
        if (result->cancelled) {
            m_status->setText(m_result ? tr("Cancelled; the figures shown are the earlier ones.")
                                       : tr("Cancelled."));
            return;
        }
        m_result = result;
        m_stale = false;
        showResult();
        emit computed();
    });
    connect(document, &PlanDocument::changed, this, &AvailabilityView::onChanged);
    m_status->setText(tr("Not computed yet."));
}

AvailabilityView::~AvailabilityView()
{
    cancel();
    m_watcher.waitForFinished();
    m_pairsWatcher.waitForFinished();
}

void AvailabilityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // First shown: compute, as a planner opening the tab expects figures.
    if (!m_result && !isComputing())
        compute();
}

bool AvailabilityView::isComputing() const
{
    return m_watcher.isRunning();
}

void AvailabilityView::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void AvailabilityView::compute()
{
    if (isComputing())
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_busy->show();
    m_cancel->show();
    m_compute->setEnabled(false);
    m_status->setText(tr("Computing…"));
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    // A copy of the plan (implicitly shared): the window goes on editing its own.
    m_watcher.setFuture(QtConcurrent::run([plan = m_document->plan(), at, cancelled = m_cancelled]()
                                              -> std::shared_ptr<const Result> {
        auto result = std::make_shared<Result>();
        auto graph = std::make_shared<GraphSnapshot>(GraphSnapshot::fromPlan(plan));
        AvailabilityOptions options;
        options.cancel = cancelled.get();
        result->rows =
            predictAvailability(plan, *graph, at, availabilityTargets(plan, *graph), options);
        result->cancelled = cancelled->load();
        // The most critical first, and within a tier the least available.
        std::stable_sort(result->rows.begin(), result->rows.end(),
                         [&](const CompositeAvailability &a, const CompositeAvailability &b) {
                             const int ta = graph->tier(a.node) < 0 ? 99 : graph->tier(a.node);
                             const int tb = graph->tier(b.node) < 0 ? 99 : graph->tier(b.node);
                             return ta != tb ? ta < tb : a.composite < b.composite;
                         });
        for (const CompositeAvailability &r : result->rows) {
            double objective = std::nan("");
            for (const Slo &s : plan.slos) {
                if (s.node != graph->id(r.node))
                    continue;
                if (s.objective)
                    objective = *s.objective;
                else if (graph->tier(r.node) >= 0)
                    objective =
                        plan.tierPolicy.sloObjective(graph->tier(r.node)).value_or(std::nan(""));
            }
            result->objectives.push_back(objective);
            if (graph->isProcess(r.node))
                result->loss += r.downtimeHoursPerYear() * graph->lossPerHour(r.node);
        }
        result->graph = std::move(graph);
        return result;
    }));
}

void AvailabilityView::onChanged(const PlanChange &change)
{
    if (change.entity == PlanChange::Entity::Positions || !m_result || m_stale)
        return;
    m_stale = true;
    m_status->setText(tr("The plan has changed since these figures were computed: Compute "
                         "again to bring them up to date."));
}

void AvailabilityView::showResult()
{
    const Result &r = *m_result;
    const GraphSnapshot &g = *r.graph;
    const QLocale locale;
    const QString previous =
        m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
            ? m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toString()
            : QString();
    m_table->setRowCount(int(r.rows.size()));
    int infeasible = 0;
    int select = 0;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < int(r.rows.size()); ++row) {
        const CompositeAvailability &a = r.rows[std::size_t(row)];
        QTableWidgetItem *name = cell(g.name(a.node));
        name->setData(Qt::UserRole, g.id(a.node));
        name->setToolTip(QStringLiteral("%1 (%2)").arg(g.name(a.node), g.id(a.node)));
        if (g.id(a.node) == previous)
            select = row;
        m_table->setItem(row, NodeColumn, name);
        m_table->setItem(
            row, TierColumn,
            cell(g.tier(a.node) >= 0 ? QString::number(g.tier(a.node)) : QStringLiteral("—"),
                 Qt::AlignCenter));
        m_table->setItem(row, OwnColumn,
                         cell(locale.toString(a.own * 100, 'f', 3) + QStringLiteral(" %"), right));
        QTableWidgetItem *composite =
            cell(locale.toString(a.composite * 100, 'f', 3) + QStringLiteral(" %"), right);
        if (a.method == AvailabilityMethod::MonteCarlo)
            composite->setToolTip(tr("95 % interval %1 to %2 %")
                                      .arg(locale.toString(a.low * 100, 'f', 3),
                                           locale.toString(a.high * 100, 'f', 3)));
        m_table->setItem(row, CompositeColumn, composite);
        m_table->setItem(
            row, MethodColumn,
            cell(a.method == AvailabilityMethod::Exact ? tr("exact") : tr("Monte Carlo")));
        m_table->setItem(
            row, DowntimeColumn,
            cell(tr("%1 h").arg(locale.toString(a.downtimeHoursPerYear(), 'f', 1)), right));
        const double objective = r.objectives[std::size_t(row)];
        QString slo = QStringLiteral("—");
        bool below = false;
        if (!std::isnan(objective)) {
            below = a.composite * 100 < objective;
            slo = below ? tr("%1 % — cannot be met").arg(locale.toString(objective, 'g', 6))
                        : tr("%1 % — can be met").arg(locale.toString(objective, 'g', 6));
            infeasible += below;
        }
        QTableWidgetItem *sloItem = cell(slo);
        if (below) {
            QFont bold = sloItem->font();
            bold.setBold(true);
            sloItem->setFont(bold);
        }
        m_table->setItem(row, SloColumn, sloItem);
    }
    m_status->setText(
        tr("%n node(s); expected annual loss of the processes among them: %1. %2", nullptr,
           int(r.rows.size()))
            .arg(locale.toString(r.loss, 'f', 0),
                 infeasible > 0 ? tr("%n SLO(s) cannot be met by this design.", nullptr, infeasible)
                                : tr("Every SLO shown can be met by this design.")));
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(select, NodeColumn);
    showPairs();
}

void AvailabilityView::showPairs()
{
    const int row = m_table->currentRow();
    if (!m_result || row < 0 || !m_table->item(row, NodeColumn)) {
        m_pairs->setRowCount(0);
        m_pairsLabel->setText(tr("Select a node to see its double points of failure."));
        return;
    }
    if (m_pairsWatcher.isRunning())
        m_pairsWatcher.waitForFinished(); // one node's pairs: milliseconds
    const int node =
        m_result->graph->indexOf(m_table->item(row, NodeColumn)->data(Qt::UserRole).toString());
    m_pairsLabel->setText(tr("Looking for double points of failure…"));
    m_pairsWatcher.setFuture(
        QtConcurrent::run([graph = m_result->graph, node]() -> QList<QStringList> {
            QList<QStringList> out;
            if (node < 0)
                return out;
            for (const auto &[a, b] : doublePointsOfFailure(*graph, node))
                out.append({graph->name(a), graph->name(b)});
            return out;
        }));
}

} // namespace Continuity
