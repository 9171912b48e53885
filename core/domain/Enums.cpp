// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

#include <QCoreApplication>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Enums)
};

template <typename E, std::size_t N> struct Spelling
{
    std::array<std::pair<E, const char *>, N> names;

    QString name(E value) const
    {
        for (const auto &[e, s] : names) {
            if (e == value)
                return QString::fromLatin1(s);
        }
        Q_ASSERT(false);
        return {};
    }
    std::optional<E> parse(const QString &text) const
    {
        for (const auto &[e, s] : names) {
            if (text == QLatin1String(s))
                return e;
        }
        return std::nullopt;
    }
    QStringList all() const
    {
        QStringList result;
        for (const auto &[e, s] : names)
            result.append(QString::fromLatin1(s));
        return result;
    }
};

constexpr Spelling<ImpactCategory, 5> impactNames{{{
    {ImpactCategory::Financial, "financial"},
    {ImpactCategory::Operational, "operational"},
    {ImpactCategory::Legal, "legal"},
    {ImpactCategory::Reputational, "reputational"},
    {ImpactCategory::HealthSafety, "healthSafety"},
}}};

constexpr Spelling<ServiceKind, 7> kindNames{{{
    {ServiceKind::Application, "application"},
    {ServiceKind::DataStore, "data-store"},
    {ServiceKind::Infrastructure, "infrastructure"},
    {ServiceKind::Network, "network"},
    {ServiceKind::Site, "site"},
    {ServiceKind::Supplier, "supplier"},
    {ServiceKind::Team, "team"},
}}};

constexpr Spelling<Environment, 4> environmentSpellings{{{
    {Environment::Unspecified, "unspecified"},
    {Environment::OnPremises, "on-premises"},
    {Environment::Cloud, "cloud"},
    {Environment::Saas, "saas"},
}}};

constexpr Spelling<Deployment, 4> deploymentSpellings{{{
    {Deployment::Single, "single"},
    {Deployment::ActivePassive, "active-passive"},
    {Deployment::ActiveActive, "active-active"},
    {Deployment::MultiRegion, "multi-region"},
}}};

constexpr Spelling<ReplicationMode, 4> replicationSpellings{{{
    {ReplicationMode::None, "none"},
    {ReplicationMode::Sync, "sync"},
    {ReplicationMode::Async, "async"},
    {ReplicationMode::Backup, "backup"},
}}};

constexpr Spelling<Strength, 2> strengthSpellings{{{
    {Strength::Hard, "hard"},
    {Strength::Soft, "soft"},
}}};

constexpr Spelling<RunbookStatus, 3> runbookStatusSpellings{{{
    {RunbookStatus::Draft, "draft"},
    {RunbookStatus::Approved, "approved"},
    {RunbookStatus::Retired, "retired"},
}}};

constexpr Spelling<ExerciseType, 6> exerciseTypeSpellings{{{
    {ExerciseType::Tabletop, "tabletop"},
    {ExerciseType::Walkthrough, "walkthrough"},
    {ExerciseType::Simulation, "simulation"},
    {ExerciseType::Parallel, "parallel"},
    {ExerciseType::FullInterruption, "full-interruption"},
    {ExerciseType::CallTree, "call-tree"},
}}};

constexpr Spelling<ActionStatus, 2> actionStatusSpellings{{{
    {ActionStatus::Open, "open"},
    {ActionStatus::Done, "done"},
}}};

constexpr Spelling<PhoneKind, 5> phoneKindSpellings{{{
    {PhoneKind::Mobile, "mobile"},
    {PhoneKind::Office, "office"},
    {PhoneKind::Home, "home"},
    {PhoneKind::Satellite, "satellite"},
    {PhoneKind::Other, "other"},
}}};

constexpr Spelling<DrillStatus, 3> drillStatusSpellings{{{
    {DrillStatus::NotConfirmed, "not-confirmed"},
    {DrillStatus::Confirmed, "confirmed"},
    {DrillStatus::Unreachable, "unreachable"},
}}};

constexpr Spelling<IncidentStatus, 3> incidentStatusSpellings{{{
    {IncidentStatus::Active, "active"},
    {IncidentStatus::Stable, "stable"},
    {IncidentStatus::Closed, "closed"},
}}};

constexpr Spelling<AffectedState, 2> affectedStateSpellings{{{
    {AffectedState::Down, "down"},
    {AffectedState::Degraded, "degraded"},
}}};

constexpr Spelling<FactorCategory, 8> factorCategorySpellings{{{
    {FactorCategory::Change, "change"},
    {FactorCategory::Dependency, "dependency"},
    {FactorCategory::ThirdParty, "third-party"},
    {FactorCategory::Capacity, "capacity"},
    {FactorCategory::Process, "process"},
    {FactorCategory::Human, "human"},
    {FactorCategory::Monitoring, "monitoring"},
    {FactorCategory::Unknown, "unknown"},
}}};

constexpr Spelling<ActionKind, 3> actionKindSpellings{{{
    {ActionKind::Prevent, "prevent"},
    {ActionKind::Detect, "detect"},
    {ActionKind::Mitigate, "mitigate"},
}}};

constexpr Spelling<ChangeClass, 3> changeClassSpellings{{{
    {ChangeClass::Standard, "standard"},
    {ChangeClass::Normal, "normal"},
    {ChangeClass::Emergency, "emergency"},
}}};

constexpr Spelling<ChangeState, 8> changeStateSpellings{{{
    {ChangeState::New, "new"},
    {ChangeState::Assess, "assess"},
    {ChangeState::Authorize, "authorize"},
    {ChangeState::Scheduled, "scheduled"},
    {ChangeState::Implement, "implement"},
    {ChangeState::Review, "review"},
    {ChangeState::Closed, "closed"},
    {ChangeState::Cancelled, "cancelled"},
}}};

constexpr Spelling<ChangeMode, 2> changeModeSpellings{{{
    {ChangeMode::Outage, "outage"},
    {ChangeMode::Rolling, "rolling"},
}}};

constexpr Spelling<ChangeOutcome, 4> changeOutcomeSpellings{{{
    {ChangeOutcome::Successful, "successful"},
    {ChangeOutcome::SuccessfulWithIssues, "successful-with-issues"},
    {ChangeOutcome::Unsuccessful, "unsuccessful"},
    {ChangeOutcome::RolledBack, "rolled-back"},
}}};

constexpr Spelling<ReleaseStrategy, 5> releaseStrategySpellings{{{
    {ReleaseStrategy::BigBang, "big-bang"},
    {ReleaseStrategy::Rolling, "rolling"},
    {ReleaseStrategy::BlueGreen, "blue-green"},
    {ReleaseStrategy::Canary, "canary"},
    {ReleaseStrategy::FeatureToggle, "feature-toggle"},
}}};

constexpr Spelling<CabDecision, 2> cabDecisionSpellings{{{
    {CabDecision::Approved, "approved"},
    {CabDecision::Rejected, "rejected"},
}}};

constexpr Spelling<CheckResult, 2> checkResultSpellings{{{
    {CheckResult::Pass, "pass"},
    {CheckResult::Fail, "fail"},
}}};

constexpr Spelling<FreezeScope, 4> freezeScopeSpellings{{{
    {FreezeScope::All, "all"},
    {FreezeScope::MaxTier, "maxTier"},
    {FreezeScope::Nodes, "nodes"},
    {FreezeScope::Sites, "sites"},
}}};

constexpr Spelling<FreezeSource, 2> freezeSourceSpellings{{{
    {FreezeSource::Manual, "manual"},
    {FreezeSource::ErrorBudget, "error-budget"},
}}};

constexpr Spelling<MaintenanceKind, 2> maintenanceKindSpellings{{{
    {MaintenanceKind::Agreed, "agreed"},
    {MaintenanceKind::Supplier, "supplier"},
}}};

constexpr Spelling<ControlRule, 10> controlRuleSpellings{{{
    {ControlRule::Manual, "manual"},
    {ControlRule::ExerciseCoverage, "exercise-coverage"},
    {ControlRule::RunbookCoverage, "runbook-coverage"},
    {ControlRule::BiaCurrent, "bia-current"},
    {ControlRule::RestoreTested, "restore-tested"},
    {ControlRule::ChangeControl, "change-control"},
    {ControlRule::Postmortem, "postmortem"},
    {ControlRule::ContactsVerified, "contacts-verified"},
    {ControlRule::AccessReview, "access-review"},
    {ControlRule::ActionsClosed, "actions-closed"},
}}};

constexpr Spelling<ControlFrequency, 4> controlFrequencySpellings{{{
    {ControlFrequency::Monthly, "monthly"},
    {ControlFrequency::Quarterly, "quarterly"},
    {ControlFrequency::HalfYearly, "half-yearly"},
    {ControlFrequency::Yearly, "yearly"},
}}};

} // namespace

QString toString(IncidentStatus value)
{
    return incidentStatusSpellings.name(value);
}
QString toString(AffectedState value)
{
    return affectedStateSpellings.name(value);
}
QString toString(FactorCategory value)
{
    return factorCategorySpellings.name(value);
}
QString toString(ActionKind value)
{
    return actionKindSpellings.name(value);
}
std::optional<IncidentStatus> incidentStatusFromString(const QString &text)
{
    return incidentStatusSpellings.parse(text);
}
std::optional<AffectedState> affectedStateFromString(const QString &text)
{
    return affectedStateSpellings.parse(text);
}
std::optional<FactorCategory> factorCategoryFromString(const QString &text)
{
    return factorCategorySpellings.parse(text);
}
std::optional<ActionKind> actionKindFromString(const QString &text)
{
    return actionKindSpellings.parse(text);
}
QStringList incidentStatusNames()
{
    return incidentStatusSpellings.all();
}
QStringList affectedStateNames()
{
    return affectedStateSpellings.all();
}
QStringList factorCategoryNames()
{
    return factorCategorySpellings.all();
}
QStringList actionKindNames()
{
    return actionKindSpellings.all();
}

QString toString(ImpactCategory value)
{
    return impactNames.name(value);
}
QString toString(ServiceKind value)
{
    return kindNames.name(value);
}
QString toString(Environment value)
{
    return environmentSpellings.name(value);
}
QString toString(Deployment value)
{
    return deploymentSpellings.name(value);
}
QString toString(ReplicationMode value)
{
    return replicationSpellings.name(value);
}
QString toString(Strength value)
{
    return strengthSpellings.name(value);
}
QString toString(RunbookStatus value)
{
    return runbookStatusSpellings.name(value);
}
QString toString(ExerciseType value)
{
    return exerciseTypeSpellings.name(value);
}
QString toString(ActionStatus value)
{
    return actionStatusSpellings.name(value);
}

QString toString(PhoneKind value)
{
    return phoneKindSpellings.name(value);
}
QString toString(DrillStatus value)
{
    return drillStatusSpellings.name(value);
}

std::optional<ImpactCategory> impactCategoryFromString(const QString &text)
{
    return impactNames.parse(text);
}
std::optional<ServiceKind> serviceKindFromString(const QString &text)
{
    return kindNames.parse(text);
}
std::optional<Environment> environmentFromString(const QString &text)
{
    return environmentSpellings.parse(text);
}
std::optional<Deployment> deploymentFromString(const QString &text)
{
    return deploymentSpellings.parse(text);
}
std::optional<ReplicationMode> replicationModeFromString(const QString &text)
{
    return replicationSpellings.parse(text);
}
std::optional<Strength> strengthFromString(const QString &text)
{
    return strengthSpellings.parse(text);
}
std::optional<RunbookStatus> runbookStatusFromString(const QString &text)
{
    return runbookStatusSpellings.parse(text);
}
std::optional<ExerciseType> exerciseTypeFromString(const QString &text)
{
    return exerciseTypeSpellings.parse(text);
}
std::optional<ActionStatus> actionStatusFromString(const QString &text)
{
    return actionStatusSpellings.parse(text);
}

std::optional<PhoneKind> phoneKindFromString(const QString &text)
{
    return phoneKindSpellings.parse(text);
}
std::optional<DrillStatus> drillStatusFromString(const QString &text)
{
    return drillStatusSpellings.parse(text);
}

QStringList strengthNames()
{
    return strengthSpellings.all();
}
QStringList serviceKindNames()
{
    return kindNames.all();
}
QStringList environmentNames()
{
    return environmentSpellings.all();
}
QStringList deploymentNames()
{
    return deploymentSpellings.all();
}
QStringList replicationModeNames()
{
    return replicationSpellings.all();
}
QStringList runbookStatusNames()
{
    return runbookStatusSpellings.all();
}
QStringList exerciseTypeNames()
{
    return exerciseTypeSpellings.all();
}
QStringList actionStatusNames()
{
    return actionStatusSpellings.all();
}

QStringList phoneKindNames()
{
    return phoneKindSpellings.all();
}
QStringList drillStatusNames()
{
    return drillStatusSpellings.all();
}

QString displayName(ServiceKind value)
{
    switch (value) {
    case ServiceKind::Application:
        return Tr::tr("Application");
    case ServiceKind::DataStore:
        return Tr::tr("Data store");
    case ServiceKind::Infrastructure:
        return Tr::tr("Infrastructure");
    case ServiceKind::Network:
        return Tr::tr("Network");
    case ServiceKind::Site:
        return Tr::tr("Site");
    case ServiceKind::Supplier:
        return Tr::tr("Supplier");
    case ServiceKind::Team:
        return Tr::tr("Team");
    }
    return {};
}

QString countText(ServiceKind value, int count)
{
    switch (value) {
    case ServiceKind::Application:
        return Tr::tr("%n application(s)", nullptr, count);
    case ServiceKind::DataStore:
        return Tr::tr("%n data store(s)", nullptr, count);
    case ServiceKind::Infrastructure:
        return Tr::tr("%n infrastructure service(s)", nullptr, count);
    case ServiceKind::Network:
        return Tr::tr("%n network(s)", nullptr, count);
    case ServiceKind::Site:
        return Tr::tr("%n site(s)", nullptr, count);
    case ServiceKind::Supplier:
        return Tr::tr("%n supplier(s)", nullptr, count);
    case ServiceKind::Team:
        return Tr::tr("%n team(s)", nullptr, count);
    }
    return {};
}

QString newName(ServiceKind value)
{
    switch (value) {
    case ServiceKind::Application:
        return Tr::tr("New application");
    case ServiceKind::DataStore:
        return Tr::tr("New data store");
    case ServiceKind::Infrastructure:
        return Tr::tr("New infrastructure");
    case ServiceKind::Network:
        return Tr::tr("New network");
    case ServiceKind::Site:
        return Tr::tr("New site");
    case ServiceKind::Supplier:
        return Tr::tr("New supplier");
    case ServiceKind::Team:
        return Tr::tr("New team");
    }
    return {};
}

QString displayName(ImpactCategory value)
{
    switch (value) {
    case ImpactCategory::Financial:
        return Tr::tr("Financial");
    case ImpactCategory::Operational:
        return Tr::tr("Operational");
    case ImpactCategory::Legal:
        return Tr::tr("Legal & regulatory");
    case ImpactCategory::Reputational:
        return Tr::tr("Reputational");
    case ImpactCategory::HealthSafety:
        return Tr::tr("Health & safety");
    }
    return {};
}

QString displayName(PhoneKind value)
{
    switch (value) {
    case PhoneKind::Mobile:
        return Tr::tr("Mobile");
    case PhoneKind::Office:
        return Tr::tr("Office");
    case PhoneKind::Home:
        return Tr::tr("Home");
    case PhoneKind::Satellite:
        return Tr::tr("Satellite");
    case PhoneKind::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString displayName(IncidentStatus value)
{
    switch (value) {
    case IncidentStatus::Active:
        return Tr::tr("Active");
    case IncidentStatus::Stable:
        return Tr::tr("Stable");
    case IncidentStatus::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

QString displayName(FactorCategory value)
{
    switch (value) {
    case FactorCategory::Change:
        return Tr::tr("Change");
    case FactorCategory::Dependency:
        return Tr::tr("Dependency");
    case FactorCategory::ThirdParty:
        return Tr::tr("Third party");
    case FactorCategory::Capacity:
        return Tr::tr("Capacity");
    case FactorCategory::Process:
        return Tr::tr("Process");
    case FactorCategory::Human:
        return Tr::tr("Human");
    case FactorCategory::Monitoring:
        return Tr::tr("Monitoring");
    case FactorCategory::Unknown:
        return Tr::tr("Unknown");
    }
    return {};
}

QString displayName(ActionKind value)
{
    switch (value) {
    case ActionKind::Prevent:
        return Tr::tr("Prevent");
    case ActionKind::Detect:
        return Tr::tr("Detect");
    case ActionKind::Mitigate:
        return Tr::tr("Mitigate");
    }
    return {};
}

QString toString(ChangeClass value)
{
    return changeClassSpellings.name(value);
}
std::optional<ChangeClass> changeClassFromString(const QString &text)
{
    return changeClassSpellings.parse(text);
}
QStringList changeClassNames()
{
    return changeClassSpellings.all();
}
QString displayName(ChangeClass value)
{
    switch (value) {
    case ChangeClass::Standard:
        return Tr::tr("Standard");
    case ChangeClass::Normal:
        return Tr::tr("Normal");
    case ChangeClass::Emergency:
        return Tr::tr("Emergency");
    }
    return {};
}

QString toString(ChangeState value)
{
    return changeStateSpellings.name(value);
}
std::optional<ChangeState> changeStateFromString(const QString &text)
{
    return changeStateSpellings.parse(text);
}
QStringList changeStateNames()
{
    return changeStateSpellings.all();
}
QString displayName(ChangeState value)
{
    switch (value) {
    case ChangeState::New:
        return Tr::tr("New");
    case ChangeState::Assess:
        return Tr::tr("Assess");
    case ChangeState::Authorize:
        return Tr::tr("Authorize");
    case ChangeState::Scheduled:
        return Tr::tr("Scheduled");
    case ChangeState::Implement:
        return Tr::tr("Implement");
    case ChangeState::Review:
        return Tr::tr("Review");
    case ChangeState::Closed:
        return Tr::tr("Closed");
    case ChangeState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

QString toString(ChangeMode value)
{
    return changeModeSpellings.name(value);
}
std::optional<ChangeMode> changeModeFromString(const QString &text)
{
    return changeModeSpellings.parse(text);
}
QStringList changeModeNames()
{
    return changeModeSpellings.all();
}
QString displayName(ChangeMode value)
{
    switch (value) {
    case ChangeMode::Outage:
        return Tr::tr("Outage");
    case ChangeMode::Rolling:
        return Tr::tr("Rolling");
    }
    return {};
}

QString toString(ChangeOutcome value)
{
    return changeOutcomeSpellings.name(value);
}
std::optional<ChangeOutcome> changeOutcomeFromString(const QString &text)
{
    return changeOutcomeSpellings.parse(text);
}
QStringList changeOutcomeNames()
{
    return changeOutcomeSpellings.all();
}
QString displayName(ChangeOutcome value)
{
    switch (value) {
    case ChangeOutcome::Successful:
        return Tr::tr("Successful");
    case ChangeOutcome::SuccessfulWithIssues:
        return Tr::tr("Successful with issues");
    case ChangeOutcome::Unsuccessful:
        return Tr::tr("Unsuccessful");
    case ChangeOutcome::RolledBack:
        return Tr::tr("Rolled back");
    }
    return {};
}

QString toString(ReleaseStrategy value)
{
    return releaseStrategySpellings.name(value);
}
std::optional<ReleaseStrategy> releaseStrategyFromString(const QString &text)
{
    return releaseStrategySpellings.parse(text);
}
QStringList releaseStrategyNames()
{
    return releaseStrategySpellings.all();
}
QString displayName(ReleaseStrategy value)
{
    switch (value) {
    case ReleaseStrategy::BigBang:
        return Tr::tr("Big bang");
    case ReleaseStrategy::Rolling:
        return Tr::tr("Rolling");
    case ReleaseStrategy::BlueGreen:
        return Tr::tr("Blue-green");
    case ReleaseStrategy::Canary:
        return Tr::tr("Canary");
    case ReleaseStrategy::FeatureToggle:
        return Tr::tr("Feature toggle");
    }
    return {};
}

QString toString(CabDecision value)
{
    return cabDecisionSpellings.name(value);
}
std::optional<CabDecision> cabDecisionFromString(const QString &text)
{
    return cabDecisionSpellings.parse(text);
}
QStringList cabDecisionNames()
{
    return cabDecisionSpellings.all();
}
QString displayName(CabDecision value)
{
    switch (value) {
    case CabDecision::Approved:
        return Tr::tr("Approved");
    case CabDecision::Rejected:
        return Tr::tr("Rejected");
    }
    return {};
}

QString toString(CheckResult value)
{
    return checkResultSpellings.name(value);
}
std::optional<CheckResult> checkResultFromString(const QString &text)
{
    return checkResultSpellings.parse(text);
}
QStringList checkResultNames()
{
    return checkResultSpellings.all();
}
QString displayName(CheckResult value)
{
    switch (value) {
    case CheckResult::Pass:
        return Tr::tr("Pass");
    case CheckResult::Fail:
        return Tr::tr("Fail");
    }
    return {};
}

QString toString(FreezeScope value)
{
    return freezeScopeSpellings.name(value);
}
std::optional<FreezeScope> freezeScopeFromString(const QString &text)
{
    return freezeScopeSpellings.parse(text);
}
QStringList freezeScopeNames()
{
    return freezeScopeSpellings.all();
}
QString displayName(FreezeScope value)
{
    switch (value) {
    case FreezeScope::All:
        return Tr::tr("All nodes");
    case FreezeScope::MaxTier:
        return Tr::tr("Up to a tier");
    case FreezeScope::Nodes:
        return Tr::tr("Listed nodes");
    case FreezeScope::Sites:
        return Tr::tr("Sites");
    }
    return {};
}

QString toString(FreezeSource value)
{
    return freezeSourceSpellings.name(value);
}
std::optional<FreezeSource> freezeSourceFromString(const QString &text)
{
    return freezeSourceSpellings.parse(text);
}
QStringList freezeSourceNames()
{
    return freezeSourceSpellings.all();
}
QString displayName(FreezeSource value)
{
    switch (value) {
    case FreezeSource::Manual:
        return Tr::tr("Manual");
    case FreezeSource::ErrorBudget:
        return Tr::tr("Error budget");
    }
    return {};
}

QString toString(MaintenanceKind value)
{
    return maintenanceKindSpellings.name(value);
}
std::optional<MaintenanceKind> maintenanceKindFromString(const QString &text)
{
    return maintenanceKindSpellings.parse(text);
}
QStringList maintenanceKindNames()
{
    return maintenanceKindSpellings.all();
}
QString displayName(MaintenanceKind value)
{
    switch (value) {
    case MaintenanceKind::Agreed:
        return Tr::tr("Agreed");
    case MaintenanceKind::Supplier:
        return Tr::tr("Supplier");
    }
    return {};
}

QString toString(ControlRule value)
{
    return controlRuleSpellings.name(value);
}
std::optional<ControlRule> controlRuleFromString(const QString &text)
{
    return controlRuleSpellings.parse(text);
}
QStringList controlRuleNames()
{
    return controlRuleSpellings.all();
}
QString displayName(ControlRule value)
{
    switch (value) {
    case ControlRule::Manual:
        return Tr::tr("Manual evidence");
    case ControlRule::ExerciseCoverage:
        return Tr::tr("Exercise coverage");
    case ControlRule::RunbookCoverage:
        return Tr::tr("Runbook coverage");
    case ControlRule::BiaCurrent:
        return Tr::tr("BIA current");
    case ControlRule::RestoreTested:
        return Tr::tr("Restore tested");
    case ControlRule::ChangeControl:
        return Tr::tr("Change control");
    case ControlRule::Postmortem:
        return Tr::tr("Post-mortems reviewed");
    case ControlRule::ContactsVerified:
        return Tr::tr("Contacts verified");
    case ControlRule::AccessReview:
        return Tr::tr("Access reviewed");
    case ControlRule::ActionsClosed:
        return Tr::tr("Actions closed");
    }
    return {};
}

QString toString(ControlFrequency value)
{
    return controlFrequencySpellings.name(value);
}
std::optional<ControlFrequency> controlFrequencyFromString(const QString &text)
{
    return controlFrequencySpellings.parse(text);
}
QStringList controlFrequencyNames()
{
    return controlFrequencySpellings.all();
}
QString displayName(ControlFrequency value)
{
    switch (value) {
    case ControlFrequency::Monthly:
        return Tr::tr("Monthly");
    case ControlFrequency::Quarterly:
        return Tr::tr("Quarterly");
    case ControlFrequency::HalfYearly:
        return Tr::tr("Half-yearly");
    case ControlFrequency::Yearly:
        return Tr::tr("Yearly");
    }
    return {};
}
int frequencyMonths(ControlFrequency value)
{
    switch (value) {
    case ControlFrequency::Monthly:
        return 1;
    case ControlFrequency::Quarterly:
        return 3;
    case ControlFrequency::HalfYearly:
        return 6;
    case ControlFrequency::Yearly:
        return 12;
    }
    return 12;
}

} // namespace Continuity
