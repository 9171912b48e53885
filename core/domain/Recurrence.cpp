// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recurrence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Recurrence)
};

QByteArray ruleText(const QString &rrule)
{
    QString text = rrule.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6);
    return text.toUtf8();
}

// The rule as libical reads it; nullopt when it does not.
std::optional<icalrecurrencetype> parseRule(const QString &rrule)
{
    const QByteArray text = ruleText(rrule);
    if (text.isEmpty() || text.contains('\0'))
        return std::nullopt;
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    icalerror_clear_errno();
    if (rule.freq == ICAL_NO_RECURRENCE)
        return std::nullopt;
    return rule;
}

// A wall-clock date and time as milliseconds, as if it were UTC: for wall-clock arithmetic.
qint64 wallMs(const QDateTime &local)
{
    return QDateTime(local.date(), local.time(), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

std::optional<QString> rruleProblem(const QString &rrule)
{
    const std::optional<icalrecurrencetype> rule = parseRule(rrule);
    if (!rule)
        return Tr::tr("is not a recurrence rule of RFC 5545 (such as FREQ=WEEKLY;BYDAY=SA)");
    switch (rule->freq) {
    case ICAL_DAILY_RECURRENCE:
    case ICAL_WEEKLY_RECURRENCE:
    case ICAL_MONTHLY_RECURRENCE:
    case ICAL_YEARLY_RECURRENCE:
        break;
    default:
        return Tr::tr("must repeat DAILY, WEEKLY, MONTHLY or YEARLY");
    }
    if (rule->interval < 1 || rule->interval > 1000)
        return Tr::tr("must have an INTERVAL from 1 to 1000");
    return std::nullopt;
}

std::vector<Occurrence> occurrences(qint64 firstFrom, qint64 firstTo, const QString &rrule,
                                    const QString &timeZone, qint64 from, qint64 to, int limit)
{
    std::vector<Occurrence> out;
    auto keep = [&](Occurrence o) {
        if (o.from < to && from < o.to && int(out.size()) < limit)
            out.push_back(o);
    };
    const Occurrence first{firstFrom, std::max(firstFrom, firstTo)};
    const QTimeZone zone(timeZone.toUtf8());
    const std::optional<icalrecurrencetype> rule =
        rrule.trimmed().isEmpty() || rruleProblem(rrule) ? std::nullopt : parseRule(rrule);
    if (!rule || !zone.isValid()) {
        keep(first);
        return out;
    }
    const QDateTime startLocal = QDateTime::fromMSecsSinceEpoch(firstFrom, zone);
    const QDateTime endLocal = QDateTime::fromMSecsSinceEpoch(first.to, zone);
    const qint64 wallLength = wallMs(endLocal) - wallMs(startLocal);
    icaltimetype dtstart = icaltime_null_time();
    dtstart.year = startLocal.date().year();
    dtstart.month = startLocal.date().month();
    dtstart.day = startLocal.date().day();
    dtstart.hour = startLocal.time().hour();
    dtstart.minute = startLocal.time().minute();
    dtstart.second = startLocal.time().second();
    dtstart.is_date = 0;
    icalrecur_iterator *it = icalrecur_iterator_new(*rule, dtstart);
    if (!it) {
        keep(first);
        return out;
    }
    keep(first);
    // A wall-clock time is at most 14 h from UTC: an occurrence starting a day after `to` in
    // wall-clock terms starts after it.
    const qint64 stopWall = to == std::numeric_limits<qint64>::max() ? to : to + 86400000LL;
    const int maxSteps = 1000000;
    for (int step = 0; step < maxSteps && int(out.size()) < limit; ++step) {
        const icaltimetype next = icalrecur_iterator_next(it);
        if (icaltime_is_null_time(next))
            break;
        const QDateTime local(QDate(next.year, next.month, next.day),
                              QTime(next.hour, next.minute, next.second), zone);
        const qint64 startWall = wallMs(local);
        if (startWall > stopWall)
            break;
        const qint64 start = local.toMSecsSinceEpoch();
        if (start == firstFrom)
            continue; // DTSTART, already kept
        const QDateTime endWall =
            QDateTime::fromMSecsSinceEpoch(startWall + wallLength, QTimeZone::utc());
        const qint64 end = QDateTime(endWall.date(), endWall.time(), zone).toMSecsSinceEpoch();
        keep({start, std::max(start, end)});
    }
    icalrecur_iterator_free(it);
    std::sort(out.begin(), out.end(),
              [](const Occurrence &a, const Occurrence &b) { return a.from < b.from; });
    return out;
}

} // namespace Continuity
