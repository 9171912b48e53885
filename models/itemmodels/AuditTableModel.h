// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditTrail.h"

#include <QAbstractTableModel>

namespace Continuity {

// The audit records the Audit area shows, newest first: number, time (local), who, action,
// object and what changed (Audit::summary). Plain text only.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, When, Who, Action, Object, Changed, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // `records` oldest first, as Audit::list gives them.
    void setRecords(QList<Audit::Record> records);
    const Audit::Record *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Audit::Record> m_records; // newest first
    QStringList m_summaries;
};

} // namespace Continuity
