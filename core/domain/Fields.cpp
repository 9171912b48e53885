// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fields.h"

#include "Change.h"
#include "DoraLists.h"
#include "Exercise.h"
#include "Governance.h"
#include "Incident.h"
#include "People.h"
#include "Process.h"
#include "Runbook.h"
#include "Service.h"

#include <QCoreApplication>

namespace Continuity {

template <typename T> QVariant Field<T>::value(const T &item) const
{
    switch (type) {
    case Type::Name:
    case Type::RequiredText:
    case Type::Text:
    case Type::LongText:
        return textOf(item);
    case Type::OptionalText: {
        const std::optional<QString> &v = optionalTextOf(item);
        return v ? QVariant(*v) : QVariant();
    }
    case Type::Hours:
    case Type::Amount: {
        const std::optional<double> &v = numberOf(item);
        return v ? QVariant(*v) : QVariant();
    }
    case Type::Tier: {
        const std::optional<int> &v = tierOf(item);
        return v ? QVariant(*v) : QVariant();
    }
    case Type::Choice:
        return choice->get(item);
    case Type::OptionalChoice: {
        const QString name = choice->get(item);
        return name.isEmpty() ? QVariant() : QVariant(name);
    }
    case Type::Flag:
        return flagOf(item) ? 1 : 0;
    case Type::Severity:
        return integerOf(item);
    }
    return {};
}

template <typename T> bool Field<T>::setValue(T &item, const QVariant &value) const
{
    switch (type) {
    case Type::Name:
    case Type::RequiredText:
    case Type::Text:
    case Type::LongText:
        text(item) = value.toString();
        return true;
    case Type::OptionalText:
        optionalText(item) =
            value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
        return true;
    case Type::Hours:
    case Type::Amount:
        number(item) = value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
        return true;
    case Type::Tier:
        tier(item) = value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
        return true;
    case Type::Choice:
        return choice->set(item, value.toString());
    case Type::OptionalChoice:
        return choice->set(item, value.isNull() ? QString() : value.toString());
    case Type::Flag:
        flag(item) = value.toInt() != 0;
        return true;
    case Type::Severity:
        integer(item) = value.toInt();
        return true;
    }
    return false;
}

namespace {

// The accessor of a member: &Member<&Process::owner>::get.
template <auto M> struct Member;
template <typename T, typename V, V T::*M> struct Member<M>
{
    static V &get(T &item) { return item.*M; }
};

template <typename E> std::optional<E> parse(const QString &text);
template <> std::optional<ServiceKind> parse(const QString &text)
{
    return serviceKindFromString(text);
}
template <> std::optional<Environment> parse(const QString &text)
{
    return environmentFromString(text);
}
template <> std::optional<Deployment> parse(const QString &text)
{
    return deploymentFromString(text);
}
template <> std::optional<RunbookStatus> parse(const QString &text)
{
    return runbookStatusFromString(text);
}
template <> std::optional<ExerciseType> parse(const QString &text)
{
    return exerciseTypeFromString(text);
}
template <> std::optional<ActionStatus> parse(const QString &text)
{
    return actionStatusFromString(text);
}
template <> std::optional<PhoneKind> parse(const QString &text)
{
    return phoneKindFromString(text);
}
template <> std::optional<DrillStatus> parse(const QString &text)
{
    return drillStatusFromString(text);
}
template <> std::optional<IncidentStatus> parse(const QString &text)
{
    return incidentStatusFromString(text);
}
template <> std::optional<AffectedState> parse(const QString &text)
{
    return affectedStateFromString(text);
}
template <> std::optional<FactorCategory> parse(const QString &text)
{
    return factorCategoryFromString(text);
}
template <> std::optional<ActionKind> parse(const QString &text)
{
    return actionKindFromString(text);
}
template <> std::optional<ChangeClass> parse(const QString &text)
{
    return changeClassFromString(text);
}
template <> std::optional<ChangeState> parse(const QString &text)
{
    return changeStateFromString(text);
}
template <> std::optional<ChangeMode> parse(const QString &text)
{
    return changeModeFromString(text);
}
template <> std::optional<ChangeOutcome> parse(const QString &text)
{
    return changeOutcomeFromString(text);
}
template <> std::optional<ReleaseStrategy> parse(const QString &text)
{
    return releaseStrategyFromString(text);
}
template <> std::optional<CabDecision> parse(const QString &text)
{
    return cabDecisionFromString(text);
}
template <> std::optional<CheckResult> parse(const QString &text)
{
    return checkResultFromString(text);
}
template <> std::optional<FreezeScope> parse(const QString &text)
{
    return freezeScopeFromString(text);
}
template <> std::optional<FreezeSource> parse(const QString &text)
{
    return freezeSourceFromString(text);
}
template <> std::optional<MaintenanceKind> parse(const QString &text)
{
    return maintenanceKindFromString(text);
}
template <> std::optional<ControlRule> parse(const QString &text)
{
    return controlRuleFromString(text);
}
template <> std::optional<ControlFrequency> parse(const QString &text)
{
    return controlFrequencyFromString(text);
}

QString display(ServiceKind value)
{
    return displayName(value);
}
template <typename E> QString display(E value)
{
    return toString(value);
}

// The choice of the enum member M: its names from the enum's toString() and fromString().
template <auto M> struct ChoiceOf;
template <typename T, typename E, E T::*M> struct ChoiceOf<M>
{
    static constexpr typename Field<T>::Choice make(QStringList (*names)(), bool required)
    {
        return {[](const T &item) { return toString(item.*M); },
                [](T &item, const QString &text) {
                    const std::optional<E> parsed = parse<E>(text);
                    if (parsed)
                        item.*M = *parsed;
                    return parsed.has_value();
                },
                names, [](const T &item) { return display(item.*M); }, required};
    }
};

// The choice of an optional enum member M: unset is the empty name.
template <auto M> struct OptionalChoiceOf;
template <typename T, typename E, std::optional<E> T::*M> struct OptionalChoiceOf<M>
{
    static constexpr typename Field<T>::Choice make(QStringList (*names)())
    {
        return {[](const T &item) { return item.*M ? toString(*(item.*M)) : QString(); },
                [](T &item, const QString &text) {
                    if (text.isEmpty()) {
                        item.*M = std::nullopt;
                        return true;
                    }
                    const std::optional<E> parsed = parse<E>(text);
                    if (parsed)
                        item.*M = *parsed;
                    return parsed.has_value();
                },
                names, [](const T &item) { return item.*M ? display(*(item.*M)) : QString(); },
                false};
    }
};

using P = Field<Process>;
using S = Field<Service>;

// DORA's licensed activities by code (domain/DoraLists.h); empty: the process is no function.
QStringList licensedActivityNames()
{
    return DoraLists::keys(DoraLists::licensedActivities());
}
constexpr P::Choice licensedActivityChoice{
    [](const Process &p) { return p.licensedActivity; },
    [](Process &p, const QString &text) {
        if (!text.isEmpty() && !DoraLists::find(DoraLists::licensedActivities(), text))
            return false;
        p.licensedActivity = text;
        return true;
    },
    &licensedActivityNames, [](const Process &p) { return p.licensedActivity; }, false};
constexpr P processTable[] = {
    {"name", "name", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "name"), P::Type::Name,
     &Member<&Process::name>::get},
    {"owner", "owner", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "owner"), P::Type::Text,
     &Member<&Process::owner>::get},
    {"description", "description", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "description"),
     P::Type::LongText, &Member<&Process::description>::get},
    {.key = "tier",
     .column = "tier",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "tier"),
     .type = P::Type::Tier,
     .tier = &Member<&Process::tier>::get},
    {"tierReason", "tier_reason", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "tier reason"),
     P::Type::LongText, &Member<&Process::tierReason>::get},
    {.key = "mtdHours",
     .column = "mtd_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "MTD"),
     .type = P::Type::Hours,
     .number = &Member<&Process::mtdHours>::get},
    {.key = "rtoHours",
     .column = "rto_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "RTO"),
     .type = P::Type::Hours,
     .number = &Member<&Process::rtoHours>::get},
    {.key = "rpoHours",
     .column = "rpo_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "RPO"),
     .type = P::Type::Hours,
     .number = &Member<&Process::rpoHours>::get},
    {.key = "lossPerHour",
     .column = "loss_per_hour",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "loss per hour"),
     .type = P::Type::Amount,
     .number = &Member<&Process::lossPerHour>::get},
    {.key = "recoveryHours",
     .column = "recovery_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "recovery time"),
     .type = P::Type::Hours,
     .number = &Member<&Process::recoveryHours>::get},
    // The BIA's review (product/11-reports.md, docs/decisions/bia-review.md).
    {"reviewedBy", "reviewed_by", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "BIA reviewer"),
     P::Type::Text, &Member<&Process::reviewedBy>::get},
    {.key = "reviewedOn",
     .column = "reviewed_on",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "BIA review date"),
     .type = P::Type::OptionalText,
     .optionalText = &Member<&Process::reviewedOn>::get},
    {.key = "biaChangedSinceReview",
     .column = "bia_changed",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "BIA changed since review"),
     .type = P::Type::Flag,
     .flag = &Member<&Process::biaChangedSinceReview>::get},
    {.key = "licensedActivity",
     .column = "licensed_activity",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "licensed activity"),
     .type = P::Type::OptionalChoice,
     .choice = &licensedActivityChoice},
};

constexpr S::Choice kindChoice = ChoiceOf<&Service::kind>::make(&serviceKindNames, true);
constexpr S::Choice environmentChoice =
    ChoiceOf<&Service::environment>::make(&environmentNames, false);
constexpr S::Choice deploymentChoice =
    ChoiceOf<&Service::deployment>::make(&deploymentNames, false);
// The mode sits in the service's replication: written by hand.
constexpr S::Choice replicationChoice{
    [](const Service &s) { return toString(s.replication.mode); },
    [](Service &s, const QString &v) {
        const auto parsed = replicationModeFromString(v);
        if (parsed)
            s.replication.mode = *parsed;
        return parsed.has_value();
    },
    &replicationModeNames, [](const Service &s) { return toString(s.replication.mode); }, true};

constexpr S serviceTable[] = {
    {"name", "name", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "name"), S::Type::Name,
     &Member<&Service::name>::get},
    {.key = "kind",
     .column = "kind",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "kind"),
     .type = S::Type::Choice,
     .choice = &kindChoice},
    {"owner", "owner", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "owner"), S::Type::Text,
     &Member<&Service::owner>::get},
    {"description", "description", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "description"),
     S::Type::LongText, &Member<&Service::description>::get},
    {.key = "environment",
     .column = "environment",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "environment"),
     .type = S::Type::Choice,
     .choice = &environmentChoice},
    {"provider", "provider", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "provider"),
     S::Type::Text, &Member<&Service::provider>::get},
    {.key = "deployment",
     .column = "deployment",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "deployment"),
     .type = S::Type::Choice,
     .choice = &deploymentChoice},
    {.key = "mode",
     .column = "replication_mode",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "replication"),
     .type = S::Type::Choice,
     .choice = &replicationChoice,
     .object = "replication"},
    {.key = "lagHours",
     .column = "replication_lag_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "replication lag"),
     .type = S::Type::Hours,
     .number = [](Service &s) -> std::optional<double> & { return s.replication.lagHours; },
     .object = "replication"},
    {.key = "intervalHours",
     .column = "backup_interval_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "backup interval"),
     .type = S::Type::Hours,
     .number = [](Service &s) -> std::optional<double> & { return s.replication.intervalHours; },
     .object = "replication"},
    {.key = "recoveryHours",
     .column = "recovery_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "recovery time"),
     .type = S::Type::Hours,
     .number = &Member<&Service::recoveryHours>::get},
    {.key = "rtoHours",
     .column = "rto_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "RTO"),
     .type = S::Type::Hours,
     .number = &Member<&Service::rtoHours>::get},
    {.key = "rpoHours",
     .column = "rpo_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "RPO"),
     .type = S::Type::Hours,
     .number = &Member<&Service::rpoHours>::get},
    {.key = "mtbfHours",
     .column = "mtbf_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "MTBF"),
     .type = S::Type::Hours,
     .number = &Member<&Service::mtbfHours>::get},
    {.key = "mttrHours",
     .column = "mttr_hours",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "MTTR"),
     .type = S::Type::Hours,
     .number = &Member<&Service::mttrHours>::get},
    {.key = "tier",
     .column = "tier",
     .label = QT_TRANSLATE_NOOP("Continuity::PlanDocument", "tier"),
     .type = S::Type::Tier,
     .tier = &Member<&Service::tier>::get},
    {"tierReason", "tier_reason", QT_TRANSLATE_NOOP("Continuity::PlanDocument", "tier reason"),
     S::Type::LongText, &Member<&Service::tierReason>::get},
};

// Runbooks and exercises are edited whole (one undo step per edit): no labels.
template <typename T, auto M>
constexpr Field<T> text(const char *key, const char *column, typename Field<T>::Type type)
{
    return {.key = key, .column = column, .label = nullptr, .type = type, .text = &Member<M>::get};
}
template <typename T, auto M> constexpr Field<T> optionalText(const char *key, const char *column)
{
    return {.key = key,
            .column = column,
            .label = nullptr,
            .type = Field<T>::Type::OptionalText,
            .optionalText = &Member<M>::get};
}
template <typename T, auto M> constexpr Field<T> hours(const char *key, const char *column)
{
    return {.key = key,
            .column = column,
            .label = nullptr,
            .type = Field<T>::Type::Hours,
            .number = &Member<M>::get};
}
template <typename T>
constexpr Field<T> choice(const char *key, const char *column,
                          const typename Field<T>::Choice *choice)
{
    return {.key = key,
            .column = column,
            .label = nullptr,
            .type = Field<T>::Type::Choice,
            .choice = choice};
}

using R = Field<Runbook>;
constexpr R::Choice statusChoice = ChoiceOf<&Runbook::status>::make(&runbookStatusNames, false);
constexpr R runbookTable[] = {
    text<Runbook, &Runbook::title>("title", "title", R::Type::RequiredText),
    text<Runbook, &Runbook::version>("version", "version", R::Type::Text),
    choice<Runbook>("status", "status", &statusChoice),
    text<Runbook, &Runbook::author>("author", "author", R::Type::Text),
    optionalText<Runbook, &Runbook::approvedBy>("approvedBy", "approved_by"),
    optionalText<Runbook, &Runbook::approvedAt>("approvedAt", "approved_at"),
    optionalText<Runbook, &Runbook::approvalNote>("approvalNote", "approval_note"),
    {.key = "exitPlan",
     .column = "exit_plan",
     .label = nullptr,
     .type = R::Type::Flag,
     .flag = &Member<&Runbook::exitPlan>::get},
};

using St = Field<RunbookStep>;
constexpr St stepTable[] = {
    text<RunbookStep, &RunbookStep::id>("id", "id", St::Type::RequiredText),
    text<RunbookStep, &RunbookStep::title>("title", "title", St::Type::RequiredText),
    text<RunbookStep, &RunbookStep::instructions>("instructions", "instructions",
                                                  St::Type::LongText),
    text<RunbookStep, &RunbookStep::owner>("owner", "owner", St::Type::Text),
    hours<RunbookStep, &RunbookStep::durationHours>("durationHours", "duration_hours"),
    text<RunbookStep, &RunbookStep::verification>("verification", "verification",
                                                  St::Type::LongText),
    text<RunbookStep, &RunbookStep::rollback>("rollback", "rollback", St::Type::LongText),
};

using E = Field<Exercise>;
constexpr E::Choice typeChoice = ChoiceOf<&Exercise::type>::make(&exerciseTypeNames, true);
constexpr E exerciseTable[] = {
    text<Exercise, &Exercise::id>("id", "id", E::Type::RequiredText),
    text<Exercise, &Exercise::title>("title", "title", E::Type::RequiredText),
    text<Exercise, &Exercise::date>("date", "date", E::Type::RequiredText),
    choice<Exercise>("type", "type", &typeChoice),
    text<Exercise, &Exercise::objectives>("objectives", "objectives", E::Type::LongText),
    optionalText<Exercise, &Exercise::declaredAt>("declaredAt", "declared_at"),
    optionalText<Exercise, &Exercise::endedAt>("endedAt", "ended_at"),
    text<Exercise, &Exercise::callTree>("callTree", "call_tree", E::Type::Text),
};

using Dc = Field<DrillCall>;
constexpr Dc::Choice drillStatusChoice =
    ChoiceOf<&DrillCall::status>::make(&drillStatusNames, true);
constexpr Dc drillCallTable[] = {
    text<DrillCall, &DrillCall::contact>("contact", "contact", Dc::Type::RequiredText),
    text<DrillCall, &DrillCall::person>("person", "person", Dc::Type::Text),
    choice<DrillCall>("status", "status", &drillStatusChoice),
    optionalText<DrillCall, &DrillCall::at>("at", "at"),
    text<DrillCall, &DrillCall::note>("note", "note", Dc::Type::LongText),
};

using Pa = Field<Participant>;
constexpr Pa participantTable[] = {
    text<Participant, &Participant::name>("name", "name", Pa::Type::RequiredText),
    text<Participant, &Participant::role>("role", "role", Pa::Type::Text),
};

using Pu = Field<ExercisePause>;
constexpr Pu pauseTable[] = {
    text<ExercisePause, &ExercisePause::pausedAt>("pausedAt", "paused_at", Pu::Type::RequiredText),
    optionalText<ExercisePause, &ExercisePause::resumedAt>("resumedAt", "resumed_at"),
};

using L = Field<ExerciseLogEntry>;
constexpr L logTable[] = {
    text<ExerciseLogEntry, &ExerciseLogEntry::runbook>("runbook", "runbook", L::Type::Text),
    text<ExerciseLogEntry, &ExerciseLogEntry::step>("step", "step", L::Type::Text),
    text<ExerciseLogEntry, &ExerciseLogEntry::startedAt>("startedAt", "started_at",
                                                         L::Type::RequiredText),
    optionalText<ExerciseLogEntry, &ExerciseLogEntry::finishedAt>("finishedAt", "finished_at"),
    text<ExerciseLogEntry, &ExerciseLogEntry::note>("note", "note", L::Type::LongText),
    text<ExerciseLogEntry, &ExerciseLogEntry::reportedBy>("reportedBy", "reported_by",
                                                          L::Type::Text),
};

using C = Field<TimestampCorrection>;
constexpr C correctionTable[] = {
    text<TimestampCorrection, &TimestampCorrection::runbook>("runbook", "runbook",
                                                             C::Type::RequiredText),
    text<TimestampCorrection, &TimestampCorrection::step>("step", "step", C::Type::RequiredText),
    text<TimestampCorrection, &TimestampCorrection::field>("field", "field", C::Type::RequiredText),
    text<TimestampCorrection, &TimestampCorrection::original>("original", "original",
                                                              C::Type::RequiredText),
    text<TimestampCorrection, &TimestampCorrection::corrected>("corrected", "corrected",
                                                               C::Type::RequiredText),
    text<TimestampCorrection, &TimestampCorrection::by>("by", "corrected_by",
                                                        C::Type::RequiredText),
    text<TimestampCorrection, &TimestampCorrection::at>("at", "corrected_at",
                                                        C::Type::RequiredText),
    text<TimestampCorrection, &TimestampCorrection::reason>("reason", "reason",
                                                            C::Type::RequiredText),
};

using Re = Field<ExerciseResult>;
constexpr Re resultTable[] = {
    text<ExerciseResult, &ExerciseResult::service>("service", "service", Re::Type::RequiredText),
    hours<ExerciseResult, &ExerciseResult::measuredRtoHours>("measuredRtoHours",
                                                             "measured_rto_hours"),
    hours<ExerciseResult, &ExerciseResult::measuredRpoHours>("measuredRpoHours",
                                                             "measured_rpo_hours"),
    optionalText<ExerciseResult, &ExerciseResult::dataLossAt>("dataLossAt", "data_loss_at"),
    text<ExerciseResult, &ExerciseResult::note>("note", "note", Re::Type::LongText),
};

using A = Field<ActionItem>;
constexpr A::Choice actionStatusChoice =
    ChoiceOf<&ActionItem::status>::make(&actionStatusNames, false);
constexpr A actionTable[] = {
    text<ActionItem, &ActionItem::id>("id", "id", A::Type::RequiredText),
    text<ActionItem, &ActionItem::title>("title", "title", A::Type::RequiredText),
    text<ActionItem, &ActionItem::owner>("owner", "owner", A::Type::Text),
    optionalText<ActionItem, &ActionItem::due>("due", "due"),
    choice<ActionItem>("status", "status", &actionStatusChoice),
    optionalText<ActionItem, &ActionItem::raised>("raised", "raised"),
    optionalText<ActionItem, &ActionItem::closed>("closed", "closed"),
};

// People (docs/people.md): edited whole, one undo step per edit.
using Ph = Field<Phone>;
constexpr Ph::Choice phoneKindChoice = ChoiceOf<&Phone::kind>::make(&phoneKindNames, false);
constexpr Ph phoneTable[] = {
    choice<Phone>("kind", "kind", &phoneKindChoice),
    text<Phone, &Phone::number>("number", "number", Ph::Type::RequiredText),
};

using Pe = Field<Person>;
constexpr Pe personTable[] = {
    text<Person, &Person::id>("id", "id", Pe::Type::RequiredText),
    text<Person, &Person::name>("name", "name", Pe::Type::RequiredText),
    text<Person, &Person::title>("title", "title", Pe::Type::Text),
    text<Person, &Person::organisation>("organisation", "organisation", Pe::Type::Text),
    text<Person, &Person::email>("email", "email", Pe::Type::Text),
    text<Person, &Person::timeZone>("timeZone", "time_zone", Pe::Type::Text),
    text<Person, &Person::deputy>("deputy", "deputy", Pe::Type::Text),
    optionalText<Person, &Person::verifiedOn>("verifiedOn", "verified_on"),
    text<Person, &Person::notes>("notes", "notes", Pe::Type::LongText),
};

using Ro = Field<Role>;
constexpr Ro roleTable[] = {
    text<Role, &Role::id>("id", "id", Ro::Type::RequiredText),
    text<Role, &Role::name>("name", "name", Ro::Type::RequiredText),
    text<Role, &Role::team>("team", "team", Ro::Type::Text),
    hours<Role, &Role::mobilisationHours>("mobilisationHours", "mobilisation_hours"),
};

using Ov = Field<RotaOverride>;
constexpr Ov overrideTable[] = {
    text<RotaOverride, &RotaOverride::from>("from", "starts", Ov::Type::RequiredText),
    text<RotaOverride, &RotaOverride::to>("to", "ends", Ov::Type::RequiredText),
    text<RotaOverride, &RotaOverride::person>("person", "person", Ov::Type::RequiredText),
};

using Ct = Field<CallTree>;
constexpr Ct callTreeTable[] = {
    text<CallTree, &CallTree::id>("id", "id", Ct::Type::RequiredText),
    text<CallTree, &CallTree::name>("name", "name", Ct::Type::RequiredText),
    hours<CallTree, &CallTree::minutesPerCall>("minutesPerCall", "minutes_per_call"),
    hours<CallTree, &CallTree::targetMinutes>("targetMinutes", "target_minutes"),
};

// Incidents (docs/incidents.md): edited whole, one undo step per edit.
template <typename T, auto M> constexpr Field<T> amount(const char *key, const char *column)
{
    return {.key = key,
            .column = column,
            .label = nullptr,
            .type = Field<T>::Type::Amount,
            .number = &Member<M>::get};
}

using In = Field<Incident>;
constexpr In::Choice incidentStatusChoice =
    ChoiceOf<&Incident::status>::make(&incidentStatusNames, true);
constexpr In incidentTable[] = {
    text<Incident, &Incident::id>("id", "id", In::Type::RequiredText),
    text<Incident, &Incident::title>("title", "title", In::Type::RequiredText),
    {.key = "severity",
     .column = "severity",
     .label = nullptr,
     .type = In::Type::Severity,
     .integer = &Member<&Incident::severity>::get},
    choice<Incident>("status", "status", &incidentStatusChoice),
    text<Incident, &Incident::startedAt>("startedAt", "started_at", In::Type::RequiredText),
    optionalText<Incident, &Incident::detectedAt>("detectedAt", "detected_at"),
    optionalText<Incident, &Incident::acknowledgedAt>("acknowledgedAt", "acknowledged_at"),
    optionalText<Incident, &Incident::mitigatedAt>("mitigatedAt", "mitigated_at"),
    optionalText<Incident, &Incident::restoredAt>("restoredAt", "restored_at"),
    optionalText<Incident, &Incident::closedAt>("closedAt", "closed_at"),
    amount<Incident, &Incident::clientsAffected>("clientsAffected", "clients_affected"),
    amount<Incident, &Incident::transactionsAffected>("transactionsAffected",
                                                      "transactions_affected"),
    amount<Incident, &Incident::cost>("cost", "cost"),
    text<Incident, &Incident::causedByChange>("causedByChange", "caused_by_change", In::Type::Text),
    text<Incident, &Incident::externalRef>("externalRef", "external_ref", In::Type::Text),
    text<Incident, &Incident::description>("description", "description", In::Type::LongText),
};

using Af = Field<AffectedNode>;
constexpr Af::Choice affectedStateChoice =
    ChoiceOf<&AffectedNode::state>::make(&affectedStateNames, false);
constexpr Af affectedTable[] = {
    text<AffectedNode, &AffectedNode::node>("node", "node", Af::Type::RequiredText),
    choice<AffectedNode>("state", "state", &affectedStateChoice),
    optionalText<AffectedNode, &AffectedNode::from>("from", "starts"),
    optionalText<AffectedNode, &AffectedNode::to>("to", "ends"),
};

using Dl = Field<DataLoss>;
constexpr Dl dataLossTable[] = {
    text<DataLoss, &DataLoss::node>("node", "node", Dl::Type::RequiredText),
    hours<DataLoss, &DataLoss::hours>("hours", "hours"),
};

using Fa = Field<ContributingFactor>;
constexpr Fa::Choice factorCategoryChoice =
    ChoiceOf<&ContributingFactor::category>::make(&factorCategoryNames, true);
constexpr Fa factorTable[] = {
    choice<ContributingFactor>("category", "category", &factorCategoryChoice),
    text<ContributingFactor, &ContributingFactor::text>("text", "text", Fa::Type::LongText),
};

using Tl = Field<TimelineEntry>;
constexpr Tl timelineTable[] = {
    text<TimelineEntry, &TimelineEntry::at>("at", "at", Tl::Type::RequiredText),
    text<TimelineEntry, &TimelineEntry::text>("text", "text", Tl::Type::LongText),
};

using Ia = Field<IncidentAction>;
constexpr Ia::Choice actionKindChoice =
    ChoiceOf<&IncidentAction::kind>::make(&actionKindNames, true);
constexpr Ia::Choice incidentActionStatusChoice =
    ChoiceOf<&IncidentAction::status>::make(&actionStatusNames, false);
constexpr Ia incidentActionTable[] = {
    text<IncidentAction, &IncidentAction::id>("id", "id", Ia::Type::RequiredText),
    text<IncidentAction, &IncidentAction::title>("title", "title", Ia::Type::RequiredText),
    choice<IncidentAction>("kind", "kind", &actionKindChoice),
    text<IncidentAction, &IncidentAction::owner>("owner", "owner", Ia::Type::Text),
    optionalText<IncidentAction, &IncidentAction::due>("due", "due"),
    choice<IncidentAction>("status", "status", &incidentActionStatusChoice),
    optionalText<IncidentAction, &IncidentAction::closed>("closed", "closed"),
};

using Rc = Field<RunbookChange>;
constexpr Rc runbookChangeTable[] = {
    text<RunbookChange, &RunbookChange::runbook>("runbook", "runbook", Rc::Type::RequiredText),
    text<RunbookChange, &RunbookChange::version>("version", "version", Rc::Type::Text),
};

using Pm = Field<Postmortem>;
constexpr Pm postmortemTable[] = {
    text<Postmortem, &Postmortem::summary>("summary", "summary", Pm::Type::LongText),
    text<Postmortem, &Postmortem::impact>("impact", "impact", Pm::Type::LongText),
    text<Postmortem, &Postmortem::wentWell>("wentWell", "went_well", Pm::Type::LongText),
    text<Postmortem, &Postmortem::wentWrong>("wentWrong", "went_wrong", Pm::Type::LongText),
    text<Postmortem, &Postmortem::lucky>("lucky", "lucky", Pm::Type::LongText),
    text<Postmortem, &Postmortem::reviewer>("reviewer", "reviewer", Pm::Type::Text),
    optionalText<Postmortem, &Postmortem::reviewedOn>("reviewedOn", "reviewed_on"),
};

using Sl = Field<Slo>;
constexpr Sl sloTable[] = {
    {.key = "objective",
     .column = "objective",
     .label = nullptr,
     .type = Sl::Type::Amount,
     .number = &Member<&Slo::objective>::get},
    text<Slo, &Slo::window>("window", "slo_window", Sl::Type::RequiredText),
    {.key = "degradedCounts",
     .column = "degraded_counts",
     .label = nullptr,
     .type = Sl::Type::Flag,
     .flag = &Member<&Slo::degradedCounts>::get},
};

// Changes, freezes and maintenance windows (docs/changes.md): edited whole, one undo step each.
template <typename T>
constexpr Field<T> optionalChoice(const char *key, const char *column,
                                  const typename Field<T>::Choice *c)
{
    return {.key = key,
            .column = column,
            .label = nullptr,
            .type = Field<T>::Type::OptionalChoice,
            .choice = c};
}

using Ch = Field<Change>;
constexpr Ch::Choice changeClassChoice =
    ChoiceOf<&Change::changeClass>::make(&changeClassNames, true);
constexpr Ch::Choice changeStateChoice = ChoiceOf<&Change::state>::make(&changeStateNames, true);
constexpr Ch::Choice changeModeChoice = ChoiceOf<&Change::mode>::make(&changeModeNames, false);
constexpr Ch::Choice changeOutcomeChoice =
    OptionalChoiceOf<&Change::outcome>::make(&changeOutcomeNames);
constexpr Ch changeTable[] = {
    text<Change, &Change::id>("id", "id", Ch::Type::RequiredText),
    text<Change, &Change::title>("title", "title", Ch::Type::RequiredText),
    text<Change, &Change::description>("description", "description", Ch::Type::LongText),
    choice<Change>("class", "class", &changeClassChoice),
    choice<Change>("state", "state", &changeStateChoice),
    text<Change, &Change::createdAt>("createdAt", "created_at", Ch::Type::RequiredText),
    choice<Change>("mode", "mode", &changeModeChoice),
    optionalText<Change, &Change::plannedStart>("plannedStart", "planned_start"),
    optionalText<Change, &Change::plannedEnd>("plannedEnd", "planned_end"),
    text<Change, &Change::implementer>("implementer", "implementer", Ch::Type::Text),
    text<Change, &Change::peerReviewer>("peerReviewer", "peer_reviewer", Ch::Type::Text),
    text<Change, &Change::backoutRunbook>("backoutRunbook", "backout_runbook", Ch::Type::Text),
    text<Change, &Change::backoutPlan>("backoutPlan", "backout_plan", Ch::Type::LongText),
    optionalText<Change, &Change::actualStart>("actualStart", "actual_start"),
    optionalText<Change, &Change::actualEnd>("actualEnd", "actual_end"),
    optionalChoice<Change>("outcome", "outcome", &changeOutcomeChoice),
    text<Change, &Change::externalRef>("externalRef", "external_ref", Ch::Type::Text),
};

using Rp = Field<ReleasePlan>;
constexpr Rp::Choice releaseStrategyChoice =
    ChoiceOf<&ReleasePlan::strategy>::make(&releaseStrategyNames, true);
constexpr Rp releaseTable[] = {
    choice<ReleasePlan>("strategy", "strategy", &releaseStrategyChoice),
    optionalText<ReleasePlan, &ReleasePlan::rollbackTestedOn>("rollbackTestedOn",
                                                              "rollback_tested_on"),
    text<ReleasePlan, &ReleasePlan::rollbackTestedWhere>("rollbackTestedWhere",
                                                         "rollback_tested_where", Rp::Type::Text),
};

using Cb = Field<CabReview>;
constexpr Cb::Choice cabDecisionChoice =
    ChoiceOf<&CabReview::decision>::make(&cabDecisionNames, true);
constexpr Cb cabTable[] = {
    choice<CabReview>("decision", "decision", &cabDecisionChoice),
    optionalText<CabReview, &CabReview::on>("on", "decided_on"),
    text<CabReview, &CabReview::conditions>("conditions", "conditions", Cb::Type::LongText),
};

using Vc = Field<VerificationCheck>;
constexpr Vc::Choice checkResultChoice =
    OptionalChoiceOf<&VerificationCheck::result>::make(&checkResultNames);
constexpr Vc verificationTable[] = {
    text<VerificationCheck, &VerificationCheck::text>("text", "text", Vc::Type::RequiredText),
    optionalChoice<VerificationCheck>("result", "result", &checkResultChoice),
};

using Fz = Field<FreezeWindow>;
constexpr Fz::Choice freezeScopeChoice =
    ChoiceOf<&FreezeWindow::scope>::make(&freezeScopeNames, false);
constexpr Fz::Choice freezeSourceChoice =
    ChoiceOf<&FreezeWindow::source>::make(&freezeSourceNames, false);
constexpr Fz freezeTable[] = {
    text<FreezeWindow, &FreezeWindow::id>("id", "id", Fz::Type::RequiredText),
    text<FreezeWindow, &FreezeWindow::name>("name", "name", Fz::Type::RequiredText),
    text<FreezeWindow, &FreezeWindow::start>("start", "starts", Fz::Type::RequiredText),
    text<FreezeWindow, &FreezeWindow::end>("end", "ends", Fz::Type::RequiredText),
    text<FreezeWindow, &FreezeWindow::rrule>("rrule", "rrule", Fz::Type::Text),
    text<FreezeWindow, &FreezeWindow::timeZone>("timeZone", "time_zone", Fz::Type::RequiredText),
    choice<FreezeWindow>("scope", "scope", &freezeScopeChoice),
    {.key = "maxTier",
     .column = "max_tier",
     .label = nullptr,
     .type = Fz::Type::Tier,
     .tier = &Member<&FreezeWindow::maxTier>::get},
    choice<FreezeWindow>("source", "source", &freezeSourceChoice),
    text<FreezeWindow, &FreezeWindow::exceptionApprover>("exceptionApprover", "exception_approver",
                                                         Fz::Type::Text),
};

using Mw = Field<MaintenanceWindow>;
constexpr Mw::Choice maintenanceKindChoice =
    ChoiceOf<&MaintenanceWindow::kind>::make(&maintenanceKindNames, true);
constexpr Mw maintenanceTable[] = {
    text<MaintenanceWindow, &MaintenanceWindow::id>("id", "id", Mw::Type::RequiredText),
    text<MaintenanceWindow, &MaintenanceWindow::name>("name", "name", Mw::Type::Text),
    text<MaintenanceWindow, &MaintenanceWindow::node>("node", "node", Mw::Type::RequiredText),
    choice<MaintenanceWindow>("kind", "kind", &maintenanceKindChoice),
    text<MaintenanceWindow, &MaintenanceWindow::start>("start", "starts", Mw::Type::RequiredText),
    hours<MaintenanceWindow, &MaintenanceWindow::durationHours>("durationHours", "duration_hours"),
    text<MaintenanceWindow, &MaintenanceWindow::rrule>("rrule", "rrule", Mw::Type::Text),
    text<MaintenanceWindow, &MaintenanceWindow::timeZone>("timeZone", "time_zone",
                                                          Mw::Type::RequiredText),
};

// Governance (docs/governance.md): edited whole, one undo step each.
using Co = Field<Control>;
constexpr Co::Choice controlFrequencyChoice =
    ChoiceOf<&Control::frequency>::make(&controlFrequencyNames, false);
constexpr Co::Choice controlRuleChoice = ChoiceOf<&Control::rule>::make(&controlRuleNames, false);
constexpr Co controlTable[] = {
    text<Control, &Control::id>("id", "id", Co::Type::RequiredText),
    text<Control, &Control::title>("title", "title", Co::Type::RequiredText),
    text<Control, &Control::owner>("owner", "owner", Co::Type::Text),
    choice<Control>("frequency", "frequency", &controlFrequencyChoice),
    choice<Control>("rule", "rule", &controlRuleChoice),
    {.key = "maxTier",
     .column = "max_tier",
     .label = nullptr,
     .type = Co::Type::Tier,
     .tier = &Member<&Control::maxTier>::get},
    hours<Control, &Control::months>("months", "months"),
    hours<Control, &Control::days>("days", "days"),
    hours<Control, &Control::maxSeverity>("maxSeverity", "max_severity"),
    text<Control, &Control::description>("description", "description", Co::Type::LongText),
};

using Ev = Field<EvidenceFile>;
constexpr Ev evidenceTable[] = {
    text<EvidenceFile, &EvidenceFile::id>("id", "id", Ev::Type::RequiredText),
    text<EvidenceFile, &EvidenceFile::control>("control", "control", Ev::Type::RequiredText),
    text<EvidenceFile, &EvidenceFile::path>("path", "path", Ev::Type::RequiredText),
    text<EvidenceFile, &EvidenceFile::sha256>("sha256", "sha256", Ev::Type::RequiredText),
    {.key = "size",
     .column = "size",
     .label = nullptr,
     .type = Ev::Type::Amount,
     .number = &Member<&EvidenceFile::size>::get},
    text<EvidenceFile, &EvidenceFile::addedOn>("addedOn", "added_on", Ev::Type::RequiredText),
    text<EvidenceFile, &EvidenceFile::note>("note", "note", Ev::Type::LongText),
};

using Ar = Field<AccessReview>;
constexpr Ar accessReviewTable[] = {
    text<AccessReview, &AccessReview::id>("id", "id", Ar::Type::RequiredText),
    text<AccessReview, &AccessReview::node>("node", "node", Ar::Type::RequiredText),
    text<AccessReview, &AccessReview::reviewer>("reviewer", "reviewer", Ar::Type::RequiredText),
    text<AccessReview, &AccessReview::reviewedOn>("reviewedOn", "reviewed_on",
                                                  Ar::Type::RequiredText),
    {.key = "accountsReviewed",
     .column = "accounts_reviewed",
     .label = nullptr,
     .type = Ar::Type::Amount,
     .number = &Member<&AccessReview::accountsReviewed>::get},
    {.key = "accountsRemoved",
     .column = "accounts_removed",
     .label = nullptr,
     .type = Ar::Type::Amount,
     .number = &Member<&AccessReview::accountsRemoved>::get},
    text<AccessReview, &AccessReview::note>("note", "note", Ar::Type::LongText),
};

using Rx = Field<RiskException>;
constexpr Rx exceptionTable[] = {
    text<RiskException, &RiskException::id>("id", "id", Rx::Type::RequiredText),
    text<RiskException, &RiskException::findingKind>("findingKind", "finding_kind", Rx::Type::Text),
    text<RiskException, &RiskException::subject>("subject", "subject", Rx::Type::Text),
    text<RiskException, &RiskException::control>("control", "control", Rx::Type::Text),
    text<RiskException, &RiskException::acceptedBy>("acceptedBy", "accepted_by",
                                                    Rx::Type::RequiredText),
    text<RiskException, &RiskException::acceptedOn>("acceptedOn", "accepted_on",
                                                    Rx::Type::RequiredText),
    text<RiskException, &RiskException::expires>("expires", "expires", Rx::Type::RequiredText),
    text<RiskException, &RiskException::reason>("reason", "reason", Rx::Type::LongText),
    text<RiskException, &RiskException::compensatingControl>(
        "compensatingControl", "compensating_control", Rx::Type::LongText),
};

template <typename T, auto M> constexpr Field<T> flag(const char *key, const char *column)
{
    return {.key = key,
            .column = column,
            .label = nullptr,
            .type = Field<T>::Type::Flag,
            .flag = &Member<M>::get};
}

// Contracts and commitments (docs/dora-register.md, docs/contracts.md): edited whole.
using Sc = SupplierContract;
using ScF = Field<SupplierContract>;
constexpr ScF contractTable[] = {
    text<Sc, &Sc::id>("id", "id", ScF::Type::RequiredText),
    text<Sc, &Sc::supplier>("supplier", "supplier", ScF::Type::RequiredText),
    text<Sc, &Sc::reference>("reference", "reference", ScF::Type::RequiredText),
    text<Sc, &Sc::arrangement>("arrangement", "arrangement", ScF::Type::Text),
    text<Sc, &Sc::overarching>("overarching", "overarching", ScF::Type::Text),
    text<Sc, &Sc::supplierCode>("supplierCode", "supplier_code", ScF::Type::Text),
    text<Sc, &Sc::supplierCodeType>("supplierCodeType", "supplier_code_type", ScF::Type::Text),
    text<Sc, &Sc::supplierCountry>("supplierCountry", "supplier_country", ScF::Type::Text),
    text<Sc, &Sc::parentCode>("parentCode", "parent_code", ScF::Type::Text),
    flag<Sc, &Sc::individual>("individual", "individual"),
    text<Sc, &Sc::ictService>("ictService", "ict_service", ScF::Type::Text),
    text<Sc, &Sc::start>("start", "starts", ScF::Type::Text),
    text<Sc, &Sc::end>("end", "ends", ScF::Type::Text),
    text<Sc, &Sc::terminationReason>("terminationReason", "termination_reason", ScF::Type::Text),
    amount<Sc, &Sc::noticeEntityDays>("noticeEntityDays", "notice_entity_days"),
    amount<Sc, &Sc::noticeProviderDays>("noticeProviderDays", "notice_provider_days"),
    text<Sc, &Sc::governingLaw>("governingLaw", "governing_law", ScF::Type::Text),
    text<Sc, &Sc::serviceCountry>("serviceCountry", "service_country", ScF::Type::Text),
    flag<Sc, &Sc::dataStored>("dataStored", "data_stored"),
    text<Sc, &Sc::dataCountry>("dataCountry", "data_country", ScF::Type::Text),
    text<Sc, &Sc::processingCountry>("processingCountry", "processing_country", ScF::Type::Text),
    text<Sc, &Sc::sensitivity>("sensitivity", "sensitivity", ScF::Type::Text),
    text<Sc, &Sc::reliance>("reliance", "reliance", ScF::Type::Text),
    amount<Sc, &Sc::annualCost>("annualCost", "annual_cost"),
    text<Sc, &Sc::currency>("currency", "currency", ScF::Type::Text),
    text<Sc, &Sc::lastAudit>("lastAudit", "last_audit", ScF::Type::Text),
    text<Sc, &Sc::substitutability>("substitutability", "substitutability", ScF::Type::Text),
    text<Sc, &Sc::reintegration>("reintegration", "reintegration", ScF::Type::Text),
    text<Sc, &Sc::discontinuingImpact>("discontinuingImpact", "discontinuing_impact",
                                       ScF::Type::Text),
    text<Sc, &Sc::alternatives>("alternatives", "alternatives", ScF::Type::LongText),
    amount<Sc, &Sc::slaAvailability>("slaAvailability", "sla_availability"),
    text<Sc, &Sc::slaSupportHours>("slaSupportHours", "sla_support_hours", ScF::Type::Text),
    hours<Sc, &Sc::slaRtoHours>("slaRtoHours", "sla_rto_hours"),
    text<Sc, &Sc::note>("note", "note", ScF::Type::LongText),
};

using Cc = CustomerCommitment;
using CcF = Field<CustomerCommitment>;
constexpr CcF commitmentTable[] = {
    text<Cc, &Cc::id>("id", "id", CcF::Type::RequiredText),
    text<Cc, &Cc::customer>("customer", "customer", CcF::Type::RequiredText),
    text<Cc, &Cc::subject>("subject", "subject", CcF::Type::RequiredText),
    amount<Cc, &Cc::availability>("availability", "availability"),
    hours<Cc, &Cc::rtoHours>("rtoHours", "rto_hours"),
    amount<Cc, &Cc::penaltyPerHour>("penaltyPerHour", "penalty_per_hour"),
    text<Cc, &Cc::reference>("reference", "reference", CcF::Type::Text),
    text<Cc, &Cc::note>("note", "note", CcF::Type::LongText),
};

} // namespace

template struct Field<SupplierContract>;
template struct Field<CustomerCommitment>;
template struct Field<Control>;
template struct Field<EvidenceFile>;
template struct Field<AccessReview>;
template struct Field<RiskException>;
template struct Field<Change>;
template struct Field<ReleasePlan>;
template struct Field<CabReview>;
template struct Field<VerificationCheck>;
template struct Field<FreezeWindow>;
template struct Field<MaintenanceWindow>;
template struct Field<Incident>;
template struct Field<AffectedNode>;
template struct Field<DataLoss>;
template struct Field<ContributingFactor>;
template struct Field<TimelineEntry>;
template struct Field<IncidentAction>;
template struct Field<RunbookChange>;
template struct Field<Postmortem>;
template struct Field<Slo>;
template struct Field<Phone>;
template struct Field<Person>;
template struct Field<Role>;
template struct Field<RotaOverride>;
template struct Field<CallTree>;
template struct Field<Process>;
template struct Field<Service>;
template struct Field<Runbook>;
template struct Field<RunbookStep>;
template struct Field<Exercise>;
template struct Field<Participant>;
template struct Field<ExercisePause>;
template struct Field<ExerciseLogEntry>;
template struct Field<TimestampCorrection>;
template struct Field<ExerciseResult>;
template struct Field<ActionItem>;
template struct Field<DrillCall>;

Fields<Process> processFields()
{
    return processTable;
}
Fields<Service> serviceFields()
{
    return serviceTable;
}
Fields<Runbook> runbookFields()
{
    return runbookTable;
}
Fields<RunbookStep> runbookStepFields()
{
    return stepTable;
}
Fields<Exercise> exerciseFields()
{
    return exerciseTable;
}
Fields<Participant> participantFields()
{
    return participantTable;
}
Fields<ExercisePause> pauseFields()
{
    return pauseTable;
}
Fields<ExerciseLogEntry> logEntryFields()
{
    return logTable;
}
Fields<TimestampCorrection> correctionFields()
{
    return correctionTable;
}
Fields<ExerciseResult> resultFields()
{
    return resultTable;
}
Fields<ActionItem> actionFields()
{
    return actionTable;
}
Fields<DrillCall> drillCallFields()
{
    return drillCallTable;
}
Fields<Phone> phoneFields()
{
    return phoneTable;
}
Fields<Person> personFields()
{
    return personTable;
}
Fields<Role> roleFields()
{
    return roleTable;
}
Fields<RotaOverride> overrideFields()
{
    return overrideTable;
}
Fields<CallTree> callTreeFields()
{
    return callTreeTable;
}

Fields<Incident> incidentFields()
{
    return incidentTable;
}
Fields<AffectedNode> affectedFields()
{
    return affectedTable;
}
Fields<DataLoss> dataLossFields()
{
    return dataLossTable;
}
Fields<ContributingFactor> factorFields()
{
    return factorTable;
}
Fields<TimelineEntry> timelineFields()
{
    return timelineTable;
}
Fields<IncidentAction> incidentActionFields()
{
    return incidentActionTable;
}
Fields<RunbookChange> runbookChangeFields()
{
    return runbookChangeTable;
}
Fields<Postmortem> postmortemFields()
{
    return postmortemTable;
}
Fields<Slo> sloFields()
{
    return sloTable;
}

Fields<Change> changeFields()
{
    return changeTable;
}
Fields<ReleasePlan> releaseFields()
{
    return releaseTable;
}
Fields<CabReview> cabFields()
{
    return cabTable;
}
Fields<VerificationCheck> verificationFields()
{
    return verificationTable;
}
Fields<FreezeWindow> freezeFields()
{
    return freezeTable;
}
Fields<MaintenanceWindow> maintenanceFields()
{
    return maintenanceTable;
}

Fields<Control> controlFields()
{
    return controlTable;
}
Fields<EvidenceFile> evidenceFields()
{
    return evidenceTable;
}
Fields<AccessReview> accessReviewFields()
{
    return accessReviewTable;
}
Fields<RiskException> exceptionFields()
{
    return exceptionTable;
}
Fields<SupplierContract> contractFields()
{
    return contractTable;
}
Fields<CustomerCommitment> commitmentFields()
{
    return commitmentTable;
}

} // namespace Continuity
