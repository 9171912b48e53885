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

// The plan's governance settings: the role whose members may accept any risk, and the financial
// entity the plan describes for DORA's register of information (docs/dora-register.md).
struct GovernancePolicy
{
    QString riskOwnerRole; // a role id, or empty
    QString entityName;
    QString entityLei;          // ISO 17442, 20 characters
    QString entityCountry;      // ISO 3166-1 alpha-2
    QString entityType;         // a key of doraEntityTypes() ("payment-institution")
    QString competentAuthority; // free text
    QString currency;           // ISO 4217, the register's reporting currency
    // Functions (processes with a licensed activity) of tiers 0..criticalMaxTier are critical or
    // important (B_06.01).
    int criticalMaxTier = 1;

    friend bool operator==(const GovernancePolicy &, const GovernancePolicy &) = default;
};

// A contractual arrangement with a supplier (a node of kind supplier): what DORA's register of
// information reports about it, and the supplier's SLA (product/14-governance.md "Contracts and
// SLAs"). The supplier's identity (code, country, parent) is kept with each of its contracts;
// the register takes it once per supplier and refuses contracts of one supplier that disagree.
// Code-list values are kept as the keys docs/dora-register.md lists, mapped to the EBA codes on
// export; empty where unknown.
struct SupplierContract
{
    QString id;
    QString supplier;                                   // node id
    QString reference;                                  // the contract's reference number
    QString arrangement = QStringLiteral("standalone"); // standalone | overarching | subsequent
    QString overarching; // reference of the overarching contract (subsequent ones)
    QString supplierCode;
    QString supplierCodeType = QStringLiteral("LEI"); // LEI | EUID | VAT | DUNS | ...
    QString supplierCountry;                          // of the headquarters, ISO 3166-1 alpha-2
    QString parentCode;      // LEI of the supplier's ultimate parent, if not itself
    bool individual = false; // an individual acting in a business capacity
    QString ictService;      // "S01".."S19" (ITS Annex III)
    QString start;           // YYYY-MM-DD
    QString end;             // YYYY-MM-DD, or empty: open-ended
    QString terminationReason;
    std::optional<double> noticeEntityDays;
    std::optional<double> noticeProviderDays;
    QString governingLaw;   // country
    QString serviceCountry; // where the service is provided
    bool dataStored = false;
    QString dataCountry;       // where the data is at rest
    QString processingCountry; // where the data is processed
    QString sensitivity;       // low | medium | high
    QString reliance;          // not-significant | low | material | full
    std::optional<double> annualCost;
    QString currency;            // ISO 4217
    QString lastAudit;           // YYYY-MM-DD
    QString substitutability;    // confirmed: not | easy | medium | complex; empty: suggested
    QString reintegration;       // easy | difficult | complex
    QString discontinuingImpact; // low | medium | high
    QString alternatives;        // alternative providers, free text
    // The supplier's SLA under this contract.
    std::optional<double> slaAvailability; // percent
    QString slaSupportHours;               // "24x7", "Mon-Fri 08-18", ...
    std::optional<double> slaRtoHours;
    QString note;

    friend bool operator==(const SupplierContract &, const SupplierContract &) = default;
};

// What the organisation promised a customer about a process or a service: availability, RTO
// and the penalty per hour beyond them.
struct CustomerCommitment
{
    QString id;
    QString customer;
    QString subject;                    // a process or service id
    std::optional<double> availability; // percent
    std::optional<double> rtoHours;
    std::optional<double> penaltyPerHour;
    QString reference; // the contract or SLA document
    QString note;

    friend bool operator==(const CustomerCommitment &, const CustomerCommitment &) = default;
};

} // namespace Continuity
