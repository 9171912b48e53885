// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CmdbImport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

// Which column of a ServiceNow change_request export holds each field (product/12-changes.md
// "Reports and exchange", docs/changes.md "ServiceNow"). The defaults are ServiceNow's own
// column names; a mapping file (`--mapping`, format "continuity-snow-change-mapping") changes any
// of them. A plain value.
struct SnowChangeMapping
{
    QString number = QStringLiteral("number");
    QString title = QStringLiteral("short_description");
    QString type = QStringLiteral("type");
    QString state = QStringLiteral("state");
    QString start = QStringLiteral("start_date");
    QString end = QStringLiteral("end_date");
    QString configurationItem = QStringLiteral("cmdb_ci");
    QString assignedTo = QStringLiteral("assigned_to");
    QString closeCode = QStringLiteral("close_code");
    QString createdAt = QStringLiteral("sys_created_on");
    // The zone of times without an offset; empty: the plan's time zone.
    QString timeZone;

    static std::optional<SnowChangeMapping> fromJson(const QByteArray &json, QStringList *errors);
    QByteArray toJson() const;
    QList<std::pair<QString, QString>> columns() const;
};

struct SnowChangeResult
{
    Plan plan;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList unknownItems;  // configuration items that name no node
    QStringList unknownPeople; // assignees who are not a person of the plan
    QList<CmdbProblem> problems;
};

// Reads a ServiceNow change_request export into the plan's changes, each row a change whose
// external reference is its number: importing again updates the same changes (what planners
// added — peer reviewer, backout, release, CAB — stays). The type gives the class (standard,
// normal, emergency; "expedited" reads as emergency), the state ServiceNow's state by name or
// number (-5 new … 4 cancelled), start and end the planned window, the configuration item
// (a node's id, name or CMDB sys_id) a target, the assignee (a person's id or name) the
// implementer, the close code the outcome. Bad rows are collected with their lines; with
// `skipBadRows` false nothing is to be written while there are any. nullopt and a message for a
// file that cannot be read at all. Pure.
std::optional<SnowChangeResult> importSnowChanges(const Plan &current, const CmdbFile &file,
                                                  const SnowChangeMapping &mapping,
                                                  bool skipBadRows, qint64 now,
                                                  QString *errorMessage);

} // namespace Continuity
