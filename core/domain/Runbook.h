// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

// One step of a runbook (PRODUCT §2 Runbook). `waitsFor` names other steps of the same
// runbook by id.
struct RunbookStep
{
    QString id;
    QString title;
    QString instructions;
    QString owner;
    std::optional<double> durationHours;
    QStringList waitsFor;
    QString verification;
    QString rollback;

    friend bool operator==(const RunbookStep &, const RunbookStep &) = default;
};

// Ordered steps to recover a service or a site. Timestamps are ISO-8601 text, kept exactly as
// entered so that plan JSON round-trips byte for byte.
struct Runbook
{
    QString id;
    QString title;
    QString service; // empty: not tied to one service
    QString version;
    RunbookStatus status = RunbookStatus::Draft;
    QString author;
    std::optional<QString> approvedBy;
    std::optional<QString> approvedAt;
    // Why it was approved although its own checks failed ("approve anyway"); unset otherwise.
    std::optional<QString> approvalNote;
    // An exit plan: how to leave the supplier the runbook is for (DORA B_07.01).
    bool exitPlan = false;
    QList<RunbookStep> steps;
    // Approved versions kept when the runbook was changed after approval, oldest first. Each
    // is a whole copy (same id) with no previous versions of its own.
    QList<Runbook> previousVersions;

    // Written out: QList cannot tell whether an incomplete type compares, so no `= default`.
    friend bool operator==(const Runbook &a, const Runbook &b);
};

} // namespace Continuity
