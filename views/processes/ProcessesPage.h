// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QSplitter;

namespace Continuity {

class BiaEditor;
class PlanDocument;
class PlanTableView;
class ProcessTableModel;
struct PlanChange;

// The Processes & BIA area: a heading that counts the processes, the table edited in place,
// and under it the BIA editor of the current process. Built once by the window; setDocument()
// shows a document's processes through a model and a BIA editor its workspace owns.
class ProcessesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessesPage)

public:
    explicit ProcessesPage(QWidget *parent = nullptr);

    PlanTableView *table() const { return m_table; }
    QLabel *heading() const { return m_heading; }
    // All may be null (no plan open). The editor is placed under the table.
    void setDocument(PlanDocument *document, ProcessTableModel *model, BiaEditor *bia);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeading();

    PlanDocument *m_document = nullptr;
    qreal m_normalPoints = 0;
    QList<int> m_normalSizes; // the split as the user left it, while the text is larger
    BiaEditor *m_bia = nullptr;
    QLabel *m_heading;
    QSplitter *m_split;
    PlanTableView *m_table;
};

} // namespace Continuity
