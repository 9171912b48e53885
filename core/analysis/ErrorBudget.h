// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Downtime.h"

#include <QString>

#include <optional>
#include <vector>

namespace Continuity {

struct Plan;

enum class BudgetStatus { Healthy, Warning, Exhausted };
QString toString(BudgetStatus status); // "healthy", "warning", "exhausted"
QString displayName(BudgetStatus status);

// Where an SLO's error budget stands at an instant (product/13-incidents-slos.md "SLOs and error
// budgets"). Minutes throughout.
struct SloStanding
{
    QString node;
    int nodeIndex = -1;
    double objective = 0;           // percent
    bool objectiveFromTier = false; // the SLO set none: its node's tier default
    QString window;                 // as the SLO writes it: "30d", "month", "quarter"
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    double budgetMinutes = 0;
    double badMinutes = 0;
    double remainingFraction = 1;
    BudgetStatus status = BudgetStatus::Healthy;
    double burn1h = 0;
    double burn6h = 0;
    double burn3d = 0;
    // An exhausted rolling SLO: when its budget recovers if nothing else fails; the freeze
    // window on its node runs until then. nullopt otherwise.
    std::optional<qint64> freezeUntil;
};

// Every SLO of the plan that has an objective (its own, or its node's tier default) and names a
// node of the graph, at instant `at`, in the order of the plan's SLOs sorted by node. Calendar
// windows are months and quarters in the incident policy's time zone. An SLO without an
// objective is listed in `withoutObjective`.
struct SloReport
{
    qint64 at = 0;
    std::vector<SloStanding> slos;
    QStringList withoutObjective;
};
SloReport evaluateSlos(const Plan &plan, const GraphSnapshot &graph, const Downtime &downtime,
                       qint64 at);

// The window [start, end) of a calendar SLO ("month" or "quarter") holding `at` in `timeZone`.
TimeSpan calendarWindow(const QString &window, qint64 at, const QString &timeZone);

} // namespace Continuity
