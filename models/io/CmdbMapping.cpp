// SPDX-License-Identifier: GPL-3.0-or-later
#include "CmdbMapping.h"

#include "JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::CmdbMapping)
};

bool matches(const QString &pattern, const QString &text)
{
    if (!pattern.contains(QLatin1Char('*')))
        return pattern.compare(text, Qt::CaseInsensitive) == 0;
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                    pattern, QRegularExpression::UnanchoredWildcardConversion),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == text.size();
}

} // namespace

QString toString(CmdbRelation relation)
{
    switch (relation) {
    case CmdbRelation::ParentNeedsChild:
        return QStringLiteral("parent-depends-on-child");
    case CmdbRelation::ChildNeedsParent:
        return QStringLiteral("child-depends-on-parent");
    case CmdbRelation::ParentNeedsOneOfChildren:
        return QStringLiteral("parent-needs-one-of-children");
    case CmdbRelation::ChildSoftNeedsParent:
        return QStringLiteral("child-soft-depends-on-parent");
    case CmdbRelation::Ignore:
        break;
    }
    return QStringLiteral("ignore");
}

std::optional<CmdbRelation> cmdbRelationFromString(const QString &text)
{
    for (CmdbRelation r : {CmdbRelation::ParentNeedsChild, CmdbRelation::ChildNeedsParent,
                           CmdbRelation::ParentNeedsOneOfChildren,
                           CmdbRelation::ChildSoftNeedsParent, CmdbRelation::Ignore}) {
        if (toString(r) == text)
            return r;
    }
    return std::nullopt;
}

CmdbMapping CmdbMapping::defaults()
{
    CmdbMapping m;
    auto rule = [&m](const char *pattern, std::optional<ServiceKind> kind) {
        m.classes.append({QString::fromLatin1(pattern), kind});
    };
    rule("cmdb_ci_appl*", ServiceKind::Application);
    rule("cmdb_ci_business_app", ServiceKind::Application);
    rule("cmdb_ci_service*", ServiceKind::Application);
    rule("cmdb_ci_db_*", ServiceKind::DataStore);
    rule("cmdb_ci_database", ServiceKind::DataStore);
    rule("cmdb_ci_storage*", ServiceKind::DataStore);
    rule("cmdb_ci_datacenter", ServiceKind::Site);
    rule("cmdb_ci_computer_room", ServiceKind::Site);
    rule("cmdb_ci_cloud_region", ServiceKind::Site);
    rule("cmdb_ci_ip_router", ServiceKind::Network);
    rule("cmdb_ci_ip_switch", ServiceKind::Network);
    rule("cmdb_ci_ip_firewall", ServiceKind::Network);
    rule("cmdb_ci_lb*", ServiceKind::Network);
    rule("cmdb_ci_netgear", ServiceKind::Network);
    rule("cmdb_ci_network*", ServiceKind::Network);
    rule("cmdb_ci_*server", ServiceKind::Infrastructure);
    rule("cmdb_ci_server*", ServiceKind::Infrastructure);
    rule("cmdb_ci_vm*", ServiceKind::Infrastructure);
    rule("cmdb_ci_esx*", ServiceKind::Infrastructure);
    rule("cmdb_ci_cluster*", ServiceKind::Infrastructure);
    rule("cmdb_ci_kubernetes*", ServiceKind::Infrastructure);
    rule("cmdb_ci_computer", ServiceKind::Infrastructure);
    rule("core_company", ServiceKind::Supplier);
    rule("cmdb_ci_vendor*", ServiceKind::Supplier);
    rule("sys_user_group", ServiceKind::Team);
    // Desks and printers rarely matter to a recovery: left out unless a mapping says so.
    rule("cmdb_ci_printer", std::nullopt);
    rule("cmdb_ci_pc_hardware", std::nullopt);

    auto relation = [&m](const char *type, CmdbRelation meaning) {
        m.relations.insert(QString::fromLatin1(type).toLower(), meaning);
    };
    relation("Depends on::Used by", CmdbRelation::ParentNeedsChild);
    relation("Runs on::Runs", CmdbRelation::ParentNeedsChild);
    relation("Hosted on::Hosts", CmdbRelation::ParentNeedsChild);
    relation("Virtualized by::Virtualizes", CmdbRelation::ParentNeedsChild);
    relation("Uses::Used by", CmdbRelation::ParentNeedsChild);
    relation("Contains::Contained by", CmdbRelation::ChildNeedsParent);
    relation("Members::Member of", CmdbRelation::ParentNeedsOneOfChildren);
    relation("Sends data to::Receives data from", CmdbRelation::ChildSoftNeedsParent);

    m.criticality.insert(QStringLiteral("1 - most critical"), 0);
    m.criticality.insert(QStringLiteral("2 - somewhat critical"), 1);
    m.criticality.insert(QStringLiteral("3 - less critical"), 2);
    m.criticality.insert(QStringLiteral("4 - not critical"), 3);
    return m;
}

std::optional<ServiceKind> CmdbMapping::kindFor(const QString &className) const
{
    for (const ClassRule &r : classes) {
        if (matches(r.pattern, className))
            return r.kind;
    }
    return defaultKind;
}

CmdbRelation CmdbMapping::relationFor(const QString &type) const
{
    return relations.value(type.trimmed().toLower(), CmdbRelation::Ignore);
}

std::optional<int> CmdbMapping::tierFor(const QString &criticality) const
{
    const QString text = criticality.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (auto it = this->criticality.cbegin(); it != this->criticality.cend(); ++it) {
        if (it.key().compare(text, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    // ServiceNow's values start with the level; exports are sometimes re-labelled.
    const QChar first = text.at(0);
    if (first >= QLatin1Char('1') && first <= QLatin1Char('4') &&
        (text.size() == 1 || !text.at(1).isDigit()))
        return first.digitValue() - 1;
    return std::nullopt;
}

std::optional<CmdbMapping> CmdbMapping::fromJson(const QByteArray &json, QStringList *errors)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    auto fail = [errors](const QString &message) {
        if (errors)
            errors->append(message);
        return std::nullopt;
    };
    if (parse.error != QJsonParseError::NoError)
        return fail(
            Tr::tr("not valid JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset));
    if (!doc.isObject())
        return fail(Tr::tr("must be a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("continuity-cmdb-mapping"))
        return fail(Tr::tr("format: must be \"continuity-cmdb-mapping\""));
    if (root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(Tr::tr("version: this Continuity reads mapping version 1"));
    CmdbMapping m = defaults();
    QStringList problems;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("format") || key == QLatin1String("version"))
            continue;
        if (key == QLatin1String("classes")) {
            if (!it.value().isArray()) {
                problems.append(Tr::tr("classes: must be an array"));
                continue;
            }
            const QJsonArray array = it.value().toArray();
            QList<ClassRule> rules;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonObject o = array.at(i).toObject();
                const QString path = QStringLiteral("classes[%1]").arg(i);
                const QString pattern = o.value(QLatin1String("class")).toString();
                if (!array.at(i).isObject() || pattern.isEmpty()) {
                    problems.append(Tr::tr("%1: needs \"class\" and \"kind\"").arg(path));
                    continue;
                }
                const QJsonValue kind = o.value(QLatin1String("kind"));
                if (kind.isNull()) {
                    rules.append({pattern, std::nullopt});
                } else if (const auto k = serviceKindFromString(kind.toString())) {
                    rules.append({pattern, k});
                } else {
                    problems.append(Tr::tr("%1.kind: must be a service kind (%2) or null")
                                        .arg(path, serviceKindNames().join(QStringLiteral(", "))));
                }
            }
            // The file's rules first; a default for the same pattern gives way.
            QSet<QString> patterns;
            for (const ClassRule &rule : std::as_const(rules))
                patterns.insert(rule.pattern.toLower());
            for (const ClassRule &rule : std::as_const(m.classes)) {
                if (!patterns.contains(rule.pattern.toLower()))
                    rules.append(rule);
            }
            m.classes = rules;
        } else if (key == QLatin1String("defaultKind")) {
            if (const auto k = serviceKindFromString(it.value().toString()))
                m.defaultKind = *k;
            else
                problems.append(Tr::tr("defaultKind: must be a service kind (%1)")
                                    .arg(serviceKindNames().join(QStringLiteral(", "))));
        } else if (key == QLatin1String("relationships")) {
            const QJsonObject o = it.value().toObject();
            for (auto r = o.begin(); r != o.end(); ++r) {
                if (const auto meaning = cmdbRelationFromString(r.value().toString()))
                    m.relations.insert(r.key().trimmed().toLower(), *meaning);
                else
                    problems.append(Tr::tr("relationships.%1: must be one of parent-depends-on-"
                                           "child, child-depends-on-parent, parent-needs-one-"
                                           "of-children, child-soft-depends-on-parent, ignore")
                                        .arg(r.key()));
            }
        } else if (key == QLatin1String("criticality")) {
            const QJsonObject o = it.value().toObject();
            for (auto c = o.begin(); c != o.end(); ++c) {
                const int tier = c.value().toInt(-1);
                if (!c.value().isDouble() || tier < 0 || tier > 3)
                    problems.append(
                        Tr::tr("criticality.%1: must be a tier from 0 to 3").arg(c.key()));
                else
                    m.criticality.insert(c.key().trimmed(), tier);
            }
        } else {
            problems.append(Tr::tr("%1: is not a known field").arg(key));
        }
    }
    if (!problems.isEmpty()) {
        if (errors)
            *errors += problems;
        return std::nullopt;
    }
    return m;
}

QByteArray CmdbMapping::toJson() const
{
    JsonWriter w;
    write(w);
    return w.take();
}

void CmdbMapping::write(JsonWriter &w) const
{
    w.beginObject();
    w.key("format");
    w.value(QStringLiteral("continuity-cmdb-mapping"));
    w.key("version");
    w.value(1);
    w.key("classes");
    w.beginArray();
    for (const ClassRule &r : classes) {
        w.beginObject(true);
        w.key("class");
        w.value(r.pattern);
        w.key("kind");
        w.value(r.kind ? std::optional<QString>(toString(*r.kind)) : std::nullopt);
        w.endObject();
    }
    w.endArray();
    w.key("defaultKind");
    w.value(toString(defaultKind));
    w.key("relationships");
    w.beginObject();
    QStringList types = relations.keys();
    types.sort();
    for (const QString &type : types) {
        w.key(type);
        w.value(toString(relations.value(type)));
    }
    w.endObject();
    w.key("criticality");
    w.beginObject();
    QStringList levels = criticality.keys();
    levels.sort();
    for (const QString &level : levels) {
        w.key(level);
        w.value(criticality.value(level));
    }
    w.endObject();
    w.endObject();
}

} // namespace Continuity
