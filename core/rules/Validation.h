// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

namespace Continuity {

struct Process;
struct Service;
struct RunbookStep;
struct Runbook;
struct Exercise;
struct TierPolicy;
struct Person;
struct Role;
struct CallTree;
struct EscalationPolicy;
struct PeoplePolicy;
struct Incident;
struct IncidentPolicy;
struct Slo;
struct Change;
struct FreezeWindow;
struct MaintenanceWindow;
struct ChangePolicy;
struct Control;
struct EvidenceFile;
struct AccessReview;
struct SupplierContract;
struct CustomerCommitment;
struct GovernancePolicy;
struct RiskException;

// One broken rule of a value: the plan-JSON name of the field ("rtoHours", "impacts.legal[2]")
// and the rule in plain words ("must be a non-negative number"). Plan JSON import prefixes the
// field with its path; the document prefixes it with the item's name.
struct FieldProblem
{
    QString field;
    QString rule;
};

// Limits that catch absurd values (docs/decisions/value-limits.md).
inline constexpr double MaxHours = 87600.0; // ten years
inline constexpr double MaxMoneyPerHour = 1e12;
inline constexpr double MaxMapCoordinate = 1e7; // map positions, either axis

// Rules on a single value, independent of the rest of the plan. References to other items
// (dependencies, runbook services) are checked where the plan is known.
QList<FieldProblem> checkProcess(const Process &process, int horizonCount);
QList<FieldProblem> checkService(const Service &service);
QList<FieldProblem> checkTierPolicy(const TierPolicy &policy);
QList<FieldProblem> checkBiaHorizons(const QList<double> &hours);
QList<FieldProblem> checkRunbook(const Runbook &runbook);
QList<FieldProblem> checkExercise(const Exercise &exercise);
// People (docs/people.md): the values of a person, a role (its rota and escalation) and a call
// tree; who they name is checked against the plan in PlanRules.
QList<FieldProblem> checkPerson(const Person &person);
QList<FieldProblem> checkRole(const Role &role);
QList<FieldProblem> checkCallTree(const CallTree &tree);
QList<FieldProblem> checkEscalation(const EscalationPolicy &policy, const QString &path);
QList<FieldProblem> checkPeoplePolicy(const PeoplePolicy &policy);
// Incidents and SLOs (docs/incidents.md): the values of an incident with its post-mortem, of
// an SLO, and of the plan's incident policy. What an incident names is checked in PlanRules.
QList<FieldProblem> checkIncident(const Incident &incident);
QList<FieldProblem> checkSlo(const Slo &slo);
QList<FieldProblem> checkIncidentPolicy(const IncidentPolicy &policy);
// An SLO objective: a percentage strictly between 0 and 100.
bool isObjective(double percent);
QString objectiveRule();
// The days of a rolling SLO window written "30d"; nullopt for anything else.
std::optional<int> rollingWindowDays(const QString &window);
inline constexpr int MaxSloWindowDays = 366;
inline constexpr double MaxMtbfHours = 1e7;
inline constexpr int MaxIncidentItems = 100000;
// Changes, freezes and maintenance windows (docs/changes.md): their values. What they name is
// checked in PlanRules.
QList<FieldProblem> checkChange(const Change &change);
QList<FieldProblem> checkFreeze(const FreezeWindow &freeze);
QList<FieldProblem> checkMaintenance(const MaintenanceWindow &window);
QList<FieldProblem> checkChangePolicy(const ChangePolicy &policy);

// Governance (docs/governance.md).
inline constexpr int MaxControlMonths = 120;
inline constexpr int MaxControlDays = 3650;
inline constexpr int MaxExceptionMonths = 12;
QList<FieldProblem> checkControl(const Control &control);
QList<FieldProblem> checkEvidence(const EvidenceFile &file);
QList<FieldProblem> checkAccessReview(const AccessReview &review);
QList<FieldProblem> checkException(const RiskException &exception);
// Contracts and commitments (docs/dora-register.md, docs/contracts.md): values as entered; what
// the register requires on top is checked when it is exported (DoraRegister).
QList<FieldProblem> checkContract(const SupplierContract &contract);
QList<FieldProblem> checkCommitment(const CustomerCommitment &commitment);
// The governance policy's own values (the risk-owner role is checked against the plan).
QList<FieldProblem> checkGovernanceValues(const GovernancePolicy &policy);
// An ISO-8601 date and time with its offset ("2026-03-04T09:15:00+01:00", "...Z").
bool isInstantText(const QString &text);
inline constexpr int MaxMinLeadDays = 365;
inline constexpr double MaxChangeWindowHours = 24.0 * 366;

// Limits of people's values.
inline constexpr int MaxShiftDays = 366;
inline constexpr int MaxEscalationRepeat = 20;
inline constexpr double MaxEscalationMinutes = 100000;
inline constexpr double MaxCallMinutes = 1440;
inline constexpr int MaxCallTreeNodes = 5000;
inline constexpr int MaxCallTreeDepth = 64;
inline constexpr int MaxVerifyWithinDays = 3650;
inline constexpr double MaxRtoFraction = 10;
bool isPhoneNumber(const QString &text);
bool isEmailAddress(const QString &text);
bool isTimeZoneId(const QString &text);

bool isValidId(const QString &id);
// An id derived from a name ("Take card payments" → "take-card-payments"), with -2, -3, ...
// appended while `taken` says it is in use.
QString idFromName(const QString &name, const std::function<bool(const QString &)> &taken);
// A map position: finite, within ±MaxMapCoordinate on both axes.
bool isValidPosition(const QPointF &position);
bool isIsoDate(const QString &text);
bool isIsoDateTime(const QString &text);

// A value as a message quotes it: whole when short, else its start and "…", so that no message
// echoes a huge value back (docs/decisions/untrusted-files.md).
QString shown(const QString &value);

// "field: rule; field: rule" for messages outside plan JSON.
QString describeProblems(const QString &subject, const QList<FieldProblem> &problems);

} // namespace Continuity
