// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Continuity {

// One entry of an exercise's step log. Runbook and step are ids as they were at the time of
// the exercise: the log is a historical record and outlives later edits of the runbook.
// An entry with neither runbook nor step is a note on the timeline ("network team late").
struct ExerciseLogEntry
{
    QString runbook;
    QString step;
    QString startedAt;
    std::optional<QString> finishedAt;
    QString note;
    QString reportedBy; // who reported the step (or wrote the note)

    bool isNote() const { return runbook.isEmpty() && step.isEmpty(); }
    friend bool operator==(const ExerciseLogEntry &, const ExerciseLogEntry &) = default;
};

// A timestamp of the log changed after the fact: the original stays on record with who
// changed it, when and why.
struct TimestampCorrection
{
    QString runbook;
    QString step;
    QString field; // "startedAt" or "finishedAt"
    QString original;
    QString corrected;
    QString by;
    QString at;
    QString reason;

    friend bool operator==(const TimestampCorrection &, const TimestampCorrection &) = default;
};

// The exercise clock stood still from pausedAt to resumedAt (still paused without it).
struct ExercisePause
{
    QString pausedAt;
    std::optional<QString> resumedAt;

    friend bool operator==(const ExercisePause &, const ExercisePause &) = default;
};

struct Participant
{
    QString name;
    QString role;

    friend bool operator==(const Participant &, const Participant &) = default;
};

// What was entered for a service: measured values that override the ones computed from the
// log, and the data-loss point from which the measured RPO follows.
struct ExerciseResult
{
    QString service;
    std::optional<double> measuredRtoHours;
    std::optional<double> measuredRpoHours;
    std::optional<QString> dataLossAt; // ISO-8601: the newest data that came back
    QString note;

    friend bool operator==(const ExerciseResult &, const ExerciseResult &) = default;
};

struct ActionItem
{
    QString id;
    QString title;
    QString owner;
    std::optional<QString> due; // YYYY-MM-DD
    ActionStatus status = ActionStatus::Open;
    std::optional<QString> raised; // YYYY-MM-DD; the exercise's date when absent
    std::optional<QString> closed; // YYYY-MM-DD, when it was done

    friend bool operator==(const ActionItem &, const ActionItem &) = default;
};

// One person called in a call-tree drill (product/10-people.md), in the order of the call
// tree's nodes (depth first) when the drill was declared. Kept as a record: the contact and the
// person called stay as they were even when the tree or the rota changes later.
struct DrillCall
{
    QString contact; // the tree node's person or role
    QString person;  // whom that meant when the drill began (a role: on call, else primary)
    DrillStatus status = DrillStatus::NotConfirmed;
    std::optional<QString> at; // ISO-8601: when they confirmed or were found unreachable
    QString note;              // contact details found wrong or changed during the drill

    friend bool operator==(const DrillCall &, const DrillCall &) = default;
};

// A dated DR test (PRODUCT §2 Exercise).
struct Exercise
{
    QString id;
    QString title;
    QString date; // YYYY-MM-DD
    ExerciseType type = ExerciseType::Tabletop;
    QStringList runbooks;
    QStringList services; // in scope besides the services of its runbooks
    QList<Participant> participants;
    QString objectives;
    std::optional<QString> declaredAt;
    std::optional<QString> endedAt;
    QList<ExercisePause> pauses;
    QList<ExerciseLogEntry> log;
    QList<TimestampCorrection> corrections;
    QList<ExerciseResult> results;
    QStringList findings;
    QList<ActionItem> actions;
    QString callTree;       // a call-tree drill: the call tree drilled
    QList<DrillCall> drill; // a call-tree drill: everyone called, from its declaration

    friend bool operator==(const Exercise &, const Exercise &) = default;
};

} // namespace Continuity
