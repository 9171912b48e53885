// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Continuity {

struct DoraRegister;
struct RegisterTable;

// DORA's register of information as the plain-CSV reporting package (docs/dora-register.md): a
// ZIP holding one folder named like the package, with META-INF/reportPackage.json and
// reports/report.json, parameters.csv, FilingIndicators.csv and b_01.01.csv .. b_99.01.csv.
namespace DoraExport {

// One table as CSV (UTF-8, a header of column codes, fields quoted where they need it).
QByteArray csv(const RegisterTable &table);
// Writes the package to `path` (through a temporary file renamed into place). Refuses, writing
// nothing, when the register has errors; false with the reason.
bool write(const DoraRegister &reg, const QString &path, QString *errorMessage);

} // namespace DoraExport
} // namespace Continuity
