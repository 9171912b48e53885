// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "dialogs/ReportExportBar.h"

#include "DocumentWorkspace.h"
#include "processes/ProcessesPage.h"
#include "services/ServicesPage.h"

#include "analysis/AnalysesPage.h"
#include "analysis/AnalysisRun.h"
#include "analysis/RunbookDraft.h"
#include "audit/AuditPage.h"
#include "bia/BiaEditor.h"
#include "changes/ChangesPage.h"
#include "cmdb/CmdbImportWizard.h"
#include "compliance/CompliancePage.h"
#include "dashboard/DashboardPage.h"
#include "document/AnalysisController.h"
#include "exercises/ExercisesPage.h"
#include "GlobalSearch.h"
#include "HelpDialogs.h"
#include "incidents/IncidentsPage.h"
#include "inspector/NodeInspector.h"
#include "Language.h"
#include "map/MapPage.h"
#include "map/MapStyle.h"
#include "people/PeoplePage.h"
#include "PlanTransfer.h"
#include "runbooks/RunbooksPage.h"
#include "storage/AuditTrail.h"

#include "dialogs/PreferencesDialog.h"
#include "dialogs/TierPolicyDialog.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/Plan.h"
#include "io/SamplePlan.h"
#include "itemmodels/ProcessTableModel.h"
#include "itemmodels/ServiceTableModel.h"
#include "layout/GraphvizLayout.h"
#include "people/OwnerEditing.h"
#include "server/PgConnection.h"
#include "server/PushBack.h"
#include "storage/PlanFile.h"
#include "tables/HeaderFit.h"
#include "tables/PageFit.h"
#include "tables/PlanTableView.h"
#include "tables/RelativeFont.h"
#include "tables/TypingGuard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Continuity {
namespace {

constexpr int MaxRecentFiles = 8;
const QString recentKey = QStringLiteral("recentFiles");

// A plan is a file or a plan on a server, named by its URL (docs/team-server.md).
bool isServerPlan(const QString &path)
{
    return Server::ServerUrl::isServerUrl(path);
}
// As the window shows where a plan is: the file's path, or the URL without a password.
QString shownPath(const QString &path)
{
    return isServerPlan(path) ? Server::ServerUrl::displayOf(path)
                              : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
// The file's name without its extension, or the server plan's name.
QString shortName(const QString &path)
{
    Server::ServerUrl url;
    QString ignored;
    if (isServerPlan(path) && Server::ServerUrl::parse(path, &url, &ignored))
        return url.plan;
    return QFileInfo(path).completeBaseName();
}

enum Page {
    WelcomePage,
    DashboardPageIndex,
    ProcessesPageIndex,
    ServicesPageIndex,
    AnalysesPageIndex,
    MapPageIndex,
    RunbooksPageIndex,
    ExercisesPageIndex,
    PeoplePageIndex,
    IncidentsPageIndex,
    ChangesPageIndex,
    CompliancePageIndex,
    AuditPageIndex
};

} // namespace

const QStringList &MainWindow::areaNames()
{
    static const QStringList names{
        QStringLiteral("dashboard"), QStringLiteral("processes"),  QStringLiteral("services"),
        QStringLiteral("map"),       QStringLiteral("analyses"),   QStringLiteral("runbooks"),
        QStringLiteral("exercises"), QStringLiteral("people"),     QStringLiteral("incidents"),
        QStringLiteral("changes"),   QStringLiteral("compliance"), QStringLiteral("audit")};
    return names;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(std::make_unique<UserDialogs>())
    , m_emptyStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Every table's titles readable at any scale, in every window and dialog (#18 point 2).
    if (!qApp->property("continuityHeadersKept").toBool()) {
        qApp->setProperty("continuityHeadersKept", true);
        keepEveryHeaderReadable(qApp);
    }
    createActions();
    createMenus();
    createCentralArea();
    readSettings();
    rebuildRecentMenu();
    m_navigator->setVisible(false);
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Open a plan or create a new one to begin."));
}

MainWindow::~MainWindow()
{
    // The dock says "hidden" as the widgets go; the window is no longer there to remember it.
    disconnect(m_inspectorDock, nullptr, this, nullptr);
    // The pages and models listen to the document: the workspace takes them down first.
    closeWorkspace();
    // Then the document, while every member the window's slots use is still alive (its undo
    // stack says "index changed" as it goes, and updateActions() reads the window's lists).
    if (m_document) {
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
        disconnect(m_document.get(), nullptr, this, nullptr);
        m_document.reset();
    }
}

void MainWindow::closeWorkspace()
{
    m_processesPage->setDocument(nullptr, nullptr, nullptr);
    m_servicesPage->setDocument(nullptr, nullptr);
    m_workspace.reset();
    m_inspector = nullptr;
    m_dashboard = nullptr;
    m_mapPage = nullptr;
    m_analysesPage = nullptr;
    m_runbooksPage = nullptr;
    m_exercisesPage = nullptr;
    m_peoplePage = nullptr;
    m_incidentsPage = nullptr;
    m_changesPage = nullptr;
    m_auditPage = nullptr;
    m_compliancePage = nullptr;
    m_biaEditor = nullptr;
    m_analysis = nullptr;
    m_processModel = nullptr;
    m_serviceModel = nullptr;
}

void MainWindow::setDialogs(std::unique_ptr<UserDialogs> dialogs)
{
    m_dialogs = std::move(dialogs);
    if (m_mapPage)
        m_mapPage->setDialogs(m_dialogs.get());
    if (m_analysesPage)
        m_analysesPage->setDialogs(m_dialogs.get());
}

void MainWindow::printAreaReport(bool preview)
{
    if (!m_document)
        return;
    const QString area = currentAreaName();
    if (area == QLatin1String("runbooks")) {
        preview ? m_runbooksPage->printPreview() : m_runbooksPage->askExportPdf();
    } else if (area == QLatin1String("exercises")) {
        preview ? m_exercisesPage->printPreview() : m_exercisesPage->askExportPdf();
    } else if (area == QLatin1String("people")) {
        if (!preview)
            m_peoplePage->askContactSheet(m_analysis->scenario());
    } else if (area == QLatin1String("map")) {
        if (!preview)
            m_mapPage->onExport();
    } else if (area == QLatin1String("analyses")) {
        preview ? m_analysesPage->printPreview() : m_analysesPage->askExportPdf();
    } else if (area == QLatin1String("processes")) {
        preview ? m_analysesPage->previewBiaReport() : m_analysesPage->askBiaReport();
    } else if (area == QLatin1String("incidents")) {
        preview ? m_incidentsPage->printPreview() : m_incidentsPage->askExportPdf();
    } else if (area == QLatin1String("changes")) {
        preview ? m_changesPage->printPreview() : m_changesPage->askExportPdf();
    } else if (area == QLatin1String("compliance")) {
        preview ? m_compliancePage->printPreview() : m_compliancePage->askExportPdf();
    } else {
        // The dashboard and services: the findings review of the whole plan.
        preview ? m_analysesPage->previewFindingsReview() : m_analysesPage->askFindingsReview();
    }
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Plan…"), this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new, empty plan file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::onNew);

    m_openAction = new QAction(tr("&Open Plan…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an existing plan file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpen);
    m_openServerAction = new QAction(tr("Open &from Server…"), this);
    m_openServerAction->setObjectName(QStringLiteral("openServerAction"));
    m_openServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openServerAction->setStatusTip(tr("Open a plan kept on a PostgreSQL server"));
    connect(m_openServerAction, &QAction::triggered, this, &MainWindow::onOpenFromServer);

    m_sampleAction = new QAction(tr("Open &Sample Plan"), this);
    m_sampleAction->setObjectName(QStringLiteral("sampleAction"));
    m_sampleAction->setStatusTip(tr("Open a fresh copy of the bundled sample plan"));
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSamplePlan);

    m_cmdbImportAction = new QAction(tr("From &CMDB…"), this);
    m_cmdbImportAction->setObjectName(QStringLiteral("cmdbImportAction"));
    m_cmdbImportAction->setStatusTip(
        tr("Import services and dependencies from a ServiceNow CI and relationship export"));
    connect(m_cmdbImportAction, &QAction::triggered, this, &MainWindow::onCmdbImport);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Copy the plan to a new file and continue working there"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::onSaveAs);
    m_pushBackAction = new QAction(tr("Pus&h Back to Server…"), this);
    m_pushBackAction->setObjectName(QStringLiteral("pushBackAction"));
    m_pushBackAction->setStatusTip(
        tr("Send the changes made in this file since it was taken from a server back to it"));
    connect(m_pushBackAction, &QAction::triggered, this, &MainWindow::onPushBack);

    m_snapshotAction = new QAction(tr("Save S&napshot…"), this);
    m_snapshotAction->setObjectName(QStringLiteral("snapshotAction"));
    m_snapshotAction->setStatusTip(
        tr("Write a copy of the plan as it is now, and keep working on this file"));
    connect(m_snapshotAction, &QAction::triggered, this, &MainWindow::onSnapshot);

    // The current area's report (product/11-reports.md): a runbook, an exercise report, the
    // contact sheet, the scenario brief, or the findings review.
    m_printPreviewAction = new QAction(tr("Print Pre&view…"), this);
    m_printPreviewAction->setObjectName(QStringLiteral("printPreviewAction"));
    m_printPreviewAction->setShortcut(QKeySequence::Print);
    m_printPreviewAction->setStatusTip(tr("Preview and print the report of the area shown"));
    connect(m_printPreviewAction, &QAction::triggered, this, [this] { printAreaReport(true); });
    m_exportReportAction = new QAction(tr("Export Report as &PDF…"), this);
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportReportAction->setStatusTip(
        tr("Write the report of the area shown as a PDF, in the background"));
    connect(m_exportReportAction, &QAction::triggered, this, [this] { printAreaReport(false); });
    m_continuityPlanAction = new QAction(tr("Export &Business Continuity Plan…"), this);
    m_continuityPlanAction->setObjectName(QStringLiteral("continuityPlanAction"));
    m_continuityPlanAction->setStatusTip(tr("Write the whole plan as a business continuity plan "
                                            "document, PDF or OpenDocument Text"));
    connect(m_continuityPlanAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_analysesPage->askContinuityPlan();
    });
    m_executiveReportAction = new QAction(tr("Export E&xecutive Report…"), this);
    m_executiveReportAction->setObjectName(QStringLiteral("executiveReportAction"));
    m_executiveReportAction->setStatusTip(
        tr("Availability and resilience for the board over the last twelve months, as PDF"));
    connect(m_executiveReportAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_compliancePage->askExecutiveReport();
    });

    m_closeAction = new QAction(tr("&Close Plan"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] { setDocument(nullptr); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undo();
    });
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->redo();
    });

    m_addProcessAction = new QAction(tr("Add &Process"), this);
    m_addProcessAction->setObjectName(QStringLiteral("addProcessAction"));
    m_addProcessAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_addProcessAction->setStatusTip(tr("Add a business process and type its name"));
    connect(m_addProcessAction, &QAction::triggered, this, &MainWindow::onAddProcess);
    m_removeProcessAction = new QAction(tr("Remove Process"), this);
    m_removeProcessAction->setObjectName(QStringLiteral("removeProcessAction"));
    m_removeProcessAction->setShortcut(QKeySequence::Delete);
    m_removeProcessAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeProcessAction, &QAction::triggered, this, &MainWindow::onRemoveProcess);

    m_addServiceAction = new QAction(tr("Add &Service"), this);
    m_addServiceAction->setObjectName(QStringLiteral("addServiceAction"));
    m_addServiceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_addServiceAction->setStatusTip(
        tr("Add a service, site, supplier or team and edit it in the inspector"));
    connect(m_addServiceAction, &QAction::triggered, this, &MainWindow::onAddService);
    m_removeServiceAction = new QAction(tr("Remove Service"), this);
    m_removeServiceAction->setObjectName(QStringLiteral("removeServiceAction"));
    m_removeServiceAction->setShortcut(QKeySequence::Delete);
    m_removeServiceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeServiceAction, &QAction::triggered, this, &MainWindow::onRemoveService);

    m_tierPolicyAction = new QAction(tr("&Tier Policy…"), this);
    m_tierPolicyAction->setObjectName(QStringLiteral("tierPolicyAction"));
    m_tierPolicyAction->setStatusTip(tr("What qualifies a process for each tier"));
    connect(m_tierPolicyAction, &QAction::triggered, this, &MainWindow::onEditTierPolicy);

    m_preferencesAction = new QAction(tr("Pre&ferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("The language of the window"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::onPreferences);

    m_presentationAction = new QAction(tr("&Presentation Mode"), this);
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentationAction->setStatusTip(tr("Larger text and rows for a projector"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    m_aboutAction = new QAction(tr("&About Continuity"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::onAbout);

    // Import and export of the open plan (PlanTransfer).
    m_transfer = new PlanTransfer(this, [this] { return m_dialogs.get(); });
    // Others' edits of a server plan never take what the user is typing.
    m_typingGuard = new TypingGuard(this);
    connect(m_typingGuard, &TypingGuard::notice, this, [this](const QString &message) {
        // Someone else's value of the field being typed is seen in presentation mode too,
        // whose status bar is hidden otherwise: shown for the notice, hidden again after it.
        if (m_presentationAction->isChecked())
            statusBar()->setVisible(true);
        statusBar()->showMessage(message, 20000);
    });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty() && m_presentationAction->isChecked() &&
            !m_notCurrentButton->isVisibleTo(statusBar()))
            statusBar()->setVisible(false);
    });
    connect(m_transfer, &PlanTransfer::status, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message, 8000);
    });
    connect(m_transfer, &PlanTransfer::busyChanged, this, &MainWindow::updateActions);
    m_importJsonAction = new QAction(tr("Plan &JSON…"), this);
    m_importJsonAction->setObjectName(QStringLiteral("importJsonAction"));
    m_importJsonAction->setStatusTip(
        tr("Replace the plan's content with a plan JSON file (one step you can undo)"));
    connect(m_importJsonAction, &QAction::triggered, m_transfer, &PlanTransfer::importJson);
    m_importVCardAction = new QAction(tr("&People from vCards…"), this);
    m_importVCardAction->setObjectName(QStringLiteral("importVCardAction"));
    m_importVCardAction->setStatusTip(
        tr("Add or update persons from a vCard file (matched by e-mail, then name)"));
    connect(m_importVCardAction, &QAction::triggered, m_transfer, &PlanTransfer::importVCard);
    m_importSnowAction = new QAction(tr("&Incidents from ServiceNow…"), this);
    m_importSnowAction->setObjectName(QStringLiteral("importSnowIncidentsAction"));
    m_importSnowAction->setStatusTip(
        tr("Add or update incidents from a ServiceNow incident export (matched by number)"));
    connect(m_importSnowAction, &QAction::triggered, m_transfer,
            &PlanTransfer::importSnowIncidents);
    m_importSnowChangesAction = new QAction(tr("C&hanges from ServiceNow…"), this);
    m_importSnowChangesAction->setObjectName(QStringLiteral("importSnowChangesAction"));
    m_importSnowChangesAction->setStatusTip(
        tr("Add or update changes from a ServiceNow change_request export (matched by number)"));
    connect(m_importSnowChangesAction, &QAction::triggered, m_transfer,
            &PlanTransfer::importSnowChanges);
    m_importSupplierAction = new QAction(tr("&Supplier Maintenance Calendar…"), this);
    m_importSupplierAction->setObjectName(QStringLiteral("importSupplierCalendarAction"));
    m_importSupplierAction->setStatusTip(
        tr("Read a supplier's maintenance windows from its iCalendar file"));
    connect(m_importSupplierAction, &QAction::triggered, m_transfer,
            &PlanTransfer::importSupplierCalendar);
    const std::pair<const char *, PlanTransfer::Export> exports[] = {
        {QT_TR_NOOP("Plan &JSON…"), PlanTransfer::Export::PlanJson},
        {QT_TR_NOOP("&Services as CSV…"), PlanTransfer::Export::ServicesCsv},
        {QT_TR_NOOP("&Dependencies as CSV…"), PlanTransfer::Export::DependenciesCsv},
        {QT_TR_NOOP("&Findings as CSV…"), PlanTransfer::Export::FindingsCsv},
        {QT_TR_NOOP("Graph as D&OT…"), PlanTransfer::Export::Dot},
        {QT_TR_NOOP("&People as vCards…"), PlanTransfer::Export::VCard},
        {QT_TR_NOOP("S&LOs as OpenSLO…"), PlanTransfer::Export::OpenSlo},
        {QT_TR_NOOP("Change &Calendar as iCalendar…"), PlanTransfer::Export::ICalendar},
    };
    int index = 0;
    for (const auto &[text, what] : exports) {
        auto *action = new QAction(tr(text), this);
        action->setObjectName(QStringLiteral("exportAction%1").arg(index++));
        connect(action, &QAction::triggered, this,
                [this, what = what] { m_transfer->exportTo(what); });
        m_exportActions.append(action);
    }

    // Ctrl+1 ... Ctrl+9: the areas, in the navigator's order.
    const char *areas[] = {QT_TR_NOOP("&Dashboard"),         QT_TR_NOOP("&Processes && BIA"),
                           QT_TR_NOOP("&Services"),          QT_TR_NOOP("Dependency &Map"),
                           QT_TR_NOOP("&Analyses"),          QT_TR_NOOP("&Runbooks"),
                           QT_TR_NOOP("&Exercises"),         QT_TR_NOOP("P&eople"),
                           QT_TR_NOOP("&Incidents && SLOs"), QT_TR_NOOP("C&hanges"),
                           QT_TR_NOOP("C&ompliance"),        QT_TR_NOOP("A&udit Trail")};
    for (int row = 0; row < int(std::size(areas)); ++row) {
        auto *action = new QAction(tr(areas[row]), this);
        action->setObjectName(QStringLiteral("areaAction%1").arg(row + 1));
        // The tenth area on Ctrl+0, the key after 9; compliance and the audit trail from the Go
        // menu only.
        if (row < 10)
            action->setShortcut(
                QKeySequence(Qt::CTRL | Qt::Key(row < 9 ? Qt::Key_1 + row : Qt::Key_0)));
        connect(action, &QAction::triggered, this, [this, row] {
            if (m_document && m_navigator->isVisible())
                m_navigator->setCurrentRow(row);
        });
        m_areaActions.append(action);
    }

    m_searchAction = new QAction(tr("&Search the Plan…"), this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setStatusTip(tr("Find a process, service, runbook or exercise by name or id"));
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::onSearch);

    m_guideAction = new QAction(tr("Continuity &User Guide"), this);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] { HelpDialogs::showUserGuide(this); });
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this,
            [this] { HelpDialogs::showShortcuts(this); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_openServerAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_saveAsAction);
    file->addAction(m_snapshotAction);
    file->addAction(m_pushBackAction);
    file->addSeparator();
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->setObjectName(QStringLiteral("importMenu"));
    importMenu->addAction(m_importJsonAction);
    importMenu->addAction(m_importVCardAction);
    importMenu->addAction(m_importSnowAction);
    importMenu->addAction(m_importSnowChangesAction);
    importMenu->addAction(m_importSupplierAction);
    importMenu->addAction(m_cmdbImportAction);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addActions(m_exportActions);
    file->addSeparator();
    file->addAction(m_printPreviewAction);
    file->addAction(m_exportReportAction);
    file->addAction(m_continuityPlanAction);
    file->addAction(m_executiveReportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addProcessAction);
    edit->addAction(m_removeProcessAction);
    edit->addAction(m_addServiceAction);
    edit->addAction(m_removeServiceAction);
    edit->addSeparator();
    edit->addAction(m_tierPolicyAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_presentationAction);
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString chosen = Language::preferred();
    auto addLanguage = [&](const QString &code, const QString &text) {
        QAction *a = language->addAction(text);
        a->setObjectName(QStringLiteral("language_") +
                         (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (code == Language::preferred())
                return;
            Language::setPreferred(code);
            emit languageChosen(code);
        });
    };
    addLanguage(QString(), tr("System Language"));
    language->addSeparator();
    for (const QString &code : Language::available())
        addLanguage(code, Language::nativeName(code));
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    resizeDocks({m_inspectorDock}, {380}, Qt::Horizontal);
    // Shown or hidden by the user: remembered for the area it was done in.
    connect(m_inspectorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (m_applyingInspector || !m_document || !isVisible() || m_presentationAction->isChecked())
            return;
        QSettings().setValue(QStringLiteral("inspector/") + currentAreaName(), visible);
    });
    QAction *inspectorAction = m_inspectorDock->toggleViewAction();
    inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(inspectorAction);
    m_mapOverviewAction = view->addAction(tr("Map &Overview"));
    m_mapOverviewAction->setObjectName(QStringLiteral("mapOverviewAction"));
    m_mapOverviewAction->setCheckable(true);
    m_mapOverviewAction->setChecked(MapPage::isOverviewWanted());
    m_mapOverviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mapOverviewAction->setStatusTip(
        tr("A small picture of the whole map in its corner while the map is larger than the "
           "view"));
    connect(m_mapOverviewAction, &QAction::toggled, this, [this](bool on) {
        if (m_mapPage)
            m_mapPage->setOverviewWanted(on);
        else
            QSettings().setValue(QStringLiteral("map/overview"), on);
    });
    view->addSeparator();
    view->addAction(m_searchAction);
    QMenu *go = view->addMenu(tr("&Go To"));
    go->setObjectName(QStringLiteral("goToMenu"));
    go->addActions(m_areaActions);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_openAction);
    toolbar->addSeparator();
    // The toolbar's Undo and Redo keep one short text, so that nothing beside them moves as
    // the step they would undo changes; what they undo is in their tooltip (and the Edit menu).
    m_undoToolAction = new QAction(tr("Undo"), this);
    m_undoToolAction->setObjectName(QStringLiteral("undoToolAction"));
    connect(m_undoToolAction, &QAction::triggered, m_undoAction, &QAction::trigger);
    m_redoToolAction = new QAction(tr("Redo"), this);
    m_redoToolAction->setObjectName(QStringLiteral("redoToolAction"));
    connect(m_redoToolAction, &QAction::triggered, m_redoAction, &QAction::trigger);
    toolbar->addAction(m_undoToolAction);
    toolbar->addAction(m_redoToolAction);
    toolbar->addSeparator();
    toolbar->addAction(m_addProcessAction);
    toolbar->addAction(m_addServiceAction);
    toolbar->addAction(m_presentationAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createCentralArea()
{
    m_navigator = new QListWidget;
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->addItem(tr("Dashboard"));
    m_navigator->addItem(tr("Processes & BIA"));
    m_navigator->addItem(tr("Services"));
    m_navigator->addItem(tr("Dependency map"));
    m_navigator->addItem(tr("Analyses"));
    m_navigator->addItem(tr("Runbooks"));
    m_navigator->addItem(tr("Exercises"));
    m_navigator->addItem(tr("People"));
    m_navigator->addItem(tr("Incidents & SLOs"));
    m_navigator->addItem(tr("Changes"));
    m_navigator->addItem(tr("Compliance"));
    m_navigator->addItem(tr("Audit trail"));
    fitNavigator();
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::showArea);

    // The welcome page: what to do when no plan is open.
    m_welcome = new QWidget;
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    auto *title = new QLabel(tr("Continuity"));
    keepFontRelative(title, 2.2, true);
    auto *subtitle = new QLabel(tr("Business continuity and disaster-recovery planning. "
                                   "Every change is written to the plan file as you make it."));
    subtitle->setWordWrap(true);
    title->setAlignment(Qt::AlignHCenter);
    subtitle->setAlignment(Qt::AlignHCenter);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(title);
    welcomeLayout->addWidget(subtitle);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QAction *action : {m_newAction, m_openAction, m_sampleAction}) {
        auto *button = new QPushButton(action->text().remove(QLatin1Char('&')));
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    welcomeLayout->addSpacing(24);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addSpacing(24);
    m_recentHeading = new QLabel(tr("Recent plans"));
    m_recentHeading->setAlignment(Qt::AlignHCenter);
    m_recentList = new QListWidget;
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setMaximumWidth(640);
    m_recentList->setMaximumHeight(220);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openPlan(item->data(Qt::UserRole).toString()); });
    welcomeLayout->addWidget(m_recentHeading);
    welcomeLayout->addWidget(m_recentList, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch(2);

    m_processesPage = new ProcessesPage;
    m_processView = m_processesPage->table();
    m_processHeading = m_processesPage->heading();
    m_servicesPage = new ServicesPage;
    m_serviceView = m_servicesPage->table();
    m_serviceHeading = m_servicesPage->heading();
    // The views keep their selection models for good: connect once, for every plan.
    connect(m_processView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_inspector)
            m_inspector->setNode(m_processView->currentId());
    });
    connect(m_serviceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_inspector)
            m_inspector->setNode(m_serviceView->currentId());
    });

    // Each table area opens with a heading that says what it holds.
    auto styleHeading = [](QLabel *heading) {
        keepFontRelative(heading, 1.3, true);
        heading->setTextFormat(Qt::PlainText);
        heading->setContentsMargins(6, 6, 6, 6);
    };
    styleHeading(m_processHeading);
    styleHeading(m_serviceHeading);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcome);
    m_dashboardHolder = new QWidget;
    m_dashboardHolder->setObjectName(QStringLiteral("dashboardArea"));
    (new QVBoxLayout(m_dashboardHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_dashboardHolder);
    m_processView->addAction(m_removeProcessAction);
    m_pages->addWidget(m_processesPage);
    m_serviceView->addAction(m_removeServiceAction);
    m_pages->addWidget(m_servicesPage);
    m_analysesHolder = new QWidget;
    m_analysesHolder->setObjectName(QStringLiteral("analysesArea"));
    auto *analysesLayout = new QVBoxLayout(m_analysesHolder);
    analysesLayout->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_analysesHolder);
    m_mapHolder = new QWidget;
    m_mapHolder->setObjectName(QStringLiteral("mapArea"));
    (new QVBoxLayout(m_mapHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_mapHolder);
    m_runbooksHolder = new QWidget;
    m_runbooksHolder->setObjectName(QStringLiteral("runbooksArea"));
    (new QVBoxLayout(m_runbooksHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_runbooksHolder);
    m_exercisesHolder = new QWidget;
    m_exercisesHolder->setObjectName(QStringLiteral("exercisesArea"));
    (new QVBoxLayout(m_exercisesHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_exercisesHolder);
    m_peopleHolder = new QWidget;
    m_peopleHolder->setObjectName(QStringLiteral("peopleArea"));
    (new QVBoxLayout(m_peopleHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_peopleHolder);
    m_incidentsHolder = new QWidget;
    m_incidentsHolder->setObjectName(QStringLiteral("incidentsArea"));
    (new QVBoxLayout(m_incidentsHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_incidentsHolder);
    m_changesHolder = new QWidget;
    m_changesHolder->setObjectName(QStringLiteral("changesArea"));
    (new QVBoxLayout(m_changesHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_changesHolder);
    m_complianceHolder = new QWidget;
    m_complianceHolder->setObjectName(QStringLiteral("complianceArea"));
    (new QVBoxLayout(m_complianceHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_complianceHolder);
    m_auditHolder = new QWidget;
    m_auditHolder->setObjectName(QStringLiteral("auditArea"));
    (new QVBoxLayout(m_auditHolder))->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_auditHolder);
    // The window needs the room of the area it shows, not of its widest area.
    sizeToCurrentPage(m_pages);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1000});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_planLabel = new QLabel;
    m_planLabel->setTextFormat(Qt::PlainText);
    m_readOnlyLabel = new QLabel;
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setTextFormat(Qt::PlainText);
    // Shown while others' edits of a server plan cannot be taken (onOthersChangesRefused);
    // the reason in its tooltip and, clicked, in full.
    m_notCurrentButton = new QToolButton;
    m_notCurrentButton->setObjectName(QStringLiteral("notCurrentButton"));
    m_notCurrentButton->setAutoRaise(true);
    m_notCurrentButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_notCurrentButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_notCurrentButton->setText(tr("Others' changes not shown"));
    m_notCurrentButton->setVisible(false);
    connect(m_notCurrentButton, &QToolButton::clicked, this, [this] {
        m_dialogs->showWarning(this, tr("Others' Changes Not Shown"),
                               m_notCurrentButton->toolTip());
    });
    statusBar()->addPermanentWidget(m_notCurrentButton);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_planLabel);
}

void MainWindow::showArea(int row)
{
    if (!m_document) {
        m_pages->setCurrentIndex(WelcomePage);
        return;
    }
    static const Page pages[] = {DashboardPageIndex, ProcessesPageIndex,  ServicesPageIndex,
                                 MapPageIndex,       AnalysesPageIndex,   RunbooksPageIndex,
                                 ExercisesPageIndex, PeoplePageIndex,     IncidentsPageIndex,
                                 ChangesPageIndex,   CompliancePageIndex, AuditPageIndex};
    constexpr int last = int(std::size(pages)) - 1;
    m_pages->setCurrentIndex(pages[std::clamp(row, 0, last)]);
    applyInspectorForArea();
    fitNavigatorToRoom();
    // Ctrl+F searches the plan, except on the map, whose own Find it is.
    const QKeySequence search(Qt::CTRL | Qt::Key_K);
    m_searchAction->setShortcuts(pages[std::clamp(row, 0, last)] == MapPageIndex
                                     ? QList<QKeySequence>{search}
                                     : QList<QKeySequence>{search, QKeySequence::Find});
    updateActions(); // what File > Print Preview prints follows the area
}

// The inspector shows what the current area selects (a process, a service, a node on the
// map), or nothing; it is shown or hidden as the user left it in that area (remembered), by
// default only in the areas that select something it can show.
void MainWindow::applyInspectorForArea()
{
    if (!m_document || !m_inspector || m_presentationAction->isChecked())
        return;
    const QString area = currentAreaName();
    const bool selects = area == QLatin1String("processes") || area == QLatin1String("services") ||
                         area == QLatin1String("map");
    const bool visible = QSettings().value(QStringLiteral("inspector/") + area, selects).toBool();
    m_applyingInspector = true;
    m_inspectorDock->setVisible(visible);
    m_applyingInspector = false;
    if (area == QLatin1String("processes"))
        m_inspector->setNode(m_processView->currentId());
    else if (area == QLatin1String("services"))
        m_inspector->setNode(m_serviceView->currentId());
    else if (area == QLatin1String("map"))
        m_inspector->setNode(m_mapSelection.value(0));
    else
        m_inspector->setNode(QString());
}

void MainWindow::onSearch()
{
    if (!m_document)
        return;
    auto *search = new GlobalSearch(m_document->plan(), this);
    search->setAttribute(Qt::WA_DeleteOnClose);
    connect(search, &GlobalSearch::chosen, this,
            [this](GlobalSearch::Kind kind, const QString &id) { goTo(kind, id); });
    // Closed when the plan changes under it (it shows the plan it was opened on).
    connect(m_document.get(), &PlanDocument::changed, search, &QDialog::reject);
    connect(m_document.get(), &QObject::destroyed, search, &QDialog::reject);
    search->open();
}

void MainWindow::goTo(SearchKind kind, const QString &id)
{
    switch (kind) {
    case GlobalSearch::Kind::Process:
        showAreaNamed(QStringLiteral("processes"));
        m_processView->selectId(id);
        m_processView->setFocus();
        break;
    case GlobalSearch::Kind::Service:
        showAreaNamed(QStringLiteral("services"));
        m_servicesPage->showService(id);
        m_serviceView->setFocus();
        break;
    case GlobalSearch::Kind::Runbook:
        showAreaNamed(QStringLiteral("runbooks"));
        m_runbooksPage->showRunbook(id);
        break;
    case GlobalSearch::Kind::Exercise:
        showAreaNamed(QStringLiteral("exercises"));
        m_exercisesPage->showExercise(id);
        break;
    case GlobalSearch::Kind::Person:
        showAreaNamed(QStringLiteral("people"));
        m_peoplePage->showPerson(id);
        break;
    case GlobalSearch::Kind::Role:
        showAreaNamed(QStringLiteral("people"));
        m_peoplePage->showRole(id);
        break;
    case GlobalSearch::Kind::CallTree:
        showAreaNamed(QStringLiteral("people"));
        m_peoplePage->showCallTree(id);
        break;
    }
}

std::optional<std::pair<SearchKind, QString>> MainWindow::currentSelection() const
{
    if (!m_document)
        return std::nullopt;
    const QString area = currentAreaName();
    std::pair<SearchKind, QString> chosen;
    if (area == QLatin1String("processes"))
        chosen = {SearchKind::Process, m_processView->currentId()};
    else if (area == QLatin1String("services"))
        chosen = {SearchKind::Service, m_serviceView->currentId()};
    else if (area == QLatin1String("runbooks") && m_runbooksPage)
        chosen = {SearchKind::Runbook, m_runbooksPage->currentRunbook()};
    else if (area == QLatin1String("exercises") && m_exercisesPage)
        chosen = {SearchKind::Exercise, m_exercisesPage->currentExercise()};
    else if (area == QLatin1String("people") && m_peoplePage) {
        const QString kind = m_peoplePage->currentKind();
        chosen = {kind == QLatin1String("role")       ? SearchKind::Role
                  : kind == QLatin1String("callTree") ? SearchKind::CallTree
                                                      : SearchKind::Person,
                  m_peoplePage->currentId()};
    }
    if (chosen.second.isEmpty())
        return std::nullopt;
    return chosen;
}

bool MainWindow::showAreaNamed(const QString &name)
{
    const int row = int(areaNames().indexOf(name.toLower()));
    if (row < 0 || !m_document)
        return false;
    m_navigator->setCurrentRow(row);
    return true;
}

void MainWindow::showScenario(const QStringList &ids)
{
    if (!m_analysesPage)
        return;
    m_analysesPage->setScenario(ids);
    if (m_mapPage && !ids.isEmpty())
        m_mapPage->setColourMode(int(MapColourMode::Scenario));
    showAreaNamed(QStringLiteral("analyses"));
}

void MainWindow::draftRunbookFromAnalysis()
{
    const auto results = m_analysis ? m_analysis->results() : nullptr;
    if (!results || !results->graph || results->recovery.nodes.empty()) {
        statusBar()->showMessage(tr("Choose what fails first: a draft runbook follows the "
                                    "recovery of a scenario."),
                                 8000);
        return;
    }
    QStringList names;
    for (int node : results->cascade().scenario)
        names.append(results->graph->name(node));
    const QString title = tr("Recover from the loss of %1").arg(names.join(QStringLiteral(", ")));
    const Runbook draft =
        draftRunbookFromRecovery(results->plan, *results->graph, results->recovery,
                                 m_document->uniqueRunbookId(title), title);
    QString error;
    if (!m_document->addRunbook(draft, &error)) {
        m_dialogs->showError(this, tr("Draft Runbook"), error);
        return;
    }
    showAreaNamed(QStringLiteral("runbooks"));
    m_runbooksPage->showRunbook(draft.id);
    statusBar()->showMessage(tr("Drafted \"%1\" with %n step(s); write the instructions next.",
                                nullptr, int(draft.steps.size()))
                                 .arg(title),
                             8000);
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    closeWorkspace();
    m_document = std::move(document);
    m_transfer->setDocument(m_document.get());
    m_typingGuard->watch(m_document.get());
    noteTakenFromServer();
    m_notCurrentButton->setVisible(false);
    m_mapSelection.clear();
    if (m_document) {
        // Everything built on the document belongs to its workspace (DocumentWorkspace).
        m_workspace = std::make_unique<DocumentWorkspace>(m_document.get());
        DocumentWorkspace &w = *m_workspace;
        m_processModel = w.adopt(new ProcessTableModel(m_document.get()));
        m_serviceModel = w.adopt(new ServiceTableModel(m_document.get()));
        m_servicesPage->setDocument(m_document.get(), m_serviceModel);
        connect(m_processModel, &ProcessTableModel::editRefused, this, &MainWindow::onEditRefused);
        m_analysis = w.adopt(new AnalysisController(m_document.get()));
        m_inspector = w.adopt(new NodeInspector(m_document.get()));
        m_inspector->setDialogs(m_dialogs.get());
        // Owner columns complete over the plan's people and offer a new name as a new contact.
        for (auto [table, column] :
             {std::pair{m_processesPage->table(), int(ProcessTableModel::OwnerColumn)},
              std::pair{m_servicesPage->table(), int(ServiceTableModel::OwnerColumn)}}) {
            delete table->itemDelegateForColumn(column);
            table->setItemDelegateForColumn(
                column, new OwnerDelegate(m_document.get(), m_dialogs.get(), table));
        }
        m_inspectorDock->setWidget(m_inspector);
        resizeDocks({m_inspectorDock}, {440}, Qt::Horizontal);
        m_biaEditor = w.adopt(new BiaEditor(m_document.get()));
        connect(m_biaEditor, &BiaEditor::editRefused, this, &MainWindow::onEditRefused);
        m_processesPage->setDocument(m_document.get(), m_processModel, m_biaEditor);
        m_analysesPage = w.adopt(new AnalysesPage(m_document.get(), m_analysis));
        m_analysesPage->setDialogs(m_dialogs.get());
        connect(m_analysesPage, &AnalysesPage::reportFinished, this,
                [this](bool ok, const QString &message) {
                    if (ok)
                        statusBar()->showMessage(message, 8000);
                    else
                        m_dialogs->showError(this, tr("Export Failed"), message);
                });
        m_analysesHolder->layout()->addWidget(m_analysesPage);
        // The BIA report, the BCP and the findings review start from several areas: their
        // progress and Cancel show in the status bar, whatever area is shown.
        statusBar()->addPermanentWidget(m_analysesPage->exportBar());
        m_dashboard = w.adopt(new DashboardPage(m_document.get(), m_analysis));
        m_dashboardHolder->layout()->addWidget(m_dashboard);
        m_mapPage = w.adopt(new MapPage(m_document.get(), m_analysis, m_dialogs.get()));
        m_mapHolder->layout()->addWidget(m_mapPage);
        connect(m_mapPage, &MapPage::nodeSelectionChanged, this, [this](const QStringList &ids) {
            m_mapSelection = ids;
            if (m_inspector && !ids.isEmpty())
                m_inspector->setNode(ids.constFirst());
        });
        connect(m_mapPage, &MapPage::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(m_mapPage, &MapPage::failRequested, this, [this](const QStringList &ids) {
            // "Fail this" adds to the scenario the analyses show; the map colours follow.
            QStringList scenario = m_analysis->scenario();
            for (const QString &id : ids) {
                if (!scenario.contains(id))
                    scenario.append(id);
            }
            m_analysesPage->setScenario(scenario);
        });
        connect(m_mapPage, &MapPage::showInAnalysesRequested, this, &MainWindow::showScenario);
        m_runbooksPage = w.adopt(new RunbooksPage(m_document.get(), m_dialogs.get()));
        m_runbooksHolder->layout()->addWidget(m_runbooksPage);
        connect(m_runbooksPage, &RunbooksPage::statusMessage, statusBar(),
                &QStatusBar::showMessage);
        m_exercisesPage = w.adopt(new ExercisesPage(m_document.get(), m_dialogs.get(), m_analysis));
        m_exercisesHolder->layout()->addWidget(m_exercisesPage);
        connect(m_exercisesPage, &ExercisesPage::roomViewChanged, this, [this](bool console) {
            m_consoleForRoom = console;
            fitNavigatorToRoom();
        });
        m_exercisesPage->setPresentation(m_presentationAction->isChecked());
        m_peoplePage = w.adopt(new PeoplePage(m_document.get(), m_dialogs.get()));
        m_peopleHolder->layout()->addWidget(m_peoplePage);
        connect(m_peoplePage, &PeoplePage::statusMessage, statusBar(), &QStatusBar::showMessage);
        m_incidentsPage = w.adopt(new IncidentsPage(m_document.get(), m_dialogs.get()));
        m_incidentsHolder->layout()->addWidget(m_incidentsPage);
        connect(m_incidentsPage, &IncidentsPage::statusMessage, statusBar(),
                &QStatusBar::showMessage);
        m_changesPage = w.adopt(new ChangesPage(m_document.get(), m_dialogs.get()));
        m_changesHolder->layout()->addWidget(m_changesPage);
        connect(m_changesPage, &ChangesPage::statusMessage, statusBar(), &QStatusBar::showMessage);
        m_compliancePage = w.adopt(new CompliancePage(m_document.get(), m_dialogs.get()));
        m_complianceHolder->layout()->addWidget(m_compliancePage);
        connect(m_compliancePage, &CompliancePage::statusMessage, statusBar(),
                &QStatusBar::showMessage);
        m_auditPage = w.adopt(new AuditPage(m_document.get(), m_dialogs.get()));
        m_auditHolder->layout()->addWidget(m_auditPage);
        connect(m_auditPage, &AuditPage::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(m_analysesPage, &AnalysesPage::contactSheetRequested, m_peoplePage,
                &PeoplePage::askContactSheet);
        connect(m_exercisesPage, &ExercisesPage::statusMessage, statusBar(),
                &QStatusBar::showMessage);
        connect(m_analysesPage, &AnalysesPage::draftRunbookRequested, this,
                &MainWindow::draftRunbookFromAnalysis);
        connect(m_analysesPage, &AnalysesPage::showOnMapRequested, this,
                [this](const QStringList &ids) {
                    showAreaNamed(QStringLiteral("map"));
                    m_mapPage->showNodes(ids);
                });
        // "Analysing…" only where no other message is shown (what an import or a push-back
        // just did stays readable), and only it is cleared.
        connect(m_analysis, &AnalysisController::runningChanged, this, [this](bool running) {
            const QString analysing = tr("Analysing…");
            if (running && statusBar()->currentMessage().isEmpty())
                statusBar()->showMessage(analysing);
            else if (!running && statusBar()->currentMessage() == analysing)
                statusBar()->clearMessage();
        });
        QUndoStack *stack = m_document->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
        connect(m_document.get(), &PlanDocument::writeFailed, this, &MainWindow::onWriteFailed);
        connect(m_document.get(), &PlanDocument::filePathChanged, this,
                [this](const QString &path) {
                    addRecentFile(path);
                    updateTitle();
                    noteTakenFromServer(); // a server plan saved as a file goes back
                    updateActions();
                });
        connect(m_document.get(), &PlanDocument::changed, this, &MainWindow::onPlanChanged);
        connect(m_document.get(), &PlanDocument::othersChangesRefused, this,
                &MainWindow::onOthersChangesRefused);
        connect(m_document.get(), &PlanDocument::longWriteStarted, this, [this] {
            QApplication::setOverrideCursor(Qt::BusyCursor);
            statusBar()->showMessage(tr("Writing the plan to its file…"));
            updateActions();
        });
        connect(m_document.get(), &PlanDocument::longWriteFinished, this, [this] {
            QApplication::restoreOverrideCursor();
            statusBar()->clearMessage();
            updateActions();
        });
        m_navigator->setVisible(true);
        m_navigator->setCurrentRow(0);
        showArea(m_navigator->currentRow());
        addRecentFile(m_document->filePath());
        statusBar()->showMessage(tr("Opened %1").arg(shownPath(m_document->filePath())), 8000);
    } else {
        m_navigator->setVisible(false);
        m_pages->setCurrentIndex(WelcomePage);
    }
    updateTitle();
    updateActions();
}

QString MainWindow::currentAreaName() const
{
    const QStringList &names = areaNames();
    const int row = m_navigator->currentRow();
    return row >= 0 && row < names.size() ? names.at(row) : QString();
}

std::unique_ptr<MainWindow> MainWindow::reopenInLanguage(std::unique_ptr<MainWindow> window,
                                                         const QString &code)
{
    QString plan;
    QString area;
    std::optional<std::pair<SearchKind, QString>> selection;
    QRect geometry;
    if (window) {
        plan = window->m_document ? window->m_document->filePath() : QString();
        area = window->currentAreaName();
        selection = window->currentSelection();
        geometry = window->geometry();
        window.reset(); // closes the plan and frees its lock
    }
    Language::install(Language::resolve(code));
    auto next = std::make_unique<MainWindow>();
    if (geometry.isValid())
        next->setGeometry(geometry);
    if (!plan.isEmpty()) {
        MainWindow *window = next.get();
        next->openPlan(plan, [window, area, selection] {
            if (selection)
                window->goTo(selection->first, selection->second);
            else if (!area.isEmpty())
                window->showAreaNamed(area);
        });
    }
    return next;
}

void MainWindow::onCmdbImport()
{
    if (!m_document || m_document->isReadOnly())
        return;
    auto *wizard = new CmdbImportWizard(m_document.get(), m_dialogs.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CmdbImportWizard::imported, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 10000);
        else
            m_dialogs->showError(this, tr("Import from CMDB"), message);
    });
    wizard->open();
}

void MainWindow::onPlanChanged(const PlanChange &change)
{
    // The pages follow the document themselves, a whole-plan replacement (an import, its undo)
    // included; the window keeps its title.
    using E = PlanChange::Entity;
    using K = PlanChange::Kind;
    if (change.kind == K::AboutToBeRemoved)
        return;
    switch (change.entity) {
    case E::PlanName:
        updateTitle();
        break;
    case E::WholePlan:
        updateTitle();
        break;
    default:
        break;
    }
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Continuity"));
        setWindowFilePath(QString());
        m_planLabel->clear();
        m_readOnlyLabel->clear();
        return;
    }
    const QString name = m_document->plan().name.isEmpty() ? shortName(m_document->filePath())
                                                           : m_document->plan().name;
    QString title = tr("%1 — Continuity").arg(name);
    if (m_document->isReadOnly())
        title = tr("%1 [read-only] — Continuity").arg(name);
    setWindowTitle(title);
    setWindowFilePath(m_document->filePath());
    m_planLabel->setText(shownPath(m_document->filePath()));
    m_readOnlyLabel->setText(m_document->isReadOnly() ? tr("Read-only") : QString());
    m_readOnlyLabel->setToolTip(m_document->isReadOnly() ? m_document->readOnlyReason()
                                                         : QString());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    m_saveAsAction->setEnabled(open);
    m_addProcessAction->setEnabled(open && !m_document->isReadOnly());
    m_tierPolicyAction->setEnabled(open && !m_document->isReadOnly());
    m_cmdbImportAction->setEnabled(open && !m_document->isReadOnly());
    const bool transferring = m_transfer && m_transfer->isBusy();
    m_importJsonAction->setEnabled(open && !m_document->isReadOnly() && !transferring &&
                                   !m_document->isWriting());
    m_importVCardAction->setEnabled(m_importJsonAction->isEnabled());
    m_importSnowAction->setEnabled(m_importJsonAction->isEnabled());
    m_importSupplierAction->setEnabled(m_importJsonAction->isEnabled());
    m_importSnowChangesAction->setEnabled(m_importJsonAction->isEnabled());
    for (QAction *a : std::as_const(m_exportActions))
        a->setEnabled(open && !transferring);
    for (QAction *a : std::as_const(m_areaActions))
        a->setEnabled(open);
    m_searchAction->setEnabled(open);
    m_addServiceAction->setEnabled(open && !m_document->isReadOnly());
    m_removeServiceAction->setEnabled(open && !m_document->isReadOnly());
    m_removeProcessAction->setEnabled(open && !m_document->isReadOnly());
    m_snapshotAction->setEnabled(open);
    m_pushBackAction->setEnabled(open && m_takenFromServer && !m_document->isReadOnly() &&
                                 !m_document->isWriting());
    m_closeAction->setEnabled(open);
    // The map prints through its picture export; the people area through its contact sheet.
    const QString area = currentAreaName();
    m_printPreviewAction->setEnabled(open && area != QLatin1String("map") &&
                                     area != QLatin1String("people"));
    m_exportReportAction->setEnabled(open);
    m_continuityPlanAction->setEnabled(open);
    m_executiveReportAction->setEnabled(open);
    QUndoStack *stack = open ? m_document->undoStack() : m_emptyStack;
    // Every edit moves the stack: reports printed from now on carry the new audit head.
    ReportExportBar::setAuditHead(open ? m_document->auditHead().shortText() : QString());
    // Nothing moves the stack while the plan is being written in the background.
    const bool writing = open && m_document->isWriting();
    m_undoAction->setEnabled(stack->canUndo() && !writing);
    m_redoAction->setEnabled(stack->canRedo() && !writing);
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    if (m_undoToolAction) {
        m_undoToolAction->setEnabled(m_undoAction->isEnabled());
        m_redoToolAction->setEnabled(m_redoAction->isEnabled());
        m_undoToolAction->setToolTip(stack->canUndo() ? tr("Undo %1").arg(stack->undoText())
                                                      : tr("Nothing to undo"));
        m_redoToolAction->setToolTip(stack->canRedo() ? tr("Redo %1").arg(stack->redoText())
                                                      : tr("Nothing to redo"));
    }
}

namespace {
qint64 &backgroundOpenThreshold()
{
    // About 2,000 services with their dependencies: below it reading the plan takes a blink
    // (bench_window: a 5,000-service plan read on the window's thread held it for half a second).
    static qint64 bytes = 1024 * 1024;
    return bytes;
}
} // namespace

void MainWindow::setBackgroundOpenBytes(qint64 bytes)
{
    backgroundOpenThreshold() = bytes;
}

qint64 MainWindow::backgroundOpenBytes()
{
    return backgroundOpenThreshold();
}

bool MainWindow::openPlan(const QString &path, std::function<void()> then, const QString &password)
{
    const bool same = m_document && (isServerPlan(path) || isServerPlan(m_document->filePath())
                                         ? m_document->filePath() == shownPath(path)
                                         : QFileInfo(m_document->filePath()) == QFileInfo(path));
    if (same) {
        statusBar()->showMessage(tr("This plan is already open."), 5000);
        if (then)
            then();
        return true;
    }
    if (m_opening) {
        statusBar()->showMessage(tr("Another plan is being opened; wait for it or cancel it."),
                                 5000);
        return false;
    }
    QString error;
    if (!isServerPlan(path) && QFileInfo(path).size() < backgroundOpenThreshold()) {
        std::unique_ptr<PlanDocument> document = PlanDocument::open(path, &error);
        if (!document) {
            m_dialogs->showError(this, tr("Cannot Open Plan"), error);
            return false;
        }
        finishOpening(std::move(document), path);
        if (then)
            then();
        return true;
    }
    // A big plan or one on a server: its content is read on a worker; the window says so and
    // can cancel it.
    auto *opening = new QObject(this);
    const QString shown = shownPath(path);
    auto *progress = new QProgressDialog(tr("Opening %1…").arg(shown), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Opening Plan"));
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setValue(0); // starts the clock after which it shows
    connect(opening, &QObject::destroyed, progress, &QWidget::close);
    connect(progress, &QProgressDialog::canceled, this, [this, opening] {
        if (m_opening != opening)
            return;
        cancelOpening(); // closes the file and gives its lock back; the result is dropped
        statusBar()->showMessage(tr("Opening the plan was cancelled."), 5000);
        updateActions();
    });
    const bool started = PlanDocument::openInBackground(
        path, opening,
        [this, opening, path, then](std::unique_ptr<PlanDocument> document,
                                    const QString &message) {
            m_opening = nullptr;
            opening->deleteLater();
            if (!document) {
                m_dialogs->showError(this, tr("Cannot Open Plan"), message);
                updateActions();
                return;
            }
            finishOpening(std::move(document), path);
            if (then)
                then();
        },
        &error, password);
    if (!started) {
        delete opening;
        m_dialogs->showError(this, tr("Cannot Open Plan"), error);
        return false;
    }
    m_opening = opening;
    statusBar()->showMessage(tr("Opening %1…").arg(shown));
    updateActions();
    return true;
}

void MainWindow::cancelOpening()
{
    // Cleared first: closing the progress dialog with it says "canceled" once more.
    QObject *opening = std::exchange(m_opening, nullptr);
    delete opening; // its watcher and the file with it; the worker's result is dropped
}

void MainWindow::finishOpening(std::unique_ptr<PlanDocument> document, const QString &path)
{
    const bool readOnly = document->isReadOnly();
    const QString reason = document->readOnlyReason();
    const QString notice = document->file()->notice();
    setDocument(std::move(document));
    if (!notice.isEmpty())
        statusBar()->showMessage(notice, 10000);
    if (readOnly) {
        m_dialogs->showWarning(this, tr("Plan Opened Read-Only"),
                               tr("%1 is open read-only: %2").arg(shownPath(path), reason));
    }
}

bool MainWindow::newPlan(const QString &path)
{
    cancelOpening();
    QString error;
    std::unique_ptr<PlanDocument> document =
        PlanDocument::create(path, Plan::empty(QFileInfo(path).completeBaseName()), &error);
    if (!document) {
        m_dialogs->showError(this, tr("Cannot Create Plan"), error);
        return false;
    }
    setDocument(std::move(document));
    return true;
}

bool MainWindow::openSamplePlan()
{
    cancelOpening();
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    if (!sample) {
        m_dialogs->showError(this, tr("Cannot Open Sample Plan"), error);
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!QDir().mkpath(folder)) {
        m_dialogs->showError(
            this, tr("Cannot Open Sample Plan"),
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    // A fresh copy each time, never overwriting an earlier one that may hold workshop edits.
    QString path = QDir(folder).filePath(tr("Sample plan") + QStringLiteral(".continuity"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(tr("Sample plan (%1)").arg(n) + QStringLiteral(".continuity"));
    std::unique_ptr<PlanDocument> document = PlanDocument::create(path, *sample, &error);
    if (!document) {
        m_dialogs->showError(this, tr("Cannot Open Sample Plan"), error);
        return false;
    }
    setDocument(std::move(document));
    return true;
}

void MainWindow::onNew()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_dialogs->askSavePath(this, tr("New Plan"),
                                                QDir(folder).filePath(tr("New plan.continuity")));
    if (!path.isEmpty())
        newPlan(path);
}

void MainWindow::onOpen()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    for (const QString &recent : recentFiles()) {
        if (!isServerPlan(recent)) {
            folder = QFileInfo(recent).absolutePath();
            break;
        }
    }
    const QString path = m_dialogs->askOpenPath(this, folder);
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::onOpenFromServer()
{
    QString server = QSettings().value(QStringLiteral("lastServer")).toString();
    QString url;
    QString password;
    const bool chosen = m_dialogs->askServerPlan(this, &server, &url, &password);
    // The address is remembered (never a password: the URL given to libpq keeps none here
    // unless the user typed it into the address, which is then shown only without it).
    Server::ServerUrl parsed;
    QString ignored;
    if (Server::ServerUrl::parse(server, &parsed, &ignored))
        QSettings().setValue(QStringLiteral("lastServer"), parsed.display());
    if (!chosen)
        return;
    cancelOpening(); // a plan chosen here replaces one still being opened
    openPlan(url, {}, password);
}

void MainWindow::onSaveAs()
{
    if (!m_document)
        return;
    const QString path = m_dialogs->askSavePath(this, tr("Save Plan As"), m_document->filePath());
    if (path.isEmpty())
        return;
    QString error;
    if (!m_document->saveAs(path, &error))
        m_dialogs->showError(this, tr("Cannot Save Plan"), error);
    else
        statusBar()->showMessage(tr("Now working on %1").arg(QDir::toNativeSeparators(path)), 8000);
}

// Whether the open plan is a file taken from a server (server pull; Open from Server, then Save
// As), which File > Push Back sends back. Asked of the file when it is opened or renamed, not at
// every edit: nothing but a pull or a Save As gives a file its origin, and nothing takes it away.
void MainWindow::noteTakenFromServer()
{
    std::optional<Server::Origin> origin;
    QString ignored;
    m_takenFromServer =
        m_document && !isServerPlan(m_document->filePath()) &&
        Server::readOrigin(m_document->file()->database(), &origin, nullptr, &ignored) &&
        origin.has_value();
}

void MainWindow::onPushBack()
{
    if (!m_document || isServerPlan(m_document->filePath()))
        return;
    QString error;
    Server::PushBackInput input;
    if (!Server::pushBackInput(*m_document, &input, &error)) {
        m_dialogs->showError(this, tr("Cannot Push Back"), error);
        return;
    }
    Server::PushBackReport report;
    if (!m_dialogs->askPushBack(this, input, &report))
        return;
    if (!Server::takePushedBack(*m_document, input.origin, report, &error)) {
        m_dialogs->showError(this, tr("Cannot Push Back"), error);
        return;
    }
    statusBar()->showMessage(
        report.written
            ? tr("Pushed back to plan “%1”: %n change(s) written; this file now holds the "
                 "server's plan.",
                 nullptr, int(report.merge.taken.size()))
                  .arg(input.origin.plan)
            : tr("Nothing to push back; this file now holds the server's plan “%1”.")
                  .arg(input.origin.plan),
        10000);
    updateActions();
}

void MainWindow::onSnapshot()
{
    if (!m_document)
        return;
    const QFileInfo info(m_document->filePath());
    const QDir folder =
        isServerPlan(m_document->filePath())
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            : info.dir();
    const QString suggested =
        folder.filePath(shortName(m_document->filePath()) + QStringLiteral(" ") +
                        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm")) +
                        QStringLiteral(".continuity"));
    const QString path = m_dialogs->askSavePath(this, tr("Save Snapshot"), suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_document->snapshot(path, &error))
        m_dialogs->showError(this, tr("Cannot Save Snapshot"), error);
    else
        statusBar()->showMessage(tr("Snapshot written to %1").arg(QDir::toNativeSeparators(path)),
                                 8000);
}

void MainWindow::onAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Continuity"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Continuity %1</h3><p>A workbench for business continuity and "
                   "disaster-recovery planning.</p><p>Licence: GPL-3.0-or-later</p>"
                   "<p>Qt %2 · SQLite %3 · Graphviz %4 · plan format %5</p>")
                    .arg(QStringLiteral(CONTINUITY_VERSION), QString::fromLatin1(qVersion()),
                         PlanFile::sqliteVersion().toHtmlEscaped(),
                         graphvizVersion().toHtmlEscaped())
                    .arg(PlanFile::currentSchemaVersion()));
    box.exec();
}

void MainWindow::onEditRefused(const QString &message)
{
    // Not modal: the workshop goes on; the message stays in the status bar for a while.
    statusBar()->showMessage(message, 12000);
}

void MainWindow::onAddProcess()
{
    if (!m_document)
        return;
    // The name first: the process's id is made from it ("Take card payments" →
    // take-card-payments), the id every export and the command line use.
    const QString name =
        m_dialogs->askText(this, tr("Add Process"), tr("Name of the new business process:"), {})
            .trimmed();
    if (name.isEmpty())
        return;
    Process p;
    p.name = name;
    p.id = m_document->uniqueNodeId(p.name);
    QString error;
    if (!m_document->addProcess(p, &error)) {
        onEditRefused(error);
        return;
    }
    showAreaNamed(QStringLiteral("processes"));
    // Select it, ready for its owner and targets; its BIA is below.
    for (int row = 0; row < m_processView->model()->rowCount(); ++row) {
        const QModelIndex index = m_processView->model()->index(row, ProcessTableModel::NameColumn);
        if (index.data(IdTableModel::IdRole).toString() == p.id) {
            m_processView->setCurrentIndex(
                m_processView->model()->index(row, ProcessTableModel::OwnerColumn));
            m_processView->setFocus();
            break;
        }
    }
}

void MainWindow::onEditTierPolicy()
{
    if (!m_document)
        return;
    // Window-modal but not blocking: the workshop can still see the plan behind it.
    auto *dialog = new TierPolicyDialog(m_document->plan().tierPolicy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        TierPolicy policy;
        QString error;
        if (!dialog->policy(&policy, &error) || !m_document ||
            !m_document->setTierPolicy(policy, &error))
            m_dialogs->showError(this, tr("Tier Policy Not Changed"), error);
    });
    dialog->open();
}

void MainWindow::onPreferences()
{
    QList<QPair<QString, QString>> languages;
    for (const QString &code : Language::available())
        languages.append({code, Language::nativeName(code)});
    auto *dialog = new PreferencesDialog(
        languages, Language::preferred(),
        QSettings().value(QStringLiteral("user/displayName")).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings().setValue(QStringLiteral("user/displayName"), dialog->displayName());
        Audit::setDisplayName(dialog->displayName());
        const QString code = dialog->language();
        if (code == Language::preferred())
            return;
        Language::setPreferred(code);
        emit languageChosen(code);
    });
    dialog->open();
}

void MainWindow::setPresentationMode(bool on)
{
    if (m_presentationAction->isChecked() != on) {
        m_presentationAction->setChecked(on); // toggles back into this function
        return;
    }
    // One switch for the projector: the whole screen, text and rows at 150 %, and less chrome;
    // leaving it restores the window, its docks and toolbars exactly as they were.
    if (on) {
        m_normalFont = QApplication::font();
        m_normalRowHeight = m_processView->verticalHeader()->defaultSectionSize();
        m_normalLayout = saveState();
        m_normalWindowState = windowState();
    }
    QFont font = m_normalFont;
    if (on)
        font.setPointSizeF(m_normalFont.pointSizeF() * 1.5);
    QApplication::setFont(font);
    const int rowHeight = on ? m_normalRowHeight * 3 / 2 : m_normalRowHeight;
    for (QTableView *table : findChildren<QTableView *>())
        table->verticalHeader()->setDefaultSectionSize(rowHeight);
    // Column widths follow the new text size once the font change has reached the views, and
    // the area list stays as wide as its longest name.
    QTimer::singleShot(0, this, [this] {
        for (PlanTableView *table : {m_processView, m_serviceView})
            table->resizeColumnsToContents(); // the names' column stretches
        fitNavigator();
    });
    statusBar()->setVisible(!on || m_notCurrentButton->isVisibleTo(statusBar()));
    if (m_exercisesPage)
        m_exercisesPage->setPresentation(on);
    if (QToolBar *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolbar->setVisible(!on);
    // The room needs the plan, not the inspector; it comes back as it was.
    if (on) {
        m_applyingInspector = true;
        m_inspectorDock->hide();
        m_applyingInspector = false;
        showFullScreen();
    } else {
        setWindowState(m_normalWindowState);
        restoreState(m_normalLayout);
        // The inspector follows the area again, not the state saved with the layout.
        applyInspectorForArea();
    }
}

// In presentation mode the live console has the whole width (the step titles and services are
// what the room reads); the area list comes back with any other area or tab (Ctrl+1…9 work
// throughout).
void MainWindow::fitNavigatorToRoom()
{
    if (!m_document)
        return;
    const bool room = m_consoleForRoom && m_presentationAction->isChecked() &&
                      currentAreaName() == QLatin1String("exercises");
    m_navigator->setVisible(!room);
}

void MainWindow::fitNavigator()
{
    const int width = m_navigator->sizeHintForColumn(0) + 2 * m_navigator->frameWidth() +
                      m_navigator->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    m_navigator->setMinimumWidth(std::max(160, width));
}

void MainWindow::onAddService()
{
    if (!m_document)
        return;
    Service s;
    s.name = tr("New service");
    s.id = m_document->uniqueNodeId(s.name);
    QString error;
    if (!m_document->addService(s, &error)) {
        onEditRefused(error);
        return;
    }
    showAreaNamed(QStringLiteral("services"));
    for (int row = 0; row < m_serviceView->model()->rowCount(); ++row) {
        const QModelIndex index = m_serviceView->model()->index(row, 0);
        if (index.data(IdTableModel::IdRole).toString() == s.id) {
            m_serviceView->setCurrentIndex(index);
            break;
        }
    }
    // Name, kind and the rest are edited in the inspector.
    m_inspectorDock->show();
    if (auto *name = m_inspector->findChild<QLineEdit *>(QStringLiteral("inspectServiceName"))) {
        name->setFocus();
        name->selectAll();
    }
}

void MainWindow::onRemoveService()
{
    if (!m_document)
        return;
    const QString id = m_serviceView->currentId();
    QString error;
    if (!id.isEmpty() && !m_document->removeNode(id, &error))
        onEditRefused(error);
}

void MainWindow::onRemoveProcess()
{
    if (!m_document)
        return;
    const QString id = m_processView->currentId();
    QString error;
    if (!id.isEmpty() && !m_document->removeNode(id, &error))
        onEditRefused(error);
}

// Someone changed the server plan in a way the plan's rules refuse (with psql, say), or the
// server could not be read: the window keeps what it last read and says so with a warning in
// the status bar that stays until others' changes are taken again (shown in presentation mode
// too); the edits this window makes still go to the server.
void MainWindow::onOthersChangesRefused(const QString &message)
{
    m_notCurrentButton->setToolTip(message);
    m_notCurrentButton->setVisible(!message.isEmpty());
    if (m_presentationAction->isChecked())
        statusBar()->setVisible(!message.isEmpty());
    if (message.isEmpty())
        statusBar()->showMessage(tr("Others' changes are shown again."), 8000);
}

void MainWindow::onWriteFailed(const QString &message)
{
    const bool onServer = m_document && m_document->file()->isShared();
    m_dialogs->showError(this, tr("Change Not Saved"),
                         (onServer ? tr("The change was not written to the plan on the server, so "
                                        "it was not made.\n\n%1")
                                   : tr("The change could not be written to the plan file, so it "
                                        "was not made.\n\n%1"))
                             .arg(message));
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    // A plan on a server by its URL without a password.
    const QString absolute = isServerPlan(path) ? Server::ServerUrl::displayOf(path)
                                                : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(shortName(path)));
        action->setToolTip(shownPath(path));
        action->setStatusTip(shownPath(path));
        connect(action, &QAction::triggered, this, [this, path] { openPlan(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent Plans"), this, [this] {
            QSettings().remove(recentKey);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (m_recentList) {
        m_recentList->clear();
        for (const QString &path : files) {
            auto *item = new QListWidgetItem(
                isServerPlan(path) ? shortName(path) + QStringLiteral("  —  ") + shownPath(path)
                                   : QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                         QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            item->setData(Qt::UserRole, path);
            item->setToolTip(shownPath(path));
            m_recentList->addItem(item);
        }
        m_recentList->setMinimumWidth(480);
        m_recentList->setVisible(!files.isEmpty());
        m_recentHeading->setVisible(!files.isEmpty());
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, since tables, BIA grid and inspector share it.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
        resize(std::max(1024, available.width() * 9 / 10),
               std::max(700, available.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // The name the audit trail records beside the login (Edit > Preferences).
    Audit::setDisplayName(settings.value(QStringLiteral("user/displayName")).toString());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace Continuity
