// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Continuity {

class JsonWriter;

// What a CMDB relationship type means for the plan (PRODUCT §7).
enum class CmdbRelation {
    ParentNeedsChild, // parent hard-depends on child ("Depends on::Used by", "Runs on::Runs")
    ChildNeedsParent, // child hard-depends on parent ("Contains::Contained by")
    ParentNeedsOneOfChildren, // a cluster needs 1 of its members ("Members::Member of")
    ChildSoftNeedsParent,     // child soft-depends on parent ("Sends data to::Receives data from")
    Ignore,                   // "Connects to", "Manages", "Owns", ... counted, not imported
};

// How ServiceNow CIs and relationships become services and dependencies (PRODUCT §7): class
// patterns to kinds (first match wins; no kind: the CI is not imported), relationship types to
// meanings, criticality texts to tiers. The defaults follow PRODUCT §7; a mapping file
// (`--mapping`, docs/cmdb-import.md) overrides any part. A plain value.
struct CmdbMapping
{
    struct ClassRule
    {
        QString pattern;                 // sys_class_name, '*' matches any text
        std::optional<ServiceKind> kind; // nullopt: CIs of this class are left out
    };
    QList<ClassRule> classes;
    ServiceKind defaultKind = ServiceKind::Application; // classes no rule matches
    QHash<QString, CmdbRelation> relations;             // by type, case-insensitive
    QHash<QString, int> criticality;                    // by text, case-insensitive; tier 0..3

    static CmdbMapping defaults();
    // Reads a mapping file on top of the defaults; nullopt and messages naming the field.
    static std::optional<CmdbMapping> fromJson(const QByteArray &json, QStringList *errors);
    QByteArray toJson() const;
    void write(JsonWriter &writer) const;

    // The kind for a class; nullopt when the class is left out.
    std::optional<ServiceKind> kindFor(const QString &className) const;
    CmdbRelation relationFor(const QString &type) const;
    // "1 - most critical" → 0 ... "4 - not critical" → 3; a bare leading digit 1-4 too.
    std::optional<int> tierFor(const QString &criticality) const;
};

QString toString(CmdbRelation relation);
std::optional<CmdbRelation> cmdbRelationFromString(const QString &text);

} // namespace Continuity
