// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include "domain/DoraLists.h"

#include "domain/Plan.h"
#include "domain/Recurrence.h"
#include "domain/RunbookSchedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Validation)
};

QString hoursRule()
{
    return Tr::tr("must be a number of hours from 0 to %1").arg(MaxHours);
}

void checkHours(QList<FieldProblem> &out, const QString &field, const std::optional<double> &value)
{
    if (value && (!std::isfinite(*value) || *value < 0 || *value > MaxHours))
        out.append({field, hoursRule()});
}

void checkMoney(QList<FieldProblem> &out, const QString &field, const std::optional<double> &value)
{
    if (value && (!std::isfinite(*value) || *value < 0 || *value > MaxMoneyPerHour))
        out.append({field, Tr::tr("must be a non-negative amount no larger than %1")
                               .arg(MaxMoneyPerHour, 0, 'g', 3)});
}

void checkTier(QList<FieldProblem> &out, const QString &field, const std::optional<int> &tier)
{
    if (tier && (*tier < MostCriticalTier || *tier > LeastCriticalTier))
        out.append({field, Tr::tr("must be a tier from 0 to 3")});
}

void checkText(QList<FieldProblem> &out, const QString &field, const QString &text, bool required)
{
    if (required && text.trimmed().isEmpty())
        out.append({field, Tr::tr("must not be empty")});
    else if (text.size() > 100000)
        out.append({field, Tr::tr("must be at most 100000 characters long")});
}

void checkPosition(QList<FieldProblem> &out, const std::optional<QPointF> &position)
{
    if (position && !isValidPosition(*position))
        out.append({QStringLiteral("position"),
                    Tr::tr("must have finite x and y between -%1 and %1").arg(MaxMapCoordinate)});
}

} // namespace

bool isValidPosition(const QPointF &position)
{
    return std::isfinite(position.x()) && std::isfinite(position.y()) &&
           std::abs(position.x()) <= MaxMapCoordinate && std::abs(position.y()) <= MaxMapCoordinate;
}

QString idFromName(const QString &name, const std::function<bool(const QString &)> &taken)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    QString base = name.toLower().replace(notAllowed, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    base.truncate(60);
    if (base.isEmpty())
        base = QStringLiteral("node");
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = base + QStringLiteral("-%1").arg(n);
    return candidate;
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 200)
        return false;
    for (QChar c : id) {
        if (c.isSpace() || c == QLatin1Char(',') || !c.isPrint())
            return false;
    }
    return true;
}

bool isIsoDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isIsoDateTime(const QString &text)
{
    return text.size() >= 16 && text.at(10) == QLatin1Char('T') &&
           QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QList<FieldProblem> checkProcess(const Process &p, int horizonCount)
{
    QList<FieldProblem> out;
    if (!isValidId(p.id))
        out.append(
            {QStringLiteral("id"), Tr::tr("must be 1 to 200 characters without spaces or commas")});
    checkText(out, QStringLiteral("name"), p.name, true);
    checkText(out, QStringLiteral("owner"), p.owner, false);
    checkText(out, QStringLiteral("description"), p.description, false);
    checkTier(out, QStringLiteral("tier"), p.tier);
    checkHours(out, QStringLiteral("mtdHours"), p.mtdHours);
    checkHours(out, QStringLiteral("rtoHours"), p.rtoHours);
    checkHours(out, QStringLiteral("rpoHours"), p.rpoHours);
    checkHours(out, QStringLiteral("recoveryHours"), p.recoveryHours);
    checkPosition(out, p.position);
    checkMoney(out, QStringLiteral("lossPerHour"), p.lossPerHour);
    if (!p.licensedActivity.isEmpty() &&
        !DoraLists::find(DoraLists::licensedActivities(), p.licensedActivity))
        out.append({QStringLiteral("licensedActivity"),
                    Tr::tr("must be the code of a licensed activity of DORA's register "
                           "(\"x222\"), or empty")});
    if (p.rtoHours && p.mtdHours && *p.rtoHours > *p.mtdHours) {
        out.append({QStringLiteral("rtoHours"),
                    Tr::tr("must not be longer than the MTD (%1 h): a process must be back "
                           "before its maximum tolerable downtime ends")
                        .arg(*p.mtdHours)});
    }
    for (ImpactCategory category : allImpactCategories) {
        const QList<int> &ratings = p.impact(category);
        const QString field = QStringLiteral("impacts.") + toString(category);
        if (!ratings.isEmpty() && ratings.size() != horizonCount) {
            out.append(
                {field, Tr::tr("must have one rating per time horizon (%1)").arg(horizonCount)});
            continue;
        }
        for (int i = 0; i < ratings.size(); ++i) {
            if (ratings.at(i) < 0 || ratings.at(i) > 4) {
                out.append({field + QStringLiteral("[%1]").arg(i),
                            Tr::tr("must be a rating from 0 (none) to 4 (severe)")});
            }
        }
    }
    checkText(out, QStringLiteral("reviewedBy"), p.reviewedBy, false);
    if (p.reviewedOn && !isIsoDate(*p.reviewedOn))
        out.append({QStringLiteral("reviewedOn"), Tr::tr("must be a date (YYYY-MM-DD)")});
    return out;
}

QList<FieldProblem> checkService(const Service &s)
{
    QList<FieldProblem> out;
    if (!isValidId(s.id))
        out.append(
            {QStringLiteral("id"), Tr::tr("must be 1 to 200 characters without spaces or commas")});
    checkText(out, QStringLiteral("name"), s.name, true);
    checkText(out, QStringLiteral("owner"), s.owner, false);
    checkText(out, QStringLiteral("description"), s.description, false);
    checkText(out, QStringLiteral("provider"), s.provider, false);
    checkTier(out, QStringLiteral("tier"), s.tier);
    checkHours(out, QStringLiteral("recoveryHours"), s.recoveryHours);
    checkHours(out, QStringLiteral("rtoHours"), s.rtoHours);
    checkHours(out, QStringLiteral("rpoHours"), s.rpoHours);
    for (const auto &[field, value] : {std::pair{QStringLiteral("mtbfHours"), &s.mtbfHours},
                                       std::pair{QStringLiteral("mttrHours"), &s.mttrHours}}) {
        if (*value && (!std::isfinite(**value) || **value < 0 || **value > MaxMtbfHours))
            out.append({field, Tr::tr("must be a number of hours from 0 to %1").arg(MaxMtbfHours)});
    }
    if (s.mtbfHours && s.mttrHours && *s.mtbfHours + *s.mttrHours <= 0)
        out.append({QStringLiteral("mttrHours"),
                    Tr::tr("must not be 0 when MTBF is 0: availability would be undefined")});
    checkPosition(out, s.position);
    checkHours(out, QStringLiteral("replication.lagHours"), s.replication.lagHours);
    checkHours(out, QStringLiteral("replication.intervalHours"), s.replication.intervalHours);
    if (s.replication.lagHours && s.replication.mode != ReplicationMode::Async) {
        out.append({QStringLiteral("replication.lagHours"),
                    Tr::tr("is only allowed with asynchronous replication")});
    }
    if (s.replication.intervalHours && s.replication.mode != ReplicationMode::Backup) {
        out.append({QStringLiteral("replication.intervalHours"),
                    Tr::tr("is only allowed with backup-only replication")});
    }
    if (s.replication.intervalHours && *s.replication.intervalHours <= 0) {
        out.append(
            {QStringLiteral("replication.intervalHours"), Tr::tr("must be more than 0 hours")});
    }
    QSet<QString> seen;
    for (int i = 0; i < s.tags.size(); ++i) {
        const QString &tag = s.tags.at(i);
        const QString field = QStringLiteral("tags[%1]").arg(i);
        if (tag.trimmed().isEmpty() || tag.size() > 50)
            out.append({field, Tr::tr("must be a tag of 1 to 50 characters")});
        else if (seen.contains(tag))
            out.append({field, Tr::tr("repeats the tag \"%1\"").arg(shown(tag))});
        seen.insert(tag);
    }
    return out;
}

QList<FieldProblem> checkTierPolicy(const TierPolicy &policy)
{
    QList<FieldProblem> out;
    if (policy.biaReviewMonths < 1 || policy.biaReviewMonths > TierPolicy::MaxBiaReviewMonths)
        out.append({QStringLiteral("biaReviewMonths"),
                    Tr::tr("must be a whole number of months from 1 to %1")
                        .arg(TierPolicy::MaxBiaReviewMonths)});
    QSet<int> tiers;
    for (int i = 0; i < policy.tiers.size(); ++i) {
        const TierRule &rule = policy.tiers.at(i);
        const QString prefix = QStringLiteral("tierPolicy[%1].").arg(i);
        if (rule.tier < MostCriticalTier || rule.tier > LeastCriticalTier)
            out.append({prefix + QStringLiteral("tier"), Tr::tr("must be a tier from 0 to 3")});
        else if (tiers.contains(rule.tier))
            out.append({prefix + QStringLiteral("tier"), Tr::tr("repeats tier %1").arg(rule.tier)});
        tiers.insert(rule.tier);
        checkHours(out, prefix + QStringLiteral("maxMtdHours"), rule.maxMtdHours);
        checkMoney(out, prefix + QStringLiteral("minLossPerHour"), rule.minLossPerHour);
        if (rule.testEveryMonths && (*rule.testEveryMonths < 1 || *rule.testEveryMonths > 120))
            out.append({prefix + QStringLiteral("testEveryMonths"),
                        Tr::tr("must be a whole number of months from 1 to 120")});
        if (rule.sloObjective && !isObjective(*rule.sloObjective))
            out.append({prefix + QStringLiteral("sloObjective"), objectiveRule()});
    }
    QSet<QString> tags;
    for (int i = 0; i < policy.regulatory.size(); ++i) {
        const RegulatoryRule &rule = policy.regulatory.at(i);
        const QString prefix = QStringLiteral("regulatoryPolicy[%1].").arg(i);
        if (rule.tag.trimmed().isEmpty() || rule.tag.size() > 50)
            out.append(
                {prefix + QStringLiteral("tag"), Tr::tr("must be a tag of 1 to 50 characters")});
        else if (tags.contains(rule.tag))
            out.append({prefix + QStringLiteral("tag"),
                        Tr::tr("repeats the tag \"%1\"").arg(shown(rule.tag))});
        tags.insert(rule.tag);
        checkTier(out, prefix + QStringLiteral("minTier"), rule.minTier);
        checkHours(out, prefix + QStringLiteral("maxRpoHours"), rule.maxRpoHours);
    }
    return out;
}

QList<FieldProblem> checkBiaHorizons(const QList<double> &hours)
{
    QList<FieldProblem> out;
    if (hours.isEmpty() || hours.size() > 20)
        out.append({QStringLiteral("biaHorizonsHours"), Tr::tr("must list 1 to 20 time horizons")});
    for (int i = 0; i < hours.size(); ++i) {
        const double h = hours.at(i);
        const QString field = QStringLiteral("biaHorizonsHours[%1]").arg(i);
        if (!std::isfinite(h) || h <= 0 || h > MaxHours)
            out.append(
                {field, Tr::tr("must be a number of hours above 0 and up to %1").arg(MaxHours)});
        else if (i > 0 && h <= hours.at(i - 1))
            out.append({field, Tr::tr("must be longer than the horizon before it")});
    }
    return out;
}

QList<FieldProblem> checkRunbook(const Runbook &r)
{
    QList<FieldProblem> out;
    if (!isValidId(r.id))
        out.append(
            {QStringLiteral("id"), Tr::tr("must be 1 to 200 characters without spaces or commas")});
    checkText(out, QStringLiteral("title"), r.title, true);
    if (r.approvedAt && !isIsoDateTime(*r.approvedAt))
        out.append({QStringLiteral("approvedAt"), Tr::tr("must be an ISO-8601 date and time")});
    if (r.approvalNote)
        checkText(out, QStringLiteral("approvalNote"), *r.approvalNote, false);
    QSet<QString> ids;
    for (int i = 0; i < r.steps.size(); ++i) {
        const RunbookStep &s = r.steps.at(i);
        const QString prefix = QStringLiteral("steps[%1].").arg(i);
        if (!isValidId(s.id))
            out.append({prefix + QStringLiteral("id"),
                        Tr::tr("must be 1 to 200 characters without spaces or commas")});
        else if (ids.contains(s.id))
            out.append({prefix + QStringLiteral("id"),
                        Tr::tr("repeats the step id \"%1\"").arg(shown(s.id))});
        ids.insert(s.id);
        checkText(out, prefix + QStringLiteral("title"), s.title, true);
        checkHours(out, prefix + QStringLiteral("durationHours"), s.durationHours);
    }
    for (int i = 0; i < r.steps.size(); ++i) {
        const RunbookStep &s = r.steps.at(i);
        QSet<QString> waits;
        for (int w = 0; w < s.waitsFor.size(); ++w) {
            const QString field = QStringLiteral("steps[%1].waitsFor[%2]").arg(i).arg(w);
            const QString &target = s.waitsFor.at(w);
            if (target == s.id)
                out.append({field, Tr::tr("a step cannot wait for itself")});
            else if (!ids.contains(target))
                out.append(
                    {field, Tr::tr("names no step of this runbook (\"%1\")").arg(shown(target))});
            else if (waits.contains(target))
                out.append({field, Tr::tr("repeats the step \"%1\"").arg(shown(target))});
            waits.insert(target);
        }
    }
    if (out.isEmpty()) {
        const RunbookSchedule schedule = scheduleRunbook(r);
        if (schedule.hasCycle())
            out.append({QStringLiteral("steps"),
                        Tr::tr("wait for each other in a circle (%1); no step could ever start")
                            .arg(shown(schedule.cycle.join(QStringLiteral(" → "))))});
    }
    for (int i = 0; i < r.previousVersions.size(); ++i) {
        const Runbook &previous = r.previousVersions.at(i);
        const QString prefix = QStringLiteral("previousVersions[%1]").arg(i);
        if (previous.id != r.id)
            out.append(
                {prefix + QStringLiteral(".id"),
                 Tr::tr("must be the id of the runbook it belongs to (\"%1\")").arg(shown(r.id))});
        if (!previous.previousVersions.isEmpty())
            out.append({prefix + QStringLiteral(".previousVersions"),
                        Tr::tr("must be empty: only the current runbook keeps earlier versions")});
        for (const FieldProblem &p : checkRunbook(previous))
            out.append({prefix + QLatin1Char('.') + p.field, p.rule});
    }
    return out;
}

bool isPhoneNumber(const QString &text)
{
    // E.164 where possible; what people write besides (+49 (0)69 1234-5678, 0800 123 456 ext.
    // 12) is kept as written as long as it holds digits and the usual separators.
    static const QRegularExpression pattern(
        QStringLiteral("^\\+?[0-9][0-9 ()./-]{1,38}[0-9]( ?(ext\\.?|x) ?[0-9]{1,6})?$"));
    return pattern.match(text).hasMatch();
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\".]+$"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

bool isTimeZoneId(const QString &text)
{
    return !text.isEmpty() && text.size() <= 64 && QTimeZone::isTimeZoneIdAvailable(text.toUtf8());
}

namespace {

bool isLocalDateTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return text.size() >= 16 && text.size() <= 19 && t.isValid() && t.timeSpec() == Qt::LocalTime;
}

bool isInstant(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return isIsoDateTime(text) && t.timeSpec() != Qt::LocalTime;
}

void checkIdOf(QList<FieldProblem> &out, const QString &id)
{
    if (!isValidId(id))
        out.append(
            {QStringLiteral("id"), Tr::tr("must be 1 to 200 characters without spaces or commas")});
}

void checkCallNode(QList<FieldProblem> &out, const CallTreeNode &node, const QString &path,
                   int depth, int *count)
{
    if (++*count > MaxCallTreeNodes) {
        if (*count == MaxCallTreeNodes + 1)
            out.append(
                {path, Tr::tr("a call tree may have at most %1 people").arg(MaxCallTreeNodes)});
        return;
    }
    if (depth > MaxCallTreeDepth) {
        out.append(
            {path, Tr::tr("a call tree may be at most %1 levels deep").arg(MaxCallTreeDepth)});
        return;
    }
    if (node.contact.isEmpty())
        out.append({path + QStringLiteral(".contact"), Tr::tr("must not be empty")});
    for (int i = 0; i < node.children.size(); ++i)
        checkCallNode(out, node.children.at(i), path + QStringLiteral(".children[%1]").arg(i),
                      depth + 1, count);
}

} // namespace

QList<FieldProblem> checkPerson(const Person &p)
{
    QList<FieldProblem> out;
    checkIdOf(out, p.id);
    checkText(out, QStringLiteral("name"), p.name, true);
    checkText(out, QStringLiteral("title"), p.title, false);
    checkText(out, QStringLiteral("organisation"), p.organisation, false);
    checkText(out, QStringLiteral("notes"), p.notes, false);
    if (!p.email.isEmpty() && !isEmailAddress(p.email))
        out.append(
            {QStringLiteral("email"), Tr::tr("must be an e-mail address (name@example.com)")});
    for (int i = 0; i < p.phones.size(); ++i) {
        if (!isPhoneNumber(p.phones.at(i).number))
            out.append(
                {QStringLiteral("phones[%1].number").arg(i),
                 Tr::tr("must be a phone number, best in international form (+49 69 1234 5678)")});
    }
    if (!p.timeZone.isEmpty() && !isTimeZoneId(p.timeZone))
        out.append(
            {QStringLiteral("timeZone"), Tr::tr("must be a time zone name such as Europe/Berlin")});
    if (!p.deputy.isEmpty() && !isValidId(p.deputy))
        out.append({QStringLiteral("deputy"), Tr::tr("must be a person's id")});
    if (p.verifiedOn && !isIsoDate(*p.verifiedOn))
        out.append({QStringLiteral("verifiedOn"), Tr::tr("must be a date (YYYY-MM-DD)")});
    return out;
}

QList<FieldProblem> checkRole(const Role &r)
{
    QList<FieldProblem> out;
    checkIdOf(out, r.id);
    checkText(out, QStringLiteral("name"), r.name, true);
    checkHours(out, QStringLiteral("mobilisationHours"), r.mobilisationHours);
    QSet<QString> seen;
    for (int i = 0; i < r.members.size(); ++i) {
        if (seen.contains(r.members.at(i)))
            out.append({QStringLiteral("members[%1]").arg(i),
                        Tr::tr("repeats \"%1\"").arg(shown(r.members.at(i)))});
        seen.insert(r.members.at(i));
    }
    if (r.rota) {
        const Rota &rota = *r.rota;
        if (!isLocalDateTime(rota.start))
            out.append({QStringLiteral("rota.start"),
                        Tr::tr("must be a local date and time without offset (2026-01-05T09:00)")});
        if (!isTimeZoneId(rota.timeZone))
            out.append({QStringLiteral("rota.timeZone"),
                        Tr::tr("must be a time zone name such as Europe/Berlin")});
        if (rota.shiftDays < 1 || rota.shiftDays > MaxShiftDays)
            out.append({QStringLiteral("rota.shiftDays"),
                        Tr::tr("must be a whole number of days from 1 to %1").arg(MaxShiftDays)});
        if (rota.order.isEmpty())
            out.append({QStringLiteral("rota.order"), Tr::tr("must name at least one person")});
        for (int i = 0; i < rota.overrides.size(); ++i) {
            const RotaOverride &o = rota.overrides.at(i);
            const QString path = QStringLiteral("rota.overrides[%1].").arg(i);
            const bool from = isInstant(o.from);
            const bool to = isInstant(o.to);
            if (!from)
                out.append(
                    {path + QStringLiteral("from"),
                     Tr::tr(
                         "must be a date and time with its offset (2026-03-01T09:00:00+01:00)")});
            if (!to)
                out.append(
                    {path + QStringLiteral("to"),
                     Tr::tr(
                         "must be a date and time with its offset (2026-03-01T09:00:00+01:00)")});
            if (from && to &&
                QDateTime::fromString(o.from, Qt::ISODate) >=
                    QDateTime::fromString(o.to, Qt::ISODate))
                out.append({path + QStringLiteral("to"), Tr::tr("must be after its start")});
            if (o.person.isEmpty())
                out.append({path + QStringLiteral("person"), Tr::tr("must not be empty")});
        }
    }
    if (r.escalation)
        out.append(checkEscalation(*r.escalation, QStringLiteral("escalation")));
    return out;
}

QList<FieldProblem> checkEscalation(const EscalationPolicy &e, const QString &at)
{
    QList<FieldProblem> out;
    if (e.repeat < 0 || e.repeat > MaxEscalationRepeat)
        out.append({at + QStringLiteral(".repeat"),
                    Tr::tr("must be a whole number from 0 to %1").arg(MaxEscalationRepeat)});
    if (e.levels.isEmpty())
        out.append({at + QStringLiteral(".levels"), Tr::tr("must have at least one level")});
    double previous = -1;
    for (int i = 0; i < e.levels.size(); ++i) {
        const EscalationLevel &level = e.levels.at(i);
        const QString path = at + QStringLiteral(".levels[%1].").arg(i);
        if (!std::isfinite(level.afterMinutes) || level.afterMinutes < 0 ||
            level.afterMinutes > MaxEscalationMinutes)
            out.append(
                {path + QStringLiteral("afterMinutes"),
                 Tr::tr("must be a number of minutes from 0 to %1").arg(MaxEscalationMinutes)});
        else if (level.afterMinutes < previous)
            out.append({path + QStringLiteral("afterMinutes"),
                        Tr::tr("must not be earlier than the level before")});
        else
            previous = level.afterMinutes;
        if (level.notify.isEmpty())
            out.append(
                {path + QStringLiteral("notify"), Tr::tr("must name at least one person or role")});
    }
    return out;
}

QList<FieldProblem> checkPeoplePolicy(const PeoplePolicy &policy)
{
    QList<FieldProblem> out;
    if (policy.verifyWithinDays < 1 || policy.verifyWithinDays > MaxVerifyWithinDays)
        out.append(
            {QStringLiteral("verifyWithinDays"),
             Tr::tr("must be a whole number of days from 1 to %1").arg(MaxVerifyWithinDays)});
    double previous = 0;
    for (int i = 0; i < policy.rtoEscalation.size(); ++i) {
        const RtoEscalationStep &step = policy.rtoEscalation.at(i);
        const QString path = QStringLiteral("rtoEscalation[%1].fraction").arg(i);
        if (!std::isfinite(step.fraction) || step.fraction <= 0 || step.fraction > MaxRtoFraction)
            out.append({path, Tr::tr("must be a share of the RTO above 0 and at most %1 (1 is "
                                     "the RTO itself)")
                                  .arg(MaxRtoFraction)});
        else if (step.fraction <= previous)
            out.append({path, Tr::tr("must be later than the step before")});
        else
            previous = step.fraction;
    }
    for (int tier = 0; tier < 4; ++tier) {
        if (policy.tierEscalation[tier])
            out.append(checkEscalation(*policy.tierEscalation[tier],
                                       QStringLiteral("tierEscalation[%1]").arg(tier)));
    }
    return out;
}

QList<FieldProblem> checkCallTree(const CallTree &t)
{
    QList<FieldProblem> out;
    checkIdOf(out, t.id);
    checkText(out, QStringLiteral("name"), t.name, true);
    if (t.minutesPerCall && (!std::isfinite(*t.minutesPerCall) || *t.minutesPerCall <= 0 ||
                             *t.minutesPerCall > MaxCallMinutes))
        out.append(
            {QStringLiteral("minutesPerCall"),
             Tr::tr("must be a number of minutes above 0 and at most %1").arg(MaxCallMinutes)});
    if (t.targetMinutes && (!std::isfinite(*t.targetMinutes) || *t.targetMinutes <= 0 ||
                            *t.targetMinutes > MaxEscalationMinutes))
        out.append({QStringLiteral("targetMinutes"),
                    Tr::tr("must be a number of minutes above 0 and at most %1")
                        .arg(MaxEscalationMinutes)});
    int count = 0;
    checkCallNode(out, t.root, QStringLiteral("root"), 0, &count);
    return out;
}

QList<FieldProblem> checkExercise(const Exercise &e)
{
    QList<FieldProblem> out;
    const QString mustBeDateTime = Tr::tr("must be an ISO-8601 date and time");
    auto checkDateTime = [&](const QString &field, const std::optional<QString> &value) {
        if (value && !isIsoDateTime(*value))
            out.append({field, mustBeDateTime});
    };
    auto time = [](const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs); };
    if (!isValidId(e.id))
        out.append(
            {QStringLiteral("id"), Tr::tr("must be 1 to 200 characters without spaces or commas")});
    checkText(out, QStringLiteral("title"), e.title, true);
    if (!isIsoDate(e.date))
        out.append({QStringLiteral("date"), Tr::tr("must be a date written YYYY-MM-DD")});
    checkDateTime(QStringLiteral("declaredAt"), e.declaredAt);
    checkDateTime(QStringLiteral("endedAt"), e.endedAt);
    if (e.endedAt && !e.declaredAt)
        out.append({QStringLiteral("endedAt"), Tr::tr("needs declaredAt: an exercise ends after "
                                                      "it was declared")});
    else if (e.endedAt && isIsoDateTime(*e.endedAt) && isIsoDateTime(*e.declaredAt) &&
             time(*e.endedAt) < time(*e.declaredAt))
        out.append({QStringLiteral("endedAt"), Tr::tr("must not be before declaredAt")});
    checkText(out, QStringLiteral("objectives"), e.objectives, false);
    QSet<QString> runbooks;
    for (int i = 0; i < e.runbooks.size(); ++i) {
        if (runbooks.contains(e.runbooks.at(i)))
            out.append({QStringLiteral("runbooks[%1]").arg(i), Tr::tr("repeats a runbook")});
        runbooks.insert(e.runbooks.at(i));
    }
    QSet<QString> scope;
    for (int i = 0; i < e.services.size(); ++i) {
        if (scope.contains(e.services.at(i)))
            out.append({QStringLiteral("services[%1]").arg(i), Tr::tr("repeats a service")});
        scope.insert(e.services.at(i));
    }
    for (int i = 0; i < e.participants.size(); ++i) {
        const QString prefix = QStringLiteral("participants[%1].").arg(i);
        checkText(out, prefix + QStringLiteral("name"), e.participants.at(i).name, true);
        checkText(out, prefix + QStringLiteral("role"), e.participants.at(i).role, false);
    }
    for (int i = 0; i < e.pauses.size(); ++i) {
        const ExercisePause &p = e.pauses.at(i);
        const QString prefix = QStringLiteral("pauses[%1].").arg(i);
        checkDateTime(prefix + QStringLiteral("pausedAt"), p.pausedAt);
        checkDateTime(prefix + QStringLiteral("resumedAt"), p.resumedAt);
        if (!p.resumedAt && i + 1 < e.pauses.size())
            out.append({prefix + QStringLiteral("resumedAt"),
                        Tr::tr("is required: only the last pause may still be running")});
        else if (p.resumedAt && isIsoDateTime(p.pausedAt) && isIsoDateTime(*p.resumedAt) &&
                 time(*p.resumedAt) < time(p.pausedAt))
            out.append(
                {prefix + QStringLiteral("resumedAt"), Tr::tr("must not be before pausedAt")});
        if (i > 0 && e.pauses.at(i - 1).resumedAt && isIsoDateTime(p.pausedAt) &&
            isIsoDateTime(*e.pauses.at(i - 1).resumedAt) &&
            time(p.pausedAt) < time(*e.pauses.at(i - 1).resumedAt))
            out.append({prefix + QStringLiteral("pausedAt"),
                        Tr::tr("must not be before the end of the pause before it")});
    }
    QSet<std::pair<QString, QString>> steps;
    for (int i = 0; i < e.log.size(); ++i) {
        const ExerciseLogEntry &entry = e.log.at(i);
        const QString prefix = QStringLiteral("log[%1].").arg(i);
        if (entry.runbook.isEmpty() != entry.step.isEmpty())
            out.append({prefix + QStringLiteral("step"),
                        Tr::tr("needs both runbook and step, or neither for a note")});
        else if (!entry.isNote()) {
            if (steps.contains({entry.runbook, entry.step}))
                out.append({prefix + QStringLiteral("step"),
                            Tr::tr("repeats step \"%1\" of runbook \"%2\"")
                                .arg(shown(entry.step), shown(entry.runbook))});
            steps.insert({entry.runbook, entry.step});
        }
        if (!isIsoDateTime(entry.startedAt))
            out.append({prefix + QStringLiteral("startedAt"), mustBeDateTime});
        if (entry.finishedAt && !isIsoDateTime(*entry.finishedAt))
            out.append({prefix + QStringLiteral("finishedAt"), mustBeDateTime});
        else if (entry.finishedAt && isIsoDateTime(entry.startedAt) &&
                 time(*entry.finishedAt) < time(entry.startedAt))
            out.append(
                {prefix + QStringLiteral("finishedAt"), Tr::tr("must not be before startedAt")});
        checkText(out, prefix + QStringLiteral("note"), entry.note, false);
        checkText(out, prefix + QStringLiteral("reportedBy"), entry.reportedBy, false);
    }
    for (int i = 0; i < e.corrections.size(); ++i) {
        const TimestampCorrection &c = e.corrections.at(i);
        const QString prefix = QStringLiteral("corrections[%1].").arg(i);
        if (c.field != QLatin1String("startedAt") && c.field != QLatin1String("finishedAt"))
            out.append({prefix + QStringLiteral("field"),
                        Tr::tr("must be \"startedAt\" or \"finishedAt\"")});
        checkDateTime(prefix + QStringLiteral("original"), c.original);
        checkDateTime(prefix + QStringLiteral("corrected"), c.corrected);
        checkDateTime(prefix + QStringLiteral("at"), c.at);
        checkText(out, prefix + QStringLiteral("runbook"), c.runbook, true);
        checkText(out, prefix + QStringLiteral("step"), c.step, true);
        checkText(out, prefix + QStringLiteral("by"), c.by, true);
        checkText(out, prefix + QStringLiteral("reason"), c.reason, true);
    }
    QSet<QString> services;
    for (int i = 0; i < e.results.size(); ++i) {
        const ExerciseResult &r = e.results.at(i);
        const QString prefix = QStringLiteral("results[%1].").arg(i);
        checkText(out, prefix + QStringLiteral("service"), r.service, true);
        if (services.contains(r.service))
            out.append({prefix + QStringLiteral("service"),
                        Tr::tr("repeats the service \"%1\"").arg(shown(r.service))});
        services.insert(r.service);
        checkHours(out, prefix + QStringLiteral("measuredRtoHours"), r.measuredRtoHours);
        checkHours(out, prefix + QStringLiteral("measuredRpoHours"), r.measuredRpoHours);
        checkDateTime(prefix + QStringLiteral("dataLossAt"), r.dataLossAt);
        checkText(out, prefix + QStringLiteral("note"), r.note, false);
    }
    for (int i = 0; i < e.findings.size(); ++i)
        checkText(out, QStringLiteral("findings[%1]").arg(i), e.findings.at(i), true);
    QSet<QString> actions;
    for (int i = 0; i < e.actions.size(); ++i) {
        const ActionItem &a = e.actions.at(i);
        const QString prefix = QStringLiteral("actions[%1].").arg(i);
        if (!isValidId(a.id))
            out.append({prefix + QStringLiteral("id"),
                        Tr::tr("must be 1 to 200 characters without spaces or commas")});
        else if (actions.contains(a.id))
            out.append({prefix + QStringLiteral("id"),
                        Tr::tr("repeats the action id \"%1\"").arg(shown(a.id))});
        actions.insert(a.id);
        checkText(out, prefix + QStringLiteral("title"), a.title, true);
        checkText(out, prefix + QStringLiteral("owner"), a.owner, false);
        const QString mustBeDate = Tr::tr("must be a date written YYYY-MM-DD");
        if (a.due && !isIsoDate(*a.due))
            out.append({prefix + QStringLiteral("due"), mustBeDate});
        if (a.raised && !isIsoDate(*a.raised))
            out.append({prefix + QStringLiteral("raised"), mustBeDate});
        if (a.closed && !isIsoDate(*a.closed))
            out.append({prefix + QStringLiteral("closed"), mustBeDate});
        if (a.closed && a.status != ActionStatus::Done)
            out.append({prefix + QStringLiteral("closed"), Tr::tr("is only for actions done")});
    }
    // A call-tree drill (product/10-people.md): who was called, in the tree's order.
    const bool drill = e.type == ExerciseType::CallTree;
    if (!drill && !e.callTree.isEmpty())
        out.append({QStringLiteral("callTree"), Tr::tr("is only for a call-tree drill")});
    if (!drill && !e.drill.isEmpty())
        out.append({QStringLiteral("drill"), Tr::tr("is only for a call-tree drill")});
    else if (!e.drill.isEmpty() && !e.declaredAt)
        out.append({QStringLiteral("drill"), Tr::tr("needs declaredAt: people are called once "
                                                    "the drill is declared")});
    checkText(out, QStringLiteral("callTree"), e.callTree, false);
    for (int i = 0; i < e.drill.size(); ++i) {
        const DrillCall &c = e.drill.at(i);
        const QString prefix = QStringLiteral("drill[%1].").arg(i);
        checkText(out, prefix + QStringLiteral("contact"), c.contact, true);
        checkText(out, prefix + QStringLiteral("person"), c.person, false);
        checkText(out, prefix + QStringLiteral("note"), c.note, false);
        checkDateTime(prefix + QStringLiteral("at"), c.at);
        if (c.status == DrillStatus::Confirmed && !c.at)
            out.append(
                {prefix + QStringLiteral("at"), Tr::tr("is required: when the person confirmed")});
        else if (c.status == DrillStatus::NotConfirmed && c.at)
            out.append({prefix + QStringLiteral("at"),
                        Tr::tr("is only for people who confirmed or were unreachable")});
        else if (c.at && e.declaredAt && isIsoDateTime(*c.at) && isIsoDateTime(*e.declaredAt) &&
                 time(*c.at) < time(*e.declaredAt))
            out.append({prefix + QStringLiteral("at"), Tr::tr("must not be before declaredAt")});
    }
    return out;
}

QString shown(const QString &value)
{
    constexpr qsizetype Longest = 80;
    if (value.size() <= Longest)
        return value;
    return value.left(Longest - 1) + QChar(0x2026);
}

QString describeProblems(const QString &subject, const QList<FieldProblem> &problems)
{
    QStringList parts;
    for (const FieldProblem &p : problems)
        parts.append(p.field + QStringLiteral(" ") + p.rule);
    return Tr::tr("%1: %2.").arg(subject, parts.join(QStringLiteral("; ")));
}

bool isObjective(double percent)
{
    return std::isfinite(percent) && percent > 0 && percent < 100;
}

QString objectiveRule()
{
    return Tr::tr("must be a percentage above 0 and below 100, such as 99.9");
}

std::optional<int> rollingWindowDays(const QString &window)
{
    if (!window.endsWith(QLatin1Char('d')) || window.size() < 2 || window.size() > 4)
        return std::nullopt;
    bool ok = false;
    const int days = window.left(window.size() - 1).toInt(&ok);
    if (!ok || days < 1 || days > MaxSloWindowDays || window.at(0) == QLatin1Char('+'))
        return std::nullopt;
    return days;
}

QList<FieldProblem> checkSlo(const Slo &slo)
{
    QList<FieldProblem> out;
    if (slo.node.isEmpty())
        out.append({QStringLiteral("node"), Tr::tr("must not be empty")});
    if (slo.objective && !isObjective(*slo.objective))
        out.append({QStringLiteral("objective"), objectiveRule()});
    if (slo.window != QLatin1String("month") && slo.window != QLatin1String("quarter") &&
        !rollingWindowDays(slo.window))
        out.append({QStringLiteral("window"),
                    Tr::tr("must be a number of days such as \"30d\" (1 to %1), \"month\" or "
                           "\"quarter\"")
                        .arg(MaxSloWindowDays)});
    return out;
}

QList<FieldProblem> checkIncidentPolicy(const IncidentPolicy &policy)
{
    QList<FieldProblem> out;
    if (policy.postmortemBusinessDays < 1 || policy.postmortemBusinessDays > 365)
        out.append({QStringLiteral("incidentPolicy.postmortemBusinessDays"),
                    Tr::tr("must be a whole number of days from 1 to 365")});
    if (policy.postmortemSev1Days < 1 || policy.postmortemSev1Days > 365)
        out.append({QStringLiteral("incidentPolicy.postmortemSev1Days"),
                    Tr::tr("must be a whole number of days from 1 to 365")});
    if (!isTimeZoneId(policy.timeZone))
        out.append({QStringLiteral("incidentPolicy.timeZone"),
                    Tr::tr("must be a time zone such as Europe/Berlin or UTC")});
    return out;
}

QList<FieldProblem> checkIncident(const Incident &incident)
{
    QList<FieldProblem> out;
    const QString mustBeInstant =
        Tr::tr("must be an ISO-8601 date and time with its offset, such as "
               "2026-03-04T09:15:00+01:00");
    auto time = [](const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs); };
    auto checkInstant = [&](const QString &field, const std::optional<QString> &value) {
        if (value && !isInstant(*value))
            out.append({field, mustBeInstant});
        return value && isInstant(*value);
    };
    checkIdOf(out, incident.id);
    checkText(out, QStringLiteral("title"), incident.title, true);
    if (incident.severity < 1 || incident.severity > 5)
        out.append({QStringLiteral("severity"), Tr::tr("must be a whole number from 1 to 5")});
    const bool started = checkInstant(QStringLiteral("startedAt"), incident.startedAt);
    // Each instant of the incident's life, in the order they happen; a later one may not come
    // before startedAt.
    const std::pair<const char *, const std::optional<QString> *> instants[] = {
        {"detectedAt", &incident.detectedAt},   {"acknowledgedAt", &incident.acknowledgedAt},
        {"mitigatedAt", &incident.mitigatedAt}, {"restoredAt", &incident.restoredAt},
        {"closedAt", &incident.closedAt},
    };
    for (const auto &[field, value] : instants) {
        if (checkInstant(QLatin1String(field), *value) && started &&
            time(**value) < time(incident.startedAt))
            out.append({QLatin1String(field), Tr::tr("must not be before startedAt")});
    }
    if (incident.closedAt && incident.restoredAt && isInstant(*incident.closedAt) &&
        isInstant(*incident.restoredAt) && time(*incident.closedAt) < time(*incident.restoredAt))
        out.append({QStringLiteral("closedAt"), Tr::tr("must not be before restoredAt")});
    if (incident.status == IncidentStatus::Closed && !incident.closedAt)
        out.append({QStringLiteral("closedAt"), Tr::tr("is required for a closed incident")});
    for (const auto &[field, value] :
         {std::pair{QStringLiteral("clientsAffected"), &incident.clientsAffected},
          std::pair{QStringLiteral("transactionsAffected"), &incident.transactionsAffected}}) {
        if (*value && (!std::isfinite(**value) || **value < 0 || **value > 1e12 ||
                       **value != std::trunc(**value)))
            out.append({field, Tr::tr("must be a whole number from 0 to 10^12")});
    }
    checkMoney(out, QStringLiteral("cost"), incident.cost);
    checkText(out, QStringLiteral("causedByChange"), incident.causedByChange, false);
    checkText(out, QStringLiteral("externalRef"), incident.externalRef, false);
    checkText(out, QStringLiteral("description"), incident.description, false);
    if (incident.affected.size() > MaxIncidentItems)
        out.append({QStringLiteral("affected"),
                    Tr::tr("must list at most %1 nodes").arg(MaxIncidentItems)});
    for (qsizetype i = 0; i < incident.affected.size(); ++i) {
        const AffectedNode &a = incident.affected.at(i);
        const QString prefix = QStringLiteral("affected[%1].").arg(i);
        if (a.node.isEmpty())
            out.append({prefix + QStringLiteral("node"), Tr::tr("must not be empty")});
        const bool from = checkInstant(prefix + QStringLiteral("from"), a.from);
        const bool to = checkInstant(prefix + QStringLiteral("to"), a.to);
        const QString start = from ? *a.from : incident.startedAt;
        if (to && (from || started) && time(*a.to) < time(start))
            out.append({prefix + QStringLiteral("to"), Tr::tr("must not be before its start")});
        if (from && started && time(*a.from) < time(incident.startedAt))
            out.append({prefix + QStringLiteral("from"), Tr::tr("must not be before startedAt")});
    }
    QSet<QString> lossNodes;
    for (qsizetype i = 0; i < incident.dataLoss.size(); ++i) {
        const DataLoss &d = incident.dataLoss.at(i);
        const QString prefix = QStringLiteral("dataLoss[%1].").arg(i);
        if (d.node.isEmpty())
            out.append({prefix + QStringLiteral("node"), Tr::tr("must not be empty")});
        else if (lossNodes.contains(d.node))
            out.append({prefix + QStringLiteral("node"), Tr::tr("repeats a data store")});
        lossNodes.insert(d.node);
        checkHours(out, prefix + QStringLiteral("hours"), d.hours);
    }
    QSet<QString> plans;
    for (qsizetype i = 0; i < incident.plansActivated.size(); ++i) {
        if (plans.contains(incident.plansActivated.at(i)))
            out.append({QStringLiteral("plansActivated[%1]").arg(i), Tr::tr("repeats a runbook")});
        plans.insert(incident.plansActivated.at(i));
    }
    for (qsizetype i = 0; i < incident.factors.size(); ++i)
        checkText(out, QStringLiteral("factors[%1].text").arg(i), incident.factors.at(i).text,
                  false);
    if (const std::optional<Postmortem> &pm = incident.postmortem) {
        const QString p = QStringLiteral("postmortem.");
        for (const auto &[field, text] :
             {std::pair{"summary", &pm->summary}, std::pair{"impact", &pm->impact},
              std::pair{"wentWell", &pm->wentWell}, std::pair{"wentWrong", &pm->wentWrong},
              std::pair{"lucky", &pm->lucky}, std::pair{"reviewer", &pm->reviewer}})
            checkText(out, p + QLatin1String(field), *text, false);
        if (pm->reviewedOn && !isIsoDate(*pm->reviewedOn))
            out.append(
                {p + QStringLiteral("reviewedOn"), Tr::tr("must be a date written YYYY-MM-DD")});
        for (qsizetype i = 0; i < pm->timeline.size(); ++i) {
            const QString prefix = p + QStringLiteral("timeline[%1].").arg(i);
            checkInstant(prefix + QStringLiteral("at"), pm->timeline.at(i).at);
            checkText(out, prefix + QStringLiteral("text"), pm->timeline.at(i).text, false);
        }
        QSet<QString> actionIds;
        for (qsizetype i = 0; i < pm->actions.size(); ++i) {
            const IncidentAction &a = pm->actions.at(i);
            const QString prefix = p + QStringLiteral("actions[%1].").arg(i);
            if (!isValidId(a.id))
                out.append({prefix + QStringLiteral("id"),
                            Tr::tr("must be 1 to 200 characters without spaces or commas")});
            else if (actionIds.contains(a.id))
                out.append({prefix + QStringLiteral("id"), Tr::tr("repeats an action id")});
            actionIds.insert(a.id);
            checkText(out, prefix + QStringLiteral("title"), a.title, true);
            checkText(out, prefix + QStringLiteral("owner"), a.owner, false);
            if (a.due && !isIsoDate(*a.due))
                out.append(
                    {prefix + QStringLiteral("due"), Tr::tr("must be a date written YYYY-MM-DD")});
            if (a.closed && !isIsoDate(*a.closed))
                out.append({prefix + QStringLiteral("closed"),
                            Tr::tr("must be a date written YYYY-MM-DD")});
        }
        for (qsizetype i = 0; i < pm->runbookChanges.size(); ++i)
            checkText(out, p + QStringLiteral("runbookChanges[%1].runbook").arg(i),
                      pm->runbookChanges.at(i).runbook, true);
    }
    return out;
}

// Changes (docs/changes.md) ------------------------------------------------------------------

bool isInstantText(const QString &text)
{
    return isInstant(text);
}

namespace {

QString instantRule()
{
    return Tr::tr("must be an ISO-8601 date and time with its offset, such as "
                  "2026-03-04T09:15:00+01:00");
}

qint64 instantOf(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

void checkIdList(QList<FieldProblem> &out, const QString &field, const QStringList &ids,
                 const QString &repeated)
{
    if (ids.size() > MaxIncidentItems)
        out.append({field, Tr::tr("must list at most %1").arg(MaxIncidentItems)});
    QSet<QString> seen;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString at = field + QStringLiteral("[%1]").arg(i);
        if (!isValidId(ids.at(i)))
            out.append({at, Tr::tr("must be 1 to 200 characters without spaces or commas")});
        else if (seen.contains(ids.at(i)))
            out.append({at, repeated});
        seen.insert(ids.at(i));
    }
}

// The recurrence of a window and its zone.
void checkRecurrence(QList<FieldProblem> &out, const QString &rrule, const QString &zone)
{
    if (!rrule.trimmed().isEmpty()) {
        if (rrule.size() > 1000)
            out.append({QStringLiteral("rrule"), Tr::tr("must be at most 1000 characters long")});
        else if (const std::optional<QString> problem = rruleProblem(rrule))
            out.append({QStringLiteral("rrule"), *problem});
    }
    if (!isTimeZoneId(zone))
        out.append({QStringLiteral("timeZone"),
                    Tr::tr("must be a time zone such as Europe/Berlin or UTC")});
}

} // namespace

QList<FieldProblem> checkChange(const Change &c)
{
    QList<FieldProblem> out;
    checkIdOf(out, c.id);
    checkText(out, QStringLiteral("title"), c.title, true);
    checkText(out, QStringLiteral("description"), c.description, false);
    if (!isInstant(c.createdAt))
        out.append({QStringLiteral("createdAt"), instantRule()});
    auto instant = [&](const char *field, const std::optional<QString> &value) {
        if (value && !isInstant(*value))
            out.append({QLatin1String(field), instantRule()});
        return value && isInstant(*value);
    };
    const bool start = instant("plannedStart", c.plannedStart);
    const bool end = instant("plannedEnd", c.plannedEnd);
    if (c.plannedStart.has_value() != c.plannedEnd.has_value())
        out.append({QLatin1String(c.plannedStart ? "plannedEnd" : "plannedStart"),
                    Tr::tr("is required with the other end of the planned window")});
    if (start && end) {
        const qint64 length = instantOf(*c.plannedEnd) - instantOf(*c.plannedStart);
        if (length <= 0)
            out.append({QStringLiteral("plannedEnd"), Tr::tr("must be after plannedStart")});
        else if (length > qint64(MaxChangeWindowHours * 3600000))
            out.append(
                {QStringLiteral("plannedEnd"), Tr::tr("must be at most %1 hours after plannedStart")
                                                   .arg(MaxChangeWindowHours, 0, 'f', 0)});
    }
    const bool actualStart = instant("actualStart", c.actualStart);
    const bool actualEnd = instant("actualEnd", c.actualEnd);
    if (actualStart && actualEnd && instantOf(*c.actualEnd) < instantOf(*c.actualStart))
        out.append({QStringLiteral("actualEnd"), Tr::tr("must not be before actualStart")});
    if (actualEnd && !c.actualStart)
        out.append({QStringLiteral("actualStart"), Tr::tr("is required with actualEnd")});
    checkIdList(out, QStringLiteral("targets"), c.targets, Tr::tr("repeats a target"));
    for (const auto &[field, text] :
         {std::pair{"implementer", &c.implementer}, std::pair{"peerReviewer", &c.peerReviewer},
          std::pair{"backoutRunbook", &c.backoutRunbook}, std::pair{"backoutPlan", &c.backoutPlan},
          std::pair{"externalRef", &c.externalRef}})
        checkText(out, QLatin1String(field), *text, false);
    if (!c.peerReviewer.isEmpty() && c.peerReviewer == c.implementer)
        out.append(
            {QStringLiteral("peerReviewer"), Tr::tr("must be someone other than the implementer")});
    if (const std::optional<ReleasePlan> &r = c.release) {
        if (r->rollbackTestedOn && !isIsoDate(*r->rollbackTestedOn))
            out.append({QStringLiteral("release.rollbackTestedOn"),
                        Tr::tr("must be a date written YYYY-MM-DD")});
        checkText(out, QStringLiteral("release.rollbackTestedWhere"), r->rollbackTestedWhere,
                  false);
        if (r->canarySteps.size() > 100)
            out.append(
                {QStringLiteral("release.canarySteps"), Tr::tr("must list at most 100 steps")});
        double previous = 0;
        for (qsizetype i = 0; i < r->canarySteps.size(); ++i) {
            const double step = r->canarySteps.at(i);
            if (!std::isfinite(step) || step <= previous || step > 100) {
                out.append({QStringLiteral("release.canarySteps[%1]").arg(i),
                            Tr::tr("must be a percentage above the step before and at most 100")});
                break;
            }
            previous = step;
        }
    }
    if (const std::optional<CabReview> &cab = c.cab) {
        checkIdList(out, QStringLiteral("cab.by"), cab->by, Tr::tr("repeats a person"));
        if (cab->on && !isIsoDate(*cab->on))
            out.append({QStringLiteral("cab.on"), Tr::tr("must be a date written YYYY-MM-DD")});
        checkText(out, QStringLiteral("cab.conditions"), cab->conditions, false);
    }
    if (c.verification.size() > 1000)
        out.append({QStringLiteral("verification"), Tr::tr("must list at most 1000 checks")});
    for (qsizetype i = 0; i < c.verification.size(); ++i)
        checkText(out, QStringLiteral("verification[%1].text").arg(i), c.verification.at(i).text,
                  true);
    checkIdList(out, QStringLiteral("causedIncidents"), c.causedIncidents,
                Tr::tr("repeats an incident"));
    if (c.outcome && c.state != ChangeState::Review && c.state != ChangeState::Closed)
        out.append({QStringLiteral("outcome"),
                    Tr::tr("is given only once a change is in review or closed")});
    return out;
}

QList<FieldProblem> checkFreeze(const FreezeWindow &f)
{
    QList<FieldProblem> out;
    checkIdOf(out, f.id);
    checkText(out, QStringLiteral("name"), f.name, true);
    const bool start = isInstant(f.start);
    const bool end = isInstant(f.end);
    if (!start)
        out.append({QStringLiteral("start"), instantRule()});
    if (!end)
        out.append({QStringLiteral("end"), instantRule()});
    if (start && end && instantOf(f.end) <= instantOf(f.start))
        out.append({QStringLiteral("end"), Tr::tr("must be after start")});
    checkRecurrence(out, f.rrule, f.timeZone);
    if (f.scope == FreezeScope::MaxTier && !f.maxTier)
        out.append({QStringLiteral("maxTier"), Tr::tr("is required for the scope maxTier")});
    checkTier(out, QStringLiteral("maxTier"), f.maxTier);
    if (f.scope == FreezeScope::Nodes && f.nodes.isEmpty())
        out.append({QStringLiteral("nodes"), Tr::tr("must list a node for the scope nodes")});
    if (f.scope == FreezeScope::Sites && f.sites.isEmpty())
        out.append({QStringLiteral("sites"), Tr::tr("must list a site for the scope sites")});
    checkIdList(out, QStringLiteral("nodes"), f.nodes, Tr::tr("repeats a node"));
    checkIdList(out, QStringLiteral("sites"), f.sites, Tr::tr("repeats a site"));
    checkText(out, QStringLiteral("exceptionApprover"), f.exceptionApprover, false);
    return out;
}

QList<FieldProblem> checkMaintenance(const MaintenanceWindow &m)
{
    QList<FieldProblem> out;
    checkIdOf(out, m.id);
    checkText(out, QStringLiteral("name"), m.name, false);
    if (!isValidId(m.node))
        out.append({QStringLiteral("node"), Tr::tr("must be the id of a process or service")});
    if (!isInstant(m.start))
        out.append({QStringLiteral("start"), instantRule()});
    if (!m.durationHours)
        out.append({QStringLiteral("durationHours"), Tr::tr("is required")});
    else if (!std::isfinite(*m.durationHours) || *m.durationHours <= 0 ||
             *m.durationHours > MaxChangeWindowHours)
        out.append({QStringLiteral("durationHours"),
                    Tr::tr("must be a number of hours above 0 and at most %1")
                        .arg(MaxChangeWindowHours, 0, 'f', 0)});
    checkRecurrence(out, m.rrule, m.timeZone);
    return out;
}

// Governance (docs/governance.md) ------------------------------------------------------

namespace {

void checkWholeNumber(QList<FieldProblem> &out, const QString &field,
                      const std::optional<double> &value, double least, double most,
                      const QString &rule)
{
    if (value &&
        (!std::isfinite(*value) || *value < least || *value > most || std::floor(*value) != *value))
        out.append({field, rule});
}

void checkDate(QList<FieldProblem> &out, const QString &field, const QString &text)
{
    if (!isIsoDate(text))
        out.append({field, Tr::tr("must be a date (YYYY-MM-DD)")});
}

} // namespace

QList<FieldProblem> checkControl(const Control &c)
{
    QList<FieldProblem> out;
    checkIdOf(out, c.id);
    checkText(out, QStringLiteral("title"), c.title, true);
    checkText(out, QStringLiteral("owner"), c.owner, false);
    checkText(out, QStringLiteral("description"), c.description, false);
    checkIdList(out, QStringLiteral("requirements"), c.requirements,
                Tr::tr("repeats a requirement"));
    checkTier(out, QStringLiteral("maxTier"), c.maxTier);
    checkWholeNumber(out, QStringLiteral("months"), c.months, 1, MaxControlMonths,
                     Tr::tr("must be a whole number of months from 1 to %1").arg(MaxControlMonths));
    checkWholeNumber(out, QStringLiteral("days"), c.days, 1, MaxControlDays,
                     Tr::tr("must be a whole number of days from 1 to %1").arg(MaxControlDays));
    checkWholeNumber(out, QStringLiteral("maxSeverity"), c.maxSeverity, 1, 5,
                     Tr::tr("must be a severity from 1 (worst) to 5"));
    return out;
}

QList<FieldProblem> checkEvidence(const EvidenceFile &e)
{
    QList<FieldProblem> out;
    checkIdOf(out, e.id);
    if (!isValidId(e.control))
        out.append({QStringLiteral("control"), Tr::tr("must be the id of a control")});
    checkText(out, QStringLiteral("path"), e.path, true);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(e.sha256).hasMatch())
        out.append({QStringLiteral("sha256"), Tr::tr("must be 64 lower-case hexadecimal digits")});
    checkWholeNumber(out, QStringLiteral("size"), e.size, 0, 1e15,
                     Tr::tr("must be a whole number of bytes"));
    checkDate(out, QStringLiteral("addedOn"), e.addedOn);
    checkText(out, QStringLiteral("note"), e.note, false);
    return out;
}

QList<FieldProblem> checkAccessReview(const AccessReview &r)
{
    QList<FieldProblem> out;
    checkIdOf(out, r.id);
    if (!isValidId(r.node))
        out.append({QStringLiteral("node"), Tr::tr("must be the id of a service or process")});
    checkText(out, QStringLiteral("reviewer"), r.reviewer, true);
    checkDate(out, QStringLiteral("reviewedOn"), r.reviewedOn);
    const QString accounts = Tr::tr("must be a whole number of accounts");
    checkWholeNumber(out, QStringLiteral("accountsReviewed"), r.accountsReviewed, 0, 1e9, accounts);
    checkWholeNumber(out, QStringLiteral("accountsRemoved"), r.accountsRemoved, 0, 1e9, accounts);
    if (r.accountsReviewed && r.accountsRemoved && *r.accountsRemoved > *r.accountsReviewed)
        out.append({QStringLiteral("accountsRemoved"),
                    Tr::tr("must not be more than the accounts reviewed")});
    checkText(out, QStringLiteral("note"), r.note, false);
    return out;
}

QList<FieldProblem> checkException(const RiskException &x)
{
    QList<FieldProblem> out;
    checkIdOf(out, x.id);
    const bool finding = !x.findingKind.isEmpty() || !x.subject.isEmpty();
    const bool control = !x.control.isEmpty();
    if (finding == control) {
        out.append({QStringLiteral("control"),
                    Tr::tr("an exception accepts either a finding (kind and subject) or a "
                           "control")});
    } else if (finding) {
        static const QRegularExpression kind(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!kind.match(x.findingKind).hasMatch())
            out.append({QStringLiteral("findingKind"),
                        Tr::tr("must be the kind of a finding (\"tier-inversion\")")});
        if (!isValidId(x.subject))
            out.append({QStringLiteral("subject"), Tr::tr("must be the id the finding is about")});
    } else if (!isValidId(x.control)) {
        out.append({QStringLiteral("control"), Tr::tr("must be the id of a control")});
    }
    if (!isValidId(x.acceptedBy))
        out.append({QStringLiteral("acceptedBy"), Tr::tr("must be the id of a person")});
    checkDate(out, QStringLiteral("acceptedOn"), x.acceptedOn);
    checkDate(out, QStringLiteral("expires"), x.expires);
    const QDate on = QDate::fromString(x.acceptedOn, Qt::ISODate);
    const QDate expires = QDate::fromString(x.expires, Qt::ISODate);
    if (on.isValid() && expires.isValid()) {
        if (expires <= on)
            out.append(
                {QStringLiteral("expires"), Tr::tr("must be after the day it was accepted")});
        else if (expires > on.addMonths(MaxExceptionMonths))
            out.append({QStringLiteral("expires"),
                        Tr::tr("must be at most %n month(s) after the day it was accepted", nullptr,
                               MaxExceptionMonths)});
    }
    checkText(out, QStringLiteral("reason"), x.reason, true);
    checkText(out, QStringLiteral("compensatingControl"), x.compensatingControl, false);
    return out;
}

QList<FieldProblem> checkChangePolicy(const ChangePolicy &policy)
{
    QList<FieldProblem> out;
    if (!std::isfinite(policy.degradedLossFactor) || policy.degradedLossFactor < 0 ||
        policy.degradedLossFactor > 1)
        out.append({QStringLiteral("changePolicy.degradedLossFactor"),
                    Tr::tr("must be a number from 0 to 1")});
    if (policy.minLeadDays < 0 || policy.minLeadDays > MaxMinLeadDays)
        out.append({QStringLiteral("changePolicy.minLeadDays"),
                    Tr::tr("must be a whole number of days from 0 to %1").arg(MaxMinLeadDays)});
    return out;
}

// Contracts and commitments (docs/dora-register.md, docs/contracts.md) ------------------

namespace {

void checkListKey(QList<FieldProblem> &out, const QString &field, const QString &value,
                  const DoraLists::List &list)
{
    if (value.isEmpty() || DoraLists::find(list, value))
        return;
    QStringList keys;
    for (const DoraLists::Entry &e : list)
        keys.append(QLatin1String(e.key));
    out.append({field, Tr::tr("must be one of %1, or empty").arg(keys.join(QStringLiteral(", ")))});
}

void checkCountry(QList<FieldProblem> &out, const QString &field, const QString &value)
{
    if (!value.isEmpty() && !DoraLists::isCountryCode(value))
        out.append({field, Tr::tr("must be an ISO 3166 country code (\"DE\"), or empty")});
}

void checkOptionalDate(QList<FieldProblem> &out, const QString &field, const QString &value)
{
    if (!value.isEmpty() && !isIsoDate(value))
        out.append({field, Tr::tr("must be a date (YYYY-MM-DD), or empty")});
}

void checkPercent(QList<FieldProblem> &out, const QString &field,
                  const std::optional<double> &value)
{
    if (value && !isObjective(*value))
        out.append({field, objectiveRule()});
}

} // namespace

QList<FieldProblem> checkContract(const SupplierContract &c)
{
    QList<FieldProblem> out;
    checkIdOf(out, c.id);
    if (!isValidId(c.supplier))
        out.append({QStringLiteral("supplier"), Tr::tr("must be the id of a supplier")});
    checkText(out, QStringLiteral("reference"), c.reference, true);
    if (c.reference.size() > 255)
        out.append({QStringLiteral("reference"), Tr::tr("must be at most 255 characters long")});
    checkListKey(out, QStringLiteral("arrangement"), c.arrangement, DoraLists::arrangements());
    checkText(out, QStringLiteral("overarching"), c.overarching, false);
    checkText(out, QStringLiteral("supplierCode"), c.supplierCode, false);
    checkListKey(out, QStringLiteral("supplierCodeType"), c.supplierCodeType,
                 DoraLists::codeTypes());
    checkCountry(out, QStringLiteral("supplierCountry"), c.supplierCountry);
    checkText(out, QStringLiteral("parentCode"), c.parentCode, false);
    checkListKey(out, QStringLiteral("ictService"), c.ictService, DoraLists::ictServices());
    checkOptionalDate(out, QStringLiteral("start"), c.start);
    checkOptionalDate(out, QStringLiteral("end"), c.end);
    if (isIsoDate(c.start) && isIsoDate(c.end) && c.end < c.start)
        out.append({QStringLiteral("end"), Tr::tr("must not be before the start")});
    checkListKey(out, QStringLiteral("terminationReason"), c.terminationReason,
                 DoraLists::terminationReasons());
    const QString days = Tr::tr("must be a whole number of days");
    checkWholeNumber(out, QStringLiteral("noticeEntityDays"), c.noticeEntityDays, 0, 3650, days);
    checkWholeNumber(out, QStringLiteral("noticeProviderDays"), c.noticeProviderDays, 0, 3650,
                     days);
    checkCountry(out, QStringLiteral("governingLaw"), c.governingLaw);
    checkCountry(out, QStringLiteral("serviceCountry"), c.serviceCountry);
    checkCountry(out, QStringLiteral("dataCountry"), c.dataCountry);
    checkCountry(out, QStringLiteral("processingCountry"), c.processingCountry);
    checkListKey(out, QStringLiteral("sensitivity"), c.sensitivity, DoraLists::sensitivities());
    checkListKey(out, QStringLiteral("reliance"), c.reliance, DoraLists::reliances());
    if (c.annualCost &&
        (!std::isfinite(*c.annualCost) || *c.annualCost < 0 || *c.annualCost > 1e15))
        out.append({QStringLiteral("annualCost"),
                    Tr::tr("must be a non-negative amount no larger than 1e+15")});
    if (!c.currency.isEmpty() && !DoraLists::isCurrencyCode(c.currency))
        out.append({QStringLiteral("currency"),
                    Tr::tr("must be an ISO 4217 currency code (\"EUR\"), or empty")});
    checkOptionalDate(out, QStringLiteral("lastAudit"), c.lastAudit);
    checkListKey(out, QStringLiteral("substitutability"), c.substitutability,
                 DoraLists::substitutabilities());
    checkListKey(out, QStringLiteral("reintegration"), c.reintegration,
                 DoraLists::reintegrations());
    checkListKey(out, QStringLiteral("discontinuingImpact"), c.discontinuingImpact,
                 DoraLists::impacts());
    checkText(out, QStringLiteral("alternatives"), c.alternatives, false);
    checkPercent(out, QStringLiteral("slaAvailability"), c.slaAvailability);
    checkText(out, QStringLiteral("slaSupportHours"), c.slaSupportHours, false);
    checkHours(out, QStringLiteral("slaRtoHours"), c.slaRtoHours);
    checkText(out, QStringLiteral("note"), c.note, false);
    return out;
}

QList<FieldProblem> checkCommitment(const CustomerCommitment &c)
{
    QList<FieldProblem> out;
    checkIdOf(out, c.id);
    checkText(out, QStringLiteral("customer"), c.customer, true);
    if (!isValidId(c.subject))
        out.append({QStringLiteral("subject"), Tr::tr("must be the id of a process or service")});
    checkPercent(out, QStringLiteral("availability"), c.availability);
    checkHours(out, QStringLiteral("rtoHours"), c.rtoHours);
    checkMoney(out, QStringLiteral("penaltyPerHour"), c.penaltyPerHour);
    if (!c.availability && !c.rtoHours)
        out.append({QStringLiteral("availability"),
                    Tr::tr("a commitment promises an availability, an RTO or both")});
    checkText(out, QStringLiteral("reference"), c.reference, false);
    checkText(out, QStringLiteral("note"), c.note, false);
    return out;
}

QList<FieldProblem> checkGovernanceValues(const GovernancePolicy &g)
{
    QList<FieldProblem> out;
    checkText(out, QStringLiteral("entityName"), g.entityName, false);
    static const QRegularExpression leiShape(QStringLiteral("^[A-Z0-9]{20}$"));
    if (!g.entityLei.isEmpty() && !leiShape.match(g.entityLei).hasMatch())
        out.append({QStringLiteral("entityLei"),
                    Tr::tr("must be 20 upper-case letters and digits (an LEI), or empty")});
    checkCountry(out, QStringLiteral("entityCountry"), g.entityCountry);
    checkListKey(out, QStringLiteral("entityType"), g.entityType, DoraLists::entityTypes());
    checkText(out, QStringLiteral("competentAuthority"), g.competentAuthority, false);
    if (!g.currency.isEmpty() && !DoraLists::isCurrencyCode(g.currency))
        out.append({QStringLiteral("currency"),
                    Tr::tr("must be an ISO 4217 currency code (\"EUR\"), or empty")});
    if (g.criticalMaxTier < MostCriticalTier || g.criticalMaxTier > LeastCriticalTier)
        out.append({QStringLiteral("criticalMaxTier"), Tr::tr("must be a tier from 0 to 3")});
    return out;
}

} // namespace Continuity
