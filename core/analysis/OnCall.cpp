// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnCall.h"

#include "domain/Plan.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Continuity::OnCall {
namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;

qint64 offsetAt(const QTimeZone &zone, qint64 secs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()));
}

} // namespace

QDateTime instantOf(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // The wall-clock time counted as if it were UTC; the instant is that minus the offset in
    // force then. Offsets a day either side cover every transition of a real zone.
    const qint64 wall = (date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay +
                        time.msecsSinceStartOfDay() / 1000;
    std::optional<qint64> first;
    for (const qint64 probe : {wall - SecondsPerDay, wall, wall + SecondsPerDay}) {
        const qint64 offset = offsetAt(zone, probe);
        const qint64 candidate = wall - offset;
        if (offsetAt(zone, candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    // In a gap no offset fits: with the offset before the gap the time lands the gap's length
    // after the wall-clock time asked for.
    if (!first)
        first = wall - offsetAt(zone, wall - SecondsPerDay);
    return QDateTime::fromSecsSinceEpoch(*first, QTimeZone::utc());
}

std::optional<RotaClock> clockOf(const Rota &rota)
{
    const QDateTime start = QDateTime::fromString(rota.start, Qt::ISODate);
    const QByteArray zone = rota.timeZone.toUtf8();
    if (!start.isValid() || start.timeSpec() != Qt::LocalTime ||
        !QTimeZone::isTimeZoneIdAvailable(zone))
        return std::nullopt;
    return RotaClock{start.date(), start.time(), zone};
}

QDateTime handover(const Rota &rota, qint64 k)
{
    const std::optional<RotaClock> clock = clockOf(rota);
    if (!clock || rota.shiftDays < 1)
        return {};
    return instantOf(clock->date.addDays(k * rota.shiftDays), clock->time, QTimeZone(clock->zone));
}

Answer whoIsOnCall(const Rota &rota, const QDateTime &at)
{
    Answer answer;
    const std::optional<RotaClock> clock = clockOf(rota);
    if (!clock || rota.shiftDays < 1 || !at.isValid())
        return answer;
    const QTimeZone zone(clock->zone);
    auto handoverAt = [&](qint64 k) {
        return instantOf(clock->date.addDays(k * rota.shiftDays), clock->time, zone);
    };
    const qint64 t = at.toSecsSinceEpoch();
    std::optional<qint64> until;
    auto boundary = [&](qint64 b) {
        if (b > t && (!until || b < *until))
            until = b;
    };

    const qint64 start = handoverAt(0).toSecsSinceEpoch();
    if (t < start) {
        boundary(start);
    } else if (!rota.order.isEmpty()) {
        // A first guess from whole days, then exact against the handovers either side (a
        // daylight-saving change moves a handover by at most its size).
        const qint64 period = qint64(rota.shiftDays) * SecondsPerDay;
        qint64 k = (t - start) / period;
        while (k > 0 && handoverAt(k).toSecsSinceEpoch() > t)
            --k;
        while (handoverAt(k + 1).toSecsSinceEpoch() <= t)
            ++k;
        answer.person = rota.order.at(int(k % rota.order.size()));
        boundary(handoverAt(k + 1).toSecsSinceEpoch());
    }
    bool covered = false;
    for (auto it = rota.overrides.crbegin(); it != rota.overrides.crend(); ++it) {
        const QDateTime from = QDateTime::fromString(it->from, Qt::ISODate);
        const QDateTime to = QDateTime::fromString(it->to, Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            continue;
        const qint64 f = from.toSecsSinceEpoch();
        const qint64 e = to.toSecsSinceEpoch();
        boundary(f);
        boundary(e);
        if (!covered && f <= t && t < e) {
            covered = true;
            answer.person = it->person;
            answer.override = true;
        }
    }
    if (until)
        answer.until = QDateTime::fromSecsSinceEpoch(*until, QTimeZone::utc());
    return answer;
}

QString personFor(const Plan &plan, const QString &contact, const QDateTime &at)
{
    for (const Person &p : plan.persons) {
        if (p.id == contact)
            return p.id;
    }
    for (const Role &r : plan.roles) {
        if (r.id != contact)
            continue;
        if (r.rota) {
            const Answer answer = whoIsOnCall(*r.rota, at);
            if (!answer.person.isEmpty())
                return answer.person;
        }
        return r.members.isEmpty() ? QString() : r.members.constFirst();
    }
    return {};
}

namespace {

void walk(const Plan &plan, const CallTree &tree, const CallTreeNode &node, const QString &caller,
          int depth, double reached, const QDateTime &at, QList<Reach> *out)
{
    Reach reach;
    reach.contact = node.contact;
    reach.person = personFor(plan, node.contact, at);
    const bool isRole = std::any_of(plan.roles.cbegin(), plan.roles.cend(),
                                    [&](const Role &r) { return r.id == node.contact; });
    if (isRole)
        reach.role = node.contact;
    reach.caller = caller;
    reach.fallback = node.fallback;
    reach.depth = depth;
    reach.reachMinutes = reached;
    out->append(reach);
    for (int i = 0; i < node.children.size(); ++i) {
        walk(plan, tree, node.children.at(i), node.contact, depth + 1,
             reached + (i + 1) * tree.callMinutes(), at, out);
    }
}

} // namespace

QList<Reach> expectedReach(const Plan &plan, const CallTree &tree, const QDateTime &at)
{
    QList<Reach> out;
    walk(plan, tree, tree.root, QString(), 0, 0, at, &out);
    return out;
}

double completionMinutes(const QList<Reach> &reach)
{
    double latest = 0;
    for (const Reach &r : reach)
        latest = std::max(latest, r.reachMinutes);
    return latest;
}

QHash<QString, double> mobilisationByNode(const Plan &plan)
{
    QHash<QString, double> out;
    QHash<QString, double> roleHours;
    for (const Role &r : plan.roles) {
        if (r.mobilisationHours)
            roleHours.insert(r.id, *r.mobilisationHours);
    }
    if (roleHours.isEmpty())
        return out;
    // The runbook that recovers each service: the first approved, else the first draft.
    QHash<QString, const Runbook *> runbookOf;
    for (const Runbook &r : plan.runbooks) {
        if (r.service.isEmpty() || r.status == RunbookStatus::Retired || r.steps.isEmpty())
            continue;
        const Runbook *&chosen = runbookOf[r.service];
        if (!chosen ||
            (chosen->status != RunbookStatus::Approved && r.status == RunbookStatus::Approved))
            chosen = &r;
    }
    auto owned = [&](const QString &node, const QString &owner) {
        const QString stepOwner =
            runbookOf.contains(node) ? runbookOf.value(node)->steps.constFirst().owner : QString();
        // The runbook's first step decides when it names a role; else the node's owner.
        const QString role = roleHours.contains(stepOwner) ? stepOwner : owner;
        if (roleHours.contains(role))
            out.insert(node, roleHours.value(role));
    };
    for (const Process &p : plan.processes)
        owned(p.id, p.owner);
    for (const Service &s : plan.services)
        owned(s.id, s.owner);
    return out;
}

} // namespace Continuity::OnCall
