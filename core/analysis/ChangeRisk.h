// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphSnapshot.h"
#include "domain/Change.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Continuity {

struct Plan;
struct Finding;

// Blast radius, risk, blocking, conflicts and missing controls of a change, exactly as
// product/12-changes.md defines them (docs/changes.md).

struct ChangeConflict
{
    QString kind; // "change", "supplier-maintenance", "exercise", "outside-maintenance"
    QString with; // the other change, the maintenance window, the exercise, the target
    friend bool operator==(const ChangeConflict &, const ChangeConflict &) = default;
};

struct ChangeAssessment
{
    QString id;
    int impact = 4;                          // 1 (highest) to 4
    QString probability = QStringLiteral("low"); // "low", "medium", "high"
    QString risk = QStringLiteral("low");        // "low", "moderate", "high", "very-high"
    bool blocked = false;
    QStringList blockedBy; // freeze ids, sorted
    std::optional<int> worstTier;
    double lossExposure = 0;
    double windowHours = 0;
    double worstOutageHours = 0;
    std::optional<double> headroomHours;
    // The blast radius: graph node and its state (down or degraded), sorted by id.
    std::vector<std::pair<int, NodeState>> nodes;
    QList<ChangeConflict> conflicts; // sorted by kind, then with
    QStringList missing;             // in the order the specification lists them
    // Why the probability is what it is: closed changes sharing a target in the year before,
    // and how many of them failed.
    int history = 0;
    int failures = 0;
    // What raised the risk a level: "spof" (a target is a SPOF of a tier-0/1 target) and
    // "error-budget" (a down node's SLO has less than a quarter of its budget left).
    QStringList raisedBy;

    friend bool operator==(const ChangeAssessment &, const ChangeAssessment &) = default;
};

// The plan around the changes, built once (the graph, tiers, SPOFs, freezes with the
// error-budget freezes at `now`, the blast radii of the open scheduled changes) and then asked
// about any number of changes, from any thread (const). `now` (ms since the epoch) is when the
// error budgets are read and where an unscheduled change's history ends.
class ChangeContext
{
public:
    ChangeContext(const Plan &plan, qint64 now);
    ~ChangeContext();
    ChangeContext(const ChangeContext &) = delete;
    ChangeContext &operator=(const ChangeContext &) = delete;

    const GraphSnapshot &graph() const;
    // The plan's freeze windows and, after them, the error-budget freezes in force at `now`
    // (source error-budget, scope the SLO's node, from `now` until the budget recovers).
    const QList<FreezeWindow> &freezes() const;
    // The tier a change's rules read for a node: a process's effective tier, a service's
    // assigned tier, else its required tier; -1 for none.
    int nodeTier(int node) const;

    // `change` as it is or as it is being edited: the other changes are the plan's.
    ChangeAssessment assess(const Change &change) const;
    // Every change of the plan, in plan order.
    std::vector<ChangeAssessment> assessAll() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

// "low", "moderate", "high", "very-high" as a number 0..3 and back.
int riskLevel(const QString &risk);
QString riskName(int level);
QString displayRisk(const QString &risk);

// The state machine of a change (product/12-changes.md "Screens"): the states a change in
// `from` may move to.
QList<ChangeState> nextStates(ChangeState from);
// Why `change` may not move to `to` in plain words (empty: it may). A non-emergency change
// cannot be scheduled while controls are missing or a freeze blocks it; an emergency change can
// (its missing controls stay findings until added).
QStringList moveRefusals(const Change &change, ChangeState to, const ChangeAssessment &assessment);
// The plain words for a missing control ("peer-review" → "a peer reviewer").
QString missingControlText(const QString &missing);
QString conflictKindText(const QString &kind);

// The findings of `check` about changes (product/12-changes.md "Findings"), at `now`: blocked
// or conflicting scheduled changes, missing controls on scheduled changes (and on emergency
// changes until they are added), closed changes without an outcome, and open changes on tier-0/1
// nodes whose backout runbook no exercise up to `now` has run.
std::vector<Finding> changeFindings(const Plan &plan, qint64 now);

// Change metrics per month (M8; docs/changes.md "Metrics"): the changes whose planned start
// falls in the month in the plan's time zone, cancelled ones left out.
struct ChangeMonth
{
    int year = 0;
    int month = 0;
    int standard = 0;
    int normal = 0;
    int emergency = 0;
    int closed = 0;      // closed with an outcome: what the rates are of
    int successful = 0;  // successful or successful with issues
    int rolledBack = 0;
    int causedIncidents = 0; // changes named by an incident or naming one
    std::optional<double> medianLeadDays; // from createdAt to plannedStart
    int total() const { return standard + normal + emergency; }
    std::optional<double> successRate() const
    {
        return closed ? std::optional<double>(double(successful) / closed) : std::nullopt;
    }
    std::optional<double> rollbackRate() const
    {
        return closed ? std::optional<double>(double(rolledBack) / closed) : std::nullopt;
    }
    double emergencyShare() const { return total() ? double(emergency) / total() : 0.0; }
};
// Month by month from the first change's to the last's, months without changes included.
QList<ChangeMonth> changeMetrics(const Plan &plan);

} // namespace Continuity
