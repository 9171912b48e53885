// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/GraphSnapshot.h"
#include "domain/Plan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Continuity::TestSupport {

// A small plan with every kind of content: two processes with BIA, services of several kinds,
// hard and soft dependencies, a 1-of-2 group, a runbook and an exercise.
Plan smallPlan();

// The plan as canonical plan JSON: equal plans give equal bytes, whatever their order.
QByteArray canonical(const Plan &plan);

QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);

// Creates a plan file at `path` holding `plan`; fails the calling test on error.
bool createPlanFile(const QString &path, const Plan &plan, QString *error = nullptr);

// Reloads the plan stored at `path` (read-only open) and returns it; empty plan on failure.
Plan loadPlanFile(const QString &path, QString *error = nullptr);

// Runs `statement` on the plan file at `path` past the schema's CHECKs and foreign keys, as a
// crafted file can be; the number of rows it changed, or -1 (and the error) when it failed.
int writeUnchecked(const QString &path, const QString &statement, QString *error = nullptr);

// Reads only the graph of the plan at `path` (PlanSql::loadGraph, as `analyze` does).
std::optional<GraphSnapshot> loadGraph(const QString &path, QString *error = nullptr);

// Reads the plan and its graph as `continuity-cli check` does (PlanSql::loadWithGraph: the
// plan's dependencies only in the graph).
bool loadWithGraph(const QString &path, Plan *plan, GraphSnapshot *graph, QString *error = nullptr);

// Where two snapshots differ ("node 3 rto: 2 vs nan"), or empty when they are the same graph.
QString graphDifference(const GraphSnapshot &a, const GraphSnapshot &b);

// The directory of tests/data in the source tree.
QString dataDir();

} // namespace Continuity::TestSupport
