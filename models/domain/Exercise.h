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
struct ExerciseLogEntry
{
    QString runbook;
    QString step;
    QString startedAt;
    std::optional<QString> finishedAt;
    QString note;

    friend bool operator==(const ExerciseLogEntry &, const ExerciseLogEntry &) = default;
};

struct ExerciseResult
{
    QString service;
    std::optional<double> measuredRtoHours;
    std::optional<double> measuredRpoHours;

    friend bool operator==(const ExerciseResult &, const ExerciseResult &) = default;
};

struct ActionItem
{
    QString id;
    QString title;
    QString owner;
    std::optional<QString> due; // YYYY-MM-DD
    ActionStatus status = ActionStatus::Open;

    friend bool operator==(const ActionItem &, const ActionItem &) = default;
};

// A dated DR test (PRODUCT §2 Exercise).
struct Exercise
{
    QString id;
    QString title;
    QString date; // YYYY-MM-DD
    ExerciseType type = ExerciseType::Tabletop;
    QStringList runbooks;
    std::optional<QString> declaredAt;
    QList<ExerciseLogEntry> log;
    QList<ExerciseResult> results;
    QList<ActionItem> actions;

    friend bool operator==(const Exercise &, const Exercise &) = default;
};

} // namespace Continuity
