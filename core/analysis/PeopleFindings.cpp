// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleFindings.h"

#include "OnCall.h"

#include "domain/Contacts.h"
#include "domain/Exercise.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Findings)
};

} // namespace

std::vector<Finding> peopleFindings(const Plan &plan, const GraphSnapshot &graph,
                                    const std::vector<bool> &critical, const QDate &today)
{
    std::vector<Finding> out;
    if (plan.persons.isEmpty() && plan.roles.isEmpty())
        return out;

    // Who owns steps of runbooks for tier-0/1 services, and which runbooks.
    QMap<QString, QStringList> criticalOwners; // contact → runbook titles
    for (const Runbook &r : plan.runbooks) {
        if (r.status == RunbookStatus::Retired || r.service.isEmpty())
            continue;
        const int node = graph.indexOf(r.service);
        if (node < 0 || node >= int(critical.size()) || !critical[std::size_t(node)])
            continue;
        for (const RunbookStep &s : r.steps) {
            if (!s.owner.isEmpty() && !criticalOwners.value(s.owner).contains(r.title))
                criticalOwners[s.owner].append(r.title);
        }
    }
    QHash<QString, QStringList> soleMemberOf; // person → critical roles they alone staff
    for (auto it = criticalOwners.cbegin(); it != criticalOwners.cend(); ++it) {
        const QString runbooks = it.value().join(QStringLiteral(", "));
        if (const Person *p = Contacts::person(plan, it.key())) {
            if (p->phones.isEmpty())
                out.push_back({Severity::Error,
                               QStringLiteral("owner-without-phone"),
                               p->id,
                               Tr::tr("%1 owns steps of runbooks for tier 0/1 services (%2) but "
                                      "has no phone number in the plan. Add one, so that they can "
                                      "be called when it matters.")
                                   .arg(p->name, runbooks),
                               {}});
        } else if (const Role *role = Contacts::role(plan, it.key())) {
            if (role->members.isEmpty()) {
                out.push_back({Severity::Error,
                               QStringLiteral("role-without-members"),
                               role->id,
                               Tr::tr("Role \"%1\" owns steps of runbooks for tier 0/1 services "
                                      "(%2) but has no members: nobody would be called. Name at "
                                      "least two.")
                                   .arg(role->name, runbooks),
                               {}});
            } else if (role->members.size() < 2) {
                out.push_back({Severity::Warning, QStringLiteral("people-single-point-of-failure"),
                               role->id,
                               Tr::tr("Role \"%1\" owns steps of runbooks for tier 0/1 services "
                                      "(%2) and only %3 can do it: a people single point of "
                                      "failure. Name an alternate.")
                                   .arg(role->name, runbooks,
                                        Contacts::displayName(plan, role->members.constFirst())),
                               role->members});
                soleMemberOf[role->members.constFirst()].append(role->name);
            }
            for (const QString &id : role->members) {
                const Person *member = Contacts::person(plan, id);
                if (member && member->phones.isEmpty())
                    out.push_back(
                        {Severity::Error,
                         QStringLiteral("owner-without-phone"),
                         member->id,
                         Tr::tr("%1 is in role \"%2\", which owns steps of runbooks for tier "
                                "0/1 services (%3), but has no phone number in the plan.")
                             .arg(member->name, role->name, runbooks),
                         {role->id}});
            }
        }
    }
    for (auto it = soleMemberOf.cbegin(); it != soleMemberOf.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList roles = it.value();
        roles.sort();
        out.push_back({Severity::Warning,
                       QStringLiteral("sole-member-of-critical-roles"),
                       it.key(),
                       Tr::tr("%1 is the only member of %n roles that recover tier 0/1 "
                              "services (%2): losing one person stops all of them.",
                              nullptr, int(roles.size()))
                           .arg(Contacts::displayName(plan, it.key()), roles.join(u", ")),
                       {}});
    }

    for (const Person &p : plan.persons) {
        const QDate on = p.verifiedOn ? QDate::fromString(*p.verifiedOn, Qt::ISODate) : QDate();
        if (!on.isValid())
            out.push_back({Severity::Warning,
                           QStringLiteral("contact-not-verified"),
                           p.id,
                           Tr::tr("%1 has never confirmed their contact details. Ask them, then "
                                  "note the date.")
                               .arg(p.name),
                           {}});
        else if (on.daysTo(today) > plan.peoplePolicy.verifyWithinDays)
            out.push_back({Severity::Warning,
                           QStringLiteral("contact-not-verified"),
                           p.id,
                           Tr::tr("%1 last confirmed their contact details on %2, more than %3 "
                                  "days ago. Ask them again, then note the date.")
                               .arg(p.name, *p.verifiedOn)
                               .arg(plan.peoplePolicy.verifyWithinDays),
                           {}});
    }

    const QDateTime now(today, QTime(12, 0), QTimeZone::utc());
    for (const CallTree &t : plan.callTrees) {
        const double completion = OnCall::completionMinutes(OnCall::expectedReach(plan, t, now));
        if (completion > t.target())
            out.push_back({Severity::Warning,
                           QStringLiteral("call-tree-over-target"),
                           t.id,
                           Tr::tr("Call tree \"%1\" needs %2 min to reach everyone, more than its "
                                  "target of %3 min. Let more callers call in parallel, or "
                                  "agree a longer target.")
                               .arg(t.name)
                               .arg(completion)
                               .arg(t.target()),
                           {}});
        // Drilled: a call-tree drill of it was declared within the last DrillWithinMonths.
        QDate lastDrill;
        for (const Exercise &e : plan.exercises) {
            if (e.type != ExerciseType::CallTree || e.callTree != t.id || !e.declaredAt)
                continue;
            const QDate declared =
                QDateTime::fromString(*e.declaredAt, Qt::ISODateWithMs).toUTC().date();
            if (declared.isValid() && (!lastDrill.isValid() || declared > lastDrill))
                lastDrill = declared;
        }
        if (!lastDrill.isValid())
            out.push_back({Severity::Warning,
                           QStringLiteral("call-tree-not-drilled"),
                           t.id,
                           Tr::tr("Call tree \"%1\" has never been drilled. Run a call-tree "
                                  "drill from the Exercises area to learn how long it really "
                                  "takes.")
                               .arg(t.name),
                           {}});
        else if (lastDrill.addMonths(DrillWithinMonths) < today)
            out.push_back({Severity::Warning,
                           QStringLiteral("call-tree-not-drilled"),
                           t.id,
                           Tr::tr("Call tree \"%1\" was last drilled on %2, more than %n "
                                  "month(s) ago. Drill it again.",
                                  nullptr, DrillWithinMonths)
                               .arg(t.name, lastDrill.toString(Qt::ISODate)),
                           {}});
    }

    // Owners that name nobody: each text once, with where it stands.
    QMap<QString, int> freeText;
    Contacts::forEachOwner(plan, [&](const QString &owner) {
        if (!owner.isEmpty() && !Contacts::person(plan, owner) && !Contacts::role(plan, owner))
            ++freeText[owner];
    });
    for (auto it = freeText.cbegin(); it != freeText.cend(); ++it)
        out.push_back(
            {Severity::Info,
             QStringLiteral("owner-not-a-contact"),
             it.key(),
             Tr::tr("Owner \"%1\" (%n time(s) in the plan) is not a known person or role. "
                    "Add them under People, or choose one who is.",
                    nullptr, it.value())
                 .arg(it.key()),
             {}});
    return out;
}

} // namespace Continuity
