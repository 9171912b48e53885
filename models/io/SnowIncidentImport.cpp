// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnowIncidentImport.h"

#include "CsvReader.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::SnowIncidentImport)
};

// "1 - Critical" → 1, "5 - Planning" → 5: the leading digit of ServiceNow's priority.
std::optional<int> severityOf(const QString &priority)
{
    const QString t = priority.trimmed();
    if (t.isEmpty() || !t.front().isDigit())
        return std::nullopt;
    const int value = t.front().digitValue();
    if (value < 1 || value > 5 || (t.size() > 1 && t.at(1).isDigit()))
        return std::nullopt;
    return value;
}

// A time as the export writes it: ISO-8601 with an offset, or "2026-03-04 10:15:00" (seconds
// optional) in `zone`. nullopt for empty text; `ok` false when it does not read.
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

} // namespace

QList<std::pair<QString, QString>> SnowIncidentMapping::columns() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("title"), title},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("openedAt"), openedAt},
            {QStringLiteral("resolvedAt"), resolvedAt},
            {QStringLiteral("closedAt"), closedAt},
            {QStringLiteral("configurationItem"), configurationItem},
            {QStringLiteral("closeCode"), closeCode}};
}

std::optional<SnowIncidentMapping> SnowIncidentMapping::fromJson(const QByteArray &json,
                                                                 QStringList *errors)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    auto fail = [errors](const QString &message) {
        errors->append(message);
        return std::nullopt;
    };
    if (parse.error != QJsonParseError::NoError)
        return fail(
            Tr::tr("not valid JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset));
    if (!doc.isObject())
        return fail(Tr::tr("must be a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() !=
        QLatin1String("continuity-snow-incident-mapping"))
        return fail(Tr::tr("format: must be \"continuity-snow-incident-mapping\""));
    if (root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(Tr::tr("version: this Continuity reads mapping version 1"));
    SnowIncidentMapping m;
    QHash<QString, QString *> fields = {
        {QStringLiteral("number"), &m.number},
        {QStringLiteral("title"), &m.title},
        {QStringLiteral("priority"), &m.priority},
        {QStringLiteral("openedAt"), &m.openedAt},
        {QStringLiteral("resolvedAt"), &m.resolvedAt},
        {QStringLiteral("closedAt"), &m.closedAt},
        {QStringLiteral("configurationItem"), &m.configurationItem},
        {QStringLiteral("closeCode"), &m.closeCode},
        {QStringLiteral("timeZone"), &m.timeZone},
    };
    const qsizetype before = errors->size();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("format") || key == QLatin1String("version"))
            continue;
        QString *field = fields.value(key);
        if (!field) {
            errors->append(Tr::tr("%1: not a field of an incident mapping").arg(key));
            continue;
        }
        if (!it.value().isString() || it.value().toString().size() > 200) {
            errors->append(Tr::tr("%1: must be a column name (text)").arg(key));
            continue;
        }
        *field = it.value().toString().trimmed();
    }
    if (!m.timeZone.isEmpty() && !QTimeZone(m.timeZone.toUtf8()).isValid())
        errors->append(Tr::tr("timeZone: must be a time zone such as Europe/Berlin"));
    if (m.number.isEmpty() || m.openedAt.isEmpty())
        errors->append(Tr::tr("number and openedAt: must name a column"));
    if (errors->size() > before)
        return std::nullopt;
    return m;
}

QByteArray SnowIncidentMapping::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("continuity-snow-incident-mapping"));
    root.insert(QStringLiteral("version"), 1);
    for (const auto &[field, column] : columns())
        root.insert(field, column);
    root.insert(QStringLiteral("timeZone"), timeZone);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<SnowIncidentResult> importSnowIncidents(const Plan &current, const CmdbFile &file,
                                                      const SnowIncidentMapping &mapping,
                                                      bool skipBadRows, QString *errorMessage)
{
    const std::optional<CsvTable> table = readCsv(file.bytes, file.name, errorMessage);
    if (!table)
        return std::nullopt;
    // Columns by name, ignoring case and surrounding blanks; the optional ones may be absent
    // (left empty in the mapping, or not in this export).
    QHash<QString, int> at;
    for (int i = 0; i < table->header.size(); ++i)
        at.insert(table->header.at(i).trimmed().toLower(), i);
    auto column = [&](const QString &name) {
        return name.isEmpty() ? -1 : at.value(name.trimmed().toLower(), -1);
    };
    const int number = column(mapping.number);
    const int title = column(mapping.title);
    const int priority = column(mapping.priority);
    const int opened = column(mapping.openedAt);
    const int resolved = column(mapping.resolvedAt);
    const int closed = column(mapping.closedAt);
    const int item = column(mapping.configurationItem);
    const int closeCode = column(mapping.closeCode);
    QStringList missing;
    for (const auto &[name, index] :
         {std::pair{mapping.number, number}, std::pair{mapping.openedAt, opened}}) {
        if (index < 0)
            missing.append(name.isEmpty() ? Tr::tr("(none mapped)") : name);
    }
    if (!missing.isEmpty()) {
        *errorMessage = Tr::tr("%1: the export has no column %2 (its columns: %3)")
                            .arg(file.name, missing.join(QStringLiteral(", ")),
                                 table->header.join(QStringLiteral(", ")).left(300));
        return std::nullopt;
    }
    QTimeZone zone(
        (mapping.timeZone.isEmpty() ? current.incidentPolicy.timeZone : mapping.timeZone).toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();

    // Nodes by id and by name (ignoring case) for the configuration item.
    QHash<QString, QString> nodeByName;
    QSet<QString> ids;
    for (const Process &p : current.processes) {
        ids.insert(p.id);
        nodeByName.insert(p.name.trimmed().toLower(), p.id);
    }
    for (const Service &s : current.services) {
        ids.insert(s.id);
        nodeByName.insert(s.name.trimmed().toLower(), s.id);
    }

    SnowIncidentResult result;
    result.plan = current;
    QList<Incident> &incidents = result.plan.incidents;
    QHash<QString, qsizetype> byRef;
    QSet<QString> taken;
    int highest = 0;
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        if (!incidents.at(i).externalRef.isEmpty())
            byRef.insert(incidents.at(i).externalRef, i);
        taken.insert(incidents.at(i).id);
        if (incidents.at(i).id.startsWith(QLatin1String("INC")))
            highest = std::max(highest, incidents.at(i).id.mid(3).toInt());
    }
    QSet<QString> seen;
    QSet<QString> unknown;
    auto field = [](const CsvRecord &r, int index) {
        return index >= 0 && index < r.fields.size() ? r.fields.at(index).trimmed() : QString();
    };
    for (const CsvRecord &record : table->records) {
        auto problem = [&](const QString &reason) {
            result.problems.append({file.name, record.line, reason});
        };
        const QString ref = field(record, number);
        if (ref.isEmpty()) {
            problem(Tr::tr("no incident number in column %1").arg(mapping.number));
            continue;
        }
        if (ref.size() > 100) {
            problem(Tr::tr("the incident number is longer than 100 characters"));
            continue;
        }
        if (seen.contains(ref)) {
            problem(Tr::tr("incident %1 appears a second time").arg(ref));
            continue;
        }
        seen.insert(ref);
        bool ok = true;
        const std::optional<QString> start = instant(field(record, opened), zone, &ok);
        const std::optional<QString> restore = instant(field(record, resolved), zone, &ok);
        const std::optional<QString> close = instant(field(record, closed), zone, &ok);
        if (!ok || !start) {
            problem(Tr::tr("%1: a time does not read as 2026-03-04 10:15:00 or ISO-8601 (columns "
                           "%2, %3, %4)")
                        .arg(ref, mapping.openedAt, mapping.resolvedAt, mapping.closedAt));
            continue;
        }
        std::optional<int> severity = 3;
        if (priority >= 0 && !field(record, priority).isEmpty())
            severity = severityOf(field(record, priority));
        if (!severity) {
            problem(Tr::tr("%1: the priority does not read as 1 to 5").arg(ref));
            continue;
        }

        const qsizetype existing = byRef.value(ref, -1);
        Incident incident = existing >= 0 ? incidents.at(existing) : Incident();
        const Incident before = incident;
        if (existing < 0) {
            // The ServiceNow number as the id when it is free, else the plan's next INC id.
            if (!taken.contains(ref) && ref.size() <= 40) {
                incident.id = ref;
            } else {
                do {
                    incident.id = QStringLiteral("INC%1").arg(++highest, 4, 10, QLatin1Char('0'));
                } while (taken.contains(incident.id));
            }
            incident.externalRef = ref;
        }
        if (title >= 0)
            incident.title = field(record, title).left(500);
        if (incident.title.isEmpty())
            incident.title = ref;
        incident.severity = *severity;
        incident.startedAt = *start;
        incident.restoredAt = restore;
        incident.closedAt = close;
        incident.status = close     ? IncidentStatus::Closed
                          : restore ? IncidentStatus::Stable
                                    : IncidentStatus::Active;
        const QString ci = field(record, item);
        if (!ci.isEmpty()) {
            const QString node = ids.contains(ci) ? ci : nodeByName.value(ci.toLower());
            if (node.isEmpty()) {
                unknown.insert(ci);
            } else if (std::none_of(incident.affected.cbegin(), incident.affected.cend(),
                                    [&](const AffectedNode &a) { return a.node == node; })) {
                incident.affected.append({node, AffectedState::Down, std::nullopt, std::nullopt});
            }
        }
        const QString code = field(record, closeCode);
        if (!code.isEmpty()) {
            const QString line = Tr::tr("ServiceNow close code: %1").arg(code.left(200));
            if (!incident.description.contains(line))
                incident.description = incident.description.isEmpty()
                                           ? line
                                           : incident.description + QLatin1Char('\n') + line;
        }
        const QList<FieldProblem> invalid = checkIncident(incident);
        if (!invalid.isEmpty()) {
            problem(Tr::tr("%1: %2 %3").arg(ref, invalid.first().field, invalid.first().rule));
            continue;
        }
        if (existing >= 0) {
            if (incident == before) {
                ++result.unchanged;
            } else {
                incidents[existing] = incident;
                ++result.updated;
            }
        } else {
            taken.insert(incident.id);
            byRef.insert(ref, incidents.size());
            incidents.append(incident);
            ++result.added;
        }
    }
    result.unknownItems = QStringList(unknown.cbegin(), unknown.cend());
    result.unknownItems.sort(Qt::CaseInsensitive);
    if (!result.problems.isEmpty() && !skipBadRows) {
        // Nothing is to be written: the caller shows the problems.
        result.plan = current;
        result.added = result.updated = 0;
    }
    return result;
}

} // namespace Continuity
