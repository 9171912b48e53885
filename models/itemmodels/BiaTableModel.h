// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Continuity {

class PlanDocument;

// The BIA of one process as a grid: a row per impact category, a column per time horizon,
// each cell a rating 0 (none) .. 4 (severe). Edits go through PlanDocument::setImpactRating, so
// each is one undo step written to the file; the model only mirrors the document.
class BiaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RatingRole = Qt::UserRole + 1 };

    explicit BiaTableModel(PlanDocument *document, QObject *parent = nullptr);

    void setProcess(const QString &id);
    QString processId() const { return m_processId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString ratingName(int rating);

signals:
    // An edit was refused; the message says why.
    void editRefused(const QString &message);

private:
    PlanDocument *m_document;
    QString m_processId;
};

} // namespace Continuity
