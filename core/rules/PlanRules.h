// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IdView.h"
#include "Validation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Continuity {

struct Plan;
struct Dependency;
struct RedundancyGroup;
struct Person;
struct Role;
struct CallTree;
struct EscalationPolicy;
struct PeoplePolicy;
struct GovernancePolicy;

// What the plan-level rules need to know of the plan around the item they check. The document
// answers from its live indexes; PlanIndex answers for a plan held as a value (a file being
// read, plan JSON, an import's result).
class PlanLookup
{
public:
    virtual ~PlanLookup() = default;
    virtual bool hasNode(const QString &id) const = 0;
    virtual bool hasDependency(const QString &consumer, const QString &provider) const = 0;
    virtual bool hasGroup(const QString &consumer, const QString &name) const = 0;
    virtual int groupSize(const QString &consumer, const QString &name) const = 0;
    virtual bool hasRunbook(const QString &id) const = 0;
    virtual bool hasExercise(const QString &id) const = 0;
    // The id of the service that carries the CMDB sys_id `sysId`, or an empty string.
    virtual QString serviceWithSysId(const QString &sysId) const = 0;
};

// PlanLookup over a whole plan, built once (hashes; linear in the plan). The plan must outlive
// the index and keep its ids meanwhile: the index refers to them (IdView).
class PlanIndex final : public PlanLookup
{
public:
    explicit PlanIndex(const Plan &plan);
    bool hasNode(const QString &id) const override { return m_nodes.contains(id); }
    // A number per process and service (processes first, in plan order); -1 for none.
    int nodeOrdinal(const QString &id) const { return m_nodes.value(id, -1); }
    static quint64 pairKey(int consumer, int provider)
    {
        return (quint64(quint32(consumer)) << 32) | quint32(provider);
    }
    bool hasDependency(const QString &consumer, const QString &provider) const override;
    bool hasGroup(const QString &consumer, const QString &name) const override;
    int groupSize(const QString &consumer, const QString &name) const override;
    bool hasRunbook(const QString &id) const override { return m_runbooks.contains(id); }
    bool hasExercise(const QString &id) const override { return m_exercises.contains(id); }
    QString serviceWithSysId(const QString &sysId) const override { return m_sysIds.value(sysId); }

private:
    const Plan &m_plan;
    QHash<IdView, int> m_nodes;
    QHash<QString, qsizetype> m_runbooks;
    QHash<QString, qsizetype> m_exercises;
    QHash<QString, QString> m_sysIds;
    // (consumer, group name) → members; one flat table (a table per consumer cost 60 MB on a
    // plan with 33k groups).
    QHash<std::pair<IdView, QString>, int> m_groups;
    mutable std::optional<QSet<quint64>> m_dependencies; // built when first asked
};

// The plan's rules in one place (STYLE "Rules in one place"; docs/decisions/plan-rules.md).
// Rules on single values are in Validation.h; these are the ones that need the plan around
// the value: ids unique, references that resolve, groups and their members. The document's
// verbs, the plan file reader, the plan JSON reader and every importer call them, so that a
// plan one of them accepts, the others accept too. Each returns the broken rules, with the
// field named in plan-JSON terms; empty means the item may be in the plan.
namespace Rules {

// How an item relates to the plan it is checked against.
enum class Edit {
    Add,    // the item is not in the plan yet
    Change, // the item is in the plan and replaces its current value
};

inline constexpr qsizetype MaxPlanName = 500;
inline constexpr qsizetype MaxGroupName = 200;
inline constexpr int MaxQuorum = 1000000;

QList<FieldProblem> checkPlanName(const QString &name);
// A new process or service: its id must be free in the node id space (PRODUCT §8).
QList<FieldProblem> checkNewNodeId(const PlanLookup &plan, const QString &id);
// One service per CMDB sys_id (how a re-import finds a service again).
QList<FieldProblem> checkSysId(const PlanLookup &plan, const Service &service);
// `joining`, when given, is a group added together with the dependency (the map's "connect
// into a new group"): the dependency may name it.
QList<FieldProblem> checkDependency(const PlanLookup &plan, const Dependency &dependency, Edit edit,
                                    const RedundancyGroup *joining = nullptr);
// A group's quorum may exceed its members while a plan is being built (a group is added before
// its members, a member is removed); the check's finding quorum-exceeds-group reports it. A
// change of quorum (Edit::Change) must stay within the group's members when it has any.
QList<FieldProblem> checkGroup(const PlanLookup &plan, const RedundancyGroup &group, Edit edit);
QList<FieldProblem> checkRunbookReferences(const PlanLookup &plan, const Runbook &runbook);
// An edit that approves a runbook names who approved it. Only edits are held to it: plans
// from plan JSON and older files may carry an approval without a name, and still open.
QList<FieldProblem> checkApproval(const Runbook &runbook);
// Runbooks and services an exercise names must exist when they are put in scope; those in
// `kept` (the exercise as it is) stay even when the plan lost them: an exercise is a record.
QList<FieldProblem> checkExerciseReferences(const PlanLookup &plan, const Exercise &exercise,
                                            const Exercise *kept);
// A call-tree drill names a call tree of the plan; one it kept (`kept`: the exercise before the
// edit) stays a record even when the tree is gone.
QList<FieldProblem> checkDrillReferences(const Plan &plan, const Exercise &e, const Exercise *kept);

// Incidents (docs/incidents.md): the nodes an incident affected and lost data on, and the
// runbooks it activated, must be in the plan when they are entered; those `kept` (the incident
// as it is) stay even when the plan lost them: an incident is a record.
QList<FieldProblem> checkIncidentReferences(const PlanLookup &plan, const Incident &incident,
                                            const Incident *kept);
// An SLO names a node of the plan, one SLO per node (`edit`: whether it replaces the node's).
QList<FieldProblem> checkSloInPlan(const Plan &plan, const PlanLookup &nodes, const Slo &slo,
                                   Edit edit);

// Changes (docs/changes.md): a change's targets, backout runbook, people (persons or roles) and
// caused incidents; a freeze's nodes, sites and exception approver (a role); a maintenance
// window's node. What `kept` (the item as it is) already names stays even when the plan lost it.
QList<FieldProblem> checkChangeReferences(const Plan &plan, const PlanLookup &lookup,
                                          const Change &change, const Change *kept);
QList<FieldProblem> checkFreezeReferences(const Plan &plan, const PlanLookup &lookup,
                                          const FreezeWindow &freeze, const FreezeWindow *kept);
QList<FieldProblem> checkMaintenanceReferences(const PlanLookup &lookup,
                                               const MaintenanceWindow &window,
                                               const MaintenanceWindow *kept);

// Governance (docs/governance.md): a control's requirements are in the shipped catalogue;
// evidence names a control; an access review a node; an exception its control and a person
// entitled to accept the risk (the owner of its subject or control, or a member of the plan's
// risk-owner role). What `kept` already names stays (records).
QList<FieldProblem> checkControlReferences(const Control &control, const Control *kept);
QList<FieldProblem> checkEvidenceReferences(const Plan &plan, const EvidenceFile &file,
                                            const EvidenceFile *kept);
QList<FieldProblem> checkAccessReviewReferences(const PlanLookup &lookup,
                                                const AccessReview &review,
                                                const AccessReview *kept);
QList<FieldProblem> checkExceptionReferences(const Plan &plan, const RiskException &exception,
                                             const RiskException *kept);
QList<FieldProblem> checkGovernancePolicy(const Plan &plan, const GovernancePolicy &policy);
// A contract names a supplier node; a commitment a process or a service (a kept record may keep
// what it named).
QList<FieldProblem> checkContractReferences(const Plan &plan, const SupplierContract &contract,
                                            const SupplierContract *kept);
QList<FieldProblem> checkCommitmentReferences(const PlanLookup &lookup,
                                              const CustomerCommitment &commitment,
                                              const CustomerCommitment *kept);
// Whether `person` may accept the risk `exception` is about.
bool mayAcceptRisk(const Plan &plan, const RiskException &exception, const QString &person);

// People (docs/people.md). Persons and roles share one id space (a contact id names either);
// call trees have their own. Each item is checked against the people of `plan` (the plan as it
// is, without the item when it changes), and a role's team against the plan's nodes.
QList<FieldProblem> checkPersonInPlan(const Plan &plan, const Person &person, Edit edit);
QList<FieldProblem> checkRoleInPlan(const Plan &plan, const PlanLookup &nodes, const Role &role,
                                    Edit edit);
QList<FieldProblem> checkCallTreeInPlan(const Plan &plan, const CallTree &tree, Edit edit);
// Whom the people policy notifies must be persons or roles of the plan.
QList<FieldProblem> checkPeoplePolicyInPlan(const Plan &plan, const PeoplePolicy &policy);
// Where a contact is named by another person, a role or a call tree ("role crisis-team,
// call tree it-recovery"): a person or role named so cannot be removed.
QStringList whereNamed(const Plan &plan, const QString &contact);

// Every rule over a whole plan, each problem named by its plan-JSON path
// ("dependencies[3].provider"). With ValuesAndReferences the single-value rules of
// Validation.h run too (reading a file); ReferencesOnly is for a reader that has checked each
// value as it read it (plan JSON). Stops after `maxProblems`. With `nodeValuesOf`, the
// single-value rules of processes and services run on those ids only (a catch-up: the others
// were checked when read).
enum class Scope { ValuesAndReferences, ReferencesOnly };
QList<FieldProblem> checkPlan(const Plan &plan, Scope scope = Scope::ValuesAndReferences,
                              qsizetype maxProblems = 50,
                              const QSet<QString> *nodeValuesOf = nullptr);

} // namespace Rules
} // namespace Continuity
