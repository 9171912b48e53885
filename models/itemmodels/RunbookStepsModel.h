// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Continuity {

class PlanDocument;
struct Runbook;

// The steps of one runbook as a table, edited in place (STYLE "Item models"): every change
// goes through PlanDocument::changeRunbook as one undo step. Rows move by drag and drop or
// moveStep(). Waits-for is shown and typed as step numbers ("1, 3"); ids are accepted too.
class RunbookStepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Title, Owner, Duration, Start, WaitsFor, Verification, ColumnCount };

    explicit RunbookStepsModel(PlanDocument *document, QObject *parent = nullptr);

    void setRunbook(const QString &id);
    QString runbookId() const { return m_runbookId; }
    const Runbook *runbook() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Edits, each one undo step; false and a message when refused.
    bool moveStep(int from, int to, QString *errorMessage = nullptr);
    // Inserts a new step after `row` (-1: at the end); returns its row or -1.
    int insertStep(int after, const QString &title, QString *errorMessage = nullptr);
    bool removeStep(int row, QString *errorMessage = nullptr);
    bool setStepText(int row, const QString &field, const QString &text,
                     QString *errorMessage = nullptr);

signals:
    void editRefused(const QString &message);

private:
    bool change(const Runbook &changed, const QString &text, QString *errorMessage);
    void onRunbookChanged(const QString &id);
    void updateCache();

    QPointer<PlanDocument> m_document;
    QString m_runbookId;
    QList<double> m_startHours;      // per step; empty when waits-for go round in a circle
    QHash<QString, int> m_rowOfStep; // step id → row
};

} // namespace Continuity
