// SPDX-License-Identifier: GPL-3.0-or-later
#include "CmdbImport.h"

#include "CsvReader.h"
#include "rules/PlanRules.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <future>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::CmdbImport)
};

const QString SysId = QStringLiteral("sys_id");
const QString MembersGroup = QStringLiteral("members");

// Column positions by (lower-case) name; -1 when absent.
struct Columns
{
    explicit Columns(const QStringList &header)
    {
        for (qsizetype i = 0; i < header.size(); ++i)
            m_index.insert(header.at(i).trimmed().toLower(), int(i));
    }
    // Called per row with the same literals: remembered by the literal's address, so that no
    // row builds a string to look a column up.
    int operator[](const char *name) const
    {
        for (const auto &[literal, index] : m_seen) {
            if (literal == name)
                return index;
        }
        const int index = m_index.value(QLatin1String(name), -1);
        m_seen.emplace_back(name, index);
        return index;
    }
    QHash<QString, int> m_index;
    mutable std::vector<std::pair<const char *, int>> m_seen;
};

// A cell, trimmed, with Windows line breaks inside quoted text made plain ones.
QString field(const CsvRecord &r, int column)
{
    if (column < 0 || column >= r.fields.size())
        return QString();
    QString text = r.fields.at(column).trimmed();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

} // namespace

std::optional<CmdbFile> CmdbFile::read(const QString &path, const QString &name,
                                       QString *errorMessage)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1 cannot be read: %2").arg(name, in.errorString());
        return std::nullopt;
    }
    if (in.size() > CsvLimits::MaxFileBytes) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1: the file is larger than %2 GiB; split the export")
                                .arg(name)
                                .arg(CsvLimits::MaxFileBytes >> 30);
        return std::nullopt;
    }
    CmdbFile file;
    file.name = name;
    file.bytes = in.readAll();
    return file;
}

std::optional<CmdbImportResult> importCmdb(const Plan &current, const CmdbFile &cisFile,
                                           const CmdbFile &relsFile, const CmdbMapping &mapping,
                                           QString *errorMessage, const CmdbProgress &progress,
                                           const CmdbServicesMapped &servicesMapped)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    // Progress in percent by phase: reading and mapping the CIs (the relationships are read
    // meanwhile, on a second thread), mapping the relationships, merging.
    bool cancelled = false;
    auto report = [&](int percent) {
        if (progress && !cancelled && !progress(percent))
            cancelled = true;
        return cancelled;
    };
    const QString cancelMessage = Tr::tr("The import was cancelled; nothing was changed.");
    if (report(0))
        return fail(cancelMessage);
    // The relationship list is the big file: it is read while the CIs are read and mapped.
    QString relsError;
    std::future<std::optional<CsvTable>> relsRead =
        std::async(std::launch::async, [&relsFile, &relsError] {
            return readCsv(relsFile.bytes, relsFile.name, &relsError);
        });
    // Every return below waits for it first (the future's destructor does), so it never
    // outlives what it reads.
    const std::optional<CsvTable> cis = readCsv(cisFile.bytes, cisFile.name, errorMessage);
    if (!cis)
        return std::nullopt;
    if (report(10))
        return fail(cancelMessage);
    std::optional<CsvTable> rels; // read by the time the CIs are mapped
    auto collectRelationships = [&] {
        rels = relsRead.get();
        if (!rels && errorMessage)
            *errorMessage = relsError;
        return rels.has_value();
    };

    const Columns c(cis->header);
    for (const char *required : {"sys_id", "name", "sys_class_name"}) {
        if (c[required] < 0)
            return fail(Tr::tr("%1:%2: the CI list has no \"%3\" column (it needs sys_id, name "
                               "and sys_class_name)")
                            .arg(cisFile.name)
                            .arg(cis->headerLine)
                            .arg(QLatin1String(required)));
    }

    CmdbImportResult result;
    result.plan = current;
    Plan &plan = result.plan;
    auto problem = [&](const CmdbFile &f, int line, const QString &reason) {
        result.problems.append({f.name, line, reason});
    };

    // 1. CIs: one service each, found again by sys_id.
    QHash<QString, qsizetype> serviceBySysId;
    QSet<QString> takenIds;
    for (const Process &p : plan.processes)
        takenIds.insert(p.id);
    for (qsizetype i = 0; i < plan.services.size(); ++i) {
        takenIds.insert(plan.services.at(i).id);
        const QString sys = plan.services.at(i).attributes.value(SysId);
        if (!sys.isEmpty())
            serviceBySysId.insert(sys, i);
    }
    const QList<QPair<const char *, QString>> kept = {
        {"location", QStringLiteral("location")},
        {"owned_by", QStringLiteral("owned_by")},
        {"support_group", QStringLiteral("support_group")},
        {"operational_status", QStringLiteral("operational_status")},
    };
    // Ids as small integers, so that the million relationships are matched and merged by
    // number, not by pairs of strings.
    QHash<QString, int> internIndex;
    QStringList interned;
    auto intern = [&](const QString &id) {
        const auto it = internIndex.constFind(id);
        if (it != internIndex.cend())
            return *it;
        interned.append(id);
        return *internIndex.insert(id, int(interned.size() - 1));
    };
    auto pairKey = [](int consumer, int provider) {
        return (quint64(quint32(consumer)) << 32) | quint32(provider);
    };
    // Each CI of this export by sys_id: its line, whether its class is left out, and the
    // interned id of the service it became (-1 while none, or when its row was bad). One
    // lookup per reference of a million relationships.
    struct Ci
    {
        int line = 0;
        bool leftOut = false;
        int id = -1;
    };
    QHash<QString, Ci> ciOf;
    QHash<QString, QStringList> sysIdsOfName; // display name → sys_ids, to spot ambiguity
    QHash<QString, std::optional<ServiceKind>> kindOfClass;
    QHash<QString, std::optional<int>> tierOfLevel;
    qsizetype ciRow = 0;
    for (const CsvRecord &row : cis->records) {
        if ((++ciRow & 0xffff) == 0 &&
            report(10 + int(30 * ciRow / std::max<qsizetype>(cis->records.size(), 1))))
            return fail(cancelMessage);
        if (row.fields.size() != cis->header.size()) {
            problem(cisFile, row.line,
                    Tr::tr("has %1 fields where the header has %2")
                        .arg(row.fields.size())
                        .arg(cis->header.size()));
            continue;
        }
        const QString sys = field(row, c["sys_id"]);
        const QString name = field(row, c["name"]);
        const QString className = field(row, c["sys_class_name"]);
        if (sys.isEmpty() || name.isEmpty()) {
            problem(cisFile, row.line, Tr::tr("sys_id and name must not be empty"));
            continue;
        }
        if (const auto seen = ciOf.constFind(sys); seen != ciOf.cend()) {
            problem(
                cisFile, row.line,
                Tr::tr("sys_id %1 is listed twice (first on line %2)").arg(sys).arg(seen->line));
            continue;
        }
        Ci &ci = ciOf[sys];
        ci.line = row.line;
        sysIdsOfName[name].append(sys);
        // Exports have a few dozen classes: match each once, not once per CI.
        auto cached = kindOfClass.constFind(className);
        if (cached == kindOfClass.cend())
            cached = kindOfClass.insert(className, mapping.kindFor(className));
        const std::optional<ServiceKind> kind = *cached;
        if (!kind) {
            ci.leftOut = true;
            ++result.cisLeftOut;
            continue;
        }
        Service incoming;
        if (const qsizetype at = serviceBySysId.value(sys, -1); at >= 0) {
            incoming = plan.services.at(at);
        } else {
            incoming.id =
                idFromName(name, [&](const QString &id) { return takenIds.contains(id); });
            takenIds.insert(incoming.id);
        }
        incoming.name = name;
        incoming.kind = *kind;
        if (c["busines_criticality"] >= 0) {
            const QString level = field(row, c["busines_criticality"]);
            if (!level.isEmpty()) {
                // A handful of levels: each matched once.
                auto known = tierOfLevel.constFind(level);
                if (known == tierOfLevel.cend())
                    known = tierOfLevel.insert(level, mapping.tierFor(level));
                if (const auto tier = *known)
                    incoming.tier = tier;
                else
                    problem(cisFile, row.line,
                            Tr::tr("busines_criticality \"%1\" is not one of \"1 - most "
                                   "critical\" .. \"4 - not critical\"")
                                .arg(level));
            }
        }
        incoming.attributes.insert(SysId, sys);
        for (const auto &[column, attribute] : kept) {
            const QString value = field(row, c[column]);
            if (value.isEmpty())
                incoming.attributes.remove(attribute);
            else
                incoming.attributes.insert(attribute, value);
        }
        const QList<FieldProblem> invalid = checkService(incoming);
        if (!invalid.isEmpty()) {
            problem(cisFile, row.line, describeProblems(name, invalid));
            continue;
        }
        if (const qsizetype at = serviceBySysId.value(sys, -1); at >= 0) {
            if (plan.services.at(at) == incoming) {
                ++result.unchanged;
            } else {
                plan.services[at] = incoming;
                ++result.changed;
            }
        } else {
            serviceBySysId.insert(sys, plan.services.size());
            plan.services.append(incoming);
            ++result.added;
        }
        ciOf[sys].id = intern(incoming.id);
    }

    if (servicesMapped)
        servicesMapped(plan);
    if (!collectRelationships())
        return std::nullopt;
    if (report(50))
        return fail(cancelMessage);
    const Columns r(rels->header);
    const bool parentSysId = r["parent.sys_id"] >= 0;
    const bool childSysId = r["child.sys_id"] >= 0;
    if ((r["parent"] < 0 && !parentSysId) || (r["child"] < 0 && !childSysId) || r["type"] < 0)
        return fail(Tr::tr("%1:%2: the relationship list needs the columns parent, type and "
                           "child (or parent.sys_id and child.sys_id)")
                        .arg(relsFile.name)
                        .arg(rels->headerLine));

    // 2. Relationships: references by sys_id, else by a display name that is unique.
    struct Wanted
    {
        int consumer;
        int provider;
        Strength strength;
        bool group; // in the consumer's "members" group
    };
    std::vector<Wanted> wanted; // in the order of the export
    QHash<quint64, int> wantedAt;
    QSet<int> groupConsumers;
    QHash<QString, CmdbRelation> meaningOfType; // a handful of types: looked up once each
    auto resolve = [&](const CsvRecord &row, const char *sysColumn, const char *nameColumn, int *id,
                       bool *leftOut) -> bool {
        *leftOut = false;
        QString ref = field(row, r[sysColumn]);
        bool bySysId = !ref.isEmpty();
        if (!bySysId) {
            ref = field(row, r[nameColumn]);
            if (ref.isEmpty()) {
                problem(relsFile, row.line, Tr::tr("%1 is empty").arg(QLatin1String(nameColumn)));
                return false;
            }
            if (!ciOf.contains(ref)) { // not a sys_id: a display name
                const QStringList matches = sysIdsOfName.value(ref);
                if (matches.size() > 1) {
                    problem(relsFile, row.line,
                            Tr::tr("%1 \"%2\" is the name of %3 CIs; give its sys_id")
                                .arg(QLatin1String(nameColumn), ref)
                                .arg(matches.size()));
                    return false;
                }
                if (matches.isEmpty()) {
                    problem(relsFile, row.line,
                            Tr::tr("%1 \"%2\" is not in the CI list")
                                .arg(QLatin1String(nameColumn), ref));
                    return false;
                }
                ref = matches.constFirst();
            }
        }
        const auto ci = ciOf.constFind(ref);
        if (ci == ciOf.cend()) {
            problem(relsFile, row.line,
                    Tr::tr("%1 %2 is not in the CI list").arg(QLatin1String(sysColumn), ref));
            return false;
        }
        if (ci->leftOut) {
            *leftOut = true;
            return false;
        }
        *id = ci->id;
        if (*id < 0) { // its CI row was bad
            problem(relsFile, row.line, Tr::tr("refers to a CI whose row could not be imported"));
            return false;
        }
        return true;
    };
    qsizetype relRow = 0;
    for (const CsvRecord &row : rels->records) {
        if ((++relRow & 0xffff) == 0 &&
            report(50 + int(40 * relRow / std::max<qsizetype>(rels->records.size(), 1))))
            return fail(cancelMessage);
        if (row.fields.size() != rels->header.size()) {
            problem(relsFile, row.line,
                    Tr::tr("has %1 fields where the header has %2")
                        .arg(row.fields.size())
                        .arg(rels->header.size()));
            continue;
        }
        const QString type = field(row, r["type"]);
        auto known = meaningOfType.constFind(type);
        if (known == meaningOfType.cend())
            known = meaningOfType.insert(type, mapping.relationFor(type));
        const CmdbRelation meaning = *known;
        if (meaning == CmdbRelation::Ignore) {
            ++result.relationshipsIgnored[type.isEmpty() ? Tr::tr("(no type)") : type];
            continue;
        }
        int parent = -1;
        int child = -1;
        bool parentLeftOut = false;
        bool childLeftOut = false;
        const bool parentOk = resolve(row, "parent.sys_id", "parent", &parent, &parentLeftOut);
        const bool childOk = resolve(row, "child.sys_id", "child", &child, &childLeftOut);
        if (parentLeftOut || childLeftOut) {
            ++result.relationshipsIgnored[Tr::tr("(with a CI left out)")];
            continue;
        }
        if (!parentOk || !childOk)
            continue;
        if (parent == child) {
            problem(relsFile, row.line,
                    Tr::tr("a CI cannot depend on itself (%1)").arg(interned.at(parent)));
            continue;
        }
        Wanted w;
        switch (meaning) {
        case CmdbRelation::ParentNeedsChild:
            w = {parent, child, Strength::Hard, false};
            break;
        case CmdbRelation::ChildNeedsParent:
            w = {child, parent, Strength::Hard, false};
            break;
        case CmdbRelation::ParentNeedsOneOfChildren:
            w = {parent, child, Strength::Hard, true};
            break;
        case CmdbRelation::ChildSoftNeedsParent:
            w = {child, parent, Strength::Soft, false};
            break;
        case CmdbRelation::Ignore:
            continue;
        }
        // Several relationships between the same two CIs make one dependency: hard wins over
        // soft, and a plain hard one over membership of a group.
        const quint64 key = pairKey(w.consumer, w.provider);
        if (const auto it = wantedAt.constFind(key); it != wantedAt.cend()) {
            Wanted &existing = wanted[size_t(*it)];
            if (w.strength == Strength::Hard && existing.strength == Strength::Soft)
                existing = w;
            else if (w.strength == Strength::Hard && !w.group)
                existing.group = false;
            continue;
        }
        wantedAt.insert(key, int(wanted.size()));
        wanted.push_back(w);
    }
    for (const Wanted &w : wanted) {
        if (w.group)
            groupConsumers.insert(w.consumer);
    }

    // 3. Services of an earlier import that this export no longer lists go, with what hangs
    // off them. Only CMDB services (those with a sys_id) are ever removed.
    QSet<QString> removedIds;
    for (const Service &s : std::as_const(plan.services)) {
        const QString sys = s.attributes.value(SysId);
        const auto ci = sys.isEmpty() ? ciOf.cend() : ciOf.constFind(sys);
        if (!sys.isEmpty() && ci == ciOf.cend())
            removedIds.insert(s.id);
        else if (!sys.isEmpty() && ci->leftOut)
            removedIds.insert(s.id); // now left out by the mapping
    }
    result.removed = int(removedIds.size());
    plan.services.removeIf([&](const Service &s) { return removedIds.contains(s.id); });

    // 4. Dependencies between two CMDB services are the export's; the planner's own (any
    // with a process or a hand-made service at one end) stay.
    QSet<QString> cmdbIds;
    for (const Service &s : std::as_const(plan.services)) {
        if (!s.attributes.value(SysId).isEmpty())
            cmdbIds.insert(s.id);
    }
    QSet<quint64> before;
    before.reserve(plan.dependencies.size());
    for (const Dependency &d : std::as_const(plan.dependencies))
        before.insert(pairKey(intern(d.consumer), intern(d.provider)));
    plan.dependencies.removeIf([&](const Dependency &d) {
        if (removedIds.contains(d.consumer) || removedIds.contains(d.provider))
            return true;
        return cmdbIds.contains(d.consumer) && cmdbIds.contains(d.provider) &&
               !wantedAt.contains(pairKey(intern(d.consumer), intern(d.provider)));
    });
    // What stays of the plan's dependencies, then the export's (their keys known already).
    QSet<quint64> after;
    after.reserve(plan.dependencies.size() + qsizetype(wanted.size()));
    QHash<quint64, qsizetype> at;
    for (qsizetype i = 0; i < plan.dependencies.size(); ++i) {
        const Dependency &d = plan.dependencies.at(i);
        const quint64 key = pairKey(intern(d.consumer), intern(d.provider));
        at.insert(key, i);
        after.insert(key);
    }
    for (const Wanted &w : wanted)
        after.insert(pairKey(w.consumer, w.provider));
    plan.dependencies.reserve(plan.dependencies.size() + qsizetype(wanted.size()));
    for (const Wanted &w : wanted) {
        const Dependency d{interned.at(w.consumer), interned.at(w.provider), w.strength,
                           w.group ? MembersGroup : QString()};
        if (const auto i = at.value(pairKey(w.consumer, w.provider), -1); i >= 0)
            plan.dependencies[i] = d;
        else
            plan.dependencies.append(d);
    }
    // Membership groups: one "members" group (1 of n) per consumer that has members.
    QSet<QString> memberConsumers;
    for (int consumer : std::as_const(groupConsumers))
        memberConsumers.insert(interned.at(consumer));
    plan.groups.removeIf([&](const RedundancyGroup &g) {
        return removedIds.contains(g.consumer) ||
               (g.name == MembersGroup && cmdbIds.contains(g.consumer) &&
                !memberConsumers.contains(g.consumer));
    });
    QSet<QPair<QString, QString>> groupsNow;
    for (const RedundancyGroup &g : std::as_const(plan.groups))
        groupsNow.insert({g.consumer, g.name});
    for (const Wanted &w : wanted) { // in export order, for a stable plan
        const QString &consumer = interned.at(w.consumer);
        if (w.group && !groupsNow.contains({consumer, MembersGroup})) {
            plan.groups.append({consumer, MembersGroup, 1});
            groupsNow.insert({consumer, MembersGroup});
        }
    }
    // A dependency may not name a group its consumer lost.
    for (Dependency &d : plan.dependencies) {
        if (!d.group.isEmpty() && !groupsNow.contains({d.consumer, d.group}))
            d.group.clear();
    }
    for (const quint64 pair : std::as_const(after))
        result.dependenciesAdded += !before.contains(pair);
    for (const quint64 pair : std::as_const(before))
        result.dependenciesRemoved += !after.contains(pair);
    // Runbooks of removed services keep their steps but lose the service.
    for (Runbook &rb : plan.runbooks) {
        if (removedIds.contains(rb.service))
            rb.service.clear();
    }
    // The plan's rules, as for every other way into a plan (rules/PlanRules.h): what the
    // mapping made must be a plan the document and the plan JSON reader accept.
    const QList<FieldProblem> broken = Rules::checkPlan(plan, Rules::Scope::ReferencesOnly, 5);
    if (!broken.isEmpty()) {
        QStringList parts;
        for (const FieldProblem &p : broken)
            parts.append(p.field + QLatin1Char(' ') + p.rule);
        return fail(Tr::tr("The import would make a plan that breaks its rules (%1); nothing "
                           "was changed.")
                        .arg(parts.join(QStringLiteral("; "))));
    }
    return result;
}

} // namespace Continuity
