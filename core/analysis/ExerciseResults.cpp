// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseResults.h"

#include "domain/Plan.h"
#include "Findings.h"
#include "GraphSnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace Continuity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ExerciseResults)
};

struct Targets
{
    QString name;
    std::optional<double> rto;
    std::optional<double> rpo;
};

Targets targetsOf(const Plan &plan, const QString &id)
{
    for (const Service &s : plan.services) {
        if (s.id == id)
            return {s.name, s.rtoHours, s.rpoHours};
    }
    for (const Process &p : plan.processes) {
        if (p.id == id)
            return {p.name, p.rtoHours, p.rpoHours};
    }
    return {id, std::nullopt, std::nullopt};
}

Verdict verdict(const std::optional<double> &measured, const std::optional<double> &target)
{
    if (!measured)
        return Verdict::NotMeasured;
    if (!target)
        return Verdict::NoTarget;
    // Measured values come from clock readings to the second: a second's slack is no miss.
    return *measured <= *target + 1.0 / 3600.0 ? Verdict::Pass : Verdict::Miss;
}

} // namespace

QDateTime exerciseTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

QString localClock(const QString &iso)
{
    const QDateTime t = exerciseTime(iso);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : iso;
}

QString clockText(double hours, int hourDigits)
{
    const qint64 seconds = qint64(std::abs(hours) * 3600 + 0.5);
    return QStringLiteral("%1%2:%3:%4")
        .arg(hours < 0 ? QStringLiteral("-") : QString())
        .arg(seconds / 3600, hourDigits, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

const Runbook *findRunbook(const Plan &plan, const QString &id)
{
    for (const Runbook &r : plan.runbooks) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

double activeHours(const Exercise &e, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 ms = from.msecsTo(to);
    for (const ExercisePause &p : e.pauses) {
        const QDateTime start = std::max(from, exerciseTime(p.pausedAt));
        const QDateTime end = std::min(to, p.resumedAt ? exerciseTime(*p.resumedAt) : to);
        if (start.isValid() && end.isValid() && end > start)
            ms -= start.msecsTo(end);
    }
    return std::max<qint64>(ms, 0) / 3600000.0;
}

double elapsedHours(const Exercise &e, const QDateTime &now)
{
    if (!e.declaredAt)
        return 0;
    const QDateTime end = e.endedAt ? exerciseTime(*e.endedAt) : now;
    return activeHours(e, exerciseTime(*e.declaredAt), end);
}

QStringList servicesInScope(const Plan &plan, const Exercise &e)
{
    QStringList out;
    for (const QString &id : e.runbooks) {
        const Runbook *r = findRunbook(plan, id);
        if (r && !r->service.isEmpty() && !out.contains(r->service))
            out.append(r->service);
    }
    for (const QString &id : e.services) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

const RunbookStep *verificationStep(const Runbook &r)
{
    for (auto it = r.steps.crbegin(); it != r.steps.crend(); ++it) {
        if (!it->verification.trimmed().isEmpty())
            return &*it;
    }
    return r.steps.isEmpty() ? nullptr : &r.steps.constLast();
}

QString toDisplayString(Verdict v)
{
    switch (v) {
    case Verdict::NotMeasured:
        return Tr::tr("not measured");
    case Verdict::NoTarget:
        return Tr::tr("no target");
    case Verdict::Pass:
        return Tr::tr("pass");
    case Verdict::Miss:
        return Tr::tr("miss");
    }
    return {};
}

std::optional<double> ServiceMeasure::rtoGap() const
{
    if (!measuredRto || !rtoTarget)
        return std::nullopt;
    return *measuredRto - *rtoTarget;
}

QList<ServiceMeasure> measureExercise(const Plan &plan, const Exercise &e)
{
    QList<ServiceMeasure> out;
    const QDateTime declared = e.declaredAt ? exerciseTime(*e.declaredAt) : QDateTime();
    for (const QString &id : servicesInScope(plan, e)) {
        ServiceMeasure m;
        m.service = id;
        const Targets targets = targetsOf(plan, id);
        m.name = targets.name;
        m.rtoTarget = targets.rto;
        m.rpoTarget = targets.rpo;
        const ExerciseResult *entered = nullptr;
        for (const ExerciseResult &r : e.results) {
            if (r.service == id)
                entered = &r;
        }
        if (entered && entered->measuredRtoHours) {
            m.measuredRto = entered->measuredRtoHours;
            m.rtoEntered = true;
        } else if (declared.isValid()) {
            for (const QString &runbookId : e.runbooks) {
                const Runbook *r = findRunbook(plan, runbookId);
                const RunbookStep *step = r && r->service == id ? verificationStep(*r) : nullptr;
                if (!step)
                    continue;
                for (const ExerciseLogEntry &entry : e.log) {
                    if (entry.runbook != runbookId || entry.step != step->id || !entry.finishedAt)
                        continue;
                    const double hours = activeHours(e, declared, exerciseTime(*entry.finishedAt));
                    if (!m.measuredRto || hours > *m.measuredRto) {
                        m.measuredRto = hours;
                        m.verifiedByRunbook = runbookId;
                        m.verifiedByStep = step->id;
                    }
                }
            }
        }
        if (entered && entered->measuredRpoHours) {
            m.measuredRpo = entered->measuredRpoHours;
            m.rpoEntered = true;
        } else if (entered && entered->dataLossAt && declared.isValid()) {
            const QDateTime lossPoint = exerciseTime(*entered->dataLossAt);
            m.measuredRpo = std::max<qint64>(lossPoint.msecsTo(declared), 0) / 3600000.0;
        }
        m.rto = verdict(m.measuredRto, m.rtoTarget);
        m.rpo = verdict(m.measuredRpo, m.rpoTarget);
        out.append(m);
    }
    return out;
}

RtoStanding rtoStanding(const ServiceMeasure &m, double elapsed)
{
    if (m.measuredRto) {
        if (m.rto == Verdict::Miss)
            return RtoStanding::RecoveredLate;
        return RtoStanding::Recovered;
    }
    if (!m.rtoTarget)
        return RtoStanding::NoTarget;
    if (elapsed > *m.rtoTarget)
        return RtoStanding::Beyond;
    if (elapsed >= *m.rtoTarget * ApproachingShare)
        return RtoStanding::Approaching;
    return RtoStanding::WithinTarget;
}

QList<TestDue> testsDue(const Plan &plan, const QDate &today, const RequiredTier &requiredTier)
{
    QHash<int, int> everyMonths;
    for (const TierRule &rule : plan.tierPolicy.tiers) {
        if (rule.testEveryMonths)
            everyMonths.insert(rule.tier, *rule.testEveryMonths);
    }
    if (everyMonths.isEmpty())
        return {};
    // Without the caller's tiers they are analysed here, and only once a service without a
    // tier of its own asks.
    std::optional<GraphSnapshot> graph;
    std::vector<int> analysed;
    auto required = [&](const QString &id) {
        if (requiredTier)
            return requiredTier(id);
        if (!graph) {
            graph = GraphSnapshot::fromPlan(plan);
            analysed = analyzeTiers(*graph, plan.tierPolicy).requiredTier;
        }
        const int node = graph->indexOf(id);
        return node >= 0 ? analysed[size_t(node)] : -1;
    };

    // Scope of each exercise, once.
    struct Covered
    {
        const Exercise *exercise;
        QSet<QString> scope;
    };
    std::vector<Covered> covered;
    for (const Exercise &e : plan.exercises) {
        const QStringList scope = servicesInScope(plan, e);
        covered.push_back({&e, QSet<QString>(scope.cbegin(), scope.cend())});
    }

    QList<TestDue> out;
    for (const Service &s : plan.services) {
        const int tier = s.tier ? *s.tier : required(s.id);
        if (tier < 0 || !everyMonths.contains(tier))
            continue;
        TestDue due;
        due.service = s.id;
        due.name = s.name;
        due.tier = tier;
        due.everyMonths = everyMonths.value(tier);
        for (const Covered &c : covered) {
            if (!c.scope.contains(s.id))
                continue;
            const QDate date = QDate::fromString(c.exercise->date, Qt::ISODate);
            if (c.exercise->declaredAt) {
                if (!due.lastTested || date > *due.lastTested) {
                    due.lastTested = date;
                    due.lastExercise = c.exercise->id;
                }
            } else if (date >= today && (!due.planned || date < *due.planned)) {
                due.planned = date;
            }
        }
        if (due.lastTested)
            due.nextDue = due.lastTested->addMonths(due.everyMonths);
        due.overdue = !due.nextDue || *due.nextDue < today;
        out.append(due);
    }
    std::stable_sort(out.begin(), out.end(), [](const TestDue &a, const TestDue &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        const QDate da = a.nextDue.value_or(QDate(1, 1, 1));
        const QDate db = b.nextDue.value_or(QDate(1, 1, 1));
        return da != db ? da < db : a.service < b.service;
    });
    return out;
}

bool isOverdue(const ActionItem &a, const QDate &today)
{
    if (a.status == ActionStatus::Done || !a.due)
        return false;
    const QDate due = QDate::fromString(*a.due, Qt::ISODate);
    return due.isValid() && due < today;
}

ActionItem postmortemActionItem(const Incident &incident, const IncidentAction &a)
{
    // Raised when the service was back (the post-mortem follows the restore), else when it
    // began; the date part of the instant, as written (UTC).
    const QString instant = incident.restoredAt.value_or(incident.startedAt);
    return {a.id,    a.title, a.owner, a.due, a.status, std::optional<QString>(instant.left(10)),
            a.closed};
}

QList<ActionRef> allActions(const Plan &plan, const QDate &today)
{
    QList<ActionRef> out;
    for (const Exercise &e : plan.exercises) {
        for (const ActionItem &a : e.actions) {
            const QDate raised = QDate::fromString(a.raised.value_or(e.date), Qt::ISODate);
            out.append({e.id, QString(), e.title, a, raised, isOverdue(a, today)});
        }
    }
    for (const Incident &incident : plan.incidents) {
        if (!incident.postmortem)
            continue;
        for (const IncidentAction &a : incident.postmortem->actions) {
            const ActionItem item = postmortemActionItem(incident, a);
            const QDate raised = QDate::fromString(item.raised.value_or(QString()), Qt::ISODate);
            out.append({QString(), incident.id,
                        incident.title.isEmpty()
                            ? incident.id
                            : incident.id + QStringLiteral(": ") + incident.title,
                        item, raised, isOverdue(item, today)});
        }
    }
    // Open before done; overdue first; then by due date, undated last.
    std::stable_sort(out.begin(), out.end(), [](const ActionRef &a, const ActionRef &b) {
        const bool openA = a.action.status == ActionStatus::Open;
        const bool openB = b.action.status == ActionStatus::Open;
        if (openA != openB)
            return openA;
        if (a.overdue != b.overdue)
            return a.overdue;
        const QString dueA = a.action.due.value_or(QStringLiteral("9999"));
        const QString dueB = b.action.due.value_or(QStringLiteral("9999"));
        return dueA < dueB;
    });
    return out;
}

QList<ActionCount> actionsOverTime(const Plan &plan, const QDate &today)
{
    struct Span
    {
        QDate raised;
        std::optional<QDate> closed;
    };
    std::vector<Span> spans;
    std::map<QDate, int> dates;
    for (const ActionRef &ref : allActions(plan, today)) {
        const ActionItem &a = ref.action;
        Span span{ref.raised, std::nullopt};
        if (!span.raised.isValid())
            continue;
        if (a.status == ActionStatus::Done) {
            // Done without a date: closed when raised, the earliest it can have been.
            const QDate closed = a.closed ? QDate::fromString(*a.closed, Qt::ISODate) : span.raised;
            span.closed = closed.isValid() ? closed : span.raised;
            dates[*span.closed] = 0;
        }
        dates[span.raised] = 0;
        spans.push_back(span);
    }
    if (spans.empty())
        return {};
    if (today.isValid())
        dates[today] = 0;
    QList<ActionCount> out;
    for (const auto &entry : dates) {
        const QDate date = entry.first;
        ActionCount count{date, 0, 0};
        for (const Span &s : spans) {
            if (s.raised > date)
                continue;
            if (s.closed && *s.closed <= date)
                ++count.closed;
            else
                ++count.open;
        }
        out.append(count);
    }
    return out;
}

} // namespace Continuity
