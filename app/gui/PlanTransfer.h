// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace Continuity {

class PlanDocument;
class UserDialogs;

// Import and export of the open plan from the File menu, as the command line does them
// (docs/cli.md): plan JSON in and out, services, dependencies and findings as CSV, the graph as
// DOT. Files are read, checked and written on a worker thread; an import replaces the plan's
// content as one undo step (PlanDocument::replacePlanInBackground). Errors go through the
// window's dialogs; what was done goes to the status bar through status().
class PlanTransfer : public QObject
{
    Q_OBJECT

public:
    enum class Export {
        PlanJson,
        ServicesCsv,
        DependenciesCsv,
        FindingsCsv,
        Dot,
        VCard,
        OpenSlo,
        ICalendar
    };

    PlanTransfer(QWidget *window, std::function<UserDialogs *()> dialogs);

    void setDocument(PlanDocument *document);
    void importJson();
    // Persons from a vCard file, matched by e-mail then name; one undo step.
    void importVCard();
    // Incidents from a ServiceNow incident export, through a mapping dialog of its columns
    // (remembered); a re-import updates by number; bad rows named, skipped only when asked.
    void importSnowIncidents();
    // A supplier's maintenance calendar (.ics) as supplier maintenance windows of a supplier
    // node chosen from the plan's; one undo step, a second import replacing the first.
    void importSupplierCalendar();
    // A ServiceNow change_request export with ServiceNow's column names: changes by number;
    // bad rows are listed and, if the user agrees, left out.
    void importSnowChanges();
    void exportTo(Export what);
    bool isBusy() const { return m_busy; }

signals:
    void status(const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    QWidget *m_window;
    std::function<UserDialogs *()> m_dialogs; // the window's, which tests replace
    QPointer<PlanDocument> m_document;
    bool m_busy = false;
};

} // namespace Continuity
