// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>

#include <functional>
#include <vector>

namespace Continuity {

class GraphSnapshot;
struct CascadeResult;
struct RecoveryResult;
struct SpofResult;
struct TierAnalysis;
struct Finding;
struct Plan;
struct ControlStatus;

// The JSON of continuity-cli's analyses, exactly the shapes of PRODUCT §6 (fields may be
// added, none renamed or removed; docs/analyses.md lists the added ones). Lists are sorted by
// id so that the output of a plan is the same whatever order its file holds things in.
namespace AnalysisJson {

QByteArray cascade(const GraphSnapshot &graph, const CascadeResult &result);
QByteArray spof(const GraphSnapshot &graph, const SpofResult &result);
QByteArray tiers(const GraphSnapshot &graph, const TierAnalysis &result);
QByteArray recovery(const GraphSnapshot &graph, const RecoveryResult &result);
QByteArray check(const std::vector<Finding> &findings);
// The same in parts of about a megabyte, each handed to `write` as soon as it is made (a
// plan's findings can run to tens of megabytes); parts end between findings.
void check(const std::vector<Finding> &findings,
           const std::function<void(const QByteArray &)> &write);
// continuity-cli controls (docs/governance.md "controls JSON"): every control of `plan` with
// its status at `at` (statuses in plan order, as evaluateControls gives them) and every
// requirement of the shipped catalogue with the controls that answer it.
QByteArray controls(const Plan &plan, const QList<ControlStatus> &statuses, const QDate &at);

} // namespace AnalysisJson
} // namespace Continuity
