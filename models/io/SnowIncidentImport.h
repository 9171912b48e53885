// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CmdbImport.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

// Which column of a ServiceNow incident export holds each field, and how its values read
// (product/13-incidents-slos.md "Imports", docs/decisions/snow-incident-import.md). The defaults
// are ServiceNow's own column names; a mapping file (`--mapping`) or the import dialog changes
// any of them. A plain value.
struct SnowIncidentMapping
{
    QString number = QStringLiteral("number");
    QString title = QStringLiteral("short_description");
    QString priority = QStringLiteral("priority");
    QString openedAt = QStringLiteral("opened_at");
    QString resolvedAt = QStringLiteral("resolved_at");
    QString closedAt = QStringLiteral("closed_at");
    QString configurationItem = QStringLiteral("cmdb_ci");
    QString closeCode = QStringLiteral("close_code");
    // The zone the export's "2026-03-04 10:15:00" times are in (the exporting user's); empty:
    // the plan's incident time zone. Times with an offset are read as they say.
    QString timeZone;

    static std::optional<SnowIncidentMapping> fromJson(const QByteArray &json, QStringList *errors);
    QByteArray toJson() const;
    // The mapped columns, by field name as the mapping file spells it.
    QList<std::pair<QString, QString>> columns() const;
};

struct SnowIncidentResult
{
    Plan plan; // the plan as it will be after the import
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList unknownItems; // configuration items that name no node of the plan
    QList<CmdbProblem> problems;
};

// Reads a ServiceNow incident export into the plan's incidents: each row an incident whose
// external reference is its number, so that importing again updates the same incidents instead
// of adding new ones (what planners added by hand, post-mortems and factors, stays). Priority
// "1 - Critical" … "5 - Planning" (or its leading digit) becomes the severity; opened, resolved
// and closed times the incident's start, restore and close; the configuration item, matched to
// a node by id or name, the node listed down. Bad rows (no number, a time or priority that does
// not read, a restore before the start, a number twice) are collected with their lines; with
// `skipBadRows` false the caller writes nothing while there are any. nullopt and a message for
// a file that cannot be read at all (not CSV, a mapped column missing). Pure.
std::optional<SnowIncidentResult> importSnowIncidents(const Plan &current, const CmdbFile &file,
                                                      const SnowIncidentMapping &mapping,
                                                      bool skipBadRows, QString *errorMessage);

} // namespace Continuity
