// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdTableModel.h"

namespace Continuity {

struct Process;

// The processes of a plan as a table: one row per process, in plan order.
class ProcessTableModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        OwnerColumn,
        TierColumn,
        MtdColumn,
        RtoColumn,
        RpoColumn,
        LossColumn,
        ColumnCount
    };

    explicit ProcessTableModel(PlanDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Name, owner, MTD, RTO, RPO and loss per hour are edited in place, through the document
    // (one undo step each). A refused edit emits editRefused() with the reason.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &message);

private:
    QString tierText(const Process &process) const;
};

} // namespace Continuity
