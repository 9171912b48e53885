// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Continuity {

// One change of a plan, as PlanDocument announces it through its one signal changed() (STYLE
// "One change signal", after Tiled's ChangeEvent): what kind of thing, what happened to it, and
// which. Subscribers connect once and read what they need; a new kind of thing is a new
// Entity, not a new signal everyone must remember to connect.
struct PlanChange
{
    enum class Entity : quint8 {
        PlanName,
        Process,
        Service,
        Dependency, // ids: consumer, provider
        Group,      // ids: consumer, group name
        TierPolicy,
        Positions, // map positions of the nodes in ids (moves, layouts); not other node edits
        Runbook,
        Exercise,
        CmdbMapping,
        Person,   // ids: the person
        Role,     // ids: the role
        CallTree, // ids: the call tree
        PeoplePolicy,
        Incident, // ids: the incident
        Slo,      // ids: the node
        IncidentPolicy,
        Change,      // ids: the change
        Freeze,      // ids: the freeze window
        Maintenance, // ids: the maintenance window
        ChangePolicy,
        Control,      // ids: the control
        Evidence,     // ids: the evidence file
        AccessReview, // ids: the access review
        Exception,    // ids: the exception
        Contract,     // ids: the supplier contract
        Commitment,   // ids: the customer commitment
        GovernancePolicy,
        WholePlan, // the whole content was replaced (an import, its undo): rebuild from plan()
    };
    enum class Kind : quint8 {
        Added,
        AboutToBeRemoved, // still in plan(): item models take their rows out now
        Removed,
        Changed,
    };

    Entity entity = Entity::WholePlan;
    Kind kind = Kind::Changed;
    QStringList ids;
    // The plan-JSON names of the fields that changed, when a change says; empty: any of them.
    QStringList fields;

    QString id() const { return ids.value(0); }
    bool isNode() const { return entity == Entity::Process || entity == Entity::Service; }
    // Whether the dependency graph (nodes, dependencies, groups) or what the analyses read of
    // it may be different: what the analyses and the map follow.
    bool touchesGraph() const
    {
        return isNode() || entity == Entity::Dependency || entity == Entity::Group ||
               entity == Entity::TierPolicy || entity == Entity::WholePlan;
    }

    static PlanChange of(Entity entity, Kind kind, QStringList ids = {}, QStringList fields = {})
    {
        return PlanChange{entity, kind, std::move(ids), std::move(fields)};
    }
};

} // namespace Continuity

Q_DECLARE_METATYPE(Continuity::PlanChange)
