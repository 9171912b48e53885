// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "Enums.h"

namespace Continuity {

struct Exercise;
struct ExerciseLogEntry;

// What a DR coordinator does during a live exercise, as edits of an Exercise value. Each
// returns false with a message naming what is wrong (and leaves the exercise alone) when the
// action does not apply: starting a step twice, finishing before declaring, a correction
// without a reason. Times are ISO-8601 in UTC ("2026-03-14T09:05:00Z").

enum class ExerciseStatus { Planned, Running, Paused, Ended };
ExerciseStatus exerciseStatus(const Exercise &exercise);
QString toDisplayString(ExerciseStatus status);
// "Tabletop", "Parallel test", ...: the type as people read it.
QString toDisplayString(ExerciseType type);

bool declareExercise(Exercise &exercise, const QString &at, QString *errorMessage);
bool pauseExercise(Exercise &exercise, const QString &at, QString *errorMessage);
bool resumeExercise(Exercise &exercise, const QString &at, QString *errorMessage);
bool endExercise(Exercise &exercise, const QString &at, QString *errorMessage);

// The log entry of a runbook step, or nullptr when it has not started.
const ExerciseLogEntry *logEntry(const Exercise &exercise, const QString &runbook,
                                 const QString &step);
bool startStep(Exercise &exercise, const QString &runbook, const QString &step, const QString &at,
               const QString &reportedBy, QString *errorMessage);
// Finishes a step; one that was never started starts and finishes at `at`.
bool finishStep(Exercise &exercise, const QString &runbook, const QString &step, const QString &at,
                const QString &reportedBy, QString *errorMessage);
bool setStepNote(Exercise &exercise, const QString &runbook, const QString &step,
                 const QString &note, QString *errorMessage);
// A note on the timeline not tied to a step ("network team joined late").
bool addTimelineNote(Exercise &exercise, const QString &at, const QString &note,
                     const QString &reportedBy, QString *errorMessage);
// Changes the step's "startedAt" or "finishedAt" to `corrected`, keeping the original in the
// exercise's corrections with who changed it, when and why.
bool correctTimestamp(Exercise &exercise, const QString &runbook, const QString &step,
                      const QString &field, const QString &corrected, const QString &by,
                      const QString &at, const QString &reason, QString *errorMessage);

} // namespace Continuity
