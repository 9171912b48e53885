// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsReport.h"

#include "analysis/GraphSnapshot.h"
#include "analysis/Spof.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"
#include "ReportFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::FindingsReport)
};

// A SPOF table names this many single points of failure per target, then counts the rest
// (`analyze spof --json` has them all).
constexpr int NamedSpofs = 12;

Cell text(const QString &t, bool bold = false)
{
    return {{QString(), t, bold}};
}

// The name of what a finding is about: a process or service, a runbook, a person or role, a
// call tree; the id when it is none of these (or gone from the plan).
QString subjectName(const Plan &plan, const GraphSnapshot &graph, const QString &id)
{
    if (const int node = graph.indexOf(id); node >= 0)
        return graph.name(node);
    for (const Runbook &r : plan.runbooks) {
        if (r.id == id)
            return r.title;
    }
    for (const CallTree &t : plan.callTrees) {
        if (t.id == id)
            return t.name;
    }
    return Contacts::displayName(plan, id);
}

Cell subjectCell(const Plan &plan, const GraphSnapshot &graph, const QString &id)
{
    const QString name = subjectName(plan, graph, id);
    Cell cell = text(name, true);
    if (name != id)
        cell.append({QString(), id, false});
    return cell;
}

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Error:
        return Tr::tr("error");
    case Severity::Warning:
        return Tr::tr("warning");
    case Severity::Info:
        break;
    }
    return Tr::tr("information");
}

// New or resolved findings: what, about what, and what it says.
Table changeTable(const Plan &plan, const GraphSnapshot &graph,
                  const std::vector<const Finding *> &findings)
{
    Table t;
    t.columns = {{Tr::tr("Kind"), 1.5}, {Tr::tr("About"), 1.6}, {Tr::tr("What it says"), 4.2}};
    for (const Finding *f : findings) {
        t.rows.append({{{QString(), findingKindTitle(f->kind), true},
                        {QString(), severityWord(f->severity), false}},
                       subjectCell(plan, graph, f->subject),
                       text(f->message)});
    }
    return t;
}

} // namespace

Report::Document findingsReport(const Plan &plan, const GraphSnapshot &graph,
                                const FindingsReview &review, const SpofResult &spofs,
                                const QDateTime &printedAt)
{
    Document d;
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("Findings review");
    d.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));

    // Findings an exception accepts are printed apart, with their expiry (docs/governance.md).
    std::vector<Finding> findings;
    std::vector<Finding> accepted;
    for (const Finding &f : review.findings)
        (f.acceptedBy.isEmpty() ? findings : accepted).push_back(f);
    sortFindings(findings);
    sortFindings(accepted);
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        ++counts[int(f.severity)];

    d.title(Tr::tr("Findings review"));
    d.subtitle(plan.name);
    if (review.older)
        d.subtitle(Tr::tr("Compared with %1").arg(review.olderLabel));
    d.paragraph(Tr::tr("As of %4: errors %1, warnings %2, information %3.")
                    .arg(counts[0])
                    .arg(counts[1])
                    .arg(counts[2])
                    .arg(Report::date(printedAt.date())));
    if (!accepted.empty())
        d.paragraph(
            Tr::tr("Besides these, %n finding(s) accepted by an exception until it expires.",
                   nullptr, int(accepted.size())));

    // Against the older copy: what is new, what was resolved, what is still open.
    QSet<QString> olderKeys;
    QSet<QString> nowKeys;
    std::vector<const Finding *> added;
    std::vector<const Finding *> resolved;
    if (review.older) {
        for (const Finding &f : *review.older)
            olderKeys.insert(findingKey(f));
        for (const Finding &f : findings) {
            const QString key = findingKey(f);
            nowKeys.insert(key);
            if (!olderKeys.contains(key))
                added.push_back(&f);
        }
        // An accepted finding is still there: not resolved.
        for (const Finding &f : accepted)
            nowKeys.insert(findingKey(f));
        for (const Finding &f : *review.older) {
            if (!nowKeys.contains(findingKey(f)))
                resolved.push_back(&f);
        }
        std::stable_sort(resolved.begin(), resolved.end(), [](const Finding *a, const Finding *b) {
            return std::tie(a->severity, a->kind, a->subject) <
                   std::tie(b->severity, b->kind, b->subject);
        });
        d.paragraph(Tr::tr("Since the older copy: %1 new, %2 resolved, %3 still open.")
                        .arg(added.size())
                        .arg(resolved.size())
                        .arg(findings.size() - added.size()));
    }
    d.contents();

    if (review.older) {
        d.heading(Tr::tr("New since the older copy"));
        if (added.empty())
            d.paragraph(Tr::tr("Nothing new."));
        else
            d.table(changeTable(plan, graph, added));
        d.heading(Tr::tr("Resolved since the older copy"));
        if (resolved.empty())
            d.paragraph(Tr::tr("Nothing resolved."));
        else
            d.table(changeTable(plan, graph, resolved));
    }

    // Every finding, by severity, then kind.
    if (findings.empty()) {
        d.heading(Tr::tr("Findings"));
        d.paragraph(Tr::tr("The plan has no findings."));
    }
    for (std::size_t i = 0; i < findings.size();) {
        const Severity severity = findings[i].severity;
        std::size_t end = i;
        while (end < findings.size() && findings[end].severity == severity)
            ++end;
        d.heading(QStringLiteral("%1 (%2)").arg(severityTitle(severity)).arg(end - i));
        while (i < end) {
            const QString kind = findings[i].kind;
            Table t;
            t.columns = {{Tr::tr("About"), 1.7}, {Tr::tr("What is wrong and what to do"), 5.0}};
            if (review.older)
                t.columns.append({Tr::tr("Since"), 0.9});
            std::size_t n = 0;
            for (; i < end && findings[i].kind == kind; ++i, ++n) {
                const Finding &f = findings[i];
                QList<Cell> row{subjectCell(plan, graph, f.subject), text(f.message)};
                if (review.older)
                    row.append(text(olderKeys.contains(findingKey(f)) ? Tr::tr("still open")
                                                                      : Tr::tr("new")));
                t.rows.append(row);
            }
            d.subheading(QStringLiteral("%1 (%2)").arg(findingKindTitle(kind)).arg(n));
            d.table(t);
        }
    }

    if (!accepted.empty()) {
        d.heading(Tr::tr("Accepted risks (%1)").arg(accepted.size()));
        Table t;
        t.columns = {{Tr::tr("About"), 1.6},
                     {Tr::tr("Finding"), 1.5},
                     {Tr::tr("Accepted"), 1.5},
                     {Tr::tr("What it says"), 3.4}};
        for (const Finding &f : accepted) {
            QString by;
            for (const RiskException &x : plan.exceptions) {
                if (x.id == f.acceptedBy)
                    by = x.acceptedBy;
            }
            const QDate until = QDate::fromString(f.acceptedUntil, Qt::ISODate);
            t.rows.append({subjectCell(plan, graph, f.subject),
                           {{QString(), findingKindTitle(f.kind), true},
                            {QString(), severityWord(f.severity), false}},
                           {{QString(), f.acceptedBy, true},
                            {QString(),
                             Tr::tr("by %1 until %2")
                                 .arg(by, until.isValid() ? Report::date(until) : f.acceptedUntil),
                             false}},
                           text(f.message)});
        }
        d.table(t);
    }

    // The single points of failure per tier 0/1 target.
    d.heading(Tr::tr("Single points of failure by target"));
    std::vector<const SpofTarget *> targets;
    for (const SpofTarget &t : spofs.targets) {
        if (!t.spofs.empty())
            targets.push_back(&t);
    }
    std::stable_sort(targets.begin(), targets.end(), [&](const SpofTarget *a, const SpofTarget *b) {
        return std::make_pair(a->tier, graph.name(a->node)) <
               std::make_pair(b->tier, graph.name(b->node));
    });
    if (targets.empty()) {
        d.paragraph(Tr::tr("No tier 0 or 1 process or service has a single point of failure."));
    } else {
        d.paragraph(Tr::tr("What a failure of one thing alone takes down, for every tier 0 and 1 "
                           "target that has such a weakness. The full relation is in "
                           "`continuity-cli analyze spof --json`."));
        Table t;
        t.columns = {{Tr::tr("Target"), 2.0},
                     {Tr::tr("Tier"), 0.6},
                     {Tr::tr("Single points of failure"), 5.0}};
        for (const SpofTarget *target : targets) {
            std::vector<int> named(target->spofs.begin(), target->spofs.end());
            std::sort(named.begin(), named.end(), [&](int a, int b) {
                return graph.name(a).localeAwareCompare(graph.name(b)) < 0;
            });
            QStringList names;
            for (std::size_t k = 0; k < named.size() && k < std::size_t(NamedSpofs); ++k)
                names.append(graph.name(named[k]));
            QString list = names.join(QStringLiteral(", "));
            if (named.size() > std::size_t(NamedSpofs))
                list = Tr::tr("%1 and %2 more").arg(list).arg(named.size() - NamedSpofs);
            t.rows.append({subjectCell(plan, graph, graph.id(target->node)),
                           text(QLocale().toString(target->tier)), text(list)});
        }
        d.table(t);
    }
    return d;
}

} // namespace Continuity
