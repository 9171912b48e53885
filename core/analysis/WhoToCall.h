// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Continuity {

struct Plan;

// Who to call for a scenario (product/10-people.md "Screens", docs/people.md): the people and
// roles that own or recover what is affected, the most critical first.
struct CallEntry
{
    QString contact;        // a person's or role's id
    QStringList nodes;      // what it owns or recovers among the affected, most critical first
    int tier = -1;          // the most critical tier among them (-1: none)
    double rtoHours = -1;   // the shortest RTO among them (-1: none)
    QString callFirst;      // the person to call now: on call, else the primary (may be empty)
    QString until;          // ISO instant the on-call shift ends, when there is a rota
    QStringList alternates; // the role's other members, in order
};

// `affected`: node ids (a cascade's affected nodes, or every node for a full contact list).
// Node owners and the owners of steps of the runbooks for those nodes, each once, ordered by
// tier, then RTO, then name.
QList<CallEntry> whoToCall(const Plan &plan, const QStringList &affected, const QDateTime &at);

// Who recovers a node: the owner of the first step of its runbook (the first approved one, else
// the first draft) when that is a person or role, else the node's owner when it is; else empty.
QString recovererOf(const Plan &plan, const QString &node);

} // namespace Continuity
