// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseLog.h"

#include "Exercise.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Continuity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ExerciseLog)
};

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

QDateTime timeOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

bool refuseBadTime(const QString &at, QString *errorMessage)
{
    if (isIsoDateTime(at))
        return false;
    fail(errorMessage, Tr::tr("\"%1\" is not an ISO-8601 date and time.").arg(at));
    return true;
}

// Steps are reported only while the clock runs.
bool refuseUnlessRunning(const Exercise &e, QString *errorMessage)
{
    switch (exerciseStatus(e)) {
    case ExerciseStatus::Running:
        return false;
    case ExerciseStatus::Planned:
        fail(errorMessage, Tr::tr("The exercise has not been declared: start it first."));
        return true;
    case ExerciseStatus::Paused:
        fail(errorMessage, Tr::tr("The exercise is paused: resume it first."));
        return true;
    case ExerciseStatus::Ended:
        fail(errorMessage,
             Tr::tr("The exercise has ended: correct a time instead of reporting a step."));
        return true;
    }
    return true;
}

ExerciseLogEntry *mutableEntry(Exercise &e, const QString &runbook, const QString &step)
{
    for (ExerciseLogEntry &entry : e.log) {
        if (entry.runbook == runbook && entry.step == step)
            return &entry;
    }
    return nullptr;
}

// Not before the declaration: a report cannot precede the start of the clock.
bool refuseBeforeDeclaration(const Exercise &e, const QString &at, QString *errorMessage)
{
    if (e.declaredAt && timeOf(at) < timeOf(*e.declaredAt)) {
        fail(errorMessage,
             Tr::tr("%1 is before the exercise was declared (%2).").arg(at, *e.declaredAt));
        return true;
    }
    return false;
}

} // namespace

ExerciseStatus exerciseStatus(const Exercise &e)
{
    if (!e.declaredAt)
        return ExerciseStatus::Planned;
    if (e.endedAt)
        return ExerciseStatus::Ended;
    if (!e.pauses.isEmpty() && !e.pauses.constLast().resumedAt)
        return ExerciseStatus::Paused;
    return ExerciseStatus::Running;
}

QString toDisplayString(ExerciseStatus status)
{
    switch (status) {
    case ExerciseStatus::Planned:
        return Tr::tr("planned");
    case ExerciseStatus::Running:
        return Tr::tr("running");
    case ExerciseStatus::Paused:
        return Tr::tr("paused");
    case ExerciseStatus::Ended:
        return Tr::tr("ended");
    }
    return {};
}

QString toDisplayString(ExerciseType type)
{
    switch (type) {
    case ExerciseType::Tabletop:
        return Tr::tr("Tabletop");
    case ExerciseType::Walkthrough:
        return Tr::tr("Walkthrough");
    case ExerciseType::Simulation:
        return Tr::tr("Simulation");
    case ExerciseType::Parallel:
        return Tr::tr("Parallel test");
    case ExerciseType::FullInterruption:
        return Tr::tr("Full interruption");
    case ExerciseType::CallTree:
        return Tr::tr("Call-tree drill");
    }
    return {};
}

bool declareExercise(Exercise &e, const QString &at, QString *errorMessage)
{
    if (refuseBadTime(at, errorMessage))
        return false;
    if (e.declaredAt)
        return fail(errorMessage,
                    Tr::tr("The exercise was already declared at %1.").arg(*e.declaredAt));
    e.declaredAt = at;
    return true;
}

bool pauseExercise(Exercise &e, const QString &at, QString *errorMessage)
{
    if (refuseBadTime(at, errorMessage) || refuseUnlessRunning(e, errorMessage) ||
        refuseBeforeDeclaration(e, at, errorMessage))
        return false;
    e.pauses.append({at, std::nullopt});
    return true;
}

bool resumeExercise(Exercise &e, const QString &at, QString *errorMessage)
{
    if (refuseBadTime(at, errorMessage))
        return false;
    if (exerciseStatus(e) != ExerciseStatus::Paused)
        return fail(errorMessage, Tr::tr("The exercise is not paused."));
    if (timeOf(at) < timeOf(e.pauses.constLast().pausedAt))
        return fail(
            errorMessage,
            Tr::tr("%1 is before the pause began (%2).").arg(at, e.pauses.constLast().pausedAt));
    e.pauses.last().resumedAt = at;
    return true;
}

bool endExercise(Exercise &e, const QString &at, QString *errorMessage)
{
    if (refuseBadTime(at, errorMessage))
        return false;
    const ExerciseStatus status = exerciseStatus(e);
    if (status == ExerciseStatus::Planned)
        return fail(errorMessage, Tr::tr("The exercise has not been declared: start it first."));
    if (status == ExerciseStatus::Ended)
        return fail(errorMessage, Tr::tr("The exercise has already ended."));
    if (refuseBeforeDeclaration(e, at, errorMessage))
        return false;
    if (status == ExerciseStatus::Paused)
        e.pauses.last().resumedAt = at;
    e.endedAt = at;
    return true;
}

const ExerciseLogEntry *logEntry(const Exercise &e, const QString &runbook, const QString &step)
{
    for (const ExerciseLogEntry &entry : e.log) {
        if (entry.runbook == runbook && entry.step == step)
            return &entry;
    }
    return nullptr;
}

bool startStep(Exercise &e, const QString &runbook, const QString &step, const QString &at,
               const QString &reportedBy, QString *errorMessage)
{
    if (refuseBadTime(at, errorMessage) || refuseUnlessRunning(e, errorMessage) ||
        refuseBeforeDeclaration(e, at, errorMessage))
        return false;
    if (runbook.isEmpty() || step.isEmpty())
        return fail(errorMessage, Tr::tr("Name the runbook and the step."));
    if (const ExerciseLogEntry *entry = logEntry(e, runbook, step))
        return fail(errorMessage,
                    Tr::tr("Step \"%1\" already started at %2.").arg(step, entry->startedAt));
    e.log.append({runbook, step, at, std::nullopt, QString(), reportedBy.trimmed()});
    return true;
}

bool finishStep(Exercise &e, const QString &runbook, const QString &step, const QString &at,
                const QString &reportedBy, QString *errorMessage)
{
    if (refuseBadTime(at, errorMessage) || refuseUnlessRunning(e, errorMessage) ||
        refuseBeforeDeclaration(e, at, errorMessage))
        return false;
    ExerciseLogEntry *entry = mutableEntry(e, runbook, step);
    if (!entry) {
        if (!startStep(e, runbook, step, at, reportedBy, errorMessage))
            return false;
        entry = &e.log.last();
    }
    if (entry->finishedAt)
        return fail(errorMessage,
                    Tr::tr("Step \"%1\" already finished at %2.").arg(step, *entry->finishedAt));
    if (timeOf(at) < timeOf(entry->startedAt))
        return fail(errorMessage,
                    Tr::tr("%1 is before the step started (%2).").arg(at, entry->startedAt));
    entry->finishedAt = at;
    if (!reportedBy.trimmed().isEmpty())
        entry->reportedBy = reportedBy.trimmed();
    return true;
}

bool setStepNote(Exercise &e, const QString &runbook, const QString &step, const QString &note,
                 QString *errorMessage)
{
    ExerciseLogEntry *entry = mutableEntry(e, runbook, step);
    if (!entry)
        return fail(errorMessage,
                    Tr::tr("Step \"%1\" has not started: start it to note something.").arg(step));
    entry->note = note;
    return true;
}

bool addTimelineNote(Exercise &e, const QString &at, const QString &note, const QString &reportedBy,
                     QString *errorMessage)
{
    if (refuseBadTime(at, errorMessage))
        return false;
    if (note.trimmed().isEmpty())
        return fail(errorMessage, Tr::tr("Write the note first."));
    e.log.append({QString(), QString(), at, std::nullopt, note.trimmed(), reportedBy.trimmed()});
    return true;
}

bool correctTimestamp(Exercise &e, const QString &runbook, const QString &step,
                      const QString &field, const QString &corrected, const QString &by,
                      const QString &at, const QString &reason, QString *errorMessage)
{
    if (refuseBadTime(corrected, errorMessage) || refuseBadTime(at, errorMessage))
        return false;
    ExerciseLogEntry *entry = mutableEntry(e, runbook, step);
    if (!entry)
        return fail(errorMessage, Tr::tr("Step \"%1\" has no time to correct.").arg(step));
    if (by.trimmed().isEmpty())
        return fail(errorMessage, Tr::tr("Say who corrects the time."));
    if (reason.trimmed().isEmpty())
        return fail(errorMessage, Tr::tr("Say why the time is corrected."));
    std::optional<QString> *target = nullptr;
    QString original;
    if (field == QLatin1String("startedAt")) {
        original = entry->startedAt;
    } else if (field == QLatin1String("finishedAt")) {
        if (!entry->finishedAt)
            return fail(errorMessage, Tr::tr("Step \"%1\" has not finished.").arg(step));
        target = &entry->finishedAt;
        original = **target;
    } else {
        return fail(errorMessage, Tr::tr("Only startedAt and finishedAt can be corrected."));
    }
    if (original == corrected)
        return fail(errorMessage, Tr::tr("The corrected time is the time already recorded."));
    const QDateTime start = timeOf(target ? entry->startedAt : corrected);
    const std::optional<QString> finish =
        target ? std::optional<QString>(corrected) : entry->finishedAt;
    if (finish && timeOf(*finish) < start)
        return fail(errorMessage, Tr::tr("A step cannot finish before it starts."));
    if (refuseBeforeDeclaration(e, corrected, errorMessage))
        return false;
    if (target)
        *target = corrected;
    else
        entry->startedAt = corrected;
    e.corrections.append(
        {runbook, step, field, original, corrected, by.trimmed(), at, reason.trimmed()});
    return true;
}

} // namespace Continuity
