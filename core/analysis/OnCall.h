// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QTimeZone;

namespace Continuity {

struct Plan;
struct Rota;
struct CallTree;

// Who is on call, and who a call tree reaches when (product/10-people.md, docs/people.md).
namespace OnCall {

// The instant a wall-clock time of `zone` names: a time that does not exist that day (the
// clocks went forward) moves forward by the gap; one that occurs twice is its first occurrence.
QDateTime instantOf(const QDate &date, const QTime &time, const QTimeZone &zone);

// A rota's start as a local date-time, and its time zone; nullopt when either does not parse.
struct RotaClock
{
    QDate date;
    QTime time;
    QByteArray zone;
};
std::optional<RotaClock> clockOf(const Rota &rota);

// The k-th handover (k = 0 is the start): `shiftDays` × k days after the start, at the start's
// wall-clock time. Invalid when the rota's start or zone does not parse.
QDateTime handover(const Rota &rota, qint64 k);

struct Answer
{
    QString person;  // empty: nobody
    QDateTime until; // the next handover or override boundary; invalid: none
    bool override = false;
};
// Who of the rota is on call at `at`: the last-listed override covering it, else nobody
// before the start, else order[k mod n] with k the handovers from the start up to `at`.
Answer whoIsOnCall(const Rota &rota, const QDateTime &at);

// A contact as a person at `at`: a person is themself; a role is its on-call person when it
// has a rota (and someone is on call), else its first member; empty when the role has nobody.
QString personFor(const Plan &plan, const QString &contact, const QDateTime &at);

struct Reach
{
    QString contact;  // as the tree names it
    QString person;   // who answers (personFor), empty when nobody
    QString role;     // the role, when the tree names one
    QString caller;   // the contact who calls this one; empty for the root
    QString fallback; // who calls this one's children when this one cannot be reached
    int depth = 0;
    double reachMinutes = 0;
};
// Every node of the tree in depth-first order with its expected reach time: the root at 0,
// the i-th child (from 1) of a node reached at r at r + i × minutesPerCall.
QList<Reach> expectedReach(const Plan &plan, const CallTree &tree, const QDateTime &at);
double completionMinutes(const QList<Reach> &reach);

// Mobilisation in recovery (product/10-people.md): for each node whose recovery is owned by a
// role with mobilisation hours — the owner of the first step of its runbook (the first approved
// one, else the first draft), else the node's owner — those hours, by node id.
QHash<QString, double> mobilisationByNode(const Plan &plan);

} // namespace OnCall
} // namespace Continuity
