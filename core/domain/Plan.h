// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Change.h"
#include "Dependency.h"
#include "Exercise.h"
#include "Governance.h"
#include "Incident.h"
#include "People.h"
#include "Process.h"
#include "Runbook.h"
#include "Service.h"
#include "TierPolicy.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Continuity {

// Map positions by node id; nullopt takes a node off the map's saved layout.
using NodePositions = QHash<QString, std::optional<QPointF>>;

// The whole content of a plan as plain values, in the order the plan file holds them.
// PlanDocument owns the live copy; plan JSON and the storage layer read and write it.
struct Plan
{
    QString name;
    QList<double> biaHorizonsHours;
    TierPolicy tierPolicy;
    QList<Process> processes;
    QList<Service> services;
    QList<Dependency> dependencies;
    QList<RedundancyGroup> groups;
    QList<Runbook> runbooks;
    QList<Exercise> exercises;
    QList<Person> persons;
    QList<Role> roles;
    QList<CallTree> callTrees;
    PeoplePolicy peoplePolicy;
    QList<Incident> incidents;
    QList<Slo> slos; // at most one per node
    IncidentPolicy incidentPolicy;
    QList<Change> changes;
    QList<FreezeWindow> freezes;
    QList<MaintenanceWindow> maintenanceWindows;
    ChangePolicy changePolicy;
    QList<Control> controls;
    QList<EvidenceFile> evidence;
    QList<AccessReview> accessReviews;
    QList<RiskException> exceptions;
    QList<SupplierContract> contracts;
    QList<CustomerCommitment> commitments;
    GovernancePolicy governancePolicy;
    // The CMDB import mapping the plan keeps (mapping-file JSON, docs/cmdb-import.md); empty:
    // the defaults of PRODUCT §7.
    QString cmdbMapping;

    // An empty plan with the default BIA horizons and tier policy.
    static Plan empty(const QString &name = QString());
    static QList<double> defaultBiaHorizons();

    bool hasContent() const
    {
        return !processes.isEmpty() || !services.isEmpty() || !dependencies.isEmpty() ||
               !groups.isEmpty() || !runbooks.isEmpty() || !exercises.isEmpty() ||
               !persons.isEmpty() || !roles.isEmpty() || !callTrees.isEmpty() ||
               !incidents.isEmpty() || !slos.isEmpty() || !changes.isEmpty() ||
               !freezes.isEmpty() || !maintenanceWindows.isEmpty() || !controls.isEmpty() ||
               !evidence.isEmpty() || !accessReviews.isEmpty() || !exceptions.isEmpty() ||
               !contracts.isEmpty() || !commitments.isEmpty();
    }

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace Continuity
