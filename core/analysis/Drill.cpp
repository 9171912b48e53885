// SPDX-License-Identifier: GPL-3.0-or-later
#include "Drill.h"

#include "domain/ExerciseLog.h"
#include "domain/Plan.h"
#include "ExerciseResults.h"
#include "OnCall.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Continuity::Drill {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Drill)
};
} // namespace

QList<DrillCall> callsOf(const Plan &plan, const CallTree &tree, const QDateTime &at)
{
    QList<DrillCall> calls;
    for (const OnCall::Reach &r : OnCall::expectedReach(plan, tree, at)) {
        DrillCall call;
        call.contact = r.contact;
        call.person = r.person;
        calls.append(call);
    }
    return calls;
}

namespace {

bool refuse(const Exercise &drill, int index, QString *errorMessage)
{
    QString problem;
    const ExerciseStatus status = exerciseStatus(drill);
    if (drill.type != ExerciseType::CallTree)
        problem = Tr::tr("\"%1\" is not a call-tree drill.").arg(drill.title);
    else if (status == ExerciseStatus::Planned)
        problem = Tr::tr("Declare the drill before recording answers.");
    else if (status == ExerciseStatus::Ended)
        problem = Tr::tr("The drill has ended; its answers are a record.");
    else if (index < 0 || index >= drill.drill.size())
        problem = Tr::tr("The drill has no call %1.").arg(index + 1);
    if (problem.isEmpty())
        return false;
    if (errorMessage)
        *errorMessage = problem;
    return true;
}

} // namespace

bool answer(Exercise &drill, int index, DrillStatus status, const QString &at,
            QString *errorMessage)
{
    if (refuse(drill, index, errorMessage))
        return false;
    DrillCall &call = drill.drill[index];
    call.status = status;
    call.at = status == DrillStatus::NotConfirmed ? std::nullopt : std::optional<QString>(at);
    return true;
}

bool setNote(Exercise &drill, int index, const QString &note, QString *errorMessage)
{
    if (refuse(drill, index, errorMessage))
        return false;
    drill.drill[index].note = note.trimmed();
    return true;
}

QString callerNow(const QList<OnCall::Reach> &reach, const QList<DrillCall> &calls, int index)
{
    if (index <= 0 || index >= reach.size())
        return {};
    // The parent comes before its children, at one depth less.
    int parent = index - 1;
    while (parent >= 0 && reach.at(parent).depth >= reach.at(index).depth)
        --parent;
    if (parent < 0)
        return {};
    const bool unreachable =
        parent < calls.size() && calls.at(parent).status == DrillStatus::Unreachable;
    if (!unreachable)
        return reach.at(parent).contact;
    const QString fallback = reach.at(parent).fallback;
    if (fallback.isEmpty())
        return {};
    // A fallback that is itself in the tree and was found unreachable calls nobody.
    for (int i = 0; i < reach.size() && i < calls.size(); ++i) {
        if (reach.at(i).contact == fallback && calls.at(i).status == DrillStatus::Unreachable)
            return {};
    }
    return fallback;
}

std::optional<double> minutesOf(const Exercise &drill, const DrillCall &call)
{
    if (!drill.declaredAt || !call.at)
        return std::nullopt;
    const QDateTime from = exerciseTime(*drill.declaredAt);
    const QDateTime to = exerciseTime(*call.at);
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return activeHours(drill, from, to) * 60;
}

Results results(const Plan &plan, const Exercise &drill)
{
    Results out;
    out.targetMinutes = CallTree::DefaultTargetMinutes;
    for (const CallTree &t : plan.callTrees) {
        if (t.id == drill.callTree)
            out.targetMinutes = t.target();
    }
    // Each person once: someone the tree names twice has confirmed when any of their calls did
    // (the earliest), and was unreachable only when every call found them so.
    struct Person
    {
        DrillStatus status = DrillStatus::Unreachable; // until a call says otherwise
        std::optional<double> minutes;
    };
    QHash<QString, Person> people;
    QStringList order;
    auto keyOf = [](const DrillCall &c) {
        return c.person.isEmpty() ? QStringLiteral("contact:") + c.contact : c.person;
    };
    for (const DrillCall &c : drill.drill) {
        const QString key = keyOf(c);
        if (!people.contains(key))
            order.append(key);
        Person &p = people[key];
        if (c.status == DrillStatus::Confirmed) {
            const std::optional<double> m = minutesOf(drill, c);
            if (p.status != DrillStatus::Confirmed || (m && (!p.minutes || *m < *p.minutes)))
                p.minutes = m;
            p.status = DrillStatus::Confirmed;
        } else if (c.status == DrillStatus::NotConfirmed && p.status == DrillStatus::Unreachable) {
            p.status = DrillStatus::NotConfirmed;
        }
    }
    QList<double> confirmedAt;
    for (const QString &key : std::as_const(order)) {
        const Person &p = people.value(key);
        ++out.people;
        if (p.status != DrillStatus::Unreachable)
            ++out.reachable;
        if (p.status == DrillStatus::Confirmed) {
            ++out.confirmed;
            const double minutes = p.minutes.value_or(0);
            confirmedAt.append(minutes);
            if (minutes <= out.targetMinutes + 1e-9)
                ++out.withinTarget;
        }
    }
    std::sort(confirmedAt.begin(), confirmedAt.end());
    auto byShare = [&](double share) -> std::optional<double> {
        if (out.reachable == 0)
            return std::nullopt;
        const int needed = std::max(1, int(std::ceil(share * out.reachable - 1e-9)));
        if (confirmedAt.size() < needed)
            return std::nullopt;
        return confirmedAt.at(needed - 1);
    };
    out.t50 = byShare(0.5);
    out.t90 = byShare(0.9);
    out.t100 = byShare(1.0);
    // Each person once: their first call stands for them.
    QSet<QString> listed;
    for (int i = 0; i < drill.drill.size(); ++i) {
        const QString key = keyOf(drill.drill.at(i));
        if (people.value(key).status != DrillStatus::Confirmed && !listed.contains(key)) {
            listed.insert(key);
            out.cutOff.append(i);
        }
    }
    // Per role: the last of its members the drill called to confirm.
    for (const Role &role : plan.roles) {
        RoleMobilisation m;
        m.role = role.id;
        double latest = 0;
        for (const QString &member : role.members) {
            if (!people.contains(member))
                continue;
            ++m.members;
            const Person &p = people.value(member);
            if (p.status == DrillStatus::Confirmed) {
                ++m.confirmed;
                latest = std::max(latest, p.minutes.value_or(0));
            }
        }
        if (m.members == 0)
            continue;
        if (m.confirmed == m.members)
            m.hours = latest / 60;
        out.mobilisation.append(m);
    }
    return out;
}

} // namespace Continuity::Drill
