// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseStepsModel.h"

#include "domain/Contacts.h"

#include "analysis/ExerciseResults.h"
#include "document/PlanDocument.h"
#include "domain/ExerciseLog.h"
#include "domain/Plan.h"
#include "TableFormat.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace Continuity {

ExerciseStepsModel::ExerciseStepsModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        using E = PlanChange::Entity;
        using K = PlanChange::Kind;
        if (change.entity == E::WholePlan) {
            if (m_document->exercise(m_exerciseId))
                rebuild();
            else
                setExercise(QString());
        } else if (change.entity == E::Exercise && change.id() == m_exerciseId) {
            if (change.kind == K::Removed)
                setExercise(QString());
            else if (change.kind != K::AboutToBeRemoved)
                rebuild();
        } else if (change.entity == E::Runbook && change.kind != K::AboutToBeRemoved) {
            rebuild();
        }
    });
}

void ExerciseStepsModel::setExercise(const QString &id)
{
    beginResetModel();
    m_exerciseId = id;
    m_rows.clear();
    endResetModel();
    rebuild();
}

const Exercise *ExerciseStepsModel::exercise() const
{
    return m_document && !m_exerciseId.isEmpty() ? m_document->exercise(m_exerciseId) : nullptr;
}

void ExerciseStepsModel::rebuild()
{
    QList<Row> rows;
    if (const Exercise *e = exercise()) {
        QSet<std::pair<QString, QString>> listed;
        for (const QString &runbookId : e->runbooks) {
            const Runbook *r = m_document->runbook(runbookId);
            if (!r)
                continue;
            const RunbookStep *verified = verificationStep(*r);
            for (int i = 0; i < r->steps.size(); ++i) {
                const RunbookStep &s = r->steps.at(i);
                rows.append({r->id, r->title, i + 1, s.id, s.title, s.owner, s.durationHours,
                             verified == &s});
                listed.insert({r->id, s.id});
            }
        }
        for (const ExerciseLogEntry &entry : e->log) {
            if (entry.isNote() || listed.contains({entry.runbook, entry.step}))
                continue;
            rows.append({entry.runbook, entry.runbook, 0, entry.step, entry.step, QString(),
                         std::nullopt, false});
            listed.insert({entry.runbook, entry.step});
        }
    }
    if (rows == m_rows) {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ExerciseStepsModel::rowOf(const QString &runbook, const QString &step) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).runbook == runbook && m_rows.at(i).step == step)
            return i;
    }
    return -1;
}

ExerciseStepsModel::StepState ExerciseStepsModel::stateOf(int row) const
{
    const Exercise *e = exercise();
    if (!e || row < 0 || row >= m_rows.size())
        return StepState::Pending;
    const ExerciseLogEntry *entry = logEntry(*e, m_rows.at(row).runbook, m_rows.at(row).step);
    if (!entry)
        return StepState::Pending;
    return entry->finishedAt ? StepState::Done : StepState::Running;
}

int ExerciseStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExerciseStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExerciseStepsModel::data(const QModelIndex &index, int role) const
{
    const Exercise *e = exercise();
    if (!e || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ExerciseLogEntry *entry = logEntry(*e, row.runbook, row.step);
    const StepState state = stateOf(index.row());
    switch (role) {
    case RunbookIdRole:
        return row.runbook;
    case StepIdRole:
        return row.step;
    case StateRole:
        return int(state);
    case Qt::BackgroundRole:
        if (state == StepState::Done)
            return QBrush(QColor(0xdc, 0xef, 0xdc));
        if (state == StepState::Running)
            return QBrush(QColor(0xfb, 0xe9, 0xc4));
        return {};
    case Qt::ForegroundRole:
        if (state != StepState::Pending)
            return QBrush(QColor(0x20, 0x20, 0x20)); // dark on the light state colours
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == ExpectedColumn ||
            index.column() == StartedColumn || index.column() == FinishedColumn ||
            index.column() == TookColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        // Texts a narrow column shortens show whole here.
        if (index.column() == StepColumn) {
            QString tip = data(index, Qt::DisplayRole).toString();
            if (row.verification)
                tip += QLatin1Char('\n') +
                       tr("Its finish marks the service as recovered (measured RTO).");
            return tip;
        }
        if (index.column() == NoteColumn || index.column() == OwnerColumn ||
            index.column() == RunbookColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() != StartedColumn && index.column() != FinishedColumn)
            return {};
        const QString field = index.column() == StartedColumn ? QStringLiteral("startedAt")
                                                              : QStringLiteral("finishedAt");
        QStringList lines;
        for (const TimestampCorrection &c : e->corrections) {
            if (c.runbook == row.runbook && c.step == row.step && c.field == field)
                lines.append(tr("Corrected by %1 at %2 from %3: %4")
                                 .arg(c.by, localClock(c.at), localClock(c.original), c.reason));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    auto corrected = [&](const QString &field) {
        for (const TimestampCorrection &c : e->corrections) {
            if (c.runbook == row.runbook && c.step == row.step && c.field == field)
                return true;
        }
        return false;
    };
    switch (index.column()) {
    case RunbookColumn:
        return row.runbookTitle;
    case NumberColumn:
        return row.number > 0 ? QVariant(row.number) : QVariant();
    case StepColumn:
        return row.verification ? row.title + QStringLiteral(" ✓") : row.title;
    case OwnerColumn:
        return Contacts::displayName(m_document->plan(), row.owner);
    case ExpectedColumn:
        return TableFormat::hours(row.expectedHours);
    case StartedColumn:
        if (!entry)
            return {};
        return QString(localClock(entry->startedAt) +
                       (corrected(QStringLiteral("startedAt")) ? QStringLiteral(" *") : QString()));
    case FinishedColumn:
        if (!entry || !entry->finishedAt)
            return {};
        return QString(localClock(*entry->finishedAt) + (corrected(QStringLiteral("finishedAt"))
                                                             ? QStringLiteral(" *")
                                                             : QString()));
    case TookColumn:
        if (!entry || !entry->finishedAt)
            return {};
        return clockText(
            std::max<qint64>(
                exerciseTime(entry->startedAt).secsTo(exerciseTime(*entry->finishedAt)), 0) /
            3600.0);
    case ReportedByColumn:
        return entry ? entry->reportedBy : QString();
    case NoteColumn:
        return entry ? entry->note : QString();
    default:
        return {};
    }
}

QVariant ExerciseStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunbookColumn:
        return tr("Runbook");
    case NumberColumn:
        return tr("#");
    case StepColumn:
        return tr("Step");
    case OwnerColumn:
        return tr("Owner");
    case ExpectedColumn:
        return tr("Expected");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case TookColumn:
        return tr("Took");
    case ReportedByColumn:
        return tr("Reported by");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ExerciseStepsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn &&
        stateOf(index.row()) != StepState::Pending && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ExerciseStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Exercise *current = exercise();
    if (!current || role != Qt::EditRole || index.column() != NoteColumn ||
        index.row() >= m_rows.size())
        return false;
    const Row &row = m_rows.at(index.row());
    Exercise e = *current;
    QString error;
    if (!setStepNote(e, row.runbook, row.step, value.toString().trimmed(), &error) ||
        !m_document->changeExercise(e, tr("Note on step \"%1\"").arg(row.title), &error)) {
        emit editRefused(error);
        return false;
    }
    return true;
}

} // namespace Continuity
