// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTransfer.h"

#include "io/ICalendar.h"
#include "io/SnowChangeImport.h"

#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "io/AtomicFile.h"
#include "io/CsvReader.h"
#include "io/PlanExports.h"
#include "io/PlanJson.h"
#include "io/SnowIncidentImport.h"
#include "io/VCard.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QWidget>

#include <optional>

namespace Continuity {
namespace {

struct ImportResult
{
    std::optional<Plan> plan;
    QString error;
};

// A plan JSON file is never bigger than this; a bigger one is refused before it is read.
constexpr qint64 MaxJsonBytes = qint64(4) * 1024 * 1024 * 1024;

} // namespace

PlanTransfer::PlanTransfer(QWidget *window, std::function<UserDialogs *()> dialogs)
    : QObject(window)
    , m_window(window)
    , m_dialogs(std::move(dialogs))
{}

void PlanTransfer::setDocument(PlanDocument *document)
{
    m_document = document;
}

void PlanTransfer::setBusy(bool busy)
{
    m_busy = busy;
    emit busyChanged(busy);
}

void PlanTransfer::importJson()
{
    if (!m_document || m_document->isReadOnly() || m_busy)
        return;
    const QString path = m_dialogs()->askOpenFile(m_window, tr("Import Plan JSON"),
                                                  tr("Plan JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    setBusy(true);
    emit status(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        setBusy(false);
        ImportResult result = watcher->result();
        const QString title = tr("Cannot Import Plan JSON");
        if (!m_document)
            return;
        if (!result.plan) {
            m_dialogs()->showError(m_window, title, result.error);
            emit status(QString());
            return;
        }
        QString error;
        // The whole content, one undo step; written on a worker as well.
        if (!m_document->replacePlanInBackground(
                *result.plan, tr("Import %1").arg(QFileInfo(path).fileName()), &error)) {
            m_dialogs()->showError(m_window, title, error);
            emit status(QString());
            return;
        }
        emit status(tr("Imported %1; Undo brings the plan back as it was.")
                        .arg(QDir::toNativeSeparators(path)));
    });
    watcher->setFuture(QtConcurrent::run([path]() {
        ImportResult result;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error =
                tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
        if (file.size() > MaxJsonBytes) {
            result.error = tr("%1 is larger than any plan (%2 bytes).")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(file.size());
            return result;
        }
        QStringList errors;
        result.plan = PlanJson::read(file.readAll(), &errors);
        if (!result.plan) {
            result.error =
                tr("%1 is not a plan this Continuity can import:\n%2")
                    .arg(QDir::toNativeSeparators(path), errors.mid(0, 10).join(QLatin1Char('\n')));
        }
        return result;
    }));
}

void PlanTransfer::importVCard()
{
    if (!m_document || m_document->isReadOnly() || m_busy)
        return;
    const QString path = m_dialogs()->askOpenFile(m_window, tr("Import People from vCards"),
                                                  tr("vCard (*.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString title = tr("Cannot Import vCards");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialogs()->showError(
            m_window, title,
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QString error;
    const std::optional<QList<Person>> cards = VCard::read(file.readAll(), &error);
    if (!cards) {
        m_dialogs()->showError(
            m_window, title,
            tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    const VCard::Merge merged = VCard::merge(m_document->plan(), *cards);
    if (!m_document->setPersons(merged.persons, tr("Import %1").arg(QFileInfo(path).fileName()),
                                &error)) {
        m_dialogs()->showError(m_window, title, error);
        return;
    }
    emit status(tr("%1 added, %2 updated, %3 unchanged from %4")
                    .arg(merged.added)
                    .arg(merged.updated)
                    .arg(merged.unchanged)
                    .arg(QDir::toNativeSeparators(path)));
}

void PlanTransfer::importSupplierCalendar()
{
    if (!m_document || m_document->isReadOnly() || m_busy)
        return;
    const QString title = tr("Cannot Import the Calendar");
    QStringList names;
    QStringList ids;
    for (const Service &s : m_document->plan().services) {
        if (s.kind == ServiceKind::Supplier) {
            names.append(s.name);
            ids.append(s.id);
        }
    }
    if (ids.isEmpty()) {
        m_dialogs()->showError(m_window, title,
                               tr("The plan has no supplier. Add the supplier as a service of "
                                  "kind Supplier first; its maintenance windows belong to it."));
        return;
    }
    const QString path =
        m_dialogs()->askOpenFile(m_window, tr("Import a Supplier's Maintenance Calendar"),
                                 tr("iCalendar (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    const int chosen =
        m_dialogs()->chooseItem(m_window, tr("Import a Supplier's Maintenance Calendar"),
                                tr("Whose maintenance calendar is it?"), names);
    if (chosen < 0)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxJsonBytes) {
        m_dialogs()->showError(
            m_window, title,
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QString node = ids.at(chosen);
    QStringList errors;
    const std::optional<QList<MaintenanceWindow>> windows =
        ICalendar::supplierWindows(file.readAll(), node, ICalendar::supplierPrefix(node), &errors);
    if (!windows) {
        m_dialogs()->showError(
            m_window, title,
            tr("%1 was not imported:\n%2")
                .arg(QDir::toNativeSeparators(path), errors.mid(0, 10).join(QLatin1Char('\n'))));
        return;
    }
    QString error;
    if (!m_document->replacePlan(ICalendar::withSupplierWindows(m_document->plan(), node, *windows),
                                 tr("Import the maintenance calendar of %1").arg(names.at(chosen)),
                                 &error)) {
        m_dialogs()->showError(m_window, title, error);
        return;
    }
    emit status(tr("%n maintenance window(s) of %1 imported", nullptr, int(windows->size()))
                    .arg(names.at(chosen)));
}

void PlanTransfer::askMapping(
    const QString &objectName, const QString &title, const QString &errorTitle,
    const QString &intro, const QStringList &header, const QList<MappingField> &fields,
    const QString &zone,
    std::function<void(const QHash<QString, QString> &, const QString &)> accepted)
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout;
    QHash<QString, QComboBox *> combos;
    for (const MappingField &field : fields) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("snowColumn_") + field.key);
        combo->addItem(tr("(not in this export)"), QString());
        for (const QString &column : header)
            combo->addItem(column, column);
        const int index = combo->findData(field.column, Qt::UserRole, Qt::MatchFixedString);
        combo->setCurrentIndex(std::max(0, index));
        combos.insert(field.key, combo);
        form->addRow(field.label, combo);
    }
    auto *zoneBox = new QComboBox;
    zoneBox->setObjectName(QStringLiteral("snowTimeZone"));
    zoneBox->setEditable(true);
    zoneBox->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zoneBox->addItem(QString::fromUtf8(id));
    zoneBox->setCurrentText(zone);
    form->addRow(tr("Times without an offset are in:"), zoneBox);
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this,
            [this, errorTitle, combos, zoneBox, accepted = std::move(accepted)] {
                if (!m_document || m_document->isReadOnly() || m_busy)
                    return;
                const QString zone = zoneBox->currentText().trimmed();
                if (!QTimeZone(zone.toUtf8()).isValid()) {
                    m_dialogs()->showError(
                        m_window, errorTitle,
                        tr("\"%1\" is not a time zone; nothing was imported.").arg(zone));
                    return;
                }
                QHash<QString, QString> chosen;
                for (auto it = combos.cbegin(); it != combos.cend(); ++it)
                    chosen.insert(it.key(), it.value()->currentData().toString());
                accepted(chosen, zone);
            });
    dialog->open();
}

struct PlanTransfer::RowImport
{
    std::optional<Plan> plan;
    QString error;
    QStringList problems;
    bool changed = false;
    QString done;
};

void PlanTransfer::importRows(const QString &title, const QString &path, const QString &undoText,
                              std::function<RowImport()> work)
{
    setBusy(true);
    emit status(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<RowImport>(this);
    connect(
        watcher, &QFutureWatcher<RowImport>::finished, this,
        [this, watcher, title, path, undoText] {
            watcher->deleteLater();
            setBusy(false);
            const RowImport result = watcher->result();
            if (!m_document || m_document->isReadOnly())
                return;
            if (!result.plan) {
                m_dialogs()->showError(m_window, title,
                                       tr("%1 was not imported: %2")
                                           .arg(QDir::toNativeSeparators(path), result.error));
                emit status(QString());
                return;
            }
            if (!result.problems.isEmpty()) {
                QStringList lines = result.problems.mid(0, 10);
                if (result.problems.size() > 10)
                    lines.append(tr("… and %n more.", nullptr, int(result.problems.size()) - 10));
                if (!m_dialogs()->confirm(
                        m_window, title,
                        tr("%n row(s) cannot be imported:", nullptr, int(result.problems.size())) +
                            QLatin1Char('\n') + lines.join(QLatin1Char('\n')) +
                            QStringLiteral("\n\n") +
                            tr("Import the other rows and leave these out?"),
                        tr("Import the Others"))) {
                    emit status(QString());
                    return;
                }
            }
            if (!result.changed) {
                emit status(result.done);
                return;
            }
            QString error;
            // One undo step, written on a worker as well.
            if (!m_document->replacePlanInBackground(*result.plan, undoText, &error)) {
                m_dialogs()->showError(m_window, title, error);
                emit status(QString());
                return;
            }
            emit status(result.done);
        });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

namespace {

QStringList problemLines(const QList<CmdbProblem> &problems)
{
    QStringList lines;
    for (const CmdbProblem &p : problems)
        lines.append(p.text());
    return lines;
}

} // namespace

std::optional<std::pair<CmdbFile, CsvTable>> PlanTransfer::readExport(const QString &path,
                                                                      const QString &title)
{
    QString error;
    std::optional<CmdbFile> file = CmdbFile::read(path, QFileInfo(path).fileName(), &error);
    std::optional<CsvTable> table = file ? readCsv(file->bytes, file->name, &error) : std::nullopt;
    if (!table) {
        m_dialogs()->showError(
            m_window, title,
            tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), error));
        return std::nullopt;
    }
    return std::pair{std::move(*file), std::move(*table)};
}

QList<PlanTransfer::MappingField>
PlanTransfer::mappingFields(const QList<std::pair<QString, QString>> &labels,
                            const QList<std::pair<QString, QString>> &current)
{
    QList<MappingField> fields;
    for (const auto &[key, label] : labels) {
        QString column;
        for (const auto &[f, c] : current) {
            if (f == key)
                column = c;
        }
        fields.append({key, label, column});
    }
    return fields;
}

void PlanTransfer::importSnowChanges()
{
    if (!m_document || m_document->isReadOnly() || m_busy)
        return;
    const QString path = m_dialogs()->askOpenFile(m_window, tr("Import Changes from ServiceNow"),
                                                  tr("CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString title = tr("Cannot Import Changes");
    const auto exported = readExport(path, title);
    if (!exported)
        return;
    // The mapping: each field's column, chosen among the export's, the last one used remembered.
    QStringList ignored;
    const SnowChangeMapping remembered =
        SnowChangeMapping::fromJson(
            QSettings().value(QStringLiteral("import/snowChangeMapping")).toByteArray(), &ignored)
            .value_or(SnowChangeMapping());
    const QList<std::pair<QString, QString>> labels = {
        {QStringLiteral("number"), tr("Number (matches on re-import):")},
        {QStringLiteral("title"), tr("Title:")},
        {QStringLiteral("type"), tr("Type (standard, normal, emergency):")},
        {QStringLiteral("state"), tr("State:")},
        {QStringLiteral("start"), tr("Planned start:")},
        {QStringLiteral("end"), tr("Planned end:")},
        {QStringLiteral("configurationItem"), tr("Configuration item (target):")},
        {QStringLiteral("assignedTo"), tr("Assigned to (implementer):")},
        {QStringLiteral("closeCode"), tr("Close code (outcome):")},
        {QStringLiteral("createdAt"), tr("Created:")},
    };
    const QString zone = remembered.timeZone.isEmpty() ? m_document->plan().incidentPolicy.timeZone
                                                       : remembered.timeZone;
    askMapping(
        QStringLiteral("snowChangeMappingDialog"), tr("Import Changes from ServiceNow"), title,
        tr("Choose the column of %1 for each field; a change imported before is updated by its "
           "number, and what planners added to it stays.")
            .arg(QFileInfo(path).fileName()),
        exported->second.header, mappingFields(labels, remembered.columns()), zone,
        [this, file = exported->first, path, title](const QHash<QString, QString> &columns,
                                                    const QString &zone) {
            SnowChangeMapping chosen;
            const QHash<QString, QString *> fieldOf = {
                {QStringLiteral("number"), &chosen.number},
                {QStringLiteral("title"), &chosen.title},
                {QStringLiteral("type"), &chosen.type},
                {QStringLiteral("state"), &chosen.state},
                {QStringLiteral("start"), &chosen.start},
                {QStringLiteral("end"), &chosen.end},
                {QStringLiteral("configurationItem"), &chosen.configurationItem},
                {QStringLiteral("assignedTo"), &chosen.assignedTo},
                {QStringLiteral("closeCode"), &chosen.closeCode},
                {QStringLiteral("createdAt"), &chosen.createdAt},
            };
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                if (QString *slot = fieldOf.value(it.key()))
                    *slot = it.value();
            }
            chosen.timeZone = zone;
            QSettings().setValue(QStringLiteral("import/snowChangeMapping"), chosen.toJson());
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            importRows(
                title, path, tr("Import changes from %1").arg(QFileInfo(path).fileName()),
                [plan = m_document->plan(), file, chosen, now, path] {
                    RowImport out;
                    const std::optional<SnowChangeResult> result =
                        Continuity::importSnowChanges(plan, file, chosen, true, now, &out.error);
                    if (!result)
                        return out;
                    out.problems = problemLines(result->problems);
                    out.changed = result->added > 0 || result->updated > 0;
                    out.done = out.changed
                                   ? tr("%1 changes added, %2 updated from %3")
                                         .arg(result->added)
                                         .arg(result->updated)
                                         .arg(QDir::toNativeSeparators(path))
                                   : tr("Nothing new in %1").arg(QDir::toNativeSeparators(path));
                    out.plan = result->plan;
                    return out;
                });
        });
}

void PlanTransfer::importSnowIncidents()
{
    if (!m_document || m_document->isReadOnly() || m_busy)
        return;
    const QString path = m_dialogs()->askOpenFile(m_window, tr("Import Incidents from ServiceNow"),
                                                  tr("CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString title = tr("Cannot Import Incidents");
    const auto exported = readExport(path, title);
    if (!exported)
        return;
    // The mapping: each field's column, chosen among the export's, the last one used remembered.
    QStringList ignored;
    const SnowIncidentMapping remembered =
        SnowIncidentMapping::fromJson(
            QSettings().value(QStringLiteral("import/snowIncidentMapping")).toByteArray(), &ignored)
            .value_or(SnowIncidentMapping());
    const QList<std::pair<QString, QString>> labels = {
        {QStringLiteral("number"), tr("Number (matches on re-import):")},
        {QStringLiteral("title"), tr("Title:")},
        {QStringLiteral("priority"), tr("Priority (1 to 5):")},
        {QStringLiteral("openedAt"), tr("Opened (impact began):")},
        {QStringLiteral("resolvedAt"), tr("Resolved (restored):")},
        {QStringLiteral("closedAt"), tr("Closed:")},
        {QStringLiteral("configurationItem"), tr("Configuration item (node):")},
        {QStringLiteral("closeCode"), tr("Close code:")},
    };
    const QString zone = remembered.timeZone.isEmpty() ? m_document->plan().incidentPolicy.timeZone
                                                       : remembered.timeZone;
    askMapping(
        QStringLiteral("snowIncidentMappingDialog"), tr("Import Incidents from ServiceNow"), title,
        tr("%n row(s) in %1. Choose the column for each field; an incident imported before is "
           "updated by its number.",
           nullptr, int(exported->second.records.size()))
            .arg(QFileInfo(path).fileName()),
        exported->second.header, mappingFields(labels, remembered.columns()), zone,
        [this, file = exported->first, path, title](const QHash<QString, QString> &columns,
                                                    const QString &zone) {
            SnowIncidentMapping chosen;
            const QHash<QString, QString *> fieldOf = {
                {QStringLiteral("number"), &chosen.number},
                {QStringLiteral("title"), &chosen.title},
                {QStringLiteral("priority"), &chosen.priority},
                {QStringLiteral("openedAt"), &chosen.openedAt},
                {QStringLiteral("resolvedAt"), &chosen.resolvedAt},
                {QStringLiteral("closedAt"), &chosen.closedAt},
                {QStringLiteral("configurationItem"), &chosen.configurationItem},
                {QStringLiteral("closeCode"), &chosen.closeCode},
            };
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                if (QString *slot = fieldOf.value(it.key()))
                    *slot = it.value();
            }
            chosen.timeZone = zone;
            QSettings().setValue(QStringLiteral("import/snowIncidentMapping"), chosen.toJson());
            importRows(
                title, path, tr("Import incidents from %1").arg(QFileInfo(path).fileName()),
                [plan = m_document->plan(), file, chosen, path] {
                    RowImport out;
                    const std::optional<SnowIncidentResult> result =
                        Continuity::importSnowIncidents(plan, file, chosen, true, &out.error);
                    if (!result)
                        return out;
                    out.problems = problemLines(result->problems);
                    out.changed = result->added > 0 || result->updated > 0;
                    out.done = tr("%1 added, %2 updated, %3 unchanged from %4")
                                   .arg(result->added)
                                   .arg(result->updated)
                                   .arg(result->unchanged)
                                   .arg(QDir::toNativeSeparators(path)) +
                               (result->unknownItems.isEmpty()
                                    ? QString()
                                    : tr("; not in the plan: %1")
                                          .arg(result->unknownItems.join(QStringLiteral(", "))));
                    out.plan = result->plan;
                    return out;
                });
        });
}

void PlanTransfer::exportTo(Export what)
{
    if (!m_document || m_busy)
        return;
    QString title;
    QString suffix;
    QString filter;
    switch (what) {
    case Export::PlanJson:
        title = tr("Export Plan JSON");
        suffix = QStringLiteral(".json");
        filter = tr("Plan JSON (*.json)");
        break;
    case Export::ServicesCsv:
        title = tr("Export Services as CSV");
        suffix = tr("-services") + QStringLiteral(".csv");
        filter = tr("CSV (*.csv)");
        break;
    case Export::DependenciesCsv:
        title = tr("Export Dependencies as CSV");
        suffix = tr("-dependencies") + QStringLiteral(".csv");
        filter = tr("CSV (*.csv)");
        break;
    case Export::FindingsCsv:
        title = tr("Export Findings as CSV");
        suffix = tr("-findings") + QStringLiteral(".csv");
        filter = tr("CSV (*.csv)");
        break;
    case Export::Dot:
        title = tr("Export the Graph as DOT");
        suffix = QStringLiteral(".dot");
        filter = tr("Graphviz DOT (*.dot *.gv)");
        break;
    case Export::VCard:
        title = tr("Export People as vCards");
        suffix = tr("-people") + QStringLiteral(".vcf");
        filter = tr("vCard (*.vcf)");
        break;
    case Export::OpenSlo:
        title = tr("Export SLOs as OpenSLO");
        suffix = tr("-slos") + QStringLiteral(".yaml");
        filter = tr("OpenSLO YAML (*.yaml *.yml)");
        break;
    case Export::ICalendar:
        title = tr("Export the Change Calendar");
        suffix = tr("-calendar") + QStringLiteral(".ics");
        filter = tr("iCalendar (*.ics)");
        break;
    }
    const QFileInfo plan(m_document->filePath());
    const QString suggested = plan.dir().filePath(plan.completeBaseName() + suffix);
    const QString path = m_dialogs()->askExportPath(m_window, title, suggested, filter);
    if (path.isEmpty())
        return;
    setBusy(true);
    emit status(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, title] {
        watcher->deleteLater();
        setBusy(false);
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            m_dialogs()->showError(m_window, title, error);
            emit status(QString());
            return;
        }
        emit status(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    });
    // A copy of the plan for the worker: the window goes on editing its own.
    watcher->setFuture(QtConcurrent::run([content = m_document->plan(), what, path]() {
        QByteArray bytes;
        switch (what) {
        case Export::PlanJson:
            bytes = PlanJson::write(content);
            break;
        case Export::ServicesCsv:
            bytes = PlanExports::servicesCsv(content);
            break;
        case Export::DependenciesCsv:
            bytes = PlanExports::dependenciesCsv(content);
            break;
        case Export::FindingsCsv:
            bytes = PlanExports::findingsCsv(content,
                                             checkPlan(GraphSnapshot::fromPlan(content), content));
            break;
        case Export::Dot:
            bytes = PlanExports::graphDot(content);
            break;
        case Export::VCard:
            bytes = VCard::write(content.persons);
            break;
        case Export::OpenSlo:
            bytes = PlanExports::openSloYaml(content, GraphSnapshot::fromPlan(content));
            break;
        case Export::ICalendar:
            bytes = ICalendar::write(content);
            break;
        }
        QString error;
        AtomicFile::write(path, bytes, &error);
        return error;
    }));
}

} // namespace Continuity
