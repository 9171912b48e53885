// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

// Changes, freeze windows and maintenance windows (product/12-changes.md, docs/changes.md).
// What a change names (targets, people, a runbook, incidents) is kept as written, by id, as an
// incident keeps its nodes: a closed change is a record even when the plan moves on.

// How a change is released (M4).
struct ReleasePlan
{
    ReleaseStrategy strategy = ReleaseStrategy::BigBang;
    QList<double> canarySteps; // percent of traffic at each step, rising, the last at most 100
    std::optional<QString> rollbackTestedOn; // YYYY-MM-DD
    QString rollbackTestedWhere;             // "staging", "DR site", ...

    friend bool operator==(const ReleasePlan &, const ReleasePlan &) = default;
};

// The change advisory board's decision.
struct CabReview
{
    CabDecision decision = CabDecision::Approved;
    QStringList by;                 // contact ids
    std::optional<QString> on;      // YYYY-MM-DD
    QString conditions;

    friend bool operator==(const CabReview &, const CabReview &) = default;
};

// A post-change check and its result (unset: not yet run).
struct VerificationCheck
{
    QString text;
    std::optional<CheckResult> result;

    friend bool operator==(const VerificationCheck &, const VerificationCheck &) = default;
};

struct Change
{
    QString id; // CHG0031207
    QString title;
    QString description;
    ChangeClass changeClass = ChangeClass::Normal;
    ChangeState state = ChangeState::New;
    QString createdAt; // instant
    QStringList targets;
    ChangeMode mode = ChangeMode::Outage;
    std::optional<QString> plannedStart; // instants; both or neither
    std::optional<QString> plannedEnd;
    QString implementer;  // contact id
    QString peerReviewer; // contact id
    QString backoutRunbook;
    QString backoutPlan;
    std::optional<ReleasePlan> release;
    std::optional<CabReview> cab;
    QList<VerificationCheck> verification;
    std::optional<QString> actualStart;
    std::optional<QString> actualEnd;
    std::optional<ChangeOutcome> outcome;
    QStringList causedIncidents;
    QString externalRef;

    bool isOpen() const { return state != ChangeState::Closed && state != ChangeState::Cancelled; }

    friend bool operator==(const Change &, const Change &) = default;
};

// A time in which changes are frozen for what its scope holds. `start` and `end` are the first
// occurrence's instants; a recurrence (RFC 5545 RRULE) repeats it at the same wall-clock time in
// `timeZone`.
struct FreezeWindow
{
    QString id;
    QString name;
    QString start;
    QString end;
    QString rrule; // empty: once
    QString timeZone = QStringLiteral("UTC");
    FreezeScope scope = FreezeScope::All;
    std::optional<int> maxTier; // scope maxTier
    QStringList nodes;          // scope nodes
    QStringList sites;          // scope sites
    FreezeSource source = FreezeSource::Manual;
    QString exceptionApprover; // a role id

    friend bool operator==(const FreezeWindow &, const FreezeWindow &) = default;
};

// When changes to a node may happen (agreed, from its SLA), or when a supplier is itself down or
// at risk (supplier). `start` is the first occurrence's instant.
struct MaintenanceWindow
{
    QString id;
    QString name;
    QString node;
    MaintenanceKind kind = MaintenanceKind::Agreed;
    QString start;
    std::optional<double> durationHours;
    QString rrule; // empty: once
    QString timeZone = QStringLiteral("UTC");

    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};

// What a plan sets for its changes as a whole (the plan's time zone is the incident policy's).
struct ChangePolicy
{
    static constexpr double DefaultDegradedLossFactor = 0.25;
    static constexpr int DefaultMinLeadDays = 5;
    double degradedLossFactor = DefaultDegradedLossFactor;
    int minLeadDays = DefaultMinLeadDays;

    friend bool operator==(const ChangePolicy &, const ChangePolicy &) = default;
};

} // namespace Continuity
