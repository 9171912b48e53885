// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <optional>

namespace Continuity {

// People in a plan (product/10-people.md, docs/people.md). Persons and roles share one id
// space: a *contact* id names either, and every owner field of the plan (a process's, a
// service's, a runbook step's, an action's) holds a contact id or, when it names neither, free
// text kept as typed.

struct Phone
{
    PhoneKind kind = PhoneKind::Mobile;
    QString number; // E.164 where possible: +49 69 1234 5678

    friend bool operator==(const Phone &, const Phone &) = default;
};

struct Person
{
    QString id;
    QString name;
    QString title;
    QString organisation; // own company (empty), or a supplier's name or node id
    QString email;
    QList<Phone> phones;
    QString timeZone;                  // IANA name; empty: the plan's local time
    QString deputy;                    // a person's id, or empty
    std::optional<QString> verifiedOn; // YYYY-MM-DD, when they last confirmed their details
    QString notes;

    friend bool operator==(const Person &, const Person &) = default;
};

// A stand-in on the rota from `from` to `to` (instants, ISO-8601 with offset).
struct RotaOverride
{
    QString from;
    QString to;
    QString person;

    friend bool operator==(const RotaOverride &, const RotaOverride &) = default;
};

// Who of a role is on call (product/10-people.md "On-call rota"): handovers every `shiftDays`
// days at the local wall-clock time of `start` in `timeZone`, through `order` round and round.
struct Rota
{
    QString start;    // local date-time without offset: 2026-01-05T09:00
    QString timeZone; // IANA name
    int shiftDays = 7;
    QStringList order; // person ids
    QList<RotaOverride> overrides;

    friend bool operator==(const Rota &, const Rota &) = default;
};

struct EscalationLevel
{
    double afterMinutes = 0; // from the start of the event
    QStringList notify;      // contact ids

    friend bool operator==(const EscalationLevel &, const EscalationLevel &) = default;
};

struct EscalationPolicy
{
    QList<EscalationLevel> levels;
    int repeat = 0; // how many more times the whole policy runs

    friend bool operator==(const EscalationPolicy &, const EscalationPolicy &) = default;
};

// Who does a job, not a named individual: its members in order (the first is primary).
struct Role
{
    QString id;
    QString name;
    QStringList members; // person ids
    QString team;        // a service node of kind team the role staffs, or empty
    std::optional<double> mobilisationHours;
    std::optional<Rota> rota;
    std::optional<EscalationPolicy> escalation;

    friend bool operator==(const Role &, const Role &) = default;
};

// One caller in a call tree: a contact (person or role) who calls `children` in order;
// `fallback` calls them when this one cannot be reached.
struct CallTreeNode
{
    QString contact;
    QString fallback;
    QList<CallTreeNode> children;

    friend bool operator==(const CallTreeNode &a, const CallTreeNode &b);
};

struct CallTree
{
    QString id;
    QString name;
    CallTreeNode root;
    std::optional<double> minutesPerCall; // unset: DefaultMinutesPerCall
    std::optional<double> targetMinutes;  // unset: DefaultTargetMinutes

    static constexpr double DefaultMinutesPerCall = 2;
    static constexpr double DefaultTargetMinutes = 30;
    double callMinutes() const { return minutesPerCall.value_or(DefaultMinutesPerCall); }
    double target() const { return targetMinutes.value_or(DefaultTargetMinutes); }

    friend bool operator==(const CallTree &, const CallTree &) = default;
};

// When a service's recovery runs long: at `fraction` of its RTO elapsed, notify these contacts.
struct RtoEscalationStep
{
    double fraction = 1;
    QStringList notify; // contact ids

    friend bool operator==(const RtoEscalationStep &, const RtoEscalationStep &) = default;
};

// What a plan sets for its people as a whole (product/10-people.md, docs/people.md): how often
// contact details are confirmed, whom to notify as services pass fractions of their RTO, and a
// default escalation policy per tier for roles without their own.
struct PeoplePolicy
{
    static constexpr int DefaultVerifyWithinDays = 180;
    int verifyWithinDays = DefaultVerifyWithinDays;
    QList<RtoEscalationStep> rtoEscalation = {{0.5, {}}, {1.0, {}}};
    std::optional<EscalationPolicy> tierEscalation[4]; // by tier 0..3

    friend bool operator==(const PeoplePolicy &a, const PeoplePolicy &b)
    {
        return a.verifyWithinDays == b.verifyWithinDays && a.rtoEscalation == b.rtoEscalation &&
               std::equal(std::begin(a.tierEscalation), std::end(a.tierEscalation),
                          std::begin(b.tierEscalation));
    }
};

inline bool operator==(const CallTreeNode &a, const CallTreeNode &b)
{
    return a.contact == b.contact && a.fallback == b.fallback && a.children == b.children;
}

} // namespace Continuity
