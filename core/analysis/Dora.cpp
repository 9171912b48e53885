// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dora.h"

#include "domain/Plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Dora)
};

constexpr qint64 HourMs = 3'600'000;
// Thresholds of Delegated Regulation (EU) 2024/1772, Art. 9 (docs/dora.md).
constexpr double ClientsThreshold = 100'000;            // Art. 9(1)(b)
constexpr double DurationHours = 24;                    // Art. 9(3)(a)
constexpr double CriticalDowntimeHours = 2;             // Art. 9(3)(b)
constexpr double EconomicThreshold = 100'000;           // Art. 9(6), euro
constexpr qint64 RecurringWindowMs = 183 * 24 * HourMs; // "within 6 months", Art. 8(2)(a)

// What the plan knows of one incident, or of recurring incidents together.
struct Facts
{
    QStringList incidents;
    QSet<QString> criticalProcesses;
    double criticalDowntimeHours = 0; // the longest total downtime of one critical process
    double durationHours = 0;         // the longest single incident
    bool ongoing = false;
    std::optional<double> clients;
    std::optional<double> transactions;
    std::optional<double> cost;
    bool dataLost = false;
    QStringList dataStores;
    std::optional<qint64> aware;
};

Facts factsOf(const Plan &plan, const GraphSnapshot &graph, const Incident &incident, qint64 at)
{
    Facts f;
    f.incidents = {incident.id};
    const Downtime downtime = Downtime::compute(graph, {incident}, at);
    for (int n = 0; n < graph.processCount(); ++n) {
        if (graph.tier(n) < 0 || graph.tier(n) > 1)
            continue;
        const std::vector<TimeSpan> &spans = downtime.down(n);
        if (spans.empty())
            continue;
        f.criticalProcesses.insert(graph.name(n));
        qint64 ms = 0;
        for (const TimeSpan &s : spans)
            ms += s.length();
        f.criticalDowntimeHours = std::max(f.criticalDowntimeHours, double(ms) / HourMs);
    }
    const std::optional<qint64> start = instantMs(incident.startedAt);
    const std::optional<qint64> end =
        incident.restoredAt ? instantMs(*incident.restoredAt) : std::nullopt;
    f.ongoing = !end;
    if (start)
        f.durationHours = double(std::max<qint64>(0, end.value_or(at) - *start)) / HourMs;
    f.clients = incident.clientsAffected;
    f.transactions = incident.transactionsAffected;
    f.cost = incident.cost;
    for (const DataLoss &l : incident.dataLoss) {
        if (l.hours && *l.hours > 0) {
            f.dataLost = true;
            const int node = graph.indexOf(l.node);
            f.dataStores.append(node >= 0 ? graph.name(node) : l.node);
        }
    }
    f.aware = incident.detectedAt ? instantMs(*incident.detectedAt) : start;
    Q_UNUSED(plan);
    return f;
}

void add(std::optional<double> &sum, const std::optional<double> &value)
{
    if (value)
        sum = sum.value_or(0) + *value;
}

Facts together(const std::vector<Facts> &all)
{
    Facts f;
    for (const Facts &one : all) {
        f.incidents += one.incidents;
        f.criticalProcesses.unite(one.criticalProcesses);
        f.criticalDowntimeHours += one.criticalDowntimeHours;
        f.durationHours = std::max(f.durationHours, one.durationHours);
        f.ongoing = f.ongoing || one.ongoing;
        add(f.clients, one.clients);
        add(f.transactions, one.transactions);
        add(f.cost, one.cost);
        f.dataLost = f.dataLost || one.dataLost;
        f.dataStores += one.dataStores;
        if (one.aware && (!f.aware || *one.aware > *f.aware))
            f.aware = one.aware; // the clocks run from the latest of them
    }
    return f;
}

DoraClassification classify(const Facts &f, const QLocale &locale)
{
    DoraClassification c;
    c.incidents = f.incidents;
    c.recurring = f.incidents.size() > 1;
    c.criticalServicesAffected = !f.criticalProcesses.isEmpty();
    c.criticalProcesses = QStringList(f.criticalProcesses.cbegin(), f.criticalProcesses.cend());
    c.criticalProcesses.sort(Qt::CaseInsensitive);
    auto number = [&](double v) { return locale.toString(v, 'f', 0); };
    auto hours = [&](double h) { return locale.toString(h, 'f', 1); };

    DoraCriterionResult clients{DoraCriterion::Clients, CriterionState::Unknown, {}};
    if (f.clients && *f.clients > ClientsThreshold) {
        clients.state = CriterionState::Met;
        clients.evidence =
            Tr::tr("%1 clients affected, more than 100,000.").arg(number(*f.clients));
    } else {
        clients.evidence =
            (f.clients ? Tr::tr("%1 clients affected.").arg(number(*f.clients))
                       : Tr::tr("No count of clients affected recorded.")) +
            QLatin1Char(' ') +
            Tr::tr("To assess: more than 10 % of the service's clients, more than 30 % of its "
                   "financial counterparts, transactions above 10 % of the daily average in "
                   "number or value, or clients identified as relevant.");
    }
    c.criteria.push_back(clients);
    c.criteria.push_back({DoraCriterion::Reputational, CriterionState::Unknown,
                          Tr::tr("To assess: media attention, repeated complaints, regulatory "
                                 "requirements missed, or clients likely to be lost.")});
    DoraCriterionResult duration{DoraCriterion::Duration, CriterionState::NotMet, {}};
    duration.evidence = Tr::tr("Lasted %1 h; critical services down for %2 h at most.")
                            .arg(hours(f.durationHours), hours(f.criticalDowntimeHours));
    if (f.durationHours > DurationHours || f.criticalDowntimeHours > CriticalDowntimeHours) {
        duration.state = CriterionState::Met;
        duration.evidence +=
            QLatin1Char(' ') + Tr::tr("Longer than 24 hours, or critical services down longer "
                                      "than 2 hours.");
    } else if (f.ongoing) {
        duration.state = CriterionState::Unknown;
        duration.evidence += QLatin1Char(' ') + Tr::tr("Still ongoing: it may yet be met.");
    }
    c.criteria.push_back(duration);
    c.criteria.push_back({DoraCriterion::Geographical, CriterionState::Unknown,
                          Tr::tr("To assess: an impact in two or more Member States.")});
    DoraCriterionResult data{DoraCriterion::DataLosses, CriterionState::NotMet, {}};
    if (f.dataLost) {
        data.state = CriterionState::Met;
        data.evidence = Tr::tr("Data lost on %1.").arg(f.dataStores.join(QStringLiteral(", ")));
    } else {
        data.evidence = Tr::tr("No data lost recorded. An impact on the confidentiality, "
                               "integrity or authenticity of data is to be assessed.");
    }
    c.criteria.push_back(data);
    DoraCriterionResult economic{DoraCriterion::Economic, CriterionState::Unknown, {}};
    if (f.cost) {
        economic.state = *f.cost > EconomicThreshold ? CriterionState::Met : CriterionState::NotMet;
        economic.evidence =
            Tr::tr("Costs and losses of %1 recorded; the threshold is 100,000 euro.")
                .arg(number(*f.cost));
    } else {
        economic.evidence = Tr::tr("No costs and losses recorded.");
    }
    c.criteria.push_back(economic);

    int met = 0;
    int unknown = 0;
    QStringList metNames;
    QStringList unknownNames;
    for (const DoraCriterionResult &r : c.criteria) {
        if (r.criterion == DoraCriterion::DataLosses)
            continue;
        if (r.state == CriterionState::Met) {
            ++met;
            metNames.append(displayName(r.criterion));
        } else if (r.state == CriterionState::Unknown) {
            ++unknown;
            unknownNames.append(displayName(r.criterion));
        }
    }
    const CriterionState dataState = c.criteria[std::size_t(DoraCriterion::DataLosses)].state;
    const QString critical =
        c.criticalServicesAffected
            ? Tr::tr("It took critical services down (%1).")
                  .arg(c.criticalProcesses.join(QStringLiteral(", ")))
            : Tr::tr("It took no critical service down (no process of tier 0 or 1).");
    if (!c.criticalServicesAffected) {
        c.verdict = DoraVerdict::NotMajor;
        c.reasons = critical;
    } else if (dataState == CriterionState::Met || met >= 2) {
        c.verdict = DoraVerdict::Major;
        c.reasons = critical + QLatin1Char(' ') +
                    (dataState == CriterionState::Met
                         ? Tr::tr("The data-loss criterion is met.")
                         : Tr::tr("Criteria met: %1.").arg(metNames.join(QStringLiteral(", "))));
    } else if (met + unknown >= 2) {
        c.verdict = DoraVerdict::PossiblyMajor;
        c.reasons = critical + QLatin1Char(' ') +
                    (met > 0 ? Tr::tr("Criteria met: %1.").arg(metNames.join(QStringLiteral(", ")))
                             : Tr::tr("No criterion is met on what the plan knows.")) +
                    QLatin1Char(' ') +
                    Tr::tr("It is major if %n more of these is met: %1.", nullptr, 2 - met)
                        .arg(unknownNames.join(QStringLiteral(", ")));
    } else {
        c.verdict = DoraVerdict::NotMajor;
        c.reasons = critical + QLatin1Char(' ') +
                    Tr::tr("Fewer than two criteria can be met, and no data was lost.");
    }
    if (c.verdict != DoraVerdict::NotMajor && f.aware) {
        // 2025/301 Art. 5: the initial notification within 4 hours of classifying the incident
        // as major and no later than 24 hours after becoming aware of it; the intermediate
        // report within 72 hours of the initial notification; the final report within one month
        // of the latest intermediate report. Each "by" is the latest the one before allows.
        c.aware = f.aware;
        c.initialBy = *f.aware + 24 * HourMs;
        c.intermediateBy = *c.initialBy + 72 * HourMs;
        c.finalBy = QDateTime::fromMSecsSinceEpoch(*c.intermediateBy, QTimeZone::utc())
                        .addMonths(1)
                        .toMSecsSinceEpoch();
    }
    return c;
}

} // namespace

QString toString(CriterionState state)
{
    switch (state) {
    case CriterionState::Met:
        return QStringLiteral("met");
    case CriterionState::NotMet:
        return QStringLiteral("not-met");
    case CriterionState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString toString(DoraCriterion criterion)
{
    switch (criterion) {
    case DoraCriterion::Clients:
        return QStringLiteral("clients");
    case DoraCriterion::Reputational:
        return QStringLiteral("reputational");
    case DoraCriterion::Duration:
        return QStringLiteral("duration");
    case DoraCriterion::Geographical:
        return QStringLiteral("geographical");
    case DoraCriterion::DataLosses:
        return QStringLiteral("data-losses");
    case DoraCriterion::Economic:
        return QStringLiteral("economic");
    }
    return {};
}

QString displayName(DoraCriterion criterion)
{
    switch (criterion) {
    case DoraCriterion::Clients:
        return Tr::tr("Clients, counterparts and transactions");
    case DoraCriterion::Reputational:
        return Tr::tr("Reputational impact");
    case DoraCriterion::Duration:
        return Tr::tr("Duration and service downtime");
    case DoraCriterion::Geographical:
        return Tr::tr("Geographical spread");
    case DoraCriterion::DataLosses:
        return Tr::tr("Data losses");
    case DoraCriterion::Economic:
        return Tr::tr("Economic impact");
    }
    return {};
}

QString toString(DoraVerdict verdict)
{
    switch (verdict) {
    case DoraVerdict::Major:
        return QStringLiteral("major");
    case DoraVerdict::NotMajor:
        return QStringLiteral("not-major");
    case DoraVerdict::PossiblyMajor:
        return QStringLiteral("possibly-major");
    }
    return {};
}

QString displayName(DoraVerdict verdict)
{
    switch (verdict) {
    case DoraVerdict::Major:
        return Tr::tr("Major incident");
    case DoraVerdict::NotMajor:
        return Tr::tr("Not major");
    case DoraVerdict::PossiblyMajor:
        return Tr::tr("Possibly major: to assess");
    }
    return {};
}

DoraClassification classifyIncident(const Plan &plan, const GraphSnapshot &graph,
                                    const Incident &incident, qint64 at)
{
    return classify(factsOf(plan, graph, incident, at), QLocale());
}

std::vector<DoraClassification> classifyIncidents(const Plan &plan, const GraphSnapshot &graph,
                                                  qint64 at)
{
    const QLocale locale;
    std::vector<DoraClassification> out;
    QHash<QString, Facts> facts;
    QSet<QString> major;
    for (const Incident &incident : plan.incidents) {
        Facts f = factsOf(plan, graph, incident, at);
        DoraClassification c = classify(f, locale);
        if (c.verdict == DoraVerdict::Major)
            major.insert(incident.id);
        facts.insert(incident.id, std::move(f));
        out.push_back(std::move(c));
    }
    // Recurring incidents (Art. 8(2)): on one node, a factor of the same category, each within
    // six months of the one before; assessed together when none is major alone.
    QHash<QString, const Incident *> byId;
    for (const Incident &incident : plan.incidents)
        byId.insert(incident.id, &incident);
    QMap<std::pair<QString, QString>, QList<const Incident *>> runs;
    for (const Incident &incident : plan.incidents) {
        QSet<QString> categories;
        for (const ContributingFactor &factor : incident.factors) {
            if (factor.category != FactorCategory::Unknown)
                categories.insert(toString(factor.category));
        }
        QSet<QString> nodes;
        for (const AffectedNode &a : incident.affected)
            nodes.insert(a.node);
        for (const QString &node : std::as_const(nodes)) {
            for (const QString &category : std::as_const(categories))
                runs[{node, category}].append(&incident);
        }
    }
    QSet<QString> seen;
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        QList<const Incident *> list = it.value();
        std::sort(list.begin(), list.end(), [](const Incident *a, const Incident *b) {
            return instantMs(a->startedAt).value_or(0) < instantMs(b->startedAt).value_or(0);
        });
        std::vector<const Incident *> run;
        auto flush = [&] {
            const bool anyMajor = std::any_of(
                run.cbegin(), run.cend(), [&](const Incident *i) { return major.contains(i->id); });
            if (run.size() >= 2 && !anyMajor) {
                std::vector<Facts> parts;
                QStringList ids;
                for (const Incident *i : run) {
                    parts.push_back(facts.value(i->id));
                    ids.append(i->id);
                }
                const QString key = ids.join(QLatin1Char(','));
                if (!seen.contains(key)) {
                    seen.insert(key);
                    out.push_back(classify(together(parts), locale));
                }
            }
            run.clear();
        };
        for (const Incident *incident : std::as_const(list)) {
            const qint64 start = instantMs(incident->startedAt).value_or(0);
            if (!run.empty() &&
                start - instantMs(run.back()->startedAt).value_or(0) > RecurringWindowMs)
                flush();
            run.push_back(incident);
        }
        flush();
    }
    return out;
}

QString initialNotificationDraft(const Plan &plan, const GraphSnapshot &graph,
                                 const Incident &incident, const DoraClassification &c)
{
    QTimeZone zone(plan.incidentPolicy.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QLocale locale;
    auto when = [&](const std::optional<QString> &iso) {
        const std::optional<qint64> ms = iso ? instantMs(*iso) : std::nullopt;
        return ms ? QDateTime::fromMSecsSinceEpoch(*ms, zone).toString(Qt::ISODate)
                  : Tr::tr("[not recorded]");
    };
    QStringList runbooks;
    for (const QString &id : incident.plansActivated) {
        QString title = id;
        for (const Runbook &r : plan.runbooks) {
            if (r.id == id)
                title = r.title;
        }
        runbooks.append(title);
    }
    QStringList affected;
    for (const AffectedNode &a : incident.affected) {
        const int node = graph.indexOf(a.node);
        affected.append(node >= 0 ? graph.name(node) : a.node);
    }
    QStringList met;
    for (const DoraCriterionResult &r : c.criteria) {
        if (r.state == CriterionState::Met)
            met.append(displayName(r.criterion));
    }
    QString status;
    switch (incident.status) {
    case IncidentStatus::Active:
        status = Tr::tr("ongoing");
        break;
    case IncidentStatus::Stable:
        status = Tr::tr("contained");
        break;
    case IncidentStatus::Closed:
        status = Tr::tr("resolved");
        break;
    }
    QStringList lines;
    lines << Tr::tr("INITIAL NOTIFICATION OF A MAJOR ICT-RELATED INCIDENT (draft)")
          << Tr::tr("Financial entity: %1").arg(Tr::tr("[name and LEI]"))
          << Tr::tr("Competent authority: %1").arg(Tr::tr("[authority]"))
          << Tr::tr("Incident reference: %1").arg(incident.id)
          << Tr::tr("Title: %1").arg(incident.title)
          << Tr::tr("Detected at: %1").arg(when(incident.detectedAt))
          << Tr::tr("Occurred at: %1").arg(when(incident.startedAt))
          << Tr::tr("Classified as major at: %1").arg(Tr::tr("[date and time]"))
          << Tr::tr("Status: %1").arg(status)
          << Tr::tr("Services and systems affected: %1")
                 .arg(affected.isEmpty() ? Tr::tr("[to complete]")
                                         : affected.join(QStringLiteral(", ")))
          << Tr::tr("Critical services affected: %1")
                 .arg(c.criticalProcesses.isEmpty()
                          ? Tr::tr("none")
                          : c.criticalProcesses.join(QStringLiteral(", ")))
          << Tr::tr("Classification criteria met: %1")
                 .arg(met.isEmpty() ? Tr::tr("[to assess]") : met.join(QStringLiteral(", ")))
          << Tr::tr("Clients affected: %1")
                 .arg(incident.clientsAffected ? locale.toString(*incident.clientsAffected, 'f', 0)
                                               : Tr::tr("[estimate]"))
          << Tr::tr("Member States affected: %1").arg(Tr::tr("[to complete]"))
          << Tr::tr("Business continuity plan activated: %1")
                 .arg(runbooks.isEmpty()
                          ? Tr::tr("no")
                          : Tr::tr("yes (%1)").arg(runbooks.join(QStringLiteral(", "))))
          << Tr::tr("Description: %1")
                 .arg(incident.description.trimmed().isEmpty() ? Tr::tr("[to complete]")
                                                               : incident.description.trimmed())
          << Tr::tr("Contact: %1").arg(Tr::tr("[name, role, e-mail, telephone]"));
    if (c.initialBy)
        lines << QString()
              << Tr::tr("Send by %1 at the latest (4 hours after classifying it as major, and no "
                        "later than 24 hours after becoming aware of it).")
                     .arg(QDateTime::fromMSecsSinceEpoch(*c.initialBy, zone).toString(Qt::ISODate));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Continuity
