// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Continuity {

struct Plan;

// DORA's register of information (product/14-governance.md, docs/dora-register.md): the
// templates B_01.01 to B_99.01 of Commission Implementing Regulation (EU) 2024/2956 as the
// plain-CSV tables of the EBA's DORA taxonomy 4.0, built from the plan, with what the model can
// derive (criticality of functions, the ICT supply chain, substitutability, exit plans) and a
// validation that names every problem. Pure: safe on any thread.

struct RegisterTable
{
    QString id;          // "B_01.01"
    QStringList columns; // "c0010", ...
    QList<QStringList> rows;
};

struct RegisterProblem
{
    bool error = false; // an error blocks the export; a warning does not
    QString where;      // "B_05.01 supplier cloudco", "contract C-7"
    QString text;
};

// What the model suggests for a contract's B_07.01 assessment and why, beside what was
// confirmed on the contract.
struct ContractAssessment
{
    QString contract;         // its id
    QStringList functions;    // process ids of the functions the supplier supports
    bool critical = false;    // supports a critical or important function
    QString substitutability; // the suggestion: not | complex | medium | easy
    QString reason;           // why, in words
    bool confirmed = false;   // the contract holds a confirmed value
    bool alternatives = false;
    QStringList alternativeNames;
    bool exitPlan = false;
    QString exitPlanRunbook;
    QString exitPlanTested; // YYYY-MM-DD of the last exercise of it, or empty
};

struct DoraRegister
{
    QList<RegisterTable> tables; // B_01.01 .. B_99.01 in order
    QList<RegisterProblem> problems;
    QList<ContractAssessment> assessments;
    // The package's name: {LEI}.IND_{country}_DORA010100_DORA_{reference date}_{timestamp}.
    QString packageName;
    QDate referenceDate;

    bool hasErrors() const;
    int errorCount() const;
    const RegisterTable *table(const QString &id) const;
};

// The register as of `referenceDate` (the end of the period it reports, by default the last
// 31 December), reported on `reportDate`; `timestamp` (yyyyMMddHHmmsszzz) names the package.
DoraRegister buildDoraRegister(const Plan &plan, const QDate &referenceDate,
                               const QDate &reportDate, const QString &timestamp);

// The 31 December before `today`: the reference date of the yearly register.
QDate defaultReferenceDate(const QDate &today);

} // namespace Continuity
