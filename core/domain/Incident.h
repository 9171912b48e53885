// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

// Incidents, post-mortems and SLOs (product/13-incidents-slos.md, docs/incidents.md). An
// incident is a record of what happened: the nodes it names stay as they were written even when
// the plan loses them later, as an exercise's log does.

// A node the incident took down or degraded, from `from` to `to` (instants; unset: the
// incident's startedAt and restoredAt).
struct AffectedNode
{
    QString node;
    AffectedState state = AffectedState::Down;
    std::optional<QString> from;
    std::optional<QString> to;

    friend bool operator==(const AffectedNode &, const AffectedNode &) = default;
};

// Data lost on a data store: the hours of changes that did not come back.
struct DataLoss
{
    QString node;
    std::optional<double> hours;

    friend bool operator==(const DataLoss &, const DataLoss &) = default;
};

struct ContributingFactor
{
    FactorCategory category = FactorCategory::Unknown;
    QString text;

    friend bool operator==(const ContributingFactor &, const ContributingFactor &) = default;
};

struct TimelineEntry
{
    QString at; // instant
    QString text;

    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

// An action item of a post-mortem: an action of the one register exercises share
// (ActionItem), with what it is for.
struct IncidentAction
{
    QString id;
    QString title;
    ActionKind kind = ActionKind::Prevent;
    QString owner;
    std::optional<QString> due; // YYYY-MM-DD
    ActionStatus status = ActionStatus::Open;
    std::optional<QString> closed; // YYYY-MM-DD

    friend bool operator==(const IncidentAction &, const IncidentAction &) = default;
};

// A runbook changed because of the incident: the version that came out of it.
struct RunbookChange
{
    QString runbook;
    QString version;

    friend bool operator==(const RunbookChange &, const RunbookChange &) = default;
};

// The blameless review of an incident (product/13-incidents-slos.md "Post-mortems").
struct Postmortem
{
    QString summary;
    QString impact;
    QList<TimelineEntry> timeline;
    QString wentWell;
    QString wentWrong;
    QString lucky;
    QList<IncidentAction> actions;
    QList<RunbookChange> runbookChanges;
    QString reviewer;
    std::optional<QString> reviewedOn; // YYYY-MM-DD

    friend bool operator==(const Postmortem &, const Postmortem &) = default;
};

struct Incident
{
    QString id; // INC0042
    QString title;
    int severity = 3; // 1 (worst) to 5
    IncidentStatus status = IncidentStatus::Active;
    QString startedAt; // instant: impact began
    std::optional<QString> detectedAt;
    std::optional<QString> acknowledgedAt;
    std::optional<QString> mitigatedAt;
    std::optional<QString> restoredAt; // service back to its prior level
    std::optional<QString> closedAt;
    QList<AffectedNode> affected;
    QList<DataLoss> dataLoss;
    std::optional<double> clientsAffected;
    std::optional<double> transactionsAffected;
    std::optional<double> cost;
    QString causedByChange;
    QStringList plansActivated; // runbook ids
    QList<ContributingFactor> factors;
    QString externalRef; // the ticket elsewhere (ServiceNow number)
    QString description;
    std::optional<Postmortem> postmortem;

    friend bool operator==(const Incident &, const Incident &) = default;
};

// An objective on a node (product/13-incidents-slos.md "SLOs and error budgets").
struct Slo
{
    QString node;
    std::optional<double> objective;        // percent; unset: the default of the node's tier
    QString window = QStringLiteral("30d"); // "Nd" rolling N days, "month" or "quarter"
    bool degradedCounts = false;

    friend bool operator==(const Slo &, const Slo &) = default;
};

// What a plan sets for its incidents as a whole.
struct IncidentPolicy
{
    static constexpr int DefaultPostmortemBusinessDays = 5;
    static constexpr int DefaultPostmortemSev1Days = 3;
    int postmortemBusinessDays = DefaultPostmortemBusinessDays; // after restoredAt
    int postmortemSev1Days = DefaultPostmortemSev1Days;         // calendar days, severity 1
    // Calendar SLO windows (months, quarters) and business days count in this IANA zone.
    QString timeZone = QStringLiteral("UTC");
    // The plan is a financial entity's: incidents get the DORA classification.
    bool financialEntity = false;

    friend bool operator==(const IncidentPolicy &, const IncidentPolicy &) = default;
};

} // namespace Continuity
