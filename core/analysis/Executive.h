// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Controls.h"
#include "ErrorBudget.h"
#include "Findings.h"
#include "IncidentHistory.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Continuity {

struct Plan;

// The executive availability report's figures for [from, to] (product/14-governance.md
// "Executive availability report", docs/governance.md): what the board reads, computed once.
struct ExecutiveFigures
{
    QDate from;
    QDate to;

    // Per tier-0/1 node with an SLO: its objective, the availability measured over the SLO's
    // window at the end of `to`, and whether the objective was met (the budget not used up).
    struct Slo
    {
        QString node;
        QString name;
        int tier = 0;
        double objective = 0;
        double measured = 100; // percent
        QString window;
        bool met = true;
    };
    QList<Slo> slos;

    std::vector<std::pair<QDate, std::array<int, 5>>> incidentsPerMonth; // severity 1..5
    int incidents = 0;
    std::vector<SeverityRestore> restoreBySeverity;
    std::optional<double> restoreMedianHours; // all severities
    std::optional<double> restoreP90Hours;

    int exercisesDone = 0; // exercises dated in the period that ran
    int servicesDue = 0;   // tier-0/1 services with a test interval
    int servicesTestedInInterval = 0;

    // RTO gaps: measured (incidents in the period that kept a node down longer than its RTO)
    // and predicted (tier-0/1 nodes whose recovery time, with mobilisation, exceeds their RTO).
    struct Gap
    {
        QString node;
        QString name;
        double rtoHours = 0;
        double hours = 0; // how long it was down, or the predicted recovery
        QString incident; // measured only
    };
    QList<Gap> measuredGaps;
    QList<Gap> predictedGaps;

    int actionsOpen = 0;
    int actionsOverdue = 0;
    int actionsDueInPeriod = 0;
    int actionsClosedOnTime = 0;

    int changesClosed = 0;
    int changesSuccessful = 0;

    // The five biggest risks, in plain words, most serious first.
    QStringList risks;

    int controlsEffective = 0;
    int controlsIneffective = 0; // not accepted
    int controlsExpired = 0;
    int controlsNoEvidence = 0;
    int controlsAccepted = 0;

    // The five shares of the resilience score, in percent; nullopt when there is nothing to
    // measure (no SLO, no tier-0/1 service...). The score is the mean of those measured.
    struct Share
    {
        QString key; // "slos-met", "tested", "runbooks", "no-spof", "actions-on-time"
        std::optional<double> percent;
        int part = 0;
        int whole = 0;
    };
    std::array<Share, 5> shares;
    std::optional<double> score;
};

// Computes the figures; builds the graph and runs the SPOF analysis: call it off the GUI thread
// on a big plan.
ExecutiveFigures executiveFigures(const Plan &plan, const QDate &from, const QDate &to);

// "SLOs met", "Tier-0/1 services tested in time", ... in the reader's language.
QString shareTitle(const QString &key);

} // namespace Continuity
