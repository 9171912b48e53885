// SPDX-License-Identifier: GPL-3.0-or-later
#include "Contacts.h"

#include "Plan.h"

#include <QSet>

#include <QHash>

namespace Continuity::Contacts {

const Person *person(const Plan &plan, const QString &id)
{
    for (const Person &p : plan.persons) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Role *role(const Plan &plan, const QString &id)
{
    for (const Role &r : plan.roles) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString displayName(const Plan &plan, const QString &owner)
{
    if (owner.isEmpty())
        return owner;
    if (const Person *p = person(plan, owner))
        return p->name;
    if (const Role *r = role(plan, owner))
        return r->name;
    return owner;
}

QString resolve(const Plan &plan, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || person(plan, t) || role(plan, t))
        return t;
    QString found;
    int matches = 0;
    for (const Person &p : plan.persons) {
        if (p.name.compare(t, Qt::CaseInsensitive) == 0) {
            found = p.id;
            ++matches;
        }
    }
    for (const Role &r : plan.roles) {
        if (r.name.compare(t, Qt::CaseInsensitive) == 0) {
            found = r.id;
            ++matches;
        }
    }
    return matches == 1 ? found : t;
}

namespace {

// Every owner field of `plan`, const or not.
template <typename P, typename Visit> void visitOwners(P &plan, const Visit &visit)
{
    for (auto &p : plan.processes)
        visit(p.owner);
    for (auto &s : plan.services)
        visit(s.owner);
    for (auto &r : plan.runbooks) {
        for (auto &step : r.steps)
            visit(step.owner);
    }
    for (auto &e : plan.exercises) {
        for (auto &p : e.participants)
            visit(p.name);
        for (auto &a : e.actions)
            visit(a.owner);
    }
}

} // namespace

void forEachOwner(Plan &plan, const std::function<void(QString &owner)> &visit)
{
    visitOwners(plan, visit);
}

void forEachOwner(const Plan &plan, const std::function<void(const QString &owner)> &visit)
{
    visitOwners(plan, visit);
}

int linkOwnersByName(Plan &plan)
{
    if (plan.persons.isEmpty() && plan.roles.isEmpty())
        return 0;
    // Name → id; a name two contacts share links to neither.
    QHash<QString, QString> byName;
    QHash<QString, bool> ids;
    auto add = [&](const QString &name, const QString &id) {
        ids.insert(id, true);
        const auto it = byName.constFind(name);
        byName.insert(name, it == byName.constEnd() ? id : QString());
    };
    for (const Person &p : plan.persons)
        add(p.name, p.id);
    for (const Role &r : plan.roles)
        add(r.name, r.id);
    int changed = 0;
    forEachOwner(plan, [&](QString &owner) {
        if (owner.isEmpty() || ids.contains(owner))
            return;
        const QString id = byName.value(owner);
        if (!id.isEmpty()) {
            owner = id;
            ++changed;
        }
    });
    return changed;
}

QStringList phoneNumbers(const Plan &plan, const QString &personId, bool unbreakable)
{
    QStringList numbers;
    if (const Person *p = person(plan, personId)) {
        for (const Phone &phone : p->phones)
            numbers.append(unbreakable
                               ? QString(phone.number).replace(QLatin1Char(' '), QChar(0x00A0))
                               : phone.number);
    }
    return numbers;
}

int tierOf(const Plan &plan, const QString &roleId)
{
    int best = -1;
    auto consider = [&](const std::optional<int> &tier) {
        if (tier && (best < 0 || *tier < best))
            best = *tier;
    };
    const Role *r = role(plan, roleId);
    for (const Process &p : plan.processes) {
        if (p.owner == roleId || (r && p.id == r->team))
            consider(p.tier);
    }
    QSet<QString> recovered;
    for (const Runbook &rb : plan.runbooks) {
        for (const RunbookStep &step : rb.steps) {
            if (step.owner == roleId)
                recovered.insert(rb.service);
        }
    }
    for (const Service &s : plan.services) {
        if (s.owner == roleId || recovered.contains(s.id) || (r && s.id == r->team))
            consider(s.tier);
    }
    return best;
}

const EscalationPolicy *escalationOf(const Plan &plan, const QString &roleId)
{
    const Role *r = role(plan, roleId);
    if (!r)
        return nullptr;
    if (r->escalation)
        return &*r->escalation;
    const int tier = tierOf(plan, roleId);
    if (tier < 0 || tier > 3 || !plan.peoplePolicy.tierEscalation[tier])
        return nullptr;
    return &*plan.peoplePolicy.tierEscalation[tier];
}

} // namespace Continuity::Contacts
