// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphSnapshot.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Continuity {

struct Plan;
struct TierPolicy;

enum class Severity { Error, Warning, Info };
QString toString(Severity severity);

// How a finding names a node: „Name“ (id), or „id“ alone when the name is the id, in the
// reader's quotation marks.
QString quotedNode(const GraphSnapshot &graph, int node);

// Something wrong or worth knowing about a plan, in plain words that say what to do
// (PRODUCT §3 Findings). `kind` is a stable spelling for machines ("tier-inversion").
struct Finding
{
    Severity severity = Severity::Info;
    QString kind;
    QString subject; // the id of the process or service it is about
    QString message;
    QStringList related; // other ids involved (the consumer that needs the tier, the cycle...)
    // How many ids are involved when `related` names only the first of them (a SPOF finding
    // names its most critical few targets; `analyze spof --json` has them all); 0: all named.
    int relatedTotal = 0;
    // The exception (risk acceptance, docs/governance.md) that accepts it; empty: none. An
    // accepted finding is shown and printed as accepted and does not make `check` exit 1.
    QString acceptedBy = QString();
    QString acceptedUntil = QString(); // the exception's expiry, YYYY-MM-DD
};

// PRODUCT §3 Tiers: required tiers and the inversions that follow from them.
struct TierAnalysis
{
    std::vector<int> requiredTier; // per node, -1 when nothing with a tier hard-depends on it
    std::vector<int> requiredBy;   // per node, the most critical such dependant, -1 if none
    std::vector<double>
        minRtoAbove; // per node, shortest RTO target of its hard dependants (inf if none)
    std::vector<int> minRtoBy;
    std::vector<double> minRpoAbove;
    std::vector<int> minRpoBy;
    std::vector<Finding> findings; // tier, RTO and RPO inversions, missing tiers, regulatory rules
};
TierAnalysis analyzeTiers(const GraphSnapshot &graph, const TierPolicy &policy);
// Per node, the tier the change and governance rules read: a process's effective tier, a
// service's assigned tier, else its required tier; -1 for none.
std::vector<int> ruleTiers(const GraphSnapshot &graph, const TierAnalysis &tiers);

// Every finding of a plan (continuity-cli check): the tier analysis, single points of failure
// of tier 0/1 targets, cycles of hard dependencies, misconfigured groups, missing data.
// Sorted by severity, then kind, then subject.
std::vector<Finding> checkPlan(const GraphSnapshot &graph, const TierPolicy &policy);
// The same plus what runbookFindings() says about the plan's runbooks: what `check` reports.
std::vector<Finding> checkPlan(const GraphSnapshot &graph, const Plan &plan);
// By severity, then kind, then subject; stable.
void sortFindings(std::vector<Finding> &findings);

// A kind's name for people, in the reader's language ("Tier inversion" for "tier-inversion");
// a kind this version does not know reads as its spelling with spaces.
QString findingKindTitle(const QString &kind);
// "Errors", "Warnings", "Information" in the reader's language.
QString severityTitle(Severity severity);
// What identifies a finding across two versions of a plan (the findings review): its kind,
// subject and, except for a SPOF (whose most critical targets may shift), what else it names.
QString findingKey(const Finding &finding);

} // namespace Continuity
