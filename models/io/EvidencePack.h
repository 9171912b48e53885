// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditTrail.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Continuity {

struct Plan;

// The auditor's evidence pack for a period (product/14-governance.md "Evidence pack",
// docs/governance.md): a ZIP written through libzip holding manifest.json (each file with its
// SHA-256 and size, the plan's audit head, the period, the program version), the control-status
// report, the BIA report, the business continuity plan, the approved runbooks, the exercise
// reports and post-mortems of the period, the change log, incidents, audit trail, findings (with
// accepted exceptions) and controls of the period as CSV and JSON, and the manual evidence files
// attached to controls (copied when they are where the plan says and still match their hash).
namespace EvidencePack {

struct Input
{
    QDate from;
    QDate to;
    QList<Audit::Record> audit; // the plan's audit records (those of the period go in)
    Audit::Head head;           // the plan's audit head when the pack was made
    QString planFile;           // the plan's path: relative evidence paths start beside it
};

struct Result
{
    int files = 0;
    QStringList missingEvidence; // "EV-2: evidence/x.pdf (not found)"
};

// Called with (step, steps); false cancels (nothing is left at `path`).
using Progress = std::function<bool(int step, int steps)>;

// Writes the pack to `path` (replacing it only once complete). Runs the reports: on a big plan,
// call it off the GUI thread.
bool write(const Plan &plan, const Input &input, const QString &path, Result *result,
           QString *errorMessage, const Progress &progress = {});

struct Verification
{
    bool ok = false;
    int files = 0;        // files the manifest lists
    QStringList problems; // per file: "reports/bia-report.pdf: its SHA-256 does not match"
    QString auditHead;    // as the manifest records it
    QString period;       // "2026-01-01 to 2026-12-31"
};
// Re-hashes every file of the pack against its manifest: a changed, missing or unlisted file is
// named. A file that is not a ZIP or has no manifest is one problem.
Verification verify(const QString &path);

} // namespace EvidencePack
} // namespace Continuity
