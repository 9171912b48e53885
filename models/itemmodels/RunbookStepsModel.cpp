// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookStepsModel.h"

#include "domain/Contacts.h"

#include "document/PlanDocument.h"
#include "domain/RunbookSchedule.h"
#include "TableFormat.h"

#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>

namespace Continuity {
namespace {

const QString StepRowsMime = QStringLiteral("application/x-continuity-runbook-step-rows");

QString freshStepId(const Runbook &r)
{
    for (int n = int(r.steps.size()) + 1;; ++n) {
        const QString id = QStringLiteral("s%1").arg(n);
        const bool taken = std::any_of(r.steps.cbegin(), r.steps.cend(),
                                       [&](const RunbookStep &s) { return s.id == id; });
        if (!taken)
            return id;
    }
}

} // namespace

RunbookStepsModel::RunbookStepsModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.entity == PlanChange::Entity::WholePlan)
            onRunbookChanged(m_runbookId);
        else if (change.entity == PlanChange::Entity::Runbook &&
                 change.kind != PlanChange::Kind::AboutToBeRemoved)
            onRunbookChanged(change.id());
    });
}

void RunbookStepsModel::setRunbook(const QString &id)
{
    beginResetModel();
    m_runbookId = id;
    updateCache();
    endResetModel();
}

// Start times and step rows, computed once per change rather than per cell: a view that sizes
// columns to their contents asks every row, and the schedule is a walk over all steps.
void RunbookStepsModel::updateCache()
{
    m_startHours.clear();
    m_rowOfStep.clear();
    const Runbook *r = runbook();
    if (!r)
        return;
    for (int i = 0; i < r->steps.size(); ++i)
        m_rowOfStep.insert(r->steps.at(i).id, i);
    const RunbookSchedule schedule = scheduleRunbook(*r);
    if (!schedule.hasCycle())
        m_startHours = schedule.startHours;
}

const Runbook *RunbookStepsModel::runbook() const
{
    return m_document && !m_runbookId.isEmpty() ? m_document->runbook(m_runbookId) : nullptr;
}

void RunbookStepsModel::onRunbookChanged(const QString &id)
{
    if (id != m_runbookId)
        return;
    beginResetModel();
    updateCache();
    endResetModel();
}

int RunbookStepsModel::rowCount(const QModelIndex &parent) const
{
    const Runbook *r = runbook();
    return parent.isValid() || !r ? 0 : int(r->steps.size());
}

int RunbookStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunbookStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Title:
        return tr("Step");
    case Owner:
        return tr("Owner");
    case Duration:
        return tr("Hours");
    case Start:
        return tr("Starts at");
    case WaitsFor:
        return tr("Waits for");
    case Verification:
        return tr("Verification");
    }
    return {};
}

Qt::ItemFlags RunbookStepsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDragEnabled;
    if (index.column() != Number && index.column() != Start && m_document &&
        !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RunbookStepsModel::data(const QModelIndex &index, int role) const
{
    const Runbook *r = runbook();
    if (!r || !index.isValid() || index.row() >= r->steps.size())
        return {};
    const RunbookStep &s = r->steps.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case Title:
            return s.title;
        case Owner:
            return Contacts::displayName(m_document->plan(), s.owner);
        case Duration:
            if (role == Qt::EditRole)
                return TableFormat::editText(s.durationHours);
            return s.durationHours ? TableFormat::hours(s.durationHours) : QString();
        case Start:
            if (index.row() >= m_startHours.size())
                return QString();
            return QString(QStringLiteral("+") +
                           TableFormat::hours(std::optional<double>(m_startHours.at(index.row()))));
        case WaitsFor: {
            QStringList numbers;
            for (const QString &w : s.waitsFor) {
                const int row = m_rowOfStep.value(w, -1);
                numbers.append(row < 0 ? w : QString::number(row + 1));
            }
            return numbers.join(QStringLiteral(", "));
        }
        case Verification:
            return s.verification;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Owner && s.owner.trimmed().isEmpty())
            return tr("No owner: name the team or role that does this step.");
        if (index.column() == Verification && s.verification.trimmed().isEmpty())
            return tr("No verification: say how to check that this step worked.");
        if (index.column() == WaitsFor)
            return tr("Step numbers this step waits for, separated by commas.");
    }
    if (role == Qt::ForegroundRole && index.column() == Owner && s.owner.trimmed().isEmpty())
        return QColor(170, 60, 0);
    return {};
}

bool RunbookStepsModel::change(const Runbook &changed, const QString &text, QString *errorMessage)
{
    QString error;
    if (!m_document || !m_document->changeRunbook(changed, text, &error)) {
        if (errorMessage)
            *errorMessage = error;
        emit editRefused(error);
        return false;
    }
    return true;
}

bool RunbookStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Runbook *current = runbook();
    if (role != Qt::EditRole || !current || !index.isValid() ||
        index.row() >= current->steps.size())
        return false;
    Runbook r = *current;
    RunbookStep &s = r.steps[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Title:
        s.title = text;
        break;
    case Owner:
        s.owner = Contacts::resolve(m_document->plan(), text);
        break;
    case Duration: {
        if (text.isEmpty()) {
            s.durationHours.reset();
            break;
        }
        std::optional<double> hours;
        if (!TableFormat::parseNumber(text, &hours) || !hours) {
            emit editRefused(tr("\"%1\" is not a number of hours.").arg(text));
            return false;
        }
        s.durationHours = hours;
        break;
    }
    case WaitsFor: {
        QStringList waits;
        for (const QString &raw :
             text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            bool isNumber = false;
            const int n = raw.toInt(&isNumber);
            if (isNumber && n >= 1 && n <= r.steps.size())
                waits.append(r.steps.at(n - 1).id);
            else
                waits.append(raw);
        }
        s.waitsFor = waits;
        break;
    }
    case Verification:
        s.verification = text;
        break;
    default:
        return false;
    }
    return change(r, tr("Edit step %1 of \"%2\"").arg(index.row() + 1).arg(r.title), nullptr);
}

bool RunbookStepsModel::setStepText(int row, const QString &field, const QString &text,
                                    QString *errorMessage)
{
    const Runbook *current = runbook();
    if (!current || row < 0 || row >= current->steps.size())
        return false;
    Runbook r = *current;
    RunbookStep &s = r.steps[row];
    if (field == QLatin1String("instructions"))
        s.instructions = text;
    else if (field == QLatin1String("rollback"))
        s.rollback = text;
    else if (field == QLatin1String("verification"))
        s.verification = text;
    else
        return false;
    if (r == *current)
        return true;
    return change(r, tr("Edit step %1 of \"%2\"").arg(row + 1).arg(r.title), errorMessage);
}

bool RunbookStepsModel::moveStep(int from, int to, QString *errorMessage)
{
    const Runbook *current = runbook();
    if (!current || from < 0 || from >= current->steps.size() || to < 0 ||
        to >= current->steps.size() || from == to)
        return false;
    Runbook r = *current;
    r.steps.move(from, to);
    return change(r, tr("Move step %1 of \"%2\" to %3").arg(from + 1).arg(r.title).arg(to + 1),
                  errorMessage);
}

int RunbookStepsModel::insertStep(int after, const QString &title, QString *errorMessage)
{
    const Runbook *current = runbook();
    if (!current)
        return -1;
    Runbook r = *current;
    RunbookStep s;
    s.id = freshStepId(r);
    s.title = title;
    const int row = after < 0 || after >= r.steps.size() ? int(r.steps.size()) : after + 1;
    // A new step waits for the one before it, the usual case in a runbook.
    if (row > 0)
        s.waitsFor = {r.steps.at(row - 1).id};
    r.steps.insert(row, s);
    if (!change(r, tr("Add step to \"%1\"").arg(r.title), errorMessage))
        return -1;
    return row;
}

bool RunbookStepsModel::removeStep(int row, QString *errorMessage)
{
    const Runbook *current = runbook();
    if (!current || row < 0 || row >= current->steps.size())
        return false;
    Runbook r = *current;
    const QString id = r.steps.at(row).id;
    const QStringList inherited = r.steps.at(row).waitsFor;
    r.steps.removeAt(row);
    // Steps that waited for the removed one now wait for what it waited for.
    for (RunbookStep &s : r.steps) {
        if (s.waitsFor.removeAll(id) > 0) {
            for (const QString &w : inherited) {
                if (!s.waitsFor.contains(w))
                    s.waitsFor.append(w);
            }
        }
    }
    return change(r, tr("Delete step %1 of \"%2\"").arg(row + 1).arg(r.title), errorMessage);
}

QStringList RunbookStepsModel::mimeTypes() const
{
    return {StepRowsMime};
}

QMimeData *RunbookStepsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(StepRowsMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool RunbookStepsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(StepRowsMime);
}

bool RunbookStepsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(StepRowsMime).toInt(&ok);
    if (!ok)
        return false;
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount() - 1;
    if (to > from && row >= 0)
        --to; // dropping between rows: the gap closes once the row is taken out
    moveStep(from, std::clamp(to, 0, rowCount() - 1));
    // The move is done; false keeps the view from removing the dragged row itself.
    return false;
}

} // namespace Continuity
