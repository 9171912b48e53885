// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace Continuity {

// The undo commands of PlanDocument. Each calls the document only, never the file, and shares
// one swap() between undo and redo (after Tiled's ChangeProperties). A command whose write
// failed marks itself obsolete, so the stack drops it instead of pretending it happened.

// One id per kind of edit (after Tiled's undocommands.h): QUndoStack merges only commands of
// one kind.
enum class CommandId : int {
    PlanName = 1,
    Process,
    Service,
    Dependency,
    Group,
    TierPolicy,
    Positions,
    Runbook,
    Exercise,
    CmdbMapping,
    Person,
    Role,
    CallTree,
    PeoplePolicy,
    Incident,
    Slo,
    IncidentPolicy,
    Change,
    Freeze,
    Maintenance,
    ChangePolicy,
    GovernancePolicy,
};

// What every command of the document is: its redo and undo run under the name the audit trail
// records for their writes (PRODUCT §14): the command's text when first done, "Undo …" and
// "Redo …" after, as the Edit menu names them.
class AuditedCommand : public QUndoCommand
{
public:
    AuditedCommand(PlanDocument *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_auditDocument(document)
    {}
    void redo() final
    {
        const PlanDocument::AuditAction action(
            m_auditDocument,
            m_done ? QCoreApplication::translate("Continuity::PlanDocument", "Redo %1").arg(text())
                   : text(),
            m_done ? m_number : std::nullopt);
        doRedo();
        m_number = m_auditDocument->lastWriteNumber();
        m_done = true;
    }
    void undo() final
    {
        const PlanDocument::AuditAction action(
            m_auditDocument,
            QCoreApplication::translate("Continuity::PlanDocument", "Undo %1").arg(text()),
            m_number);
        doUndo();
        m_number = m_auditDocument->lastWriteNumber();
    }
    // The store's number of this step's last write (PlanStore::startWrite): what its next undo
    // or redo is checked against on a plan several write.
    std::optional<qint64> writeNumber() const { return m_number; }

protected:
    virtual void doRedo() = 0;
    virtual void doUndo() = 0;

private:
    PlanDocument *m_auditDocument;
    bool m_done = false;
    std::optional<qint64> m_number;
};

// Replaces a value (a process, a service, the tier policy, ...) with another and back. Two
// edits in a row with the same non-empty merge key (the same field of the same item), the
// second within MergeWindowMs of the one before, become one undo step, as a user typing into
// one field expects: the first one's previous value is what undo brings back.
template <typename T> class SwapCommand : public AuditedCommand
{
public:
    using Current = std::function<T()>;
    using Apply = bool (PlanDocument::*)(const T &);

    SwapCommand(PlanDocument *document, CommandId id, const QString &text, T value, Current current,
                Apply apply, QString mergeKey = QString())
        : AuditedCommand(document, text)
        , m_document(document)
        , m_id(id)
        , m_mergeKey(std::move(mergeKey))
        , m_value(std::move(value))
        , m_current(std::move(current))
        , m_apply(apply)
        , m_at(QDateTime::currentMSecsSinceEpoch())
    {}
    static constexpr qint64 MergeWindowMs = 3000;
    void doRedo() override { swap(); }
    void doUndo() override { swap(); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : int(m_id); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const SwapCommand<T> *>(other);
        if (!next || next->m_mergeKey != m_mergeKey || next->isObsolete() ||
            next->m_at - m_at > MergeWindowMs)
            return false;
        m_at = next->m_at;
        // This command keeps the value from before the first edit; the file and memory hold
        // the latest already.
        setText(next->text());
        return true;
    }

private:
    void swap()
    {
        T previous = m_current();
        if ((m_document->*m_apply)(m_value))
            m_value = std::move(previous);
        else
            setObsolete(true);
    }

    PlanDocument *m_document;
    CommandId m_id;
    QString m_mergeKey;
    T m_value;
    Current m_current;
    Apply m_apply;
    qint64 m_at; // when the last edit it holds was made
};

// Adds something on redo and takes it away on undo, or the other way round.
class PresenceCommand : public AuditedCommand
{
public:
    enum class Mode { Add, Remove };
    using Step = std::function<bool()>;

    PresenceCommand(PlanDocument *document, const QString &text, Mode mode, Step insert,
                    Step remove, QUndoCommand *parent = nullptr)
        : AuditedCommand(document, text, parent)
        , m_mode(mode)
        , m_insert(std::move(insert))
        , m_remove(std::move(remove))
    {}
    void doRedo() override { run(m_mode == Mode::Add ? m_insert : m_remove); }
    void doUndo() override { run(m_mode == Mode::Add ? m_remove : m_insert); }

private:
    void run(const Step &step)
    {
        if (!step())
            setObsolete(true);
    }

    Mode m_mode;
    Step m_insert;
    Step m_remove;
};

// Replaces the whole plan (an import) and back. When the plan it goes to next was written
// already by the document's background write (PlanDocument::undo, redo and
// replacePlanInBackground), it only takes it into memory.
class ReplacePlanCommand : public AuditedCommand
{
public:
    ReplacePlanCommand(PlanDocument *document, const QString &text, Plan plan, Plan previous,
                       bool written)
        : AuditedCommand(document, text)
        , m_document(document)
        , m_plan(std::move(plan))
        , m_previous(std::move(previous))
        , m_written(written)
    {}
    void doRedo() override { go(m_plan); }
    void doUndo() override { go(m_previous); }
    // What undo and redo would write.
    const Plan &previous() const { return m_previous; }
    const Plan &next() const { return m_plan; }
    // The next undo or redo finds its plan in the file already.
    void setWritten() { m_written = true; }

private:
    void go(const Plan &plan)
    {
        if (!m_document->applyPlan(plan, !m_written))
            setObsolete(true);
        m_written = false;
    }

    PlanDocument *m_document;
    Plan m_plan;
    Plan m_previous;
    bool m_written;
};

} // namespace Continuity
