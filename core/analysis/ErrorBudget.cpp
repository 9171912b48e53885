// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBudget.h"

#include "domain/Plan.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Continuity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ErrorBudget)
};

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

} // namespace

QString toString(BudgetStatus status)
{
    switch (status) {
    case BudgetStatus::Healthy:
        return QStringLiteral("healthy");
    case BudgetStatus::Warning:
        return QStringLiteral("warning");
    case BudgetStatus::Exhausted:
        return QStringLiteral("exhausted");
    }
    return {};
}

QString displayName(BudgetStatus status)
{
    switch (status) {
    case BudgetStatus::Healthy:
        return Tr::tr("Healthy");
    case BudgetStatus::Warning:
        return Tr::tr("Warning");
    case BudgetStatus::Exhausted:
        return Tr::tr("Exhausted");
    }
    return {};
}

TimeSpan calendarWindow(const QString &window, qint64 at, const QString &timeZone)
{
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate day = QDateTime::fromMSecsSinceEpoch(at, zone).date();
    const int months = window == QLatin1String("quarter") ? 3 : 1;
    const int firstMonth = (day.month() - 1) / months * months + 1;
    const QDate start(day.year(), firstMonth, 1);
    const QDate end = start.addMonths(months);
    return {QDateTime(start, QTime(0, 0), zone).toMSecsSinceEpoch(),
            QDateTime(end, QTime(0, 0), zone).toMSecsSinceEpoch()};
}

SloReport evaluateSlos(const Plan &plan, const GraphSnapshot &graph, const Downtime &downtime,
                       qint64 at)
{
    SloReport report;
    report.at = at;
    QList<const Slo *> slos;
    for (const Slo &s : plan.slos)
        slos.append(&s);
    std::sort(slos.begin(), slos.end(),
              [](const Slo *a, const Slo *b) { return a->node < b->node; });
    for (const Slo *slo : std::as_const(slos)) {
        const int node = graph.indexOf(slo->node);
        if (node < 0)
            continue;
        SloStanding s;
        s.node = slo->node;
        s.nodeIndex = node;
        s.window = slo->window;
        if (slo->objective) {
            s.objective = *slo->objective;
        } else if (const std::optional<double> fromTier =
                       graph.tier(node) >= 0 ? plan.tierPolicy.sloObjective(graph.tier(node))
                                             : std::nullopt) {
            s.objective = *fromTier;
            s.objectiveFromTier = true;
        } else {
            report.withoutObjective.append(slo->node);
            continue;
        }
        const std::vector<TimeSpan> &bad =
            slo->degradedCounts ? downtime.notUp(node) : downtime.down(node);
        const double allowed = 1.0 - s.objective / 100.0;
        const std::optional<int> days = rollingWindowDays(slo->window);
        qint64 badUntil = at;
        if (days) {
            s.windowStart = at - *days * DayMs;
            s.windowEnd = at;
        } else {
            const TimeSpan period = calendarWindow(slo->window, at, plan.incidentPolicy.timeZone);
            s.windowStart = period.from;
            s.windowEnd = period.to;
        }
        // The budget in whole milliseconds, as downtime is measured: a budget used up exactly
        // is exhausted, whatever the objective's binary fraction (97.5 % of ten days is 360
        // minutes, not 360.0000000000003).
        const qint64 budgetMs = std::llround(allowed * double(s.windowEnd - s.windowStart));
        const qint64 badMs = Downtime::measure(bad, s.windowStart, badUntil);
        s.budgetMinutes = double(budgetMs) / MinuteMs;
        s.badMinutes = double(badMs) / MinuteMs;
        s.remainingFraction = budgetMs > 0
                                  ? 1.0 - double(badMs) / double(budgetMs)
                                  : (badMs > 0 ? -std::numeric_limits<double>::infinity() : 1.0);
        s.status = s.remainingFraction <= 0     ? BudgetStatus::Exhausted
                   : s.remainingFraction < 0.25 ? BudgetStatus::Warning
                                                : BudgetStatus::Healthy;
        auto burn = [&](qint64 lookback) {
            return double(Downtime::measure(bad, at - lookback, at)) / double(lookback) / allowed;
        };
        s.burn1h = burn(HourMs);
        s.burn6h = burn(6 * HourMs);
        s.burn3d = burn(3 * DayMs);
        if (days && s.status == BudgetStatus::Exhausted) {
            // freezeUntil = inf{t >= at : bad time before `at` within [t - d, t) < budget}: walk
            // the bad time back from `at` to the point s0 where what lies in [s0, at) is exactly
            // the budget; the budget recovers once the window's start passes s0.
            qint64 gathered = 0;
            qint64 s0 = s.windowStart;
            for (auto it = bad.rbegin(); it != bad.rend(); ++it) {
                const qint64 to = std::min(it->to, at);
                const qint64 from = std::max(it->from, s.windowStart);
                if (to <= from)
                    continue;
                if (gathered + (to - from) >= budgetMs) {
                    s0 = to - (budgetMs - gathered);
                    break;
                }
                gathered += to - from;
            }
            s.freezeUntil = std::max(at, s0 + *days * DayMs);
        }
        report.slos.push_back(std::move(s));
    }
    return report;
}

} // namespace Continuity
