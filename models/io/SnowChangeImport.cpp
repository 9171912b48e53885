// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnowChangeImport.h"

#include "CsvReader.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::SnowChangeImport)
};

std::optional<QString> instant(const QString &text, const QTimeZone &zone, bool *ok)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        for (const char *format :
             {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss"}) {
            const QDateTime local = QDateTime::fromString(t, QLatin1String(format));
            if (local.isValid()) {
                at = QDateTime(local.date(), local.time(), zone);
                break;
            }
        }
    }
    if (!at.isValid() || at.date().year() < 1970 || at.date().year() > 9999) {
        *ok = false;
        return std::nullopt;
    }
    return at.toUTC().toString(Qt::ISODate);
}

std::optional<ChangeClass> classOf(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("standard"))
        return ChangeClass::Standard;
    if (t == QLatin1String("normal") || t == QLatin1String("comprehensive"))
        return ChangeClass::Normal;
    if (t == QLatin1String("emergency") || t == QLatin1String("expedited"))
        return ChangeClass::Emergency;
    return std::nullopt;
}

std::optional<ChangeState> stateOf(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QHash<QString, ChangeState> names = {
        {QStringLiteral("new"), ChangeState::New},
        {QStringLiteral("-5"), ChangeState::New},
        {QStringLiteral("assess"), ChangeState::Assess},
        {QStringLiteral("-4"), ChangeState::Assess},
        {QStringLiteral("authorize"), ChangeState::Authorize},
        {QStringLiteral("-3"), ChangeState::Authorize},
        {QStringLiteral("scheduled"), ChangeState::Scheduled},
        {QStringLiteral("-2"), ChangeState::Scheduled},
        {QStringLiteral("implement"), ChangeState::Implement},
        {QStringLiteral("-1"), ChangeState::Implement},
        {QStringLiteral("review"), ChangeState::Review},
        {QStringLiteral("0"), ChangeState::Review},
        {QStringLiteral("closed"), ChangeState::Closed},
        {QStringLiteral("3"), ChangeState::Closed},
        {QStringLiteral("canceled"), ChangeState::Cancelled},
        {QStringLiteral("cancelled"), ChangeState::Cancelled},
        {QStringLiteral("4"), ChangeState::Cancelled},
    };
    const auto it = names.constFind(t);
    return it == names.constEnd() ? std::nullopt : std::optional<ChangeState>(*it);
}

// ServiceNow's close codes, and the words people use for a rollback.
std::optional<ChangeOutcome> outcomeOf(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("successful"))
        return ChangeOutcome::Successful;
    if (t == QLatin1String("successful_issues") || t == QLatin1String("successful with issues"))
        return ChangeOutcome::SuccessfulWithIssues;
    if (t == QLatin1String("unsuccessful"))
        return ChangeOutcome::Unsuccessful;
    if (t.contains(QLatin1String("rolled back")) || t.contains(QLatin1String("backed out")) ||
        t == QLatin1String("rolled_back") || t == QLatin1String("rolled-back"))
        return ChangeOutcome::RolledBack;
    *ok = false;
    return std::nullopt;
}

} // namespace

QList<std::pair<QString, QString>> SnowChangeMapping::columns() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("title"), title},
            {QStringLiteral("type"), type},
            {QStringLiteral("state"), state},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("configurationItem"), configurationItem},
            {QStringLiteral("assignedTo"), assignedTo},
            {QStringLiteral("closeCode"), closeCode},
            {QStringLiteral("createdAt"), createdAt}};
}

std::optional<SnowChangeMapping> SnowChangeMapping::fromJson(const QByteArray &json,
                                                             QStringList *errors)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        errors->append(
            Tr::tr("not valid JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() !=
                               QLatin1String("continuity-snow-change-mapping")) {
        errors->append(Tr::tr("format: must be \"continuity-snow-change-mapping\""));
        return std::nullopt;
    }
    if (root.value(QLatin1String("version")).toInt(-1) != 1) {
        errors->append(Tr::tr("version: this Continuity reads mapping version 1"));
        return std::nullopt;
    }
    SnowChangeMapping m;
    const QHash<QString, QString *> fields = {
        {QStringLiteral("number"), &m.number},
        {QStringLiteral("title"), &m.title},
        {QStringLiteral("type"), &m.type},
        {QStringLiteral("state"), &m.state},
        {QStringLiteral("start"), &m.start},
        {QStringLiteral("end"), &m.end},
        {QStringLiteral("configurationItem"), &m.configurationItem},
        {QStringLiteral("assignedTo"), &m.assignedTo},
        {QStringLiteral("closeCode"), &m.closeCode},
        {QStringLiteral("createdAt"), &m.createdAt},
        {QStringLiteral("timeZone"), &m.timeZone}};
    const qsizetype before = errors->size();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("format") || it.key() == QLatin1String("version"))
            continue;
        QString *field = fields.value(it.key());
        if (!field)
            errors->append(Tr::tr("%1: not a field of a change mapping").arg(it.key()));
        else if (!it.value().isString() || it.value().toString().size() > 200)
            errors->append(Tr::tr("%1: must be a column name (text)").arg(it.key()));
        else
            *field = it.value().toString().trimmed();
    }
    if (!m.timeZone.isEmpty() && !QTimeZone(m.timeZone.toUtf8()).isValid())
        errors->append(Tr::tr("timeZone: must be a time zone such as Europe/Berlin"));
    if (m.number.isEmpty())
        errors->append(Tr::tr("number: must name a column"));
    if (errors->size() > before)
        return std::nullopt;
    return m;
}

QByteArray SnowChangeMapping::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("continuity-snow-change-mapping"));
    root.insert(QStringLiteral("version"), 1);
    for (const auto &[field, column] : columns())
        root.insert(field, column);
    root.insert(QStringLiteral("timeZone"), timeZone);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<SnowChangeResult> importSnowChanges(const Plan &current, const CmdbFile &file,
                                                  const SnowChangeMapping &mapping,
                                                  bool skipBadRows, qint64 now,
                                                  QString *errorMessage)
{
    const std::optional<CsvTable> table = readCsv(file.bytes, file.name, errorMessage);
    if (!table)
        return std::nullopt;
    QHash<QString, int> at;
    for (int i = 0; i < table->header.size(); ++i)
        at.insert(table->header.at(i).trimmed().toLower(), i);
    auto column = [&](const QString &name) {
        return name.isEmpty() ? -1 : at.value(name.trimmed().toLower(), -1);
    };
    const int number = column(mapping.number);
    if (number < 0) {
        *errorMessage =
            Tr::tr("%1: the export has no column %2 (its columns: %3)")
                .arg(file.name, mapping.number.isEmpty() ? Tr::tr("(none mapped)") : mapping.number,
                     table->header.join(QStringLiteral(", ")).left(300));
        return std::nullopt;
    }
    const int title = column(mapping.title);
    const int type = column(mapping.type);
    const int state = column(mapping.state);
    const int start = column(mapping.start);
    const int end = column(mapping.end);
    const int item = column(mapping.configurationItem);
    const int assignee = column(mapping.assignedTo);
    const int closeCode = column(mapping.closeCode);
    const int created = column(mapping.createdAt);
    QTimeZone zone(
        (mapping.timeZone.isEmpty() ? current.incidentPolicy.timeZone : mapping.timeZone).toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();

    QHash<QString, QString> nodeByKey; // id, lower-case name, sys_id → node id
    for (const Process &p : current.processes) {
        nodeByKey.insert(p.id, p.id);
        nodeByKey.insert(p.name.trimmed().toLower(), p.id);
    }
    for (const Service &s : current.services) {
        nodeByKey.insert(s.id, s.id);
        nodeByKey.insert(s.name.trimmed().toLower(), s.id);
        const QString sysId = s.attributes.value(QStringLiteral("sys_id"));
        if (!sysId.isEmpty())
            nodeByKey.insert(sysId, s.id);
    }
    QHash<QString, QString> personByKey;
    for (const Person &p : current.persons) {
        personByKey.insert(p.id, p.id);
        personByKey.insert(p.name.trimmed().toLower(), p.id);
    }

    SnowChangeResult result;
    result.plan = current;
    QList<Change> &changes = result.plan.changes;
    QHash<QString, qsizetype> byRef;
    QSet<QString> taken;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (!changes.at(i).externalRef.isEmpty())
            byRef.insert(changes.at(i).externalRef, i);
        taken.insert(changes.at(i).id);
    }
    QSet<QString> seen;
    QSet<QString> unknownItems;
    QSet<QString> unknownPeople;
    const QString importedAt =
        QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).toString(Qt::ISODate);
    auto field = [](const CsvRecord &r, int index) {
        return index >= 0 && index < r.fields.size() ? r.fields.at(index).trimmed() : QString();
    };
    for (const CsvRecord &record : table->records) {
        auto problem = [&](const QString &reason) {
            result.problems.append({file.name, record.line, reason});
        };
        const QString ref = field(record, number);
        if (ref.isEmpty()) {
            problem(Tr::tr("no change number in column %1").arg(mapping.number));
            continue;
        }
        if (ref.size() > 100 || !isValidId(ref)) {
            problem(
                Tr::tr("the change number must be 1 to 100 characters without spaces or commas"));
            continue;
        }
        if (seen.contains(ref)) {
            problem(Tr::tr("change %1 appears a second time").arg(ref));
            continue;
        }
        seen.insert(ref);
        bool ok = true;
        const std::optional<QString> from = instant(field(record, start), zone, &ok);
        const std::optional<QString> to = instant(field(record, end), zone, &ok);
        const std::optional<QString> createdAt = instant(field(record, created), zone, &ok);
        if (!ok) {
            problem(Tr::tr("%1: a time does not read as 2026-03-04 10:15:00 or ISO-8601 (columns "
                           "%2, %3, %4)")
                        .arg(ref, mapping.start, mapping.end, mapping.createdAt));
            continue;
        }
        std::optional<ChangeClass> cls = ChangeClass::Normal;
        if (!field(record, type).isEmpty())
            cls = classOf(field(record, type));
        if (!cls) {
            problem(Tr::tr("%1: the type \"%2\" is not standard, normal or emergency")
                        .arg(ref, field(record, type).left(40)));
            continue;
        }
        std::optional<ChangeState> st = ChangeState::New;
        if (!field(record, state).isEmpty())
            st = stateOf(field(record, state));
        if (!st) {
            problem(Tr::tr("%1: the state \"%2\" is not a state of a change")
                        .arg(ref, field(record, state).left(40)));
            continue;
        }
        const std::optional<ChangeOutcome> outcome = outcomeOf(field(record, closeCode), &ok);
        if (!ok) {
            problem(Tr::tr("%1: the close code \"%2\" does not read as an outcome")
                        .arg(ref, field(record, closeCode).left(40)));
            continue;
        }

        const qsizetype existing = byRef.value(ref, -1);
        Change change = existing >= 0 ? changes.at(existing) : Change();
        const Change before = change;
        if (existing < 0) {
            change.id = ref;
            int n = 2;
            while (taken.contains(change.id))
                change.id = ref + QStringLiteral("-%1").arg(n++);
            change.externalRef = ref;
            // Raised when the export says; else when imported, or its start if that is earlier.
            change.createdAt = createdAt.value_or(from && *from < importedAt ? *from : importedAt);
        } else if (createdAt) {
            change.createdAt = *createdAt;
        }
        if (title >= 0)
            change.title = field(record, title).left(500);
        if (change.title.isEmpty())
            change.title = ref;
        change.changeClass = *cls;
        change.state = *st;
        change.plannedStart = from;
        change.plannedEnd = to;
        if (from && !to)
            change.plannedEnd =
                QDateTime::fromString(*from, Qt::ISODate).addSecs(3600).toString(Qt::ISODate);
        if (to && !from)
            change.plannedStart =
                QDateTime::fromString(*to, Qt::ISODate).addSecs(-3600).toString(Qt::ISODate);
        if (outcome && (*st == ChangeState::Review || *st == ChangeState::Closed))
            change.outcome = outcome;
        const QString ci = field(record, item);
        if (!ci.isEmpty()) {
            const QString node = nodeByKey.value(ci, nodeByKey.value(ci.toLower()));
            if (node.isEmpty())
                unknownItems.insert(ci);
            else if (!change.targets.contains(node))
                change.targets.append(node);
        }
        const QString who = field(record, assignee);
        if (!who.isEmpty()) {
            const QString person = personByKey.value(who, personByKey.value(who.toLower()));
            if (person.isEmpty())
                unknownPeople.insert(who);
            else
                change.implementer = person;
        }
        if (change.peerReviewer == change.implementer)
            change.peerReviewer.clear();
        const QList<FieldProblem> invalid = checkChange(change);
        if (!invalid.isEmpty()) {
            problem(Tr::tr("%1: %2 %3").arg(ref, invalid.first().field, invalid.first().rule));
            continue;
        }
        if (existing >= 0) {
            if (change == before) {
                ++result.unchanged;
            } else {
                changes[existing] = change;
                ++result.updated;
            }
        } else {
            taken.insert(change.id);
            byRef.insert(ref, changes.size());
            changes.append(change);
            ++result.added;
        }
    }
    result.unknownItems = QStringList(unknownItems.cbegin(), unknownItems.cend());
    result.unknownItems.sort(Qt::CaseInsensitive);
    result.unknownPeople = QStringList(unknownPeople.cbegin(), unknownPeople.cend());
    result.unknownPeople.sort(Qt::CaseInsensitive);
    if (!result.problems.isEmpty() && !skipBadRows) {
        result.plan = current;
        result.added = result.updated = 0;
    }
    return result;
}

} // namespace Continuity
