// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Governance.h"
#include "Findings.h"
#include "rules/Catalogue.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Continuity {

struct Plan;

// Controls and their status at a date, exactly as product/14-governance.md defines them
// (docs/governance.md has the parameters' defaults and how each rule reads the plan).

enum class ControlState { Effective, Ineffective, NoEvidence, Expired };
QString toString(ControlState state); // "effective", "ineffective", "no-evidence", "expired"
QString displayName(ControlState state);

// One item a control's rule looked at: what proves the control or fails it.
struct ControlItem
{
    QString kind; // "process", "service", "person", "change", "incident", "action", "evidence"
    QString id;
    QString name;
    bool holds = false;
    QString why; // in plain words: "exercised on 14 Sep 2026 (EX-7)", "not reviewed since …"

    friend bool operator==(const ControlItem &, const ControlItem &) = default;
};

struct ControlStatus
{
    QString control;
    ControlState state = ControlState::NoEvidence;
    QString summary;          // "3 of 4 tier-0/1 services exercised in the last 12 months"
    QList<ControlItem> items; // failing items first, then the ones that hold
    QDate from;               // the period the rule looked at
    QDate to;
    // The exception that accepts the control while it is ineffective (valid at the date).
    QString acceptedBy; // exception id, or empty

    int failing() const;
    friend bool operator==(const ControlStatus &, const ControlStatus &) = default;
};

// Every control of the plan in plan order, evaluated at the end of `at`.
QList<ControlStatus> evaluateControls(const Plan &plan, const QDate &at);
ControlStatus evaluateControl(const Plan &plan, const Control &control, const QDate &at);

// The findings of `check` about controls at `today`: each ineffective control (a warning
// naming its failing items) and each control whose manual evidence expired.
std::vector<Finding> controlFindings(const Plan &plan, const QDate &today);

// A requirement's state: the worst of its controls' (an accepted ineffective control counts as
// effective), nullopt when no control answers it.
std::optional<ControlState> requirementState(const QList<const ControlStatus *> &controls);

// Every requirement of the shipped catalogue in its order, with the controls of `plan` that
// answer it (plan order; a control without a status in `statuses` is left out) and its state.
struct RequirementStatus
{
    const Framework *framework = nullptr;
    const Requirement *requirement = nullptr;
    QStringList controls;
    std::optional<ControlState> state; // nullopt: no control answers it
};
QList<RequirementStatus> requirementStatuses(const Plan &plan,
                                             const QList<ControlStatus> &statuses);

// Exceptions (risk acceptance) on findings (product/14-governance.md "Exceptions"): the
// exception valid at `today` for a finding (kind and subject), or nullptr.
const RiskException *acceptingException(const Plan &plan, const QString &kind,
                                        const QString &subject, const QDate &today);
const RiskException *acceptingControlException(const Plan &plan, const QString &control,
                                               const QDate &today);
// Whether the exception holds on `today`: accepted on or before it and expiring after it.
bool isValidOn(const RiskException &exception, const QDate &today);
// Marks the findings an exception accepts (Finding::acceptedBy) and adds an
// "exception-expired" warning for each exception whose finding or control is not accepted
// anymore because it expired (and no later exception took over). Sorts the findings again.
void applyExceptions(std::vector<Finding> &findings, const Plan &plan, const QDate &today);
// What makes `check` exit 1: an error finding no exception accepts.
bool hasUnacceptedErrors(const std::vector<Finding> &findings);

} // namespace Continuity
