// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhoToCall.h"

#include "OnCall.h"

#include "domain/Contacts.h"
#include "domain/Plan.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Continuity {

QList<CallEntry> whoToCall(const Plan &plan, const QStringList &affected, const QDateTime &at)
{
    struct NodeFacts
    {
        QString owner;
        int tier = -1;
        double rto = -1;
    };
    // Facts of the affected nodes only: a scenario takes down a part of a big plan.
    const QSet<QString> wanted(affected.cbegin(), affected.cend());
    QHash<QString, NodeFacts> facts;
    facts.reserve(wanted.size());
    for (const Process &p : plan.processes) {
        if (wanted.contains(p.id))
            facts.insert(p.id, {p.owner, p.tier.value_or(-1), p.rtoHours.value_or(-1)});
    }
    for (const Service &s : plan.services) {
        if (wanted.contains(s.id))
            facts.insert(s.id, {s.owner, s.tier.value_or(-1), s.rtoHours.value_or(-1)});
    }
    QHash<QString, QStringList> recoverers; // node → step owners of its runbooks
    for (const Runbook &r : plan.runbooks) {
        if (r.status == RunbookStatus::Retired || r.service.isEmpty() ||
            !wanted.contains(r.service))
            continue;
        for (const RunbookStep &s : r.steps) {
            if (!s.owner.isEmpty() && !recoverers[r.service].contains(s.owner))
                recoverers[r.service].append(s.owner);
        }
    }
    auto isContact = [&](const QString &id) {
        return Contacts::person(plan, id) || Contacts::role(plan, id);
    };

    QHash<QString, qsizetype> entryOf;
    QList<CallEntry> entries;
    for (const QString &node : affected) {
        const NodeFacts f = facts.value(node);
        QStringList contacts{f.owner};
        contacts += recoverers.value(node);
        for (const QString &contact : std::as_const(contacts)) {
            if (contact.isEmpty() || !isContact(contact))
                continue;
            auto it = entryOf.constFind(contact);
            if (it == entryOf.constEnd()) {
                it = entryOf.insert(contact, entries.size());
                CallEntry e;
                e.contact = contact;
                entries.append(e);
            }
            CallEntry &e = entries[*it];
            if (e.nodes.contains(node))
                continue;
            e.nodes.append(node);
            if (f.tier >= 0 && (e.tier < 0 || f.tier < e.tier))
                e.tier = f.tier;
            if (f.rto >= 0 && (e.rtoHours < 0 || f.rto < e.rtoHours))
                e.rtoHours = f.rto;
        }
    }
    for (CallEntry &e : entries) {
        // Its nodes, the most critical first.
        std::stable_sort(e.nodes.begin(), e.nodes.end(), [&](const QString &a, const QString &b) {
            const NodeFacts fa = facts.value(a);
            const NodeFacts fb = facts.value(b);
            const int ta = fa.tier < 0 ? 99 : fa.tier;
            const int tb = fb.tier < 0 ? 99 : fb.tier;
            if (ta != tb)
                return ta < tb;
            const double ra = fa.rto < 0 ? 1e18 : fa.rto;
            const double rb = fb.rto < 0 ? 1e18 : fb.rto;
            return ra < rb;
        });
        if (const Role *role = Contacts::role(plan, e.contact)) {
            if (role->rota) {
                const OnCall::Answer answer = OnCall::whoIsOnCall(*role->rota, at);
                e.callFirst = answer.person;
                if (answer.until.isValid())
                    e.until = answer.until.toUTC().toString(Qt::ISODate);
            }
            if (e.callFirst.isEmpty() && !role->members.isEmpty())
                e.callFirst = role->members.constFirst();
            for (const QString &m : role->members) {
                if (m != e.callFirst)
                    e.alternates.append(m);
            }
        } else {
            e.callFirst = e.contact;
            if (const Person *p = Contacts::person(plan, e.contact); p && !p->deputy.isEmpty())
                e.alternates.append(p->deputy);
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const CallEntry &a, const CallEntry &b) {
        const int ta = a.tier < 0 ? 99 : a.tier;
        const int tb = b.tier < 0 ? 99 : b.tier;
        if (ta != tb)
            return ta < tb;
        const double ra = a.rtoHours < 0 ? 1e18 : a.rtoHours;
        const double rb = b.rtoHours < 0 ? 1e18 : b.rtoHours;
        if (ra != rb)
            return ra < rb;
        return Contacts::displayName(plan, a.contact)
                   .localeAwareCompare(Contacts::displayName(plan, b.contact)) < 0;
    });
    return entries;
}

QString recovererOf(const Plan &plan, const QString &node)
{
    auto isContact = [&](const QString &id) {
        return !id.isEmpty() && (Contacts::person(plan, id) || Contacts::role(plan, id));
    };
    const Runbook *chosen = nullptr;
    for (const Runbook &r : plan.runbooks) {
        if (r.service != node || r.status == RunbookStatus::Retired || r.steps.isEmpty())
            continue;
        if (!chosen ||
            (chosen->status != RunbookStatus::Approved && r.status == RunbookStatus::Approved))
            chosen = &r;
    }
    if (chosen && isContact(chosen->steps.constFirst().owner))
        return chosen->steps.constFirst().owner;
    for (const Process &p : plan.processes) {
        if (p.id == node)
            return isContact(p.owner) ? p.owner : QString();
    }
    for (const Service &s : plan.services) {
        if (s.id == node)
            return isContact(s.owner) ? s.owner : QString();
    }
    return {};
}

} // namespace Continuity
