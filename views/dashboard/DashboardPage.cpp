// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"
#include "tables/ChartLabels.h"

#include "analysis/AnalysisRun.h"
#include "analysis/Cascade.h"
#include "analysis/Downtime.h"
#include "analysis/Drill.h"
#include "analysis/ErrorBudget.h"
#include "analysis/ExerciseResults.h"
#include "analysis/Tiers.h"
#include "document/AnalysisController.h"
#include "document/PlanDocument.h"
#include "tables/HeaderFit.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Continuity {
namespace {

QGroupBox *card(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QListWidget *list(const QString &objectName)
{
    auto *w = new QListWidget;
    w->setObjectName(objectName);
    w->setSelectionMode(QAbstractItemView::NoSelection);
    w->setWordWrap(true);
    keepWrappedItemsWhole(w); // a finding keeps all its lines at any width and text size
    return w;
}

} // namespace

DashboardPage::DashboardPage(PlanDocument *document, AnalysisController *analysis, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_counts(new QLabel)
    , m_tiers(new QChartView)
    , m_missingBia(list(QStringLiteral("missingBiaList")))
    , m_missingData(list(QStringLiteral("missingDataList")))
    , m_exercise(new QLabel)
    , m_overdue(new QLabel)
    , m_findings(list(QStringLiteral("topFindingsList")))
    , m_slos(new QLabel)
    , m_incidents(new QChartView)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_counts->setObjectName(QStringLiteral("dashboardCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_exercise->setObjectName(QStringLiteral("latestExercise"));
    m_exercise->setTextFormat(Qt::PlainText);
    m_exercise->setWordWrap(true);
    m_overdue->setObjectName(QStringLiteral("overdueFollowUp"));
    m_overdue->setTextFormat(Qt::PlainText);
    m_overdue->setWordWrap(true);
    QPalette warning = m_overdue->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_overdue->setPalette(warning);
    auto *exerciseBox = new QWidget;
    auto *exerciseLayout = new QVBoxLayout(exerciseBox);
    exerciseLayout->setContentsMargins(0, 0, 0, 0);
    exerciseLayout->addWidget(m_exercise);
    exerciseLayout->addWidget(m_overdue);
    exerciseLayout->addStretch(1);
    m_tiers->setObjectName(QStringLiteral("tiersChart"));
    m_tiers->setRenderHint(QPainter::Antialiasing);
    m_tiers->setMinimumHeight(180);
    // Its height comes from the two cards beside it, not from a chart's preferred size, so that
    // the rows below keep room for their lists and chart.
    m_tiers->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_tiers->setMinimumWidth(360);

    auto *grid = new QGridLayout(this);
    QGroupBox *countsCard = card(tr("This plan"), m_counts);
    QGroupBox *exerciseCard = card(tr("Exercises"), exerciseBox);
    countsCard->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    exerciseCard->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    grid->addWidget(countsCard, 0, 0);
    grid->addWidget(exerciseCard, 1, 0);
    grid->addWidget(card(tr("Tiers at a glance"), m_tiers), 0, 1, 2, 1);
    grid->addWidget(card(tr("Processes without a BIA"), m_missingBia), 2, 0);
    grid->addWidget(card(tr("Services without an owner or targets"), m_missingData), 2, 1);
    grid->addWidget(card(tr("Top findings"), m_findings), 3, 0);
    m_slos->setObjectName(QStringLiteral("dashboardSlos"));
    m_slos->setTextFormat(Qt::PlainText);
    m_slos->setWordWrap(true);
    m_slos->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_incidents->setObjectName(QStringLiteral("dashboardIncidentsChart"));
    m_incidents->setRenderHint(QPainter::Antialiasing);
    m_incidents->setMinimumHeight(80);
    auto *incidentsBox = new QWidget;
    auto *incidentsLayout = new QVBoxLayout(incidentsBox);
    incidentsLayout->setContentsMargins(0, 0, 0, 0);
    incidentsLayout->addWidget(m_slos);
    incidentsLayout->addWidget(m_incidents, 1);
    grid->addWidget(card(tr("Tier 0/1: incidents and SLOs"), incidentsBox), 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 0);
    grid->setRowStretch(1, 0);
    // The lists of what is missing are short; the findings and the incidents chart get the room.
    grid->setRowStretch(2, 1);
    grid->setRowStretch(3, 3);
    m_counts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_exercise->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Many edits in a row refresh once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &DashboardPage::refresh);
    // Every count on the page may change with any edit (a new runbook, a new process...).
    connect(document, &PlanDocument::changed, &m_refresh, qOverload<>(&QTimer::start));
    connect(analysis, &AnalysisController::resultsChanged, this, &DashboardPage::refreshFindings);
    connect(analysis, &AnalysisController::resultsChanged, &m_refresh, qOverload<>(&QTimer::start));
    refresh();
    refreshFindings();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::refresh()
{
    const Plan &plan = m_document->plan();
    int soft = 0;
    for (const Dependency &d : plan.dependencies)
        soft += d.strength == Strength::Soft;
    QMap<ServiceKind, int> kinds;
    for (const Service &s : plan.services)
        ++kinds[s.kind];
    QStringList kindText;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        kindText.append(countText(it.key(), it.value()));
    m_counts->setText(
        tr("%1 business processes\n%2 services: %3\n%4 dependencies (%5 soft), %6 redundancy "
           "groups\n%7 runbooks, %8 exercises")
            .arg(plan.processes.size())
            .arg(plan.services.size())
            .arg(kindText.isEmpty() ? tr("none yet") : kindText.join(QStringLiteral(", ")))
            .arg(plan.dependencies.size())
            .arg(soft)
            .arg(plan.groups.size())
            .arg(plan.runbooks.size())
            .arg(plan.exercises.size()));

    // Tiers: processes (assigned or derived) and services (assigned), side by side.
    std::array<int, 4> processTiers{};
    std::array<int, 5> serviceTiers{};
    for (const Process &p : plan.processes)
        ++processTiers[std::size_t(processTier(p, plan.tierPolicy, plan.biaHorizonsHours).tier)];
    for (const Service &s : plan.services)
        ++serviceTiers[s.tier ? std::size_t(*s.tier) : 4];
    auto *processes = new QBarSet(tr("Processes"));
    auto *services = new QBarSet(tr("Services"));
    processes->setColor(QColor(0x5b, 0x7d, 0xa6));
    services->setColor(QColor(0xa6, 0xbd, 0xd7));
    int top = 1;
    for (int t = 0; t < 5; ++t) {
        *processes << (t < 4 ? processTiers[std::size_t(t)] : 0);
        *services << serviceTiers[std::size_t(t)];
        top =
            std::max({top, t < 4 ? processTiers[std::size_t(t)] : 0, serviceTiers[std::size_t(t)]});
    }
    auto *series = new QBarSeries;
    series->append(processes);
    series->append(services);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *x = new QBarCategoryAxis;
    // Short labels under an axis title, so that they fit under narrow bars without being cut.
    x->append({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
               tr("none")});
    x->setTitleText(tr("Tier"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = m_tiers->chart();
    ChartLabels::keepLabelsWhole(chart);
    m_tiers->setChart(chart);
    delete old;

    m_missingBia->clear();
    for (const Process &p : plan.processes) {
        if (!p.hasBia())
            m_missingBia->addItem(p.name);
    }
    if (m_missingBia->count() == 0)
        m_missingBia->addItem(tr("Every process has a BIA."));

    m_missingData->clear();
    int shown = 0;
    int more = 0;
    for (const Service &s : plan.services) {
        QStringList missing;
        if (s.owner.trimmed().isEmpty())
            missing.append(tr("owner"));
        if (!s.rtoHours)
            missing.append(tr("RTO"));
        if (s.kind == ServiceKind::DataStore && !s.rpoHours)
            missing.append(tr("RPO"));
        if (missing.isEmpty())
            continue;
        if (shown++ < 200)
            m_missingData->addItem(tr("%1: no %2").arg(s.name, missing.join(QStringLiteral(", "))));
        else
            ++more;
    }
    if (more > 0)
        m_missingData->addItem(tr("… and %1 more").arg(more));
    if (m_missingData->count() == 0)
        m_missingData->addItem(tr("Every service has an owner and targets."));

    // Exercises: the latest one run, the next one planned, and what is overdue (issue 7).
    const QDate today = QDate::currentDate();
    const Exercise *latest = nullptr;
    const Exercise *next = nullptr;
    for (const Exercise &e : plan.exercises) {
        if (e.declaredAt && (!latest || e.date > latest->date))
            latest = &e;
        if (!e.declaredAt && e.date >= today.toString(Qt::ISODate) &&
            (!next || e.date < next->date))
            next = &e;
    }
    QStringList lines;
    if (latest && latest->type == ExerciseType::CallTree) {
        // A call-tree drill measures people reached, not services restored.
        const Drill::Results drill = Drill::results(plan, *latest);
        lines.append(tr("Latest: %1, %2 — %3 of %4 people confirmed within the target of %5 "
                        "minutes.")
                         .arg(latest->title, latest->date)
                         .arg(drill.withinTarget)
                         .arg(drill.people)
                         .arg(QLocale().toString(drill.targetMinutes, 'g', 4)));
    } else if (latest) {
        int pass = 0;
        const QList<ServiceMeasure> measures = measureExercise(plan, *latest);
        for (const ServiceMeasure &m : measures)
            pass += m.rto == Verdict::Pass;
        lines.append(tr("Latest: %1, %2 — %3 of %4 services met their RTO.")
                         .arg(latest->title, latest->date)
                         .arg(pass)
                         .arg(measures.size()));
    } else {
        lines.append(tr("No exercise run yet."));
    }
    lines.append(next ? tr("Next: %1, %2.").arg(next->title, next->date)
                      : tr("No exercise planned."));
    m_exercise->setText(lines.join(QLatin1Char('\n')));

    QStringList overdue;
    int overdueActions = 0;
    for (const ActionRef &a : allActions(plan, today)) {
        if (!a.overdue)
            continue;
        if (++overdueActions <= 3)
            overdue.append(tr("Overdue action: %1 (%2, due %3)")
                               .arg(a.action.title, a.action.owner, *a.action.due));
    }
    if (overdueActions > 3)
        overdue.append(tr("… and %1 more overdue actions").arg(overdueActions - 3));
    int testsOverdue = 0;
    int never = 0;
    // Required tiers from the background analysis (never analysed here, on the GUI thread).
    const std::shared_ptr<const AnalysisOutput> analysed = m_analysis->results();
    const QList<TestDue> due = testsDue(plan, today, [&analysed](const QString &id) {
        return analysed ? analysed->requiredTierOf(id) : -1;
    });
    for (const TestDue &d : due) {
        testsOverdue += d.overdue;
        never += !d.lastTested;
    }
    if (testsOverdue > 0)
        overdue.append(tr("Tests overdue: %1 of %2 tier-0/1 services (%3 never tested).")
                           .arg(testsOverdue)
                           .arg(due.size())
                           .arg(never));
    m_overdue->setText(overdue.join(QLatin1Char('\n')));
    m_overdue->setVisible(!overdue.isEmpty());
}

void DashboardPage::refreshFindings()
{
    m_findings->clear();
    const std::shared_ptr<const AnalysisOutput> results = m_analysis->results();
    if (!results) {
        m_findings->addItem(tr("Analysing…"));
        return;
    }
    int shown = 0;
    for (const Finding &f : results->findings) {
        if (f.severity == Severity::Info || shown == 8)
            continue;
        ++shown;
        auto *item = new QListWidgetItem(
            (f.severity == Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(f.message));
        item->setForeground(f.severity == Severity::Error ? QColor(0xb0, 0x1c, 0x1c)
                                                          : QColor(0x8a, 0x4b, 0x00));
        m_findings->addItem(item);
    }
    if (shown == 0)
        m_findings->addItem(tr("No errors or warnings."));
    refreshIncidents();
}

void DashboardPage::refreshIncidents()
{
    const std::shared_ptr<const AnalysisOutput> results = m_analysis->results();
    if (!results || !results->graph)
        return;
    const GraphSnapshot &graph = *results->graph;
    const Plan &plan = m_document->plan();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QLocale locale;
    QTimeZone zone(plan.incidentPolicy.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    auto critical = [&](int node) { return graph.tier(node) >= 0 && graph.tier(node) <= 1; };

    // The error budgets of tier-0/1 SLOs: the ones used up first, with their freezes.
    const Downtime downtime = Downtime::compute(graph, plan.incidents, now);
    const SloReport slos = evaluateSlos(plan, graph, downtime, now);
    QStringList lines;
    int healthy = 0;
    for (const SloStanding &s : slos.slos) {
        if (!critical(s.nodeIndex))
            continue;
        if (s.status == BudgetStatus::Healthy) {
            ++healthy;
            continue;
        }
        QString line =
            s.status == BudgetStatus::Exhausted
                ? tr("%1: error budget used up").arg(graph.name(s.nodeIndex))
                : tr("%1: error budget low (%2 % left)")
                      .arg(graph.name(s.nodeIndex),
                           locale.toString(std::max(0.0, s.remainingFraction) * 100, 'f', 0));
        if (s.freezeUntil)
            line += QLatin1Char(' ') + tr("— only emergency changes until %1")
                                           .arg(QDateTime::fromMSecsSinceEpoch(*s.freezeUntil, zone)
                                                    .date()
                                                    .toString(Qt::ISODate));
        lines.append(line);
    }
    // Two at most, so that the chart keeps its room; the SLOs tab has them all.
    if (lines.size() > 2) {
        const int more = int(lines.size()) - 2;
        lines = lines.mid(0, 2);
        lines.append(
            tr("… and %n more SLO(s) in trouble (Incidents & SLOs > SLOs).", nullptr, more));
    }
    if (lines.isEmpty() && healthy == 0)
        lines.append(tr("No SLO on a tier-0/1 node yet."));
    else if (healthy > 0)
        lines.append(tr("%n healthy tier-0/1 SLO(s).", nullptr, healthy));
    m_slos->setText(lines.join(QLatin1Char('\n')));

    // Incidents of the last twelve months that took a tier-0/1 node down through the cascade,
    // per month by severity.
    const QDate thisMonth = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    const QDate first = QDate(thisMonth.year(), thisMonth.month(), 1).addMonths(-11);
    std::array<std::array<int, 5>, 12> counts{};
    for (const Incident &incident : plan.incidents) {
        const std::optional<qint64> start = instantMs(incident.startedAt);
        if (!start)
            continue;
        const QDate day = QDateTime::fromMSecsSinceEpoch(*start, zone).date();
        const int month = (day.year() - first.year()) * 12 + day.month() - first.month();
        if (month < 0 || month >= 12 || incident.severity < 1 || incident.severity > 5)
            continue;
        std::vector<int> scenario;
        for (const AffectedNode &a : incident.affected) {
            if (const int n = graph.indexOf(a.node); n >= 0 && a.state == AffectedState::Down)
                scenario.push_back(n);
        }
        if (scenario.empty())
            continue;
        const CascadeResult cascade = runCascade(graph, scenario);
        const bool hit =
            std::any_of(cascade.affected.cbegin(), cascade.affected.cend(), [&](int n) {
                return critical(n) && cascade.state[std::size_t(n)] == NodeState::Down;
            });
        if (hit)
            ++counts[std::size_t(month)][std::size_t(incident.severity - 1)];
    }
    auto *stacked = new QStackedBarSeries;
    const QColor shades[] = {QColor(0x8e, 0x1b, 0x1b), QColor(0xd3, 0x4b, 0x2f),
                             QColor(0xef, 0x9a, 0x3a), QColor(0x9e, 0xb8, 0xd0),
                             QColor(0xc8, 0xd3, 0xdc)};
    int top = 1;
    for (const auto &month : counts) {
        int sum = 0;
        for (int c : month)
            sum += c;
        top = std::max(top, sum);
    }
    for (int severity = 1; severity <= 5; ++severity) {
        // Only the severities that happened: a shorter legend.
        bool any = false;
        for (const auto &month : counts)
            any = any || month[std::size_t(severity - 1)] > 0;
        if (!any)
            continue;
        auto *set = new QBarSet(tr("Sev %1").arg(severity));
        set->setColor(shades[severity - 1]);
        for (const auto &month : counts)
            *set << month[std::size_t(severity - 1)];
        stacked->append(set);
    }
    QStringList months;
    for (int m = 0; m < 12; ++m) {
        // Twelve months in a row: their short names differ (category names must).
        months.append(locale.monthName(first.addMonths(m).month(), QLocale::ShortFormat));
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Incidents that took tier 0/1 down, per month"));
    chart->addSeries(stacked);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    stacked->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(top, 4) + 1);
    chart->addAxis(y, Qt::AlignLeft);
    stacked->attachAxis(y);
    chart->setMargins(QMargins(2, 2, 2, 2));
    ChartLabels::keepLabelsWhole(chart);
    QChart *old = m_incidents->chart();
    m_incidents->setChart(chart);
    ChartLabels::slantWhenCrowded(m_incidents, x);
    delete old;
}

} // namespace Continuity
