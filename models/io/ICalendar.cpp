// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendar.h"

#include "analysis/Downtime.h"
#include "domain/Plan.h"
#include "domain/Recurrence.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace Continuity::ICalendar {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ICalendar)
};

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(time_t(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

// A wall-clock time in `zone` for a property that carries a TZID parameter.
icaltimetype floatingTime(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

class Writer
{
public:
    Writer()
        : m_calendar(icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                                         icalproperty_new_prodid("-//Continuity//Continuity//EN"),
                                         icalproperty_new_calscale("GREGORIAN"), nullptr))
    {}

    // A VEVENT with its UID, stamp, summary and category; times are added by the caller.
    icalcomponent *event(const QString &uid, const QString &summary, const QString &category,
                         const QString &description)
    {
        icalcomponent *e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(e, icalproperty_new_uid(utf8(uid).constData()));
        icalcomponent_add_property(e, icalproperty_new_dtstamp(utcTime(m_now)));
        icalcomponent_add_property(e, icalproperty_new_summary(utf8(summary).constData()));
        icalcomponent_add_property(e, icalproperty_new_categories(utf8(category).constData()));
        if (!description.isEmpty())
            icalcomponent_add_property(e,
                                       icalproperty_new_description(utf8(description).constData()));
        icalcomponent_add_component(m_calendar.get(), e);
        return e;
    }

    // DTSTART and DTEND of [from, to) at their wall-clock time in `zone` (with a VTIMEZONE for
    // it), or in UTC when the zone is UTC or libical does not know it.
    void times(icalcomponent *e, qint64 from, qint64 to, const QString &zone)
    {
        icaltimezone *tz = zone == QLatin1String("UTC")
                               ? nullptr
                               : icaltimezone_get_builtin_timezone(utf8(zone).constData());
        if (!tz) {
            icalcomponent_add_property(e, icalproperty_new_dtstart(utcTime(from)));
            icalcomponent_add_property(e, icalproperty_new_dtend(utcTime(to)));
            return;
        }
        addZone(zone, tz);
        const QTimeZone qzone(utf8(zone));
        const QByteArray tzid = utf8(zone);
        icalproperty *start =
            icalproperty_new_dtstart(floatingTime(QDateTime::fromMSecsSinceEpoch(from, qzone)));
        icalproperty_add_parameter(start, icalparameter_new_tzid(tzid.constData()));
        icalcomponent_add_property(e, start);
        icalproperty *end =
            icalproperty_new_dtend(floatingTime(QDateTime::fromMSecsSinceEpoch(to, qzone)));
        icalproperty_add_parameter(end, icalparameter_new_tzid(tzid.constData()));
        icalcomponent_add_property(e, end);
    }

    void rule(icalcomponent *e, const QString &rrule)
    {
        if (rrule.trimmed().isEmpty() || rruleProblem(rrule))
            return;
        QString text = rrule.trimmed();
        if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
            text = text.mid(6);
        icalcomponent_add_property(
            e, icalproperty_new_rrule(icalrecurrencetype_from_string(utf8(text).constData())));
    }

    QByteArray text()
    {
        char *s = icalcomponent_as_ical_string_r(m_calendar.get());
        const QByteArray out(s);
        std::free(s);
        return out;
    }

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();

private:
    void addZone(const QString &zone, icaltimezone *tz)
    {
        if (m_zones.contains(zone))
            return;
        m_zones.insert(zone);
        icalcomponent *vtimezone = icaltimezone_get_component(tz);
        if (!vtimezone)
            return;
        // libical names its zones "/freeassociation.sourceforge.net/Europe/Berlin"; the events
        // name the zone by its IANA id, and so does the VTIMEZONE they refer to.
        icalcomponent *copy = icalcomponent_new_clone(vtimezone);
        if (icalproperty *tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, utf8(zone).constData());
        icalcomponent_add_component(m_calendar.get(), copy);
    }

    Component m_calendar;
    QSet<QString> m_zones;
};

} // namespace

QByteArray write(const Plan &plan)
{
    Writer w;
    const QString domain = QStringLiteral("@continuity");
    for (const Change &c : plan.changes) {
        if (!c.plannedStart || !c.plannedEnd || c.state == ChangeState::Cancelled)
            continue;
        const std::optional<qint64> from = instantMs(*c.plannedStart);
        const std::optional<qint64> to = instantMs(*c.plannedEnd);
        if (!from || !to)
            continue;
        QString description = c.description;
        if (!c.targets.isEmpty())
            description += (description.isEmpty() ? QString() : QStringLiteral("\n")) +
                           Tr::tr("Targets: %1").arg(c.targets.join(QStringLiteral(", ")));
        icalcomponent *e = w.event(QStringLiteral("change-") + c.id + domain,
                                   QStringLiteral("%1 %2").arg(c.id, c.title),
                                   QStringLiteral("Change"), description);
        w.times(e, *from, *to, QStringLiteral("UTC"));
    }
    for (const FreezeWindow &f : plan.freezes) {
        const std::optional<qint64> from = instantMs(f.start);
        const std::optional<qint64> to = instantMs(f.end);
        if (!from || !to)
            continue;
        icalcomponent *e =
            w.event(QStringLiteral("freeze-") + f.id + domain,
                    Tr::tr("Change freeze: %1").arg(f.name), QStringLiteral("Freeze"), QString());
        w.times(e, *from, *to, f.timeZone);
        w.rule(e, f.rrule);
    }
    for (const MaintenanceWindow &m : plan.maintenanceWindows) {
        const std::optional<qint64> from = instantMs(m.start);
        if (!from || !m.durationHours)
            continue;
        const QString summary =
            m.kind == MaintenanceKind::Supplier
                ? Tr::tr("Supplier maintenance: %1").arg(m.name.isEmpty() ? m.node : m.name)
                : Tr::tr("Maintenance window: %1").arg(m.name.isEmpty() ? m.node : m.name);
        icalcomponent *e = w.event(QStringLiteral("maintenance-") + m.id + domain, summary,
                                   QStringLiteral("Maintenance"), Tr::tr("Node: %1").arg(m.node));
        w.times(e, *from, *from + qint64(*m.durationHours * 3600000.0), m.timeZone);
        w.rule(e, m.rrule);
    }
    for (const Exercise &x : plan.exercises) {
        const QDate date = QDate::fromString(x.date, Qt::ISODate);
        if (!date.isValid())
            continue;
        icalcomponent *e = w.event(QStringLiteral("exercise-") + x.id + domain,
                                   Tr::tr("DR exercise: %1").arg(x.title),
                                   QStringLiteral("Exercise"), x.objectives);
        icaltimetype day = icaltime_null_date();
        day.year = date.year();
        day.month = date.month();
        day.day = date.day();
        day.is_date = 1;
        icalcomponent_add_property(e, icalproperty_new_dtstart(day));
        const QDate next = date.addDays(1);
        day.year = next.year();
        day.month = next.month();
        day.day = next.day();
        icalcomponent_add_property(e, icalproperty_new_dtend(day));
    }
    return w.text();
}

namespace {

// The content lines of an iCalendar text, unfolded, each with the line it starts on.
struct ContentLine
{
    int line;
    QString name;
    QString text;
};

} // namespace

std::optional<QList<MaintenanceWindow>> supplierWindows(const QByteArray &ics, const QString &node,
                                                        const QString &idPrefix,
                                                        QStringList *errors)
{
    QStringList ignored;
    QStringList &err = errors ? *errors : ignored;
    const int before = int(err.size());
    if (ics.contains('\0')) {
        err.append(Tr::tr("not an iCalendar file: it holds binary data"));
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(ics);
    if (text.toUtf8() != ics) {
        err.append(Tr::tr("not an iCalendar file: it is not UTF-8 text"));
        return std::nullopt;
    }
    // The structure, line by line, before libical reads it: libical does not say where a
    // problem is.
    QList<ContentLine> lines;
    const QStringList physical = text.split(QLatin1Char('\n'));
    static const QRegularExpression contentLine(QStringLiteral("^([A-Za-z0-9-]+)(;[^:]*)?:(.*)$"));
    for (int i = 0; i < physical.size(); ++i) {
        QString l = physical.at(i);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (l.isEmpty())
            continue;
        if ((l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('\t'))) &&
            !lines.isEmpty()) {
            lines.last().text += l.mid(1);
            continue;
        }
        lines.append({i + 1, QString(), l});
    }
    QList<QString> stack;
    QList<int> eventLines;
    for (ContentLine &l : lines) {
        const QRegularExpressionMatch m = contentLine.match(l.text);
        if (!m.hasMatch()) {
            err.append(Tr::tr("line %1: not an iCalendar content line (NAME:value)").arg(l.line));
            continue;
        }
        l.name = m.captured(1).toUpper();
        const QString value = m.captured(3).trimmed().toUpper();
        if (l.name == QLatin1String("BEGIN")) {
            if (stack.isEmpty() && value != QLatin1String("VCALENDAR"))
                err.append(
                    Tr::tr("line %1: an iCalendar file begins with BEGIN:VCALENDAR").arg(l.line));
            stack.append(value);
            if (value == QLatin1String("VEVENT"))
                eventLines.append(l.line);
        } else if (l.name == QLatin1String("END")) {
            if (stack.isEmpty() || stack.constLast() != value)
                err.append(
                    Tr::tr("line %1: END:%2 does not close BEGIN:%3")
                        .arg(l.line)
                        .arg(value, stack.isEmpty() ? QStringLiteral("-") : stack.constLast()));
            else
                stack.removeLast();
        } else if (stack.isEmpty()) {
            err.append(Tr::tr("line %1: %2 outside BEGIN:VCALENDAR").arg(l.line).arg(l.name));
        }
    }
    if (lines.isEmpty())
        err.append(Tr::tr("not an iCalendar file: it is empty"));
    else if (!stack.isEmpty())
        err.append(Tr::tr("line %1: BEGIN:%2 is never closed")
                       .arg(lines.constLast().line)
                       .arg(stack.constLast()));
    if (int(err.size()) > before)
        return std::nullopt;

    icalerror_clear_errno();
    const QByteArray bytes = text.toUtf8();
    Component calendar(icalparser_parse_string(bytes.constData()));
    icalerror_clear_errno();
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) {
        err.append(Tr::tr("line 1: not an iCalendar file"));
        return std::nullopt;
    }
    QList<MaintenanceWindow> out;
    int index = 0;
    for (icalcomponent *e =
             icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         e; e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT), ++index) {
        const int line = index < eventLines.size() ? eventLines.at(index) : 0;
        const int errorsBefore = int(err.size());
        for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_XLICERROR_PROPERTY))
            err.append(Tr::tr("line %1: the event does not read: %2")
                           .arg(line)
                           .arg(QString::fromUtf8(icalproperty_get_xlicerror(p))));
        // A time of the event: its wall-clock time and zone.
        auto timeOf = [&](icalproperty *p, QDateTime *out, QString *zone) {
            const icaltimetype t = icalproperty_get_datetime_with_component(p, e);
            if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
                return false;
            const QDate date(t.year, t.month, t.day);
            const QTime time = t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second);
            QString id = QStringLiteral("UTC");
            if (icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
                id = QString::fromUtf8(icalparameter_get_tzid(tzid));
                if (id.startsWith(QLatin1Char('/')))
                    id = id.section(QLatin1Char('/'),
                                    -2); // "/freeassociation.sourceforge.net/Europe/Berlin"
                if (!QTimeZone::isTimeZoneIdAvailable(id.toUtf8())) {
                    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8());
                    if (iana.isEmpty())
                        return false;
                    id = QString::fromUtf8(iana);
                }
            }
            *zone = id;
            *out = QDateTime(date, time, QTimeZone(id.toUtf8()));
            return date.isValid() && time.isValid() && out->isValid();
        };
        MaintenanceWindow w;
        w.id = QStringLiteral("%1-%2").arg(idPrefix).arg(index + 1);
        w.node = node;
        w.kind = MaintenanceKind::Supplier;
        if (const char *summary = icalcomponent_get_summary(e))
            w.name = QString::fromUtf8(summary).left(200);
        QDateTime start;
        icalproperty *dtstart = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        if (!dtstart || !timeOf(dtstart, &start, &w.timeZone)) {
            err.append(Tr::tr("line %1: the event needs a DTSTART with a date and time in a time "
                              "zone this computer knows")
                           .arg(line));
            continue;
        }
        w.start = start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate);
        if (icalproperty *dtend = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY)) {
            QDateTime end;
            QString endZone;
            if (!timeOf(dtend, &end, &endZone))
                err.append(Tr::tr("line %1: the event's DTEND does not read").arg(line));
            else
                w.durationHours = double(start.msecsTo(end)) / 3600000.0;
        } else if (icalproperty *duration =
                       icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY)) {
            w.durationHours =
                double(icaldurationtype_as_int(icalproperty_get_duration(duration))) / 3600.0;
        } else {
            err.append(Tr::tr("line %1: the event needs a DTEND or a DURATION").arg(line));
        }
        if (icalproperty *rrule = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype r = icalproperty_get_rrule(rrule);
            char *s = icalrecurrencetype_as_string_r(const_cast<icalrecurrencetype *>(&r));
            w.rrule = s ? QString::fromUtf8(s) : QString();
            std::free(s);
        }
        if (int(err.size()) == errorsBefore) {
            for (const FieldProblem &p : checkMaintenance(w))
                err.append(Tr::tr("line %1: %2 %3").arg(line).arg(p.field, p.rule));
        }
        out.append(w);
    }
    if (out.isEmpty() && int(err.size()) == before)
        err.append(Tr::tr("the calendar holds no events"));
    if (int(err.size()) > before)
        return std::nullopt;
    return out;
}

QString supplierPrefix(const QString &node)
{
    return QStringLiteral("ics-") + node;
}

Plan withSupplierWindows(const Plan &plan, const QString &node,
                         const QList<MaintenanceWindow> &windows)
{
    Plan out = plan;
    const QString prefix = supplierPrefix(node) + QLatin1Char('-');
    out.maintenanceWindows.removeIf([&](const MaintenanceWindow &m) {
        return m.node == node && m.kind == MaintenanceKind::Supplier && m.id.startsWith(prefix);
    });
    out.maintenanceWindows.append(windows);
    return out;
}

} // namespace Continuity::ICalendar
