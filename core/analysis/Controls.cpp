// SPDX-License-Identifier: GPL-3.0-or-later
#include "Controls.h"

#include "ChangeRisk.h"
#include "domain/Plan.h"
#include "ExerciseResults.h"
#include "GraphSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Controls)
};

// The defaults of the rules' parameters (docs/governance.md).
constexpr int DefaultMaxTier = 1;
constexpr int DefaultMonths = 12;
constexpr int DefaultContactDays = 180;
constexpr int DefaultActionDays = 30;
constexpr int DefaultMaxSeverity = 2;
constexpr int AccessReviewDays = 92;

QDate dateOf(const QString &text)
{
    if (text.size() >= 10) {
        const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return {};
}

QDate dateOf(const std::optional<QString> &text)
{
    return text ? dateOf(*text) : QDate();
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The plan's processes and services with their tier as the rules read it: a process's
// effective tier, a service's assigned tier, else its required tier (as the change rules do).
struct Nodes
{
    struct Node
    {
        QString id;
        QString name;
        bool process = false;
        int tier = -1;
        const Service *service = nullptr;
    };
    std::vector<Node> all;

    QHash<QString, int> indexOf;

    explicit Nodes(const Plan &plan)
    {
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
        const std::vector<int> tiers = ruleTiers(graph, analyzeTiers(graph, plan.tierPolicy));
        QHash<QString, const Service *> services;
        for (const Service &s : plan.services)
            services.insert(s.id, &s);
        for (int i = 0; i < graph.nodeCount(); ++i) {
            Node n;
            n.id = graph.id(i);
            n.process = graph.isProcess(i);
            n.tier = tiers[std::size_t(i)];
            n.name = graph.name(i);
            n.service = n.process ? nullptr : services.value(n.id);
            indexOf.insert(n.id, int(all.size()));
            all.push_back(std::move(n));
        }
    }
    int tierOf(const QString &id) const
    {
        const int i = indexOf.value(id, -1);
        return i < 0 ? -1 : all[std::size_t(i)].tier;
    }
};

int intParam(const std::optional<double> &value, int fallback)
{
    return value ? int(std::lround(*value)) : fallback;
}

QString tierScope(int maxTier)
{
    if (maxTier == 0)
        return Tr::tr("tier-0");
    if (maxTier == 1)
        return Tr::tr("tier-0/1");
    return Tr::tr("tier-0 to %1").arg(maxTier);
}

// An exercise that ran (was declared) and has results to show: ended, or results entered.
bool ranWithResults(const Exercise &e)
{
    return (e.declaredAt || !e.results.isEmpty()) && (e.endedAt || !e.results.isEmpty());
}

// Sorts the items (failing first), sets the state and the summary `what` gives for the items
// that hold and all of them.
void finish(ControlStatus &status, const std::function<QString(int, int)> &what)
{
    std::stable_sort(
        status.items.begin(), status.items.end(),
        [](const ControlItem &a, const ControlItem &b) { return !a.holds && b.holds; });
    const int failing = status.failing();
    const int total = int(status.items.size());
    if (total == 0) {
        status.state = ControlState::NoEvidence;
        status.summary = Tr::tr("Nothing to prove it on: %1").arg(what(0, 0));
        return;
    }
    status.state = failing == 0 ? ControlState::Effective : ControlState::Ineffective;
    status.summary = what(total - failing, total);
}

// The rules, one function each; `from` and `to` are set by the caller.

void exerciseCoverage(const Plan &plan, const Nodes &nodes, const Control &c, ControlStatus &s)
{
    const int maxTier = c.maxTier.value_or(DefaultMaxTier);
    // The latest exercise with results that covered each node, within the period.
    QHash<QString, std::pair<QDate, QString>> last;
    for (const Exercise &e : plan.exercises) {
        const QDate d = dateOf(e.date);
        if (!d.isValid() || d < s.from || d > s.to || !ranWithResults(e))
            continue;
        for (const QString &id : servicesInScope(plan, e)) {
            auto it = last.find(id);
            if (it == last.end() || it->first < d)
                last.insert(id, {d, e.id});
        }
    }
    for (const Nodes::Node &n : nodes.all) {
        if (n.tier < 0 || n.tier > maxTier)
            continue;
        ControlItem item{n.process ? QStringLiteral("process") : QStringLiteral("service"),
                         n.id,
                         n.name,
                         false,
                         {}};
        const auto it = last.constFind(n.id);
        item.holds = it != last.cend();
        item.why = item.holds ? Tr::tr("exercised on %1 (%2)").arg(dateText(it->first), it->second)
                              : Tr::tr("no exercise with results since %1").arg(dateText(s.from));
        s.items.append(item);
    }
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 %3 processes and services exercised with results in the last "
                      "%n month(s).",
                      nullptr, intParam(c.months, DefaultMonths))
            .arg(holding)
            .arg(total)
            .arg(tierScope(maxTier));
    });
}

void runbookCoverage(const Plan &plan, const Nodes &nodes, const Control &c, ControlStatus &s)
{
    const int maxTier = c.maxTier.value_or(DefaultMaxTier);
    for (const Nodes::Node &n : nodes.all) {
        if (n.process || n.tier < 0 || n.tier > maxTier)
            continue;
        ControlItem item{QStringLiteral("service"), n.id, n.name, false, {}};
        QDate best;
        QString runbook;
        bool approved = false;
        for (const Runbook &r : plan.runbooks) {
            if (r.service != n.id || r.status != RunbookStatus::Approved)
                continue;
            approved = true;
            const QDate d = dateOf(r.approvedAt);
            if (d.isValid() && (!best.isValid() || d > best)) {
                best = d;
                runbook = r.id;
            }
        }
        item.holds = best.isValid() && best >= s.from && best <= s.to;
        if (item.holds)
            item.why = Tr::tr("runbook %1 approved on %2").arg(runbook, dateText(best));
        else if (approved && best.isValid())
            item.why = Tr::tr("runbook %1 last approved on %2").arg(runbook, dateText(best));
        else
            item.why = Tr::tr("no approved runbook");
        s.items.append(item);
    }
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 %3 services with a runbook approved in the last %n month(s).",
                      nullptr, intParam(c.months, DefaultMonths))
            .arg(holding)
            .arg(total)
            .arg(tierScope(maxTier));
    });
}

void biaCurrent(const Plan &plan, const Control &c, ControlStatus &s)
{
    for (const Process &p : plan.processes) {
        ControlItem item{QStringLiteral("process"), p.id, p.name, false, {}};
        const QDate d = dateOf(p.reviewedOn);
        if (!d.isValid()) {
            item.why = Tr::tr("BIA never reviewed");
        } else if (d < s.from || d > s.to) {
            item.why = Tr::tr("BIA last reviewed on %1").arg(dateText(d));
        } else if (p.biaChangedSinceReview) {
            item.why = Tr::tr("BIA changed since its review on %1").arg(dateText(d));
        } else {
            item.holds = true;
            item.why = p.reviewedBy.isEmpty()
                           ? Tr::tr("BIA reviewed on %1").arg(dateText(d))
                           : Tr::tr("BIA reviewed on %1 by %2").arg(dateText(d), p.reviewedBy);
        }
        s.items.append(item);
    }
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 processes with their BIA reviewed in the last %n month(s).",
                      nullptr, intParam(c.months, DefaultMonths))
            .arg(holding)
            .arg(total);
    });
}

void restoreTested(const Plan &plan, const Nodes &nodes, const Control &c, ControlStatus &s)
{
    const int maxTier = c.maxTier.value_or(DefaultMaxTier);
    // Each data store's latest measured restore in the period, and whether it met its RTO.
    struct Restore
    {
        QDate on;
        QString exercise;
        Verdict verdict = Verdict::NotMeasured;
        double hours = 0;
    };
    QHash<QString, Restore> last;
    for (const Exercise &e : plan.exercises) {
        const QDate d = dateOf(e.date);
        if (!d.isValid() || d < s.from || d > s.to)
            continue;
        for (const ServiceMeasure &m : measureExercise(plan, e)) {
            if (!m.measuredRto)
                continue;
            auto it = last.find(m.service);
            if (it == last.end() || it->on <= d)
                last.insert(m.service, {d, e.id, m.rto, *m.measuredRto});
        }
    }
    for (const Nodes::Node &n : nodes.all) {
        if (n.process || !n.service || n.service->kind != ServiceKind::DataStore || n.tier < 0 ||
            n.tier > maxTier)
            continue;
        ControlItem item{QStringLiteral("service"), n.id, n.name, false, {}};
        const auto it = last.constFind(n.id);
        if (it == last.cend()) {
            item.why = Tr::tr("no measured restore since %1").arg(dateText(s.from));
        } else if (it->verdict == Verdict::Pass) {
            item.holds = true;
            item.why =
                Tr::tr("restored within its RTO on %1 (%2)").arg(dateText(it->on), it->exercise);
        } else if (it->verdict == Verdict::NoTarget) {
            item.why = Tr::tr("restored on %1 (%2), but it has no RTO to meet")
                           .arg(dateText(it->on), it->exercise);
        } else {
            item.why =
                Tr::tr("restore on %1 (%2) missed its RTO").arg(dateText(it->on), it->exercise);
        }
        s.items.append(item);
    }
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 %3 data stores restored within their RTO in the last %n "
                      "month(s).",
                      nullptr, intParam(c.months, DefaultMonths))
            .arg(holding)
            .arg(total)
            .arg(tierScope(maxTier));
    });
}

void changeControl(const Plan &plan, const Control &c, ControlStatus &s)
{
    const int maxTier = c.maxTier.value_or(DefaultMaxTier);
    std::optional<ChangeContext> context;
    for (const Change &change : plan.changes) {
        if (change.state != ChangeState::Closed)
            continue;
        const QDate closed = dateOf(change.actualEnd ? change.actualEnd : change.plannedEnd);
        if (!closed.isValid() || closed < s.from || closed > s.to)
            continue;
        if (!context)
            context.emplace(
                plan,
                QDateTime(s.to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        const ChangeAssessment a = context->assess(change);
        const bool touches = std::any_of(a.nodes.cbegin(), a.nodes.cend(), [&](const auto &n) {
            const int t = context->nodeTier(n.first);
            return t >= 0 && t <= maxTier;
        });
        if (!touches)
            continue;
        QStringList missing;
        if (change.peerReviewer.isEmpty())
            missing.append(Tr::tr("a peer review"));
        if (change.backoutRunbook.isEmpty() && change.backoutPlan.trimmed().isEmpty())
            missing.append(Tr::tr("a backout"));
        const bool highRisk = riskLevel(a.risk) >= riskLevel(QStringLiteral("high"));
        if (highRisk && !(change.cab && change.cab->decision == CabDecision::Approved))
            missing.append(Tr::tr("CAB approval for its %1 risk").arg(displayRisk(a.risk)));
        ControlItem item{QStringLiteral("change"), change.id, change.title, missing.isEmpty(), {}};
        item.why =
            missing.isEmpty()
                ? Tr::tr("closed on %1 with peer review and backout%2")
                      .arg(dateText(closed), highRisk ? Tr::tr(" and CAB approval") : QString())
                : Tr::tr("closed on %1 without %2")
                      .arg(dateText(closed), missing.join(QStringLiteral(", ")));
        s.items.append(item);
    }
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 changes closed in the period with a %3 node in their blast "
                      "radius had their controls.")
            .arg(holding)
            .arg(total)
            .arg(tierScope(maxTier));
    });
}

void postmortems(const Plan &plan, const Control &c, ControlStatus &s)
{
    const int maxSeverity = intParam(c.maxSeverity, DefaultMaxSeverity);
    for (const Incident &incident : plan.incidents) {
        const QDate started = dateOf(incident.startedAt);
        if (incident.severity > maxSeverity || !started.isValid() || started < s.from ||
            started > s.to)
            continue;
        ControlItem item{QStringLiteral("incident"), incident.id, incident.title, false, {}};
        const std::optional<Postmortem> &pm = incident.postmortem;
        if (!pm) {
            item.why = Tr::tr("severity %1, no post-mortem").arg(incident.severity);
        } else if (!pm->reviewedOn || pm->reviewer.isEmpty()) {
            item.why = Tr::tr("severity %1, post-mortem not reviewed").arg(incident.severity);
        } else {
            item.holds = true;
            item.why = Tr::tr("post-mortem reviewed on %1 by %2")
                           .arg(dateText(dateOf(pm->reviewedOn)), pm->reviewer);
        }
        s.items.append(item);
    }
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 incidents of severity 1 to %3 in the period have a reviewed "
                      "post-mortem.")
            .arg(holding)
            .arg(total)
            .arg(maxSeverity);
    });
}

void contactsVerified(const Plan &plan, const Nodes &nodes, const Control &c, ControlStatus &s)
{
    const int maxTier = c.maxTier.value_or(DefaultMaxTier);
    const int days = intParam(c.days, DefaultContactDays);
    const QDate since = s.to.addDays(-days);
    // The owners of the recovery steps of runbooks for tier ≤ T services, roles opened to their
    // members; each person once, in the order met.
    QStringList people;
    QSet<QString> seen;
    auto add = [&](const QString &id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            people.append(id);
        }
    };
    for (const Runbook &r : plan.runbooks) {
        if (r.status == RunbookStatus::Retired || r.service.isEmpty())
            continue;
        const int tier = nodes.tierOf(r.service);
        if (tier < 0 || tier > maxTier)
            continue;
        for (const RunbookStep &step : r.steps) {
            for (const Role &role : plan.roles) {
                if (role.id == step.owner) {
                    for (const QString &m : role.members)
                        add(m);
                }
            }
            for (const Person &p : plan.persons) {
                if (p.id == step.owner)
                    add(p.id);
            }
        }
    }
    for (const QString &id : std::as_const(people)) {
        const auto p = std::find_if(plan.persons.cbegin(), plan.persons.cend(),
                                    [&](const Person &x) { return x.id == id; });
        if (p == plan.persons.cend())
            continue;
        ControlItem item{QStringLiteral("person"), p->id, p->name, false, {}};
        const QDate d = dateOf(p->verifiedOn);
        item.holds = d.isValid() && d >= since && d <= s.to;
        item.why = !d.isValid() ? Tr::tr("details never verified")
                   : item.holds ? Tr::tr("details verified on %1").arg(dateText(d))
                                : Tr::tr("details last verified on %1").arg(dateText(d));
        s.items.append(item);
    }
    s.from = since;
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 people owning %3 recovery steps verified their details in the "
                      "last %n day(s).",
                      nullptr, days)
            .arg(holding)
            .arg(total)
            .arg(tierScope(maxTier));
    });
}

void accessReviews(const Plan &plan, const Nodes &nodes, const Control &c, ControlStatus &s)
{
    const int maxTier = c.maxTier.value_or(DefaultMaxTier);
    s.from = s.to.addDays(-AccessReviewDays);
    for (const Nodes::Node &n : nodes.all) {
        if (n.process || n.tier < 0 || n.tier > maxTier)
            continue;
        ControlItem item{QStringLiteral("service"), n.id, n.name, false, {}};
        const AccessReview *best = nullptr;
        for (const AccessReview &r : plan.accessReviews) {
            const QDate d = dateOf(r.reviewedOn);
            if (r.node == n.id && d.isValid() && d <= s.to &&
                (!best || d > dateOf(best->reviewedOn)))
                best = &r;
        }
        if (!best) {
            item.why = Tr::tr("access never reviewed");
        } else {
            const QDate d = dateOf(best->reviewedOn);
            item.holds = d >= s.from;
            QString counts;
            if (best->accountsReviewed)
                counts = Tr::tr(", %1 accounts reviewed, %2 removed")
                             .arg(qint64(*best->accountsReviewed))
                             .arg(qint64(best->accountsRemoved.value_or(0)));
            item.why = (item.holds ? Tr::tr("access reviewed on %1 by %2%3")
                                   : Tr::tr("access last reviewed on %1 by %2%3"))
                           .arg(dateText(d), best->reviewer, counts);
        }
        s.items.append(item);
    }
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 %3 services had their access reviewed in the last %n day(s).",
                      nullptr, AccessReviewDays)
            .arg(holding)
            .arg(total)
            .arg(tierScope(maxTier));
    });
}

void actionsClosed(const Plan &plan, const Control &c, ControlStatus &s)
{
    const int days = intParam(c.days, DefaultActionDays);
    for (const ActionRef &ref : allActions(plan, s.to)) {
        const ActionItem &a = ref.action;
        const QDate due = dateOf(a.due);
        if (!due.isValid())
            continue;
        ControlItem item{QStringLiteral("action"), a.id, a.title, true, {}};
        if (a.status == ActionStatus::Done) {
            const QDate closed = dateOf(a.closed);
            item.holds = !closed.isValid() || closed <= due.addDays(days);
            item.why = closed.isValid()
                           ? Tr::tr("due %1, closed on %2").arg(dateText(due), dateText(closed))
                           : Tr::tr("due %1, done").arg(dateText(due));
            // Done long ago: not what this period is about.
            if (closed.isValid() && closed < s.from)
                continue;
        } else {
            const qint64 late = due.daysTo(s.to);
            item.holds = late <= days;
            item.why = late > 0 ? Tr::tr("due %1, open, %n day(s) overdue", nullptr, int(late))
                                      .arg(dateText(due))
                                : Tr::tr("due %1, open").arg(dateText(due));
        }
        s.items.append(item);
    }
    finish(s, [&](int holding, int total) {
        return Tr::tr("%1 of %2 actions not overdue by more than %n day(s).", nullptr, days)
            .arg(holding)
            .arg(total);
    });
}

void manualEvidence(const Plan &plan, const Control &c, ControlStatus &s)
{
    bool fresh = false;
    bool any = false;
    for (const EvidenceFile &e : plan.evidence) {
        if (e.control != c.id)
            continue;
        const QDate d = dateOf(e.addedOn);
        if (!d.isValid() || d > s.to)
            continue;
        any = true;
        ControlItem item{QStringLiteral("evidence"), e.id, e.path, d >= s.from, {}};
        item.why =
            item.holds
                ? Tr::tr("attached on %1").arg(dateText(d))
                : Tr::tr("attached on %1, older than the control's frequency").arg(dateText(d));
        fresh = fresh || item.holds;
        s.items.append(item);
    }
    std::stable_sort(
        s.items.begin(), s.items.end(),
        [](const ControlItem &a, const ControlItem &b) { return a.holds && !b.holds; });
    if (!any) {
        s.state = ControlState::NoEvidence;
        s.summary = Tr::tr("No evidence attached.");
    } else if (!fresh) {
        s.state = ControlState::Expired;
        s.summary = Tr::tr("The newest evidence is older than %n month(s).", nullptr,
                           frequencyMonths(c.frequency));
    } else {
        s.state = ControlState::Effective;
        s.summary = Tr::tr("Evidence attached within the last %n month(s).", nullptr,
                           frequencyMonths(c.frequency));
    }
}

ControlStatus evaluate(const Plan &plan, const Control &c, const QDate &at,
                       std::optional<Nodes> &nodes)
{
    ControlStatus s;
    s.control = c.id;
    s.to = at;
    // The look-back: the rule's months where it has them, else the control's frequency.
    const bool monthsRule =
        c.rule == ControlRule::ExerciseCoverage || c.rule == ControlRule::RunbookCoverage ||
        c.rule == ControlRule::BiaCurrent || c.rule == ControlRule::RestoreTested;
    const int months =
        monthsRule ? intParam(c.months, DefaultMonths) : frequencyMonths(c.frequency);
    s.from = at.addMonths(-months).addDays(1);
    auto withNodes = [&]() -> const Nodes & {
        if (!nodes)
            nodes.emplace(plan);
        return *nodes;
    };
    switch (c.rule) {
    case ControlRule::Manual:
        manualEvidence(plan, c, s);
        break;
    case ControlRule::ExerciseCoverage:
        exerciseCoverage(plan, withNodes(), c, s);
        break;
    case ControlRule::RunbookCoverage:
        runbookCoverage(plan, withNodes(), c, s);
        break;
    case ControlRule::BiaCurrent:
        biaCurrent(plan, c, s);
        break;
    case ControlRule::RestoreTested:
        restoreTested(plan, withNodes(), c, s);
        break;
    case ControlRule::ChangeControl:
        changeControl(plan, c, s);
        break;
    case ControlRule::Postmortem:
        postmortems(plan, c, s);
        break;
    case ControlRule::ContactsVerified:
        contactsVerified(plan, withNodes(), c, s);
        break;
    case ControlRule::AccessReview:
        accessReviews(plan, withNodes(), c, s);
        break;
    case ControlRule::ActionsClosed:
        actionsClosed(plan, c, s);
        break;
    }
    if (s.state == ControlState::Ineffective || s.state == ControlState::Expired) {
        if (const RiskException *x = acceptingControlException(plan, c.id, at))
            s.acceptedBy = x->id;
    }
    return s;
}

int severityRank(ControlState state)
{
    switch (state) {
    case ControlState::Effective:
        return 0;
    case ControlState::NoEvidence:
        return 1;
    case ControlState::Expired:
        return 2;
    case ControlState::Ineffective:
        return 3;
    }
    return 3;
}

} // namespace

QString toString(ControlState state)
{
    switch (state) {
    case ControlState::Effective:
        return QStringLiteral("effective");
    case ControlState::Ineffective:
        return QStringLiteral("ineffective");
    case ControlState::NoEvidence:
        return QStringLiteral("no-evidence");
    case ControlState::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString displayName(ControlState state)
{
    switch (state) {
    case ControlState::Effective:
        return Tr::tr("Effective");
    case ControlState::Ineffective:
        return Tr::tr("Ineffective");
    case ControlState::NoEvidence:
        return Tr::tr("No evidence");
    case ControlState::Expired:
        return Tr::tr("Expired");
    }
    return {};
}

int ControlStatus::failing() const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const ControlItem &i) { return !i.holds; }));
}

ControlStatus evaluateControl(const Plan &plan, const Control &control, const QDate &at)
{
    std::optional<Nodes> nodes;
    return evaluate(plan, control, at, nodes);
}

QList<ControlStatus> evaluateControls(const Plan &plan, const QDate &at)
{
    std::optional<Nodes> nodes;
    QList<ControlStatus> out;
    out.reserve(plan.controls.size());
    for (const Control &c : plan.controls)
        out.append(evaluate(plan, c, at, nodes));
    return out;
}

std::optional<ControlState> requirementState(const QList<const ControlStatus *> &controls)
{
    std::optional<ControlState> worst;
    for (const ControlStatus *s : controls) {
        const ControlState state = s->acceptedBy.isEmpty() ? s->state : ControlState::Effective;
        if (!worst || severityRank(state) > severityRank(*worst))
            worst = state;
    }
    return worst;
}

QList<RequirementStatus> requirementStatuses(const Plan &plan, const QList<ControlStatus> &statuses)
{
    QHash<QString, const ControlStatus *> statusOf;
    for (const ControlStatus &s : statuses)
        statusOf.insert(s.control, &s);
    QHash<QString, QStringList> byRequirement;
    for (const Control &c : plan.controls) {
        if (!statusOf.contains(c.id))
            continue;
        for (const QString &r : c.requirements)
            byRequirement[r].append(c.id);
    }
    QList<RequirementStatus> out;
    for (const Framework &f : Catalogue::shipped().frameworks()) {
        for (const Requirement &r : f.requirements) {
            RequirementStatus rs;
            rs.framework = &f;
            rs.requirement = &r;
            rs.controls = byRequirement.value(r.id);
            QList<const ControlStatus *> answering;
            for (const QString &id : std::as_const(rs.controls))
                answering.append(statusOf.value(id));
            rs.state = requirementState(answering);
            out.append(std::move(rs));
        }
    }
    return out;
}

bool isValidOn(const RiskException &x, const QDate &today)
{
    const QDate on = dateOf(x.acceptedOn);
    const QDate expires = dateOf(x.expires);
    return on.isValid() && expires.isValid() && on <= today && today < expires;
}

namespace {

// The exception valid on `today` that expires last, among those `matches` picks.
template <typename Match>
const RiskException *accepting(const Plan &plan, const QDate &today, Match matches)
{
    const RiskException *best = nullptr;
    for (const RiskException &x : plan.exceptions) {
        if (matches(x) && isValidOn(x, today) && (!best || x.expires > best->expires))
            best = &x;
    }
    return best;
}

} // namespace

const RiskException *acceptingException(const Plan &plan, const QString &kind,
                                        const QString &subject, const QDate &today)
{
    return accepting(plan, today, [&](const RiskException &x) {
        return x.control.isEmpty() && x.findingKind == kind && x.subject == subject;
    });
}

const RiskException *acceptingControlException(const Plan &plan, const QString &control,
                                               const QDate &today)
{
    return accepting(plan, today, [&](const RiskException &x) { return x.control == control; });
}

std::vector<Finding> controlFindings(const Plan &plan, const QDate &today)
{
    std::vector<Finding> out;
    const QList<ControlStatus> statuses = evaluateControls(plan, today);
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const ControlStatus &s = statuses.at(i);
        const Control &c = plan.controls.at(i);
        Finding f;
        f.severity = Severity::Warning;
        f.subject = c.id;
        if (s.state == ControlState::Ineffective) {
            f.kind = QStringLiteral("control-ineffective");
            for (const ControlItem &item : s.items) {
                if (!item.holds && f.related.size() < 5)
                    f.related.append(item.id);
            }
            f.relatedTotal = s.failing();
            f.message = Tr::tr("The control %1 (%2) does not hold. %3 Fix the items it names, or "
                               "accept the risk with an exception.")
                            .arg(c.id, c.title, s.summary);
        } else if (s.state == ControlState::Expired) {
            f.kind = QStringLiteral("control-expired");
            f.message = Tr::tr("The evidence of the control %1 (%2) is older than its frequency: "
                               "attach current evidence.")
                            .arg(c.id, c.title);
        } else {
            continue;
        }
        out.push_back(std::move(f));
    }
    return out;
}

void applyExceptions(std::vector<Finding> &findings, const Plan &plan, const QDate &today)
{
    if (plan.exceptions.isEmpty())
        return;
    for (Finding &f : findings) {
        const bool control = f.kind == QLatin1String("control-ineffective") ||
                             f.kind == QLatin1String("control-expired");
        if (const RiskException *x = control ? acceptingControlException(plan, f.subject, today)
                                             : acceptingException(plan, f.kind, f.subject, today)) {
            f.acceptedBy = x->id;
            f.acceptedUntil = x->expires;
        }
    }
    // An expired exception whose finding (or control) no valid exception covers now: the risk
    // counts again, and someone should decide anew.
    QSet<QString> reported;
    for (const RiskException &x : plan.exceptions) {
        const QDate expires = dateOf(x.expires);
        if (!expires.isValid() || expires > today)
            continue;
        const bool control = !x.control.isEmpty();
        const QString key = control ? QString(QStringLiteral("control:") + x.control)
                                    : QString(x.findingKind + QLatin1Char(':') + x.subject);
        if (reported.contains(key))
            continue;
        if (control ? acceptingControlException(plan, x.control, today) != nullptr
                    : acceptingException(plan, x.findingKind, x.subject, today) != nullptr)
            continue;
        // Only while what it accepted is still there: a finding that went away, or a control
        // that holds again, needs nothing.
        if (!control && std::none_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
                return f.kind == x.findingKind && f.subject == x.subject;
            }))
            continue;
        if (control) {
            const auto c = std::find_if(plan.controls.cbegin(), plan.controls.cend(),
                                        [&](const Control &item) { return item.id == x.control; });
            if (c == plan.controls.cend())
                continue;
            const ControlState state = evaluateControl(plan, *c, today).state;
            if (state != ControlState::Ineffective && state != ControlState::Expired)
                continue;
        }
        reported.insert(key);
        Finding f;
        f.severity = Severity::Warning;
        f.kind = QStringLiteral("exception-expired");
        f.subject = control ? x.control : x.subject;
        f.related = {x.id};
        f.message = control ? Tr::tr("The exception %1 accepting the failing control %2 expired "
                                     "on %3; decide again: fix the control or renew the "
                                     "exception.")
                                  .arg(x.id, x.control, x.expires)
                            : Tr::tr("The exception %1 accepting \"%2\" on %3 expired on %4; "
                                     "the finding counts again: fix it or renew the exception.")
                                  .arg(x.id, findingKindTitle(x.findingKind), x.subject, x.expires);
        findings.push_back(std::move(f));
    }
    sortFindings(findings);
}

bool hasUnacceptedErrors(const std::vector<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == Severity::Error && f.acceptedBy.isEmpty();
    });
}

} // namespace Continuity
