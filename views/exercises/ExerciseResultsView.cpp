// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseResultsView.h"
#include "tables/ChartLabels.h"
#include "tables/HeaderFit.h"

#include "analysis/ExerciseResults.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/Plan.h"
#include "itemmodels/TableFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace Continuity {

namespace {

QString hoursCell(const std::optional<double> &hours)
{
    return hours ? QLocale().toString(*hours, 'f', 2) : QString();
}

QColor verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return QColor(0xdc, 0xef, 0xdc);
    case Verdict::Miss:
        return QColor(0xf4, 0xc7, 0xc3);
    default:
        return {};
    }
}

} // namespace

ExerciseResultsView::ExerciseResultsView(PlanDocument *document, UserDialogs *dialogs,
                                         QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
{
    // Edits made in this view's tables come back as document signals while the table is still
    // inside its own signal: refresh once control is back in the event loop.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExerciseResultsView::refresh);
    setObjectName(QStringLiteral("exerciseResults"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("exerciseResultsTable"));
    // Two-line headers keep the columns narrow enough for presentation scale.
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("RTO target\n(hours)"),
                                        tr("Measured\nRTO (hours)"), tr("RTO"),
                                        tr("RPO target\n(hours)"), tr("Measured\nRPO (hours)"),
                                        tr("Data-loss\npoint"), tr("RPO"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    for (int c : {RtoTargetColumn, MeasuredRtoColumn, RpoTargetColumn, MeasuredRpoColumn,
                  RtoVerdictColumn, RpoVerdictColumn})
        m_table->setColumnWidth(c, 100);
    m_table->setColumnWidth(DataLossColumn, 150);
    m_table->setColumnWidth(NoteColumn, 160);
    keepHeadersReadable(m_table->horizontalHeader());
    m_table->setToolTip(tr("Measured RTO comes from the log (declaration to the finish of the "
                           "service's verification step) unless you enter it. Measured RPO comes "
                           "from the data-loss point (the newest data that came back, "
                           "YYYY-MM-DD HH:MM) unless you enter it."));

    m_findings = new QListWidget;
    m_findings->setObjectName(QStringLiteral("exerciseFindings"));
    m_findings->setWordWrap(true);
    keepWrappedItemsWhole(m_findings);
    m_addFinding = new QPushButton(tr("Add Finding…"));
    m_removeFinding = new QPushButton(tr("Remove Finding"));
    auto *findingButtons = new QHBoxLayout;
    findingButtons->addWidget(m_addFinding);
    findingButtons->addWidget(m_removeFinding);
    findingButtons->addStretch(1);

    m_rtoChart = new QChartView;
    m_rtoChart->setObjectName(QStringLiteral("exerciseRtoChart"));
    m_rtoChart->setRenderHint(QPainter::Antialiasing);
    m_rtoChart->setMinimumHeight(240);
    m_trendChart = new QChartView;
    m_trendChart->setObjectName(QStringLiteral("exerciseTrendChart"));
    m_trendChart->setRenderHint(QPainter::Antialiasing);
    m_trendChart->setMinimumHeight(240);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 2);
    auto *findingsLabel = new QLabel(tr("Findings"));
    QFont bold = font();
    bold.setBold(true);
    findingsLabel->setFont(bold);
    topLayout->addWidget(findingsLabel);
    topLayout->addWidget(m_findings, 1);
    topLayout->addLayout(findingButtons);
    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_rtoChart);
    charts->addWidget(m_trendChart);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(charts);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_table, &QTableWidget::cellChanged, this, &ExerciseResultsView::onItemChanged);
    connect(m_addFinding, &QPushButton::clicked, this, &ExerciseResultsView::addFinding);
    connect(m_removeFinding, &QPushButton::clicked, this, &ExerciseResultsView::removeFinding);
    connect(m_findings, &QListWidget::itemChanged, this,
            [this](QListWidgetItem *item) { onFindingEdited(m_findings->row(item)); });
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        using E = PlanChange::Entity;
        if (change.entity == E::Exercise || change.entity == E::Service ||
            change.entity == E::Runbook || change.entity == E::WholePlan)
            scheduleRefresh();
    });
}

void ExerciseResultsView::setExercise(const QString &id)
{
    m_exerciseId = id;
    refresh();
}

void ExerciseResultsView::refresh()
{
    const Exercise *e = m_document ? m_document->exercise(m_exerciseId) : nullptr;
    const bool writable = e && !m_document->isReadOnly();
    m_loading = true;
    const QList<ServiceMeasure> measures =
        e ? measureExercise(m_document->plan(), *e) : QList<ServiceMeasure>();
    m_table->setRowCount(int(measures.size()));
    for (int row = 0; row < measures.size(); ++row) {
        const ServiceMeasure &m = measures.at(row);
        const ExerciseResult *entered = nullptr;
        for (const ExerciseResult &r : e->results) {
            if (r.service == m.service)
                entered = &r;
        }
        auto cell = [&](int column, const QString &text, bool editable) {
            auto *item = new QTableWidgetItem(text);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (editable && writable)
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(ServiceColumn, m.name, false)->setData(Qt::UserRole, m.service);
        cell(RtoTargetColumn, hoursCell(m.rtoTarget), false);
        QTableWidgetItem *rto = cell(MeasuredRtoColumn, hoursCell(m.measuredRto), true);
        if (m.measuredRto && !m.rtoEntered) {
            QFont italic = rto->font();
            italic.setItalic(true);
            rto->setFont(italic);
            rto->setToolTip(tr("From the log: step \"%1\" of runbook \"%2\" finished. Type a "
                               "value to enter it instead.")
                                .arg(m.verifiedByStep, m.verifiedByRunbook));
        }
        QTableWidgetItem *rtoVerdict = cell(RtoVerdictColumn, toDisplayString(m.rto), false);
        rtoVerdict->setData(Qt::UserRole, int(m.rto));
        if (verdictColour(m.rto).isValid()) {
            rtoVerdict->setBackground(verdictColour(m.rto));
            rtoVerdict->setForeground(QColor(0x20, 0x20, 0x20));
        }
        cell(RpoTargetColumn, hoursCell(m.rpoTarget), false);
        QTableWidgetItem *rpo = cell(MeasuredRpoColumn, hoursCell(m.measuredRpo), true);
        if (m.measuredRpo && !m.rpoEntered) {
            QFont italic = rpo->font();
            italic.setItalic(true);
            rpo->setFont(italic);
        }
        const QString loss = entered && entered->dataLossAt
                                 ? exerciseTime(*entered->dataLossAt)
                                       .toLocalTime()
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : QString();
        cell(DataLossColumn, loss, true);
        QTableWidgetItem *rpoVerdict = cell(RpoVerdictColumn, toDisplayString(m.rpo), false);
        if (verdictColour(m.rpo).isValid()) {
            rpoVerdict->setBackground(verdictColour(m.rpo));
            rpoVerdict->setForeground(QColor(0x20, 0x20, 0x20));
        }
        cell(NoteColumn, entered ? entered->note : QString(), true);
    }
    m_findings->clear();
    if (e) {
        for (const QString &finding : e->findings) {
            auto *item = new QListWidgetItem(finding, m_findings);
            if (writable)
                item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_addFinding->setEnabled(writable);
    m_removeFinding->setEnabled(writable);
    m_loading = false;
    updateCharts();
}

void ExerciseResultsView::onItemChanged(int row, int column)
{
    const Exercise *current = m_document ? m_document->exercise(m_exerciseId) : nullptr;
    if (m_loading || !current)
        return;
    const QString service = m_table->item(row, ServiceColumn)->data(Qt::UserRole).toString();
    const QString name = m_table->item(row, ServiceColumn)->text();
    const QString text = m_table->item(row, column)->text().trimmed();
    Exercise e = *current;
    ExerciseResult *result = nullptr;
    for (ExerciseResult &r : e.results) {
        if (r.service == service)
            result = &r;
    }
    if (!result) {
        e.results.append({service, std::nullopt, std::nullopt, std::nullopt, QString()});
        result = &e.results.last();
    }
    QString error;
    QString what;
    switch (column) {
    case MeasuredRtoColumn:
    case MeasuredRpoColumn: {
        std::optional<double> hours;
        if (!TableFormat::parseNumber(text, &hours)) {
            error = tr("\"%1\" is not a number of hours.").arg(text);
            break;
        }
        if (column == MeasuredRtoColumn) {
            result->measuredRtoHours = hours;
            what = tr("Enter measured RTO of %1").arg(name);
        } else {
            result->measuredRpoHours = hours;
            what = tr("Enter measured RPO of %1").arg(name);
        }
        break;
    }
    case DataLossColumn:
        if (text.isEmpty()) {
            result->dataLossAt.reset();
        } else {
            QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
            if (!t.isValid())
                t = QDateTime::fromString(text, Qt::ISODate);
            if (!t.isValid()) {
                error =
                    tr("\"%1\" is not a date and time: write it as 2026-03-14 08:54.").arg(text);
                break;
            }
            result->dataLossAt = t.toUTC().toString(Qt::ISODate);
        }
        what = tr("Enter data-loss point of %1").arg(name);
        break;
    case NoteColumn:
        result->note = text;
        what = tr("Note on the result of %1").arg(name);
        break;
    default:
        return;
    }
    // A result with nothing in it is no result.
    e.results.removeIf([](const ExerciseResult &r) {
        return !r.measuredRtoHours && !r.measuredRpoHours && !r.dataLossAt && r.note.isEmpty();
    });
    if (error.isEmpty())
        m_document->changeExercise(e, what, &error);
    if (!error.isEmpty()) {
        emit statusMessage(error, 8000);
        m_dialogs->showWarning(this, tr("Results"), error);
        scheduleRefresh();
    }
}

void ExerciseResultsView::addFinding()
{
    const Exercise *current = m_document ? m_document->exercise(m_exerciseId) : nullptr;
    if (!current)
        return;
    const QString text =
        m_dialogs->askText(this, tr("Add Finding"), tr("What did the exercise show?"), QString());
    if (text.trimmed().isEmpty())
        return;
    Exercise e = *current;
    e.findings.append(text.trimmed());
    QString error;
    if (!m_document->changeExercise(e, tr("Add finding"), &error))
        m_dialogs->showWarning(this, tr("Add Finding"), error);
}

void ExerciseResultsView::removeFinding()
{
    const Exercise *current = m_document ? m_document->exercise(m_exerciseId) : nullptr;
    const int row = m_findings->currentRow();
    if (!current || row < 0 || row >= current->findings.size())
        return;
    Exercise e = *current;
    e.findings.removeAt(row);
    QString error;
    if (!m_document->changeExercise(e, tr("Remove finding"), &error))
        m_dialogs->showWarning(this, tr("Remove Finding"), error);
}

void ExerciseResultsView::onFindingEdited(int row)
{
    const Exercise *current = m_document ? m_document->exercise(m_exerciseId) : nullptr;
    if (m_loading || !current || row < 0 || row >= current->findings.size())
        return;
    Exercise e = *current;
    const QString text = m_findings->item(row)->text().trimmed();
    if (text.isEmpty())
        e.findings.removeAt(row);
    else
        e.findings[row] = text;
    QString error;
    if (!m_document->changeExercise(e, tr("Edit finding"), &error)) {
        m_dialogs->showWarning(this, tr("Findings"), error);
        scheduleRefresh();
    }
}

void ExerciseResultsView::updateCharts()
{
    const Exercise *e = m_document ? m_document->exercise(m_exerciseId) : nullptr;
    // Measured against target RTO: bars for the measured, a marker at each target.
    auto *chart = new QChart;
    chart->setTitle(tr("Measured against target RTO (hours)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (e) {
        const QList<ServiceMeasure> measures = measureExercise(m_document->plan(), *e);
        auto *measured = new QBarSet(tr("Measured RTO"));
        measured->setColor(QColor(0x4a, 0x78, 0xa8));
        auto *targets = new QScatterSeries;
        targets->setName(tr("Target RTO"));
        targets->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        targets->setMarkerSize(12);
        targets->setColor(QColor(0xb0, 0x1e, 0x1e));
        targets->setBorderColor(QColor(0x20, 0x20, 0x20));
        // Bars run sideways, the first service at the top, so that the names have the room
        // down the left (#18 point 2).
        QStringList categories;
        QStringList names;
        double top = 0;
        for (int i = int(measures.size()) - 1; i >= 0; --i) {
            const ServiceMeasure &m = measures.at(i);
            const int row = int(categories.size());
            categories << ChartLabels::elided(m.name);
            names << m.name;
            *measured << m.measuredRto.value_or(0);
            if (m.rtoTarget)
                targets->append(*m.rtoTarget, row);
            top = std::max({top, m.measuredRto.value_or(0), m.rtoTarget.value_or(0)});
        }
        if (!categories.isEmpty()) {
            auto *bars = new QHorizontalBarSeries;
            bars->append(measured);
            chart->addSeries(bars);
            chart->addSeries(targets);
            auto *y = new QBarCategoryAxis;
            y->append(categories);
            chart->addAxis(y, Qt::AlignLeft);
            bars->attachAxis(y);
            targets->attachAxis(y);
            auto *x = new QValueAxis;
            x->setRange(0, std::max(1.0, top * 1.15));
            x->applyNiceNumbers();
            chart->addAxis(x, Qt::AlignBottom);
            bars->attachAxis(x);
            targets->attachAxis(x);
            ChartLabels::keepLabelsWhole(chart);
            ChartLabels::showBarToolTips(m_rtoChart, bars, names, tr("%1 h"));
        } else {
            delete measured;
            delete targets;
        }
    }
    QChart *old = m_rtoChart->chart();
    m_rtoChart->setChart(chart);
    delete old;

    // The trend: measured RTO per service across the exercises that measured it.
    auto *trend = new QChart;
    trend->setTitle(tr("Measured RTO across exercises (hours)"));
    trend->legend()->setAlignment(Qt::AlignBottom);
    if (m_document) {
        const Plan &plan = m_document->plan();
        const QStringList scope = e ? servicesInScope(plan, *e) : QStringList();
        std::map<QString, QList<QPointF>> points;
        QHash<QString, QString> names;
        double top = 0;
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        for (const Exercise &x : plan.exercises) {
            const QDateTime date(QDate::fromString(x.date, Qt::ISODate), QTime(12, 0));
            if (!date.isValid())
                continue;
            for (const ServiceMeasure &m : measureExercise(plan, x)) {
                if (!m.measuredRto || (!scope.isEmpty() && !scope.contains(m.service)))
                    continue;
                points[m.service].append(QPointF(qreal(date.toMSecsSinceEpoch()), *m.measuredRto));
                names.insert(m.service, m.name);
                top = std::max(top, *m.measuredRto);
                first = std::min(first, date.toMSecsSinceEpoch());
                last = std::max(last, date.toMSecsSinceEpoch());
            }
        }
        if (!points.empty()) {
            auto *x = new QDateTimeAxis;
            x->setFormat(QStringLiteral("MMM yyyy"));
            const qint64 margin = qint64(15) * 24 * 3600 * 1000;
            x->setRange(QDateTime::fromMSecsSinceEpoch(first - margin),
                        QDateTime::fromMSecsSinceEpoch(last + margin));
            x->setTickCount(5);
            auto *y = new QValueAxis;
            y->setRange(0, std::max(1.0, top * 1.15));
            y->applyNiceNumbers();
            trend->addAxis(x, Qt::AlignBottom);
            trend->addAxis(y, Qt::AlignLeft);
            QStringList fullNames;
            for (auto &[service, list] : points) {
                std::sort(list.begin(), list.end(),
                          [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
                auto *line = new QLineSeries;
                line->setName(ChartLabels::elided(names.value(service)));
                fullNames << names.value(service);
                line->append(list);
                line->setPointsVisible(true);
                trend->addSeries(line);
                line->attachAxis(x);
                line->attachAxis(y);
            }
            ChartLabels::showLegendToolTips(trend, fullNames);
            ChartLabels::keepLabelsWhole(trend);
        }
    }
    old = m_trendChart->chart();
    m_trendChart->setChart(trend);
    delete old;
}

} // namespace Continuity

namespace Continuity {

void ExerciseResultsView::scheduleRefresh()
{
    m_refreshTimer.start();
}

} // namespace Continuity
