// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmortemReport.h"

#include "analysis/Downtime.h"
#include "analysis/ExerciseResults.h"
#include "analysis/GraphSnapshot.h"
#include "analysis/IncidentHistory.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"
#include "ReportFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::PostmortemReport)
};

// Long lists stop here and count the rest: the post-mortem is read, not searched.
constexpr int MaxCascadeRows = 30;

Cell text(const QString &t, bool bold = false)
{
    return {{QString(), t, bold}};
}

Table keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    Table t;
    t.columns = {{QString(), 1.4}, {QString(), 3}};
    t.header = false;
    for (const auto &[key, value] : pairs)
        t.rows.append({text(key, true), text(value)});
    return t;
}

// Prints a stored instant in the plan's time zone; "—" for none.
class Instants
{
public:
    explicit Instants(const Plan &plan)
        : m_zone(QTimeZone(plan.incidentPolicy.timeZone.toUtf8()))
    {
        if (!m_zone.isValid())
            m_zone = QTimeZone::utc();
    }
    QString operator()(const std::optional<QString> &iso) const
    {
        if (!iso || iso->isEmpty())
            return QStringLiteral("—");
        const std::optional<qint64> ms = instantMs(*iso);
        return ms ? Report::dateTime(QDateTime::fromMSecsSinceEpoch(*ms, m_zone)) : *iso;
    }
    QString zoneName() const { return QString::fromUtf8(m_zone.id()); }

private:
    QTimeZone m_zone;
};

// "2 h 30 min" from one instant to the next; empty when either is missing.
QString between(const QString &from, const std::optional<QString> &to)
{
    const std::optional<qint64> a = instantMs(from);
    const std::optional<qint64> b = to ? instantMs(*to) : std::nullopt;
    if (!a || !b || *b < *a)
        return {};
    return Report::duration(double(*b - *a) / 3'600'000.0);
}

// Blameless by construction: a person prints as the role they hold (the first role listing
// them), or as "a team member"; a role by its name; free text as written.
QString who(const Plan &plan, const QString &contact, bool withNames)
{
    if (contact.isEmpty())
        return QStringLiteral("—");
    if (withNames || !Contacts::person(plan, contact))
        return Contacts::displayName(plan, contact);
    for (const Role &r : plan.roles) {
        if (r.members.contains(contact))
            return r.name;
    }
    return Tr::tr("a team member");
}

QString nodeName(const Plan &plan, const QString &id)
{
    for (const Process &p : plan.processes) {
        if (p.id == id)
            return p.name;
    }
    for (const Service &s : plan.services) {
        if (s.id == id)
            return s.name;
    }
    return id; // the plan no longer has it: the record keeps what was written
}

QString stateName(AffectedState state)
{
    return state == AffectedState::Down ? Tr::tr("down") : Tr::tr("degraded");
}

} // namespace

Report::Document postmortemReport(const Plan &plan, const Incident &incident, bool withNames,
                                  const QDateTime &printedAt)
{
    const Instants at(plan);
    Document d;
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("Post-mortem %1").arg(incident.id);
    d.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));
    d.title(incident.title.isEmpty() ? incident.id
                                     : Tr::tr("%1: %2").arg(incident.id, incident.title));
    d.subtitle(Tr::tr("Post-mortem · severity %1 · %2")
                   .arg(incident.severity)
                   .arg(at(incident.startedAt)));
    const std::optional<Postmortem> &pm = incident.postmortem;
    d.paragraph(Tr::tr("A blameless review: it asks what in our systems and ways of working let "
                       "this happen, not who. Times are in %1.")
                    .arg(at.zoneName()));

    // ---- The facts
    d.heading(Tr::tr("The incident"));
    QStringList runbooks;
    for (const QString &id : incident.plansActivated) {
        const Runbook *r = findRunbook(plan, id);
        runbooks.append(r ? r->title : id);
    }
    QList<std::pair<QString, QString>> facts = {
        {Tr::tr("Severity"), QString::number(incident.severity)},
        {Tr::tr("Status"), displayName(incident.status)},
        {Tr::tr("Impact began"), at(incident.startedAt)},
        {Tr::tr("Detected"), at(incident.detectedAt)},
        {Tr::tr("Acknowledged"), at(incident.acknowledgedAt)},
        {Tr::tr("Mitigated"), at(incident.mitigatedAt)},
        {Tr::tr("Restored"), at(incident.restoredAt)},
        {Tr::tr("Closed"), at(incident.closedAt)},
    };
    if (const QString detect = between(incident.startedAt, incident.detectedAt); !detect.isEmpty())
        facts.append({Tr::tr("Time to detect"), detect});
    if (const QString restore = between(incident.startedAt, incident.restoredAt);
        !restore.isEmpty())
        facts.append({Tr::tr("Time to restore"), restore});
    const QLocale locale;
    if (incident.clientsAffected)
        facts.append(
            {Tr::tr("Clients affected"), locale.toString(*incident.clientsAffected, 'f', 0)});
    if (incident.transactionsAffected)
        facts.append({Tr::tr("Transactions affected"),
                      locale.toString(*incident.transactionsAffected, 'f', 0)});
    if (incident.cost)
        facts.append({Tr::tr("Cost"), Report::money(*incident.cost)});
    if (!incident.causedByChange.isEmpty())
        facts.append({Tr::tr("Caused by change"), incident.causedByChange});
    facts.append({Tr::tr("Runbooks activated"),
                  runbooks.isEmpty() ? Tr::tr("none") : runbooks.join(QStringLiteral(", "))});
    if (!incident.externalRef.isEmpty())
        facts.append({Tr::tr("Ticket"), incident.externalRef});
    d.table(keyValues(facts));
    if (!incident.description.trimmed().isEmpty())
        d.plain(incident.description);

    if (pm && !pm->summary.trimmed().isEmpty()) {
        d.heading(Tr::tr("Summary"));
        d.plain(pm->summary);
    }

    // ---- Impact: what was listed, and what the cascade took down with it.
    d.heading(Tr::tr("Impact"));
    if (pm && !pm->impact.trimmed().isEmpty())
        d.plain(pm->impact);
    if (incident.affected.isEmpty()) {
        d.paragraph(Tr::tr("No affected node was recorded."));
    } else {
        d.subheading(Tr::tr("Nodes recorded as affected"));
        Table listed;
        listed.columns = {
            {Tr::tr("Node"), 3}, {Tr::tr("State"), 1}, {Tr::tr("From"), 1.7}, {Tr::tr("To"), 1.7}};
        for (const AffectedNode &a : incident.affected)
            listed.rows.append({text(nodeName(plan, a.node)), text(stateName(a.state)),
                                text(at(a.from.value_or(incident.startedAt))),
                                text(at(a.to ? a.to : incident.restoredAt))});
        d.table(listed);
    }
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const qint64 until =
        instantMs(incident.restoredAt.value_or(QString())).value_or(printedAt.toMSecsSinceEpoch());
    const Downtime downtime = Downtime::compute(graph, {incident}, until);
    struct Row
    {
        int node;
        double hours;
    };
    std::vector<Row> rows;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        const std::vector<TimeSpan> &spans = downtime.down(n);
        if (spans.empty())
            continue;
        qint64 ms = 0;
        for (const TimeSpan &s : spans)
            ms += s.length();
        rows.push_back({n, double(ms) / 3'600'000.0});
    }
    // Processes first, then by tier and by how long.
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (graph.isProcess(a.node) != graph.isProcess(b.node))
            return graph.isProcess(a.node);
        if (graph.tier(a.node) != graph.tier(b.node))
            return graph.tier(a.node) < graph.tier(b.node);
        return a.hours > b.hours;
    });
    if (!rows.empty()) {
        d.subheading(Tr::tr("Down through the cascade"));
        d.paragraph(Tr::tr("Every node that was down because of what was recorded (a process is "
                           "down while a service it needs is down, even if nobody listed it), "
                           "with its downtime against its RTO."));
        Table down;
        down.columns = {{Tr::tr("Node"), 3},
                        {Tr::tr("Tier"), 0.7},
                        {Tr::tr("Down for"), 1.3},
                        {Tr::tr("RTO"), 1.1},
                        {Tr::tr("Loss"), 1.3}};
        double loss = 0;
        for (const Row &r : rows)
            loss += r.hours * graph.lossPerHour(r.node);
        for (std::size_t i = 0; i < rows.size() && i < std::size_t(MaxCascadeRows); ++i) {
            const Row &r = rows[i];
            const double rto = graph.rtoHours(r.node);
            const bool breach = std::isfinite(rto) && rto >= 0 && r.hours > rto;
            const double perHour = graph.lossPerHour(r.node);
            down.rows.append(
                {text(graph.name(r.node)),
                 text(graph.tier(r.node) >= 0 ? QString::number(graph.tier(r.node))
                                              : QStringLiteral("—")),
                 text(Report::duration(r.hours), breach),
                 text(std::isfinite(rto) && rto >= 0
                          ? (breach ? Tr::tr("%1 (breached)").arg(Report::duration(rto))
                                    : Report::duration(rto))
                          : QStringLiteral("—"),
                      breach),
                 text(perHour > 0 ? Report::money(r.hours * perHour) : QStringLiteral("—"))});
        }
        d.table(down);
        if (rows.size() > std::size_t(MaxCascadeRows))
            d.paragraph(Tr::tr("… and %n more nodes.", nullptr, int(rows.size()) - MaxCascadeRows));
        if (loss > 0)
            d.paragraph(Tr::tr("Estimated loss from the processes' loss per hour: **%1**.")
                            .arg(Report::money(loss)));
    }
    if (!incident.dataLoss.isEmpty()) {
        d.subheading(Tr::tr("Data lost"));
        Table lost;
        lost.columns = {{Tr::tr("Data store"), 3}, {Tr::tr("Lost"), 1.3}, {Tr::tr("RPO"), 1.3}};
        for (const DataLoss &l : incident.dataLoss) {
            const int node = graph.indexOf(l.node);
            const double rpo = node >= 0 ? graph.rpoHours(node) : -1;
            const bool breach = l.hours && std::isfinite(rpo) && rpo >= 0 && *l.hours > rpo;
            lost.rows.append(
                {text(nodeName(plan, l.node)),
                 text(l.hours ? Report::duration(*l.hours) : QStringLiteral("—"), breach),
                 text(std::isfinite(rpo) && rpo >= 0
                          ? (breach ? Tr::tr("%1 (breached)").arg(Report::duration(rpo))
                                    : Report::duration(rpo))
                          : QStringLiteral("—"),
                      breach)});
        }
        d.table(lost);
    }

    if (!pm) {
        d.heading(Tr::tr("Post-mortem"));
        d.paragraph(Tr::tr("No post-mortem has been written for this incident yet."));
        return d;
    }

    // ---- Timeline
    d.heading(Tr::tr("Timeline"));
    if (pm->timeline.isEmpty()) {
        d.paragraph(Tr::tr("No timeline was recorded."));
    } else {
        QList<TimelineEntry> entries = pm->timeline;
        std::stable_sort(entries.begin(), entries.end(),
                         [](const TimelineEntry &a, const TimelineEntry &b) {
                             return instantMs(a.at).value_or(0) < instantMs(b.at).value_or(0);
                         });
        Table timeline;
        timeline.columns = {{Tr::tr("When"), 1.5}, {Tr::tr("What happened"), 5}};
        for (const TimelineEntry &e : entries)
            timeline.rows.append({text(at(e.at)), text(e.text)});
        d.table(timeline);
    }

    // ---- Contributing factors
    d.heading(Tr::tr("Contributing factors"));
    if (incident.factors.isEmpty()) {
        d.paragraph(Tr::tr("No contributing factor was recorded."));
    } else {
        Table factors;
        factors.columns = {{Tr::tr("Category"), 1.3}, {Tr::tr("Factor"), 5}};
        for (const ContributingFactor &f : incident.factors)
            factors.rows.append({text(displayName(f.category), true), text(f.text)});
        d.table(factors);
    }

    // ---- What we learned
    const std::pair<QString, QString> lessons[] = {
        {Tr::tr("What went well"), pm->wentWell},
        {Tr::tr("What went wrong"), pm->wentWrong},
        {Tr::tr("Where we got lucky"), pm->lucky},
    };
    for (const auto &[heading, body] : lessons) {
        d.heading(heading);
        if (body.trimmed().isEmpty())
            d.paragraph(Tr::tr("Nothing was recorded."));
        else
            d.plain(body);
    }

    // ---- Actions
    d.heading(Tr::tr("Actions"));
    if (pm->actions.isEmpty()) {
        d.paragraph(Tr::tr("No action was raised."));
    } else {
        const QDate today = printedAt.date();
        Table actions;
        actions.columns = {{Tr::tr("Kind"), 1},
                           {Tr::tr("Action"), 3.4},
                           {Tr::tr("Owner"), 1.6},
                           {Tr::tr("Due"), 1.2},
                           {Tr::tr("Status"), 1.2}};
        for (const IncidentAction &a : pm->actions) {
            const ActionItem item = postmortemActionItem(incident, a);
            const bool overdue = isOverdue(item, today);
            const QString status = a.status == ActionStatus::Done
                                       ? (a.closed ? Tr::tr("done %1").arg(Report::date(
                                                         QDate::fromString(*a.closed, Qt::ISODate)))
                                                   : Tr::tr("done"))
                                   : overdue ? Tr::tr("OVERDUE")
                                             : Tr::tr("open");
            actions.rows.append({text(displayName(a.kind)), text(a.title),
                                 text(who(plan, a.owner, withNames)),
                                 text(a.due ? Report::date(QDate::fromString(*a.due, Qt::ISODate))
                                            : QStringLiteral("—")),
                                 text(status, overdue)});
        }
        d.table(actions);
    }

    if (!pm->runbookChanges.isEmpty()) {
        d.heading(Tr::tr("Runbooks changed"));
        Table changed;
        changed.columns = {{Tr::tr("Runbook"), 4}, {Tr::tr("Version that came out of it"), 2}};
        for (const RunbookChange &c : pm->runbookChanges) {
            const Runbook *r = findRunbook(plan, c.runbook);
            changed.rows.append({text(r ? r->title : c.runbook), text(c.version)});
        }
        d.table(changed);
    }

    // ---- Review
    d.heading(Tr::tr("Review"));
    QList<std::pair<QString, QString>> review = {
        {Tr::tr("Reviewer"), who(plan, pm->reviewer, withNames)},
        {Tr::tr("Reviewed on"), pm->reviewedOn
                                    ? Report::date(QDate::fromString(*pm->reviewedOn, Qt::ISODate))
                                    : Tr::tr("not yet reviewed")},
    };
    if (const std::optional<qint64> restored = instantMs(incident.restoredAt.value_or(QString()))) {
        const QDate due = postmortemDue(plan, incident.severity, *restored);
        review.append({Tr::tr("Due"), Report::date(due)});
    }
    d.table(keyValues(review));
    return d;
}

} // namespace Continuity
