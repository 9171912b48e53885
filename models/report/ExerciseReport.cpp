// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseReport.h"

#include "analysis/Drill.h"
#include "analysis/ExerciseResults.h"
#include "analysis/OnCall.h"
#include "domain/Contacts.h"
#include "domain/ExerciseLog.h"
#include "domain/Plan.h"
#include "ReportFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ExerciseReport)
};

QString hours(const std::optional<double> &h)
{
    return h ? Report::duration(*h) : QStringLiteral("—");
}

QString localDateTime(const std::optional<QString> &iso)
{
    if (!iso)
        return QStringLiteral("—");
    const QDateTime t = exerciseTime(*iso);
    return t.isValid() ? Report::dateTime(t.toLocalTime()) : *iso;
}

Cell text(const QString &t)
{
    return {{QString(), t, false}};
}

Cell strong(const QString &t)
{
    return {{QString(), t, true}};
}

QString verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return Tr::tr("PASS");
    case Verdict::Miss:
        return Tr::tr("MISS");
    case Verdict::NoTarget:
        return Tr::tr("no target");
    case Verdict::NotMeasured:
        return Tr::tr("not measured");
    }
    return {};
}

// "step 4: Promote the replica", with the runbook's title first when the exercise has several.
QString stepLabel(const Plan &plan, const Exercise &e, const QString &runbook, const QString &step)
{
    const bool several = e.runbooks.size() > 1;
    if (const Runbook *r = findRunbook(plan, runbook)) {
        for (int i = 0; i < r->steps.size(); ++i) {
            if (r->steps.at(i).id != step)
                continue;
            return several ? Tr::tr("%1, step %2: %3")
                                 .arg(r->title)
                                 .arg(i + 1)
                                 .arg(r->steps.at(i).title)
                           : Tr::tr("step %1: %2").arg(i + 1).arg(r->steps.at(i).title);
        }
    }
    return Tr::tr("%1, step %2").arg(runbook, step);
}

Table keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    Table t;
    t.columns = {{QString(), 1.3}, {QString(), 3}};
    t.header = false;
    for (const auto &[key, value] : pairs)
        t.rows.append({strong(key), text(value)});
    return t;
}

// Findings and actions, participants and sign-off: the end of every exercise report.
void appendFollowUp(Document &d, const Plan &plan, const Exercise &e, const QDateTime &printedAt)
{
    // Findings and actions.
    d.heading(Tr::tr("Findings and actions"));
    if (e.findings.isEmpty()) {
        d.paragraph(Tr::tr("No findings were recorded."));
    } else {
        Table findings;
        findings.columns = {{Tr::tr("#"), 0.4}, {Tr::tr("Finding"), 6}};
        for (int i = 0; i < e.findings.size(); ++i)
            findings.rows.append({text(QString::number(i + 1)), text(e.findings.at(i))});
        d.table(findings);
    }
    const QDate today = printedAt.date();
    Table actions;
    actions.columns = {{Tr::tr("Action"), 3.1},
                       {Tr::tr("Owner"), 1.7},
                       {Tr::tr("Due"), 1.1},
                       {Tr::tr("Status"), 1.1},
                       {Tr::tr("Raised in"), 2}};
    for (const ActionRef &a : allActions(plan, today)) {
        // This exercise's actions, and those of earlier ones still open: they carry over.
        const bool here = a.exercise == e.id;
        if (!here && a.action.status == ActionStatus::Done)
            continue;
        if (!here && QDate::fromString(e.date, Qt::ISODate) < a.raised)
            continue;
        const QString status = a.action.status == ActionStatus::Done
                                   ? Tr::tr("done %1").arg(a.action.closed.value_or(QString()))
                               : a.overdue ? Tr::tr("OVERDUE")
                                           : Tr::tr("open");
        actions.rows.append(
            {text(a.action.title), text(Contacts::displayName(plan, a.action.owner)),
             text(a.action.due.value_or(QString())), a.overdue ? strong(status) : text(status),
             text(here ? Tr::tr("this exercise") : a.exerciseTitle)});
    }
    if (actions.rows.isEmpty())
        d.paragraph(Tr::tr("No action items."));
    else
        d.table(actions);

    // Participants and sign-off, together on a page of their own.
    d.pageBreak();
    d.heading(Tr::tr("Participants"));
    if (e.participants.isEmpty()) {
        d.paragraph(Tr::tr("No participants were recorded."));
    } else {
        Table people;
        people.columns = {{Tr::tr("Name"), 2}, {Tr::tr("Role"), 2}};
        for (const Participant &p : e.participants)
            people.rows.append({strong(Contacts::displayName(plan, p.name)), text(p.role)});
        d.table(people);
    }
    d.heading(Tr::tr("Sign-off"));
    d.paragraph(Tr::tr("By signing, the exercise coordinator confirms this record of the "
                       "exercise and management accepts the results and the actions above."));
    Table signoff;
    signoff.columns = {{Tr::tr("Role"), 2},
                       {Tr::tr("Name"), 2.2},
                       {Tr::tr("Signature"), 2.2},
                       {Tr::tr("Date"), 1.4}};
    signoff.minRowHeight = 30;
    for (const QString &role :
         {Tr::tr("Exercise coordinator"), Tr::tr("Service owner"), Tr::tr("Management")})
        signoff.rows.append({strong(role), Cell(), Cell(), Cell()});
    d.table(signoff);
}

QString minutesText(const std::optional<double> &minutes)
{
    return minutes ? Tr::tr("%1 min").arg(QLocale().toString(*minutes, 'f', 0))
                   : QStringLiteral("—");
}

// The report of a call-tree drill (product/10-people.md "Printed"): reach times per person
// against the target, T50/T90/T100, the people cut off, changed contact details, measured
// mobilisation per role; then findings, actions and sign-off as for every exercise.
Report::Document drillReport(const Plan &plan, const Exercise &e, const QDateTime &printedAt)
{
    Document d;
    const QDate date = QDate::fromString(e.date, Qt::ISODate);
    const QString dateText = date.isValid() ? Report::date(date) : e.date;
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("%1 — %2").arg(e.title, e.date);
    d.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));
    const CallTree *tree = nullptr;
    for (const CallTree &t : plan.callTrees) {
        if (t.id == e.callTree)
            tree = &t;
    }
    const Drill::Results r = Drill::results(plan, e);
    const double elapsed = elapsedHours(e, e.endedAt ? exerciseTime(*e.endedAt) : printedAt);
    const QString share = QLocale().toString(100.0 * r.withinTargetShare(), 'f', 0);
    const QString outcome =
        e.drill.isEmpty()
            ? Tr::tr("Nobody has been called yet.")
            : Tr::tr("%1 of %2 people confirmed, %3 % within the target of %4; %5 cut off.")
                  .arg(r.confirmed)
                  .arg(r.people)
                  .arg(share, minutesText(r.targetMinutes))
                  .arg(r.cutOff.size());

    d.spacer(90);
    d.title(e.title);
    d.subtitle(Tr::tr("Call-tree drill report — %1").arg(dateText));
    d.spacer(18);
    d.table(keyValues({
        {Tr::tr("Exercise"), e.id},
        {Tr::tr("Date"), dateText},
        {Tr::tr("Call tree"), tree ? tree->name : e.callTree},
        {Tr::tr("Status"), toDisplayString(exerciseStatus(e))},
        {Tr::tr("Declared"), localDateTime(e.declaredAt)},
        {Tr::tr("Ended"), localDateTime(e.endedAt)},
        {Tr::tr("Drill clock"), e.declaredAt ? clockText(elapsed) : QStringLiteral("—")},
        {Tr::tr("Outcome"), outcome},
        {Tr::tr("Plan"), plan.name},
        {Tr::tr("Printed"), Report::dateTime(printedAt)},
    }));
    d.pageBreak();

    d.heading(Tr::tr("Results"));
    d.paragraph(Tr::tr("Times run on the drill's clock from the declaration (pauses left out). "
                       "T50, T90 and T100 are the times by which half, 90 % and all of the "
                       "people who could be reached had confirmed; people found unreachable "
                       "are not counted in them."));
    d.table(keyValues({
        {Tr::tr("People called"), QString::number(r.people)},
        {Tr::tr("Confirmed"), QString::number(r.confirmed)},
        {Tr::tr("Cut off"), QString::number(r.cutOff.size())},
        {Tr::tr("T50"), r.t50 ? minutesText(r.t50) : Tr::tr("not reached")},
        {Tr::tr("T90"), r.t90 ? minutesText(r.t90) : Tr::tr("not reached")},
        {Tr::tr("T100"), r.t100 ? minutesText(r.t100) : Tr::tr("not reached")},
        {Tr::tr("Within the target of %1").arg(minutesText(r.targetMinutes)),
         Tr::tr("%1 of %2 (%3 %)").arg(r.withinTarget).arg(r.people).arg(share)},
    }));
    if (!e.objectives.trimmed().isEmpty()) {
        d.heading(Tr::tr("Objectives"));
        Table objectives;
        objectives.columns = {{QString(), 1, Column::Kind::Text}};
        objectives.header = false;
        objectives.grid = false;
        objectives.rows.append({text(e.objectives)});
        d.table(objectives);
    }

    // Reach times per person, in the tree's order.
    d.heading(Tr::tr("Reach times"));
    QList<OnCall::Reach> reach;
    if (tree && e.declaredAt)
        reach = OnCall::expectedReach(plan, *tree, exerciseTime(*e.declaredAt));
    const bool sameTree = reach.size() == e.drill.size();
    Table times;
    times.columns = {{Tr::tr("Person"), 2.6},
                     {Tr::tr("Phone"), 1.9},
                     {Tr::tr("Expected"), 0.9},
                     {Tr::tr("Confirmed"), 1.0},
                     {Tr::tr("Against target"), 1.5}};
    for (int i = 0; i < e.drill.size(); ++i) {
        const DrillCall &c = e.drill.at(i);
        const int depth = sameTree ? reach.at(i).depth : 0;
        const QString indent(depth * 4, QChar(0x00A0));
        Cell who;
        const QString person = Contacts::displayName(plan, Drill::answerer(c));
        if (c.contact != c.person && Contacts::role(plan, c.contact))
            who = {{indent + Contacts::displayName(plan, c.contact) + QStringLiteral(": "), person,
                    false}};
        else
            who = {{indent, person, false}};
        const std::optional<double> minutes = Drill::minutesOf(e, c);
        QString against;
        bool late = false;
        switch (c.status) {
        case DrillStatus::Confirmed:
            late = minutes && *minutes > r.targetMinutes + 1e-9;
            against = late ? Tr::tr("%1 over").arg(minutesText(*minutes - r.targetMinutes))
                           : Tr::tr("within");
            break;
        case DrillStatus::Unreachable:
            against = Tr::tr("unreachable");
            late = true;
            break;
        case DrillStatus::NotConfirmed:
            against = Tr::tr("never reached");
            late = true;
            break;
        }
        times.rows.append(
            {who, text(Contacts::phoneNumbers(plan, c.person, true).join(QStringLiteral(", "))),
             text(sameTree ? minutesText(reach.at(i).reachMinutes) : QStringLiteral("—")),
             text(c.status == DrillStatus::Confirmed ? minutesText(minutes) : QString()),
             late ? strong(against) : text(against)});
    }
    if (times.rows.isEmpty())
        d.paragraph(Tr::tr("Nobody has been called yet."));
    else
        d.table(times);
    if (!sameTree && !e.drill.isEmpty())
        d.paragraph(Tr::tr("The call tree has changed since the drill: expected times are left "
                           "out."));

    d.heading(Tr::tr("People cut off"));
    if (r.cutOff.isEmpty()) {
        d.paragraph(Tr::tr("Everyone called confirmed."));
    } else {
        Table cut;
        cut.columns = {{Tr::tr("Person"), 2.4}, {Tr::tr("Why"), 1.4}, {Tr::tr("Note"), 3.2}};
        for (int i : r.cutOff) {
            const DrillCall &c = e.drill.at(i);
            cut.rows.append({strong(Contacts::displayName(plan, Drill::answerer(c))),
                             text(c.status == DrillStatus::Unreachable ? Tr::tr("unreachable")
                                                                       : Tr::tr("never reached")),
                             text(c.note)});
        }
        d.table(cut);
    }

    Table changed;
    changed.columns = {{Tr::tr("Person"), 2}, {Tr::tr("Found during the drill"), 4.4}};
    for (const DrillCall &c : e.drill) {
        if (!c.note.trimmed().isEmpty())
            changed.rows.append(
                {strong(Contacts::displayName(plan, Drill::answerer(c))), text(c.note)});
    }
    d.heading(Tr::tr("Changes to contact details"));
    if (changed.rows.isEmpty())
        d.paragraph(Tr::tr("None were found."));
    else
        d.table(changed);

    d.heading(Tr::tr("Measured mobilisation"));
    d.paragraph(Tr::tr("Per role, when the last of its members the drill called confirmed; "
                       "measured only when all of them did."));
    Table roles;
    roles.columns = {{Tr::tr("Role"), 2.4},
                     {Tr::tr("Members confirmed"), 1.4},
                     {Tr::tr("Measured"), 1.2},
                     {Tr::tr("In the plan"), 1.2}};
    for (const Drill::RoleMobilisation &m : r.mobilisation) {
        const Role *role = Contacts::role(plan, m.role);
        roles.rows.append(
            {strong(Contacts::displayName(plan, m.role)),
             text(Tr::tr("%1 of %2").arg(m.confirmed).arg(m.members)),
             text(m.hours ? minutesText(*m.hours * 60) : QStringLiteral("—")),
             text(role && role->mobilisationHours ? minutesText(*role->mobilisationHours * 60)
                                                  : QStringLiteral("—"))});
    }
    if (roles.rows.isEmpty())
        d.paragraph(Tr::tr("No role's members were called."));
    else
        d.table(roles);

    Table notes;
    notes.columns = {{Tr::tr("Time"), 0.9},
                     {Tr::tr("Clock"), 0.9},
                     {Tr::tr("Note"), 4.4},
                     {Tr::tr("Reported by"), 1.4}};
    const QDateTime declared = e.declaredAt ? exerciseTime(*e.declaredAt) : QDateTime();
    for (const ExerciseLogEntry &entry : e.log) {
        if (!entry.isNote())
            continue;
        const QDateTime at = exerciseTime(entry.startedAt);
        notes.rows.append(
            {text(at.toLocalTime().toString(QStringLiteral("HH:mm"))),
             text(declared.isValid() ? QStringLiteral("+") + clockText(activeHours(e, declared, at))
                                     : QString()),
             text(entry.note), text(Contacts::displayName(plan, entry.reportedBy))});
    }
    if (!notes.rows.isEmpty()) {
        d.heading(Tr::tr("Notes"));
        d.table(notes);
    }
    appendFollowUp(d, plan, e, printedAt);
    return d;
}

} // namespace

Report::Document exerciseReport(const Plan &plan, const Exercise &e, const QDateTime &printedAt)
{
    if (e.type == ExerciseType::CallTree)
        return drillReport(plan, e, printedAt);
    Document d;
    const QList<ServiceMeasure> measures = measureExercise(plan, e);
    const QDate date = QDate::fromString(e.date, Qt::ISODate);
    const QString dateText = date.isValid() ? Report::date(date) : e.date;
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("%1 — %2").arg(e.title, e.date);
    d.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));

    int rtoPass = 0;
    int rtoMiss = 0;
    int rpoPass = 0;
    int rpoMiss = 0;
    int unmeasured = 0;
    for (const ServiceMeasure &m : measures) {
        rtoPass += m.rto == Verdict::Pass;
        rtoMiss += m.rto == Verdict::Miss;
        rpoPass += m.rpo == Verdict::Pass;
        rpoMiss += m.rpo == Verdict::Miss;
        unmeasured += m.rto == Verdict::NotMeasured;
    }
    const QString outcome =
        measures.isEmpty() ? Tr::tr("No service was in scope.")
        : rtoMiss + rpoMiss == 0 && unmeasured == 0
            ? Tr::tr("Every service in scope met its targets.")
            : Tr::tr("%1 of %2 services met their RTO target, %3 missed it; %4 met the RPO "
                     "target, %5 missed it.")
                  .arg(rtoPass)
                  .arg(measures.size())
                  .arg(rtoMiss)
                  .arg(rpoPass)
                  .arg(rpoMiss);
    const double elapsed = elapsedHours(e, e.endedAt ? exerciseTime(*e.endedAt) : printedAt);
    QStringList runbookTitles;
    for (const QString &id : e.runbooks) {
        const Runbook *r = findRunbook(plan, id);
        runbookTitles.append(r ? Tr::tr("%1 (version %2)").arg(r->title, r->version) : id);
    }
    QStringList serviceNames;
    for (const ServiceMeasure &m : measures)
        serviceNames.append(m.name);

    // Cover.
    d.spacer(90);
    d.title(e.title);
    d.subtitle(Tr::tr("DR exercise report — %1, %2").arg(toDisplayString(e.type), dateText));
    d.spacer(18);
    d.table(keyValues({
        {Tr::tr("Exercise"), e.id},
        {Tr::tr("Date"), dateText},
        {Tr::tr("Type"), toDisplayString(e.type)},
        {Tr::tr("Status"), toDisplayString(exerciseStatus(e))},
        {Tr::tr("Declared"), localDateTime(e.declaredAt)},
        {Tr::tr("Ended"), localDateTime(e.endedAt)},
        {Tr::tr("Exercise clock"), e.declaredAt ? clockText(elapsed) : QStringLiteral("—")},
        {Tr::tr("Runbooks tested"),
         runbookTitles.isEmpty() ? Tr::tr("none") : runbookTitles.join(QStringLiteral("; "))},
        {Tr::tr("Services in scope"),
         serviceNames.isEmpty() ? Tr::tr("none") : serviceNames.join(QStringLiteral("; "))},
        {Tr::tr("Outcome"), outcome},
        {Tr::tr("Plan"), plan.name},
        {Tr::tr("Printed"), Report::dateTime(printedAt)},
    }));
    d.pageBreak();
    d.contents();

    // Executive summary.
    d.heading(Tr::tr("Executive summary"));
    d.paragraph(Tr::tr("%1. Runbooks tested: %2. Services in scope: %3.")
                    .arg(toDisplayString(e.type))
                    .arg(e.runbooks.size())
                    .arg(measures.size()) +
                QLatin1Char(' ') + outcome +
                (unmeasured > 0 ? QLatin1Char(' ') + Tr::tr("Not measured: %1.").arg(unmeasured)
                                : QString()));
    QList<ServiceMeasure> gaps;
    for (const ServiceMeasure &m : measures) {
        if (m.rto == Verdict::Miss)
            gaps.append(m);
    }
    std::sort(gaps.begin(), gaps.end(), [](const ServiceMeasure &a, const ServiceMeasure &b) {
        return *a.rtoGap() > *b.rtoGap();
    });
    if (!gaps.isEmpty()) {
        d.paragraph(Tr::tr("**Biggest gaps** against the RTO target:"));
        Table t;
        t.columns = {{Tr::tr("Service"), 3},
                     {Tr::tr("Target RTO"), 1.2},
                     {Tr::tr("Measured RTO"), 1.3},
                     {Tr::tr("Over by"), 1.2}};
        for (int i = 0; i < std::min<qsizetype>(gaps.size(), 5); ++i) {
            const ServiceMeasure &m = gaps.at(i);
            t.rows.append({strong(m.name), text(hours(m.rtoTarget)), text(hours(m.measuredRto)),
                           strong(hours(m.rtoGap()))});
        }
        d.table(t);
    }
    int openHere = 0;
    for (const ActionItem &a : e.actions)
        openHere += a.status == ActionStatus::Open;
    d.paragraph(Tr::tr("Findings recorded: %1. Action items raised: %2, still open: %3.")
                    .arg(e.findings.size())
                    .arg(e.actions.size())
                    .arg(openHere));

    if (!e.objectives.trimmed().isEmpty() || !e.participants.isEmpty()) {
        d.heading(Tr::tr("Objectives"));
        Table objectives;
        objectives.columns = {{QString(), 1, Column::Kind::Text}};
        objectives.header = false;
        objectives.grid = false;
        objectives.rows.append(
            {text(e.objectives.trimmed().isEmpty() ? Tr::tr("None written.") : e.objectives)});
        d.table(objectives);
    }

    // Results.
    d.heading(Tr::tr("Results against targets"));
    d.paragraph(Tr::tr("Measured RTO runs on the exercise clock from the declaration to the "
                       "finish of each service's verification step (pauses left out), unless it "
                       "was entered. Measured RPO is the time from the newest data that came "
                       "back to the declaration, unless it was entered."));
    Table results;
    results.columns = {{Tr::tr("Service"), 2.4},      {Tr::tr("Target RTO"), 1},
                       {Tr::tr("Measured RTO"), 1.2}, {Tr::tr("RTO"), 1.3},
                       {Tr::tr("Target RPO"), 1},     {Tr::tr("Measured RPO"), 1.2},
                       {Tr::tr("RPO"), 1.3}};
    for (const ServiceMeasure &m : measures) {
        Cell rto = text(hours(m.measuredRto));
        if (m.rtoEntered)
            rto.append({QString(), Tr::tr("(entered)"), false});
        Cell rpo = text(hours(m.measuredRpo));
        if (m.rpoEntered)
            rpo.append({QString(), Tr::tr("(entered)"), false});
        results.rows.append({strong(m.name), text(hours(m.rtoTarget)), rto,
                             strong(verdictText(m.rto)), text(hours(m.rpoTarget)), rpo,
                             strong(verdictText(m.rpo))});
    }
    d.table(results);
    for (const ExerciseResult &r : e.results) {
        if (!r.note.trimmed().isEmpty()) {
            Table notes;
            notes.columns = {{Tr::tr("Service"), 1.5}, {Tr::tr("Note on the result"), 4}};
            for (const ExerciseResult &n : e.results) {
                if (n.note.trimmed().isEmpty())
                    continue;
                QString name = n.service;
                for (const ServiceMeasure &m : measures) {
                    if (m.service == n.service)
                        name = m.name;
                }
                notes.rows.append({strong(name), text(n.note)});
            }
            d.table(notes);
            break;
        }
    }

    // Timeline.
    d.heading(Tr::tr("Timeline"));
    struct Event
    {
        QDateTime at;
        QString what;
        QString who;
        QString note;
    };
    QList<Event> events;
    if (e.declaredAt)
        events.append({exerciseTime(*e.declaredAt), Tr::tr("Exercise declared: clock starts"),
                       QString(), QString()});
    for (const ExercisePause &p : e.pauses) {
        events.append({exerciseTime(p.pausedAt), Tr::tr("Paused"), QString(), QString()});
        if (p.resumedAt)
            events.append({exerciseTime(*p.resumedAt), Tr::tr("Resumed"), QString(), QString()});
    }
    for (const ExerciseLogEntry &entry : e.log) {
        if (entry.isNote()) {
            events.append(
                {exerciseTime(entry.startedAt), Tr::tr("Note"), entry.reportedBy, entry.note});
            continue;
        }
        const QString label = stepLabel(plan, e, entry.runbook, entry.step);
        events.append({exerciseTime(entry.startedAt), Tr::tr("Started: %1").arg(label),
                       entry.reportedBy, QString()});
        if (entry.finishedAt)
            events.append({exerciseTime(*entry.finishedAt), Tr::tr("Finished: %1").arg(label),
                           entry.reportedBy, entry.note});
    }
    if (e.endedAt)
        events.append({exerciseTime(*e.endedAt), Tr::tr("Exercise ended"), QString(), QString()});
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });
    if (events.isEmpty()) {
        d.paragraph(Tr::tr("The exercise has not been run: nothing was logged."));
    } else {
        Table timeline;
        timeline.columns = {{Tr::tr("Time"), 0.9},
                            {Tr::tr("Clock"), 0.9},
                            {Tr::tr("Event"), 3.4},
                            {Tr::tr("Reported by"), 1.2},
                            {Tr::tr("Note"), 2}};
        const QDateTime declared = e.declaredAt ? exerciseTime(*e.declaredAt) : QDateTime();
        for (const Event &ev : events) {
            timeline.rows.append(
                {text(ev.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                 text(declared.isValid()
                          ? QStringLiteral("+") + clockText(activeHours(e, declared, ev.at))
                          : QString()),
                 text(ev.what), text(ev.who), text(ev.note)});
        }
        d.table(timeline);
    }
    if (!e.corrections.isEmpty()) {
        d.paragraph(Tr::tr("**Corrected times.** The timeline shows the corrected times; the "
                           "originals as recorded are kept here."));
        Table corrections;
        corrections.columns = {{Tr::tr("Step"), 2.2},     {Tr::tr("Time"), 0.8},
                               {Tr::tr("Recorded"), 1.1}, {Tr::tr("Corrected"), 1.2},
                               {Tr::tr("By, when"), 1.6}, {Tr::tr("Why"), 2.2}};
        for (const TimestampCorrection &c : e.corrections) {
            corrections.rows.append(
                {text(stepLabel(plan, e, c.runbook, c.step)),
                 text(c.field == QLatin1String("startedAt") ? Tr::tr("start") : Tr::tr("finish")),
                 text(localClock(c.original)), strong(localClock(c.corrected)),
                 text(Tr::tr("%1, %2").arg(c.by, localDateTime(c.at))), text(c.reason)});
        }
        d.table(corrections);
    }

    // Steps against their expected durations.
    bool anySteps = false;
    Table steps;
    steps.columns = {{Tr::tr("Runbook step"), 3.6},
                     {Tr::tr("Expected"), 1},
                     {Tr::tr("Took"), 1},
                     {Tr::tr("Started"), 1},
                     {Tr::tr("Finished"), 1}};
    for (const QString &id : e.runbooks) {
        const Runbook *r = findRunbook(plan, id);
        if (!r)
            continue;
        for (int i = 0; i < r->steps.size(); ++i) {
            const RunbookStep &s = r->steps.at(i);
            const ExerciseLogEntry *entry = logEntry(e, r->id, s.id);
            std::optional<double> took;
            if (entry && entry->finishedAt)
                took = exerciseTime(entry->startedAt).secsTo(exerciseTime(*entry->finishedAt)) /
                       3600.0;
            steps.rows.append(
                {text(e.runbooks.size() > 1
                          ? Tr::tr("%1 — %2. %3").arg(r->title).arg(i + 1).arg(s.title)
                          : Tr::tr("%1. %2").arg(i + 1).arg(s.title)),
                 text(hours(s.durationHours)),
                 took && s.durationHours && *took > *s.durationHours ? strong(hours(took))
                                                                     : text(hours(took)),
                 text(entry ? localClock(entry->startedAt) : Tr::tr("not started")),
                 text(entry && entry->finishedAt ? localClock(*entry->finishedAt) : QString())});
            anySteps = true;
        }
    }
    if (anySteps) {
        d.heading(Tr::tr("Steps against expected durations"));
        d.table(steps);
    }

    appendFollowUp(d, plan, e, printedAt);
    return d;
}

} // namespace Continuity
