// SPDX-License-Identifier: GPL-3.0-or-later
#include "BiaReport.h"

#include "ReportCharts.h"
#include "ReportFormat.h"

#include "analysis/BiaReview.h"
#include "analysis/ExerciseResults.h"
#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "analysis/Spof.h"
#include "analysis/Tiers.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::BiaReport)
};

// A process's section lists this many of the services it needs, then counts the rest.
constexpr int MaxNeededRows = 40;
constexpr int MaxSpofNames = 25;
constexpr int MaxProblems = 200;

Cell text(const QString &t, bool bold = false)
{
    return {{QString(), t, bold}};
}

QString optionalDuration(const std::optional<double> &h)
{
    return h ? duration(*h) : Tr::tr("not set");
}

QString tierRule(const Process &p, const ProcessTier &tier, const TierPolicy &policy)
{
    switch (tier.source) {
    case ProcessTier::Source::Assigned:
        return p.tierReason.isEmpty() ? Tr::tr("assigned by hand")
                                      : Tr::tr("assigned by hand: %1").arg(p.tierReason);
    case ProcessTier::Source::DerivedFromMtd:
        for (const TierRule &r : policy.tiers) {
            if (r.tier == tier.tier && r.maxMtdHours)
                return Tr::tr("tier policy: an MTD of at most %1").arg(duration(*r.maxMtdHours));
        }
        return Tr::tr("tier policy: by its MTD");
    case ProcessTier::Source::DerivedFromLoss:
        for (const TierRule &r : policy.tiers) {
            if (r.tier == tier.tier && r.minLossPerHour)
                return Tr::tr("tier policy: a loss of at least %1 per hour")
                    .arg(money(*r.minLossPerHour));
        }
        return Tr::tr("tier policy: by its loss per hour");
    case ProcessTier::Source::Default:
        break;
    }
    return Tr::tr("no rule of the tier policy applies: the least critical tier");
}

QString reviewText(const Plan &plan, const Process &p, const BiaReview &r)
{
    const QString by = Contacts::displayName(plan, p.reviewedBy);
    switch (r.state) {
    case BiaReviewState::Missing:
        return Tr::tr("No impact has been rated yet.");
    case BiaReviewState::NotReviewed:
        return Tr::tr("Rated, never reviewed.");
    case BiaReviewState::Changed:
        return Tr::tr("Reviewed by %1 on %2; a rating has changed since: review again.")
            .arg(by, date(r.reviewedOn));
    case BiaReviewState::Overdue:
        return Tr::tr("Reviewed by %1 on %2; the review was due on %3.")
            .arg(by, date(r.reviewedOn), date(r.dueOn));
    case BiaReviewState::Reviewed:
        return Tr::tr("Reviewed by %1 on %2; next review due by %3.")
            .arg(by, date(r.reviewedOn), date(r.dueOn));
    }
    return {};
}

// Owner with how to reach them: a person's phones and e-mail, a role's members.
Cell ownerCell(const Plan &plan, const QString &owner)
{
    if (owner.isEmpty())
        return text(Tr::tr("no owner named"));
    Cell cell = text(Contacts::displayName(plan, owner), true);
    if (const Person *person = Contacts::person(plan, owner)) {
        if (!person->title.isEmpty())
            cell.append({QString(), person->title, false});
        const QStringList phones = Contacts::phoneNumbers(plan, person->id);
        if (!phones.isEmpty())
            cell.append({QString(), phones.join(QStringLiteral(", ")), false});
        if (!person->email.isEmpty())
            cell.append({QString(), person->email, false});
    } else if (const Role *role = Contacts::role(plan, owner)) {
        QStringList members;
        for (const QString &m : role->members)
            members.append(Contacts::displayName(plan, m));
        if (!members.isEmpty())
            cell.append({Tr::tr("Members:"), members.join(QStringLiteral(", ")), false});
    }
    return cell;
}

struct Needed
{
    int node = -1;
    int via = -1; // the consumer it is needed through; the process itself when direct
    bool grouped = false;
};

// The services `process` needs: its hard and grouped providers, direct and transitive, breadth
// first (nearest first).
QList<Needed> neededServices(const GraphSnapshot &graph, int process)
{
    QList<Needed> out;
    QSet<int> seen{process};
    QList<int> queue{process};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const int node = queue.at(i);
        const auto [begin, end] = graph.providerEdges(node);
        for (const GraphSnapshot::Edge *e = begin; e != end; ++e) {
            if (e->kind == GraphSnapshot::EdgeKind::Soft || seen.contains(e->provider))
                continue;
            seen.insert(e->provider);
            queue.append(e->provider);
            out.append({e->provider, node, e->kind == GraphSnapshot::EdgeKind::Group});
        }
    }
    return out;
}

// What does not fit between the process and a service it needs, in words; empty: nothing.
QStringList inversions(const GraphSnapshot &graph, int tier, const Process &p, int service)
{
    QStringList out;
    const int serviceTier = graph.tier(service);
    if (serviceTier > tier)
        out.append(
            Tr::tr("tier %1, less critical than the process (%2)").arg(serviceTier).arg(tier));
    const double rto = graph.rtoHours(service);
    if (p.rtoHours && !std::isnan(rto) && rto > *p.rtoHours + 1e-9)
        out.append(Tr::tr("RTO longer than the process's"));
    const double rpo = graph.rpoHours(service);
    if (p.rpoHours && !std::isnan(rpo) && rpo > *p.rpoHours + 1e-9)
        out.append(Tr::tr("RPO longer than the process's"));
    return out;
}

// The latest exercise that has been run with the process or a service it needs in scope.
const Exercise *lastExercise(const Plan &plan, const QSet<QString> &ids, const QDate &today)
{
    const Exercise *best = nullptr;
    for (const Exercise &e : plan.exercises) {
        if (!e.declaredAt || QDate::fromString(e.date, Qt::ISODate) > today)
            continue;
        bool covers = false;
        for (const QString &s : servicesInScope(plan, e)) {
            if (ids.contains(s)) {
                covers = true;
                break;
            }
        }
        if (covers && (!best || e.date > best->date))
            best = &e;
    }
    return best;
}

QString exerciseText(const Plan &plan, const Exercise &e, const QSet<QString> &ids)
{
    int pass = 0;
    int miss = 0;
    int unmeasured = 0;
    for (const ServiceMeasure &m : measureExercise(plan, e)) {
        if (!ids.contains(m.service))
            continue;
        if (m.rto == Verdict::Pass)
            ++pass;
        else if (m.rto == Verdict::Miss)
            ++miss;
        else
            ++unmeasured;
    }
    const QString head =
        Tr::tr("%1 on %2").arg(e.title, date(QDate::fromString(e.date, Qt::ISODate)));
    if (miss > 0)
        return Tr::tr("%1: MISSED — %n service(s) beyond their RTO", nullptr, miss).arg(head) +
               (pass > 0 ? Tr::tr(", %n within", nullptr, pass) : QString());
    if (pass > 0)
        return Tr::tr("%1: PASSED — %n service(s) within their RTO", nullptr, pass).arg(head);
    return Tr::tr("%1: not measured (%n service(s) in scope without a measured RTO)", nullptr,
                  unmeasured)
        .arg(head);
}

struct Ranked
{
    const Process *process = nullptr;
    int node = -1;
    ProcessTier tier;
    std::optional<double> mtd;
    bool mtdSuggested = false;
    BiaReview review;
};

} // namespace

Report::Document biaReport(const Plan &plan, const QStringList &processIds,
                           const QDateTime &printedAt)
{
    Document d;
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("Business impact analysis");
    d.footerLeft = Tr::tr("Printed %1").arg(dateTime(printedAt));
    const QDate today = printedAt.date();
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const QList<double> &horizons = plan.biaHorizonsHours;

    QList<Ranked> ranked;
    for (const Process &p : plan.processes) {
        if (!processIds.isEmpty() && !processIds.contains(p.id))
            continue;
        Ranked r;
        r.process = &p;
        r.node = graph.indexOf(p.id);
        r.tier = processTier(p, plan.tierPolicy, horizons);
        r.mtd = p.mtdHours;
        if (!r.mtd) {
            r.mtd = suggestedMtdHours(p, horizons);
            r.mtdSuggested = r.mtd.has_value();
        }
        r.review = biaReview(p, plan.tierPolicy.biaReviewMonths, today);
        ranked.append(r);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.tier.tier != b.tier.tier)
            return a.tier.tier < b.tier.tier;
        return a.mtd.value_or(INFINITY) < b.mtd.value_or(INFINITY);
    });

    d.title(Tr::tr("Business impact analysis"));
    d.subtitle(plan.name);
    d.paragraph(Tr::tr("As of %1: %n process(es). BIAs are reviewed every %2 months.", nullptr,
                       int(ranked.size()))
                    .arg(date(today))
                    .arg(plan.tierPolicy.biaReviewMonths));
    if (ranked.size() > 3)
        d.contents();

    // ---- Summary
    d.heading(Tr::tr("Summary"));
    d.subheading(Tr::tr("Processes by tier and MTD"));
    Table rank;
    rank.columns = {{QStringLiteral("#"), 0.4}, {Tr::tr("Process"), 3},
                    {Tr::tr("Tier"), 0.7},      {Tr::tr("MTD"), 1.1},
                    {Tr::tr("RTO"), 1.1},       {Tr::tr("Loss per hour"), 1.3},
                    {Tr::tr("BIA"), 1.6}};
    int position = 0;
    int tierCounts[4] = {0, 0, 0, 0};
    for (const Ranked &r : ranked) {
        ++tierCounts[std::clamp(r.tier.tier, 0, 3)];
        rank.rows.append(
            {text(QString::number(++position)), text(r.process->name, true),
             text(QString::number(r.tier.tier)),
             text(r.mtd ? duration(*r.mtd) + (r.mtdSuggested ? Tr::tr(" (suggested)") : QString())
                        : QStringLiteral("—")),
             text(r.process->rtoHours ? duration(*r.process->rtoHours) : QStringLiteral("—")),
             text(r.process->lossPerHour ? money(*r.process->lossPerHour) : QStringLiteral("—")),
             text(displayName(r.review.state))});
    }
    d.table(rank);

    d.subheading(Tr::tr("Tier distribution"));
    QList<BarItem> bars;
    QStringList words;
    for (int t = 0; t <= 3; ++t) {
        const QString count = Tr::tr("%n process(es)", nullptr, tierCounts[t]);
        bars.append({Tr::tr("Tier %1").arg(t), double(tierCounts[t]), count});
        words.append(Tr::tr("tier %1: %2").arg(t).arg(count));
    }
    d.figure(barChart(bars, words.join(QStringLiteral("; "))));

    d.subheading(Tr::tr("BIAs that need attention"));
    Table attention;
    attention.columns = {{Tr::tr("Process"), 2.6}, {Tr::tr("State"), 1.6}, {Tr::tr("Detail"), 4}};
    for (const Ranked &r : ranked) {
        if (r.review.state == BiaReviewState::Reviewed)
            continue;
        attention.rows.append({text(r.process->name, true), text(displayName(r.review.state)),
                               text(reviewText(plan, *r.process, r.review))});
    }
    if (attention.rows.isEmpty())
        d.paragraph(Tr::tr("Every BIA in this report is reviewed and within its review period."));
    else
        d.table(attention);

    // Inconsistencies: the tier, RTO and RPO inversions that touch the processes reported.
    QSet<QString> inScope;
    QHash<int, QList<Needed>> neededOf;
    for (const Ranked &r : ranked) {
        inScope.insert(r.process->id);
        if (r.node >= 0) {
            const QList<Needed> needed = neededServices(graph, r.node);
            for (const Needed &n : needed)
                inScope.insert(graph.id(n.node));
            neededOf.insert(r.node, needed);
        }
    }
    d.subheading(Tr::tr("Inconsistencies"));
    QStringList problems;
    for (const Ranked &r : ranked) {
        if (r.process->rtoHours && r.mtd && *r.process->rtoHours > *r.mtd)
            problems.append(
                Tr::tr("\"%1\" has an RTO of %2, longer than its MTD of %3.")
                    .arg(r.process->name, duration(*r.process->rtoHours), duration(*r.mtd)));
    }
    std::vector<Finding> tierFindings = analyzeTiers(graph, plan.tierPolicy).findings;
    sortFindings(tierFindings);
    for (const Finding &f : tierFindings) {
        bool touches = inScope.contains(f.subject);
        for (const QString &id : f.related)
            touches = touches || inScope.contains(id);
        if (touches)
            problems.append(f.message);
    }
    if (problems.isEmpty()) {
        d.paragraph(Tr::tr("None: every service these processes need is at least as critical as "
                           "they are, and recovers and keeps data within their targets."));
    } else {
        // One paragraph each, so that a long list breaks between items across pages; a plan
        // with very many names the first and counts the rest (`check` lists them all).
        QStringList items;
        for (qsizetype i = 0; i < problems.size() && i < MaxProblems; ++i)
            items.append(QStringLiteral("- ") + problems.at(i));
        if (problems.size() > MaxProblems)
            items.append(Tr::tr("… and %n more; continuity-cli check lists them all.", nullptr,
                                int(problems.size() - MaxProblems)));
        d.plain(items.join(QStringLiteral("\n\n")));
    }

    // ---- One section per process
    std::vector<int> targets;
    for (const Ranked &r : ranked) {
        if (r.node >= 0)
            targets.push_back(r.node);
    }
    const SpofResult spofs = findSpofs(graph, targets);
    QHash<int, const SpofTarget *> spofOf;
    for (const SpofTarget &t : spofs.targets)
        spofOf.insert(t.node, &t);

    for (const Ranked &r : ranked) {
        const Process &p = *r.process;
        d.pageBreak();
        d.heading(p.name);
        if (!p.description.isEmpty())
            d.plain(p.description);

        Table facts;
        facts.header = false;
        facts.columns = {{QString(), 1.5}, {QString(), 4.5}};
        auto fact = [&facts](const QString &label, Cell value) {
            facts.rows.append({text(label, true), std::move(value)});
        };
        fact(Tr::tr("Owner"), ownerCell(plan, p.owner));
        fact(Tr::tr("Tier"),
             text(Tr::tr("%1 — %2").arg(r.tier.tier).arg(tierRule(p, r.tier, plan.tierPolicy))));
        fact(Tr::tr("MTD"),
             text(p.mtdHours ? Tr::tr("%1, entered").arg(duration(*p.mtdHours))
                  : r.mtd    ? Tr::tr("%1, suggested from the BIA (the first horizon rated 4, "
                                         "severe); not entered")
                                .arg(duration(*r.mtd))
                          : Tr::tr("not set, and the BIA suggests none (no rating of 4)")));
        fact(Tr::tr("RTO"), text(optionalDuration(p.rtoHours)));
        fact(Tr::tr("RPO"), text(optionalDuration(p.rpoHours)));
        fact(Tr::tr("Loss per hour"),
             text(p.lossPerHour ? money(*p.lossPerHour) : Tr::tr("not set")));

        const QList<Needed> needed = neededOf.value(r.node);
        QStringList tags;
        for (const Needed &n : needed) {
            for (const QString &tag : graph.tags(n.node)) {
                for (const RegulatoryRule &rule : plan.tierPolicy.regulatory) {
                    if (rule.tag == tag && !tags.contains(tag))
                        tags.append(tag);
                }
            }
        }
        std::sort(tags.begin(), tags.end());
        fact(Tr::tr("Regulatory"),
             text(tags.isEmpty() ? Tr::tr("no regulatory tag on the services it needs")
                                 : tags.join(QStringLiteral(", "))));
        fact(Tr::tr("BIA review"), text(reviewText(plan, p, r.review)));
        QSet<QString> ids{p.id};
        for (const Needed &n : needed)
            ids.insert(graph.id(n.node));
        const Exercise *last = lastExercise(plan, ids, today);
        fact(Tr::tr("Last exercise"),
             text(last ? exerciseText(plan, *last, ids)
                       : Tr::tr("none yet has covered it or a service it needs")));
        d.table(facts);

        // Impact grid: categories down, horizons across, the rating always printed.
        d.subheading(Tr::tr("Impact over time"));
        if (!p.hasBia()) {
            d.paragraph(Tr::tr("No impact has been rated yet."));
        } else {
            Table grid;
            grid.columns.append({Tr::tr("Impact"), 2.2});
            for (double h : horizons)
                grid.columns.append({duration(h), 0.8});
            QList<ImpactLine> lines;
            for (ImpactCategory c : allImpactCategories) {
                const QList<int> &ratings = p.impact(c);
                if (ratings.isEmpty())
                    continue;
                QList<Cell> row{text(displayName(c), true)};
                QList<int> fills{-1};
                for (int rating : ratings) {
                    row.append(text(QString::number(rating), rating >= 3));
                    fills.append(ratingFill(rating));
                }
                grid.rows.append(row);
                grid.fills.append(fills);
                lines.append({displayName(c), ratings});
            }
            d.table(grid);
            d.paragraph(Tr::tr("Ratings: 0 none, 1 minor, 2 moderate, 3 major, 4 severe."));
            QStringList described;
            for (const ImpactLine &l : lines) {
                QStringList values;
                for (int v : l.ratings)
                    values.append(QString::number(v));
                described.append(l.name + QStringLiteral(": ") + values.join(QStringLiteral(", ")));
            }
            d.figure(impactChart(horizons, lines, r.mtd, described.join(QStringLiteral("; "))));
        }

        d.subheading(Tr::tr("Services it needs"));
        if (needed.isEmpty()) {
            d.paragraph(Tr::tr("No service is recorded as needed by this process."));
        } else {
            Table t;
            t.columns = {{Tr::tr("Service"), 2.2}, {Tr::tr("Needed"), 2.4}, {Tr::tr("Tier"), 0.5},
                         {Tr::tr("RTO"), 0.9},     {Tr::tr("RPO"), 0.9},    {Tr::tr("Check"), 2.1}};
            for (qsizetype i = 0; i < needed.size() && i < MaxNeededRows; ++i) {
                const Needed &n = needed.at(i);
                const double rto = graph.rtoHours(n.node);
                const double rpo = graph.rpoHours(n.node);
                const QStringList wrong = inversions(graph, r.tier.tier, p, n.node);
                QString how = n.via == r.node ? Tr::tr("directly")
                                              : Tr::tr("through %1").arg(graph.name(n.via));
                if (n.grouped)
                    how += Tr::tr(" (redundant)");
                t.rows.append(
                    {text(graph.name(n.node), true), text(how),
                     text(graph.tier(n.node) >= 0 ? QString::number(graph.tier(n.node))
                                                  : QStringLiteral("—")),
                     text(std::isnan(rto) ? QStringLiteral("—") : duration(rto)),
                     text(std::isnan(rpo) ? QStringLiteral("—") : duration(rpo)),
                     wrong.isEmpty()
                         ? text(Tr::tr("fits"))
                         : text(Tr::tr("INVERSION: %1").arg(wrong.join(QStringLiteral("; "))),
                                true)});
                if (!wrong.isEmpty()) {
                    QList<int> fills(t.columns.size(), -1);
                    fills.last() = 0xf6d6d2;
                    while (t.fills.size() < t.rows.size() - 1)
                        t.fills.append(QList<int>());
                    t.fills.append(fills);
                }
            }
            d.table(t);
            if (needed.size() > MaxNeededRows)
                d.paragraph(Tr::tr("… and %n more service(s) it needs through these.", nullptr,
                                   int(needed.size() - MaxNeededRows)));
        }

        d.subheading(Tr::tr("Single points of failure"));
        const SpofTarget *target = spofOf.value(r.node, nullptr);
        if (!target || target->spofs.empty()) {
            d.paragraph(Tr::tr("None: no single service's loss alone takes this process down."));
        } else {
            QStringList names;
            for (std::size_t i = 0; i < target->spofs.size() && i < MaxSpofNames; ++i)
                names.append(graph.name(target->spofs.at(i)));
            QString line = Tr::tr("Losing any one of these alone takes the process down: %1.")
                               .arg(names.join(QStringLiteral(", ")));
            if (target->spofs.size() > MaxSpofNames)
                line += QLatin1Char(' ') +
                        Tr::tr("And %n more.", nullptr, int(target->spofs.size() - MaxSpofNames));
            d.plain(line);
        }

        d.subheading(Tr::tr("Sign-off by the process owner"));
        Table sign;
        sign.columns = {{Tr::tr("Name"), 2.5}, {Tr::tr("Signature"), 2.5}, {Tr::tr("Date"), 1.2}};
        sign.minRowHeight = 30;
        sign.rows.append({text(Contacts::displayName(plan, p.owner)), Cell(), Cell()});
        d.table(sign);
    }
    return d;
}

} // namespace Continuity
