// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Downtime.h"
#include "Findings.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace Continuity {

struct Plan;

// Holding the plan's targets against its incidents (product/13-incidents-slos.md "Holding
// targets against history"), over the period [from, to).
struct TargetBreach
{
    enum class Kind { Rto, Mtd, Rpo };
    Kind kind = Kind::Rto;
    int node = -1;
    QString incident; // the incident behind the episode (the first one overlapping it)
    TimeSpan episode; // for RTO and MTD breaches
    double hours = 0; // the episode's length, or the data lost
    double targetHours = 0;
};

// A node with at least three episodes whose 90th percentile is above its RTO.
struct UnrealisticRto
{
    int node = -1;
    int episodes = 0;
    double p90Hours = 0;
    double rtoHours = 0;
};

// For one incident: the recovery analysis of its directly-down nodes against what happened.
struct PredictionRow
{
    QString incident;
    int node = -1;
    double predictedHours = 0; // ready time from the recovery analysis (NaN: blocked)
    double actualHours = 0;    // from the incident's start to the end of the node's episode
};

// Per node: the proposed recovery duration, the median of its actual restore times.
struct RecoveryProposal
{
    int node = -1;
    int samples = 0;
    double medianHours = 0;
    double currentHours = 0;
};

// Two or more incidents within six months on one node with a contributing factor of the same
// category (DORA's recurring incidents).
struct RecurringFailure
{
    int node = -1;
    QString category; // the factor category's spelling
    QStringList incidents;
};

struct SeverityRestore
{
    int severity = 0;
    int incidents = 0;
    double medianHours = 0;
    double p90Hours = 0;
};

struct IncidentHistory
{
    TimeSpan period;
    std::vector<TargetBreach> breaches;
    std::vector<UnrealisticRto> unrealistic;
    std::vector<PredictionRow> predictions;
    std::vector<RecoveryProposal> proposals;
    std::vector<RecurringFailure> recurring;
    // Incidents started per month of the period, by severity 1..5 (index 0 is severity 1).
    std::vector<std::pair<QDate, std::array<int, 5>>> perMonth;
    std::vector<SeverityRestore> restoreBySeverity; // severities that had restored incidents
};

// `at` is the evaluation instant; the period is the twelve months before it unless given.
IncidentHistory incidentHistory(const Plan &plan, const GraphSnapshot &graph,
                                const Downtime &downtime, TimeSpan period);

// The value at quantile q (0..1) of `values` by linear interpolation between closest ranks.
double quantile(std::vector<double> values, double q);

// When a post-mortem is due: `restoredAt` plus the policy's business days (Monday to Friday),
// or calendar days for severity 1, in the policy's time zone.
QDate postmortemDue(const Plan &plan, int severity, qint64 restoredAt);

// The findings of the incident history and the SLOs (product/13-incidents-slos.md): breaches,
// unrealistic RTOs, recurring failures, missing or overdue post-mortems (severity 1 and 2),
// exhausted error budgets. `at` is now.
std::vector<Finding> incidentFindings(const Plan &plan, const GraphSnapshot &graph, qint64 at);

} // namespace Continuity
