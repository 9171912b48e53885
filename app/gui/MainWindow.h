// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchKind.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QToolButton;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace Continuity {

class DocumentWorkspace;
class TypingGuard;
class ServicesPage;
class ProcessesPage;

struct PlanChange;

class AnalysesPage;
class ExercisesPage;
class PeoplePage;
class IncidentsPage;
class ChangesPage;
class AuditPage;
class CompliancePage;
class RunbooksPage;
class MapPage;
class BiaEditor;
class DashboardPage;
class NodeInspector;
class AnalysisController;
class PlanDocument;
class PlanTableView;
class ProcessTableModel;
class ServiceTableModel;
class UserDialogs;

// The main window: one plan at a time, its areas in a navigator on the left, the File and
// Edit menus with new, open, sample, Save As, snapshots, recent files and undo/redo. Every
// edit is already in the file, so there is nothing to save on close. Owns its PlanDocument.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Tests replace the dialogs with a scripted seam; the window takes ownership.
    void setDialogs(std::unique_ptr<UserDialogs> dialogs);
    // File > Print Preview (preview) or Export Report as PDF: the report of the area shown.
    void printAreaReport(bool preview);

    // Opens a plan; `then` runs once it is the window's document. A plan file above
    // backgroundOpenBytes() is read on a worker thread (PlanDocument::openInBackground) while the
    // window shows that it is opening and stays usable; true when the plan is open or opening.
    // A plan on a server is always connected to and read on a worker. `password`: one typed
    // into Open from Server (kept in memory only).
    bool openPlan(const QString &path, std::function<void()> then = {},
                  const QString &password = QString());
    bool isOpening() const { return m_opening != nullptr; }
    // Tests set it to 0 to open every plan in the background.
    static void setBackgroundOpenBytes(qint64 bytes);
    static qint64 backgroundOpenBytes();
    bool newPlan(const QString &path);
    bool openSamplePlan();
    PlanDocument *document() const { return m_document.get(); }
    // Shows an item of the plan in its area, current in its table or list.
    void goTo(SearchKind kind, const QString &id);
    // What the current area has selected (a process, a runbook, a person, ...), if anything.
    std::optional<std::pair<SearchKind, QString>> currentSelection() const;
    QStringList recentFiles() const;
    // Shows an area by one of areaNames(); false if unknown.
    bool showAreaNamed(const QString &name);
    // The areas in the navigator's order, by the names --area, showAreaNamed() and the
    // settings use ("dashboard", "processes", ... "audit").
    static const QStringList &areaNames();
    // Fails these ids in the Analyses area (and shows it).
    void showScenario(const QStringList &ids);
    void draftRunbookFromAnalysis();
    // Text and rows at 150 % and less chrome, for a projector.
    void setPresentationMode(bool on);
    // The area shown, by the name showAreaNamed() takes.
    QString currentAreaName() const;

    // A language chosen in View > Language takes effect in a new window: this closes `window`
    // (its plan is written already), installs the language and opens a new window on the
    // same plan and area, with the same item selected. Used by main() and by tests.
    static std::unique_ptr<MainWindow> reopenInLanguage(std::unique_ptr<MainWindow> window,
                                                        const QString &code);

signals:
    // The user chose a language (empty: follow the system); the preference is saved already.
    void languageChosen(const QString &code);

private:
    // As wide as the longest area name at the current text size.
    void fitNavigator();
    void fitNavigatorToRoom();
    void createActions();
    void createMenus();
    void createCentralArea();
    void setDocument(std::unique_ptr<PlanDocument> document);
    void updateTitle();
    void updateActions();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void onNew();
    void onOpen();
    void onOpenFromServer();
    void onPushBack();
    void noteTakenFromServer();
    void onSaveAs();
    void onCmdbImport();
    void onPreferences();
    void onPlanChanged(const PlanChange &change);
    void closeWorkspace();
    void onSnapshot();
    void onAbout();
    void onWriteFailed(const QString &message);
    void onOthersChangesRefused(const QString &message);
    void onEditRefused(const QString &message);
    void onAddProcess();
    void onRemoveProcess();
    void onAddService();
    void onRemoveService();
    void onEditTierPolicy();
    void showArea(int row);
    void onSearch();
    void applyInspectorForArea();
    void readSettings();
    void writeSettings();

    void closeEvent(QCloseEvent *event) override;

    std::unique_ptr<UserDialogs> m_dialogs;
    // The open under way in the background: its watcher's owner, deleted to cancel it.
    QObject *m_opening = nullptr;
    void finishOpening(std::unique_ptr<PlanDocument> document, const QString &path);
    void cancelOpening();
    std::unique_ptr<PlanDocument> m_document;
    // After the document: destroyed before it (DocumentWorkspace). The pointers below point
    // into it and are null without a document.
    std::unique_ptr<DocumentWorkspace> m_workspace;
    ProcessTableModel *m_processModel = nullptr;
    ServiceTableModel *m_serviceModel = nullptr;
    AnalysisController *m_analysis = nullptr;
    AnalysesPage *m_analysesPage = nullptr;
    RunbooksPage *m_runbooksPage = nullptr;
    ExercisesPage *m_exercisesPage = nullptr;
    PeoplePage *m_peoplePage = nullptr;
    IncidentsPage *m_incidentsPage = nullptr;
    ChangesPage *m_changesPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    CompliancePage *m_compliancePage = nullptr;
    MapPage *m_mapPage = nullptr;
    QWidget *m_mapHolder = nullptr;
    QWidget *m_runbooksHolder = nullptr;
    QWidget *m_exercisesHolder = nullptr;
    QWidget *m_peopleHolder = nullptr;
    QWidget *m_incidentsHolder = nullptr;
    QWidget *m_changesHolder = nullptr;
    QWidget *m_auditHolder = nullptr;
    QWidget *m_complianceHolder = nullptr;
    DashboardPage *m_dashboard = nullptr;
    NodeInspector *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QWidget *m_dashboardHolder = nullptr;
    QWidget *m_analysesHolder = nullptr;

    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    bool m_consoleForRoom = false; // the exercises' live console shows in presentation mode
    QWidget *m_welcome = nullptr;
    PlanTableView *m_processView = nullptr; // the Processes page's table
    ProcessesPage *m_processesPage = nullptr;
    PlanTableView *m_serviceView = nullptr; // the Services page's table
    ServicesPage *m_servicesPage = nullptr;
    QLabel *m_recentHeading = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_processHeading = nullptr;
    QLabel *m_serviceHeading = nullptr;
    QLabel *m_planLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QToolButton *m_notCurrentButton = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openServerAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_cmdbImportAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_pushBackAction = nullptr;
    TypingGuard *m_typingGuard = nullptr;
    bool m_takenFromServer = false; // noteTakenFromServer()
    QAction *m_snapshotAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_importSnowAction = nullptr;
    QAction *m_importSupplierAction = nullptr;
    QAction *m_importSnowChangesAction = nullptr;
    QAction *m_importVCardAction = nullptr;
    QAction *m_importJsonAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_undoToolAction = nullptr; // the toolbar's, of a fixed text
    QAction *m_redoToolAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QList<QAction *> m_exportActions;
    QList<QAction *> m_areaActions;
    class PlanTransfer *m_transfer = nullptr;
    QAction *m_addProcessAction = nullptr;
    QAction *m_removeProcessAction = nullptr;
    QAction *m_tierPolicyAction = nullptr;
    QAction *m_addServiceAction = nullptr;
    QAction *m_removeServiceAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_mapOverviewAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_executiveReportAction = nullptr;
    QAction *m_continuityPlanAction = nullptr;
    QFont m_normalFont;
    QByteArray m_normalLayout;            // docks and toolbars before presentation mode
    Qt::WindowStates m_normalWindowState; // and the window's state
    int m_normalRowHeight = 0;
    bool m_applyingInspector = false; // the window, not the user, shows or hides it
    QStringList m_mapSelection;
    BiaEditor *m_biaEditor = nullptr;
    QMenu *m_recentMenu = nullptr;
    QUndoStack *m_emptyStack = nullptr;
};

} // namespace Continuity
