// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Downtime.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Continuity {

struct Plan;
struct Incident;

// DORA major-incident classification for a financial entity's plan
// (product/13-incidents-slos.md "DORA major-incident classification", docs/dora.md): the
// criteria of Commission Delegated Regulation (EU) 2024/1772, computed where the plan knows
// them and left for the planner to assess where it does not, the verdict with its reasons, and
// the reporting clocks of Commission Delegated Regulation (EU) 2025/301.

enum class CriterionState { Met, NotMet, Unknown };
QString toString(CriterionState state); // "met", "not-met", "unknown"

enum class DoraCriterion {
    Clients,      // clients, financial counterparts and transactions (Art. 9(1))
    Reputational, // Art. 9(2)
    Duration,     // duration and service downtime (Art. 9(3))
    Geographical, // Art. 9(4)
    DataLosses,   // Art. 9(5)
    Economic,     // Art. 9(6)
};
inline constexpr int DoraCriterionCount = 6;
QString toString(DoraCriterion criterion); // "clients", "reputational", ...
QString displayName(DoraCriterion criterion);

enum class DoraVerdict { Major, NotMajor, PossiblyMajor };
QString toString(DoraVerdict verdict); // "major", "not-major", "possibly-major"
QString displayName(DoraVerdict verdict);

struct DoraCriterionResult
{
    DoraCriterion criterion = DoraCriterion::Clients;
    CriterionState state = CriterionState::Unknown;
    QString evidence; // what the plan knows, or what is to be assessed
};

struct DoraClassification
{
    // One incident, or the recurring incidents assessed together (Art. 8(2)).
    QStringList incidents;
    bool recurring = false;
    bool criticalServicesAffected = false;
    QStringList criticalProcesses;             // names of the critical-tier processes it took down
    std::vector<DoraCriterionResult> criteria; // in DoraCriterion order
    DoraVerdict verdict = DoraVerdict::NotMajor;
    QString reasons;
    // Reporting clocks (2025/301 Art. 5), for a major or possibly major incident.
    std::optional<qint64> aware;          // detected, else started
    std::optional<qint64> initialBy;      // 24 h after becoming aware, at the latest
    std::optional<qint64> intermediateBy; // 72 h after the initial notification at the latest
    std::optional<qint64> finalBy;        // one month after the intermediate report at the latest
};

// The classification of one incident at instant `at` (an incident not yet restored counts up
// to `at`). The critical services are the processes of tier 0 and 1.
DoraClassification classifyIncident(const Plan &plan, const GraphSnapshot &graph,
                                    const Incident &incident, qint64 at);

// Every incident of the plan on its own, then every group of recurring incidents (two or more
// within six months on one node with a contributing factor of the same category) none of which
// is major alone, assessed together.
std::vector<DoraClassification> classifyIncidents(const Plan &plan, const GraphSnapshot &graph,
                                                  qint64 at);

// A pre-filled initial notification for the competent authority, in plain text, with what the
// plan knows (times, services, clients, whether a business continuity plan was activated) and
// the blanks the entity fills in.
QString initialNotificationDraft(const Plan &plan, const GraphSnapshot &graph,
                                 const Incident &incident, const DoraClassification &c);

} // namespace Continuity
