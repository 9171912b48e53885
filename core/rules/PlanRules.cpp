// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRules.h"

#include "Catalogue.h"

#include "domain/Plan.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Rules)
};

QString at(const QString &list, qsizetype index)
{
    return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString join(const QString &path, const QString &field)
{
    return path.isEmpty() ? field : path + QLatin1Char('.') + field;
}

// Collects problems under a path prefix, up to a limit.
class Collector
{
public:
    explicit Collector(qsizetype limit)
        : m_limit(limit)
    {}
    bool full() const { return m_out.size() >= m_limit; }
    void add(const QString &path, const QList<FieldProblem> &problems)
    {
        for (const FieldProblem &p : problems) {
            if (full())
                return;
            m_out.append({join(path, p.field), p.rule});
        }
    }
    // Under "list[index]", the path made only when there is something to report: a plan of a
    // million items has a million items without a problem.
    void addAt(const QString &list, qsizetype index, const QList<FieldProblem> &problems)
    {
        if (!problems.isEmpty())
            add(at(list, index), problems);
    }
    QList<FieldProblem> take() { return std::move(m_out); }

private:
    qsizetype m_limit;
    QList<FieldProblem> m_out;
};

} // namespace

PlanIndex::PlanIndex(const Plan &plan)
    : m_plan(plan)
{
    m_nodes.reserve(plan.processes.size() + plan.services.size());
    int ordinal = 0;
    for (const Process &p : plan.processes)
        m_nodes.insert(p.id, ordinal++);
    for (const Service &s : plan.services) {
        m_nodes.insert(s.id, ordinal++);
        const auto sysId = s.attributes.constFind(QStringLiteral("sys_id"));
        if (sysId != s.attributes.cend() && !sysId->isEmpty() && !m_sysIds.contains(*sysId))
            m_sysIds.insert(*sysId, s.id);
    }
    for (qsizetype i = 0; i < plan.runbooks.size(); ++i)
        m_runbooks.insert(plan.runbooks.at(i).id, i);
    for (qsizetype i = 0; i < plan.exercises.size(); ++i)
        m_exercises.insert(plan.exercises.at(i).id, i);
    m_groups.reserve(plan.groups.size());
    for (const RedundancyGroup &g : plan.groups)
        m_groups.insert({g.consumer, g.name}, 0);
    if (!m_groups.isEmpty()) {
        for (const Dependency &d : plan.dependencies) {
            if (d.group.isEmpty())
                continue;
            const auto group = m_groups.find({d.consumer, d.group});
            if (group != m_groups.end())
                ++*group;
        }
    }
}

bool PlanIndex::hasDependency(const QString &consumer, const QString &provider) const
{
    if (!m_dependencies) {
        m_dependencies.emplace();
        m_dependencies->reserve(m_plan.dependencies.size());
        for (const Dependency &d : m_plan.dependencies)
            m_dependencies->insert(pairKey(nodeOrdinal(d.consumer), nodeOrdinal(d.provider)));
    }
    const int c = nodeOrdinal(consumer);
    const int p = nodeOrdinal(provider);
    return c >= 0 && p >= 0 && m_dependencies->contains(pairKey(c, p));
}

bool PlanIndex::hasGroup(const QString &consumer, const QString &name) const
{
    return m_groups.contains({consumer, name});
}

int PlanIndex::groupSize(const QString &consumer, const QString &name) const
{
    return m_groups.value({consumer, name}, 0);
}

namespace Rules {

QList<FieldProblem> checkPlanName(const QString &name)
{
    if (name.size() > MaxPlanName)
        return {{QStringLiteral("name"),
                 Tr::tr("must be at most %1 characters long").arg(MaxPlanName)}};
    return {};
}

QList<FieldProblem> checkNewNodeId(const PlanLookup &plan, const QString &id)
{
    if (plan.hasNode(id))
        return {{QStringLiteral("id"),
                 Tr::tr("\"%1\" is already used by another process or service").arg(shown(id))}};
    return {};
}

QList<FieldProblem> checkSysId(const PlanLookup &plan, const Service &service)
{
    const QString sysId = service.attributes.value(QStringLiteral("sys_id"));
    if (sysId.isEmpty())
        return {};
    const QString owner = plan.serviceWithSysId(sysId);
    if (!owner.isEmpty() && owner != service.id)
        return {{QStringLiteral("attributes.sys_id"),
                 Tr::tr("\"%1\" already belongs to \"%2\"").arg(shown(sysId), shown(owner))}};
    return {};
}

QList<FieldProblem> checkDependency(const PlanLookup &plan, const Dependency &d, Edit edit,
                                    const RedundancyGroup *joining)
{
    QList<FieldProblem> out;
    if (d.consumer.isEmpty())
        out.append({QStringLiteral("consumer"), Tr::tr("is required")});
    else if (!plan.hasNode(d.consumer))
        out.append({QStringLiteral("consumer"),
                    Tr::tr("names no process or service (\"%1\")").arg(shown(d.consumer))});
    if (d.provider.isEmpty())
        out.append({QStringLiteral("provider"), Tr::tr("is required")});
    else if (!plan.hasNode(d.provider))
        out.append({QStringLiteral("provider"),
                    Tr::tr("names no process or service (\"%1\")").arg(shown(d.provider))});
    if (!d.consumer.isEmpty() && d.consumer == d.provider)
        out.append({QStringLiteral("provider"),
                    Tr::tr("\"%1\" cannot depend on itself").arg(shown(d.consumer))});
    const bool exists = plan.hasDependency(d.consumer, d.provider);
    if (edit == Edit::Add && exists)
        out.append(
            {QStringLiteral("provider"),
             Tr::tr("\"%1\" already depends on \"%2\"").arg(shown(d.consumer), shown(d.provider))});
    else if (edit == Edit::Change && !exists)
        out.append(
            {QStringLiteral("provider"),
             Tr::tr("\"%1\" does not depend on \"%2\"").arg(shown(d.consumer), shown(d.provider))});
    if (!d.group.isEmpty()) {
        if (d.strength != Strength::Hard)
            out.append({QStringLiteral("group"),
                        Tr::tr("only hard dependencies can be in a redundancy group")});
        const bool joins = joining && joining->consumer == d.consumer && joining->name == d.group;
        if (!joins && !plan.hasGroup(d.consumer, d.group))
            out.append({QStringLiteral("group"), Tr::tr("\"%1\" has no redundancy group \"%2\"")
                                                     .arg(shown(d.consumer), shown(d.group))});
    }
    return out;
}

QList<FieldProblem> checkGroup(const PlanLookup &plan, const RedundancyGroup &g, Edit edit)
{
    QList<FieldProblem> out;
    if (g.consumer.isEmpty())
        out.append({QStringLiteral("consumer"), Tr::tr("is required")});
    else if (!plan.hasNode(g.consumer))
        out.append({QStringLiteral("consumer"),
                    Tr::tr("names no process or service (\"%1\")").arg(shown(g.consumer))});
    if (g.name.trimmed().isEmpty() || g.name.size() > MaxGroupName)
        out.append({QStringLiteral("name"),
                    Tr::tr("must be a name of 1 to %1 characters").arg(MaxGroupName)});
    const bool exists = plan.hasGroup(g.consumer, g.name);
    if (edit == Edit::Add && exists)
        out.append(
            {QStringLiteral("name"),
             Tr::tr("repeats the group \"%1\" of \"%2\"").arg(shown(g.name), shown(g.consumer))});
    else if (edit == Edit::Change && !exists)
        out.append({QStringLiteral("name"), Tr::tr("\"%1\" has no redundancy group \"%2\"")
                                                .arg(shown(g.consumer), shown(g.name))});
    const int size = edit == Edit::Change ? plan.groupSize(g.consumer, g.name) : 0;
    if (g.quorum < 1 || g.quorum > MaxQuorum)
        out.append({QStringLiteral("quorum"),
                    Tr::tr("must be a whole number from 1 to %1").arg(MaxQuorum)});
    else if (size > 0 && g.quorum > size)
        // Set by hand, a quorum stays within the group; it can only come to exceed it when a
        // member leaves (quorum-exceeds-group in the check).
        out.append(
            {QStringLiteral("quorum"),
             Tr::tr("must be from 1 to the number of providers in the group (%1)").arg(size)});
    return out;
}

QList<FieldProblem> checkRunbookReferences(const PlanLookup &plan, const Runbook &r)
{
    if (!r.service.isEmpty() && !plan.hasNode(r.service))
        return {{QStringLiteral("service"),
                 Tr::tr("names no process or service (\"%1\")").arg(shown(r.service))}};
    return {};
}

QList<FieldProblem> checkApproval(const Runbook &r)
{
    if (r.status == RunbookStatus::Approved && (!r.approvedBy || r.approvedBy->trimmed().isEmpty()))
        return {{QStringLiteral("approvedBy"),
                 Tr::tr("is required: an approved runbook names who approved it")}};
    return {};
}

QList<FieldProblem> checkExerciseReferences(const PlanLookup &plan, const Exercise &e,
                                            const Exercise *kept)
{
    QList<FieldProblem> out;
    for (qsizetype i = 0; i < e.runbooks.size(); ++i) {
        const QString &id = e.runbooks.at(i);
        if (!plan.hasRunbook(id) && !(kept && kept->runbooks.contains(id)))
            out.append({at(QStringLiteral("runbooks"), i),
                        Tr::tr("names no runbook (\"%1\")").arg(shown(id))});
    }
    for (qsizetype i = 0; i < e.services.size(); ++i) {
        const QString &id = e.services.at(i);
        if (!plan.hasNode(id) && !(kept && kept->services.contains(id)))
            out.append({at(QStringLiteral("services"), i),
                        Tr::tr("names no process or service (\"%1\")").arg(shown(id))});
    }
    return out;
}

QList<FieldProblem> checkDrillReferences(const Plan &plan, const Exercise &e, const Exercise *kept)
{
    if (e.callTree.isEmpty() || (kept && kept->callTree == e.callTree))
        return {};
    const bool found = std::any_of(plan.callTrees.cbegin(), plan.callTrees.cend(),
                                   [&](const CallTree &t) { return t.id == e.callTree; });
    if (found)
        return {};
    return {
        {QStringLiteral("callTree"), Tr::tr("names no call tree (\"%1\")").arg(shown(e.callTree))}};
}

QList<FieldProblem> checkIncidentReferences(const PlanLookup &plan, const Incident &incident,
                                            const Incident *kept)
{
    QList<FieldProblem> out;
    auto keptNode = [&](const QString &id) {
        return kept && (std::any_of(kept->affected.cbegin(), kept->affected.cend(),
                                    [&](const AffectedNode &a) { return a.node == id; }) ||
                        std::any_of(kept->dataLoss.cbegin(), kept->dataLoss.cend(),
                                    [&](const DataLoss &d) { return d.node == id; }));
    };
    for (qsizetype i = 0; i < incident.affected.size(); ++i) {
        const QString &id = incident.affected.at(i).node;
        if (!id.isEmpty() && !plan.hasNode(id) && !keptNode(id))
            out.append({at(QStringLiteral("affected"), i) + QStringLiteral(".node"),
                        Tr::tr("names no process or service (\"%1\")").arg(shown(id))});
    }
    for (qsizetype i = 0; i < incident.dataLoss.size(); ++i) {
        const QString &id = incident.dataLoss.at(i).node;
        if (!id.isEmpty() && !plan.hasNode(id) && !keptNode(id))
            out.append({at(QStringLiteral("dataLoss"), i) + QStringLiteral(".node"),
                        Tr::tr("names no process or service (\"%1\")").arg(shown(id))});
    }
    for (qsizetype i = 0; i < incident.plansActivated.size(); ++i) {
        const QString &id = incident.plansActivated.at(i);
        if (!plan.hasRunbook(id) && !(kept && kept->plansActivated.contains(id)))
            out.append({at(QStringLiteral("plansActivated"), i),
                        Tr::tr("names no runbook (\"%1\")").arg(shown(id))});
    }
    return out;
}

QList<FieldProblem> checkSloInPlan(const Plan &plan, const PlanLookup &nodes, const Slo &slo,
                                   Edit edit)
{
    QList<FieldProblem> out;
    if (!slo.node.isEmpty() && !nodes.hasNode(slo.node))
        out.append({QStringLiteral("node"),
                    Tr::tr("names no process or service (\"%1\")").arg(shown(slo.node))});
    if (edit == Edit::Add && std::any_of(plan.slos.cbegin(), plan.slos.cend(),
                                         [&](const Slo &s) { return s.node == slo.node; }))
        out.append({QStringLiteral("node"),
                    Tr::tr("has an SLO already (\"%1\"): a node has one").arg(shown(slo.node))});
    return out;
}

namespace {

// The contacts of a plan: every person and role by id (true: a person).
QHash<QString, bool> contactsOf(const Plan &plan)
{
    QHash<QString, bool> contacts;
    contacts.reserve(plan.persons.size() + plan.roles.size());
    for (const Person &p : plan.persons)
        contacts.insert(p.id, true);
    for (const Role &r : plan.roles)
        contacts.insert(r.id, false);
    return contacts;
}

QString noPerson(const QString &id)
{
    return Tr::tr("names no person (\"%1\")").arg(shown(id));
}

QString noContact(const QString &id)
{
    return Tr::tr("names no person or role (\"%1\")").arg(shown(id));
}

} // namespace

QList<FieldProblem> checkChangeReferences(const Plan &plan, const PlanLookup &lookup,
                                          const Change &change, const Change *kept)
{
    QList<FieldProblem> out;
    for (qsizetype i = 0; i < change.targets.size(); ++i) {
        const QString &id = change.targets.at(i);
        if (!lookup.hasNode(id) && !(kept && kept->targets.contains(id)))
            out.append({at(QStringLiteral("targets"), i),
                        Tr::tr("names no process or service (\"%1\")").arg(shown(id))});
    }
    if (!change.backoutRunbook.isEmpty() && !lookup.hasRunbook(change.backoutRunbook) &&
        !(kept && kept->backoutRunbook == change.backoutRunbook))
        out.append({QStringLiteral("backoutRunbook"),
                    Tr::tr("names no runbook (\"%1\")").arg(shown(change.backoutRunbook))});
    const QHash<QString, bool> contacts = contactsOf(plan);
    auto contact = [&](const QString &field, const QString &id, bool wasNamed) {
        if (!id.isEmpty() && !contacts.contains(id) && !wasNamed)
            out.append({field, noContact(id)});
    };
    contact(QStringLiteral("implementer"), change.implementer,
            kept && kept->implementer == change.implementer);
    contact(QStringLiteral("peerReviewer"), change.peerReviewer,
            kept && kept->peerReviewer == change.peerReviewer);
    if (change.cab) {
        for (qsizetype i = 0; i < change.cab->by.size(); ++i) {
            const QString &id = change.cab->by.at(i);
            contact(at(QStringLiteral("cab.by"), i), id,
                    kept && kept->cab && kept->cab->by.contains(id));
        }
    }
    for (qsizetype i = 0; i < change.causedIncidents.size(); ++i) {
        const QString &id = change.causedIncidents.at(i);
        const bool found = std::any_of(plan.incidents.cbegin(), plan.incidents.cend(),
                                       [&](const Incident &x) { return x.id == id; });
        if (!found && !(kept && kept->causedIncidents.contains(id)))
            out.append({at(QStringLiteral("causedIncidents"), i),
                        Tr::tr("names no incident (\"%1\")").arg(shown(id))});
    }
    return out;
}

QList<FieldProblem> checkFreezeReferences(const Plan &plan, const PlanLookup &lookup,
                                          const FreezeWindow &freeze, const FreezeWindow *kept)
{
    QList<FieldProblem> out;
    for (qsizetype i = 0; i < freeze.nodes.size(); ++i) {
        const QString &id = freeze.nodes.at(i);
        if (!lookup.hasNode(id) && !(kept && kept->nodes.contains(id)))
            out.append({at(QStringLiteral("nodes"), i),
                        Tr::tr("names no process or service (\"%1\")").arg(shown(id))});
    }
    for (qsizetype i = 0; i < freeze.sites.size(); ++i) {
        const QString &id = freeze.sites.at(i);
        if (!lookup.hasNode(id) && !(kept && kept->sites.contains(id)))
            out.append({at(QStringLiteral("sites"), i),
                        Tr::tr("names no process or service (\"%1\")").arg(shown(id))});
    }
    if (!freeze.exceptionApprover.isEmpty() &&
        !(kept && kept->exceptionApprover == freeze.exceptionApprover)) {
        const QHash<QString, bool> contacts = contactsOf(plan);
        if (!contacts.contains(freeze.exceptionApprover) ||
            contacts.value(freeze.exceptionApprover))
            out.append({QStringLiteral("exceptionApprover"),
                        Tr::tr("names no role (\"%1\")").arg(shown(freeze.exceptionApprover))});
    }
    return out;
}

QList<FieldProblem> checkMaintenanceReferences(const PlanLookup &lookup,
                                               const MaintenanceWindow &window,
                                               const MaintenanceWindow *kept)
{
    if (window.node.isEmpty() || lookup.hasNode(window.node) || (kept && kept->node == window.node))
        return {};
    return {{QStringLiteral("node"),
             Tr::tr("names no process or service (\"%1\")").arg(shown(window.node))}};
}

// Governance (docs/governance.md) ------------------------------------------------------

QList<FieldProblem> checkControlReferences(const Control &control, const Control *kept)
{
    QList<FieldProblem> out;
    const Catalogue &catalogue = Catalogue::shipped();
    for (qsizetype i = 0; i < control.requirements.size(); ++i) {
        const QString &id = control.requirements.at(i);
        if (!catalogue.contains(id) && !(kept && kept->requirements.contains(id)))
            out.append({QStringLiteral("requirements[%1]").arg(i),
                        Tr::tr("names no requirement of the catalogue (\"%1\")").arg(shown(id))});
    }
    return out;
}

QList<FieldProblem> checkEvidenceReferences(const Plan &plan, const EvidenceFile &file,
                                            const EvidenceFile *kept)
{
    if (file.control.isEmpty() || (kept && kept->control == file.control) ||
        std::any_of(plan.controls.cbegin(), plan.controls.cend(),
                    [&](const Control &c) { return c.id == file.control; }))
        return {};
    return {
        {QStringLiteral("control"), Tr::tr("names no control (\"%1\")").arg(shown(file.control))}};
}

QList<FieldProblem> checkAccessReviewReferences(const PlanLookup &lookup,
                                                const AccessReview &review,
                                                const AccessReview *kept)
{
    if (review.node.isEmpty() || lookup.hasNode(review.node) || (kept && kept->node == review.node))
        return {};
    return {{QStringLiteral("node"),
             Tr::tr("names no process or service (\"%1\")").arg(shown(review.node))}};
}

bool mayAcceptRisk(const Plan &plan, const RiskException &x, const QString &person)
{
    // The person named, or a role they are a member of.
    auto names = [&](const QString &owner) {
        if (owner == person)
            return true;
        return std::any_of(plan.roles.cbegin(), plan.roles.cend(), [&](const Role &r) {
            return r.id == owner && r.members.contains(person);
        });
    };
    if (!plan.governancePolicy.riskOwnerRole.isEmpty() &&
        names(plan.governancePolicy.riskOwnerRole))
        return true;
    if (!x.control.isEmpty()) {
        return std::any_of(plan.controls.cbegin(), plan.controls.cend(), [&](const Control &c) {
            return c.id == x.control && !c.owner.isEmpty() && names(c.owner);
        });
    }
    for (const Process &p : plan.processes) {
        if (p.id == x.subject)
            return !p.owner.isEmpty() && names(p.owner);
    }
    for (const Service &s : plan.services) {
        if (s.id == x.subject)
            return !s.owner.isEmpty() && names(s.owner);
    }
    return false;
}

QList<FieldProblem> checkExceptionReferences(const Plan &plan, const RiskException &x,
                                             const RiskException *kept)
{
    QList<FieldProblem> out;
    if (!x.control.isEmpty() && !(kept && kept->control == x.control) &&
        std::none_of(plan.controls.cbegin(), plan.controls.cend(),
                     [&](const Control &c) { return c.id == x.control; }))
        out.append(
            {QStringLiteral("control"), Tr::tr("names no control (\"%1\")").arg(shown(x.control))});
    // Who accepted it, and whether they may, is judged when it is entered; a kept exception is
    // a record of who did.
    if (kept && kept->acceptedBy == x.acceptedBy && kept->control == x.control &&
        kept->subject == x.subject)
        return out;
    if (x.acceptedBy.isEmpty())
        return out;
    if (std::none_of(plan.persons.cbegin(), plan.persons.cend(),
                     [&](const Person &p) { return p.id == x.acceptedBy; })) {
        out.append({QStringLiteral("acceptedBy"), noPerson(x.acceptedBy)});
        return out;
    }
    if (!mayAcceptRisk(plan, x, x.acceptedBy))
        out.append({QStringLiteral("acceptedBy"),
                    Tr::tr("may not accept this risk: only the owner of what it is about or a "
                           "member of the plan's risk-owner role may")});
    return out;
}

QList<FieldProblem> checkGovernancePolicy(const Plan &plan, const GovernancePolicy &policy)
{
    QList<FieldProblem> out = checkGovernanceValues(policy);
    const QString &role = policy.riskOwnerRole;
    if (role.isEmpty() || std::any_of(plan.roles.cbegin(), plan.roles.cend(),
                                      [&](const Role &r) { return r.id == role; }))
        return out;
    out.append(
        {QStringLiteral("riskOwnerRole"), Tr::tr("names no role (\"%1\")").arg(shown(role))});
    return out;
}

QList<FieldProblem> checkContractReferences(const Plan &plan, const SupplierContract &contract,
                                            const SupplierContract *kept)
{
    if (contract.supplier.isEmpty() || (kept && kept->supplier == contract.supplier))
        return {};
    const auto it = std::find_if(plan.services.cbegin(), plan.services.cend(),
                                 [&](const Service &s) { return s.id == contract.supplier; });
    if (it == plan.services.cend())
        return {{QStringLiteral("supplier"),
                 Tr::tr("names no supplier (\"%1\")").arg(shown(contract.supplier))}};
    if (it->kind != ServiceKind::Supplier)
        return {{QStringLiteral("supplier"),
                 Tr::tr("names \"%1\", which is not a supplier").arg(shown(contract.supplier))}};
    return {};
}

QList<FieldProblem> checkCommitmentReferences(const PlanLookup &lookup,
                                              const CustomerCommitment &commitment,
                                              const CustomerCommitment *kept)
{
    if (commitment.subject.isEmpty() || lookup.hasNode(commitment.subject) ||
        (kept && kept->subject == commitment.subject))
        return {};
    return {{QStringLiteral("subject"),
             Tr::tr("names no process or service (\"%1\")").arg(shown(commitment.subject))}};
}

namespace {

void checkIdInSpace(QList<FieldProblem> &out, bool taken, const QString &id, Edit edit,
                    const QString &what)
{
    if (edit == Edit::Add && taken)
        out.append({QStringLiteral("id"),
                    Tr::tr("\"%1\" is already used by another %2").arg(shown(id), what)});
    else if (edit == Edit::Change && !taken)
        out.append({QStringLiteral("id"), Tr::tr("names no %1 (\"%2\")").arg(what, shown(id))});
}

QList<FieldProblem> personReferences(const QHash<QString, bool> &contacts, const Person &p)
{
    QList<FieldProblem> out;
    if (!p.deputy.isEmpty()) {
        if (p.deputy == p.id)
            out.append({QStringLiteral("deputy"), Tr::tr("cannot be the person themself")});
        else if (!contacts.value(p.deputy, false))
            out.append({QStringLiteral("deputy"), noPerson(p.deputy)});
    }
    return out;
}

// `team`: whether the role's team must name a node; only an edit of the role is held to it: a
// team node removed later leaves the role's team naming nothing, and the plan must still open.
QList<FieldProblem> roleReferences(const QHash<QString, bool> &contacts, const PlanLookup &nodes,
                                   const Role &r, bool team)
{
    QList<FieldProblem> out;
    auto person = [&](const QString &field, const QString &id) {
        if (!contacts.value(id, false))
            out.append({field, noPerson(id)});
    };
    for (int i = 0; i < r.members.size(); ++i)
        person(QStringLiteral("members[%1]").arg(i), r.members.at(i));
    if (team && !r.team.isEmpty() && !nodes.hasNode(r.team))
        out.append({QStringLiteral("team"),
                    Tr::tr("names no process or service (\"%1\")").arg(shown(r.team))});
    if (r.rota) {
        for (int i = 0; i < r.rota->order.size(); ++i)
            person(QStringLiteral("rota.order[%1]").arg(i), r.rota->order.at(i));
        for (int i = 0; i < r.rota->overrides.size(); ++i)
            person(QStringLiteral("rota.overrides[%1].person").arg(i),
                   r.rota->overrides.at(i).person);
    }
    if (r.escalation) {
        for (int i = 0; i < r.escalation->levels.size(); ++i) {
            const QStringList &notify = r.escalation->levels.at(i).notify;
            for (int j = 0; j < notify.size(); ++j) {
                if (!contacts.contains(notify.at(j)))
                    out.append({QStringLiteral("escalation.levels[%1].notify[%2]").arg(i).arg(j),
                                noContact(notify.at(j))});
            }
        }
    }
    return out;
}

void callNodeReferences(const QHash<QString, bool> &contacts, const CallTreeNode &node,
                        const QString &path, QList<FieldProblem> &out, int depth)
{
    if (depth > MaxCallTreeDepth)
        return;
    if (!node.contact.isEmpty() && !contacts.contains(node.contact))
        out.append({path + QStringLiteral(".contact"), noContact(node.contact)});
    if (!node.fallback.isEmpty() && !contacts.contains(node.fallback))
        out.append({path + QStringLiteral(".fallback"), noContact(node.fallback)});
    for (int i = 0; i < node.children.size(); ++i)
        callNodeReferences(contacts, node.children.at(i),
                           path + QStringLiteral(".children[%1]").arg(i), out, depth + 1);
}

QList<FieldProblem> callTreeReferences(const QHash<QString, bool> &contacts, const CallTree &t)
{
    QList<FieldProblem> out;
    callNodeReferences(contacts, t.root, QStringLiteral("root"), out, 0);
    return out;
}

bool namesContact(const CallTreeNode &node, const QString &contact, int depth = 0)
{
    if (node.contact == contact || node.fallback == contact)
        return true;
    if (depth > MaxCallTreeDepth)
        return false;
    return std::any_of(node.children.cbegin(), node.children.cend(),
                       [&](const CallTreeNode &c) { return namesContact(c, contact, depth + 1); });
}

} // namespace

QList<FieldProblem> checkPersonInPlan(const Plan &plan, const Person &person, Edit edit)
{
    const QHash<QString, bool> contacts = contactsOf(plan);
    QList<FieldProblem> out;
    const auto it = contacts.constFind(person.id);
    checkIdInSpace(out, it != contacts.constEnd() && (edit == Edit::Add || *it), person.id, edit,
                   Tr::tr("person or role"));
    return out + personReferences(contacts, person);
}

QList<FieldProblem> checkRoleInPlan(const Plan &plan, const PlanLookup &nodes, const Role &role,
                                    Edit edit)
{
    QHash<QString, bool> contacts = contactsOf(plan);
    QList<FieldProblem> out;
    const auto it = contacts.constFind(role.id);
    checkIdInSpace(out, it != contacts.constEnd() && (edit == Edit::Add || !*it), role.id, edit,
                   Tr::tr("person or role"));
    // The role may name itself (its escalation starts with it).
    if (out.isEmpty())
        contacts.insert(role.id, false);
    return out + roleReferences(contacts, nodes, role, true);
}

QList<FieldProblem> checkCallTreeInPlan(const Plan &plan, const CallTree &tree, Edit edit)
{
    QList<FieldProblem> out;
    const bool taken = std::any_of(plan.callTrees.cbegin(), plan.callTrees.cend(),
                                   [&](const CallTree &t) { return t.id == tree.id; });
    checkIdInSpace(out, taken, tree.id, edit, Tr::tr("call tree"));
    return out + callTreeReferences(contactsOf(plan), tree);
}

QList<FieldProblem> checkPeoplePolicyInPlan(const Plan &plan, const PeoplePolicy &policy)
{
    const QHash<QString, bool> contacts = contactsOf(plan);
    QList<FieldProblem> out;
    auto check = [&](const QStringList &notify, const QString &path) {
        for (int j = 0; j < notify.size(); ++j) {
            if (!contacts.contains(notify.at(j)))
                out.append({path + QStringLiteral(".notify[%1]").arg(j),
                            Tr::tr("names no person or role (\"%1\")").arg(shown(notify.at(j)))});
        }
    };
    for (int i = 0; i < policy.rtoEscalation.size(); ++i)
        check(policy.rtoEscalation.at(i).notify, QStringLiteral("rtoEscalation[%1]").arg(i));
    for (int tier = 0; tier < 4; ++tier) {
        if (!policy.tierEscalation[tier])
            continue;
        for (int i = 0; i < policy.tierEscalation[tier]->levels.size(); ++i)
            check(policy.tierEscalation[tier]->levels.at(i).notify,
                  QStringLiteral("tierEscalation[%1].levels[%2]").arg(tier).arg(i));
    }
    return out;
}

QStringList whereNamed(const Plan &plan, const QString &contact)
{
    QStringList places;
    for (const Person &p : plan.persons) {
        if (p.deputy == contact)
            places.append(Tr::tr("deputy of %1").arg(p.name));
    }
    for (const Role &r : plan.roles) {
        bool named = r.members.contains(contact);
        if (r.rota) {
            named = named || r.rota->order.contains(contact) ||
                    std::any_of(r.rota->overrides.cbegin(), r.rota->overrides.cend(),
                                [&](const RotaOverride &o) { return o.person == contact; });
        }
        if (r.escalation) {
            for (const EscalationLevel &level : r.escalation->levels)
                named = named || level.notify.contains(contact);
        }
        if (named)
            places.append(Tr::tr("role %1").arg(r.name));
    }
    for (const CallTree &t : plan.callTrees) {
        if (namesContact(t.root, contact))
            places.append(Tr::tr("call tree %1").arg(t.name));
    }
    bool inPolicy = false;
    for (const RtoEscalationStep &step : plan.peoplePolicy.rtoEscalation)
        inPolicy = inPolicy || step.notify.contains(contact);
    for (const std::optional<EscalationPolicy> &tier : plan.peoplePolicy.tierEscalation) {
        if (tier) {
            for (const EscalationLevel &level : tier->levels)
                inPolicy = inPolicy || level.notify.contains(contact);
        }
    }
    if (inPolicy)
        places.append(Tr::tr("the people policy"));
    return places;
}

QList<FieldProblem> checkPlan(const Plan &plan, Scope scope, qsizetype maxProblems,
                              const QSet<QString> *nodeValuesOf)
{
    static constexpr quint64 NoPair = ~quint64(0); // an end not in the plan
    Collector out(maxProblems);
    const bool values = scope == Scope::ValuesAndReferences;
    if (values) {
        out.add(QString(), checkPlanName(plan.name));
        out.add(QString(), checkBiaHorizons(plan.biaHorizonsHours));
        out.add(QString(), checkTierPolicy(plan.tierPolicy));
        out.add(QStringLiteral("peoplePolicy"), checkPeoplePolicy(plan.peoplePolicy));
    }
    out.add(QStringLiteral("peoplePolicy"), checkPeoplePolicyInPlan(plan, plan.peoplePolicy));
    const int horizons = int(plan.biaHorizonsHours.size());

    // Ids are claimed in file order, so that the second of two equal ids is the one named.
    // The index is built up as the items are met: a reference to a later item is fine, so the
    // references are checked against the full index afterwards.
    const QString processes = QStringLiteral("processes");
    const QString services = QStringLiteral("services");
    // Where each id was first met: (is a service, index); its path is made when it repeats.
    QHash<IdView, std::pair<bool, qsizetype>> firstSeen;
    firstSeen.reserve(plan.processes.size() + plan.services.size());
    auto claim = [&](const QString &id, bool service, qsizetype index) {
        if (id.isEmpty())
            return;
        const auto it = firstSeen.constFind(id);
        if (it != firstSeen.constEnd()) {
            out.add(at(service ? services : processes, index),
                    {{QStringLiteral("id"),
                      Tr::tr("repeats the id \"%1\" of %2")
                          .arg(shown(id), at(it->first ? services : processes, it->second))}});
            return;
        }
        firstSeen.insert(id, {service, index});
    };
    for (qsizetype i = 0; i < plan.processes.size() && !out.full(); ++i) {
        if (values && (!nodeValuesOf || nodeValuesOf->contains(plan.processes.at(i).id)))
            out.addAt(processes, i, checkProcess(plan.processes.at(i), horizons));
        claim(plan.processes.at(i).id, false, i);
    }
    QHash<QString, QString> sysIdOwner;
    const QString sysIdKey = QStringLiteral("sys_id");
    for (qsizetype i = 0; i < plan.services.size() && !out.full(); ++i) {
        const Service &s = plan.services.at(i);
        if (values && (!nodeValuesOf || nodeValuesOf->contains(s.id)))
            out.addAt(services, i, checkService(s));
        claim(s.id, true, i);
        if (s.attributes.isEmpty())
            continue;
        const QString sysId = s.attributes.value(sysIdKey);
        if (!sysId.isEmpty()) {
            const auto owner = sysIdOwner.constFind(sysId);
            if (owner != sysIdOwner.constEnd())
                out.addAt(services, i,
                          {{QStringLiteral("attributes.sys_id"),
                            Tr::tr("\"%1\" already belongs to \"%2\"")
                                .arg(shown(sysId), shown(*owner))}});
            else
                sysIdOwner.insert(sysId, s.id);
        }
    }
    if (out.full())
        return out.take();

    // Groups and dependencies: each checked as an addition to those before it in the list
    // (so that a repeat is named), against the nodes of the whole plan; a dependency may name
    // a group that stands anywhere in the list.
    const PlanIndex whole(plan);
    class Growing final : public PlanLookup
    {
    public:
        explicit Growing(const PlanIndex &whole)
            : m_whole(whole)
        {}
        bool hasNode(const QString &id) const override { return m_whole.hasNode(id); }
        // A dependency between the two earlier in the list than the one being checked.
        bool hasDependency(const QString &c, const QString &p) const override
        {
            const int ci = m_whole.nodeOrdinal(c);
            const int pi = m_whole.nodeOrdinal(p);
            return ci >= 0 && pi >= 0 && firstOf(PlanIndex::pairKey(ci, pi)) < current;
        }
        // The first place of a pair in the list (`pairs` sorted by pair, then place), or more
        // than any place when the list has none.
        qsizetype firstOf(quint64 key) const
        {
            const auto it = std::lower_bound(pairs.cbegin(), pairs.cend(),
                                             std::pair<quint64, qsizetype>(key, -1));
            return it != pairs.cend() && it->first == key ? it->second
                                                          : std::numeric_limits<qsizetype>::max();
        }
        std::vector<std::pair<quint64, qsizetype>> pairs;
        qsizetype current = 0;
        bool hasGroup(const QString &c, const QString &n) const override
        {
            return allGroups ? m_whole.hasGroup(c, n) : groups.contains({c, n});
        }
        int groupSize(const QString &c, const QString &n) const override
        {
            return m_whole.groupSize(c, n);
        }
        bool hasRunbook(const QString &id) const override { return m_whole.hasRunbook(id); }
        bool hasExercise(const QString &id) const override { return m_whole.hasExercise(id); }
        QString serviceWithSysId(const QString &s) const override
        {
            return m_whole.serviceWithSysId(s);
        }
        QSet<std::pair<QString, QString>> groups;
        bool allGroups = false;

    private:
        const PlanIndex &m_whole;
    } growing(whole);
    growing.groups.reserve(plan.groups.size());
    for (qsizetype i = 0; i < plan.groups.size() && !out.full(); ++i) {
        const RedundancyGroup &g = plan.groups.at(i);
        out.addAt(QStringLiteral("groups"), i, checkGroup(growing, g, Edit::Add));
        growing.groups.insert({g.consumer, g.name});
    }
    growing.allGroups = true;
    // Each dependency's pair of nodes, sorted, so that a repeat (a pair met earlier in the list)
    // is found without a set of a million pairs.
    const QString dependencies = QStringLiteral("dependencies");
    std::vector<quint64> keyAt(std::size_t(plan.dependencies.size()), NoPair);
    growing.pairs.reserve(std::size_t(plan.dependencies.size()));
    for (qsizetype i = 0; i < plan.dependencies.size(); ++i) {
        const Dependency &d = plan.dependencies.at(i);
        const int ci = whole.nodeOrdinal(d.consumer);
        const int pi = whole.nodeOrdinal(d.provider);
        if (ci >= 0 && pi >= 0) {
            keyAt[std::size_t(i)] = PlanIndex::pairKey(ci, pi);
            growing.pairs.emplace_back(keyAt[std::size_t(i)], i);
        }
    }
    std::sort(growing.pairs.begin(), growing.pairs.end());
    for (qsizetype i = 0; i < plan.dependencies.size() && !out.full(); ++i) {
        const Dependency &d = plan.dependencies.at(i);
        const quint64 key = keyAt[std::size_t(i)];
        // The common case without a word: both ends in the plan, not the same, not a repeat, in
        // no group or in a group its consumer has as a hard dependency. Anything else is
        // checked in full, for the words.
        if (key != NoPair && (key >> 32) != (key & 0xffffffffu) && growing.firstOf(key) == i &&
            (d.group.isEmpty() ||
             (d.strength == Strength::Hard && whole.hasGroup(d.consumer, d.group))))
            continue;
        growing.current = i;
        out.addAt(dependencies, i, checkDependency(growing, d, Edit::Add));
    }

    QSet<QString> runbookIds;
    for (qsizetype i = 0; i < plan.runbooks.size() && !out.full(); ++i) {
        const QString path = at(QStringLiteral("runbooks"), i);
        const Runbook &r = plan.runbooks.at(i);
        if (values)
            out.add(path, checkRunbook(r));
        if (runbookIds.contains(r.id))
            out.add(path, {{QStringLiteral("id"),
                            Tr::tr("repeats the runbook id \"%1\"").arg(shown(r.id))}});
        runbookIds.insert(r.id);
        out.add(path, checkRunbookReferences(whole, r));
    }
    QSet<QString> exerciseIds;
    for (qsizetype i = 0; i < plan.exercises.size() && !out.full(); ++i) {
        const QString path = at(QStringLiteral("exercises"), i);
        const Exercise &e = plan.exercises.at(i);
        if (values)
            out.add(path, checkExercise(e));
        if (exerciseIds.contains(e.id))
            out.add(path, {{QStringLiteral("id"),
                            Tr::tr("repeats the exercise id \"%1\"").arg(shown(e.id))}});
        exerciseIds.insert(e.id);
        // An exercise in a plan is a record: what it names stays even when the plan lost it.
        out.add(path, checkExerciseReferences(whole, e, &e));
    }
    for (qsizetype i = 0; i < plan.exercises.size() && !out.full(); ++i)
        out.add(at(QStringLiteral("exercises"), i),
                checkDrillReferences(plan, plan.exercises.at(i), &plan.exercises.at(i)));

    QSet<QString> incidentIds;
    for (qsizetype i = 0; i < plan.incidents.size() && !out.full(); ++i) {
        const QString path = at(QStringLiteral("incidents"), i);
        const Incident &incident = plan.incidents.at(i);
        if (values)
            out.add(path, checkIncident(incident));
        if (incidentIds.contains(incident.id))
            out.add(path, {{QStringLiteral("id"),
                            Tr::tr("repeats the incident id \"%1\"").arg(shown(incident.id))}});
        incidentIds.insert(incident.id);
        out.add(path, checkIncidentReferences(whole, incident, &incident));
    }
    QSet<QString> sloNodes;
    for (qsizetype i = 0; i < plan.slos.size() && !out.full(); ++i) {
        const QString path = at(QStringLiteral("slos"), i);
        const Slo &slo = plan.slos.at(i);
        if (values)
            out.add(path, checkSlo(slo));
        if (sloNodes.contains(slo.node))
            out.add(path,
                    {{QStringLiteral("node"),
                      Tr::tr("has an SLO already (\"%1\"): a node has one").arg(shown(slo.node))}});
        sloNodes.insert(slo.node);
        out.add(path, checkSloInPlan(plan, whole, slo, Edit::Change));
    }
    if (values)
        out.add(QString(), checkIncidentPolicy(plan.incidentPolicy));

    // Changes, freezes and maintenance windows: records, as incidents are.
    auto unique = [&](const QString &list, qsizetype i, const QString &id, QSet<QString> &seen) {
        if (seen.contains(id))
            out.add(at(list, i),
                    {{QStringLiteral("id"), Tr::tr("repeats the id \"%1\"").arg(shown(id))}});
        seen.insert(id);
    };
    QSet<QString> changeIds;
    for (qsizetype i = 0; i < plan.changes.size() && !out.full(); ++i) {
        const Change &c = plan.changes.at(i);
        if (values)
            out.add(at(QStringLiteral("changes"), i), checkChange(c));
        unique(QStringLiteral("changes"), i, c.id, changeIds);
        out.add(at(QStringLiteral("changes"), i), checkChangeReferences(plan, whole, c, &c));
    }
    QSet<QString> freezeIds;
    for (qsizetype i = 0; i < plan.freezes.size() && !out.full(); ++i) {
        const FreezeWindow &f = plan.freezes.at(i);
        if (values)
            out.add(at(QStringLiteral("freezes"), i), checkFreeze(f));
        unique(QStringLiteral("freezes"), i, f.id, freezeIds);
        out.add(at(QStringLiteral("freezes"), i), checkFreezeReferences(plan, whole, f, &f));
    }
    QSet<QString> windowIds;
    for (qsizetype i = 0; i < plan.maintenanceWindows.size() && !out.full(); ++i) {
        const MaintenanceWindow &m = plan.maintenanceWindows.at(i);
        if (values)
            out.add(at(QStringLiteral("maintenanceWindows"), i), checkMaintenance(m));
        unique(QStringLiteral("maintenanceWindows"), i, m.id, windowIds);
        out.add(at(QStringLiteral("maintenanceWindows"), i),
                checkMaintenanceReferences(whole, m, &m));
    }
    if (values)
        out.add(QString(), checkChangePolicy(plan.changePolicy));

    // Governance: records too; the risk-owner role must be a role of the plan.
    QSet<QString> controlIds;
    for (qsizetype i = 0; i < plan.controls.size() && !out.full(); ++i) {
        const Control &c = plan.controls.at(i);
        if (values)
            out.add(at(QStringLiteral("controls"), i), checkControl(c));
        unique(QStringLiteral("controls"), i, c.id, controlIds);
    }
    QSet<QString> evidenceIds;
    for (qsizetype i = 0; i < plan.evidence.size() && !out.full(); ++i) {
        const EvidenceFile &e = plan.evidence.at(i);
        if (values)
            out.add(at(QStringLiteral("evidence"), i), checkEvidence(e));
        unique(QStringLiteral("evidence"), i, e.id, evidenceIds);
    }
    QSet<QString> reviewIds;
    for (qsizetype i = 0; i < plan.accessReviews.size() && !out.full(); ++i) {
        const AccessReview &r = plan.accessReviews.at(i);
        if (values)
            out.add(at(QStringLiteral("accessReviews"), i), checkAccessReview(r));
        unique(QStringLiteral("accessReviews"), i, r.id, reviewIds);
    }
    QSet<QString> exceptionIds;
    for (qsizetype i = 0; i < plan.exceptions.size() && !out.full(); ++i) {
        const RiskException &x = plan.exceptions.at(i);
        if (values)
            out.add(at(QStringLiteral("exceptions"), i), checkException(x));
        unique(QStringLiteral("exceptions"), i, x.id, exceptionIds);
    }
    QSet<QString> contractIds;
    for (qsizetype i = 0; i < plan.contracts.size() && !out.full(); ++i) {
        const SupplierContract &c = plan.contracts.at(i);
        if (values)
            out.add(at(QStringLiteral("contracts"), i), checkContract(c));
        unique(QStringLiteral("contracts"), i, c.id, contractIds);
    }
    QSet<QString> commitmentIds;
    for (qsizetype i = 0; i < plan.commitments.size() && !out.full(); ++i) {
        const CustomerCommitment &c = plan.commitments.at(i);
        if (values)
            out.add(at(QStringLiteral("commitments"), i), checkCommitment(c));
        unique(QStringLiteral("commitments"), i, c.id, commitmentIds);
    }
    out.add(QStringLiteral("governancePolicy"), checkGovernancePolicy(plan, plan.governancePolicy));

    // People: one id space for persons and roles, its own for call trees.
    const QHash<QString, bool> contacts = contactsOf(plan);
    QSet<QString> contactIds;
    auto claimContact = [&](const QString &path, const QString &id) {
        if (contactIds.contains(id))
            out.add(path, {{QStringLiteral("id"),
                            Tr::tr("repeats the person or role id \"%1\"").arg(shown(id))}});
        contactIds.insert(id);
    };
    for (qsizetype i = 0; i < plan.persons.size() && !out.full(); ++i) {
        const QString path = at(QStringLiteral("persons"), i);
        const Person &p = plan.persons.at(i);
        if (values)
            out.add(path, checkPerson(p));
        claimContact(path, p.id);
        out.add(path, personReferences(contacts, p));
    }
    for (qsizetype i = 0; i < plan.roles.size() && !out.full(); ++i) {
        const QString path = at(QStringLiteral("roles"), i);
        const Role &r = plan.roles.at(i);
        if (values)
            out.add(path, checkRole(r));
        claimContact(path, r.id);
        out.add(path, roleReferences(contacts, whole, r, false));
    }
    QSet<QString> treeIds;
    for (qsizetype i = 0; i < plan.callTrees.size() && !out.full(); ++i) {
        const QString path = at(QStringLiteral("callTrees"), i);
        const CallTree &t = plan.callTrees.at(i);
        if (values)
            out.add(path, checkCallTree(t));
        if (treeIds.contains(t.id))
            out.add(path, {{QStringLiteral("id"),
                            Tr::tr("repeats the call tree id \"%1\"").arg(shown(t.id))}});
        treeIds.insert(t.id);
        out.add(path, callTreeReferences(contacts, t));
    }
    return out.take();
}

} // namespace Rules
} // namespace Continuity
