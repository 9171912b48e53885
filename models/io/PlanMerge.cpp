// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanMerge.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <optional>

namespace Continuity::PlanMerge {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::PlanMerge)
};

// How the items of a list section are told apart; sections not named here are one value each.
enum class Identity { None, Id, Dependency, Group, Tier, Tag, Node };

Identity identityOf(const QString &section)
{
    static const QHash<QString, Identity> identities = {
        {QStringLiteral("processes"), Identity::Id},
        {QStringLiteral("services"), Identity::Id},
        {QStringLiteral("runbooks"), Identity::Id},
        {QStringLiteral("exercises"), Identity::Id},
        {QStringLiteral("persons"), Identity::Id},
        {QStringLiteral("roles"), Identity::Id},
        {QStringLiteral("callTrees"), Identity::Id},
        {QStringLiteral("incidents"), Identity::Id},
        {QStringLiteral("changes"), Identity::Id},
        {QStringLiteral("freezes"), Identity::Id},
        {QStringLiteral("maintenanceWindows"), Identity::Id},
        {QStringLiteral("controls"), Identity::Id},
        {QStringLiteral("evidence"), Identity::Id},
        {QStringLiteral("accessReviews"), Identity::Id},
        {QStringLiteral("exceptions"), Identity::Id},
        {QStringLiteral("contracts"), Identity::Id},
        {QStringLiteral("commitments"), Identity::Id},
        {QStringLiteral("dependencies"), Identity::Dependency},
        {QStringLiteral("groups"), Identity::Group},
        {QStringLiteral("tierPolicy"), Identity::Tier},
        {QStringLiteral("regulatoryPolicy"), Identity::Tag},
        {QStringLiteral("slos"), Identity::Node},
    };
    return identities.value(section, Identity::None);
}

// The item's identity in its section; empty when it has none (then the section is one value).
QString idOf(Identity identity, const QJsonValue &value)
{
    if (!value.isObject())
        return QString();
    const QJsonObject o = value.toObject();
    const auto text = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString() : QString();
    };
    switch (identity) {
    case Identity::Id:
        return text("id");
    case Identity::Dependency:
        return text("consumer").isEmpty() || text("provider").isEmpty()
                   ? QString()
                   : text("consumer") + QStringLiteral(" -> ") + text("provider");
    case Identity::Group:
        return text("consumer").isEmpty() || text("name").isEmpty()
                   ? QString()
                   : text("consumer") + QLatin1Char('/') + text("name");
    case Identity::Tier:
        return o.value(QLatin1String("tier")).isDouble()
                   ? QString::number(o.value(QLatin1String("tier")).toInt())
                   : QString();
    case Identity::Tag:
        return text("tag");
    case Identity::Node:
        return text("node");
    case Identity::None:
        break;
    }
    return QString();
}

// The section's items by identity, in order; nullopt when it is not a list of items each with
// an identity of its own (then it is merged as one value).
struct Items
{
    QStringList order;
    QHash<QString, QJsonValue> byId;
};

std::optional<Items> itemsOf(Identity identity, const QJsonValue &section)
{
    Items items;
    if (section.isUndefined())
        return items;
    if (identity == Identity::None || !section.isArray())
        return std::nullopt;
    const QJsonArray array = section.toArray();
    for (const QJsonValue &value : array) {
        const QString id = idOf(identity, value);
        if (id.isEmpty() || items.byId.contains(id))
            return std::nullopt;
        items.order.append(id);
        items.byId.insert(id, value);
    }
    return items;
}

Change changeOf(const QJsonValue &before, const QJsonValue &after)
{
    if (before.isUndefined())
        return Change::Added;
    if (after.isUndefined())
        return Change::Removed;
    return Change::Changed;
}

// The fields of two objects that differ, in order; none for other values.
QStringList fieldsThatDiffer(const QJsonValue &a, const QJsonValue &b)
{
    QStringList fields;
    if (!a.isObject() || !b.isObject())
        return fields;
    const QJsonObject x = a.toObject();
    const QJsonObject y = b.toObject();
    for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
        if (it.value() != y.value(it.key()))
            fields.append(it.key());
    }
    for (auto it = y.constBegin(); it != y.constEnd(); ++it) {
        if (!x.contains(it.key()))
            fields.append(it.key());
    }
    return fields;
}

class Merger
{
public:
    explicit Merger(Resolution resolution)
        : m_resolution(resolution)
    {}

    // The value the merged plan holds for one item (Undefined: none).
    QJsonValue mergeOne(const Item &item, const QJsonValue &base, const QJsonValue &mine,
                        const QJsonValue &theirs)
    {
        if (mine == base) {
            if (theirs != base)
                ++result.theirsKept;
            return theirs;
        }
        if (theirs == base) {
            result.taken.append({item, changeOf(base, mine), fieldsThatDiffer(base, mine)});
            return mine;
        }
        if (mine == theirs)
            return theirs; // both made the same change
        result.conflicts.append(
            {item, changeOf(base, mine), changeOf(base, theirs), fieldsThatDiffer(mine, theirs)});
        if (m_resolution == Resolution::TakeMine) {
            result.taken.append({item, changeOf(theirs, mine), fieldsThatDiffer(theirs, mine)});
            return mine;
        }
        return theirs;
    }

    Result result;

private:
    Resolution m_resolution;
};

} // namespace

Result merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
             Resolution resolution)
{
    Merger merger(resolution);
    // Every key of any side (a JSON object keeps its keys sorted).
    QStringList keys = theirs.keys();
    for (const QJsonObject *side : {&mine, &base}) {
        for (const QString &key : side->keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    QJsonObject merged;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue b = base.value(key);
        const QJsonValue m = mine.value(key);
        const QJsonValue t = theirs.value(key);
        if (key == QLatin1String("format") || key == QLatin1String("version")) {
            // What the writer of this Continuity says; the same on every side.
            if (!t.isUndefined())
                merged.insert(key, t);
            continue;
        }
        const Identity identity = identityOf(key);
        const std::optional<Items> bi = itemsOf(identity, b);
        const std::optional<Items> mi = bi ? itemsOf(identity, m) : std::nullopt;
        const std::optional<Items> ti = mi ? itemsOf(identity, t) : std::nullopt;
        if (!ti) {
            const QJsonValue value = merger.mergeOne({key, QString()}, b, m, t);
            if (!value.isUndefined())
                merged.insert(key, value);
            continue;
        }
        QJsonArray out;
        auto mergeItem = [&](const QString &id) {
            const QJsonValue value =
                merger.mergeOne({key, id}, bi->byId.value(id, QJsonValue::Undefined),
                                mi->byId.value(id, QJsonValue::Undefined),
                                ti->byId.value(id, QJsonValue::Undefined));
            if (!value.isUndefined())
                out.append(value);
        };
        QSet<QString> seen;
        for (const QString &id : ti->order) {
            seen.insert(id);
            mergeItem(id);
        }
        for (const QString &id : mi->order) {
            if (!seen.contains(id)) {
                seen.insert(id);
                mergeItem(id);
            }
        }
        for (const QString &id : bi->order) {
            if (!seen.contains(id))
                mergeItem(id); // removed on both sides: stays removed, nothing to say
        }
        if (!t.isUndefined() || !out.isEmpty())
            merged.insert(key, out);
    }
    merger.result.merged = merged;
    return merger.result;
}

QString describe(const Item &item)
{
    static const QHash<QString, const char *> kinds = {
        {QStringLiteral("processes"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "process %1")},
        {QStringLiteral("services"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "service %1")},
        {QStringLiteral("dependencies"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "dependency %1")},
        {QStringLiteral("groups"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "group %1")},
        {QStringLiteral("runbooks"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "runbook %1")},
        {QStringLiteral("exercises"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "exercise %1")},
        {QStringLiteral("persons"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "person %1")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "role %1")},
        {QStringLiteral("callTrees"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "call tree %1")},
        {QStringLiteral("incidents"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "incident %1")},
        {QStringLiteral("slos"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "SLO of %1")},
        {QStringLiteral("changes"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "change %1")},
        {QStringLiteral("freezes"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "freeze %1")},
        {QStringLiteral("maintenanceWindows"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "maintenance window %1")},
        {QStringLiteral("controls"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "control %1")},
        {QStringLiteral("evidence"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "evidence file %1")},
        {QStringLiteral("accessReviews"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "access review %1")},
        {QStringLiteral("exceptions"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "exception %1")},
        {QStringLiteral("contracts"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "contract %1")},
        {QStringLiteral("commitments"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "commitment %1")},
        {QStringLiteral("tierPolicy"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the tier %1 rule")},
        {QStringLiteral("regulatoryPolicy"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the regulatory rule for %1")},
    };
    static const QHash<QString, const char *> wholes = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the plan's name")},
        {QStringLiteral("biaHorizonsHours"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the BIA horizons")},
        {QStringLiteral("biaReviewMonths"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the BIA review interval")},
        {QStringLiteral("peoplePolicy"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the people policy")},
        {QStringLiteral("incidentPolicy"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the incident policy")},
        {QStringLiteral("changePolicy"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the change policy")},
        {QStringLiteral("governancePolicy"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the governance policy")},
        {QStringLiteral("cmdbMapping"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the CMDB mapping")},
        {QStringLiteral("tierPolicy"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the tier policy")},
        {QStringLiteral("regulatoryPolicy"),
         QT_TRANSLATE_NOOP("Continuity::PlanMerge", "the regulatory policy")},
    };
    if (item.id.isEmpty()) {
        if (const char *whole = wholes.value(item.section))
            return Tr::tr(whole);
        return Tr::tr("the plan's %1").arg(item.section);
    }
    if (const char *kind = kinds.value(item.section))
        return Tr::tr(kind).arg(item.id);
    return Tr::tr("%1 %2").arg(item.section, item.id);
}

QString describe(const Taken &taken)
{
    QString what;
    switch (taken.change) {
    case Change::Added:
        what = Tr::tr("added");
        break;
    case Change::Removed:
        what = Tr::tr("removed");
        break;
    case Change::Changed:
        what = taken.fields.isEmpty()
                   ? Tr::tr("changed")
                   : Tr::tr("changed (%1)").arg(taken.fields.join(QStringLiteral(", ")));
        break;
    }
    return Tr::tr("%1: %2").arg(describe(taken.item), what);
}

} // namespace Continuity::PlanMerge
