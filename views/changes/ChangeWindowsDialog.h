// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Continuity {

class PlanDocument;
struct PlanChange;

// The plan's freeze windows and maintenance windows as two editable tables (docs/changes.md):
// each cell is written as it is left, one undo step per edit; a refused value says why and the
// stored one comes back. Times are typed in the window's own time zone; a recurrence is an
// RFC 5545 RRULE ("FREQ=WEEKLY;BYDAY=SU"), empty for once.
class ChangeWindowsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangeWindowsDialog(PlanDocument *document, QWidget *parent = nullptr);

    QTableWidget *freezeTable() const { return m_freezes; }
    QTableWidget *maintenanceTable() const { return m_windows; }
    void addFreeze();
    void addMaintenance();

private:
    void onChanged(const PlanChange &change);
    void reload();
    void commitFreeze(int row);
    void commitMaintenance(int row);
    void refused(const QString &message);

    PlanDocument *m_document;
    QTableWidget *m_freezes = nullptr;
    QTableWidget *m_windows = nullptr;
    QLabel *m_error = nullptr;
    bool m_loading = false;
};

} // namespace Continuity
