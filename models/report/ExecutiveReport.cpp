// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecutiveReport.h"

#include "analysis/Executive.h"
#include "domain/Plan.h"
#include "ReportCharts.h"
#include "ReportFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ExecutiveReport)
};

Cell text(const QString &t, bool bold = false)
{
    return {{QString(), t, bold}};
}

QString percent(double value, int decimals = 0)
{
    return Tr::tr("%1 %").arg(QLocale().toString(value, 'f', decimals));
}

// The chart's labels: short, the table beside it has the full titles.
QString shortTitle(const QString &key)
{
    if (key == QLatin1String("slos-met"))
        return Tr::tr("SLOs met");
    if (key == QLatin1String("tested"))
        return Tr::tr("Tested in time");
    if (key == QLatin1String("runbooks"))
        return Tr::tr("Approved runbook");
    if (key == QLatin1String("no-spof"))
        return Tr::tr("No single point of failure");
    return Tr::tr("Actions on time");
}

QString hours(const std::optional<double> &h)
{
    return h ? Report::duration(*h) : QStringLiteral("—");
}

} // namespace

Report::Document executiveReport(const Plan &plan, const QDate &from, const QDate &to,
                                 const QDateTime &printedAt)
{
    const ExecutiveFigures f = executiveFigures(plan, from, to);
    Document doc;
    doc.headerLeft = plan.name;
    doc.headerRight = Tr::tr("Availability and resilience");
    doc.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));
    doc.title(Tr::tr("Availability and resilience"));
    doc.subtitle(Tr::tr("%1 to %2").arg(Report::date(from), Report::date(to)));

    // The score first, with the five shares it is the mean of, so that it can be argued with.
    doc.heading(Tr::tr("Resilience score"));
    int measured = 0;
    for (const ExecutiveFigures::Share &s : f.shares)
        measured += s.percent.has_value();
    doc.plain(f.score ? Tr::tr("%1 out of 100: the mean of the %2 shares below that could be "
                               "measured.")
                            .arg(QLocale().toString(*f.score, 'f', 0))
                            .arg(measured)
                      : Tr::tr("No share could be measured: the plan has no tier-0 or tier-1 "
                               "service, SLO or action to measure."));
    QList<BarItem> bars;
    Table shares;
    shares.columns = {{Tr::tr("Share"), 4}, {Tr::tr("Value"), 1}, {Tr::tr("Of"), 1.4}};
    for (const ExecutiveFigures::Share &s : f.shares) {
        const QString value = s.percent ? percent(*s.percent) : Tr::tr("not measured");
        bars.append({shortTitle(s.key), s.percent.value_or(0), value});
        shares.rows.append(
            {text(shareTitle(s.key)), text(value, true),
             text(s.whole ? Tr::tr("%1 of %2").arg(s.part).arg(s.whole) : QStringLiteral("—"))});
    }
    doc.figure(barChart(bars, Tr::tr("The five shares of the resilience score, in percent")));
    doc.table(shares);

    doc.heading(Tr::tr("The five biggest risks"));
    if (f.risks.isEmpty()) {
        doc.plain(Tr::tr("No single point of failure of a tier-0 process, no recovery gap, no "
                         "infeasible SLO and no expired acceptance of a risk."));
    } else {
        Table t;
        t.columns = {{QString(), 0.3}, {QString(), 8}};
        t.header = false;
        t.grid = false;
        for (int i = 0; i < f.risks.size(); ++i)
            t.rows.append({text(QString::number(i + 1), true), text(f.risks.at(i))});
        doc.table(t);
    }

    doc.heading(Tr::tr("Service levels of tier-0 and tier-1 services"));
    if (f.slos.isEmpty()) {
        doc.plain(Tr::tr("No tier-0 or tier-1 service has an SLO."));
    } else {
        Table t;
        t.columns = {{Tr::tr("Service"), 3},    {Tr::tr("Tier"), 0.6},   {Tr::tr("Objective"), 1.1},
                     {Tr::tr("Measured"), 1.1}, {Tr::tr("Window"), 0.9}, {Tr::tr("SLO"), 0.9}};
        for (const ExecutiveFigures::Slo &s : f.slos) {
            t.rows.append({text(s.name), text(QString::number(s.tier)),
                           text(percent(s.objective, 2)), text(percent(s.measured, 3)),
                           text(s.window), text(s.met ? Tr::tr("met") : Tr::tr("MISSED"), !s.met)});
            t.fills.append({-1, -1, -1, -1, -1, s.met ? 0xd9ead3 : 0xf4cccc});
        }
        doc.table(t);
    }

    doc.heading(Tr::tr("Incidents"));
    doc.plain(Tr::tr("%1 incidents started in the period. Time to restore: median %2, 90th "
                     "percentile %3.")
                  .arg(f.incidents)
                  .arg(hours(f.restoreMedianHours), hours(f.restoreP90Hours)));
    if (!f.incidentsPerMonth.empty()) {
        Table t;
        t.columns = {{Tr::tr("Month"), 1.6}};
        for (int s = 1; s <= 5; ++s)
            t.columns.append({Tr::tr("Sev %1").arg(s), 0.8});
        t.columns.append({Tr::tr("All"), 0.8});
        for (const auto &[month, counts] : f.incidentsPerMonth) {
            QList<Cell> row{text(QLocale().toString(month, QStringLiteral("MMM yyyy")))};
            int all = 0;
            for (int c : counts) {
                row.append(text(c ? QString::number(c) : QStringLiteral("·")));
                all += c;
            }
            row.append(text(QString::number(all), true));
            t.rows.append(row);
        }
        doc.table(t);
    }
    if (!f.restoreBySeverity.empty()) {
        Table t;
        t.columns = {{Tr::tr("Severity"), 1},
                     {Tr::tr("Incidents"), 1},
                     {Tr::tr("Median time to restore"), 1.8},
                     {Tr::tr("90th percentile"), 1.8}};
        for (const SeverityRestore &r : f.restoreBySeverity)
            t.rows.append({text(QString::number(r.severity)), text(QString::number(r.incidents)),
                           text(Report::duration(r.medianHours)),
                           text(Report::duration(r.p90Hours))});
        doc.table(t);
    }

    doc.heading(Tr::tr("Recovery"));
    doc.plain(Tr::tr("%1 exercises ran in the period. Of %2 tier-0/1 services with a test "
                     "interval, %3 were tested within it at the end of the period.")
                  .arg(f.exercisesDone)
                  .arg(f.servicesDue)
                  .arg(f.servicesTestedInInterval));
    auto gaps = [&](const QList<ExecutiveFigures::Gap> &list, bool measuredGaps) {
        Table t;
        t.columns = {{Tr::tr("Service or process"), 3},
                     {Tr::tr("RTO"), 1},
                     {measuredGaps ? Tr::tr("Down") : Tr::tr("Recovery"), 1}};
        if (measuredGaps)
            t.columns.append({Tr::tr("Incident"), 1.1});
        for (const ExecutiveFigures::Gap &g : list) {
            QList<Cell> row{text(g.name), text(Report::duration(g.rtoHours)),
                            text(Report::duration(g.hours), true)};
            if (measuredGaps)
                row.append(text(g.incident));
            t.rows.append(row);
        }
        return t;
    };
    doc.subheading(Tr::tr("RTO gaps measured in incidents (%1)").arg(f.measuredGaps.size()));
    if (f.measuredGaps.isEmpty())
        doc.plain(Tr::tr("No tier-0/1 service or process stayed down beyond its RTO."));
    else
        doc.table(gaps(f.measuredGaps, true));
    doc.subheading(
        Tr::tr("RTO gaps predicted from recovery times (%1)").arg(f.predictedGaps.size()));
    if (f.predictedGaps.isEmpty())
        doc.plain(Tr::tr("Every tier-0/1 service and process can be recovered within its RTO."));
    else
        doc.table(gaps(f.predictedGaps, false));

    doc.heading(Tr::tr("Actions, changes and controls"));
    Table t;
    t.columns = {{QString(), 3}, {QString(), 4}};
    t.header = false;
    t.rows.append({text(Tr::tr("Actions"), true),
                   text(Tr::tr("%1 open, %2 of them overdue; %3 of %4 due in the period closed "
                               "on time")
                            .arg(f.actionsOpen)
                            .arg(f.actionsOverdue)
                            .arg(f.actionsClosedOnTime)
                            .arg(f.actionsDueInPeriod))});
    t.rows.append(
        {text(Tr::tr("Changes"), true),
         text(f.changesClosed ? Tr::tr("%1 of %2 changes closed in the period succeeded (%3)")
                                    .arg(f.changesSuccessful)
                                    .arg(f.changesClosed)
                                    .arg(percent(100.0 * f.changesSuccessful / f.changesClosed))
                              : Tr::tr("No change was closed in the period"))});
    t.rows.append({text(Tr::tr("Controls"), true),
                   text(Tr::tr("%1 effective, %2 ineffective, %3 with expired evidence, %4 "
                               "without evidence, %5 accepted as exceptions")
                            .arg(f.controlsEffective)
                            .arg(f.controlsIneffective)
                            .arg(f.controlsExpired)
                            .arg(f.controlsNoEvidence)
                            .arg(f.controlsAccepted))});
    doc.table(t);
    doc.plain(Tr::tr("How each figure is computed: docs/governance.md, \"Executive report\"."));
    return doc;
}

} // namespace Continuity
