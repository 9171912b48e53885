// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleCards.h"

#include "analysis/OnCall.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace Continuity::PeopleCards {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::PeopleCards)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString phoneLinks(const Person &p)
{
    QStringList lines;
    for (const Phone &phone : p.phones) {
        lines.append(
            QStringLiteral("%1: <a href=\"%2\">%3</a>")
                .arg(esc(displayName(phone.kind)), esc(telUrl(phone.number)), esc(phone.number)));
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

QString telUrl(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits.append(c);
        else if (c == QLatin1Char('x') || c == QLatin1Char('e'))
            break; // an extension is dialled by hand
    }
    return QStringLiteral("tel:") + digits;
}

qint64 daysSinceVerified(const Person &person, const QDate &today)
{
    if (!person.verifiedOn)
        return -1;
    const QDate on = QDate::fromString(*person.verifiedOn, Qt::ISODate);
    return on.isValid() ? on.daysTo(today) : -1;
}

QString personHtml(const Plan &plan, const Person &p, const QDateTime &now)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(p.name));
    QStringList sub;
    if (!p.title.isEmpty())
        sub.append(esc(p.title));
    if (!p.organisation.isEmpty())
        sub.append(esc(Contacts::displayName(plan, p.organisation)));
    if (!sub.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(sub.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p>");
    if (p.phones.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(esc(Tr::tr("No phone number")));
    else
        html += phoneLinks(p);
    if (!p.email.isEmpty()) {
        html += QStringLiteral("<br>%1: <a href=\"mailto:%2\">%2</a>")
                    .arg(esc(Tr::tr("E-mail")), esc(p.email));
    }
    html += QStringLiteral("</p>");
    if (!p.timeZone.isEmpty()) {
        const QDateTime local = now.toTimeZone(QTimeZone(p.timeZone.toUtf8()));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Time zone %1, local time now %2")
                                 .arg(p.timeZone, local.time().toString(QStringLiteral("HH:mm")))));
    }
    if (!p.deputy.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Deputy: %1").arg(Contacts::displayName(plan, p.deputy))));
    QStringList roles;
    for (const Role &r : plan.roles) {
        if (r.members.contains(p.id))
            roles.append(r.name);
    }
    if (!roles.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Roles: %1").arg(roles.join(QStringLiteral(", ")))));
    const qint64 days = daysSinceVerified(p, now.date());
    if (days < 0)
        html +=
            QStringLiteral("<p><b>%1</b></p>").arg(esc(Tr::tr("Contact details never confirmed")));
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Details confirmed on %1 (%n days ago)", nullptr, int(days))
                                 .arg(*p.verifiedOn)));
    if (!p.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(p.notes));
    return html;
}

QList<Shift> shifts(const Role &role, const QDateTime &from, int count)
{
    QList<Shift> out;
    if (!role.rota)
        return out;
    QDateTime at = from;
    for (int i = 0; i < count && at.isValid(); ++i) {
        const OnCall::Answer answer = OnCall::whoIsOnCall(*role.rota, at);
        out.append({answer.person, at, answer.until, answer.override});
        at = answer.until;
    }
    return out;
}

QString roleHtml(const Plan &plan, const Role &r, const QDateTime &now)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(r.name));
    if (!r.team.isEmpty()) {
        QString team = r.team;
        for (const Service &s : plan.services) {
            if (s.id == r.team)
                team = s.name;
        }
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Staffs %1").arg(team)));
    }
    const QString onCall = OnCall::personFor(plan, r.id, now);
    if (r.rota) {
        const OnCall::Answer answer = OnCall::whoIsOnCall(*r.rota, now);
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(answer.person.isEmpty()
                                 ? Tr::tr("Nobody on call now")
                                 : Tr::tr("On call now: %1 until %2")
                                       .arg(Contacts::displayName(plan, answer.person),
                                            when(answer.until))));
        // The strip: the coming shifts, one cell each.
        html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"4\"><tr>");
        static const char *const colours[] = {"#dbe9f6", "#e4f3da", "#fbe9d0", "#eadcf4",
                                              "#f6dada"};
        QStringList order = r.rota->order;
        for (const Shift &s : shifts(r, now, 6)) {
            const int colour = int(std::max<qsizetype>(0, order.indexOf(s.person)) % 5);
            html += QStringLiteral("<td bgcolor=\"%1\">%2<br><small>%3</small></td>")
                        .arg(QLatin1String(s.override ? "#fff3b0" : colours[colour]),
                             esc(s.person.isEmpty() ? Tr::tr("nobody")
                                                    : Contacts::displayName(plan, s.person)),
                             esc(s.until.isValid() ? Tr::tr("until %1").arg(when(s.until))
                                                   : QString()));
        }
        html += QStringLiteral("</tr></table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Members")));
    if (r.members.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(Tr::tr("No members")));
    html += QStringLiteral("<ol>");
    for (const QString &id : r.members) {
        const Person *p = Contacts::person(plan, id);
        if (!p)
            continue;
        html += QStringLiteral("<li>%1%2<br>%3</li>")
                    .arg(esc(p->name),
                         id == onCall ? QStringLiteral(" — <b>%1</b>").arg(esc(Tr::tr("on call")))
                                      : QString(),
                         p->phones.isEmpty() ? esc(Tr::tr("no phone")) : phoneLinks(*p));
    }
    html += QStringLiteral("</ol>");
    if (r.mobilisationHours)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Assembled and working %1 h after a declaration")
                                 .arg(QLocale().toString(*r.mobilisationHours))));
    if (const EscalationPolicy *policy = Contacts::escalationOf(plan, r.id)) {
        html += QStringLiteral("<h3>%1</h3><ol>")
                    .arg(esc(r.escalation ? Tr::tr("Escalation")
                                          : Tr::tr("Escalation (the default of tier %1)")
                                                .arg(Contacts::tierOf(plan, r.id))));
        for (const EscalationLevel &level : policy->levels) {
            QStringList names;
            for (const QString &id : level.notify)
                names.append(Contacts::displayName(plan, id));
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(Tr::tr("after %1 min: %2")
                                     .arg(QLocale().toString(level.afterMinutes),
                                          names.join(QStringLiteral(", ")))));
        }
        html += QStringLiteral("</ol>");
        if (policy->repeat > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(Tr::tr("Repeated %n more time(s)", nullptr, policy->repeat)));
    }
    return html;
}

} // namespace Continuity::PeopleCards
