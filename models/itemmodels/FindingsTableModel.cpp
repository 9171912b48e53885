// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsTableModel.h"

#include "analysis/AnalysisRun.h"

#include <QBrush>
#include <QColor>

namespace Continuity {

void FindingsTableModel::rebuild()
{
    m_rows.clear();
    if (!results())
        return;
    for (std::size_t i = 0; i < results()->findings.size(); ++i)
        m_rows.push_back(int(i));
}

int FindingsTableModel::rows() const
{
    return int(m_rows.size());
}

QStringList FindingsTableModel::headers() const
{
    return {tr("Severity"), tr("Kind"), tr("About"), tr("What is wrong, and what to do")};
}

QVariant FindingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = results()->findings[std::size_t(m_rows[index.row()])];
    if (role == IdRole)
        return f.subject;
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn) {
        if (!f.acceptedBy.isEmpty())
            return QBrush(QColor(0x55, 0x55, 0x55)); // accepted: shown, not failing
        switch (f.severity) {
        case Severity::Error:
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        case Severity::Warning:
            return QBrush(QColor(0xa0, 0x5a, 0x00));
        case Severity::Info:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: {
        if (role == SortRole)
            return int(f.severity);
        QString text;
        switch (f.severity) {
        case Severity::Error:
            text = tr("Error");
            break;
        case Severity::Warning:
            text = tr("Warning");
            break;
        case Severity::Info:
            text = tr("Info");
            break;
        }
        return f.acceptedBy.isEmpty() ? text : tr("%1, accepted").arg(text);
    }
    case KindColumn:
        return f.kind;
    case SubjectColumn:
        return f.subject;
    case MessageColumn:
        if (!f.acceptedBy.isEmpty())
            return tr("%1 Accepted by exception %2 until %3.")
                .arg(f.message, f.acceptedBy, f.acceptedUntil);
        return f.message;
    }
    return {};
}

} // namespace Continuity
