// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Continuity {

struct Plan;
struct Runbook;

// Plan JSON (PRODUCT §8, docs/plan-format.md): the lossless interchange and "plan as code"
// format. Writing is deterministic (fixed key order, elements sorted by id), so that
// export → import → export gives the same bytes.
namespace PlanJson {

inline constexpr const char *FormatName = "continuity-plan";
// 2: people (persons, roles, call trees). 3: incidents with post-mortems, SLOs, the incident
// policy, a tier's SLO objective, services' MTBF and MTTR. 4: changes, freeze windows,
// maintenance windows and the change policy. 5: controls, evidence files, access reviews,
// exceptions and the governance policy. Earlier versions read as before.
inline constexpr int Version = 6;

QByteArray write(const Plan &plan);

// Reads and strictly validates plan JSON. On failure returns nullopt and fills `errors` with
// messages that name the JSON path and the rule ("services[12].rtoHours: must be a number of
// hours from 0 to 87600"); a wrong format or a future version is reported alone, first.
std::optional<Plan> read(const QByteArray &json, QStringList *errors);

// One runbook as the plan JSON writes it (the plan file keeps approved earlier versions so).
QByteArray runbookToJson(const Runbook &runbook);
std::optional<Runbook> runbookFromJson(const QByteArray &json, QStringList *errors);

} // namespace PlanJson
} // namespace Continuity
