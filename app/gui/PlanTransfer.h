// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QWidget;

namespace Continuity {

class PlanDocument;
class UserDialogs;
struct CmdbFile;
struct CsvTable;

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
    // A ServiceNow change_request export through a mapping dialog of its columns (remembered):
    // changes by number; bad rows are listed and, if the user agrees, left out.
    void importSnowChanges();
    void exportTo(Export what);
    bool isBusy() const { return m_busy; }

signals:
    void status(const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    // One field of a column mapping: its key, its label and the column proposed for it.
    struct MappingField
    {
        QString key;
        QString label;
        QString column;
    };
    // The fields with the column each had in the mapping last used (`current`: field, column).
    static QList<MappingField> mappingFields(const QList<std::pair<QString, QString>> &labels,
                                             const QList<std::pair<QString, QString>> &current);
    // A CSV export read whole, or nullopt once the user has been told why not (`title`).
    std::optional<std::pair<CmdbFile, CsvTable>> readExport(const QString &path,
                                                            const QString &title);
    // A window-modal dialog choosing the export's column for each field (the export's header
    // offered, "(not in this export)" first) and the zone of times without an offset; a zone
    // that is none is refused under `title`; `accepted` gets the columns by key and the zone.
    void askMapping(const QString &objectName, const QString &title, const QString &errorTitle,
                    const QString &intro, const QStringList &header,
                    const QList<MappingField> &fields, const QString &zone,
                    std::function<void(const QHash<QString, QString> &, const QString &)> accepted);
    // What a row import computed on its worker: the plan to write (none: `error` says why),
    // the bad rows in words (left out of `plan`), whether anything changed, and the status line.
    struct RowImport;
    // Runs `work` on a worker (busy meanwhile); then asks whether to leave out the bad rows,
    // and writes the plan as one undo step named `undoText` in the background.
    void importRows(const QString &title, const QString &path, const QString &undoText,
                    std::function<RowImport()> work);

    QWidget *m_window;
    std::function<UserDialogs *()> m_dialogs; // the window's, which tests replace
    QPointer<PlanDocument> m_document;
    bool m_busy = false;
};

} // namespace Continuity
