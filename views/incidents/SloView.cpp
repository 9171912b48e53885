// SPDX-License-Identifier: GPL-3.0-or-later
#include "SloView.h"

#include "analysis/ErrorBudget.h"
#include "analysis/IncidentHistory.h"
#include "document/PlanDocument.h"
#include "itemmodels/TableFormat.h"
#include "report/ReportFormat.h"
#include "rules/Validation.h"
#include "tables/ChartLabels.h"
#include "tables/RelativeFont.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace Continuity {
namespace {

constexpr int NodeRole = Qt::UserRole;
constexpr int FractionRole = Qt::UserRole + 1;

// The error budget left, as a bar that empties as the budget is used: green, amber below a
// quarter, red when used up; its figure always written on it, so it reads in black and white.
class BudgetBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex());
        const double left = index.data(FractionRole).toDouble();
        const QRect box = option.rect.adjusted(4, 4, -4, -4);
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->setBrush(option.palette.color(QPalette::Base));
        painter->drawRect(box);
        const QColor fill = left <= 0     ? QColor(0xc6, 0x28, 0x28)
                            : left < 0.25 ? QColor(0xef, 0xa0, 0x00)
                                          : QColor(0x2e, 0x7d, 0x32);
        QRect bar = box.adjusted(1, 1, 0, 0);
        // Used up: the whole bar in red, so that it reads at a glance.
        bar.setWidth(left <= 0 ? box.width() - 1
                               : int(std::clamp(left, 0.0, 1.0) * (box.width() - 1)));
        painter->fillRect(bar, fill.lighter(left <= 0 ? 170 : 140));
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(box, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width() + 24, 140));
        return size;
    }
};

QString shownTime(qint64 ms, const QTimeZone &zone)
{
    return Report::dateTime(QDateTime::fromMSecsSinceEpoch(ms, zone));
}

} // namespace

SloView::SloView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("sloView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_add = new QPushButton(tr("Add SLO…"));
    m_add->setObjectName(QStringLiteral("addSloButton"));
    connect(m_add, &QPushButton::clicked, this, &SloView::addSlo);
    m_remove = new QPushButton(tr("Remove SLO"));
    m_remove->setObjectName(QStringLiteral("removeSloButton"));
    connect(m_remove, &QPushButton::clicked, this, &SloView::removeSlo);
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setToolTip(tr("Budgets move with the clock: compute them again for now"));
    connect(refreshButton, &QPushButton::clicked, this, &SloView::refresh);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    bar->addWidget(refreshButton);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(QStringLiteral("sloTable"));
    // The figures' titles on two lines: on a laptop in presentation mode the seven columns fit.
    m_table->setHorizontalHeaderLabels({tr("Process or service"), tr("Objective"), tr("Window"),
                                        tr("Error budget\nleft"), tr("Down /\nallowed"),
                                        tr("Burn rate\n1 h · 6 h · 3 d"), tr("Frozen\nuntil")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(3, new BudgetBarDelegate(m_table));
    // Names take what the figures leave (the full name in the tooltip); figures are never cut.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setToolTip(tr("A burn rate of 1 uses the budget up exactly over the window; 10 uses "
                           "it in a tenth of it."));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_loading)
            loadForm();
    });
    layout->addWidget(m_table, 1);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("sloError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTextColour(m_error, QColor(QStringLiteral("#b00020")));
    m_error->hide();
    layout->addWidget(m_error);
    auto *form = new QFormLayout;
    m_node = new QLabel;
    m_node->setTextFormat(Qt::PlainText);
    form->addRow(tr("SLO of:"), m_node);
    m_objective = new QLineEdit;
    m_objective->setObjectName(QStringLiteral("sloObjective"));
    connect(m_objective, &QLineEdit::editingFinished, this, &SloView::commitForm);
    form->addRow(tr("Objective (%):"), m_objective);
    m_window = new QComboBox;
    m_window->setObjectName(QStringLiteral("sloWindow"));
    for (const QString &days : {QStringLiteral("7d"), QStringLiteral("28d"), QStringLiteral("30d"),
                                QStringLiteral("90d")})
        m_window->addItem(tr("%n day(s)", nullptr, days.chopped(1).toInt()), days);
    m_window->addItem(tr("calendar month"), QStringLiteral("month"));
    m_window->addItem(tr("calendar quarter"), QStringLiteral("quarter"));
    connect(m_window, &QComboBox::activated, this, &SloView::commitForm);
    form->addRow(tr("Window:"), m_window);
    m_degraded = new QCheckBox(tr("Degraded time counts against the budget"));
    m_degraded->setObjectName(QStringLiteral("sloDegradedCounts"));
    connect(m_degraded, &QCheckBox::clicked, this, &SloView::commitForm);
    form->addRow(QString(), m_degraded);
    layout->addLayout(form);

    // The history: charts side by side above the predictions.
    m_history = new QWidget;
    m_history->setObjectName(QStringLiteral("incidentHistory"));
    auto *historyLayout = new QVBoxLayout(m_history);
    auto *charts = new QSplitter;
    m_perMonth = new QChartView;
    m_perMonth->setObjectName(QStringLiteral("incidentsPerMonthChart"));
    m_perMonth->setRenderHint(QPainter::Antialiasing);
    m_perMonth->setMinimumHeight(260);
    m_restore = new QChartView;
    m_restore->setObjectName(QStringLiteral("timeToRestoreChart"));
    m_restore->setRenderHint(QPainter::Antialiasing);
    charts->addWidget(m_perMonth);
    charts->addWidget(m_restore);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    historyLayout->addWidget(charts, 3);
    auto *predictionsLabel = new QLabel(tr("Recovery analysis against what happened, last twelve "
                                           "months"));
    historyLayout->addWidget(predictionsLabel);
    m_predictions = new QTableWidget(0, 5);
    m_predictions->setObjectName(QStringLiteral("predictionTable"));
    m_predictions->setHorizontalHeaderLabels({tr("Incident"), tr("Process or service"),
                                              tr("Predicted ready"), tr("Actually restored"),
                                              tr("Difference")});
    m_predictions->verticalHeader()->hide();
    m_predictions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_predictions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_predictions->horizontalHeader()->setStretchLastSection(true);
    historyLayout->addWidget(m_predictions, 2);

    connect(m_document, &PlanDocument::changed, this, &SloView::onChanged);
    refresh();
}

SloView::~SloView() = default;

void SloView::onChanged(const PlanChange &change)
{
    if (change.entity == PlanChange::Entity::Slo || change.entity == PlanChange::Entity::Incident ||
        change.entity == PlanChange::Entity::IncidentPolicy || change.touchesGraph())
        refresh();
}

QString SloView::currentNode() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, 0)->data(NodeRole).toString();
}

void SloView::refresh()
{
    const Plan &plan = m_document->plan();
    const QString keep = currentNode();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const Downtime downtime = Downtime::compute(graph, plan.incidents, now);
    const SloReport report = evaluateSlos(plan, graph, downtime, now);
    QTimeZone zone(plan.incidentPolicy.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QLocale locale;
    m_loading = true;
    m_table->setRowCount(0);
    auto windowText = [this](const QString &window) {
        const int i = m_window->findData(window);
        return i >= 0 ? m_window->itemText(i) : window;
    };
    int select = -1;
    for (const SloStanding &s : report.slos) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString name = graph.name(s.nodeIndex);
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(NodeRole, s.node);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
            return item;
        };
        set(0, name);
        set(1, s.objectiveFromTier ? tr("%1 % (tier)").arg(locale.toString(s.objective, 'g', 6))
                                   : tr("%1 %").arg(locale.toString(s.objective, 'g', 6)));
        set(2, windowText(s.window));
        // The bar's words carry the status for those who do not see its colour.
        set(3, s.remainingFraction <= 0
                   ? tr("used up")
                   : tr("%1 % left").arg(locale.toString(s.remainingFraction * 100, 'f', 0)))
            ->setData(FractionRole, s.remainingFraction);
        m_table->item(row, 3)->setToolTip(displayName(s.status));
        set(4, tr("%1 / %2 min")
                   .arg(locale.toString(s.badMinutes, 'f', 0),
                        locale.toString(s.budgetMinutes, 'f', 0)));
        set(5, QStringLiteral("%1 · %2 · %3")
                   .arg(locale.toString(s.burn1h, 'f', 1), locale.toString(s.burn6h, 'f', 1),
                        locale.toString(s.burn3d, 'f', 1)));
        set(6, s.freezeUntil ? shownTime(*s.freezeUntil, zone) : QString());
        if (s.node == keep)
            select = row;
    }
    for (const QString &node : report.withoutObjective) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *item = new QTableWidgetItem(node);
        item->setData(NodeRole, node);
        m_table->setItem(row, 0, item);
        m_table->setItem(row, 1, new QTableWidgetItem(tr("none: set one")));
        if (node == keep)
            select = row;
    }
    m_loading = false;
    if (m_table->rowCount() > 0)
        m_table->selectRow(select >= 0 ? select : 0);
    loadForm();
    refreshHistory(graph, downtime, now);
}

void SloView::loadForm()
{
    const Slo *slo = m_document->slo(currentNode());
    const bool editable = slo && !m_document->isReadOnly();
    m_remove->setEnabled(editable);
    m_add->setEnabled(!m_document->isReadOnly());
    for (QWidget *w : std::initializer_list<QWidget *>{m_objective, m_window, m_degraded})
        w->setEnabled(editable);
    m_loading = true;
    if (!slo) {
        m_node->setText(tr("(no SLO selected)"));
        m_objective->clear();
        m_loading = false;
        return;
    }
    m_node->setText(m_table->item(m_table->currentRow(), 0)->text());
    m_objective->setText(slo->objective ? QLocale().toString(*slo->objective, 'g', 6) : QString());
    const int tier = [&] {
        for (const Service &s : m_document->plan().services) {
            if (s.id == slo->node)
                return s.tier.value_or(-1);
        }
        return -1;
    }();
    const std::optional<double> fromTier =
        tier >= 0 ? m_document->plan().tierPolicy.sloObjective(tier) : std::nullopt;
    m_objective->setPlaceholderText(
        fromTier ? tr("the tier's %1").arg(QLocale().toString(*fromTier, 'g', 6)) : QString());
    int window = m_window->findData(slo->window);
    if (window < 0) {
        m_window->addItem(slo->window, slo->window);
        window = m_window->count() - 1;
    }
    m_window->setCurrentIndex(window);
    m_degraded->setChecked(slo->degradedCounts);
    m_loading = false;
}

void SloView::commitForm()
{
    if (m_loading)
        return;
    const Slo *current = m_document->slo(currentNode());
    if (!current)
        return;
    Slo next = *current;
    std::optional<double> objective;
    if (!TableFormat::parseNumber(m_objective->text(), &objective)) {
        m_error->setText(tr("The objective is a percentage such as 99.9."));
        m_error->show();
        loadForm();
        return;
    }
    next.objective = objective;
    next.window = m_window->currentData().toString();
    next.degradedCounts = m_degraded->isChecked();
    if (next == *current)
        return;
    QString error;
    if (!m_document->setSlo(next, &error)) {
        m_error->setText(error);
        m_error->show();
        loadForm();
    } else {
        m_error->hide();
    }
}

void SloView::addSlo()
{
    const Plan &plan = m_document->plan();
    QStringList labels;
    QStringList ids;
    for (const Process &p : plan.processes) {
        if (!m_document->slo(p.id)) {
            labels.append(QStringLiteral("%1 (%2)").arg(p.name, p.id));
            ids.append(p.id);
        }
    }
    for (const Service &s : plan.services) {
        if (!m_document->slo(s.id)) {
            labels.append(QStringLiteral("%1 (%2)").arg(s.name, s.id));
            ids.append(s.id);
        }
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Add SLO"), tr("Process or service:"), labels, 0, true, &ok);
    const qsizetype i = labels.indexOf(chosen);
    if (!ok || i < 0)
        return;
    QString error;
    // The objective comes from the node's tier until one is typed.
    if (!m_document->setSlo({ids.at(i), std::nullopt, QStringLiteral("30d"), false}, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(NodeRole).toString() == ids.at(i))
            m_table->selectRow(row);
    }
    m_objective->setFocus();
}

void SloView::removeSlo()
{
    QString error;
    if (!currentNode().isEmpty() && !m_document->removeSlo(currentNode(), &error)) {
        m_error->setText(error);
        m_error->show();
    }
}

void SloView::refreshHistory(const GraphSnapshot &graph, const Downtime &downtime, qint64 now)
{
    const Plan &plan = m_document->plan();
    const qint64 year = qint64(365) * 24 * 3600 * 1000;
    const IncidentHistory h = incidentHistory(plan, graph, downtime, {now - year, now});
    const QLocale locale;

    // Incidents per month, stacked by severity; severity 1 darkest.
    auto *stacked = new QStackedBarSeries;
    const QColor shades[] = {QColor(0x8e, 0x1b, 0x1b), QColor(0xd3, 0x4b, 0x2f),
                             QColor(0xef, 0x9a, 0x3a), QColor(0x9e, 0xb8, 0xd0),
                             QColor(0xc8, 0xd3, 0xdc)};
    int top = 1;
    QStringList months;
    for (const auto &[month, counts] : h.perMonth) {
        months.append(locale.monthName(month.month(), QLocale::ShortFormat) +
                      (month.month() == 1 || months.isEmpty()
                           ? QStringLiteral(" ") + QString::number(month.year() % 100)
                           : QString()));
        int sum = 0;
        for (int c : counts)
            sum += c;
        top = std::max(top, sum);
    }
    for (int severity = 1; severity <= 5; ++severity) {
        auto *set = new QBarSet(tr("Severity %1").arg(severity));
        set->setColor(shades[severity - 1]);
        for (const auto &[month, counts] : h.perMonth)
            *set << counts[std::size_t(severity - 1)];
        stacked->append(set);
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Incidents per month by severity"));
    chart->addSeries(stacked);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    stacked->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(top, 5) + 1);
    chart->addAxis(y, Qt::AlignLeft);
    stacked->attachAxis(y);
    ChartLabels::keepLabelsWhole(chart);
    QChart *old = m_perMonth->chart();
    m_perMonth->setChart(chart);
    delete old;

    // Time to restore per severity: median and 90th percentile, never only the mean.
    auto *series = new QBarSeries;
    auto *median = new QBarSet(tr("Median"));
    median->setColor(QColor(0x5b, 0x7d, 0xa6));
    auto *p90 = new QBarSet(tr("90th percentile"));
    p90->setColor(QColor(0xa6, 0xbd, 0xd7));
    QStringList severities;
    double longest = 1;
    for (const SeverityRestore &r : h.restoreBySeverity) {
        severities.append(tr("Sev %1").arg(r.severity));
        *median << r.medianHours;
        *p90 << r.p90Hours;
        longest = std::max(longest, r.p90Hours);
    }
    series->append(median);
    series->append(p90);
    auto *restore = new QChart;
    restore->setTitle(tr("Time to restore (hours)"));
    restore->addSeries(series);
    restore->legend()->setAlignment(Qt::AlignBottom);
    auto *rx = new QBarCategoryAxis;
    rx->append(severities);
    restore->addAxis(rx, Qt::AlignBottom);
    series->attachAxis(rx);
    auto *ry = new QValueAxis;
    ry->setRange(0, std::ceil(longest));
    ry->applyNiceNumbers();
    restore->addAxis(ry, Qt::AlignLeft);
    series->attachAxis(ry);
    ChartLabels::keepLabelsWhole(restore);
    old = m_restore->chart();
    m_restore->setChart(restore);
    delete old;

    m_predictions->setRowCount(0);
    for (const PredictionRow &p : h.predictions) {
        const int row = m_predictions->rowCount();
        m_predictions->insertRow(row);
        m_predictions->setItem(row, 0, new QTableWidgetItem(p.incident));
        m_predictions->setItem(row, 1, new QTableWidgetItem(graph.name(p.node)));
        m_predictions->setItem(row, 2,
                               new QTableWidgetItem(std::isnan(p.predictedHours)
                                                        ? tr("blocked")
                                                        : Report::duration(p.predictedHours)));
        m_predictions->setItem(row, 3, new QTableWidgetItem(Report::duration(p.actualHours)));
        m_predictions->setItem(
            row, 4,
            new QTableWidgetItem(
                std::isnan(p.predictedHours)
                    ? QString()
                    : (p.actualHours >= p.predictedHours ? tr("%1 longer") : tr("%1 shorter"))
                          .arg(Report::duration(std::abs(p.actualHours - p.predictedHours)))));
    }
}

} // namespace Continuity
