// SPDX-License-Identifier: GPL-3.0-or-later
#include "CmdbImport.h"

#include "ByteKeys.h"
#include "CsvReader.h"
#include "domain/IdView.h"
#include "rules/PlanRules.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

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
QString cellText(const CsvStream &row, int column)
{
    if (column < 0 || column >= row.size())
        return QString();
    QString text = row.text(column).trimmed();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The same cell as UTF-8 bytes, without making a string when it is plain (no carriage return,
// nothing but ASCII at its ends): what the million references of a relationship list are.
QByteArrayView cellBytes(const CsvStream &row, int column, QByteArray *scratch)
{
    if (column < 0 || column >= row.size())
        return {};
    QByteArrayView v = row.field(column);
    while (!v.isEmpty() && isAsciiSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isAsciiSpace(v.back()))
        v.chop(1);
    if (v.isEmpty() || (uchar(v.front()) < 0x80 && uchar(v.back()) < 0x80 && !v.contains('\r')))
        return v;
    *scratch = cellText(row, column).toUtf8(); // QString's trimming knows more spaces
    return *scratch;
}

// Cells that repeat (classes, criticality levels, locations, owners, statuses: a few dozen
// spellings in 100k rows), each spelling worked out once and found again by its bytes.
template <typename T> class ByCell
{
public:
    // The value of the cell, made by `make(its text)` the first time its spelling is met.
    template <typename Make> const T &get(const CsvStream &row, int column, Make make)
    {
        const QByteArrayView bytes =
            column >= 0 && column < row.size() ? row.field(column) : QByteArrayView();
        bool added = false;
        const int index = m_keys.insert(bytes, &added);
        if (added)
            m_values.push_back(make(cellText(row, column)));
        return m_values[std::size_t(index)];
    }

private:
    ByteKeys m_keys;
    std::vector<T> m_values;
};

// Relationships between two CIs by their interned ids, packed for sorting.
quint64 pairKey(int consumer, int provider)
{
    return (quint64(quint32(consumer)) << 32) | quint32(provider);
}

// How many lines a file has, at most; a mapped file's pages are given back after counting.
qsizetype lineCount(const CmdbFile &file)
{
    const qsizetype lines = std::count(file.bytes.cbegin(), file.bytes.cend(), '\n') + 1;
    if (file.release)
        file.release(file.bytes.size());
    return lines;
}

// How many of the sorted `a` are not in the sorted `b`.
qsizetype countNotIn(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    qsizetype count = 0;
    auto j = b.cbegin();
    for (const quint64 key : a) {
        j = std::lower_bound(j, b.cend(), key);
        count += j == b.cend() || *j != key;
    }
    return count;
}

} // namespace

std::optional<CmdbFile> CmdbFile::read(const QString &path, const QString &name,
                                       QString *errorMessage, Reading reading)
{
    auto mapped = std::make_shared<QFile>(path);
    QFile &in = *mapped;
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
    // Mapped, the pages read are given back as the import goes (CsvStream's release), so that
    // a 90 MB relationship list does not stay in memory beside the plan it becomes. A file that
    // cannot be mapped (a pipe, an empty file) is read whole.
    uchar *bytes = reading == Reading::Mapped && in.size() > 0 ? in.map(0, in.size()) : nullptr;
    if (!bytes) {
        file.bytes = in.readAll();
        return file;
    }
    file.bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), in.size());
    file.mapping = std::move(mapped);
#ifdef Q_OS_UNIX
    file.release = [bytes](qsizetype n) {
        const qsizetype page = sysconf(_SC_PAGESIZE);
        if (n / page > 0)
            madvise(bytes, std::size_t(n / page * page), MADV_DONTNEED);
    };
#endif
    return file;
}

std::optional<CmdbImportResult> importCmdb(const Plan &current, const CmdbFile &cisFile,
                                           const CmdbFile &relsFile, const CmdbMapping &mapping,
                                           QString *errorMessage, const CmdbProgress &progress,
                                           const CmdbServicesMapped &servicesMapped,
                                           const CmdbServicesMapped &planMade)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    // Progress in percent by phase: reading and mapping the CIs, then the relationships,
    // then merging. Both files are read a record at a time (CsvStream), never held as text.
    bool cancelled = false;
    auto report = [&](int percent) {
        if (progress && !cancelled && !progress(percent))
            cancelled = true;
        return cancelled;
    };
    const QString cancelMessage = Tr::tr("The import was cancelled; nothing was changed.");
    if (report(0))
        return fail(cancelMessage);
    CsvStream cis(cisFile.bytes, cisFile.name, cisFile.release);
    if (!cis.start())
        return fail(cis.message());
    const Columns c(cis.header());
    for (const char *required : {"sys_id", "name", "sys_class_name"}) {
        if (c[required] < 0)
            return fail(Tr::tr("%1:%2: the CI list has no \"%3\" column (it needs sys_id, name "
                               "and sys_class_name)")
                            .arg(cisFile.name)
                            .arg(cis.headerLine())
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
    // As many services as the CI list has lines, at most: room made once.
    const qsizetype ciLines = lineCount(cisFile);
    QSet<QString> takenIds;
    takenIds.reserve(plan.processes.size() + plan.services.size() + ciLines);
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
    // Attribute values repeat (a few locations, owners, groups, statuses for 100k CIs): each
    // spelling is kept once and shared by the services that have it.
    ByCell<QString> values;
    const auto asIs = [](const QString &text) { return text; };
    ByCell<std::optional<ServiceKind>> kinds;
    ByCell<std::pair<QString, std::optional<int>>> tiers;
    plan.services.reserve(plan.services.size() + ciLines);
    // Ids as small integers, so that the million relationships are matched and merged by
    // number, not by pairs of strings.
    // The index refers to the strings of `interned` (IdView): a re-import looks up both ends of
    // every dependency the plan has, millions of ids.
    QStringList interned;
    QHash<IdView, int> internIndex;
    auto intern = [&](const QString &id) {
        const auto it = internIndex.constFind(id);
        if (it != internIndex.cend())
            return *it;
        interned.append(id);
        return *internIndex.insert(interned.constLast(), int(interned.size() - 1));
    };
    // Each CI of this export, numbered by its sys_id's bytes (ByteKeys): its line, its name,
    // whether its class is left out, and the interned id of the service it became (-1 while
    // none, or when its row was bad). One lookup per reference of a million relationships.
    struct Ci
    {
        int line = 0;
        bool leftOut = false;
        int id = -1;
        QString name;
    };
    ByteKeys ciKeys;
    std::vector<Ci> ciList;
    while (cis.next()) {
        if ((cis.line() & 0x3fff) == 0 &&
            report(10 + int(30 * cis.position() / std::max<qsizetype>(cisFile.bytes.size(), 1))))
            return fail(cancelMessage);
        if (cis.size() != cis.header().size()) {
            problem(cisFile, cis.line(),
                    Tr::tr("has %1 fields where the header has %2")
                        .arg(cis.size())
                        .arg(cis.header().size()));
            continue;
        }
        const QString sys = cellText(cis, c["sys_id"]);
        const QString name = cellText(cis, c["name"]);
        if (sys.isEmpty() || name.isEmpty()) {
            problem(cisFile, cis.line(), Tr::tr("sys_id and name must not be empty"));
            continue;
        }
        bool isNew = false;
        const int ciIndex = ciKeys.insert(sys.toUtf8(), &isNew);
        if (!isNew) {
            problem(cisFile, cis.line(),
                    Tr::tr("sys_id %1 is listed twice (first on line %2)")
                        .arg(sys)
                        .arg(ciList[std::size_t(ciIndex)].line));
            continue;
        }
        ciList.push_back({cis.line(), false, -1, name});
        // Exports have a few dozen classes: match each once, not once per CI.
        const std::optional<ServiceKind> kind =
            kinds.get(cis, c["sys_class_name"],
                      [&mapping](const QString &name) { return mapping.kindFor(name); });
        if (!kind) {
            ciList.back().leftOut = true;
            ++result.cisLeftOut;
            continue;
        }
        const qsizetype existing = serviceBySysId.value(sys, -1);
        Service incoming;
        if (existing >= 0) {
            incoming = plan.services.at(existing);
        } else {
            incoming.id =
                idFromName(name, [&](const QString &id) { return takenIds.contains(id); });
            takenIds.insert(incoming.id);
        }
        incoming.name = name;
        incoming.kind = *kind;
        if (c["busines_criticality"] >= 0) {
            // A handful of levels: each matched once.
            const auto &[level, tier] =
                tiers.get(cis, c["busines_criticality"], [&mapping](const QString &text) {
                    return std::pair(text, mapping.tierFor(text));
                });
            if (!level.isEmpty() && tier)
                incoming.tier = tier;
            else if (!level.isEmpty())
                problem(cisFile, cis.line(),
                        Tr::tr("busines_criticality \"%1\" is not one of \"1 - most "
                               "critical\" .. \"4 - not critical\"")
                            .arg(level));
        }
        incoming.attributes.insert(SysId, sys);
        for (const auto &[column, attribute] : kept) {
            const QString &value = values.get(cis, c[column], asIs);
            if (value.isEmpty())
                incoming.attributes.remove(attribute);
            else
                incoming.attributes.insert(attribute, value);
        }
        const QList<FieldProblem> invalid = checkService(incoming);
        if (!invalid.isEmpty()) {
            problem(cisFile, cis.line(), describeProblems(name, invalid));
            continue;
        }
        ciList[std::size_t(ciIndex)].id = intern(incoming.id);
        if (existing < 0) {
            plan.services.append(std::move(incoming));
            ++result.added;
        } else if (plan.services.at(existing) == incoming) {
            ++result.unchanged;
        } else {
            plan.services[existing] = std::move(incoming);
            ++result.changed;
        }
    }
    if (cis.failed())
        return fail(cis.message());

    if (servicesMapped)
        servicesMapped(plan);
    if (report(40))
        return fail(cancelMessage);
    CsvStream rels(relsFile.bytes, relsFile.name, relsFile.release);
    if (!rels.start())
        return fail(rels.message());
    const Columns r(rels.header());
    const bool parentSysId = r["parent.sys_id"] >= 0;
    const bool childSysId = r["child.sys_id"] >= 0;
    if ((r["parent"] < 0 && !parentSysId) || (r["child"] < 0 && !childSysId) || r["type"] < 0)
        return fail(Tr::tr("%1:%2: the relationship list needs the columns parent, type and "
                           "child (or parent.sys_id and child.sys_id)")
                        .arg(relsFile.name)
                        .arg(rels.headerLine()));

    // 2. Relationships: references by sys_id, else by a display name that is unique.
    // Display names → CIs, made when a relationship first names one.
    std::optional<QHash<QString, QList<int>>> cisOfName;
    // The relationship types, by their bytes: a handful, each looked up in the mapping once.
    struct Type
    {
        QString name;
        CmdbRelation meaning;
    };
    ByteKeys typeKeys;
    std::vector<Type> types;
    QByteArray scratch;
    auto resolve = [&](const char *sysColumn, const char *nameColumn, int *id,
                       bool *leftOut) -> bool {
        *leftOut = false;
        int at = -1;
        if (const QByteArrayView ref = cellBytes(rels, r[sysColumn], &scratch); !ref.isEmpty()) {
            at = ciKeys.find(ref);
            if (at < 0) {
                problem(relsFile, rels.line(),
                        Tr::tr("%1 %2 is not in the CI list")
                            .arg(QLatin1String(sysColumn), QString::fromUtf8(ref)));
                return false;
            }
        } else {
            const QString name = cellText(rels, r[nameColumn]);
            if (name.isEmpty()) {
                problem(relsFile, rels.line(),
                        Tr::tr("%1 is empty").arg(QLatin1String(nameColumn)));
                return false;
            }
            at = ciKeys.find(name.toUtf8());
            if (at < 0) { // not a sys_id: a display name
                if (!cisOfName) {
                    cisOfName.emplace();
                    for (std::size_t i = 0; i < ciList.size(); ++i)
                        (*cisOfName)[ciList[i].name].append(int(i));
                }
                const QList<int> matches = cisOfName->value(name);
                if (matches.size() > 1) {
                    problem(relsFile, rels.line(),
                            Tr::tr("%1 \"%2\" is the name of %3 CIs; give its sys_id")
                                .arg(QLatin1String(nameColumn), name)
                                .arg(matches.size()));
                    return false;
                }
                if (matches.isEmpty()) {
                    problem(relsFile, rels.line(),
                            Tr::tr("%1 \"%2\" is not in the CI list")
                                .arg(QLatin1String(nameColumn), name));
                    return false;
                }
                at = matches.constFirst();
            }
        }
        const Ci &ci = ciList[std::size_t(at)];
        if (ci.leftOut) {
            *leftOut = true;
            return false;
        }
        *id = ci.id;
        if (*id < 0) { // its CI row was bad
            problem(relsFile, rels.line(),
                    Tr::tr("refers to a CI whose row could not be imported"));
            return false;
        }
        return true;
    };
    // Every relationship that makes a dependency, in the order of the export; several between
    // the same two CIs are made one below.
    struct Link
    {
        quint64 key;
        int order;
        Strength strength;
        bool group; // in the consumer's "members" group
    };
    std::vector<Link> links;
    // Room for one a line, made once (a vector grown by doubling holds two copies at a time).
    links.reserve(lineCount(relsFile));
    while (rels.next()) {
        if ((rels.line() & 0xffff) == 0 &&
            report(40 + int(40 * rels.position() / std::max<qsizetype>(relsFile.bytes.size(), 1))))
            return fail(cancelMessage);
        if (rels.size() != rels.header().size()) {
            problem(relsFile, rels.line(),
                    Tr::tr("has %1 fields where the header has %2")
                        .arg(rels.size())
                        .arg(rels.header().size()));
            continue;
        }
        const QByteArrayView typeBytes =
            r["type"] < rels.size() ? rels.field(r["type"]) : QByteArrayView();
        bool newType = false;
        const int typeIndex = typeKeys.insert(typeBytes, &newType);
        if (newType) {
            const QString type = cellText(rels, r["type"]);
            types.push_back({type, mapping.relationFor(type)});
        }
        const Type &type = types[std::size_t(typeIndex)];
        if (type.meaning == CmdbRelation::Ignore) {
            ++result.relationshipsIgnored[type.name.isEmpty() ? Tr::tr("(no type)") : type.name];
            continue;
        }
        int parent = -1;
        int child = -1;
        bool parentLeftOut = false;
        bool childLeftOut = false;
        const bool parentOk = resolve("parent.sys_id", "parent", &parent, &parentLeftOut);
        const bool childOk = resolve("child.sys_id", "child", &child, &childLeftOut);
        if (parentLeftOut || childLeftOut) {
            ++result.relationshipsIgnored[Tr::tr("(with a CI left out)")];
            continue;
        }
        if (!parentOk || !childOk)
            continue;
        if (parent == child) {
            problem(relsFile, rels.line(),
                    Tr::tr("a CI cannot depend on itself (%1)").arg(interned.at(parent)));
            continue;
        }
        const int order = int(links.size());
        switch (type.meaning) {
        case CmdbRelation::ParentNeedsChild:
            links.push_back({pairKey(parent, child), order, Strength::Hard, false});
            break;
        case CmdbRelation::ChildNeedsParent:
            links.push_back({pairKey(child, parent), order, Strength::Hard, false});
            break;
        case CmdbRelation::ParentNeedsOneOfChildren:
            links.push_back({pairKey(parent, child), order, Strength::Hard, true});
            break;
        case CmdbRelation::ChildSoftNeedsParent:
            links.push_back({pairKey(child, parent), order, Strength::Soft, false});
            break;
        case CmdbRelation::Ignore:
            break;
        }
    }
    if (rels.failed())
        return fail(rels.message());
    if (report(80))
        return fail(cancelMessage);
    // Several relationships between the same two CIs make one dependency, where the first of
    // them is: hard if any is hard, and in the "members" group only if every hard one is a
    // membership (a plain hard one wins over a membership).
    std::sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
        return a.key != b.key ? a.key < b.key : a.order < b.order;
    });
    std::vector<quint64> wantedKeys; // sorted
    {
        std::size_t out = 0;
        for (std::size_t i = 0; i < links.size();) {
            Link merged = links[i];
            bool hard = false;
            bool onlyMemberships = true;
            for (; i < links.size() && links[i].key == merged.key; ++i) {
                if (links[i].strength == Strength::Hard) {
                    hard = true;
                    onlyMemberships = onlyMemberships && links[i].group;
                }
            }
            merged.strength = hard ? Strength::Hard : Strength::Soft;
            merged.group = hard && onlyMemberships;
            links[out++] = merged;
        }
        links.resize(out); // kept at its size: a smaller copy would be a second one at once
    }
    // The pairs wanted, sorted, to compare the plan's own dependencies with (a new plan has
    // none).
    if (!plan.dependencies.isEmpty()) {
        wantedKeys.reserve(links.size());
        for (const Link &l : links)
            wantedKeys.push_back(l.key);
    }
    std::sort(links.begin(), links.end(),
              [](const Link &a, const Link &b) { return a.order < b.order; });
    auto wanted = [&wantedKeys](quint64 key) {
        return std::binary_search(wantedKeys.cbegin(), wantedKeys.cend(), key);
    };
    auto consumerOf = [](const Link &l) { return int(l.key >> 32); };
    auto providerOf = [](const Link &l) { return int(l.key & 0xffffffffu); };
    // Consumers with members, in the order the export first makes one a member.
    std::vector<int> groupConsumers;
    {
        QSet<int> seen;
        for (const Link &l : links) {
            if (l.group && !seen.contains(consumerOf(l))) {
                seen.insert(consumerOf(l));
                groupConsumers.push_back(consumerOf(l));
            }
        }
    }

    // 3. Services of an earlier import that this export no longer lists go, with what hangs
    // off them. Only CMDB services (those with a sys_id) are ever removed.
    QSet<QString> removedIds;
    for (const Service &s : std::as_const(plan.services)) {
        const QString sys = s.attributes.value(SysId);
        if (sys.isEmpty())
            continue;
        const int ci = ciKeys.find(sys.toUtf8());
        if (ci < 0 || ciList[std::size_t(ci)].leftOut)
            removedIds.insert(s.id); // gone from the export, or now left out by the mapping
    }
    result.removed = int(removedIds.size());
    plan.services.removeIf([&](const Service &s) { return removedIds.contains(s.id); });

    // 4. Dependencies between two CMDB services are the export's; the planner's own (any
    // with a process or a hand-made service at one end) stay.
    QSet<IdView> cmdbIds; // of the services, which keep their ids from here on
    cmdbIds.reserve(plan.services.size());
    for (const Service &s : std::as_const(plan.services)) {
        if (!s.attributes.value(SysId).isEmpty())
            cmdbIds.insert(s.id);
    }
    std::vector<quint64> before;
    before.reserve(std::size_t(plan.dependencies.size()));
    for (const Dependency &d : std::as_const(plan.dependencies))
        before.push_back(pairKey(intern(d.consumer), intern(d.provider)));
    std::sort(before.begin(), before.end());
    before.erase(std::unique(before.begin(), before.end()), before.end());
    plan.dependencies.removeIf([&](const Dependency &d) {
        if (removedIds.contains(d.consumer) || removedIds.contains(d.provider))
            return true;
        return cmdbIds.contains(d.consumer) && cmdbIds.contains(d.provider) &&
               !wanted(pairKey(intern(d.consumer), intern(d.provider)));
    });
    // What stays of the plan's dependencies (by key, with where each is), then the export's.
    std::vector<std::pair<quint64, qsizetype>> at;
    at.reserve(std::size_t(plan.dependencies.size()));
    for (qsizetype i = 0; i < plan.dependencies.size(); ++i) {
        const Dependency &d = plan.dependencies.at(i);
        at.emplace_back(pairKey(intern(d.consumer), intern(d.provider)), i);
    }
    std::sort(at.begin(), at.end());
    auto placeOf = [&at](quint64 key) -> qsizetype { // in what stays; -1 for none
        const auto it =
            std::lower_bound(at.cbegin(), at.cend(), std::pair<quint64, qsizetype>(key, -1));
        return it != at.cend() && it->first == key ? it->second : -1;
    };
    // What stays was in the plan before: the export's new pairs are the ones added; a pair of
    // before is removed when neither what stays nor the export has it.
    result.dependenciesAdded =
        before.empty() ? int(links.size()) : int(countNotIn(wantedKeys, before));
    for (const quint64 key : before)
        result.dependenciesRemoved += placeOf(key) < 0 && !wanted(key);
    before = {};
    wantedKeys = {};
    plan.dependencies.reserve(plan.dependencies.size() + qsizetype(links.size()));
    for (const Link &l : links) {
        Dependency d{interned.at(consumerOf(l)), interned.at(providerOf(l)), l.strength,
                     l.group ? MembersGroup : QString()};
        if (const qsizetype place = placeOf(l.key); place >= 0)
            plan.dependencies[place] = std::move(d);
        else
            plan.dependencies.append(std::move(d));
    }
    links = {};
    at = {};
    // Membership groups: one "members" group (1 of n) per consumer that has members.
    QSet<QString> memberConsumers;
    for (const int consumer : groupConsumers)
        memberConsumers.insert(interned.at(consumer));
    plan.groups.removeIf([&](const RedundancyGroup &g) {
        return removedIds.contains(g.consumer) ||
               (g.name == MembersGroup && cmdbIds.contains(g.consumer) &&
                !memberConsumers.contains(g.consumer));
    });
    QSet<QPair<QString, QString>> groupsNow;
    for (const RedundancyGroup &g : std::as_const(plan.groups))
        groupsNow.insert({g.consumer, g.name});
    for (const int c : groupConsumers) { // in export order, for a stable plan
        const QString &consumer = interned.at(c);
        if (!groupsNow.contains({consumer, MembersGroup})) {
            plan.groups.append({consumer, MembersGroup, 1});
            groupsNow.insert({consumer, MembersGroup});
        }
    }
    // A dependency may not name a group its consumer lost.
    for (Dependency &d : plan.dependencies) {
        if (!d.group.isEmpty() && !groupsNow.contains({d.consumer, d.group}))
            d.group.clear();
    }
    // Runbooks of removed services keep their steps but lose the service.
    for (Runbook &rb : plan.runbooks) {
        if (removedIds.contains(rb.service))
            rb.service.clear();
    }
    // The indexes of the export go before the rules index the plan again.
    ciKeys = ByteKeys();
    ciList = {};
    cisOfName.reset();
    internIndex = {};
    interned = {};
    takenIds = {};
    serviceBySysId = {};
    if (planMade)
        planMade(plan);
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
