// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Exercise.h"
#include "domain/Incident.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Continuity {

struct Plan;
struct Runbook;
struct RunbookStep;

// What an exercise measured against the targets (PRODUCT §2 Exercise; docs/exercises.md).

QDateTime exerciseTime(const QString &iso);
// An ISO time of the log as a clock in local time, "09:41:30" (the text itself if it is none).
QString localClock(const QString &iso);
// Hours as a duration on the clock, "1:05:00"; `hourDigits` pads the hours ("01:05:00").
QString clockText(double hours, int hourDigits = 1);
const Runbook *findRunbook(const Plan &plan, const QString &id);
// Hours the exercise clock ran from `from` to `to`: wall time minus the pauses within it.
double activeHours(const Exercise &exercise, const QDateTime &from, const QDateTime &to);
// The exercise clock at `now`: from declaration to the end (or `now`), pauses left out; 0
// before the declaration.
double elapsedHours(const Exercise &exercise, const QDateTime &now);

// The processes and services the exercise covers: those of its runbooks (in runbook order),
// then the ones put in scope by hand. Each once.
QStringList servicesInScope(const Plan &plan, const Exercise &exercise);
// The step whose finish means the runbook's service is back: the last step that has a
// verification check, or the last step when none has one. nullptr for an empty runbook.
const RunbookStep *verificationStep(const Runbook &runbook);

enum class Verdict { NotMeasured, NoTarget, Pass, Miss };
QString toDisplayString(Verdict verdict);

struct ServiceMeasure
{
    QString service;
    QString name;
    std::optional<double> rtoTarget;
    std::optional<double> rpoTarget;
    std::optional<double> measuredRto;
    bool rtoEntered = false; // entered by hand rather than read from the log
    std::optional<double> measuredRpo;
    bool rpoEntered = false; // entered as hours rather than from the data-loss point
    Verdict rto = Verdict::NotMeasured;
    Verdict rpo = Verdict::NotMeasured;
    QString verifiedByRunbook; // the runbook and step whose finish gave the measured RTO
    QString verifiedByStep;

    std::optional<double> rtoGap() const;
};

// Measured RTO: entered, or else from the declaration to the finish of the verification step
// of the scope's runbook(s) for the service (the latest when several), on the exercise clock.
// Measured RPO: entered, or else the wall time from the data-loss point to the declaration.
QList<ServiceMeasure> measureExercise(const Plan &plan, const Exercise &exercise);

// While the clock runs: how a service stands against its RTO.
enum class RtoStanding { NoTarget, WithinTarget, Approaching, Beyond, Recovered, RecoveredLate };
inline constexpr double ApproachingShare = 0.75; // amber from 75 % of the RTO target
RtoStanding rtoStanding(const ServiceMeasure &measure, double elapsedHours);

// "Next test due" for each service of a tier with a test interval (tier assigned, else
// required), from the last exercise that ran (was declared) with it in scope.
struct TestDue
{
    QString service;
    QString name;
    int tier = 0;
    int everyMonths = 12;
    std::optional<QDate> lastTested;
    QString lastExercise;
    std::optional<QDate> nextDue; // none when never tested: due now
    std::optional<QDate> planned; // a planned exercise that will cover it
    bool overdue = false;
};
// `requiredTier` gives the required tier of a service id (-1: none); without it the tiers are
// analysed here, which on a big plan belongs on a worker thread (the window passes the tiers
// its background analysis found).
using RequiredTier = std::function<int(const QString &id)>;
QList<TestDue> testsDue(const Plan &plan, const QDate &today,
                        const RequiredTier &requiredTier = {});

// The one action register (docs/incidents.md): the action items of every exercise and of every
// post-mortem. They carry across exercises until done.
struct ActionRef
{
    QString exercise;      // the exercise that raised it; empty for a post-mortem's
    QString incident;      // the incident whose post-mortem raised it; empty for an exercise's
    QString exerciseTitle; // where it came from, as a reader names it: the exercise's title or
                           // "INC0042: title"
    ActionItem action;     // a post-mortem's action as an exercise's (raised: the restore date)
    QDate raised;          // the action's own date, or its exercise's
    bool overdue = false;
};
bool isOverdue(const ActionItem &action, const QDate &today);
// A post-mortem's action as the register holds it.
ActionItem postmortemActionItem(const Incident &incident, const IncidentAction &action);
QList<ActionRef> allActions(const Plan &plan, const QDate &today);

// Open and closed actions as they stood on each date an action was raised or closed, and today.
struct ActionCount
{
    QDate date;
    int open = 0;
    int closed = 0;
};
QList<ActionCount> actionsOverTime(const Plan &plan, const QDate &today);

} // namespace Continuity
