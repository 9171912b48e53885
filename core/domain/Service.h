// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

// How a service's data is kept elsewhere (PRODUCT §2, §3 RPO).
struct Replication
{
    ReplicationMode mode = ReplicationMode::None;
    std::optional<double> lagHours;      // async only
    std::optional<double> intervalHours; // backup only

    friend bool operator==(const Replication &, const Replication &) = default;
};

// Anything a process or another service needs: applications, data stores, infrastructure,
// networks, sites, suppliers and teams (PRODUCT §2). A plain value.
struct Service
{
    QString id;
    QString name;
    ServiceKind kind = ServiceKind::Application;
    QString owner;
    QString description;
    Environment environment = Environment::Unspecified;
    QString provider; // cloud provider or vendor name, free text
    Deployment deployment = Deployment::Single;
    Replication replication;
    std::optional<double> recoveryHours;
    std::optional<double> rtoHours;
    std::optional<double> rpoHours;
    // Mean time between failures and to repair, entered (product/13-incidents-slos.md
    // "Predicted availability"); unset: measured from incidents, else always available.
    std::optional<double> mtbfHours;
    std::optional<double> mttrHours;
    std::optional<int> tier; // assigned tier
    QString tierReason;
    QStringList tags; // regulatory tags such as GDPR, HIPAA, PCI-DSS, SOX; kept sorted
    // Facts kept from elsewhere, by name: a CMDB import keeps "sys_id" (how a re-import finds
    // the service again), "location", "owned_by", "support_group", "operational_status".
    QMap<QString, QString> attributes;
    // Where the node sits on the dependency map (scene units); nullopt: not placed yet.
    std::optional<QPointF> position;

    friend bool operator==(const Service &, const Service &) = default;
};

} // namespace Continuity
