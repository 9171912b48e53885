// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

// Governance (product/14-governance.md, docs/governance.md): controls mapped to the requirements
// of the shipped catalogue, their manual evidence, access reviews and accepted risks.

// A control the organisation runs, with the requirements it answers and how it is evidenced:
// by one of the automatic rules evaluated on the plan (with its parameters), or by manual
// evidence (EvidenceFile records) no older than its frequency.
struct Control
{
    QString id;
    QString title;
    QString owner;            // a role id (or free text)
    QStringList requirements; // catalogue ids ("iso22301:8.5")
    ControlFrequency frequency = ControlFrequency::Yearly;
    ControlRule rule = ControlRule::Manual;
    std::optional<int> maxTier;        // T: tier-bound rules
    std::optional<double> months;      // M: look-back of exercise, runbook, BIA, restore rules
    std::optional<double> days;        // D: contacts-verified, actions-closed
    std::optional<double> maxSeverity; // S: postmortem (1..5)
    QString description;

    friend bool operator==(const Control &, const Control &) = default;
};

// A file that evidences a manual control: where it was, its SHA-256 and size when attached, and
// the day it was attached (its age is what expires a manual control). The file itself is copied
// into the evidence pack.
struct EvidenceFile
{
    QString id;
    QString control;
    QString path;
    QString sha256;             // 64 lower-case hex digits
    std::optional<double> size; // bytes
    QString addedOn;            // YYYY-MM-DD
    QString note;

    friend bool operator==(const EvidenceFile &, const EvidenceFile &) = default;
};

// A review of who may access a service (M7's quarterly access review): who reviewed, when, how
// many accounts were reviewed and how many removed.
struct AccessReview
{
    QString id;
    QString node;
    QString reviewer;   // a person id (or free text)
    QString reviewedOn; // YYYY-MM-DD
    std::optional<double> accountsReviewed;
    std::optional<double> accountsRemoved;
    QString note;

    friend bool operator==(const AccessReview &, const AccessReview &) = default;
};

// A risk accepted for a while: a finding (its kind and subject) or a failing control, by a
// person entitled to accept it, with why, the control that compensates, and an expiry at most
// twelve months after it was accepted.
struct RiskException
{
    QString id;
    QString findingKind; // with subject; empty when the exception is for a control
    QString subject;     // the finding's subject (a node id, a change id, ...)
    QString control;     // a control id; empty when the exception is for a finding
    QString acceptedBy;  // a person id
    QString acceptedOn;  // YYYY-MM-DD
    QString expires;     // YYYY-MM-DD
    QString reason;
    QString compensatingControl;

    friend bool operator==(const RiskException &, const RiskException &) = default;
};

// The plan's governance settings: the role whose members may accept any risk.
struct GovernancePolicy
{
    QString riskOwnerRole; // a role id, or empty

    friend bool operator==(const GovernancePolicy &, const GovernancePolicy &) = default;
};

} // namespace Continuity
