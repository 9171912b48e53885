// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Continuity {

class PlanDocument;
struct Exercise;

// The steps of an exercise's runbooks, in runbook and step order, with what the log says about
// each: started, finished, how long it took, who reported it, the note (STYLE "Item models").
// Log entries of steps the plan no longer has stay listed after them: the log is a record.
// Notes are edited in place through PlanDocument::changeExercise, one undo step each.
class ExerciseStepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RunbookColumn,
        NumberColumn,
        StepColumn,
        OwnerColumn,
        ExpectedColumn,
        StartedColumn,
        FinishedColumn,
        TookColumn,
        ReportedByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { RunbookIdRole = Qt::UserRole + 1, StepIdRole, StateRole };
    enum class StepState { Pending, Running, Done };

    explicit ExerciseStepsModel(PlanDocument *document, QObject *parent = nullptr);

    void setExercise(const QString &id);
    QString exerciseId() const { return m_exerciseId; }
    const Exercise *exercise() const;
    // The row of a runbook step, -1 when not listed.
    int rowOf(const QString &runbook, const QString &step) const;
    StepState stateOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &message);

private:
    struct Row
    {
        QString runbook;
        QString runbookTitle;
        int number = 0; // 1-based step number in its runbook; 0 for steps the plan lost
        QString step;
        QString title;
        QString owner;
        std::optional<double> expectedHours;
        bool verification = false;
        friend bool operator==(const Row &, const Row &) = default;
    };
    void rebuild();

    QPointer<PlanDocument> m_document;
    QString m_exerciseId;
    QList<Row> m_rows;
};

} // namespace Continuity
