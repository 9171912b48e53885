// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Exercise.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Continuity {

struct Plan;
struct CallTree;
namespace OnCall {
struct Reach;
}

// Call-tree drills (product/10-people.md "Call-tree drill", docs/people.md): who is called, who
// calls whom when a caller cannot be reached, and what the drill measured.
namespace Drill {

// The calls a drill declared at `at` makes: every node of the tree in depth-first order, with
// the person it meant then (a role: on call, else its first member), none confirmed yet.
QList<DrillCall> callsOf(const Plan &plan, const CallTree &tree, const QDateTime &at);

// Who answers a call: the person it meant, else (a role with nobody) the tree's contact.
inline const QString &answerer(const DrillCall &call)
{
    return call.person.isEmpty() ? call.contact : call.person;
}

// Records how call `index` of a running drill answered at `at` (an ISO instant); NotConfirmed
// clears an earlier answer. False with a message when the drill is not running or the call does
// not exist.
bool answer(Exercise &drill, int index, DrillStatus status, const QString &at,
            QString *errorMessage);
// Contact details found wrong or changed during the drill, on the call of `index`.
bool setNote(Exercise &drill, int index, const QString &note, QString *errorMessage);

// Who calls node `index` of the tree (`reach`: OnCall::expectedReach, in the drill's order)
// now: its caller; when that one was unreachable, the caller's fallback (after the fallback's
// own calls); empty for the root and for someone nobody can call any more (cut off).
QString callerNow(const QList<OnCall::Reach> &reach, const QList<DrillCall> &calls, int index);

struct RoleMobilisation
{
    QString role;
    int members = 0;   // members of the role the drill called
    int confirmed = 0; // of them, those who confirmed
    // When the last of them confirmed, on the drill's clock; unset until all of them did.
    std::optional<double> hours;
};

struct Results
{
    int people = 0;    // everyone called, each person once
    int reachable = 0; // of them, those not found unreachable
    int confirmed = 0;
    int withinTarget = 0; // confirmed within the tree's target
    double targetMinutes = 0;
    // Minutes on the drill's clock by which half, 90 % and all of the reachable people had
    // confirmed; unset while fewer have.
    std::optional<double> t50;
    std::optional<double> t90;
    std::optional<double> t100;
    QList<int> cutOff; // calls of people never reached (unreachable or never confirmed)
    QList<RoleMobilisation> mobilisation;

    double withinTargetShare() const { return people > 0 ? double(withinTarget) / people : 0; }
};

// Minutes on the drill's clock (pauses left out) from its declaration to the call's answer.
std::optional<double> minutesOf(const Exercise &drill, const DrillCall &call);
Results results(const Plan &plan, const Exercise &drill);

} // namespace Drill
} // namespace Continuity
