// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Continuity {

struct Plan;
struct Finding;
class GraphSnapshot;

// Interchange exports for spreadsheets and other tools (issue 8): services, dependencies and
// findings as CSV (RFC 4180, UTF-8 with a BOM so that spreadsheet programs read it as such),
// the graph as Graphviz DOT. Text from the plan is data, never a formula: a cell beginning with
// = + - @, a tab or a carriage return gets a leading apostrophe (OWASP's advice on CSV
// injection), and DOT strings are escaped.
namespace PlanExports {

QByteArray servicesCsv(const Plan &plan);
QByteArray dependenciesCsv(const Plan &plan);
QByteArray findingsCsv(const Plan &plan, const std::vector<Finding> &findings);
QByteArray graphDot(const Plan &plan);
// The plan's SLOs as OpenSLO v1 YAML (docs/decisions/openslo-export.md): per SLO a Service and
// an SLO document, the objective (its own or its node's tier default) as a time-slice target
// over its rolling or calendar window. SLOs whose node the graph lacks or that have no
// objective are left out and their nodes listed in `skipped`. Every string is quoted and
// escaped: names from the plan are data.
QByteArray openSloYaml(const Plan &plan, const GraphSnapshot &graph,
                       QStringList *skipped = nullptr);

// One CSV cell, quoted where needed and neutralised against formulas.
QString csvCell(const QString &text);
// A whole CSV file: the header line and the rows, UTF-8 with a BOM, every cell as csvCell().
QByteArray csvTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace PlanExports
} // namespace Continuity
