// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Continuity {

class PlanDocument;

// Base of the table models whose rows are items of a PlanDocument, one id per row. The model
// keeps its own list of ids, so that it can announce inserts and removals correctly after the
// document has changed, and never writes on its own (STYLE: item models).
class IdTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit IdTableModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QString idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

protected:
    PlanDocument *document() const { return m_document; }
    void resetIds(const QStringList &ids);
    void onAdded(const QString &id, int row);
    void onRemoved(const QString &id);
    void onChanged(const QString &id);

private:
    PlanDocument *m_document;
    QStringList m_ids;
};

} // namespace Continuity
