// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdTableModel.h"

namespace Continuity {

// The services of a plan (all kinds, sites and suppliers included) as a table.
class ServiceTableModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        KindColumn,
        OwnerColumn,
        TierColumn,
        RtoColumn,
        RpoColumn,
        RecoveryColumn,
        ColumnCount
    };

    explicit ServiceTableModel(PlanDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Continuity
