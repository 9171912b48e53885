// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookReport.h"

#include "analysis/OnCall.h"
#include "domain/Contacts.h"
#include "ReportFormat.h"

#include "analysis/RunbookDraft.h"
#include "domain/Plan.h"
#include "domain/RunbookSchedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMap>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::RunbookReport)
};

QString hours(double h)
{
    return Report::duration(h);
}

QString hours(const std::optional<double> &h)
{
    return h ? hours(*h) : Tr::tr("not set");
}

QString statusText(RunbookStatus status)
{
    switch (status) {
    case RunbookStatus::Draft:
        return Tr::tr("Draft");
    case RunbookStatus::Approved:
        return Tr::tr("Approved");
    case RunbookStatus::Retired:
        return Tr::tr("Retired");
    }
    return {};
}

Cell text(const QString &t)
{
    return {{QString(), t, false}};
}

Cell strong(const QString &t)
{
    return {{QString(), t, true}};
}

QString timestamp(const std::optional<QString> &iso)
{
    if (!iso)
        return QString();
    const QDateTime when = QDateTime::fromString(*iso, Qt::ISODate);
    return when.isValid() ? Report::dateTime(when.toLocalTime()) : *iso;
}

QString nodeLabel(const Plan &plan, const QString &id)
{
    for (const Service &s : plan.services) {
        if (s.id == id)
            return Tr::tr("%1 (%2)").arg(s.name, s.id);
    }
    for (const Process &p : plan.processes) {
        if (p.id == id)
            return Tr::tr("%1 (%2)").arg(p.name, p.id);
    }
    return id;
}

Table keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    Table t;
    t.columns = {{QString(), 1.2}, {QString(), 3}};
    t.header = false;
    for (const auto &[key, value] : pairs)
        t.rows.append({strong(key), text(value)});
    return t;
}

} // namespace

Report::Document runbookReport(const Plan &plan, const Runbook &r, const QDateTime &printedAt)
{
    Document d;
    const RunbookSchedule schedule = scheduleRunbook(r);
    std::optional<double> rto;
    if (!r.service.isEmpty())
        rto = rtoTargetOf(plan, r.service);
    QHash<QString, int> number;
    for (int i = 0; i < r.steps.size(); ++i)
        number.insert(r.steps.at(i).id, i + 1);
    const QString version =
        r.version.isEmpty()
            ? statusText(r.status)
            : Tr::tr("version %1, %2").arg(r.version, statusText(r.status).toLower());
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("%1 — %2").arg(r.title, version);
    d.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));

    // Cover.
    d.spacer(90);
    d.title(r.title);
    d.subtitle(r.service.isEmpty()
                   ? Tr::tr("Recovery runbook")
                   : Tr::tr("Recovery runbook for %1").arg(nodeLabel(plan, r.service)));
    d.spacer(18);
    QString meets;
    if (schedule.hasCycle())
        meets = Tr::tr("cannot be worked out: steps wait for each other in a circle");
    else if (rto)
        meets = schedule.totalHours <= *rto ? Tr::tr("%1, within the RTO target of %2")
                                                  .arg(hours(schedule.totalHours), hours(*rto))
                                            : Tr::tr("%1, LONGER than the RTO target of %2")
                                                  .arg(hours(schedule.totalHours), hours(*rto));
    else
        meets = hours(schedule.totalHours);
    d.table(keyValues({
        {Tr::tr("Service"),
         r.service.isEmpty() ? Tr::tr("not tied to one service") : nodeLabel(plan, r.service)},
        {Tr::tr("Version"), r.version.isEmpty() ? Tr::tr("none") : r.version},
        {Tr::tr("Status"), statusText(r.status).toUpper()},
        {Tr::tr("Author"), r.author},
        {Tr::tr("Approved by"),
         r.approvedBy ? Contacts::displayName(plan, *r.approvedBy) : Tr::tr("not approved")},
        {Tr::tr("Approved on"), timestamp(r.approvedAt)},
        {Tr::tr("Steps"), QLocale().toString(r.steps.size())},
        {Tr::tr("Critical path"), meets},
        {Tr::tr("Plan"), plan.name},
        {Tr::tr("Printed"), Report::dateTime(printedAt)},
    }));
    if (r.status != RunbookStatus::Approved) {
        d.spacer(10);
        d.paragraph(r.status == RunbookStatus::Draft
                        ? Tr::tr("**This is a draft.** It has not been approved for use in a "
                                 "recovery or a test.")
                        : Tr::tr("**This runbook is retired.** Do not use it for a recovery."));
    }
    d.pageBreak();

    d.contents();

    // Owners and contacts: who does what and how to reach them (docs/people.md): a role's
    // members with their phones, the one on call when this copy was printed marked; room to
    // write for an owner that is free text.
    d.heading(Tr::tr("Owners and contacts"));
    QMap<QString, QList<int>> byOwner;
    QMap<QString, double> hoursByOwner;
    QMap<QString, QString> contactOf; // shown owner → contact id
    for (int i = 0; i < r.steps.size(); ++i) {
        const QString id = r.steps.at(i).owner.trimmed();
        const QString owner =
            id.isEmpty() ? Tr::tr("(no owner named)") : Contacts::displayName(plan, id);
        byOwner[owner].append(i + 1);
        hoursByOwner[owner] += r.steps.at(i).durationHours.value_or(0);
        if (Contacts::person(plan, id) || Contacts::role(plan, id))
            contactOf.insert(owner, id);
    }
    auto reach = [&](const QString &owner) {
        Cell cell;
        const QString id = contactOf.value(owner);
        QStringList people;
        QString onCall;
        QString primary;
        if (const Role *role = Contacts::role(plan, id)) {
            people = role->members;
            if (role->rota)
                onCall = OnCall::whoIsOnCall(*role->rota, printedAt).person;
            else if (!role->members.isEmpty())
                primary = role->members.constFirst();
        } else if (Contacts::person(plan, id)) {
            people = {id};
        }
        for (const QString &personId : std::as_const(people)) {
            const Person *p = Contacts::person(plan, personId);
            if (!p)
                continue;
            // A number is not broken across lines.
            const QStringList phones = Contacts::phoneNumbers(plan, personId, true);
            const QString label = personId == onCall ? Tr::tr("%1 (on call): ").arg(p->name)
                                  : personId == primary && people.size() > 1
                                      ? Tr::tr("%1 (primary): ").arg(p->name)
                                      : p->name + QStringLiteral(": ");
            cell.append({label,
                         phones.isEmpty() ? Tr::tr("no phone in the plan")
                                          : phones.join(QStringLiteral(", ")),
                         false});
        }
        return cell;
    };
    Table owners;
    owners.columns = {{Tr::tr("Owner (team or role)"), 2.2},
                      {Tr::tr("Steps"), 1.6},
                      {Tr::tr("Hours"), 0.8},
                      {Tr::tr("Name and how to reach them"), 2.6}};
    for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it) {
        QStringList numbers;
        for (int n : it.value())
            numbers.append(QString::number(n));
        owners.rows.append({strong(it.key()), text(numbers.join(QStringLiteral(", "))),
                            text(hours(hoursByOwner.value(it.key()))), reach(it.key())});
    }
    owners.minRowHeight = 22;
    d.table(owners);

    // Prerequisites: what must run before this runbook can work, and where to start.
    d.heading(Tr::tr("Prerequisites"));
    QStringList needs;
    for (const Dependency &dep : plan.dependencies) {
        if (dep.consumer == r.service && !r.service.isEmpty())
            needs.append(QStringLiteral("- ") +
                         (dep.strength == Strength::Hard ? Tr::tr("%1 must be running%2")
                                                         : Tr::tr("%1 should be running (soft)%2"))
                             .arg(nodeLabel(plan, dep.provider),
                                  dep.group.isEmpty()
                                      ? QString()
                                      : Tr::tr(", or enough of group %1").arg(dep.group)));
    }
    QStringList first;
    for (int i = 0; i < r.steps.size(); ++i) {
        if (r.steps.at(i).waitsFor.isEmpty())
            first.append(QString::number(i + 1));
    }
    QString prerequisites;
    if (!needs.isEmpty())
        prerequisites += Tr::tr("Before you start, check:") + QLatin1Char('\n') +
                         needs.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    prerequisites +=
        Tr::tr("- This copy is the current version (%1) of the runbook.")
            .arg(r.version.isEmpty() ? Tr::tr("none") : r.version) +
        QLatin1Char('\n') +
        Tr::tr("- Each owner above is reachable and has the access their steps need.") +
        QLatin1Char('\n') +
        Tr::tr("- A disaster or test has been declared and the time noted here: ______") +
        QStringLiteral("\n\n");
    if (!first.isEmpty())
        prerequisites +=
            (first.size() == 1 ? Tr::tr("Step %1 waits for nothing and can start at once.")
                               : Tr::tr("Steps %1 wait for nothing and can start at once."))
                .arg(first.join(QStringLiteral(", ")));
    d.paragraph(prerequisites);

    // Steps.
    d.heading(Tr::tr("Steps"));
    Table steps;
    steps.columns = {{Tr::tr("Done"), 0.7, Column::Kind::CheckBox},
                     {Tr::tr("#"), 0.45},
                     {Tr::tr("Step"), 3.6, Column::Kind::Markup},
                     {Tr::tr("Owner"), 1.85},
                     {Tr::tr("Time"), 1.1},
                     {Tr::tr("Verification and rollback"), 2.75}};
    for (int i = 0; i < r.steps.size(); ++i) {
        const RunbookStep &s = r.steps.at(i);
        Cell step = strong(s.title);
        if (!s.instructions.isEmpty())
            step.append({QString(), s.instructions, false});
        if (!s.waitsFor.isEmpty()) {
            QStringList after;
            for (const QString &w : s.waitsFor)
                after.append(number.contains(w) ? QString::number(number.value(w)) : w);
            step.append({Tr::tr("After: "), Tr::tr("step %1").arg(after.join(QStringLiteral(", "))),
                         false});
        }
        Cell time = text(hours(s.durationHours));
        if (!schedule.hasCycle())
            time.append(
                {QString(), Tr::tr("start +%1").arg(hours(schedule.startHours.at(i))), false});
        Cell check;
        check.append({Tr::tr("Check: "),
                      s.verification.isEmpty() ? Tr::tr("(none given)") : s.verification, false});
        if (!s.rollback.isEmpty())
            check.append({Tr::tr("Rollback: "), s.rollback, false});
        steps.rows.append(
            {Cell(), text(QString::number(i + 1)), step,
             text(s.owner.isEmpty() ? Tr::tr("(none)") : Contacts::displayName(plan, s.owner)),
             time, check});
    }
    d.table(steps);

    // Critical path timeline.
    d.heading(Tr::tr("Critical path timeline"));
    if (schedule.hasCycle()) {
        d.paragraph(Tr::tr("The steps %1 wait for each other in a circle, so no timeline can be "
                           "drawn. Fix the waits-for of these steps.")
                        .arg(schedule.cycle.join(QStringLiteral(" → "))));
    } else {
        QString summary = Tr::tr("If every step takes its expected time, the runbook needs at "
                                 "least **%1** along this chain of steps.")
                              .arg(hours(schedule.totalHours));
        if (rto)
            summary += QLatin1Char(' ') +
                       (schedule.totalHours <= *rto
                            ? Tr::tr("The RTO target is %1: it fits.").arg(hours(*rto))
                            : Tr::tr("The RTO target is %1: **the runbook cannot meet it** "
                                     "unless steps on this path get shorter or run in parallel.")
                                  .arg(hours(*rto)));
        d.paragraph(summary);
        Table timeline;
        timeline.columns = {{Tr::tr("#"), 0.45},
                            {Tr::tr("Step"), 3},
                            {Tr::tr("Start"), 0.9},
                            {QString(), 5.2, Column::Kind::Bar}};
        timeline.barScale = std::max(schedule.totalHours, 0.0);
        timeline.barUnit = Tr::tr("h");
        for (int i : schedule.criticalPath) {
            timeline.rows.append({text(QString::number(i + 1)), text(r.steps.at(i).title),
                                  text(hours(schedule.startHours.at(i))), Cell()});
            timeline.bars.append({schedule.startHours.at(i),
                                  schedule.finishHours.at(i) - schedule.startHours.at(i)});
        }
        if (timeline.barScale <= 0)
            timeline.columns.removeLast();
        d.table(timeline);
    }

    if (!r.previousVersions.isEmpty()) {
        d.heading(Tr::tr("Earlier approved versions"));
        Table history;
        history.columns = {{Tr::tr("Version"), 1},
                           {Tr::tr("Approved by"), 2},
                           {Tr::tr("Approved on"), 2},
                           {Tr::tr("Steps"), 1}};
        for (auto it = r.previousVersions.crbegin(); it != r.previousVersions.crend(); ++it)
            history.rows.append(
                {text(it->version),
                 text(Contacts::displayName(plan, it->approvedBy.value_or(QString()))),
                 text(timestamp(it->approvedAt)), text(QString::number(it->steps.size()))});
        d.table(history);
    }

    // Sign-off.
    d.pageBreak();
    d.heading(Tr::tr("Sign-off"));
    d.paragraph(Tr::tr("Sign when the recovery or test is complete and every step above has been "
                       "ticked or its problem noted. Note the time the service was verified "
                       "working: ________"));
    Table signoff;
    signoff.columns = {{Tr::tr("Role"), 2},
                       {Tr::tr("Name"), 2.2},
                       {Tr::tr("Signature"), 2.2},
                       {Tr::tr("Date and time"), 1.6}};
    signoff.minRowHeight = 30;
    for (const QString &role : {Tr::tr("DR coordinator"), Tr::tr("Service owner"),
                                Tr::tr("Runbook approver"), Tr::tr("Witness")})
        signoff.rows.append({strong(role), Cell(), Cell(), Cell()});
    d.table(signoff);
    d.spacer(10);
    d.heading(Tr::tr("Notes"));
    Table notes;
    notes.columns = {{QString(), 1}};
    notes.header = false;
    notes.minRowHeight = 26;
    for (int i = 0; i < 6; ++i)
        notes.rows.append({Cell()});
    d.table(notes);
    return d;
}

} // namespace Continuity
