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
    case SeverityColumn:
        if (role == SortRole)
            return int(f.severity);
        switch (f.severity) {
        case Severity::Error:
            return tr("Error");
        case Severity::Warning:
            return tr("Warning");
        case Severity::Info:
            return tr("Info");
        }
        return {};
    case KindColumn:
        return f.kind;
    case SubjectColumn:
        return f.subject;
    case MessageColumn:
        return f.message;
    }
    return {};
}

} // namespace Continuity
