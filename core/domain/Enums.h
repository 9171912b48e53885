// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Continuity {

// The enumerations of PRODUCT §2. Each has one spelling, used in plan JSON and in the plan
// file alike: toString() gives it, the matching fromString() parses it and returns nullopt for
// anything else. The spellings are a contract (docs/plan-format.md).

enum class ImpactCategory { Financial, Operational, Legal, Reputational, HealthSafety };
inline constexpr int ImpactCategoryCount = 5;
inline constexpr std::array<ImpactCategory, ImpactCategoryCount> allImpactCategories{
    ImpactCategory::Financial, ImpactCategory::Operational, ImpactCategory::Legal,
    ImpactCategory::Reputational, ImpactCategory::HealthSafety};

enum class ServiceKind { Application, DataStore, Infrastructure, Network, Site, Supplier, Team };
enum class Environment { Unspecified, OnPremises, Cloud, Saas };
enum class Deployment { Single, ActivePassive, ActiveActive, MultiRegion };
enum class ReplicationMode { None, Sync, Async, Backup };
enum class Strength { Hard, Soft };
enum class RunbookStatus { Draft, Approved, Retired };
enum class ExerciseType { Tabletop, Walkthrough, Simulation, Parallel, FullInterruption, CallTree };
enum class ActionStatus { Open, Done };
enum class PhoneKind { Mobile, Office, Home, Satellite, Other };
// How a person called in a call-tree drill answered (product/10-people.md).
enum class DrillStatus { NotConfirmed, Confirmed, Unreachable };
// Incidents (product/13-incidents-slos.md).
enum class IncidentStatus { Active, Stable, Closed };
enum class AffectedState { Down, Degraded };
enum class FactorCategory {
    Change,
    Dependency,
    ThirdParty,
    Capacity,
    Process,
    Human,
    Monitoring,
    Unknown
};
enum class ActionKind { Prevent, Detect, Mitigate };

// Changes, freezes and maintenance windows (product/12-changes.md).
enum class ChangeClass { Standard, Normal, Emergency };
enum class ChangeState { New, Assess, Authorize, Scheduled, Implement, Review, Closed, Cancelled };
enum class ChangeMode { Outage, Rolling };
enum class ChangeOutcome { Successful, SuccessfulWithIssues, Unsuccessful, RolledBack };
enum class ReleaseStrategy { BigBang, Rolling, BlueGreen, Canary, FeatureToggle };
enum class CabDecision { Approved, Rejected };
enum class CheckResult { Pass, Fail };
enum class FreezeScope { All, MaxTier, Nodes, Sites };
enum class FreezeSource { Manual, ErrorBudget };
enum class MaintenanceKind { Agreed, Supplier };
// Governance (product/14-governance.md, docs/governance.md): how a control is evidenced (manual
// evidence, or one of the automatic rules) and how often it must be shown to hold.
enum class ControlRule {
    Manual,
    ExerciseCoverage,
    RunbookCoverage,
    BiaCurrent,
    RestoreTested,
    ChangeControl,
    Postmortem,
    ContactsVerified,
    AccessReview,
    ActionsClosed
};
enum class ControlFrequency { Monthly, Quarterly, HalfYearly, Yearly };

QString toString(ImpactCategory value);
QString toString(ServiceKind value);
QString toString(Environment value);
QString toString(Deployment value);
QString toString(ReplicationMode value);
QString toString(Strength value);
QString toString(RunbookStatus value);
QString toString(ExerciseType value);
QString toString(ActionStatus value);
QString toString(PhoneKind value);
QString toString(DrillStatus value);
QString toString(IncidentStatus value);
QString toString(AffectedState value);
QString toString(FactorCategory value);
QString toString(ActionKind value);

std::optional<ImpactCategory> impactCategoryFromString(const QString &text);
std::optional<ServiceKind> serviceKindFromString(const QString &text);
std::optional<Environment> environmentFromString(const QString &text);
std::optional<Deployment> deploymentFromString(const QString &text);
std::optional<ReplicationMode> replicationModeFromString(const QString &text);
std::optional<Strength> strengthFromString(const QString &text);
std::optional<RunbookStatus> runbookStatusFromString(const QString &text);
std::optional<ExerciseType> exerciseTypeFromString(const QString &text);
std::optional<ActionStatus> actionStatusFromString(const QString &text);
std::optional<PhoneKind> phoneKindFromString(const QString &text);
std::optional<DrillStatus> drillStatusFromString(const QString &text);
std::optional<IncidentStatus> incidentStatusFromString(const QString &text);
std::optional<AffectedState> affectedStateFromString(const QString &text);
std::optional<FactorCategory> factorCategoryFromString(const QString &text);
std::optional<ActionKind> actionKindFromString(const QString &text);

// The accepted spellings, for messages such as "must be one of: ...".
QStringList strengthNames();
QStringList serviceKindNames();
QStringList environmentNames();
QStringList deploymentNames();
QStringList replicationModeNames();
QStringList runbookStatusNames();
QStringList exerciseTypeNames();
QStringList actionStatusNames();
QStringList phoneKindNames();
QStringList drillStatusNames();
QStringList incidentStatusNames();
QStringList affectedStateNames();
QStringList factorCategoryNames();
QStringList actionKindNames();

// Translated names for display.
QString displayName(ServiceKind value);
QString displayName(ImpactCategory value);
QString displayName(PhoneKind value);
QString displayName(IncidentStatus value);
QString displayName(FactorCategory value);
QString displayName(ActionKind value);
QString toString(ChangeClass value);
QString toString(ChangeState value);
QString toString(ChangeMode value);
QString toString(ChangeOutcome value);
QString toString(ReleaseStrategy value);
QString toString(CabDecision value);
QString toString(CheckResult value);
QString toString(FreezeScope value);
QString toString(FreezeSource value);
QString toString(MaintenanceKind value);
QString toString(ControlRule value);
QString toString(ControlFrequency value);
std::optional<ChangeClass> changeClassFromString(const QString &text);
std::optional<ChangeState> changeStateFromString(const QString &text);
std::optional<ChangeMode> changeModeFromString(const QString &text);
std::optional<ChangeOutcome> changeOutcomeFromString(const QString &text);
std::optional<ReleaseStrategy> releaseStrategyFromString(const QString &text);
std::optional<CabDecision> cabDecisionFromString(const QString &text);
std::optional<CheckResult> checkResultFromString(const QString &text);
std::optional<FreezeScope> freezeScopeFromString(const QString &text);
std::optional<FreezeSource> freezeSourceFromString(const QString &text);
std::optional<MaintenanceKind> maintenanceKindFromString(const QString &text);
std::optional<ControlRule> controlRuleFromString(const QString &text);
std::optional<ControlFrequency> controlFrequencyFromString(const QString &text);
QStringList changeClassNames();
QStringList changeStateNames();
QStringList changeModeNames();
QStringList changeOutcomeNames();
QStringList releaseStrategyNames();
QStringList cabDecisionNames();
QStringList checkResultNames();
QStringList freezeScopeNames();
QStringList freezeSourceNames();
QStringList maintenanceKindNames();
QStringList controlRuleNames();
QStringList controlFrequencyNames();
QString displayName(ChangeClass value);
QString displayName(ChangeState value);
QString displayName(ChangeMode value);
QString displayName(ChangeOutcome value);
QString displayName(ReleaseStrategy value);
QString displayName(CabDecision value);
QString displayName(CheckResult value);
QString displayName(FreezeScope value);
QString displayName(FreezeSource value);
QString displayName(MaintenanceKind value);
QString displayName(ControlRule value);
QString displayName(ControlFrequency value);
// How many months a control's evidence lasts at the frequency (1, 3, 6, 12).
int frequencyMonths(ControlFrequency value);
// "3 data stores", "1 application": a count of services of a kind, with the noun's plural.
QString countText(ServiceKind value, int count);
// "New data store": the name a new service of the kind starts with.
QString newName(ServiceKind value);

} // namespace Continuity
