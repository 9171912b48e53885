// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, driven offscreen through its actions, with scripted dialogs.
#include "analysis/AnalysesPage.h"
#include "analysis/AvailabilityView.h"
#include "analysis/ExerciseResults.h"
#include "analysis/RunbookDraft.h"
#include "audit/AuditPage.h"
#include "bia/BiaEditor.h"
#include "changes/ChangeCalendar.h"
#include "changes/ChangesPage.h"
#include "changes/ChangeWindowsDialog.h"
#include "cmdb/CmdbImportWizard.h"
#include "compliance/CompliancePage.h"
#include "compliance/ContractDialogs.h"
#include "compliance/ContractsPanel.h"
#include "compliance/GovernanceDialogs.h"
#include "dialogs/ReportExportBar.h"
#include "dialogs/ReportPreview.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/Contacts.h"
#include "domain/DoraLists.h"
#include "domain/ExerciseLog.h"
#include "exercises/DrillConsole.h"
#include "exercises/ExerciseConsole.h"
#include "exercises/ExerciseFollowUpView.h"
#include "exercises/ExerciseResultsView.h"
#include "exercises/ExercisesPage.h"
#include "GlobalSearch.h"
#include "incidents/IncidentsPage.h"
#include "incidents/SloView.h"
#include "inspector/NodeInspector.h"
#include "io/CmdbMapping.h"
#include "io/EvidencePack.h"
#include "io/PlanJson.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/ExerciseStepsModel.h"
#include "itemmodels/RunbookStepsModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "map/MapPage.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "map/NodeItem.h"
#include "people/PeoplePage.h"
#include "people/PeoplePolicyDialog.h"
#include "runbooks/RunbooksPage.h"
#include "storage/PlanFile.h"
#include "tables/ChartLabels.h"
#include "tables/ElidingComboBox.h"
#include "tables/ElidingLabel.h"
#include "tables/PlanTableView.h"
#include "TestSupport.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFontInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>

#include <functional>
#include <QTimer>
#include <QUndoStack>
#include <QWizard>

using namespace Continuity;

namespace {

// Records what the window tells the user and answers its questions from a script.
// The words the window shows for a substitutability key.
QString displayNameOfSubstitutability(const QString &key)
{
    return DoraLists::labelOf(DoraLists::substitutabilities(), key);
}

class ScriptedDialogs : public UserDialogs
{
public:
    struct Log
    {
        QStringList errors;
        QStringList warnings;
        QStringList paths;         // answers to askOpenPath / askSavePath, in order
        QStringList confirmations; // what was asked
        QList<bool> answers;       // answers to confirm, in order (yes when none is left)
        QStringList questions;     // what choose asked
        QList<int> choices;        // answers to choose, in order (the last option when none)
    };
    explicit ScriptedDialogs(Log *log)
        : m_log(log)
    {}
    void showError(QWidget *, const QString &, const QString &message) override
    {
        m_log->errors.append(message);
    }
    void showWarning(QWidget *, const QString &, const QString &message) override
    {
        m_log->warnings.append(message);
    }
    QString askOpenPath(QWidget *, const QString &) override { return next(); }
    QString askSavePath(QWidget *, const QString &, const QString &) override { return next(); }
    QString askExportPath(QWidget *, const QString &, const QString &, const QString &) override
    {
        return next();
    }
    QString askText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return next();
    }
    QString askOpenFile(QWidget *, const QString &, const QString &) override { return next(); }
    bool confirm(QWidget *, const QString &, const QString &message, const QString &) override
    {
        m_log->confirmations.append(message);
        return m_log->answers.isEmpty() ? true : m_log->answers.takeFirst();
    }
    int choose(QWidget *, const QString &, const QString &message,
               const QStringList &options) override
    {
        m_log->questions.append(message);
        return m_log->choices.isEmpty() ? int(options.size()) - 1 : m_log->choices.takeFirst();
    }

    int chooseItem(QWidget *, const QString &, const QString &label, const QStringList &) override
    {
        m_log->questions.append(label);
        return m_log->choices.isEmpty() ? 0 : m_log->choices.takeFirst();
    }

private:
    QString next() { return m_log->paths.isEmpty() ? QString() : m_log->paths.takeFirst(); }
    Log *m_log;
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnTheWelcomePage();
    void aBigPlanOpensOffTheWindowThread();
    void importAndExportFromTheFileMenu();
    void eachAreaPrintsItsReport();
    void printPreviewPreparesAndPrintsOffTheWindowThread();
    void longChoicesAndCountsReadWhole();
    void areasByKeyboardAndHelp();
    void searchFindsAndGoesThere();
    void theInspectorFollowsTheArea();
    void aWholeExerciseByKeyboardAlone();
    void aCallTreeDrillRunsByKeyboard();
    void ownerFieldsCompleteAndCreateContacts();
    void everyAreaFitsAtBothScales();
    void tabMovesThroughFieldsInReadingOrder();
    void theToolbarDoesNotMoveAsTheUndoTextChanges();
    void peopleAreFoundEditedAndCalled();
    void incidentsAreRecordedAndReviewed();
    void changesAreAssessedAndMoved();
    void theAuditAreaShowsEveryEdit();
    void complianceShowsControlsAndTakesRecords();
    void contractsCommitmentsAndTheDoraRegister();
    void availabilityAndDoublePointsInTheAnalyses();
    void opensTheSamplePlan();
    void newOpenAndSaveAsThroughActions();
    void undoRedoActionsFollowTheDocument();
    void corruptFileShowsAnErrorAndKeepsCurrentPlan();
    void lockedPlanOpensReadOnlyWithAWarning();
    void recentFilesAreRemembered();
    void analysesAreaFailsASiteAndFollowsEdits();
    void workshopRatesABiaByKeyboard();
    void tableEditsAreCheckedAndUndoable();
    void servicesAreSearchedAndFiltered();
    void tierPolicyIsEditedAndReset();
    void presentationModeScalesText();
    void inspectorEditsServicesAndDependencies();
    void mapIsLaidOutFailsNodesAndShowsAnalysisRows();
    void runbooksAreEditedApprovedPrintedAndDrafted();
    void exerciseIsRunLiveAndSurvivesReopening();
    void cmdbWizardPreviewsImportsAndUndoes();
    void languageSwitchReopensTheWindowInThatLanguage();
    void everyPageFollowsEveryVerb();

private:
    QAction *action(const char *name)
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    int rows(const char *table)
    {
        auto *view = m_window->findChild<QTableView *>(QLatin1String(table));
        return view ? view->model()->rowCount() : -1;
    }
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs::Log m_log;
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContinuityTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::init()
{
    m_log = {};
    m_window = std::make_unique<MainWindow>();
    m_window->setDialogs(std::make_unique<ScriptedDialogs>(&m_log));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

void tst_MainWindow::startsOnTheWelcomePage()
{
    QVERIFY(!m_window->document());
    QWidget *welcome = m_window->findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome && welcome->isVisible());
    QVERIFY(!action("saveAsAction")->isEnabled());
    QVERIFY(!action("undoAction")->isEnabled());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("navigator"))->isVisible());
}

void tst_MainWindow::opensTheSamplePlan()
{
    action("sampleAction")->trigger();
    QVERIFY(m_window->document());
    QVERIFY(m_log.errors.isEmpty());
    QTRY_COMPARE(rows("processTable"), 14);
    QCOMPARE(rows("serviceTable"), m_window->document()->plan().services.size());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Northwind Pay")));
    // A plan opens on its dashboard.
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("dashboardPage"))->isVisible());
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("dashboardCounts"));
    QVERIFY2(counts->text().startsWith(QLatin1String("14 business processes")),
             qPrintable(counts->text()));
    auto *findings = m_window->findChild<QListWidget *>(QStringLiteral("topFindingsList"));
    QTRY_VERIFY(findings->count() > 0 &&
                findings->item(0)->text().startsWith(QLatin1String("Error:")));
    QVERIFY(m_window->showAreaNamed(QStringLiteral("processes")));
    QVERIFY(m_window->findChild<QTableView *>(QStringLiteral("processTable"))->isVisible());
    // A second sample is a fresh copy, not the first one overwritten.
    const QString first = m_window->document()->filePath();
    QVERIFY(m_window->openSamplePlan());
    QVERIFY(m_window->document()->filePath() != first);
    QVERIFY(QFile::exists(first));
}

void tst_MainWindow::newOpenAndSaveAsThroughActions()
{
    const QString created = m_dir.filePath(QStringLiteral("workshop.continuity"));
    m_log.paths = {created};
    action("newAction")->trigger();
    QVERIFY2(m_log.errors.isEmpty(), qPrintable(m_log.errors.join(QLatin1Char('\n'))));
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->filePath(), created);
    QCOMPARE(rows("processTable"), 0);
    // The dashboard says what is missing, and follows edits.
    auto *missing = m_window->findChild<QListWidget *>(QStringLiteral("missingBiaList"));
    QCOMPARE(missing->item(0)->text(), QStringLiteral("Every process has a BIA."));

    Process p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Run the shop");
    QVERIFY(m_window->document()->addProcess(p));
    QCOMPARE(rows("processTable"), 1);
    QTRY_COMPARE(missing->item(0)->text(), QStringLiteral("Run the shop"));

    const QString copy = m_dir.filePath(QStringLiteral("workshop-copy.continuity"));
    m_log.paths = {copy};
    action("saveAsAction")->trigger();
    QVERIFY(m_log.errors.isEmpty());
    QCOMPARE(m_window->document()->filePath(), copy);
    QCOMPARE(TestSupport::loadPlanFile(copy).processes.size(), 1);

    // Open the first file again through the Open action.
    m_log.paths = {created};
    action("openAction")->trigger();
    QCOMPARE(m_window->document()->filePath(), created);
    QCOMPARE(rows("processTable"), 1);

    // Creating over an existing file is refused with a message.
    m_log.paths = {created};
    m_window.get()->document(); // keep it open
    action("newAction")->trigger();
    QCOMPARE(m_log.errors.size(), 1);
    QVERIFY(m_log.errors.first().contains(QLatin1String("already exists")));
}

void tst_MainWindow::undoRedoActionsFollowTheDocument()
{
    const QString path = m_dir.filePath(QStringLiteral("undo.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    QVERIFY(!undo->isEnabled());
    QVERIFY(m_window->document()->setPlanName(QStringLiteral("Renamed in the window")));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QLatin1String("Rename plan")), qPrintable(undo->text()));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Renamed in the window")));
    undo->trigger();
    QCOMPARE(m_window->document()->plan().name, QStringLiteral("Small plan"));
    QCOMPARE(TestSupport::loadPlanFile(path).name, QStringLiteral("Small plan"));
    QVERIFY(redo->isEnabled());
    QVERIFY(redo->shortcuts().contains(QKeySequence(QKeySequence::Redo)));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    redo->trigger();
    QCOMPARE(m_window->document()->plan().name, QStringLiteral("Renamed in the window"));
}

// A plan above the window's threshold is read on a worker: openPlan returns at once, the window
// says it is opening, the document arrives later, read on another thread; cancelling leaves no
// document and gives the lock back; a file that fails the worker's checks says why.
void tst_MainWindow::aBigPlanOpensOffTheWindowThread()
{
    const qint64 threshold = MainWindow::backgroundOpenBytes();
    MainWindow::setBackgroundOpenBytes(0);
    const auto restore =
        qScopeGuard([threshold] { MainWindow::setBackgroundOpenBytes(threshold); });
    const QString path = m_dir.filePath(QStringLiteral("big-open.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));

    bool then = false;
    QVERIFY(m_window->openPlan(path, [&then] { then = true; }));
    QVERIFY(m_window->isOpening());
    QVERIFY(!m_window->document());
    QVERIFY(!then);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document() != nullptr, 20000);
    QVERIFY(then);
    QVERIFY(!m_window->isOpening());
    QVERIFY(m_window->document()->loadedOnThread() != QThread::currentThread());
    QCOMPARE(TestSupport::canonical(m_window->document()->plan()),
             TestSupport::canonical(TestSupport::smallPlan()));
    QVERIFY(!m_window->document()->isReadOnly());
    QVERIFY(m_log.errors.isEmpty());
    // Editable as any other: the edit is written through.
    QVERIFY(m_window->document()->setPlanName(QStringLiteral("Opened in the background")));
    QCOMPARE(TestSupport::loadPlanFile(path).name, QStringLiteral("Opened in the background"));

    // Cancelled: no document, and the file's lock is free again.
    const QString other = m_dir.filePath(QStringLiteral("big-cancelled.continuity"));
    QVERIFY(TestSupport::createPlanFile(other, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(other));
    QProgressDialog *progress = nullptr;
    for (QProgressDialog *p : m_window->findChildren<QProgressDialog *>()) {
        if (p->labelText().contains(QLatin1String("big-cancelled")))
            progress = p;
    }
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // as the user does: the dialog's Cancel button
    QTRY_VERIFY(!m_window->isOpening());
    QCOMPARE(QFileInfo(m_window->document()->filePath()).canonicalFilePath(),
             QFileInfo(path).canonicalFilePath());
    QTest::qWait(200); // the worker, if still reading, finishes and its result is dropped
    {
        auto again = PlanFile::open(other, OpenMode::ReadWrite, nullptr);
        QVERIFY(again && !again->isReadOnly());
    }

    // A value the worker's checks refuse: the window says so and keeps its plan.
    const QString bad = m_dir.filePath(QStringLiteral("big-bad.continuity"));
    QVERIFY(TestSupport::createPlanFile(bad, TestSupport::smallPlan()));
    QVERIFY(TestSupport::writeUnchecked(bad, QStringLiteral("UPDATE services SET tier = 7")) > 0);
    QVERIFY(m_window->openPlan(bad));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isOpening(), 20000);
    QCOMPARE(m_log.errors.size(), 1);
    QVERIFY2(m_log.errors.first().contains(QLatin1String("tier")),
             qPrintable(m_log.errors.first()));
    QCOMPARE(QFileInfo(m_window->document()->filePath()).canonicalFilePath(),
             QFileInfo(path).canonicalFilePath());
}

// File › Export writes the plan (JSON, CSV, DOT) on a worker; File › Import › Plan JSON
// replaces the content as one undo step; a malformed file is refused and changes nothing.
// File > Export Report as PDF writes the report of the area shown, in the background (#21 point
// 5): the findings review from the dashboard (here against an older copy of the plan), the
// scenario brief from the analyses while a scenario is failed.
void tst_MainWindow::eachAreaPrintsItsReport()
{
    QVERIFY(m_window->openSamplePlan());
    const QString older = m_dir.filePath(QStringLiteral("older.continuity"));
    QFile::remove(older);
    QVERIFY(QFile::copy(m_window->document()->filePath(), older));
    auto *analyses = m_window->findChild<AnalysesPage *>(QStringLiteral("analysesPage"));
    QVERIFY(analyses);

    QVERIFY(m_window->showAreaNamed(QStringLiteral("dashboard")));
    QVERIFY(action("printPreviewAction")->isEnabled());
    const QString review = m_dir.filePath(QStringLiteral("review.pdf"));
    QFile::remove(review);
    m_log.choices = {1}; // compare with an older copy
    m_log.paths = {older, review};
    action("exportReportAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!analyses->isExporting(), 30000);
    QVERIFY2(m_log.errors.isEmpty(), qPrintable(m_log.errors.join(u'\n')));
    QVERIFY(m_log.questions.last().contains(QLatin1String("older copy")));
    QVERIFY(TestSupport::readAll(review).startsWith("%PDF-"));

    // The analyses with Frankfurt failed: the scenario brief.
    QVERIFY(m_window->showAreaNamed(QStringLiteral("analyses")));
    analyses->setScenario({QStringLiteral("dc-fra")});
    const QString brief = m_dir.filePath(QStringLiteral("brief.pdf"));
    QFile::remove(brief);
    m_log.paths = {brief};
    action("exportReportAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!analyses->isExporting(), 30000);
    QVERIFY2(m_log.errors.isEmpty(), qPrintable(m_log.errors.join(u'\n')));
    QVERIFY(TestSupport::readAll(brief).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {brief, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QLatin1String("What fails: Frankfurt data centre (DC1)")),
                 qPrintable(words.left(300)));
        text.start(pdftotext, {review, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString reviewWords = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(reviewWords.contains(QLatin1String("Compared with older.continuity")));
        QVERIFY(reviewWords.contains(QLatin1String("0 new, 0 resolved")));
    }
    // The processes: the BIA report.
    QVERIFY(m_window->showAreaNamed(QStringLiteral("processes")));
    const QString bia = m_dir.filePath(QStringLiteral("bia.pdf"));
    QFile::remove(bia);
    m_log.paths = {bia};
    action("exportReportAction")->trigger();
    // Its progress shows in the status bar, though the Analyses area is not the one shown.
    QVERIFY(m_window->statusBar()->isAncestorOf(analyses->exportBar()));
    QVERIFY(analyses->exportBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!analyses->isExporting(), 30000);
    QVERIFY2(m_log.errors.isEmpty(), qPrintable(m_log.errors.join(u'\n')));
    QVERIFY(TestSupport::readAll(bia).startsWith("%PDF-"));
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {bia, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QLatin1String("Business impact analysis")) &&
                     words.contains(QLatin1String("BIAs that need attention")) &&
                     words.contains(QLatin1String("Sign-off by the process owner")),
                 qPrintable(words.left(300)));
    }
    // The business continuity plan from the File menu, as OpenDocument Text.
    const QString bcp = m_dir.filePath(QStringLiteral("bcp.odt"));
    QFile::remove(bcp);
    m_log.paths = {bcp};
    action("continuityPlanAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!analyses->isExporting(), 30000);
    QVERIFY2(m_log.errors.isEmpty(), qPrintable(m_log.errors.join(u'\n')));
    QVERIFY(TestSupport::readAll(bcp).startsWith("PK"));
    // The map prints through its picture export, not a print preview.
    QVERIFY(m_window->showAreaNamed(QStringLiteral("map")));
    QVERIFY(!action("printPreviewAction")->isEnabled());
    QVERIFY(action("exportReportAction")->isEnabled());
}

// File > Print Preview (#21 point 5): the window hands the report to a preview that builds and
// lays it out on a worker (the dialog is there at once, saying so, with Cancel), paints each
// page on a worker as it shows, keeps its page count steady while zooming, and prints on a
// worker with progress; what it prints is the report (read back from the PDF).
void tst_MainWindow::printPreviewPreparesAndPrintsOffTheWindowThread()
{
    QVERIFY(m_window->openSamplePlan());
    QVERIFY(m_window->showAreaNamed(QStringLiteral("processes")));
    action("printPreviewAction")->trigger();
    auto *preview = m_window->findChild<ReportPreview *>(QStringLiteral("reportPreview"));
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QVERIFY(preview->windowTitle().contains(QLatin1String("Business impact analysis")));
    // The trigger returned before the report was ready: it is prepared on a worker.
    QVERIFY(!preview->isReady() || preview->pageCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isReady(), 60000);
    QVERIFY(preview->statusText().isEmpty());
    const int pages = preview->pageCount();
    QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
    QCOMPARE(preview->currentPage(), 1);
    auto *painted = preview->findChild<QWidget *>(QStringLiteral("reportPreviewPages"));
    QVERIFY(painted);
    // The first page is painted on a worker and shown: not all white.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QImage shot = painted->grab(QRect(0, 0, painted->width(), 600)).toImage();
            int dark = 0;
            for (int y = 0; y < shot.height(); y += 3)
                for (int x = 0; x < shot.width(); x += 3)
                    dark += qGray(shot.pixel(x, y)) < 100;
            return dark > 200;
        }(),
        20000);
    const double zoom = preview->zoom();
    QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(preview->zoom() > zoom);
    QCOMPARE(preview->pageCount(), pages);

    // Printed to a PDF printer on a worker, every page.
    const QString pdf = m_dir.filePath(QStringLiteral("preview-printed.pdf"));
    QFile::remove(pdf);
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(pdf);
    printer->setFullPage(true);
    QSignalSpy printed(preview, &ReportPreview::printed);
    QVERIFY(preview->printTo(printer));
    QVERIFY(!preview->printTo(printer)); // one print at a time
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 60000);
    QVERIFY2(printed.first().at(0).toBool(), qPrintable(printed.first().at(1).toString()));
    // A second print reuses the progress row quietly.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("already in a layout")));
    auto again = std::make_shared<QPrinter>(QPrinter::HighResolution);
    again->setOutputFormat(QPrinter::PdfFormat);
    again->setOutputFileName(m_dir.filePath(QStringLiteral("preview-again.pdf")));
    QVERIFY(preview->printTo(again));
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 2, 60000);
    QVERIFY(printed.last().at(0).toBool());
    again.reset();
    printer.reset();
    QVERIFY(TestSupport::readAll(pdf).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QLatin1String("Business impact analysis")) &&
                     words.contains(QLatin1String("Authorise card payments")) &&
                     words.contains(QStringLiteral("Page %1 of %1").arg(pages)),
                 qPrintable(words.left(300)));
    }
    preview->close();
}

// #18 point 2: a long choice in a narrow combo box ends in "…" with its whole text in the
// tooltip (never clipped mid-letter); the map's hop count says "1 hop", "2 hops" and does not
// change its width as it counts.
void tst_MainWindow::longChoicesAndCountsReadWhole()
{
    ElidingComboBox box;
    const QString longChoice = QStringLiteral("Issuing instruments or acquiring payment "
                                              "transactions (x224)");
    box.addItem(QStringLiteral("Not a function"));
    box.addItem(longChoice);
    box.setToolTip(QStringLiteral("The licensed activity"));
    box.resize(140, box.sizeHint().height());
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY(!box.isElided());
    box.setCurrentIndex(1);
    QVERIFY(box.isElided());
    QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), box.mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(&box, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(longChoice));
    QVERIFY(QToolTip::text().contains(QLatin1String("The licensed activity")));
    QToolTip::hideText();
    box.resize(box.fontMetrics().horizontalAdvance(longChoice) + 80, box.height());
    QVERIFY(!box.isElided());

    QVERIFY(m_window->openSamplePlan());
    // English with its plural forms (the tests' window otherwise shows the source texts).
    m_window = MainWindow::reopenInLanguage(std::move(m_window), QStringLiteral("en"));
    m_window->setDialogs(std::make_unique<ScriptedDialogs>(&m_log));
    QTRY_VERIFY(m_window->document());
    QVERIFY(m_window->showAreaNamed(QStringLiteral("map")));
    auto *hops = m_window->findChild<QSpinBox *>(QStringLiteral("mapHops"));
    QVERIFY(hops);
    hops->setValue(1);
    QCOMPARE(hops->suffix(), QStringLiteral(" hop"));
    const int width = hops->width();
    hops->setValue(2);
    QCOMPARE(hops->suffix(), QStringLiteral(" hops"));
    QApplication::processEvents();
    QCOMPARE(hops->width(), width);
    hops->setValue(1);
}

void tst_MainWindow::importAndExportFromTheFileMenu()
{
    const QString path = m_dir.filePath(QStringLiteral("transfer.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    const QByteArray before = TestSupport::canonical(m_window->document()->plan());

    const QString json = m_dir.filePath(QStringLiteral("transfer.json"));
    m_log.paths = {json};
    QVERIFY(action("exportAction0")->isEnabled());
    action("exportAction0")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(json) && action("exportAction0")->isEnabled(),
                             20000);
    QStringList errors;
    std::optional<Plan> exported = PlanJson::read(TestSupport::readAll(json), &errors);
    QVERIFY2(exported, qPrintable(errors.join(u'\n')));
    QCOMPARE(TestSupport::canonical(*exported), before);

    const QString csv = m_dir.filePath(QStringLiteral("transfer-services.csv"));
    m_log.paths = {csv};
    action("exportAction1")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(csv) && action("exportAction1")->isEnabled(), 20000);
    QVERIFY(TestSupport::readAll(csv).startsWith("\xEF\xBB\xBFid,name"));
    const QString dot = m_dir.filePath(QStringLiteral("transfer.dot"));
    m_log.paths = {dot};
    action("exportAction4")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dot) && action("exportAction4")->isEnabled(), 20000);
    QVERIFY(TestSupport::readAll(dot).startsWith("digraph"));
    const QString openSlo = m_dir.filePath(QStringLiteral("transfer-slos.yaml"));
    m_log.paths = {openSlo};
    action("exportAction6")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(openSlo) && action("exportAction6")->isEnabled(),
                             20000);
    // The small plan has no SLOs: a file that says so, still YAML.
    QVERIFY(TestSupport::readAll(openSlo).startsWith("# OpenSLO v1"));
    QVERIFY(!TestSupport::readAll(openSlo).contains("kind: SLO"));

    // Incidents from a ServiceNow export: the columns mapped in a dialog; a bad row is named
    // and left out only when asked; one undo step.
    const QString snow = m_dir.filePath(QStringLiteral("incident.csv"));
    QVERIFY(TestSupport::writeAll(
        snow, "number,short_description,priority,opened_at,resolved_at,cmdb_ci\n"
              "INC0099001,Payments down,1 - Critical,2026-11-20 09:15:00,2026-11-20 10:15:00,"
              "pay-db\n"
              "INC0099002,Broken,urgent,2026-11-21 09:15:00,,\n"));
    const qsizetype incidentsBefore = m_window->document()->plan().incidents.size();
    m_log.paths = {snow};
    action("importSnowIncidentsAction")->trigger();
    auto *snowDialog = m_window->findChild<QDialog *>(QStringLiteral("snowIncidentMappingDialog"));
    QVERIFY(snowDialog && snowDialog->isVisible());
    QCOMPARE(snowDialog->findChild<QComboBox *>(QStringLiteral("snowColumn_configurationItem"))
                 ->currentText(),
             QStringLiteral("cmdb_ci"));
    m_log.answers = {true}; // skip the bad row
    m_log.confirmations.clear();
    snowDialog->accept();
    // Read on a worker, written in the background.
    QTRY_VERIFY(!m_log.confirmations.isEmpty());
    QVERIFY(m_log.confirmations.last().contains(QLatin1String("incident.csv:3")));
    QTRY_COMPARE(m_window->document()->plan().incidents.size(), incidentsBefore + 1);
    QTRY_VERIFY(!m_window->document()->isWriting());
    QCOMPARE(m_window->document()->plan().incidents.last().affected.first().node,
             QStringLiteral("pay-db"));
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->plan().incidents.size(), incidentsBefore);

    // Import: the exported plan renamed, as one undo step.
    exported->name = QStringLiteral("Imported from JSON");
    const QString renamed = m_dir.filePath(QStringLiteral("renamed.json"));
    QVERIFY(TestSupport::writeAll(renamed, PlanJson::write(*exported)));
    m_log.paths = {renamed};
    action("importJsonAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->plan().name,
                              QStringLiteral("Imported from JSON"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isWriting(), 20000);
    QCOMPARE(TestSupport::loadPlanFile(path).name, QStringLiteral("Imported from JSON"));
    QVERIFY2(m_window->document()->undoStack()->undoText().contains(QLatin1String("renamed.json")),
             qPrintable(m_window->document()->undoStack()->undoText()));
    m_window->document()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isWriting(), 20000);
    QCOMPARE(TestSupport::canonical(m_window->document()->plan()), before);

    // A malformed file: an error that names what is wrong, and the plan as it was.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(TestSupport::writeAll(broken, "{\"format\": \"continuity-plan\", \"version\": 1, "
                                          "\"services\": [{\"id\": 5}]}"));
    m_log.paths = {broken};
    action("importJsonAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_log.errors.size(), 1, 20000);
    QVERIFY2(m_log.errors.first().contains(QLatin1String("services[0]")),
             qPrintable(m_log.errors.first()));
    QCOMPARE(TestSupport::canonical(m_window->document()->plan()), before);
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)), before);
}

// Ctrl+1 ... Ctrl+7 move between the areas; Help lists every shortcut and shows the guide.
void tst_MainWindow::areasByKeyboardAndHelp()
{
    const QString path = m_dir.filePath(QStringLiteral("keys.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    auto *navigator = m_window->findChild<QListWidget *>(QStringLiteral("navigator"));
    for (int row = 8; row >= 1; --row) {
        QAction *area = action(qPrintable(QStringLiteral("areaAction%1").arg(row)));
        QVERIFY(area);
        QCOMPARE(area->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + row)));
        area->trigger();
        QCOMPARE(navigator->currentRow(), row - 1);
    }

    QStringList rows;
    QTimer::singleShot(100, [&rows] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        for (int r = 0; r < table->rowCount(); ++r)
            rows.append(table->item(r, 1)->text() + QLatin1Char('=') + table->item(r, 2)->text());
        dialog->reject();
    });
    action("shortcutsAction")->trigger();
    QVERIFY2(rows.contains(QStringLiteral("Undo=") +
                           QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
             qPrintable(rows.join(u'|')));
    QVERIFY2(rows.contains(QStringLiteral("Exercises=Ctrl+7")), qPrintable(rows.join(u'|')));
    QVERIFY2(rows.contains(QStringLiteral("Start the selected step=S")),
             qPrintable(rows.join(u'|')));

    QString guide;
    QTimer::singleShot(100, [&guide] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        guide = dialog->findChild<QTextBrowser *>(QStringLiteral("userGuide"))->toPlainText();
        dialog->reject();
    });
    action("guideAction")->trigger();
    QVERIFY2(guide.contains(QLatin1String("Presentation mode")), qPrintable(guide.left(200)));
}

// Ctrl+K (or Ctrl+F outside the map): type, Down, Enter, and the item is current in its area.
void tst_MainWindow::searchFindsAndGoesThere()
{
    const QString path = m_dir.filePath(QStringLiteral("search.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    QAction *search = action("searchAction");
    QVERIFY(search->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_K)));
    QVERIFY(search->shortcuts().contains(QKeySequence(QKeySequence::Find)));
    action("areaAction4")->trigger(); // the map: Ctrl+F is its own Find there
    QVERIFY(!search->shortcuts().contains(QKeySequence(QKeySequence::Find)));
    action("areaAction1")->trigger();

    // Names and ids that start with the text come first.
    const auto matches = GlobalSearch::find(m_window->document()->plan(), QStringLiteral("pay"));
    QVERIFY(matches.size() >= 3);
    QCOMPARE(matches.first().kind, SearchKind::Process); // "payments" starts with it

    search->trigger();
    auto *dialog = m_window->findChild<GlobalSearch *>(QStringLiteral("globalSearch"));
    QVERIFY(dialog && dialog->isVisible());
    auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("globalSearchText"));
    auto *results = dialog->findChild<QListWidget *>(QStringLiteral("globalSearchResults"));
    QTest::keyClicks(text, QStringLiteral("payment data"));
    QVERIFY(results->count() >= 1); // the name that starts with it first
    QVERIFY2(results->item(0)->text().contains(QLatin1String("pay-db")),
             qPrintable(results->item(0)->text()));
    QTest::keyClick(text, Qt::Key_Return);
    auto *navigator = m_window->findChild<QListWidget *>(QStringLiteral("navigator"));
    QCOMPARE(navigator->currentRow(), 2);
    QCOMPARE(m_window->findChild<PlanTableView *>(QStringLiteral("serviceTable"))->currentId(),
             QStringLiteral("pay-db"));

    // A service hidden by the Services area's search: shown all the same.
    m_window->findChild<QLineEdit *>(QStringLiteral("serviceSearch"))
        ->setText(QStringLiteral("zzz"));
    m_window->goTo(SearchKind::Service, QStringLiteral("dc1"));
    QCOMPARE(m_window->findChild<PlanTableView *>(QStringLiteral("serviceTable"))->currentId(),
             QStringLiteral("dc1"));
    m_window->goTo(SearchKind::Process, QStringLiteral("payroll"));
    QCOMPARE(navigator->currentRow(), 1);
    QCOMPARE(m_window->findChild<PlanTableView *>(QStringLiteral("processTable"))->currentId(),
             QStringLiteral("payroll"));
}

// The inspector shows what the area selects, or nothing; where it is shown is remembered per
// area (by default only where something can be selected for it).
void tst_MainWindow::theInspectorFollowsTheArea()
{
    QSettings().remove(QStringLiteral("inspector"));
    const QString path = m_dir.filePath(QStringLiteral("inspector-area.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    action("areaAction6")->trigger(); // runbooks: nothing to inspect
    QVERIFY(!dock->isVisible());
    m_window->goTo(SearchKind::Service, QStringLiteral("pay-db"));
    QVERIFY(dock->isVisible());
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("inspectServiceName"));
    QVERIFY(name && name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Payment database"));
    action("areaAction1")->trigger(); // the dashboard: hidden, and showing nothing
    QVERIFY(!dock->isVisible());
    QVERIFY(!name->isVisible());

    // Hidden by the user on Services: hidden there when coming back, shown on Processes.
    action("areaAction3")->trigger();
    QVERIFY(dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());
    action("areaAction2")->trigger();
    QVERIFY(dock->isVisible());
    action("areaAction3")->trigger();
    QVERIFY(!dock->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("inspector/services")).toBool(), false);
    QSettings().remove(QStringLiteral("inspector"));
}

// Issue 18: a coordinator runs a whole exercise from Declare Start to End by keyboard alone:
// the keys act on the steps after every action and dialog, the timeline shows the note and the
// correction as they are made, and End asks while steps are left and says what is kept.
void tst_MainWindow::aWholeExerciseByKeyboardAlone()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    Exercise drill;
    drill.id = QStringLiteral("kb-drill");
    drill.title = QStringLiteral("Keyboard drill");
    drill.date = QStringLiteral("2026-12-05");
    drill.type = ExerciseType::Simulation;
    drill.runbooks = {QStringLiteral("rb-ledger-db-failover")};
    QVERIFY(doc->addExercise(drill));
    QVERIFY(m_window->showAreaNamed(QStringLiteral("exercises")));
    auto *page = m_window->findChild<ExercisesPage *>(QStringLiteral("exercisesPage"));
    QDateTime now(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    page->setClock([&now] { return now; });
    page->showExercise(drill.id);
    page->showTab(ExercisesPage::ConsoleTab);
    ExerciseConsole *console = page->console();
    QTableView *steps = console->stepsView();
    QTRY_VERIFY(steps->hasFocus());
    auto key = [&](int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(k), mods);
    };
    auto exercise = [&] { return doc->exercise(drill.id); };

    key(Qt::Key_D); // Declare Start
    QVERIFY(exercise()->declaredAt);
    QVERIFY2(steps->hasFocus(), "after Declare Start the keys act on the steps");
    // Alt+B: who reports; Enter goes back to the steps.
    key(Qt::Key_B, Qt::AltModifier);
    QVERIFY(console->reporterEdit()->hasFocus());
    QTest::keyClicks(console->reporterEdit(), QStringLiteral("Ravi"));
    key(Qt::Key_Return);
    QVERIFY(steps->hasFocus());

    const int stepCount = steps->model()->rowCount();
    QVERIFY(stepCount >= 3);
    now = now.addSecs(60);
    key(Qt::Key_S);
    now = now.addSecs(300);
    key(Qt::Key_F);
    QCOMPARE(exercise()->log.size(), 1);
    QVERIFY(exercise()->log.first().finishedAt);
    QCOMPARE(exercise()->log.first().reportedBy, QStringLiteral("Ravi"));
    QCOMPARE(steps->currentIndex().row(), 1); // F moved on to the next step not done

    // A note through its dialog: the keys still work after it, and the timeline shows it.
    m_log.paths = {QStringLiteral("Bridge call opened")};
    key(Qt::Key_N);
    QVERIFY(exercise()->log.last().isNote());
    QVERIFY(steps->hasFocus());
    QListWidget *timeline = console->timelineView();
    QVERIFY(timeline->item(timeline->count() - 1)
                ->text()
                .contains(QLatin1String("Bridge call opened")));

    // A correction of the first step's finish (C on its row): time, then why.
    now = now.addSecs(60);
    steps->setCurrentIndex(steps->model()->index(0, ExerciseStepsModel::FinishedColumn));
    const QString corrected = QDateTime(QDate(2026, 12, 5), QTime(9, 5, 30), Qt::UTC)
                                  .toLocalTime()
                                  .toString(QStringLiteral("HH:mm:ss"));
    m_log.paths = {corrected, QStringLiteral("Reported late")};
    key(Qt::Key_C);
    QCOMPARE(exercise()->corrections.size(), 1);
    QVERIFY(steps->hasFocus());
    bool correctionShown = false;
    for (int i = 0; i < timeline->count(); ++i)
        correctionShown =
            correctionShown || timeline->item(i)->text().contains(QLatin1String("Reported late"));
    QVERIFY(correctionShown);

    // R: the service chosen in the standing table is back now, its measured RTO the clock.
    QTableWidget *standing = console->standingView();
    standing->setCurrentCell(0, 0);
    key(Qt::Key_R);
    QVERIFY(steps->hasFocus());
    QVERIFY(!exercise()->results.isEmpty());
    bool recorded = false;
    for (const ExerciseResult &r : exercise()->results)
        recorded = recorded || (r.measuredRtoHours && *r.measuredRtoHours > 0);
    QVERIFY(recorded);
    QTRY_VERIFY(standing->item(0, 3)->text().startsWith(QLatin1String("recovered")));

    // P pauses and resumes; the keys keep working.
    key(Qt::Key_P);
    QVERIFY(exerciseStatus(*exercise()) == ExerciseStatus::Paused);
    key(Qt::Key_P);
    QVERIFY(exerciseStatus(*exercise()) == ExerciseStatus::Running);
    QVERIFY(steps->hasFocus());

    // Start the next step, then try to end: asked, since steps are running and not started;
    // "no" keeps it running.
    steps->setCurrentIndex(steps->model()->index(1, ExerciseStepsModel::StepColumn));
    key(Qt::Key_S);
    m_log.answers = {false};
    key(Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_log.confirmations.size(), 1);
    QVERIFY2(m_log.confirmations.first().contains(QRegularExpression(
                 QStringLiteral("^1 step.* still running, \\d+ step.* not started"))),
             qPrintable(m_log.confirmations.first()));
    // The time it would record, as the console's clock and timeline write times (24 hours).
    QVERIFY2(m_log.confirmations.first().contains(
                 QRegularExpression(QStringLiteral("ended at \\d\\d:\\d\\d:\\d\\d \\("))),
             qPrintable(m_log.confirmations.first()));
    QVERIFY(!exercise()->endedAt);
    // Every step to the end by S and F, then Ctrl+E ends without a question.
    for (int i = 1; i < stepCount; ++i) {
        now = now.addSecs(120);
        if (i > 1)
            key(Qt::Key_S);
        now = now.addSecs(120);
        key(Qt::Key_F);
    }
    key(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(exercise()->endedAt);
    QCOMPARE(m_log.confirmations.size(), 1);
    QVERIFY(m_log.warnings.isEmpty());
    QCOMPARE(timeline->item(timeline->count() - 1)->text().contains(QLatin1String("Ended")), true);
    // All of it is in the file.
    const Plan onDisk = TestSupport::loadPlanFile(doc->filePath());
    const auto stored = std::find_if(onDisk.exercises.cbegin(), onDisk.exercises.cend(),
                                     [&](const Exercise &e) { return e.id == drill.id; });
    QVERIFY(stored != onDisk.exercises.cend());
    QCOMPARE(*stored, *exercise());
}

// Issue 18: the toolbar's Undo keeps its text and width; what it undoes is in its tooltip.
// A coordinator makes a call-tree drill on the Plan tab, runs it by keyboard in its live console
// (R, U, E with its dialog, N, Ctrl+E), sees a fallback take over an unreachable caller's
// people, applies a role's measured mobilisation in one undo step, and prints the report.
void tst_MainWindow::aCallTreeDrillRunsByKeyboard()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    QVERIFY(m_window->showAreaNamed(QStringLiteral("exercises")));
    auto *page = m_window->findChild<ExercisesPage *>(QStringLiteral("exercisesPage"));
    QDateTime now(QDate(2026, 12, 8), QTime(19, 0), Qt::UTC);
    page->setClock([&now] { return now; });
    m_log.paths = {QStringLiteral("Crisis call-out drill")};
    page->newExercise();
    const QString id = page->currentExercise();
    QVERIFY(!id.isEmpty());
    auto exercise = [&] { return doc->exercise(id); };
    // The type is chosen on the Plan tab: a drill calls the plan's first call tree until
    // another is chosen, and shows no runbooks.
    auto *type = page->findChild<QComboBox *>(QStringLiteral("exerciseType"));
    type->setCurrentIndex(type->findData(int(ExerciseType::CallTree)));
    emit type->activated(type->currentIndex());
    QVERIFY(exercise()->type == ExerciseType::CallTree);
    QCOMPARE(exercise()->callTree, QStringLiteral("crisis-team"));
    auto *trees = page->findChild<QComboBox *>(QStringLiteral("exerciseCallTree"));
    QVERIFY(!trees->isHidden() && trees->count() == 2);
    QVERIFY(page->findChild<QListWidget *>(QStringLiteral("exerciseRunbooks"))->isHidden());

    page->showTab(ExercisesPage::ConsoleTab);
    DrillConsole *console = page->drillConsole();
    QTRY_VERIFY(console->isVisible());
    QTableWidget *calls = console->callsView();
    QTRY_VERIFY(calls->hasFocus());
    QCOMPARE(calls->rowCount(), 9); // the tree as it would be called now
    auto key = [&](int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(k), mods);
    };
    key(Qt::Key_D);
    QVERIFY(exercise()->declaredAt);
    QCOMPARE(exercise()->drill.size(), 9);
    QVERIFY(!trees->isEnabled()); // the tree is fixed once called
    QVERIFY(calls->hasFocus());
    QCOMPARE(calls->currentRow(), 0);
    // The root confirms after a minute; R moves on to the next person waiting.
    now = now.addSecs(60);
    key(Qt::Key_R);
    QVERIFY(exercise()->drill.at(0).status == DrillStatus::Confirmed);
    QCOMPARE(calls->currentRow(), 1);
    // Hannah Brandt cannot be reached: her people are called by her fallback now.
    now = now.addSecs(120);
    key(Qt::Key_U);
    QVERIFY(exercise()->drill.at(1).status == DrillStatus::Unreachable);
    QCOMPARE(calls->item(2, 2)->text(),
             Contacts::displayName(doc->plan(), QStringLiteral("dana-weber")));
    // E: her number was wrong; the dialog leaves the keys on the calls.
    calls->setCurrentCell(1, 0);
    m_log.paths = {QStringLiteral("Mobile disconnected; new number from her deputy")};
    key(Qt::Key_E);
    QCOMPARE(exercise()->drill.at(1).note,
             QStringLiteral("Mobile disconnected; new number from her deputy"));
    QVERIFY(calls->hasFocus());
    // N: a note on the timeline.
    m_log.paths = {QStringLiteral("Bridge line opened")};
    key(Qt::Key_N);
    QVERIFY(exercise()->log.last().isNote());
    QVERIFY(calls->hasFocus());
    QListWidget *timeline = console->timelineView();
    bool noted = false;
    for (int i = 0; i < timeline->count(); ++i)
        noted = noted || timeline->item(i)->text().contains(QLatin1String("Bridge line opened"));
    QVERIFY(noted);
    // Everyone else confirms, one a minute.
    for (int row = 2; row < 9; ++row) {
        calls->setCurrentCell(row, 0);
        now = now.addSecs(60);
        key(Qt::Key_R);
    }
    QVERIFY(console->resultsLabel()->text().contains(QLatin1String("8 of 9 confirmed")));
    QVERIFY(console->resultsLabel()->text().contains(QLatin1String("T100 10 min")));
    // Ctrl+E ends without asking: nobody is waiting.
    key(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(m_log.confirmations.isEmpty());
    QVERIFY(exercise()->endedAt);
    QVERIFY(exerciseStatus(*exercise()) == ExerciseStatus::Ended);

    // Security's two members confirmed: apply their time to the role, then undo it.
    QTableWidget *mobilisation = console->mobilisationView();
    int security = -1;
    for (int row = 0; row < mobilisation->rowCount(); ++row) {
        if (mobilisation->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("security"))
            security = row;
    }
    QVERIFY(security >= 0);
    mobilisation->setCurrentCell(security, 0);
    const std::optional<double> before =
        Contacts::role(doc->plan(), QStringLiteral("security"))->mobilisationHours;
    console->applyMobilisation();
    const std::optional<double> applied =
        Contacts::role(doc->plan(), QStringLiteral("security"))->mobilisationHours;
    QVERIFY(applied && *applied > 0 && applied != before);
    QVERIFY(doc->undoStack()->undoText().size() > 0);
    doc->undoStack()->undo();
    QCOMPARE(Contacts::role(doc->plan(), QStringLiteral("security"))->mobilisationHours, before);

    // The drill's report prints from the Exercises area.
    const QString pdf = m_dir.filePath(QStringLiteral("drill.pdf"));
    QVERIFY(page->exportPdf(pdf));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 20000);
    QVERIFY(QFileInfo(pdf).size() > 0);

    // On the dashboard a drill is told in people reached, not in services restored.
    QVERIFY(m_window->showAreaNamed(QStringLiteral("dashboard")));
    auto *latest = m_window->findChild<QLabel *>(QStringLiteral("latestExercise"));
    QTRY_VERIFY2(latest->text().contains(QLatin1String("people confirmed within the target")),
                 qPrintable(latest->text()));
    QVERIFY(!latest->text().contains(QLatin1String("services met")));
}

// Owner fields complete over the plan's persons and roles, and a name that is neither becomes
// a new person or role when the planner says so, or stays text: a runbook step's owner cell, the
// inspector's process owner, an action's owner.
void tst_MainWindow::ownerFieldsCompleteAndCreateContacts()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    QVERIFY(m_window->showAreaNamed(QStringLiteral("runbooks")));
    auto *page = m_window->findChild<RunbooksPage *>(QStringLiteral("runbooksPage"));
    page->showRunbook(QStringLiteral("rb-ledger-db-failover"));
    auto *steps = page->findChild<QTableView *>(QStringLiteral("runbookSteps"));
    QVERIFY(steps);
    const QModelIndex owner = steps->model()->index(0, RunbookStepsModel::Owner);
    auto stepOwner = [&] {
        return doc->runbook(QStringLiteral("rb-ledger-db-failover"))->steps.constFirst().owner;
    };
    auto editOwner = [&](const QString &text) {
        steps->setCurrentIndex(owner);
        steps->edit(owner);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        // The completer offers the plan's people by any part of their name.
        QVERIFY(editor->completer());
        editor->completer()->setCompletionPrefix(QStringLiteral("weber"));
        QStringList offered;
        for (int i = 0; i < editor->completer()->completionCount(); ++i) {
            editor->completer()->setCurrentRow(i);
            offered.append(editor->completer()->currentCompletion());
        }
        QVERIFY2(offered.contains(QStringLiteral("Dana Weber")), qPrintable(offered.join(u',')));
        editor->setText(text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits from the event loop.
        QTRY_VERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()) ||
                    QApplication::focusWidget() != editor);
    };
    // A new name, added as a person: two undo steps (the person, the owner).
    const int before = doc->undoStack()->count();
    m_log.choices = {0};
    editOwner(QStringLiteral("Ola Nordmann"));
    QCOMPARE(m_log.questions.size(), 1);
    QVERIFY(m_log.questions.first().contains(QLatin1String("\"Ola Nordmann\" is not a person")));
    QVERIFY(doc->person(QStringLiteral("ola-nordmann")));
    QCOMPARE(stepOwner(), QStringLiteral("ola-nordmann"));
    QCOMPARE(doc->undoStack()->count(), before + 2);
    // A name of the plan is taken without a question.
    editOwner(QStringLiteral("dana weber"));
    QCOMPARE(stepOwner(), QStringLiteral("dana-weber"));
    QCOMPARE(m_log.questions.size(), 1);
    // Kept as text when the planner says so.
    m_log.choices = {2};
    editOwner(QStringLiteral("Night shift"));
    QCOMPARE(stepOwner(), QStringLiteral("Night shift"));
    QVERIFY(!doc->person(QStringLiteral("night-shift")) &&
            !doc->role(QStringLiteral("night-shift")));

    // The inspector's process owner: a new role.
    const QString process = doc->plan().processes.constFirst().id;
    m_window->goTo(SearchKind::Process, process);
    auto *processOwner = m_window->findChild<QLineEdit *>(QStringLiteral("inspectProcessOwner"));
    QTRY_VERIFY(processOwner && processOwner->isVisible());
    m_log.choices = {1};
    processOwner->setText(QStringLiteral("Treasury desk"));
    emit processOwner->editingFinished();
    QVERIFY(doc->role(QStringLiteral("treasury-desk")));
    QCOMPARE(doc->process(process)->owner, QStringLiteral("treasury-desk"));
    // Editing another field of it asks nothing again.
    const int asked = int(m_log.questions.size());
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("inspectProcessName"));
    name->setText(name->text() + QStringLiteral(" (renamed)"));
    emit name->editingFinished();
    QCOMPARE(m_log.questions.size(), asked);
    QCOMPARE(doc->process(process)->owner, QStringLiteral("treasury-desk"));
}

namespace {

// What a user would see cut: a label's text wider than the label (unless it wraps or elides on
// purpose with its full text in the tooltip), a button's text wider than the button, a table's
// header text wider than its column, a column that starts beyond the table's viewport, and a
// widget that reaches out of its parent (not inside a scroll area).
QStringList layoutProblems(QWidget *root)
{
    QStringList problems;
    auto name = [](const QWidget *w) {
        QString path;
        for (const QWidget *at = w; at; at = at->parentWidget()) {
            if (!at->objectName().isEmpty()) {
                path = at->objectName();
                break;
            }
        }
        return QStringLiteral("%1 (%2 in %3)")
            .arg(QString::fromLatin1(w->metaObject()->className()),
                 w->objectName().isEmpty() ? QStringLiteral("-") : w->objectName(), path);
    };
    auto insideScrollArea = [](const QWidget *w) {
        for (const QWidget *at = w->parentWidget(); at; at = at->parentWidget()) {
            if (qobject_cast<const QAbstractScrollArea *>(at))
                return true;
        }
        return false;
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 1 || w->height() <= 1)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            // An ElidingLabel ends a long text in "…" on purpose, the whole in its tooltip.
            if (!qobject_cast<ElidingLabel *>(label) && !label->wordWrap() &&
                label->textFormat() != Qt::RichText && !text.isEmpty() &&
                !Qt::mightBeRichText(text) && !text.contains(QLatin1Char('\n')) &&
                label->pixmap().isNull() && !insideScrollArea(label)) {
                const int needed =
                    label->fontMetrics().horizontalAdvance(QString(text).remove(QLatin1Char('&')));
                if (needed > label->contentsRect().width() + 2)
                    problems.append(QStringLiteral("label cut: %1 \"%2\" needs %3 px, has %4")
                                        .arg(name(label), text)
                                        .arg(needed)
                                        .arg(label->contentsRect().width()));
            }
        } else if (auto *button = qobject_cast<QPushButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 2)
                problems.append(QStringLiteral("button cut: %1 \"%2\" needs %3 px, has %4")
                                    .arg(name(button), button->text())
                                    .arg(button->sizeHint().width())
                                    .arg(button->width()));
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // A drop-down's current choice drawn cut mid-letter (ElidingComboBox shortens it
            // with "…" and shows the whole in its tooltip).
            auto *eliding = qobject_cast<ElidingComboBox *>(combo);
            if (!combo->isEditable() && !eliding && !combo->currentText().isEmpty()) {
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = false;
                option.currentText = combo->currentText();
                option.currentIcon = combo->itemIcon(combo->currentIndex());
                option.iconSize = combo->iconSize();
                const QRect room = combo->style()->subControlRect(
                    QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                const int iconRoom = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
                const int needed =
                    combo->fontMetrics().horizontalAdvance(combo->currentText()) + iconRoom;
                if (needed > room.width())
                    problems.append(QStringLiteral("drop-down cut: %1 \"%2\" needs %3 px, has %4")
                                        .arg(name(combo), combo->currentText())
                                        .arg(needed)
                                        .arg(room.width()));
            }
        } else if (auto *list = qobject_cast<QListView *>(w);
                   list && list->wordWrap() && list->model() && !list->isWrapping()) {
            // A wrapped list item whose last line falls off its row. A list that lays its items
            // out again as it resizes does so from a timer: that layout is done first.
            if (list->resizeMode() == QListView::Adjust)
                list->doItemsLayout();
            const int width = list->viewport()->width();
            for (int r = 0; r < list->model()->rowCount(list->rootIndex()); ++r) {
                const QModelIndex index =
                    list->model()->index(r, list->modelColumn(), list->rootIndex());
                const QRect row = list->visualRect(index);
                if (row.isEmpty() || row.bottom() < 0 || row.top() > list->viewport()->height())
                    continue;
                const QString text = index.data(Qt::DisplayRole).toString();
                QFont font = list->font();
                if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                    font = f.value<QFont>();
                const QRect needed = QFontMetrics(font).boundingRect(
                    QRect(0, 0, std::min(width, row.width()) - 12, 100000), Qt::TextWordWrap, text);
                if (needed.height() > row.height())
                    problems.append(QStringLiteral("list item cut: %1 row %2 \"%3\" needs %4 px "
                                                   "high, has %5")
                                        .arg(name(list))
                                        .arg(r)
                                        .arg(text.left(40))
                                        .arg(needed.height())
                                        .arg(row.height()));
            }
        } else if (auto *view = qobject_cast<QTableView *>(w)) {
            QHeaderView *header = view->horizontalHeader();
            if (!header->isVisible() || !view->model())
                continue;
            const int viewport = view->viewport()->width();
            for (int c = 0; c < header->count(); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                const int left = header->sectionPosition(c);
                if (left >= viewport)
                    problems.append(
                        QStringLiteral("column beyond the viewport: %1 column %2 "
                                       "\"%3\" starts at %4 of %5 px")
                            .arg(name(view))
                            .arg(c)
                            .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                            .arg(left)
                            .arg(viewport));
                const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
                int needed = 0;
                for (const QString &line : title.split(QLatin1Char('\n')))
                    needed = std::max(needed, header->fontMetrics().horizontalAdvance(line) + 8);
                // A stretching column too: squeezed below its title, it is cut like any other.
                if (!title.isEmpty() && header->sectionSize(c) < needed)
                    problems.append(QStringLiteral("header cut: %1 column %2 \"%3\" needs %4 px, "
                                                   "has %5")
                                        .arg(name(view))
                                        .arg(c)
                                        .arg(title)
                                        .arg(needed)
                                        .arg(header->sectionSize(c)));
            }
        }
        // A chart axis that cuts its labels short with "..." (names are elided by us, with the
        // full name in a tooltip, never by the axis).
        if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
            for (QAbstractAxis *axis : chartView->chart()->axes()) {
                if (axis->truncateLabels())
                    problems.append(QStringLiteral("chart axis cuts its labels: %1 \"%2\"")
                                        .arg(name(chartView), chartView->chart()->title()));
            }
        }
        // A scroll area that never scrolls sideways cuts what is wider than it.
        if (auto *scroll = qobject_cast<QScrollArea *>(w);
            scroll && scroll->widget() && scroll->widgetResizable() &&
            scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
            scroll->widget()->minimumSizeHint().width() > scroll->viewport()->width() + 2)
            problems.append(QStringLiteral("cut by its scroll area: %1 needs %2 px, has %3")
                                .arg(name(scroll))
                                .arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width()));
        // A toolbar whose buttons do not all fit shows its extension (») button.
        if (w->objectName() == QLatin1String("qt_toolbarext_button"))
            problems.append(QStringLiteral("toolbar overflows: %1").arg(name(w->parentWidget())));
        QWidget *parent = w->parentWidget();
        if (parent && !w->isWindow() && !insideScrollArea(w) &&
            !parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()) &&
            !qobject_cast<QAbstractScrollArea *>(parent) && !w->inherits("QScrollBar") &&
            !w->inherits("QTabBar") && !w->inherits("QToolBarExtension"))
            problems.append(QStringLiteral("out of its parent: %1 at %2,%3 %4x%5 in %6x%7")
                                .arg(name(w))
                                .arg(w->x())
                                .arg(w->y())
                                .arg(w->width())
                                .arg(w->height())
                                .arg(parent->width())
                                .arg(parent->height()));
    }
    return problems;
}

} // namespace

// Tab goes through a form's fields in the order they are read: top to bottom, and left to right
// on one row (#18 point 7): the inspector's process and service, an exercise's plan, a person.
void tst_MainWindow::tabMovesThroughFieldsInReadingOrder()
{
    QVERIFY(m_window->openSamplePlan());
    m_window->resize(1600, 1000);
    // From `first`, Tab through every field inside `form`; each must not come before the one
    // before it on the screen.
    auto walk = [&](QWidget *form, QWidget *first) -> QString {
        first->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QWidget *previous = first;
        QStringList order{first->objectName()};
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || !form->isAncestorOf(now) || now == first)
                break;
            if (now == previous)
                continue; // a date's day, month and year: one field
            const QPoint a = previous->mapTo(m_window.get(), QPoint(0, 0));
            const QPoint b = now->mapTo(m_window.get(), QPoint(0, 0));
            const bool sameRow =
                std::abs(a.y() - b.y()) < std::min(previous->height(), now->height()) / 2 + 4;
            if (sameRow ? b.x() < a.x() : b.y() < a.y())
                return QStringLiteral("%1 after %2 (%3)")
                    .arg(now->objectName(), previous->objectName(), order.join(u','));
            order.append(now->objectName());
            previous = now;
        }
        return {};
    };
    const QString process = m_window->document()->plan().processes.constFirst().id;
    m_window->goTo(SearchKind::Process, process);
    auto *inspector = m_window->findChild<QWidget *>(QStringLiteral("inspector"));
    QTRY_VERIFY(inspector && inspector->isVisible());
    auto *processName = inspector->findChild<QLineEdit *>(QStringLiteral("inspectProcessName"));
    QTRY_VERIFY(processName->isVisible());
    // A name longer than its field shows from its start (#18 point 2).
    QCOMPARE(processName->cursorPosition(), 0);
    QCOMPARE(walk(processName->parentWidget(), processName), QString());
    m_window->goTo(SearchKind::Service, QStringLiteral("db-ledger"));
    auto *serviceName = inspector->findChild<QLineEdit *>(QStringLiteral("inspectServiceName"));
    QTRY_VERIFY(serviceName->isVisible());
    QCOMPARE(walk(serviceName->parentWidget(), serviceName), QString());
    m_window->goTo(SearchKind::Exercise, QStringLiteral("ex-2026-12-cardnet"));
    auto *exerciseTitle = m_window->findChild<QLineEdit *>(QStringLiteral("exerciseTitle"));
    QTRY_VERIFY(exerciseTitle->isVisible());
    QCOMPARE(walk(exerciseTitle->parentWidget(), exerciseTitle), QString());
    m_window->goTo(SearchKind::Person, QStringLiteral("dana-weber"));
    auto *personName = m_window->findChild<QLineEdit *>(QStringLiteral("personName"));
    QTRY_VERIFY(personName->isVisible());
    QCOMPARE(walk(personName->parentWidget(), personName), QString());
}

// Every area and each of its tabs, at 100 % and at presentation scale, in a 1600 × 1000 window,
// in English, German and French: nothing cut, nothing out of place (#18 point 2).
void tst_MainWindow::everyAreaFitsAtBothScales()
{
    QVERIFY(m_window->openSamplePlan());
    QStringList problems;
    QString language;
    auto walk = [&](const QString &scale_) {
        const QString scale = language + QLatin1Char(' ') + scale_;
        for (const QString &area :
             {QStringLiteral("dashboard"), QStringLiteral("processes"), QStringLiteral("services"),
              QStringLiteral("map"), QStringLiteral("analyses"), QStringLiteral("runbooks"),
              QStringLiteral("exercises"), QStringLiteral("people"), QStringLiteral("incidents"),
              QStringLiteral("changes"), QStringLiteral("compliance"), QStringLiteral("audit")}) {
            QVERIFY(m_window->showAreaNamed(area));
            QApplication::processEvents();
            QTest::qWait(50);
            QList<QTabWidget *> tabs;
            for (QTabWidget *t : m_window->findChildren<QTabWidget *>()) {
                if (t->isVisible())
                    tabs.append(t);
            }
            const auto check = [&](const QString &where) {
                QApplication::processEvents();
                // The window fits the screen: nothing it needs is off the edge.
                const QSize needed = m_window->minimumSizeHint();
                const QRect screen = m_window->screen()->availableGeometry();
                if (needed.width() > screen.width() || needed.height() > screen.height())
                    problems.append(scale + QLatin1Char(' ') + where +
                                    QStringLiteral(": the window needs %1x%2, the screen has %3x%4")
                                        .arg(needed.width())
                                        .arg(needed.height())
                                        .arg(screen.width())
                                        .arg(screen.height()));
                // A page lays out what a worker computed (an analysis, a fit) when it arrives: on
                // a busy machine that is later. A problem that stays for two seconds is one.
                QStringList found = layoutProblems(m_window.get());
                for (int wait = 0; !found.isEmpty() && wait < 20; ++wait) {
                    QTest::qWait(100);
                    found = layoutProblems(m_window.get());
                }
                for (const QString &p : std::as_const(found))
                    problems.append(scale + QLatin1Char(' ') + where + QStringLiteral(": ") + p);
            };
            check(area);
            for (QTabWidget *t : std::as_const(tabs)) {
                for (int i = 1; i < t->count(); ++i) {
                    if (!t->isTabVisible(i))
                        continue;
                    t->setCurrentIndex(i);
                    QTest::qWait(20);
                    check(area + QLatin1Char('/') + t->tabText(i));
                }
                t->setCurrentIndex(0);
            }
            // A call-tree drill has a console of its own.
            if (area == QLatin1String("exercises")) {
                auto *page = m_window->findChild<ExercisesPage *>(QStringLiteral("exercisesPage"));
                page->showExercise(QStringLiteral("ex-2026-10-crisis-call-tree"));
                page->showTab(ExercisesPage::ConsoleTab);
                QTest::qWait(20);
                check(QStringLiteral("exercises/drill console"));
                page->showTab(ExercisesPage::PlanTab);
                check(QStringLiteral("exercises/drill plan"));
            }
        }
    };
    // Each dialog as it opens (modal ones are looked at from the event loop and closed).
    auto dialogs = [&](const QString &scale) {
        const auto look = [&](const QString &what) {
            QApplication::processEvents();
            QTest::qWait(50);
            QDialog *shown = nullptr;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                    shown = d;
            }
            if (!shown) {
                problems.append(language + QLatin1Char(' ') + scale + QLatin1Char(' ') + what +
                                QStringLiteral(": did not open"));
                return;
            }
            for (const QString &p : layoutProblems(shown))
                problems.append(language + QLatin1Char(' ') + scale + QLatin1Char(' ') + what +
                                QStringLiteral(": ") + p);
            shown->reject();
            QApplication::processEvents();
        };
        for (const char *name :
             {"tierPolicyAction", "preferencesAction", "searchAction", "cmdbImportAction"}) {
            action(name)->trigger();
            look(QLatin1String(name));
        }
        QVERIFY(m_window->showAreaNamed(QStringLiteral("processes")));
        m_window->findChild<BiaEditor *>(QStringLiteral("biaEditor"))->askReview();
        look(QStringLiteral("BIA review"));
        QVERIFY(m_window->showAreaNamed(QStringLiteral("people")));
        m_window->findChild<PeoplePage *>(QStringLiteral("peoplePage"))->editPolicy();
        look(QStringLiteral("people policy"));
        QVERIFY(m_window->showAreaNamed(QStringLiteral("changes")));
        m_window->findChild<ChangesPage *>(QStringLiteral("changesPage"))->editWindows();
        look(QStringLiteral("freezes and maintenance windows"));
        m_window->findChild<ChangesPage *>(QStringLiteral("changesPage"))->showNotice();
        look(QStringLiteral("stakeholder notice"));
        for (const char *name : {"shortcutsAction", "guideAction", "openServerAction"}) {
            QTimer::singleShot(300, this, [&, name] { look(QLatin1String(name)); });
            action(name)->trigger();
        }
    };
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
        language = code;
        m_window = MainWindow::reopenInLanguage(std::move(m_window), code);
        m_window->setDialogs(std::make_unique<ScriptedDialogs>(&m_log));
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->document());
        walk(QStringLiteral("100%"));
        dialogs(QStringLiteral("100%"));
        // A laptop's 1440 pixels: toolbars and areas still fit.
        m_window->resize(1440, 900);
        walk(QStringLiteral("1440px"));
        m_window->resize(1600, 1000);
        action("presentationAction")->trigger();
        QTest::qWait(100);
        walk(QStringLiteral("presentation"));
        dialogs(QStringLiteral("presentation"));
        // The same on a laptop's 1440 x 900 screen in front of a room.
        m_window->setMinimumSize(0, 0);
        m_window->setFixedSize(1440, 900);
        QTest::qWait(50);
        walk(QStringLiteral("presentation 1440px"));
        // The incident list goes above its form where half the width cannot hold its columns.
        auto *incidentsSplit =
            m_window->findChild<QSplitter *>(QStringLiteral("incidentsSplitter"));
        QVERIFY(incidentsSplit);
        if (code == QLatin1String("de"))
            QCOMPARE(incidentsSplit->orientation(), Qt::Vertical);
        m_window->setMinimumSize(0, 0);
        m_window->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        // A laptop's 1440 × 900 screen in front of a room: presentation mode still fits it.
        const auto fitsLaptop = [&](const QString &where) {
            QApplication::processEvents();
            const QSize needed = m_window->minimumSizeHint();
            if (needed.width() > 1440 || needed.height() > 900)
                problems.append(QStringLiteral("%1 presentation %2: the window needs %3x%4, a "
                                               "1440x900 laptop has less")
                                    .arg(language, where)
                                    .arg(needed.width())
                                    .arg(needed.height()));
        };
        for (const QString &area : MainWindow::areaNames()) {
            QVERIFY(m_window->showAreaNamed(area));
            fitsLaptop(area);
            for (QTabWidget *t : m_window->findChildren<QTabWidget *>()) {
                if (!t->isVisible())
                    continue;
                for (int i = 1; i < t->count(); ++i) {
                    if (!t->isTabVisible(i))
                        continue;
                    t->setCurrentIndex(i);
                    fitsLaptop(area + QLatin1Char('/') + t->tabText(i));
                }
                t->setCurrentIndex(0);
            }
        }
        auto *exercisesPage = m_window->findChild<ExercisesPage *>(QStringLiteral("exercisesPage"));
        QVERIFY(m_window->showAreaNamed(QStringLiteral("exercises")));
        exercisesPage->showExercise(QStringLiteral("ex-2026-10-crisis-call-tree"));
        exercisesPage->showTab(ExercisesPage::ConsoleTab);
        fitsLaptop(QStringLiteral("exercises/drill console"));
        exercisesPage->showTab(ExercisesPage::PlanTab);
        action("presentationAction")->trigger();
        // Side by side again at the window's text size.
        QTRY_COMPARE(
            m_window->findChild<QSplitter *>(QStringLiteral("incidentsSplitter"))->orientation(),
            Qt::Horizontal);
    }
    m_window = MainWindow::reopenInLanguage(std::move(m_window), QStringLiteral("en"));
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                        problems.join(QLatin1Char('\n'))));
}

void tst_MainWindow::theToolbarDoesNotMoveAsTheUndoTextChanges()
{
    const QString path = m_dir.filePath(QStringLiteral("toolbar.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QWidget *undo = toolbar->widgetForAction(action("undoToolAction"));
    QWidget *addProcess = toolbar->widgetForAction(action("addProcessAction"));
    QVERIFY(undo && addProcess);
    const int width = undo->width();
    const int x = addProcess->x();
    QVERIFY(m_window->document()->setPlanName(
        QStringLiteral("A very long plan name that would push every button beside it away")));
    QApplication::processEvents();
    QCOMPARE(action("undoToolAction")->text(), QStringLiteral("Undo"));
    QVERIFY2(action("undoToolAction")->toolTip().contains(QLatin1String("A very long plan name")),
             qPrintable(action("undoToolAction")->toolTip()));
    QVERIFY(action("undoToolAction")->isEnabled());
    QCOMPARE(undo->width(), width);
    QCOMPARE(addProcess->x(), x);
    action("undoToolAction")->trigger();
    QCOMPARE(m_window->document()->plan().name, QStringLiteral("Small plan"));
}

void tst_MainWindow::corruptFileShowsAnErrorAndKeepsCurrentPlan()
{
    const QString good = m_dir.filePath(QStringLiteral("good.continuity"));
    QVERIFY(TestSupport::createPlanFile(good, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(good));
    const QString junk = m_dir.filePath(QStringLiteral("photo.continuity"));
    QVERIFY(TestSupport::writeAll(junk, QByteArray::fromHex("ffd8ffe000104a464946") +
                                            QByteArray(2000, 'x')));
    m_log.paths = {junk};
    action("openAction")->trigger();
    QCOMPARE(m_log.errors.size(), 1);
    QVERIFY2(m_log.errors.first().contains(QLatin1String("not an SQLite database")),
             qPrintable(m_log.errors.first()));
    QCOMPARE(m_window->document()->filePath(), good);
    QCOMPARE(TestSupport::readAll(junk).size(), 2010);
}

void tst_MainWindow::lockedPlanOpensReadOnlyWithAWarning()
{
    const QString path = m_dir.filePath(QStringLiteral("held.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    auto holder = PlanFile::open(path, OpenMode::ReadWrite, nullptr);
    QVERIFY(holder && !holder->isReadOnly());
    QVERIFY(m_window->openPlan(path));
    QVERIFY(m_window->document()->isReadOnly());
    QCOMPARE(m_log.warnings.size(), 1);
    QVERIFY2(m_log.warnings.first().contains(QLatin1String("already open in Continuity")),
             qPrintable(m_log.warnings.first()));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text().isEmpty());
}

void tst_MainWindow::recentFilesAreRemembered()
{
    const QString path = m_dir.filePath(QStringLiteral("recent.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, Plan::empty()));
    QVERIFY(m_window->openPlan(path));
    QCOMPARE(m_window->recentFiles().value(0), path);
    m_window.reset();
    MainWindow again;
    QCOMPARE(again.recentFiles().value(0), path);
    // The welcome page lists it; activating the entry opens the plan.
    auto *list = again.findChild<QListWidget *>(QStringLiteral("recentList"));
    QVERIFY(list);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), path);
    emit list->itemActivated(list->item(0));
    QVERIFY(again.document());
    QCOMPARE(again.document()->filePath(), path);
}

void tst_MainWindow::analysesAreaFailsASiteAndFollowsEdits()
{
    QVERIFY(m_window->openSamplePlan());
    auto *navigator = m_window->findChild<QListWidget *>(QStringLiteral("navigator"));
    navigator->setCurrentRow(4);
    auto *page = m_window->findChild<QWidget *>(QStringLiteral("analysesPage"));
    QVERIFY(page && page->isVisible());

    // Find the Frankfurt site by typing, and tick it.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("scenarioSearch"));
    QTest::keyClicks(search, QStringLiteral("Frankfurt"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("scenarioList"));
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex site = list->model()->index(0, 0);
    QVERIFY(list->model()->setData(site, Qt::Checked, Qt::CheckStateRole));

    auto *cascade = m_window->findChild<QTableView *>(QStringLiteral("cascadeTable"));
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("analysisSummary"));
    QTRY_VERIFY(cascade->model()->rowCount() > 10);
    QTRY_VERIFY2(summary->text().contains(QLatin1String("business processes")),
                 qPrintable(summary->text()));
    auto rowOf = [&](const QString &id) {
        for (int row = 0; row < cascade->model()->rowCount(); ++row) {
            if (cascade->model()->index(row, 0).data(Qt::UserRole + 1).toString() == id)
                return row;
        }
        return -1;
    };
    const int payments = rowOf(QStringLiteral("take-card-payments"));
    QVERIFY(payments >= 0);
    QCOMPARE(cascade->model()->index(payments, 1).data().toString(), QStringLiteral("down"));

    // An edit elsewhere re-runs the analysis in the background: payments only degrade now.
    QVERIFY(m_window->document()->removeDependency(QStringLiteral("app-auth"),
                                                   QStringLiteral("app-tokenization")));
    QTRY_COMPARE(
        cascade->model()->index(rowOf(QStringLiteral("take-card-payments")), 1).data().toString(),
        QStringLiteral("degraded"));
    QTRY_VERIFY(
        m_window->findChild<QTableView *>(QStringLiteral("recoveryTable"))->model()->rowCount() >
        0);
    auto *findings = m_window->findChild<QTableView *>(QStringLiteral("findingsTable"));
    QVERIFY(findings->model()->rowCount() > 0);
    // Findings are found by subject (id or name) or text, and filtered by kind, with a count.
    const int allFindings = findings->model()->rowCount();
    auto *findingsSearch = m_window->findChild<QLineEdit *>(QStringLiteral("findingsSearch"));
    findingsSearch->setText(QStringLiteral("ledger database"));
    QVERIFY(findings->model()->rowCount() > 0 && findings->model()->rowCount() < allFindings);
    for (int row = 0; row < findings->model()->rowCount(); ++row) {
        const QString subject = findings->model()->index(row, 2).data().toString();
        const QString message = findings->model()->index(row, 3).data().toString();
        QVERIFY2(subject == QLatin1String("db-ledger") ||
                     message.contains(QLatin1String("ledger database"), Qt::CaseInsensitive),
                 qPrintable(subject + QLatin1Char(' ') + message));
    }
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("findingsCount"))
                ->text()
                .contains(QStringLiteral(" of %1 finding").arg(allFindings)));
    findingsSearch->clear();
    auto *kinds = m_window->findChild<QComboBox *>(QStringLiteral("findingKindFilter"));
    const int spofKind = kinds->findData(QStringLiteral("spof"));
    QVERIFY(spofKind > 0);
    kinds->setCurrentIndex(spofKind);
    QVERIFY(findings->model()->rowCount() > 0);
    for (int row = 0; row < findings->model()->rowCount(); ++row)
        QCOMPARE(findings->model()->index(row, 1).data().toString(), QStringLiteral("spof"));
    kinds->setCurrentIndex(0);
    QCOMPARE(findings->model()->rowCount(), allFindings);

    // The scenario list follows the document: a new site shows up, renamed as it is renamed.
    search->clear();
    const int before = list->model()->rowCount();
    Service zurich;
    zurich.id = QStringLiteral("dc-zrh");
    zurich.name = QStringLiteral("Zurich data centre");
    zurich.kind = ServiceKind::Site;
    QVERIFY(m_window->document()->addService(zurich));
    QCOMPARE(list->model()->rowCount(), before + 1);
    zurich.name = QStringLiteral("Zürich data centre");
    QVERIFY(m_window->document()->changeService(zurich));
    search->setText(QStringLiteral("Zürich"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(),
             QStringLiteral("Zürich data centre — Site"));

    // Clearing the scenario empties the cascade.
    m_window->findChild<QPushButton *>(QStringLiteral("clearScenario"))->click();
    QTRY_COMPARE(cascade->model()->rowCount(), 0);
}

void tst_MainWindow::workshopRatesABiaByKeyboard()
{
    const QString path = m_dir.filePath(QStringLiteral("workshop-bia.continuity"));
    QVERIFY(m_window->newPlan(path));

    // Add a process: asked for its name first, its id is made from it.
    m_log.paths = {QStringLiteral("Take card payments")};
    action("addProcessAction")->trigger();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("processTable"));
    QTRY_COMPARE(m_window->document()->plan().processes.value(0).name,
                 QStringLiteral("Take card payments"));
    const QString id = m_window->document()->plan().processes.value(0).id;
    QCOMPARE(id, QStringLiteral("take-card-payments"));
    QVERIFY(table->hasFocus());
    // Cancelled: nothing is added.
    m_log.paths = {QString()};
    action("addProcessAction")->trigger();
    QCOMPARE(m_window->document()->plan().processes.size(), 1);

    // Rate the financial impact from the keyboard alone: 0 1 4 4 4 4 across the horizons.
    auto *bia = m_window->findChild<QTableView *>(QStringLiteral("biaTable"));
    auto *mtd = m_window->findChild<QLabel *>(QStringLiteral("biaMtd"));
    auto *tier = m_window->findChild<QLabel *>(QStringLiteral("biaTier"));
    QTRY_VERIFY(bia->isEnabled());
    QVERIFY(mtd->text().contains(QLatin1String("none yet")));
    bia->setFocus();
    bia->setCurrentIndex(bia->model()->index(0, 0));
    for (const char key : {'0', '1', '4', '4', '4', '4'})
        QTest::keyClick(bia, key);
    QCOMPARE(m_window->document()->process(id)->impact(ImpactCategory::Financial),
             (QList<int>{0, 1, 4, 4, 4, 4}));
    QVERIFY2(mtd->text().contains(QLatin1String("Suggested MTD: 8 h")), qPrintable(mtd->text()));
    QVERIFY2(tier->text().startsWith(QLatin1String("Tier 1")), qPrintable(tier->text()));
    QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("Tier 1 · by MTD"));
    // Arrows move without rating; a digit over 4 or a letter is refused with the reason.
    QTest::keyClick(bia, Qt::Key_Down);
    QTest::keyClick(bia, '7');
    QVERIFY(m_window->document()->process(id)->impact(ImpactCategory::Operational).isEmpty());
    QVERIFY2(
        m_window->statusBar()->currentMessage().contains(QLatin1String("\"7\" is not a rating")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QTest::keyClick(bia, 'x');
    QVERIFY(
        m_window->statusBar()->currentMessage().contains(QLatin1String("\"x\" is not a rating")));
    // An impact that falls as time passes is pointed out (a tail not yet rated is not).
    auto *falls = m_window->findChild<QLabel *>(QStringLiteral("biaFalls"));
    bia->setCurrentIndex(bia->model()->index(1, 0)); // operational, the first horizon
    QTest::keyClick(bia, '3');
    QVERIFY(falls->isHidden());
    QTest::keyClick(bia, '1');
    QVERIFY(!falls->isHidden());
    QVERIFY2(falls->text().contains(QLatin1String("Operational falls from 3 at 1 h to 1 at 4 h")),
             qPrintable(falls->text()));
    action("undoAction")->trigger();
    QVERIFY(falls->isHidden());
    action("undoAction")->trigger();
    QVERIFY(m_window->document()->process(id)->impact(ImpactCategory::Operational).isEmpty());

    // Undo the four severe ratings: no severe rating, no suggested MTD, the default tier.
    for (int i = 0; i < 4; ++i)
        action("undoAction")->trigger();
    QCOMPARE(m_window->document()->process(id)->impact(ImpactCategory::Financial),
             (QList<int>{0, 1, 0, 0, 0, 0}));
    QVERIFY(mtd->text().contains(QLatin1String("none yet")));
    QVERIFY2(tier->text().startsWith(QLatin1String("Tier 3")), qPrintable(tier->text()));
    for (int i = 0; i < 4; ++i)
        action("redoAction")->trigger();
    QVERIFY(mtd->text().contains(QLatin1String("Suggested MTD: 8 h")));

    // The owner confirms the ratings: the review is recorded from the BIA, and a rating typed
    // afterwards marks the BIA changed since.
    auto *review = m_window->findChild<QLabel *>(QStringLiteral("biaReview"));
    auto *reviewButton = m_window->findChild<QPushButton *>(QStringLiteral("biaReviewButton"));
    QVERIFY(review && reviewButton);
    QVERIFY2(review->text().contains(QLatin1String("not reviewed")), qPrintable(review->text()));
    QVERIFY(reviewButton->isEnabled());
    reviewButton->click();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("biaReviewDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *reviewer = dialog->findChild<QComboBox *>(QStringLiteral("biaReviewer"));
    reviewer->setEditText(QStringLiteral("Julia Meyer"));
    auto *box = dialog->findChild<QDialogButtonBox *>();
    box->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("biaReviewDialog")));
    QCOMPARE(m_window->document()->process(id)->reviewedBy, QStringLiteral("Julia Meyer"));
    QCOMPARE(*m_window->document()->process(id)->reviewedOn,
             QDate::currentDate().toString(Qt::ISODate));
    QVERIFY2(review->text().contains(QLatin1String("reviewed by Julia Meyer")),
             qPrintable(review->text()));
    bia->setFocus();
    bia->setCurrentIndex(bia->model()->index(2, 0));
    QTest::keyClick(bia, '2');
    QVERIFY(m_window->document()->process(id)->biaChangedSinceReview);
    QVERIFY2(review->text().contains(QLatin1String("changed since")), qPrintable(review->text()));
    action("undoAction")->trigger();
    QVERIFY(!m_window->document()->process(id)->biaChangedSinceReview);

    // Reopen the file: the ratings are there.
    m_window.reset();
    init();
    QVERIFY(m_window->openPlan(path));
    QCOMPARE(m_window->document()->process(id)->impact(ImpactCategory::Financial),
             (QList<int>{0, 1, 4, 4, 4, 4}));
    QCOMPARE(m_window->document()->process(id)->name, QStringLiteral("Take card payments"));
}

void tst_MainWindow::tableEditsAreCheckedAndUndoable()
{
    const QString path = m_dir.filePath(QStringLiteral("table-edits.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("processTable"));
    QAbstractItemModel *model = table->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(Qt::UserRole + 1).toString() == QLatin1String("payments"))
            row = r;
    }
    QVERIFY(row >= 0);
    // RTO above MTD is refused with a message and changes nothing.
    QVERIFY(!model->setData(model->index(row, 5), QStringLiteral("6 h")));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("MTD")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(*m_window->document()->process(QStringLiteral("payments"))->rtoHours, 2.0);
    QVERIFY(!model->setData(model->index(row, 4), QStringLiteral("soon")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("not a number")));
    // A good edit is written and undoable.
    QVERIFY(model->setData(model->index(row, 5), QStringLiteral("3 h")));
    QCOMPARE(*TestSupport::loadPlanFile(path).processes.value(0).rtoHours, 3.0);
    action("undoAction")->trigger();
    QCOMPARE(*TestSupport::loadPlanFile(path).processes.value(0).rtoHours, 2.0);
    // Remove with the action (Delete in the table), and undo.
    table->setCurrentIndex(model->index(row, 0));
    action("removeProcessAction")->trigger();
    QVERIFY(!m_window->document()->process(QStringLiteral("payments")));
    action("undoAction")->trigger();
    QVERIFY(m_window->document()->process(QStringLiteral("payments")));
}

void tst_MainWindow::servicesAreSearchedAndFiltered()
{
    QVERIFY(m_window->openSamplePlan());
    QVERIFY(m_window->showAreaNamed(QStringLiteral("services")));
    auto *view = m_window->findChild<PlanTableView *>(QStringLiteral("serviceTable"));
    const int all = view->visibleRowCount();
    QCOMPARE(all, m_window->document()->plan().services.size());
    auto *kind = m_window->findChild<QComboBox *>(QStringLiteral("serviceKindFilter"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Site")));
    QCOMPARE(view->visibleRowCount(), 5);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("serviceSearch"));
    QTest::keyClicks(search, QStringLiteral("frankfurt"));
    QCOMPARE(view->visibleRowCount(), 1);
    kind->setCurrentIndex(0);
    search->clear();
    auto *tier = m_window->findChild<QComboBox *>(QStringLiteral("serviceTierFilter"));
    tier->setCurrentIndex(tier->findText(QStringLiteral("Tier 0")));
    QVERIFY(view->visibleRowCount() > 0 && view->visibleRowCount() < all);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, 4).data().toString(), QStringLiteral("Tier 0"));
    tier->setCurrentIndex(0);

    // By site: Amsterdam and what needs it; the Frankfurt-only token vault is not there.
    auto *site = m_window->findChild<QComboBox *>(QStringLiteral("serviceSiteFilter"));
    site->setCurrentIndex(site->findData(QStringLiteral("dc-ams")));
    const int atAmsterdam = view->visibleRowCount();
    QVERIFY(atAmsterdam > 1 && atAmsterdam < all);
    QStringList ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids.append(view->model()->index(row, 0).data(Qt::UserRole + 1).toString());
    QVERIFY(ids.contains(QStringLiteral("infra-vmw-ams")));
    QVERIFY(!ids.contains(QStringLiteral("db-tokens")));
    // It follows edits: the vault gains a hard dependency on Amsterdam's VMware.
    QVERIFY(m_window->document()->addDependency(
        {QStringLiteral("db-tokens"), QStringLiteral("infra-vmw-ams"), Strength::Hard, {}}));
    QVERIFY(view->visibleRowCount() > atAmsterdam);
    bool vault = false;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        vault = vault || view->model()->index(row, 0).data(Qt::UserRole + 1).toString() ==
                             QLatin1String("db-tokens");
    QVERIFY(vault);
}

void tst_MainWindow::tierPolicyIsEditedAndReset()
{
    const QString path = m_dir.filePath(QStringLiteral("policy.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    action("tierPolicyAction")->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("tierPolicyDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *tiers = dialog->findChild<QTableWidget *>(QStringLiteral("tierTable"));
    QCOMPARE(tiers->rowCount(), 4);
    QCOMPARE(tiers->item(0, 1)->text(), QStringLiteral("4"));
    tiers->item(0, 1)->setText(QStringLiteral("2"));
    QCOMPARE(tiers->item(1, 3)->text(), QStringLiteral("12")); // the test interval is kept
    tiers->item(0, 3)->setText(QStringLiteral("6"));
    // The default SLO objectives are shown and kept; one is changed.
    QCOMPARE(tiers->item(1, 4)->text(), QStringLiteral("99.9"));
    tiers->item(0, 4)->setText(QStringLiteral("99.99"));
    dialog->accept();
    QCOMPARE(m_window->document()->plan().tierPolicy.tiers[0].sloObjective,
             std::optional<double>(99.99));
    QCOMPARE(m_window->document()->plan().tierPolicy.tiers[1].sloObjective,
             std::optional<double>(99.9));
    QCOMPARE(*m_window->document()->plan().tierPolicy.tiers[0].maxMtdHours, 2.0);
    QCOMPARE(*TestSupport::loadPlanFile(path).tierPolicy.tiers[0].maxMtdHours, 2.0);
    QCOMPARE(m_window->document()->plan().tierPolicy.tiers[0].testEveryMonths,
             std::optional<int>(6));
    QCOMPARE(m_window->document()->plan().tierPolicy.tiers[1].testEveryMonths,
             std::optional<int>(12));
    QVERIFY(action("undoAction")->text().contains(QLatin1String("tier policy")));
    QTRY_VERIFY(
        !m_window->findChild<QDialog *>(QStringLiteral("tierPolicyDialog"))); // closed and gone

    // Reset to defaults, and a bad value is refused with a message.
    action("tierPolicyAction")->trigger();
    dialog = m_window->findChild<QDialog *>(QStringLiteral("tierPolicyDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QPushButton *>(QStringLiteral("resetTierPolicy"))->click();
    tiers = dialog->findChild<QTableWidget *>(QStringLiteral("tierTable"));
    QCOMPARE(tiers->item(0, 1)->text(), QStringLiteral("4"));
    tiers->item(1, 2)->setText(QStringLiteral("lots"));
    dialog->accept();
    QCOMPARE(m_log.errors.size(), 1);
    QVERIFY2(m_log.errors.first().contains(QLatin1String("Tier 1")),
             qPrintable(m_log.errors.first()));
    tiers->item(1, 2)->setText(QString());
    tiers->item(2, 3)->setText(QStringLiteral("500"));
    dialog->accept();
    QCOMPARE(m_log.errors.size(), 2);
    QVERIFY2(m_log.errors.last().contains(QLatin1String("Tier 2: test every 1 to 120 months")),
             qPrintable(m_log.errors.last()));
    tiers->item(2, 3)->setText(QString());
    tiers->item(3, 4)->setText(QStringLiteral("100"));
    dialog->accept();
    QCOMPARE(m_log.errors.size(), 3);
    QVERIFY2(m_log.errors.last().contains(QLatin1String("Tier 3: a default SLO")),
             qPrintable(m_log.errors.last()));
    QCOMPARE(*m_window->document()->plan().tierPolicy.tiers[0].maxMtdHours, 2.0);
}

void tst_MainWindow::presentationModeScalesText()
{
    QVERIFY(m_window->openSamplePlan());
    const qreal normal = QApplication::font().pointSizeF();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("processTable"));
    const int normalRows = table->verticalHeader()->defaultSectionSize();
    m_window->resize(1300, 900);
    QApplication::processEvents();
    const QRect before = m_window->geometry();
    const QByteArray layout = m_window->saveState();
    auto *processArea = m_window->findChild<QSplitter *>(QStringLiteral("processArea"));
    QVERIFY(processArea && processArea->count() == 2);
    const QList<int> processSplit = processArea->sizes();
    action("presentationAction")->trigger();
    QVERIFY(QApplication::font().pointSizeF() >= normal * 1.5 - 0.01);
    // The BIA grid and its chart take the room; the processes keep a few rows.
    QTRY_VERIFY(processArea->sizes().at(0) * 2 < processArea->sizes().at(1));
    // The chart's text grows with the window's (Qt Charts' own fonts are fixed).
    auto *biaChart = m_window->findChild<QChartView *>(QStringLiteral("biaChart"));
    QVERIFY(biaChart && biaChart->chart());
    QTRY_VERIFY(biaChart->chart()->legend()->font().pointSizeF() >= normal * 1.45);
    QVERIFY(table->verticalHeader()->defaultSectionSize() >= normalRows * 3 / 2 - 2);
    QVERIFY(!m_window->statusBar()->isVisible());
    // The whole screen, and the area list still shows every name in full.
    QTRY_VERIFY(m_window->isFullScreen());
    auto *navigator = m_window->findChild<QListWidget *>(QStringLiteral("navigator"));
    QTRY_VERIFY(navigator->width() >= navigator->sizeHintForColumn(0));
    action("presentationAction")->trigger();
    QCOMPARE(QApplication::font().pointSizeF(), normal);
    QVERIFY(m_window->statusBar()->isVisible());
    // Back exactly as it was.
    QTRY_VERIFY(!m_window->isFullScreen());
    QTRY_COMPARE(m_window->geometry(), before);
    QCOMPARE(m_window->saveState(), layout);
    QCOMPARE(processArea->sizes(), processSplit);

    action("presentationAction")->trigger();
    // The live console for the room: the steps larger than the window's text, the list of
    // exercises out of its way while the console shows (back with the Plan tab).
    QVERIFY(m_window->showAreaNamed(QStringLiteral("exercises")));
    auto *exercises = m_window->findChild<ExercisesPage *>(QStringLiteral("exercisesPage"));
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("exerciseList"));
    QVERIFY(list);
    exercises->showTab(ExercisesPage::ConsoleTab);
    QTRY_VERIFY(!list->isVisible());
    // The area list makes way too, so the step titles read at the room's text size.
    QVERIFY(!navigator->isVisible());
    {
        QTableView *steps = exercises->console()->stepsView();
        QTRY_VERIFY(steps->columnWidth(ExerciseStepsModel::StepColumn) >=
                    20 * steps->fontMetrics().averageCharWidth());
    }
    QTRY_VERIFY(exercises->console()->stepsView()->font().pointSizeF() >
                QApplication::font().pointSizeF());
    exercises->showTab(ExercisesPage::PlanTab);
    QTRY_VERIFY(list->isVisible());
    QVERIFY(navigator->isVisible());
    exercises->showTab(ExercisesPage::ConsoleTab);
    QVERIFY(!navigator->isVisible());
    // The runbook list's wrapped items keep every line at the larger text: each item is as tall
    // as its text needs at the width it is painted.
    QVERIFY(m_window->showAreaNamed(QStringLiteral("runbooks")));
    QVERIFY(navigator->isVisible()); // back with any other area
    auto *runbooks = m_window->findChild<QListWidget *>(QStringLiteral("runbookList"));
    QVERIFY(runbooks && runbooks->count() > 0);
    QTRY_VERIFY(QFontInfo(runbooks->font()).pointSizeF() > normal * 1.4);
    QTest::qWait(50);
    for (int row = 0; row < runbooks->count(); ++row) {
        const QRect rect = runbooks->visualItemRect(runbooks->item(row));
        const QRect needed = runbooks->fontMetrics().boundingRect(
            QRect(0, 0, rect.width() - 8, 10000), Qt::TextWordWrap, runbooks->item(row)->text());
        QVERIFY2(rect.height() >= needed.height(), qPrintable(QStringLiteral("%1: %2 < %3")
                                                                  .arg(runbooks->item(row)->text())
                                                                  .arg(rect.height())
                                                                  .arg(needed.height())));
    }
    // What is larger than the text around it stays so at the room's scale: the headings, the
    // clocks, the drill's calls and results (a size set once in a constructor stayed small).
    const auto sizes = [&] {
        QList<qreal> points;
        for (const char *name :
             {"drillClock", "exerciseClock", "drillCallsView", "drillResultsLabel",
              "changesHeading", "incidentsHeading", "analysisSummary", "doraVerdict", "changeError",
              "incidentError", "biaFalls"}) {
            auto *w = m_window->findChild<QWidget *>(QLatin1String(name));
            points.append(w ? w->font().pointSizeF() : -1);
        }
        return points;
    };
    const QList<qreal> large = sizes();
    // A style sheet freezes a widget's text at the size it had: none in the window (colours
    // come from palettes).
    for (const QWidget *w : m_window->findChildren<QWidget *>())
        QVERIFY2(w->styleSheet().isEmpty(), qPrintable(w->objectName()));
    action("presentationAction")->trigger();
    QTRY_VERIFY(exercises->console()->stepsView()->font().pointSizeF() < normal * 1.3);
    const QList<qreal> small = sizes();
    for (int i = 0; i < large.size(); ++i) {
        QVERIFY2(small.at(i) > 0, qPrintable(QString::number(i)));
        QVERIFY2(large.at(i) >= small.at(i) * 1.45,
                 qPrintable(QStringLiteral("%1: %2 pt in presentation, %3 pt normally")
                                .arg(i)
                                .arg(large.at(i))
                                .arg(small.at(i))));
    }
    QVERIFY(m_window->showAreaNamed(QStringLiteral("exercises")));
    QVERIFY(list->isVisible()); // back with the window's text size
    exercises->showTab(ExercisesPage::PlanTab);

    // A chart's category labels stand upright when side by side they would not fit, and lie
    // flat again when they do (Qt Charts would drop some).
    auto *chart = new QChart;
    auto *series = new QBarSeries;
    auto *set = new QBarSet(QStringLiteral("Sev 1"));
    QStringList months;
    for (int m = 1; m <= 12; ++m) {
        *set << m;
        months.append(QLocale(QLocale::French).monthName(m, QLocale::LongFormat));
    }
    series->append(set);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(months);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QChartView view(chart); // a view made without a chart would leave its own behind
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ChartLabels::slantWhenCrowded(&view, axis);
    QTRY_COMPARE(axis->labelsAngle(), -90);
    view.resize(1500, 300);
    QTRY_COMPARE(axis->labelsAngle(), 0);
}

void tst_MainWindow::inspectorEditsServicesAndDependencies()
{
    const QString path = m_dir.filePath(QStringLiteral("inspector.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    QVERIFY(m_window->showAreaNamed(QStringLiteral("services")));
    auto *table = m_window->findChild<PlanTableView *>(QStringLiteral("serviceTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(Qt::UserRole + 1).toString() ==
            QLatin1String("pay-db"))
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    auto *inspector = m_window->findChild<QWidget *>(QStringLiteral("inspector"));
    QVERIFY(inspector);
    auto *rto = inspector->findChild<QLineEdit *>(QStringLiteral("inspectServiceRto"));
    QCOMPARE(rto->text(), QString());
    // In a narrow dock the labels go above their fields, so that no field is squeezed to a few
    // letters (German and French labels are long); in a wide one they sit beside them.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    auto *form = qobject_cast<QFormLayout *>(rto->parentWidget()->layout());
    QVERIFY(dock && form);
    m_window->resize(1600, 1000);
    m_window->resizeDocks({dock}, {260}, Qt::Horizontal);
    QTRY_COMPARE(form->rowWrapPolicy(), QFormLayout::WrapAllRows);
    m_window->resizeDocks({dock}, {700}, Qt::Horizontal);
    QTRY_COMPARE(form->rowWrapPolicy(), QFormLayout::DontWrapRows);
    rto->setText(QStringLiteral("2 h"));
    emit rto->editingFinished();
    QCOMPARE(*m_window->document()->service(QStringLiteral("pay-db"))->rtoHours, 2.0);
    QCOMPARE(*TestSupport::loadPlanFile(path).services.value(1).rtoHours, 2.0);

    // An absurd value is refused, named, and the stored value comes back.
    rto->setText(QStringLiteral("1000000"));
    emit rto->editingFinished();
    auto *error = inspector->findChild<QLabel *>(QStringLiteral("inspectorError"));
    QVERIFY2(error->text().contains(QLatin1String("rtoHours")), qPrintable(error->text()));
    QCOMPARE(rto->text(), QStringLiteral("2"));

    // Tags and replication.
    auto *tags = inspector->findChild<QLineEdit *>(QStringLiteral("inspectServiceTags"));
    tags->setText(QStringLiteral("SOX, GDPR"));
    emit tags->editingFinished();
    QCOMPARE(m_window->document()->service(QStringLiteral("pay-db"))->tags,
             (QStringList{QStringLiteral("GDPR"), QStringLiteral("SOX")}));
    auto *replication =
        inspector->findChild<QComboBox *>(QStringLiteral("inspectServiceReplication"));
    replication->setCurrentIndex(replication->findData(QStringLiteral("backup")));
    emit replication->activated(replication->currentIndex());
    auto *hours =
        inspector->findChild<QLineEdit *>(QStringLiteral("inspectServiceReplicationHours"));
    hours->setText(QStringLiteral("24"));
    emit hours->editingFinished();
    QCOMPARE(m_window->document()
                 ->service(QStringLiteral("pay-db"))
                 ->replication.intervalHours.value_or(0),
             24.0);

    // Dependencies: add one, then remove it again with undo.
    auto *providers = inspector->findChild<QTableWidget *>(QStringLiteral("inspectProviders"));
    QCOMPARE(providers->rowCount(), 1); // pay-db -> dc1
    auto *consumers = inspector->findChild<QListWidget *>(QStringLiteral("inspectConsumers"));
    QCOMPARE(consumers->count(), 1);
    QCOMPARE(consumers->item(0)->text(), QStringLiteral("Payment API"));
    auto *newProvider = inspector->findChild<QComboBox *>(QStringLiteral("inspectNewProvider"));
    newProvider->setEditText(QStringLiteral("Data centre 2"));
    inspector->findChild<QPushButton *>(QStringLiteral("inspectAddProvider"))->click();
    QVERIFY(m_window->document()->dependency(QStringLiteral("pay-db"), QStringLiteral("dc2")));
    QCOMPARE(providers->rowCount(), 2);
    action("undoAction")->trigger();
    QCOMPARE(providers->rowCount(), 1);
    // ... and with the row's cross, which names what it removes.
    newProvider->setEditText(QStringLiteral("Data centre 2"));
    inspector->findChild<QPushButton *>(QStringLiteral("inspectAddProvider"))->click();
    QCOMPARE(providers->rowCount(), 2);
    for (int row = 0; row < providers->rowCount(); ++row) {
        if (providers->item(row, 0)->data(Qt::UserRole).toString() != QLatin1String("dc2"))
            continue;
        auto *remove = qobject_cast<QToolButton *>(providers->cellWidget(row, 3));
        QVERIFY(remove);
        QCOMPARE(remove->toolTip(), QStringLiteral("Remove the dependency on Data centre 2"));
        remove->click();
        break;
    }
    QVERIFY(!m_window->document()->dependency(QStringLiteral("pay-db"), QStringLiteral("dc2")));
    QCOMPARE(providers->rowCount(), 1);
    newProvider->setEditText(QStringLiteral("Payment database"));
    inspector->findChild<QPushButton *>(QStringLiteral("inspectAddProvider"))->click();
    QVERIFY2(error->text().contains(QLatin1String("from the list")), qPrintable(error->text()));

    // Redundancy: the API's 1-of-2 group over the two sites; raise the quorum to 2 of 2.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(Qt::UserRole + 1).toString() ==
            QLatin1String("pay-api"))
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    auto *groups = inspector->findChild<QTableWidget *>(QStringLiteral("inspectGroups"));
    QCOMPARE(groups->rowCount(), 1);
    auto *quorum = qobject_cast<QSpinBox *>(groups->cellWidget(0, 1));
    QVERIFY(quorum);
    QCOMPARE(quorum->maximum(), 2);
    quorum->setValue(2);
    emit quorum->editingFinished();
    QCOMPARE(
        m_window->document()->group(QStringLiteral("pay-api"), QStringLiteral("sites"))->quorum, 2);
    // A new group, and the database dependency moved into it.
    auto *name = inspector->findChild<QLineEdit *>(QStringLiteral("inspectNewGroup"));
    name->setText(QStringLiteral("storage"));
    inspector->findChild<QPushButton *>(QStringLiteral("inspectAddGroup"))->click();
    QVERIFY(m_window->document()->group(QStringLiteral("pay-api"), QStringLiteral("storage")));
    QCOMPARE(groups->rowCount(), 2);
    for (int row = 0; row < providers->rowCount(); ++row) {
        if (providers->item(row, 0)->data(Qt::UserRole).toString() != QLatin1String("pay-db"))
            continue;
        auto *group = qobject_cast<QComboBox *>(providers->cellWidget(row, 2));
        group->setCurrentIndex(group->findData(QStringLiteral("storage")));
        emit group->activated(group->currentIndex());
        break;
    }
    QCOMPARE(m_window->document()
                 ->dependency(QStringLiteral("pay-api"), QStringLiteral("pay-db"))
                 ->group,
             QStringLiteral("storage"));
    QCOMPARE(TestSupport::loadPlanFile(path).groups.size(), 2);

    // Add a service, name it in the inspector, remove it, undo.
    const int before = table->visibleRowCount();
    action("addServiceAction")->trigger();
    QCOMPARE(table->visibleRowCount(), before + 1);
    auto *serviceName = inspector->findChild<QLineEdit *>(QStringLiteral("inspectServiceName"));
    serviceName->setText(QStringLiteral("Backup site"));
    emit serviceName->editingFinished();
    QVERIFY(m_window->document()->service(QStringLiteral("new-service")));
    QCOMPARE(m_window->document()->service(QStringLiteral("new-service"))->name,
             QStringLiteral("Backup site"));
    action("removeServiceAction")->trigger();
    QVERIFY(!m_window->document()->service(QStringLiteral("new-service")));
    action("undoAction")->trigger();
    QVERIFY(m_window->document()->service(QStringLiteral("new-service")));
}

void tst_MainWindow::mapIsLaidOutFailsNodesAndShowsAnalysisRows()
{
    QVERIFY(m_window->openSamplePlan());
    auto *page = m_window->findChild<MapPage *>(QStringLiteral("mapPage"));
    QVERIFY(page);
    QSignalSpy laidOut(page, &MapPage::layoutFinished);
    auto *navigator = m_window->findChild<QListWidget *>(QStringLiteral("navigator"));
    navigator->setCurrentRow(3);
    QVERIFY(page->isVisible());
    // A plan that was never drawn is laid out in the background when the map first shows, to
    // look at: opening the map adds no undo step and writes nothing.
    const int steps = m_window->document()->undoStack()->count();
    QVERIFY(laidOut.wait(30000));
    QCOMPARE(laidOut.constFirst().constFirst().toBool(), true);
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QVERIFY(!m_window->document()->service(QStringLiteral("dc-fra"))->position);
    QVERIFY(page->scene()->hasViewLayout());

    // Selecting on the map shows the node in the inspector.
    MapScene *scene = page->scene();
    scene->selectIds({QStringLiteral("dc-fra")});
    auto *inspector = m_window->findChild<NodeInspector *>();
    QVERIFY(inspector);
    QCOMPARE(inspector->node(), QStringLiteral("dc-fra"));

    // "Fail This" from the node's context menu fails it in the analyses; the map shows the
    // cascade.
    MapView *view = page->view();
    view->centreOnNodes({QStringLiteral("dc-fra")});
    const QPoint at = view->mapFromScene(scene->nodeItem(QStringLiteral("dc-fra"))->pos());
    QTimer::singleShot(100, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String("mapFailAction")) {
                a->trigger();
                menu->close();
                return;
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QCOMPARE(scene->colourMode(), MapColourMode::Scenario);
    QTRY_COMPARE(scene->scenario(), QStringList{QStringLiteral("dc-fra")});
    QTRY_COMPARE(scene->scenarioState(QStringLiteral("dc-fra")), MapScenarioState::Failed);
    QTRY_VERIFY(scene->scenarioState(QStringLiteral("take-card-payments")) != MapScenarioState::Up);

    // "Show on Map" on a cascade row brings the map back with that node selected.
    navigator->setCurrentRow(4);
    auto *cascade = m_window->findChild<QTableView *>(QStringLiteral("cascadeTable"));
    QTRY_VERIFY(cascade->model()->rowCount() > 1);
    int row = -1;
    for (int r = 0; r < cascade->model()->rowCount(); ++r) {
        if (cascade->model()->index(r, 0).data(Qt::UserRole + 1).toString() ==
            QLatin1String("take-card-payments"))
            row = r;
    }
    QVERIFY(row >= 0);
    cascade->selectRow(row);
    QAction *show = nullptr;
    for (QAction *a : cascade->actions()) {
        if (a->objectName() == QLatin1String("showOnMapAction"))
            show = a;
    }
    QVERIFY(show);
    show->trigger();
    QCOMPARE(navigator->currentRow(), 3);
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("take-card-payments")});
}

void tst_MainWindow::runbooksAreEditedApprovedPrintedAndDrafted()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    auto *navigator = m_window->findChild<QListWidget *>(QStringLiteral("navigator"));
    navigator->setCurrentRow(5);
    auto *page = m_window->findChild<RunbooksPage *>(QStringLiteral("runbooksPage"));
    QVERIFY(page && page->isVisible());
    auto *list = page->findChild<QListWidget *>(QStringLiteral("runbookList"));
    QCOMPARE(list->count(), 5);
    const QString id = QStringLiteral("rb-ledger-db-failover");
    page->showRunbook(id);
    QCOMPARE(page->currentRunbook(), id);
    QVERIFY(doc->runbook(id)->status == RunbookStatus::Approved);

    // Move step 2 down by keyboard: the approved 2.0 is kept, the runbook becomes draft 2.1.
    QTableView *steps = page->stepsView();
    steps->setFocus();
    steps->setCurrentIndex(steps->model()->index(1, RunbookStepsModel::Title));
    QTest::keyClick(steps, Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(doc->runbook(id)->steps.at(2).id, QStringLiteral("freeze"));
    QCOMPARE(doc->runbook(id)->version, QStringLiteral("2.1"));
    QVERIFY(doc->runbook(id)->status == RunbookStatus::Draft);
    QCOMPARE(doc->runbook(id)->previousVersions.size(), 2);
    QCOMPARE(steps->currentIndex().row(), 2);

    // Rename a step by typing in the table.
    steps->setCurrentIndex(steps->model()->index(0, RunbookStepsModel::Title));
    QTest::keyClick(steps, Qt::Key_F2);
    auto *editor = steps->findChild<QLineEdit *>();
    QTRY_VERIFY(editor && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Declare and open the bridge"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc->runbook(id)->steps.at(0).title,
                 QStringLiteral("Declare and open the bridge"));

    // Add a step after the first with Ctrl+Return, type its title.
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(doc->runbook(id)->steps.size(), 8);
    editor = steps->findChild<QLineEdit *>();
    QTRY_VERIFY(editor && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Tell the service desk"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc->runbook(id)->steps.at(1).title, QStringLiteral("Tell the service desk"));
    QCOMPARE(doc->runbook(id)->steps.at(1).waitsFor, QStringList{QStringLiteral("declare")});

    // Instructions are committed as they are typed (after a short pause), one undo step.
    auto *instructions = page->findChild<QPlainTextEdit *>(QStringLiteral("stepInstructions"));
    instructions->setFocus();
    QTest::keyClicks(instructions, QStringLiteral("- call the desk *now*"));
    QTRY_COMPARE(doc->runbook(id)->steps.at(1).instructions,
                 QStringLiteral("- call the desk *now*"));
    doc->undoStack()->undo();
    QTRY_COMPARE(doc->runbook(id)->steps.at(1).instructions, QString());
    QTRY_COMPARE(instructions->toPlainText(), QString());
    doc->undoStack()->redo();

    // Approve through the button. The runbook's own checks fail (its critical path, steps
    // without an owner): they are shown, and "no" leaves it a draft.
    QVERIFY(!runbookFindings(doc->plan(), *doc->runbook(id)).empty());
    auto *approve = page->findChild<QPushButton *>(QStringLiteral("approveRunbookButton"));
    QVERIFY(approve->isEnabled());
    m_log.answers = {false};
    approve->click();
    QCOMPARE(m_log.confirmations.size(), 1);
    QVERIFY2(m_log.confirmations.first().contains(QLatin1String("checks fail")),
             qPrintable(m_log.confirmations.first()));
    QVERIFY(doc->runbook(id)->status == RunbookStatus::Draft);
    // Approved anyway: with the reason, and the name from the scripted dialog.
    m_log.paths = {QStringLiteral("Accepted for the drill; owners named next week"),
                   QStringLiteral("Hannah Schulz, COO")};
    approve->click();
    QVERIFY(doc->runbook(id)->status == RunbookStatus::Approved);
    QCOMPARE(doc->runbook(id)->approvedBy,
             std::optional<QString>(QStringLiteral("Hannah Schulz, COO")));
    QCOMPARE(
        doc->runbook(id)->approvalNote,
        std::optional<QString>(QStringLiteral("Accepted for the drill; owners named next week")));
    // An approver typed as a person of the plan names that person (shown by name).
    QVERIFY(doc->person(QStringLiteral("hannah-brandt")));
    {
        Runbook again = *doc->runbook(id);
        again.title += QStringLiteral(" (rev)");
        QVERIFY(doc->changeRunbook(again, QStringLiteral("Rename")));
        m_log.paths = {QStringLiteral("Still accepted"), QStringLiteral("hannah brandt")};
        approve->click();
        QCOMPARE(doc->runbook(id)->approvedBy,
                 std::optional<QString>(QStringLiteral("hannah-brandt")));
        QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("runbookStatus"))
                        ->text()
                        .contains(QLatin1String("Hannah Brandt")));
        doc->undo();
        doc->undo();
    }
    {
        const Plan onDisk = TestSupport::loadPlanFile(doc->filePath());
        const auto stored = std::find_if(onDisk.runbooks.cbegin(), onDisk.runbooks.cend(),
                                         [&](const Runbook &r) { return r.id == id; });
        QVERIFY(stored != onDisk.runbooks.cend());
        QCOMPARE(stored->approvalNote, doc->runbook(id)->approvalNote);
    }
    QVERIFY(!approve->isEnabled());

    // Export a PDF in the background.
    const QString pdf = m_dir.filePath(QStringLiteral("ledger.pdf"));
    m_log.paths = {pdf};
    QSignalSpy finished(page, &RunbooksPage::exportFinished);
    page->findChild<QAction *>(QStringLiteral("runbookPdfAction"))->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().at(0).toBool());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // One action turns a recovery analysis into a draft runbook.
    navigator->setCurrentRow(4);
    auto *analyses = m_window->findChild<AnalysesPage *>(QStringLiteral("analysesPage"));
    analyses->setScenario({QStringLiteral("dc-fra")});
    auto *draft = m_window->findChild<QPushButton *>(QStringLiteral("draftRunbookButton"));
    QTRY_VERIFY(draft->isEnabled());
    draft->click();
    QCOMPARE(doc->plan().runbooks.size(), 6);
    const Runbook &drafted = doc->plan().runbooks.last();
    QVERIFY(page->isVisible());
    QCOMPARE(page->currentRunbook(), drafted.id);
    QVERIFY(drafted.status == RunbookStatus::Draft);
    QCOMPARE(drafted.service, QStringLiteral("dc-fra"));
    QCOMPARE(drafted.steps.first().id, QStringLiteral("dc-fra"));
    QVERIFY(drafted.steps.size() > 10);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Add runbook \"%1\"").arg(drafted.title));

    // Everything is in the file.
    const Plan onDisk = TestSupport::loadPlanFile(doc->filePath());
    QCOMPARE(onDisk.runbooks.size(), 6);
    const auto stored = std::find_if(onDisk.runbooks.cbegin(), onDisk.runbooks.cend(),
                                     [&](const Runbook &r) { return r.id == id; });
    QVERIFY(stored != onDisk.runbooks.cend() && *stored == *doc->runbook(id));
}

// Issue 7: a coordinator plans an exercise, runs it live against an injected clock by
// keyboard, pauses, corrects a time, ends it, enters the data-loss point, raises and closes
// actions, prints the report; the file then holds every timestamp, and a new window resumes.
void tst_MainWindow::exerciseIsRunLiveAndSurvivesReopening()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    const QString path = doc->filePath();
    QVERIFY(m_window->showAreaNamed(QStringLiteral("exercises")));
    auto *page = m_window->findChild<ExercisesPage *>(QStringLiteral("exercisesPage"));
    QVERIFY(page && page->isVisible());
    QDateTime now(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    page->setClock([&now] { return now; });
    auto at = [](int h, int m) {
        return QDateTime(QDate(2026, 11, 27), QTime(h, m), Qt::UTC).toString(Qt::ISODate);
    };

    // Plan: a new exercise on the day picked in the calendar, the ledger runbook in scope.
    page->calendar()->setSelectedDate(QDate(2026, 11, 27));
    m_log.paths = {QStringLiteral("Ledger failover drill")};
    page->findChild<QAction *>(QStringLiteral("newExerciseAction"))->trigger();
    const QString id = QStringLiteral("ex-2026-11-27");
    QVERIFY(doc->exercise(id));
    QCOMPARE(page->currentExercise(), id);
    auto *runbooks = page->findChild<QListWidget *>(QStringLiteral("exerciseRunbooks"));
    const QString rb = QStringLiteral("rb-ledger-db-failover");
    for (int i = 0; i < runbooks->count(); ++i) {
        if (runbooks->item(i)->data(Qt::UserRole).toString() == rb)
            runbooks->item(i)->setCheckState(Qt::Checked);
    }
    QTRY_COMPARE(doc->exercise(id)->runbooks, QStringList{rb});
    auto *people = page->findChild<QTableWidget *>(QStringLiteral("exerciseParticipants"));
    QTRY_COMPARE(people->rowCount(), 1);
    people->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Dana Weber")));
    QTRY_COMPARE(doc->exercise(id)->participants.size(), 1);
    // Another service in scope, by its name; an unknown name is refused with a message.
    auto *addService = page->findChild<QLineEdit *>(QStringLiteral("exerciseAddService"));
    addService->setFocus();
    QTest::keyClicks(addService, QStringLiteral("Authorisation engine"));
    QTest::keyClick(addService, Qt::Key_Return);
    QTRY_COMPARE(doc->exercise(id)->services, QStringList{QStringLiteral("app-auth")});
    QVERIFY(addService->completer() && addService->completer()->model()->rowCount() > 60);
    QTest::keyClicks(addService, QStringLiteral("No such thing"));
    QTest::keyClick(addService, Qt::Key_Return);
    QVERIFY(m_log.warnings.last().contains(QLatin1String("No such thing")));
    addService->clear();

    // Live: declare, then steps by keyboard as teams report them.
    page->showTab(ExercisesPage::ConsoleTab);
    ExerciseConsole *console = page->console();
    QVERIFY(console->isVisible());
    console->findChild<QPushButton *>(QStringLiteral("declareButton"))->click();
    QCOMPARE(doc->exercise(id)->declaredAt, std::optional<QString>(at(9, 0)));
    QCOMPARE(console->clockLabel()->text(), QStringLiteral("00:00:00"));
    QTest::keyClicks(console->reporterEdit(), QStringLiteral("Ravi"));
    QTableView *steps = console->stepsView();
    QCOMPARE(steps->model()->rowCount(), 7);
    steps->setFocus();
    steps->setCurrentIndex(steps->model()->index(0, ExerciseStepsModel::StepColumn));
    now = now.addSecs(60);
    QTest::keyClick(steps, Qt::Key_S);
    QCOMPARE(doc->exercise(id)->log.size(), 1);
    QCOMPARE(doc->exercise(id)->log.first().startedAt, at(9, 1));
    QCOMPARE(doc->exercise(id)->log.first().reportedBy, QStringLiteral("Ravi"));
    // F finishes the current step and moves on to the next one not done.
    const int finishMinutes[] = {6, 15, 40, 80, 95, 105};
    for (int i = 0; i < 6; ++i) {
        now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC).addSecs(60 * finishMinutes[i]);
        QCOMPARE(steps->currentIndex().row(), i);
        QTest::keyClick(steps, Qt::Key_F);
        QVERIFY(doc->exercise(id)->log.at(i).finishedAt);
        QTest::keyClick(steps, Qt::Key_S); // the next team starts
        QCOMPARE(doc->exercise(id)->log.size(), i + 2);
    }
    QCOMPARE(steps->currentIndex().row(), 6);
    // 1 h 45 of a 2 h RTO: amber.
    QTableWidget *standing = console->standingView();
    QTRY_VERIFY(standing->rowCount() == 2 &&
                standing->item(0, 3)->text().startsWith(QLatin1String("approaching")));
    // The authorisation engine has no runbook here: elapsed against its 2 h RTO as well.
    QCOMPARE(standing->item(1, 0)->text(), QStringLiteral("Authorisation engine"));
    QCOMPARE(console->clockLabel()->text(), QStringLiteral("01:45:00"));
    // Who to call beside each service: the incident managers start the ledger's runbook, and
    // 105 minutes in, their escalation policy has reached the crisis team.
    const QString calls = console->callNowLabel()->text();
    QVERIFY2(
        calls.contains(standing->item(0, 0)->text() + QStringLiteral(" — call Incident manager: ")),
        qPrintable(calls));
    QVERIFY2(calls.contains(QLatin1String("escalate to Crisis team")), qPrintable(calls));
    // The plan's RTO escalation: past half the RTO, the incident manager is to be told.
    QVERIFY2(calls.contains(QLatin1String("50 % of the RTO gone: notify Incident manager")),
             qPrintable(calls));

    // Past the RTO: red, and the crisis team is to be told. Then a pause stops the clock.
    now = QDateTime(QDate(2026, 11, 27), QTime(11, 10), Qt::UTC);
    QTRY_VERIFY(standing->item(0, 3)->text().startsWith(QLatin1String("BEYOND")));
    QTRY_VERIFY2(console->callNowLabel()->text().contains(QRegularExpression(QStringLiteral(
                     "100 % of the RTO gone: notify Incident manager.*Crisis team"))),
                 qPrintable(console->callNowLabel()->text()));
    console->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click();
    now = now.addSecs(600);
    QTRY_COMPARE(console->clockLabel()->text(), QStringLiteral("02:10:00"));
    QTest::keyClick(steps, Qt::Key_F); // refused while paused: nothing changes
    QVERIFY(!doc->exercise(id)->log.at(6).finishedAt);
    QVERIFY(m_log.warnings.last().contains(QLatin1String("paused")));
    console->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click();
    now = QDateTime(QDate(2026, 11, 27), QTime(11, 30), Qt::UTC);
    QTest::keyClick(steps, Qt::Key_F);
    QVERIFY(doc->exercise(id)->log.at(6).finishedAt);
    m_log.warnings.clear();
    QTRY_VERIFY(standing->item(0, 3)->text().startsWith(QLatin1String("recovered late")));

    // The last finish was reported late: correct it, keeping the original.
    steps->setCurrentIndex(steps->model()->index(6, ExerciseStepsModel::FinishedColumn));
    m_log.paths = {QDateTime::fromString(at(11, 25), Qt::ISODate)
                       .toLocalTime()
                       .toString(QStringLiteral("HH:mm:ss")),
                   QStringLiteral("Reported five minutes late")};
    console->correctCurrentTime();
    const Exercise *e = doc->exercise(id);
    QVERIFY2(m_log.warnings.isEmpty(), qPrintable(m_log.warnings.join(u"; ")));
    QCOMPARE(*e->log.last().finishedAt, at(11, 25));
    QCOMPARE(e->corrections.size(), 1);
    QCOMPARE(e->corrections.first().original, at(11, 30));
    QCOMPARE(e->corrections.first().by, QStringLiteral("Ravi"));
    m_log.paths = {QStringLiteral("Bridge call closed")};
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_N);
    QVERIFY(doc->exercise(id)->log.last().isNote());
    now = QDateTime(QDate(2026, 11, 27), QTime(11, 40), Qt::UTC);
    console->findChild<QPushButton *>(QStringLiteral("endButton"))->click();
    QCOMPARE(doc->exercise(id)->endedAt, std::optional<QString>(at(11, 40)));
    // Undo works in the middle of it all, and redo puts it back.
    doc->undoStack()->undo();
    QVERIFY(!doc->exercise(id)->endedAt);
    doc->undoStack()->redo();
    QVERIFY(doc->exercise(id)->endedAt);

    // Results: 2 h 25 on the clock less the 10 min pause = 2.25 h against 2 h: a miss.
    page->showTab(ExercisesPage::ResultsTab);
    QTableWidget *results = page->results()->resultsTable();
    QTRY_COMPARE(results->rowCount(), 2);
    QCOMPARE(results->item(1, ExerciseResultsView::RtoVerdictColumn)->text(),
             QStringLiteral("not measured"));
    QTRY_COMPARE(results->item(0, ExerciseResultsView::MeasuredRtoColumn)->text(),
                 QStringLiteral("2.25"));
    QCOMPARE(results->item(0, ExerciseResultsView::RtoVerdictColumn)->text(),
             QStringLiteral("miss"));
    results->item(0, ExerciseResultsView::DataLossColumn)
        ->setText(QDateTime::fromString(at(8, 59), Qt::ISODate)
                      .toLocalTime()
                      .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QTRY_COMPARE(doc->exercise(id)->results.size(), 1);
    QCOMPARE(doc->exercise(id)->results.first().dataLossAt, std::optional<QString>(at(8, 59)));
    QTRY_COMPARE(results->item(0, ExerciseResultsView::RpoVerdictColumn)->text(),
                 QStringLiteral("miss"));
    results->item(0, ExerciseResultsView::MeasuredRtoColumn)->setText(QStringLiteral("abc"));
    QVERIFY(m_log.warnings.last().contains(QLatin1String("\"abc\" is not a number")));
    QTRY_COMPARE(results->item(0, ExerciseResultsView::MeasuredRtoColumn)->text(),
                 QStringLiteral("2.25"));

    // Follow-up: raise an action here, close one carried from March; overdue ones are red.
    page->showTab(ExercisesPage::FollowUpTab);
    m_log.paths = {QStringLiteral("Automate the promotion")};
    page->followUp()->addAction();
    QCOMPARE(doc->exercise(id)->actions.size(), 1);
    QCOMPARE(doc->exercise(id)->actions.first().raised,
             std::optional<QString>(QStringLiteral("2026-11-27")));
    QTableWidget *actions = page->followUp()->actionsTable();
    int carried = -1;
    // The sample's exercises raised 11, its post-mortems 9: one register.
    QTRY_VERIFY(actions->rowCount() == 20);
    for (int row = 0; row < actions->rowCount(); ++row) {
        if (actions->item(row, 0)->text().startsWith(QLatin1String("Automate the Kubernetes")))
            carried = row;
    }
    QVERIFY(carried >= 0);
    QCOMPARE(actions->item(carried, 0)->background().color(), QColor(0xf4, 0xc7, 0xc3));
    // A due date that is no date is refused with a message and the table shows the old one.
    const QString oldDue = actions->item(carried, ExerciseFollowUpView::ActionDueColumn)->text();
    actions->item(carried, ExerciseFollowUpView::ActionDueColumn)->setText(QStringLiteral("soon"));
    QVERIFY(m_log.warnings.last().contains(QLatin1String("\"soon\" is not a date")));
    QTRY_COMPARE(actions->item(carried, ExerciseFollowUpView::ActionDueColumn)->text(), oldDue);
    QCOMPARE(doc->exercise(QStringLiteral("ex-2026-03-dc1-loss"))->actions.at(1).due,
             std::optional<QString>(oldDue));
    actions->item(carried, ExerciseFollowUpView::ActionDoneColumn)->setCheckState(Qt::Checked);
    const Exercise *march = doc->exercise(QStringLiteral("ex-2026-03-dc1-loss"));
    QTRY_VERIFY(march->actions.at(1).status == ActionStatus::Done);
    QCOMPARE(march->actions.at(1).closed, std::optional<QString>(QStringLiteral("2026-11-27")));
    QVERIFY(page->followUp()->testsTable()->rowCount() > 0);
    // The dashboard flags what is overdue; the action closed just now is no longer there.
    QVERIFY(m_window->showAreaNamed(QStringLiteral("dashboard")));
    auto *overdue = m_window->findChild<QLabel *>(QStringLiteral("overdueFollowUp"));
    // Post-mortems' actions are in the same register: the earliest due come first.
    QTRY_VERIFY(overdue->isVisible() &&
                !overdue->text().contains(QLatin1String("Automate the Kubernetes")));
    QVERIFY(overdue->text().contains(QLatin1String("Contract a second acquirer")));
    QVERIFY(overdue->text().contains(QLatin1String("more overdue actions")));
    QVERIFY(overdue->text().contains(QLatin1String("Tests overdue")));
    auto *latest = m_window->findChild<QLabel *>(QStringLiteral("latestExercise"));
    QVERIFY2(latest->text().contains(QStringLiteral("Ledger failover drill, 2026-11-27 — 0 of 2 "
                                                    "services met their RTO")),
             qPrintable(latest->text()));
    QVERIFY(m_window->showAreaNamed(QStringLiteral("exercises")));

    // The report, in the background.
    const QString pdf = m_dir.filePath(QStringLiteral("exercise.pdf"));
    m_log.paths = {pdf};
    QSignalSpy finished(page, &ExercisesPage::exportFinished);
    page->findChild<QAction *>(QStringLiteral("exercisePdfAction"))->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // Every tick is in the file; a new window over it resumes where this one was.
    const Exercise inMemory = *doc->exercise(id);
    m_window.reset();
    const Plan onDisk = TestSupport::loadPlanFile(path);
    const Exercise *stored = nullptr;
    for (const Exercise &x : onDisk.exercises) {
        if (x.id == id)
            stored = &x;
    }
    QVERIFY(stored);
    QVERIFY(*stored == inMemory);
    const int startMinutes[] = {1, 6, 15, 40, 80, 95, 105};
    const int endMinutes[] = {6, 15, 40, 80, 95, 105, 145};
    const QDateTime nine(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(stored->log.at(i).startedAt,
                 nine.addSecs(60 * startMinutes[i]).toString(Qt::ISODate));
        QCOMPARE(*stored->log.at(i).finishedAt,
                 nine.addSecs(60 * endMinutes[i]).toString(Qt::ISODate));
    }
    QCOMPARE(stored->pauses.size(), 1);
    QCOMPARE(stored->pauses.first().pausedAt, at(11, 10));
    QCOMPARE(*stored->pauses.first().resumedAt, at(11, 20));
    QCOMPARE(*measureExercise(onDisk, *stored).first().measuredRto, 2.25);

    m_window = std::make_unique<MainWindow>();
    m_window->setDialogs(std::make_unique<ScriptedDialogs>(&m_log));
    m_window->show();
    QVERIFY(m_window->openPlan(path));
    QVERIFY(m_window->showAreaNamed(QStringLiteral("exercises")));
    page = m_window->findChild<ExercisesPage *>(QStringLiteral("exercisesPage"));
    page->showExercise(id);
    page->showTab(ExercisesPage::ConsoleTab);
    QCOMPARE(page->console()->clockLabel()->text(), QStringLiteral("02:30:00"));
    QCOMPARE(page->console()
                 ->stepsView()
                 ->model()
                 ->index(6, ExerciseStepsModel::FinishedColumn)
                 .data()
                 .toString(),
             QDateTime::fromString(at(11, 25), Qt::ISODate)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm:ss")) +
                 QStringLiteral(" *"));
}

// Issue 8: the CMDB import wizard previews what it will do (computed in the background), lists
// bad rows with file and line, imports only once they are explicitly left out, keeps its mapping
// in the plan, and the import is one undo step; the pages follow the replaced plan.
void tst_MainWindow::cmdbWizardPreviewsImportsAndUndoes()
{
    const QString path = m_dir.filePath(QStringLiteral("cmdb-wizard.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QVERIFY(m_window->openPlan(path));
    PlanDocument *doc = m_window->document();
    QVERIFY(m_window->showAreaNamed(QStringLiteral("services")));
    QTRY_COMPARE(rows("serviceTable"), 5);
    const QString cis = TestSupport::dataDir() + QStringLiteral("/cmdb/cis.csv");
    const QString rels = m_dir.filePath(QStringLiteral("wizard-rels.csv"));
    QByteArray relsBytes =
        TestSupport::readAll(TestSupport::dataDir() + QStringLiteral("/cmdb/rels.csv"));
    relsBytes.append("ci-app,Depends on::Used by,ci-ghost\n");
    QVERIFY(TestSupport::writeAll(rels, relsBytes));

    action("cmdbImportAction")->trigger();
    QPointer<CmdbImportWizard> wizard =
        m_window->findChild<CmdbImportWizard *>(QStringLiteral("cmdbImportWizard"));
    QVERIFY(wizard && wizard->isVisible());
    // A path that is no file keeps the wizard on the first page with a message.
    wizard->setFiles(m_dir.filePath(QStringLiteral("nope.csv")), rels);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CmdbImportWizard::FilesPageId));
    QVERIFY(m_log.warnings.last().contains(QLatin1String("nope.csv")));
    wizard->setFiles(cis, rels);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CmdbImportWizard::MappingPageId));
    // Edit the mapping: printers become infrastructure instead of being left out.
    QStringList problems;
    const std::optional<CmdbMapping> printers = CmdbMapping::fromJson(
        TestSupport::readAll(TestSupport::dataDir() + QStringLiteral("/cmdb/mapping.json")),
        &problems);
    QVERIFY(printers);
    wizard->setMapping(*printers);
    QCOMPARE(wizard->mapping().kindFor(QStringLiteral("cmdb_ci_printer")),
             std::optional<ServiceKind>(ServiceKind::Infrastructure));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CmdbImportWizard::PreviewPageId));
    QTRY_VERIFY(wizard->isPreviewReady());
    QVERIFY2(wizard->summaryLabel()->text().contains(QLatin1String("8 added")),
             qPrintable(wizard->summaryLabel()->text()));
    // pay-db carries a sys_id from an earlier import that this export no longer lists.
    QVERIFY(wizard->summaryLabel()->text().contains(QLatin1String("1 removed")));
    QCOMPARE(wizard->previewTable()->rowCount(), 9);
    QCOMPARE(wizard->previewTable()->item(0, 0)->text(), QStringLiteral("added"));
    QCOMPARE(wizard->previewTable()->item(8, 0)->text(), QStringLiteral("removed"));
    QCOMPARE(wizard->previewTable()->item(8, 1)->text(), QStringLiteral("pay-db"));
    QCOMPARE(wizard->problemsTable()->rowCount(), 1);
    QCOMPARE(wizard->problemsTable()->item(0, 0)->text(), QStringLiteral("wizard-rels.csv"));
    QCOMPARE(wizard->problemsTable()->item(0, 1)->text(), QString::number(relsBytes.count('\n')));
    QVERIFY(wizard->problemsTable()->item(0, 2)->text().contains(QLatin1String("ci-ghost")));
    QCOMPARE(doc->plan().services.size(), 5); // nothing written yet
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->skipBadRows()->setChecked(true);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!wizard);

    QCOMPARE(doc->plan().services.size(), 12);
    QVERIFY(doc->plan().cmdbMapping.contains(QLatin1String("cmdb_ci_printer")));
    QCOMPARE(doc->undoStack()->undoText(),
             QStringLiteral("Import from CMDB (8 added, 0 changed, 1 removed)"));
    const Plan onDisk = TestSupport::loadPlanFile(path);
    QCOMPARE(onDisk.services.size(), 12);
    QCOMPARE(onDisk.cmdbMapping, doc->plan().cmdbMapping);
    QTRY_COMPARE(rows("serviceTable"), 12);
    QVERIFY(m_window->findChild<QTableView *>(QStringLiteral("serviceTable"))->isVisible());

    doc = m_window->document();
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().services.size(), 5);
    QVERIFY(doc->plan().cmdbMapping.isEmpty());
    QTRY_COMPARE(rows("serviceTable"), 5);
    QCOMPARE(TestSupport::loadPlanFile(path).services.size(), 5);
    m_window->document()->undoStack()->redo();
    QTRY_COMPARE(rows("serviceTable"), 12);
}

// Issue 9: View > Language saves the choice, and the window comes back in that language on the
// same plan and area, with dates and numbers in the language's format.
void tst_MainWindow::languageSwitchReopensTheWindowInThatLanguage()
{
    Language::setPreferred(QString());
    QVERIFY(m_window->openSamplePlan());
    QVERIFY(m_window->showAreaNamed(QStringLiteral("runbooks")));
    // The selection is kept too: a runbook other than the first.
    m_window->goTo(SearchKind::Runbook, QStringLiteral("rb-ransomware-restore"));
    QCOMPARE(m_window->currentSelection()->second, QStringLiteral("rb-ransomware-restore"));
    const QString plan = m_window->document()->filePath();
    auto menuTitles = [this] {
        QStringList titles;
        for (QAction *a : m_window->menuBar()->actions())
            titles.append(a->text());
        return titles;
    };
    QVERIFY(menuTitles().contains(QStringLiteral("&File")));
    QSignalSpy chosen(m_window.get(), &MainWindow::languageChosen);
    action("language_de")->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("de"));
    QCOMPARE(Language::preferred(), QStringLiteral("de"));

    m_window = MainWindow::reopenInLanguage(std::move(m_window), QStringLiteral("de"));
    m_window->setDialogs(std::make_unique<ScriptedDialogs>(&m_log));
    m_window->show();
    QVERIFY2(menuTitles().contains(QStringLiteral("&Datei")), qPrintable(menuTitles().join(u'|')));
    QVERIFY(menuTitles().contains(QStringLiteral("&Ansicht")));
    auto *navigator = m_window->findChild<QListWidget *>(QStringLiteral("navigator"));
    QCOMPARE(navigator->item(0)->text(), QStringLiteral("Übersicht"));
    QCOMPARE(m_window->document()->filePath(), plan);
    QCOMPARE(m_window->currentAreaName(), QStringLiteral("runbooks"));
    QVERIFY(m_window->currentSelection());
    QCOMPARE(m_window->currentSelection()->second, QStringLiteral("rb-ransomware-restore"));
    QVERIFY(action("language_de")->isChecked());
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QCOMPARE(QLocale().toString(QDate(2026, 11, 27), QLocale::ShortFormat),
             QStringLiteral("27.11.26"));

    m_window = MainWindow::reopenInLanguage(std::move(m_window), QStringLiteral("fr"));
    m_window->setDialogs(std::make_unique<ScriptedDialogs>(&m_log));
    QVERIFY(menuTitles().contains(QStringLiteral("&Fichier")));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u202f234,5"));

    // Edit > Preferences offers the same choice; Cancel changes nothing, OK chooses.
    QSignalSpy chosenAgain(m_window.get(), &MainWindow::languageChosen);
    action("preferencesAction")->trigger();
    auto *preferences = m_window->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(preferences && preferences->isVisible());
    auto *box = preferences->findChild<QComboBox *>(QStringLiteral("languageBox"));
    QCOMPARE(box->currentData().toString(), QStringLiteral("de")); // still the preference
    box->setCurrentIndex(box->findData(QStringLiteral("fr")));
    preferences->reject();
    QCOMPARE(chosenAgain.count(), 0);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("preferencesDialog")));
    action("preferencesAction")->trigger();
    preferences = m_window->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
    QTRY_VERIFY(preferences && preferences->isVisible());
    box = preferences->findChild<QComboBox *>(QStringLiteral("languageBox"));
    box->setCurrentIndex(box->findData(QString()));
    preferences->accept();
    QCOMPARE(chosenAgain.count(), 1);
    QCOMPARE(chosenAgain.first().at(0).toString(), QString());
    QCOMPARE(Language::preferred(), QString());

    // Back to English for the other tests.
    Language::setPreferred(QString());
    m_window = MainWindow::reopenInLanguage(std::move(m_window), QStringLiteral("en"));
    m_window->setDialogs(std::make_unique<ScriptedDialogs>(&m_log));
    QVERIFY(menuTitles().contains(QStringLiteral("&File")));
}

// The document announces every change through one signal: every page stays in step with every
// verb (the dashboard's counts after adding a runbook, among others), and a whole-plan
// replacement is a change like the others, handled by the same pages, not by rebuilding the
// window.
void tst_MainWindow::everyPageFollowsEveryVerb()
{
    action("sampleAction")->trigger();
    PlanDocument *doc = m_window->document();
    QVERIFY(doc);
    QWidget *dashboard = m_window->findChild<QWidget *>(QStringLiteral("dashboardPage"));
    QWidget *runbooksPage = m_window->findChild<QWidget *>(QStringLiteral("runbooksPage"));
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("dashboardCounts"));
    auto *runbookList = m_window->findChild<QListWidget *>(QStringLiteral("runbookList"));
    auto *exerciseList = m_window->findChild<QListWidget *>(QStringLiteral("exerciseList"));
    QVERIFY(dashboard && runbooksPage && counts && runbookList && exerciseList);
    auto inStep = [&]() -> QString {
        QCoreApplication::processEvents();
        const Plan &plan = doc->plan();
        const QString text = counts->text();
        if (!text.startsWith(QStringLiteral("%1 business processes").arg(plan.processes.size())))
            return QStringLiteral("dashboard processes: ") + text;
        if (!text.contains(QStringLiteral("%1 services").arg(plan.services.size())))
            return QStringLiteral("dashboard services: ") + text;
        if (!text.contains(QStringLiteral("%1 runbooks, %2 exercises")
                               .arg(plan.runbooks.size())
                               .arg(plan.exercises.size())))
            return QStringLiteral("dashboard runbooks and exercises: ") + text;
        if (rows("processTable") != plan.processes.size())
            return QStringLiteral("process table");
        if (rows("serviceTable") != plan.services.size())
            return QStringLiteral("service table");
        if (runbookList->count() != plan.runbooks.size())
            return QStringLiteral("runbook list");
        if (exerciseList->count() != plan.exercises.size())
            return QStringLiteral("exercise list");
        return QString();
    };
    QTRY_VERIFY2(inStep().isEmpty(), qPrintable(inStep()));
    using Verb = std::function<bool(QString *)>;
    const QList<QPair<const char *, Verb>> verbs = {
        {"add runbook",
         [&](QString *e) {
             Runbook r;
             r.title = QStringLiteral("Restore the mail relay");
             r.id = doc->uniqueRunbookId(r.title);
             return doc->addRunbook(r, e);
         }},
        {"add process",
         [&](QString *e) {
             Process p;
             p.id = QStringLiteral("handle-complaints");
             p.name = QStringLiteral("Handle complaints");
             return doc->addProcess(p, e);
         }},
        {"add service",
         [&](QString *e) {
             Service s;
             s.id = QStringLiteral("mail-relay");
             s.name = QStringLiteral("Mail relay");
             return doc->addService(s, e);
         }},
        {"add exercise",
         [&](QString *e) {
             Exercise x;
             x.id = doc->uniqueExerciseId(QStringLiteral("2027-01-20"));
             x.title = QStringLiteral("Mail relay failover");
             x.date = QStringLiteral("2027-01-20");
             return doc->addExercise(x, e);
         }},
        {"remove nodes",
         [&](QString *e) {
             return doc->removeNodes(
                 {QStringLiteral("handle-complaints"), QStringLiteral("mail-relay")}, e);
         }},
        {"replace the plan",
         [&](QString *e) {
             Plan smaller = doc->plan();
             smaller.runbooks.removeLast();
             smaller.exercises.removeLast();
             return doc->replacePlan(smaller, QStringLiteral("Import"), e);
         }},
    };
    for (const auto &[name, verb] : verbs) {
        QString error;
        QVERIFY2(verb(&error),
                 qPrintable(QString::fromLatin1(name) + QStringLiteral(": ") + error));
        QTRY_VERIFY2(inStep().isEmpty(),
                     qPrintable(QString::fromLatin1(name) + QStringLiteral(": ") + inStep()));
        doc->undoStack()->undo();
        QTRY_VERIFY2(inStep().isEmpty(), qPrintable(QString::fromLatin1(name) +
                                                    QStringLiteral(" undone: ") + inStep()));
        doc->undoStack()->redo();
        QTRY_VERIFY2(inStep().isEmpty(), qPrintable(QString::fromLatin1(name) +
                                                    QStringLiteral(" redone: ") + inStep()));
    }
    // The same pages as before the replacement: nothing was torn down.
    QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("dashboardPage")), dashboard);
    QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("runbooksPage")), runbooksPage);
}

// The offscreen platform's screen is 800 × 600 unless told otherwise: give it the 1600 × 1000
// a workshop's projector or a laptop has, so that full-screen presentation mode is measured as
// a planner sees it (everyAreaFitsAtBothScales).
int main(int argc, char **argv)
{
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" +
                                       QFile::encodeName(TestSupport::dataDir() +
                                                         QStringLiteral("/offscreen-screen.json")));
    QApplication app(argc, argv);
    tst_MainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"

// The People area as a coordinator uses it: find a person, read their card, fix a phone number,
// see who of a role is on call, add someone to a call tree; each edit one undo step.
void tst_MainWindow::peopleAreFoundEditedAndCalled()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    action("areaAction8")->trigger();
    auto *navigator = m_window->findChild<QListWidget *>(QStringLiteral("navigator"));
    QCOMPARE(navigator->currentRow(), 7);
    QCOMPARE(m_window->currentAreaName(), QStringLiteral("people"));

    m_window->goTo(SearchKind::Person, QStringLiteral("lars-nilsson"));
    auto *page = m_window->findChild<PeoplePage *>(QStringLiteral("peoplePage"));
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->currentId(), QStringLiteral("lars-nilsson"));
    auto *card = page->findChild<QTextBrowser *>(QStringLiteral("peopleCard"));
    QVERIFY2(card->toHtml().contains(QLatin1String("tel:+4915155501")), qPrintable(card->toHtml()));
    QVERIFY(card->toHtml().contains(QLatin1String("mailto:lars.nilsson@")));

    // The people policy in its dialog: a tier's default escalation typed by name, a wrong
    // name refused in the dialog (which stays open), then accepted as one undo step.
    page->editPolicy();
    auto *policyDialog =
        page->findChild<PeoplePolicyDialog *>(QStringLiteral("peoplePolicyDialog"));
    QVERIFY(policyDialog && policyDialog->isVisible());
    auto *tiers = policyDialog->findChild<QTableWidget *>(QStringLiteral("tierEscalationTable"));
    tiers->item(3, 1)->setText(QStringLiteral("120: Lars Nilsson, Nobody Here"));
    policyDialog->accept();
    QVERIFY(policyDialog->isVisible());
    QVERIFY(policyDialog->findChild<QLabel *>(QStringLiteral("peoplePolicyError"))
                ->text()
                .contains(QLatin1String("\"Nobody Here\" is not a person or role")));
    tiers->item(3, 1)->setText(QStringLiteral("120: Lars Nilsson; 480: Crisis team"));
    const int policySteps = doc->undoStack()->count();
    policyDialog->accept();
    QTRY_VERIFY(
        !page->findChild<PeoplePolicyDialog *>(QStringLiteral("peoplePolicyDialog")) ||
        !page->findChild<PeoplePolicyDialog *>(QStringLiteral("peoplePolicyDialog"))->isVisible());
    QCOMPARE(doc->undoStack()->count(), policySteps + 1);
    const EscalationPolicy &tier3 = *doc->plan().peoplePolicy.tierEscalation[3];
    QCOMPARE(tier3.levels.size(), 2);
    QCOMPARE(tier3.levels.at(0).notify, QStringList{QStringLiteral("lars-nilsson")});
    QCOMPARE(tier3.levels.at(1).afterMinutes, 480.0);
    QCOMPARE(tier3.levels.at(1).notify, QStringList{QStringLiteral("crisis-team")});

    // A new mobile number, typed into the phones table.
    const int steps = doc->undoStack()->count();
    auto *phones = page->findChild<QTableWidget *>(QStringLiteral("personPhones"));
    const int before = phones->rowCount();
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addPhoneButton")),
                      Qt::LeftButton);
    QCOMPARE(phones->rowCount(), before + 1);
    phones->item(before, 1)->setText(QStringLiteral("+49 171 5550 9999"));
    QCOMPARE(doc->person(QStringLiteral("lars-nilsson"))->phones.size(), before + 1);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    // A broken e-mail is refused with its reason, and the stored one comes back.
    auto *email = page->findChild<QLineEdit *>(QStringLiteral("personEmail"));
    email->setText(QStringLiteral("lars at home"));
    emit email->editingFinished();
    auto *error = page->findChild<QLabel *>(QStringLiteral("peopleError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("e-mail")), qPrintable(error->text()));
    QTRY_COMPARE(email->text(), doc->person(QStringLiteral("lars-nilsson"))->email);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undo();
    QCOMPARE(doc->person(QStringLiteral("lars-nilsson"))->phones.size(), before);
    QTRY_COMPARE(phones->rowCount(), before);

    // The search narrows all three lists.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("peopleSearch"));
    QTest::keyClicks(search, QStringLiteral("vogel"));
    auto *persons = page->findChild<QListWidget *>(QStringLiteral("personsList"));
    int shown = 0;
    for (int i = 0; i < persons->count(); ++i)
        shown += !persons->item(i)->isHidden();
    QCOMPARE(shown, 1);
    search->clear();

    // A role's card says who is on call now.
    page->showRole(QStringLiteral("network"));
    QTRY_VERIFY2(card->toPlainText().contains(QLatin1String("On call now")),
                 qPrintable(card->toPlainText()));

    // A call tree gains a caller under the one selected; the reach times follow.
    page->showCallTree(QStringLiteral("it-recovery"));
    auto *tree = page->findChild<QTreeWidget *>(QStringLiteral("callTreeView"));
    tree->setCurrentItem(tree->topLevelItem(0));
    const int children = tree->topLevelItem(0)->childCount();
    auto *contact = page->findChild<QComboBox *>(QStringLiteral("callTreeContact"));
    contact->setCurrentIndex(contact->findData(QStringLiteral("tom-ellis")));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("callTreeAddButton")),
                      Qt::LeftButton);
    QCOMPARE(doc->callTree(QStringLiteral("it-recovery"))->root.children.size(), children + 1);
    tree = page->findChild<QTreeWidget *>(QStringLiteral("callTreeView"));
    QTRY_VERIFY(!tree->topLevelItem(0)->child(children)->text(1).isEmpty());
    QTreeWidgetItem *added = tree->topLevelItem(0)->child(children);
    QVERIFY(added->text(0).contains(QLatin1String("Tom Ellis")));
    QCOMPARE(added->text(1), QStringLiteral("%1 min").arg(3 * (children + 1)));
    doc->undo();
    QCOMPARE(doc->callTree(QStringLiteral("it-recovery"))->root.children.size(), children);

    // A person the plan still names is not deleted; the message says where.
    page->showPerson(QStringLiteral("markus-vogel"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removePeopleButton")),
                      Qt::LeftButton);
    QCOMPARE(m_log.errors.size(), 1);
    QVERIFY2(m_log.errors.first().contains(QLatin1String("owner of Pay out funds")),
             qPrintable(m_log.errors.first()));
    // A new person can be added and, named nowhere, deleted again.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addPersonButton")),
                      Qt::LeftButton);
    const QString added2 = page->currentId();
    QVERIFY(doc->person(added2));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removePeopleButton")),
                      Qt::LeftButton);
    QVERIFY(!doc->person(added2));

    // An owner typed as a person's name (any case) names that person; the field shows the name.
    m_window->goTo(SearchKind::Process, QStringLiteral("payouts"));
    auto *owner = m_window->findChild<QLineEdit *>(QStringLiteral("inspectProcessOwner"));
    QVERIFY(owner && owner->completer());
    owner->setText(QStringLiteral("lars nilsson"));
    emit owner->editingFinished();
    QCOMPARE(doc->process(QStringLiteral("payouts"))->owner, QStringLiteral("lars-nilsson"));
    QTRY_COMPARE(owner->text(), QStringLiteral("Lars Nilsson"));
    owner->setText(QStringLiteral("Night shift lead"));
    emit owner->editingFinished();
    QCOMPARE(doc->process(QStringLiteral("payouts"))->owner, QStringLiteral("Night shift lead"));
    doc->undo();
    doc->undo();
    QCOMPARE(doc->process(QStringLiteral("payouts"))->owner, QStringLiteral("markus-vogel"));

    // Who to call when Frankfurt is lost: the owners and recoverers of what is down.
    m_window->showScenario({QStringLiteral("dc-fra")});
    auto *who = m_window->findChild<QTreeWidget *>(QStringLiteral("whoToCallTree"));
    QVERIFY(who);
    QTRY_VERIFY_WITH_TIMEOUT(who->topLevelItemCount() >= 5, 20000);
    QStringList callers;
    for (int i = 0; i < who->topLevelItemCount(); ++i)
        callers.append(who->topLevelItem(i)->text(0));
    QVERIFY2(callers.contains(QStringLiteral("Incident manager")), qPrintable(callers.join(u',')));
    QVERIFY(who->topLevelItem(0)->text(2).startsWith(QLatin1Char('+')));
    // ... and on paper, from the same tab.
    const QString sheet = m_dir.filePath(QStringLiteral("frankfurt-contacts.pdf"));
    m_log.paths = {sheet};
    QTest::mouseClick(
        m_window->findChild<QPushButton *>(QStringLiteral("scenarioContactSheetButton")),
        Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(sheet).size() > 1000 && !page->isExporting(), 20000);

    // People from vCards through File › Import: one undo step; a broken file changes nothing.
    const QString cards = m_dir.filePath(QStringLiteral("people-import.vcf"));
    QVERIFY(TestSupport::writeAll(cards, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoe Zimmer\r\n"
                                         "TEL;TYPE=cell:+49 151 5550 4242\r\nEND:VCARD\r\n"));
    const qsizetype before2 = doc->plan().persons.size();
    m_log.paths = {cards};
    action("importVCardAction")->trigger();
    QCOMPARE(doc->plan().persons.size(), before2 + 1);
    QCOMPARE(doc->undoStack()->text(doc->undoStack()->index() - 1),
             QStringLiteral("Import people-import.vcf"));
    const QString broken = m_dir.filePath(QStringLiteral("people-broken.vcf"));
    QVERIFY(TestSupport::writeAll(broken, "BEGIN:VCARD\nVERSION:4.0\nFN:Y\n"));
    m_log.paths = {broken};
    action("importVCardAction")->trigger();
    QVERIFY2(m_log.errors.last().contains(QLatin1String("line 1")),
             qPrintable(m_log.errors.last()));
    QCOMPARE(doc->plan().persons.size(), before2 + 1);
    doc->undo();
    QCOMPARE(doc->plan().persons.size(), before2);
}

// The Incidents & SLOs area as a DR coordinator uses it after an outage: record the incident,
// type when it began in the plan's time zone, list the database that failed, take the cascade's
// proposal of what else went down, start the post-mortem, read the error budgets; each edit one
// undo step, a time that does not read refused with a word.
void tst_MainWindow::availabilityAndDoublePointsInTheAnalyses()
{
    QVERIFY(m_window->openSamplePlan());
    QVERIFY(m_window->showAreaNamed(QStringLiteral("analyses")));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("analysisTabs"));
    auto *view = m_window->findChild<AvailabilityView *>(QStringLiteral("availabilityView"));
    QVERIFY(tabs && view);
    // Shown for the first time, it computes in the background.
    tabs->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && view->table()->rowCount() > 0, 30000);
    QTableWidget *table = view->table();
    int gateway = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("app-api-gw"))
            gateway = row;
    }
    QVERIFY(gateway >= 0);
    // Its SLO of 99.95 % is beyond what its providers give (the slo-infeasible finding).
    QVERIFY2(table->item(gateway, AvailabilityView::SloColumn)->text().contains(u"99.95"),
             qPrintable(table->item(gateway, AvailabilityView::SloColumn)->text()));
    QVERIFY(table->item(gateway, AvailabilityView::SloColumn)->font().bold());
    // Its double points of failure: pairs, neither of them a single point of failure.
    table->setCurrentCell(gateway, 0);
    QTRY_VERIFY(view->pairsTable()->rowCount() > 0);
    // MTBF and MTTR typed in the inspector make the figures out of date until computed again.
    auto *status = view->findChild<QLabel *>(QStringLiteral("availabilityStatus"));
    auto *inspector = m_window->findChild<NodeInspector *>();
    QVERIFY(inspector);
    inspector->setNode(QStringLiteral("app-api-gw"));
    auto *mtbf = m_window->findChild<QLineEdit *>(QStringLiteral("inspectServiceMtbf"));
    auto *mttr = m_window->findChild<QLineEdit *>(QStringLiteral("inspectServiceMttr"));
    QVERIFY(mtbf && mttr);
    mtbf->setText(QStringLiteral("10000"));
    emit mtbf->editingFinished();
    mttr->setText(QStringLiteral("1"));
    emit mttr->editingFinished();
    QCOMPARE(m_window->document()->service(QStringLiteral("app-api-gw"))->mtbfHours,
             std::optional<double>(10000));
    QCOMPARE(m_window->document()->service(QStringLiteral("app-api-gw"))->mttrHours,
             std::optional<double>(1));
    QVERIFY(status->text().contains(QLatin1String("changed")));
    view->findChild<QPushButton *>(QStringLiteral("computeAvailabilityButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && !status->text().contains(u"changed"), 30000);
}

// The Compliance area (#24 point 2): the sample's controls effective and ineffective with their
// items, an access review recorded and an exception taken through the forms, each one undo step.
void tst_MainWindow::complianceShowsControlsAndTakesRecords()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    action("areaAction11")->trigger();
    QCOMPARE(m_window->currentAreaName(), QStringLiteral("compliance"));
    auto *page = m_window->findChild<CompliancePage *>(QStringLiteral("compliancePage"));
    QVERIFY(page && page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isEvaluating(), 20000);
    QTableWidget *controls = page->controlsTable();
    QTRY_COMPARE(controls->rowCount(), int(doc->plan().controls.size()));
    // The manual control with fresh evidence is effective, with the file as its item.
    QVERIFY(page->selectControl(QStringLiteral("CTL-10")));
    const int row = controls->currentRow();
    QCOMPARE(controls->item(row, 2)->text(), displayName(ControlState::Effective));
    QCOMPARE(page->itemsTable()->item(0, 0)->text(), QStringLiteral("EV-1"));
    // An ineffective one lists its failing items first.
    QVERIFY(page->selectControl(QStringLiteral("CTL-07")));
    QVERIFY(page->itemsTable()->rowCount() > 1);
    QCOMPARE(page->itemsTable()->item(0, 0)->text(), QStringLiteral("jonas-weber"));
    // Requirements: every one of the catalogue, with the controls that answer it.
    QVERIFY(page->requirementsTable()->rowCount() >= 30);

    // Record an access review through its form.
    const qsizetype reviews = doc->plan().accessReviews.size();
    page->recordAccessReview();
    auto *reviewForm = page->findChild<AccessReviewDialog *>();
    QVERIFY(reviewForm && reviewForm->isVisible());
    auto *node = reviewForm->findChild<QComboBox *>(QStringLiteral("accessReviewNode"));
    node->setCurrentIndex(node->findData(QStringLiteral("app-auth")));
    auto *reviewer = reviewForm->findChild<QComboBox *>(QStringLiteral("accessReviewReviewer"));
    reviewer->setCurrentIndex(reviewer->findData(QStringLiteral("julia-meyer")));
    reviewForm->findChild<QSpinBox *>(QStringLiteral("accessReviewAccounts"))->setValue(30);
    reviewForm->findChild<QSpinBox *>(QStringLiteral("accessReviewRemoved"))->setValue(2);
    reviewForm->accept();
    QCOMPARE(doc->plan().accessReviews.size(), reviews + 1);
    QCOMPARE(doc->plan().accessReviews.constLast().node, QStringLiteral("app-auth"));
    QCOMPARE(doc->plan().accessReviews.constLast().reviewedOn,
             QDate::currentDate().toString(Qt::ISODate));
    QTRY_COMPARE(page->reviewsTable()->rowCount(), int(reviews + 1));

    // Accept the failing internal-audit control: someone not entitled is refused in the form.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isEvaluating(), 20000);
    QVERIFY(page->selectControl(QStringLiteral("CTL-11")));
    auto *accept = page->findChild<QPushButton *>(QStringLiteral("complianceAcceptControl"));
    QVERIFY(accept->isEnabled());
    accept->click();
    auto *form = page->findChild<ExceptionDialog *>();
    QVERIFY(form && form->isVisible());
    auto *by = form->findChild<QComboBox *>(QStringLiteral("exceptionBy"));
    by->setCurrentIndex(by->findData(QStringLiteral("ravi-kumar")));
    form->findChild<QPlainTextEdit *>(QStringLiteral("exceptionReason"))
        ->setPlainText(QStringLiteral("The audit moved to January."));
    form->accept();
    auto *error = form->findChild<QLabel *>(QStringLiteral("dialogError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("ravi-kumar")) ||
                 error->text().contains(QLatin1String("accept")),
             qPrintable(error->text()));
    by->setCurrentIndex(by->findData(QStringLiteral("hannah-brandt"))); // the crisis team
    const qsizetype exceptions = doc->plan().exceptions.size();
    form->accept();
    QCOMPARE(doc->plan().exceptions.size(), exceptions + 1);
    QCOMPARE(doc->plan().exceptions.constLast().control, QStringLiteral("CTL-11"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isEvaluating() &&
                                 page->selectControl(QStringLiteral("CTL-11")) &&
                                 !accept->isEnabled(),
                             20000);
    // One undo step takes it back.
    doc->undo();
    QCOMPARE(doc->plan().exceptions.size(), exceptions);

    // Ctrl+P here prints the control-status report; its PDF is written in the background.
    QVERIFY(action("printPreviewAction")->isEnabled());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("control-status.pdf"));
    QVERIFY(page->exportPdf(pdf));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 30000);
    QVERIFY(QFileInfo(pdf).size() > 1000);

    // The evidence pack, written on a worker; it verifies.
    const QString zip = dir.filePath(QStringLiteral("evidence.zip"));
    QSignalSpy written(page, &CompliancePage::evidencePackWritten);
    QVERIFY(page->writeEvidencePack(zip));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isWritingPack(), 60000);
    QTRY_COMPARE(written.size(), 1);
    QVERIFY(written.first().at(0).toBool());
    QVERIFY(EvidencePack::verify(zip).ok);
}

void tst_MainWindow::contractsCommitmentsAndTheDoraRegister()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    action("areaAction11")->trigger();
    auto *page = m_window->findChild<CompliancePage *>(QStringLiteral("compliancePage"));
    QVERIFY(page && page->isVisible());
    ContractsPanel *contracts = page->contracts();
    page->tabs()->setCurrentWidget(contracts);
    QTRY_VERIFY_WITH_TIMEOUT(contracts->isVisible() && !contracts->isBuilding() &&
                                 !contracts->lastRegister().tables.isEmpty(),
                             20000);
    QCOMPARE(contracts->table()->rowCount(), int(doc->plan().contracts.size()));
    // CardNet's contract: what the register derives, in words under the table.
    QVERIFY(contracts->selectContract(QStringLiteral("CT-2")));
    const QString assessment = contracts->assessmentLabel()->text();
    QVERIFY2(assessment.contains(QLatin1String("Authorise card payments")) &&
                 assessment.contains(displayNameOfSubstitutability(QStringLiteral("not"))),
             qPrintable(assessment));
    const int row = contracts->table()->currentRow();
    QVERIFY(contracts->table()->item(row, 7)->font().italic()); // a suggestion, not confirmed

    // A new contract through its form: a wrong country is named, a right one kept; one undo step.
    const qsizetype before = doc->plan().contracts.size();
    contracts->addContract();
    auto *form = contracts->findChild<ContractDialog *>();
    QVERIFY(form && form->isVisible());
    auto *supplier = form->findChild<QComboBox *>(QStringLiteral("contractSupplier"));
    supplier->setCurrentIndex(supplier->findData(QStringLiteral("sup-cardnet")));
    // The supplier's identity comes from its other contract.
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("contractSupplierCode"))->text(),
             doc->contract(QStringLiteral("CT-2"))->supplierCode);
    form->findChild<QLineEdit *>(QStringLiteral("contractReference"))
        ->setText(QStringLiteral("NWP-ICT-2026-200"));
    form->findChild<QLineEdit *>(QStringLiteral("contractStart"))
        ->setText(QStringLiteral("2026-13-01"));
    form->accept();
    auto *error = form->findChild<QLabel *>(QStringLiteral("dialogError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("start")), qPrintable(error->text()));
    form->findChild<QLineEdit *>(QStringLiteral("contractStart"))
        ->setText(QStringLiteral("2026-01-01"));
    auto *service = form->findChild<QComboBox *>(QStringLiteral("contractIctService"));
    service->setCurrentIndex(service->findData(QStringLiteral("S14")));
    form->findChild<QDoubleSpinBox *>(QStringLiteral("contractSlaAvailability"))->setValue(99.8);
    form->accept();
    QCOMPARE(doc->plan().contracts.size(), before + 1);
    const SupplierContract added = doc->plan().contracts.constLast();
    QCOMPARE(added.reference, QStringLiteral("NWP-ICT-2026-200"));
    QCOMPARE(added.ictService, QStringLiteral("S14"));
    QCOMPARE(added.slaAvailability, std::optional<double>(99.8));
    QCOMPARE(added.supplierCountry, doc->contract(QStringLiteral("CT-2"))->supplierCountry);
    QTRY_COMPARE(contracts->table()->rowCount(), int(before + 1));
    doc->undo();
    QCOMPARE(doc->plan().contracts.size(), before);

    // The register, written from the tab; with the entity's LEI broken it is refused by name.
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("register.zip"));
    QString message;
    const qsizetype warnings = m_log.warnings.size();
    QVERIFY2(contracts->exportRegister(zip, &message), qPrintable(message));
    QVERIFY(QFileInfo(zip).size() > 1000);
    QCOMPARE(m_log.warnings.size(), warnings + 1); // the unconfirmed suggestions, said
    QVERIFY(m_log.warnings.constLast().contains(QLatin1String("not confirmed")));
    GovernancePolicy g = doc->plan().governancePolicy;
    g.entityLei = QStringLiteral("9999SAMPLENWPAY00016");
    QVERIFY(doc->setGovernancePolicy(g));
    const QString refused = dir.filePath(QStringLiteral("refused.zip"));
    QVERIFY(!contracts->exportRegister(refused, &message));
    QVERIFY2(message.contains(QLatin1String("9999SAMPLENWPAY00016")), qPrintable(message));
    QVERIFY(!QFile::exists(refused));
    doc->undo();

    // Commitments: where the plan's SLO falls short, in words.
    CommitmentsPanel *commitments = page->commitments();
    page->tabs()->setCurrentWidget(commitments);
    QTRY_COMPARE(commitments->table()->rowCount(), int(doc->plan().commitments.size()));
    bool weaker = false;
    for (int r = 0; r < commitments->table()->rowCount(); ++r) {
        if (commitments->table()->item(r, 0)->text() == QLatin1String("CC-2"))
            weaker = commitments->table()->item(r, 6)->toolTip().contains(QLatin1String("99.5"));
    }
    QVERIFY(weaker);
}

void tst_MainWindow::theAuditAreaShowsEveryEdit()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    Process p = doc->plan().processes.first();
    p.rtoHours = 5;
    QVERIFY(doc->changeProcess(p));
    const QString edit = doc->undoStack()->undoText();
    action("areaAction12")->trigger();
    QCOMPARE(m_window->currentAreaName(), QStringLiteral("audit"));
    auto *page = m_window->findChild<AuditPage *>(QStringLiteral("auditPage"));
    QVERIFY(page && page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QTableView *table = page->table();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    // Newest first: the edit, named as the Edit menu names it, with what changed.
    QCOMPARE(table->model()->index(0, AuditTableModel::Action).data().toString(), edit);
    QVERIFY(table->model()
                ->index(0, AuditTableModel::Changed)
                .data()
                .toString()
                .contains(QLatin1String("rtoHours")));
    auto *chain = page->findChild<QLabel *>(QStringLiteral("auditChain"));
    QVERIFY2(chain->text().contains(doc->auditHead().shortText()), qPrintable(chain->text()));
    // Undo is a change too, and the area follows it.
    doc->undo();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(table->model()
                ->index(0, AuditTableModel::Action)
                .data()
                .toString()
                .startsWith(QLatin1String("Undo")));
    // The filters: by action, by object.
    auto *actionFilter = page->findChild<QLineEdit *>(QStringLiteral("auditAction"));
    QTest::keyClicks(actionFilter, QStringLiteral("undo"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    actionFilter->clear();
    auto *objectFilter = page->findChild<QLineEdit *>(QStringLiteral("auditObject"));
    objectFilter->setText(QStringLiteral("no-such-object"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    objectFilter->clear();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    // A record's fields before and after below the table.
    table->setCurrentIndex(table->model()->index(1, 0));
    auto *details = page->findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"));
    QVERIFY(details->toPlainText().contains(QLatin1String("\"rtoHours\": 5")));
    // The records shown as CSV.
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    m_log.paths = {csv};
    page->findChild<QPushButton *>(QStringLiteral("auditExportCsv"))->click();
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 4);
    // Edits made elsewhere are read when the area is shown again, not after each one.
    QVERIFY(m_window->showAreaNamed(QStringLiteral("processes")));
    QVERIFY(doc->setPlanName(QStringLiteral("Renamed while the trail is hidden")));
    QTest::qWait(400);
    QVERIFY(!page->isLoading());
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY(m_window->showAreaNamed(QStringLiteral("audit")));
    QTRY_COMPARE(table->model()->rowCount(), 4);
}

void tst_MainWindow::changesAreAssessedAndMoved()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    action("areaAction10")->trigger();
    QCOMPARE(m_window->currentAreaName(), QStringLiteral("changes"));
    QCOMPARE(action("areaAction10")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    auto *page = m_window->findChild<ChangesPage *>(QStringLiteral("changesPage"));
    QVERIFY(page && page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isAssessing(), 20000);
    auto *list = page->findChild<QTableWidget *>(QStringLiteral("changeList"));
    // Open changes by default; every one assessed, the risk in its column.
    int open = 0;
    for (const Change &c : doc->plan().changes)
        open += c.isOpen();
    QCOMPARE(list->rowCount(), open);
    QTRY_VERIFY(list->item(0, 4)->text() != QStringLiteral("…"));

    // The ledger upgrade in the Black Friday freeze says so beside its form.
    page->showChange(QStringLiteral("CHG0083"));
    auto *blocked = page->findChild<QLabel *>(QStringLiteral("changeBlocked"));
    QTRY_VERIFY(blocked->text().contains(QLatin1String("Black Friday")));
    // Bold, at the window's text size (which presentation mode changes).
    QVERIFY(blocked->font().bold());
    QCOMPARE(blocked->font().pointSizeF(), blocked->parentWidget()->font().pointSizeF());
    auto *risk = page->findChild<QLabel *>(QStringLiteral("changeRisk"));
    QVERIFY(risk && risk->font().bold() && risk->autoFillBackground());
    QCOMPARE(risk->font().pointSizeF(), risk->parentWidget()->font().pointSizeF());
    auto *processes = page->findChild<QTableWidget *>(QStringLiteral("changeProcessesHit"));
    QVERIFY(processes->rowCount() >= 3);
    // Its blast radius as a small map above the table of nodes, the CAB pack's figure.
    auto *radiusMap = page->findChild<QWidget *>(QStringLiteral("changeBlastRadiusMap"));
    QVERIFY(radiusMap && radiusMap->isVisible());
    QVERIFY(radiusMap->height() >= 3 * radiusMap->fontMetrics().lineSpacing());
    QVERIFY(radiusMap->toolTip().contains(QLatin1String("blast radius")));
    {
        const QImage drawn = radiusMap->grab().toImage();
        int red = 0;
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x)
                red += drawn.pixelColor(x, y) == QColor(0xb7, 0x1c, 0x1c);
        }
        QVERIFY2(red > 100, "the down nodes are drawn in red");
    }

    // The certificate rotation: a standard change with impact 1 is refused scheduling, with
    // the reasons in words; moving it on to assess and authorise is allowed.
    page->showChange(QStringLiteral("CHG0089"));
    QVERIFY(page->moveTo(int(ChangeState::Assess)));
    QVERIFY(page->moveTo(int(ChangeState::Authorize)));
    QVERIFY(doc->change(QStringLiteral("CHG0089"))->state == ChangeState::Authorize);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Move change CHG0089 to Authorize"));
    m_log.warnings.clear();
    QVERIFY(!page->moveTo(int(ChangeState::Scheduled)));
    QCOMPARE(m_log.warnings.size(), 1);
    QVERIFY2(m_log.warnings.first().contains(QLatin1String("peer reviewer")),
             qPrintable(m_log.warnings.first()));
    QVERIFY(m_log.warnings.first().contains(QLatin1String("standard change")));
    QVERIFY(doc->change(QStringLiteral("CHG0089"))->state == ChangeState::Authorize);
    // Closing is not a move from Authorize at all.
    QVERIFY(!page->moveTo(int(ChangeState::Closed)));

    // The calendar: the Black Friday freeze as a band in November; the two changes the same
    // December evening linked; dragging one to another day is one undo step, and the
    // assessment follows: the conflict is gone.
    page->showTab(1);
    ChangeCalendar *calendar = page->calendar();
    QVERIFY(calendar->isVisible());
    calendar->setMode(ChangeCalendar::Mode::Month);
    calendar->setAnchor(QDate(2026, 11, 20));
    calendar->repaint();
    QVERIFY(
        calendar->drawnLabels().contains(QStringLiteral("Freeze: Black Friday and Cyber Monday")));
    QVERIFY(!calendar->changeRect(QStringLiteral("CHG0083")).isNull());
    calendar->setMode(ChangeCalendar::Mode::Week);
    calendar->setAnchor(QDate(2026, 12, 16));
    calendar->repaint();
    QCOMPARE(calendar->title(), QStringLiteral("14 Dec – 20 Dec 2026"));
    QCOMPARE(calendar->conflictLinks(), 1);
    QVERIFY(
        calendar->drawnLabels().contains(QStringLiteral("Exercise: CardNet outage walkthrough")));
    // Drag CHG0087 a day later with the mouse.
    const QRectF block = calendar->changeRect(QStringLiteral("CHG0087"));
    QVERIFY(!block.isNull());
    const QPoint from = block.center().toPoint();
    const QPoint to = from + QPoint(int(calendar->width() / 7.5), 0);
    QTest::mousePress(calendar, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), calendar->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(calendar, &move);
    QTest::mouseRelease(calendar, Qt::LeftButton, {}, to);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Reschedule change CHG0087"));
    QCOMPARE(*doc->change(QStringLiteral("CHG0087"))->plannedStart,
             QStringLiteral("2026-12-17T22:00:00+01:00"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isAssessing(), 20000);
    calendar->repaint();
    QTRY_COMPARE(calendar->conflictLinks(), 0);
    doc->undoStack()->undo();
    QCOMPARE(*doc->change(QStringLiteral("CHG0087"))->plannedStart,
             QStringLiteral("2026-12-16T21:00:00Z"));
    calendar->setMode(ChangeCalendar::Mode::Agenda);
    calendar->setAnchor(QDate(2026, 12, 14));
    calendar->repaint();
    QVERIFY(!calendar->changeRect(QStringLiteral("CHG0089")).isNull());
    page->showTab(0);

    // Freezes and maintenance windows edited in their dialog: a cell left is one undo step; a
    // recurrence that does not read is refused in words and changes nothing.
    page->editWindows();
    auto *windows = page->findChild<ChangeWindowsDialog *>(QStringLiteral("changeWindowsDialog"));
    QVERIFY(windows && windows->isVisible());
    const qsizetype freezes = doc->plan().freezes.size();
    windows->addFreeze();
    QCOMPARE(doc->plan().freezes.size(), freezes + 1);
    QTableWidget *freezeTable = windows->freezeTable();
    const int row = freezeTable->rowCount() - 1;
    freezeTable->item(row, 1)->setText(QStringLiteral("Quarter-end closing"));
    QCOMPARE(doc->plan().freezes.constLast().name, QStringLiteral("Quarter-end closing"));
    QCOMPARE(doc->undoStack()->undoText(),
             QStringLiteral("Edit the freeze window \"Quarter-end closing\""));
    freezeTable->item(row, 4)->setText(QStringLiteral("FREQ=SOMETIMES"));
    auto *windowsError = windows->findChild<QLabel *>(QStringLiteral("changeWindowsError"));
    QVERIFY(windowsError->isVisible());
    QVERIFY2(windowsError->text().contains(QLatin1String("rrule")),
             qPrintable(windowsError->text()));
    QVERIFY(doc->plan().freezes.constLast().rrule.isEmpty());
    freezeTable->item(row, 4)->setText(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1"));
    QCOMPARE(doc->plan().freezes.constLast().rrule, QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1"));
    const qsizetype maintenance = doc->plan().maintenanceWindows.size();
    windows->addMaintenance();
    QCOMPARE(doc->plan().maintenanceWindows.size(), maintenance + 1);
    windows->maintenanceTable()
        ->item(windows->maintenanceTable()->rowCount() - 1, 2)
        ->setText(QStringLiteral("db-ledger"));
    QCOMPARE(doc->plan().maintenanceWindows.constLast().node, QStringLiteral("db-ledger"));
    windows->reject();
    QApplication::processEvents();
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    for (int i = 0; i < 5; ++i)
        doc->undoStack()->undo();
    QCOMPARE(doc->plan().freezes.size(), freezes);
    QCOMPARE(doc->plan().maintenanceWindows.size(), maintenance);

    // The CAB pack from the area (Ctrl+Shift+P asks where; written on a worker).
    const QString cab = m_dir.filePath(QStringLiteral("cab.pdf"));
    QVERIFY(page->exportPdf(cab));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 30000);
    QVERIFY(QFileInfo(cab).size() > 1000);
    // A supplier's calendar from the File menu: the supplier chosen from the plan's.
    const QString ics = m_dir.filePath(QStringLiteral("cardnet.ics"));
    {
        QFile f(ics);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                "DTSTART;TZID=Europe/Berlin:20261212T010000\r\nDURATION:PT3H\r\n"
                "SUMMARY:Switch upgrade\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    }
    const qsizetype windowsBefore = doc->plan().maintenanceWindows.size();
    m_log.paths = {ics};
    m_log.choices = {0};
    action("importSupplierCalendarAction")->trigger();
    QCOMPARE(doc->plan().maintenanceWindows.size(), windowsBefore + 1);
    QVERIFY(doc->plan().maintenanceWindows.constLast().id.startsWith(QLatin1String("ics-")));
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().maintenanceWindows.size(), windowsBefore);
    // A ServiceNow change export from the File menu; a bad row is named and, agreed, left out.
    const QString snow = m_dir.filePath(QStringLiteral("change_request.csv"));
    {
        QFile f(snow);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("number,short_description,type,state,start_date,end_date,cmdb_ci\n"
                "CHG0500,Patch the tokenization service,Normal,Assess,2027-01-12 22:00:00,"
                "2027-01-12 23:00:00,app-tokenization\n"
                "CHG0501,Broken,Sometimes,New,,,\n");
    }
    const qsizetype changesBefore = doc->plan().changes.size();
    m_log.paths = {snow};
    m_log.confirmations.clear();
    m_log.answers = {true};
    action("importSnowChangesAction")->trigger();
    // The columns offered for each field, ServiceNow's names chosen by default.
    auto *snowDialog = m_window->findChild<QDialog *>(QStringLiteral("snowChangeMappingDialog"));
    QVERIFY(snowDialog && snowDialog->isVisible());
    auto *ciColumn =
        snowDialog->findChild<QComboBox *>(QStringLiteral("snowColumn_configurationItem"));
    QCOMPARE(ciColumn->currentText(), QStringLiteral("cmdb_ci"));
    QCOMPARE(
        snowDialog->findChild<QComboBox *>(QStringLiteral("snowColumn_assignedTo"))->currentIndex(),
        0); // not in this export
    snowDialog->accept();
    QTRY_COMPARE(m_log.confirmations.size(), 1);
    QVERIFY2(m_log.confirmations.first().contains(QLatin1String("change_request.csv:3:")),
             qPrintable(m_log.confirmations.first()));
    QTRY_COMPARE(doc->plan().changes.size(), changesBefore + 1);
    QTRY_VERIFY(!doc->isWriting());
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QVERIFY(doc->change(QStringLiteral("CHG0500")));
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().changes.size(), changesBefore);

    // A new change: typed title, a target added, one undo step each; the notice names the
    // processes it takes down.
    page->findChild<QPushButton *>(QStringLiteral("newChangeButton"))->click();
    const QString id = page->currentChange();
    QCOMPARE(id, QStringLiteral("CHG0000091"));
    auto *title = page->findChild<QLineEdit *>(QStringLiteral("changeTitle"));
    QTRY_VERIFY(title->hasFocus());
    title->setText(QStringLiteral("Replace the payments gateway load balancer"));
    emit title->editingFinished();
    QCOMPARE(doc->change(id)->title, QStringLiteral("Replace the payments gateway load balancer"));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Edit the change's title"));
    auto *add = page->findChild<QComboBox *>(QStringLiteral("changeAddTarget"));
    add->setCurrentIndex(add->findData(QStringLiteral("app-api-gw")));
    page->findChild<QPushButton *>(QStringLiteral("changeAddTargetButton"))->click();
    QCOMPARE(doc->change(id)->targets, QStringList{QStringLiteral("app-api-gw")});
    auto *start = page->findChild<QLineEdit *>(QStringLiteral("changeStart"));
    start->setText(QStringLiteral("2027-02-03 22:00"));
    emit start->editingFinished();
    auto *end = page->findChild<QLineEdit *>(QStringLiteral("changeEnd"));
    end->setText(QStringLiteral("2027-02-03 23:00"));
    emit end->editingFinished();
    QCOMPARE(*doc->change(id)->plannedStart, QStringLiteral("2027-02-03T22:00:00+01:00"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isAssessing(), 20000);
    QTRY_VERIFY(page->stakeholderNotice().contains(QLatin1String("Authorise card payments")));
    // The notice in its dialog, to copy or print; as a PDF, written in the background.
    page->showNotice();
    auto *noticeDialog = page->findChild<QDialog *>(QStringLiteral("changeNoticeDialog"));
    QVERIFY(noticeDialog && noticeDialog->isVisible());
    QVERIFY(noticeDialog->findChild<QPlainTextEdit *>(QStringLiteral("changeNoticeText"))
                ->toPlainText()
                .contains(QLatin1String("Authorise card payments")));
    noticeDialog->reject();
    const QString noticePdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    QVERIFY(page->exportNoticePdf(noticePdf));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 30000);
    QVERIFY(QFileInfo(noticePdf).size() > 1000);
    // A time that does not read is refused in words and changes nothing.
    end->setText(QStringLiteral("tomorrow-ish"));
    emit end->editingFinished();
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("changeError"))->isVisible());
    QCOMPARE(*doc->change(id)->plannedEnd, QStringLiteral("2027-02-03T23:00:00+01:00"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(!doc->change(id)->plannedStart);
    QVERIFY(doc->change(id)->targets.isEmpty());
}

void tst_MainWindow::incidentsAreRecordedAndReviewed()
{
    QVERIFY(m_window->openSamplePlan());
    PlanDocument *doc = m_window->document();
    // The dashboard's tier-0/1 card: the gateway's used-up budget and its freeze, and the
    // incidents that took tier 0/1 down by month and severity.
    QVERIFY(m_window->showAreaNamed(QStringLiteral("dashboard")));
    auto *sloLines = m_window->findChild<QLabel *>(QStringLiteral("dashboardSlos"));
    QTRY_VERIFY_WITH_TIMEOUT(
        sloLines->text().contains(QLatin1String("Merchant API gateway: error budget used up")),
        20000);
    QVERIFY(sloLines->text().contains(QLatin1String("only emergency changes until")));
    auto *perMonthTiles =
        m_window->findChild<QChartView *>(QStringLiteral("dashboardIncidentsChart"));
    QVERIFY(perMonthTiles->chart() && !perMonthTiles->chart()->series().isEmpty());
    double counted = 0;
    for (QBarSet *set :
         qobject_cast<QAbstractBarSeries *>(perMonthTiles->chart()->series().first())->barSets())
        counted += set->sum();
    QVERIFY2(counted >= 5, qPrintable(QString::number(counted)));
    const qsizetype before = doc->plan().incidents.size();
    action("areaAction9")->trigger();
    QCOMPARE(m_window->currentAreaName(), QStringLiteral("incidents"));
    auto *page = m_window->findChild<IncidentsPage *>(QStringLiteral("incidentsPage"));
    QVERIFY(page && page->isVisible());
    auto *list = page->findChild<QTableWidget *>(QStringLiteral("incidentList"));
    QCOMPARE(list->rowCount(), int(before));

    page->findChild<QPushButton *>(QStringLiteral("newIncidentButton"))->click();
    QCOMPARE(doc->plan().incidents.size(), before + 1);
    const QString id = page->currentIncident();
    QCOMPARE(id, QStringLiteral("INC0017"));
    auto *title = page->findChild<QLineEdit *>(QStringLiteral("incidentTitle"));
    QTRY_VERIFY(title->hasFocus());
    title->setText(QStringLiteral("Ledger database unreachable"));
    emit title->editingFinished();
    QCOMPARE(doc->incident(id)->title, QStringLiteral("Ledger database unreachable"));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Edit the incident: Title"));
    auto *started = page->findChild<QLineEdit *>(QStringLiteral("incidentStarted"));
    started->setText(QStringLiteral("2026-12-01 09:00"));
    emit started->editingFinished();
    // The sample plan keeps Berlin time: 09:00 there is 08:00 UTC.
    QCOMPARE(doc->incident(id)->startedAt, QStringLiteral("2026-12-01T09:00:00+01:00"));
    auto *restored = page->findChild<QLineEdit *>(QStringLiteral("incidentRestored"));
    restored->setText(QStringLiteral("half past ten"));
    emit restored->editingFinished();
    auto *error = page->findChild<QLabel *>(QStringLiteral("incidentError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Restored")), qPrintable(error->text()));
    QVERIFY(!doc->incident(id)->restoredAt);
    QCOMPARE(restored->text(), QString()); // the stored value shown again
    restored->setText(QStringLiteral("2026-12-01 08:30"));
    emit restored->editingFinished(); // before the start: the plan's rule says so
    QVERIFY2(error->text().contains(QLatin1String("startedAt")), qPrintable(error->text()));
    restored->setText(QStringLiteral("2026-12-01 10:30"));
    emit restored->editingFinished();
    QCOMPARE(doc->incident(id)->restoredAt, QStringLiteral("2026-12-01T10:30:00+01:00"));

    // The database that failed, chosen by name; then what the cascade says went with it.
    QTimer::singleShot(200, this, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QInputDialog *>(w); d && d->isVisible()) {
                d->setTextValue(QStringLiteral("db-ledger"));
                d->accept();
            }
        }
    });
    page->findChild<QPushButton *>(QStringLiteral("incidentAffectedAdd"))->click();
    QCOMPARE(doc->incident(id)->affected.size(), 1);
    QCOMPARE(doc->incident(id)->affected.first().node, QStringLiteral("db-ledger"));
    QTimer::singleShot(200, this, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("cascadeProposalDialog") && w->isVisible()) {
                auto *proposal = w->findChild<QListWidget *>(QStringLiteral("cascadeProposal"));
                QVERIFY(proposal->count() > 0);
                static_cast<QDialog *>(w)->accept();
            }
        }
    });
    const int steps = doc->undoStack()->count();
    page->proposeFromCascade();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    bool ledgerService = false;
    for (const AffectedNode &a : doc->incident(id)->affected)
        ledgerService = ledgerService ||
                        (a.node == QLatin1String("app-ledger") && a.state == AffectedState::Down);
    QVERIFY(ledgerService);
    doc->undoStack()->undo();
    QCOMPARE(doc->incident(id)->affected.size(), 1);
    doc->undoStack()->redo();

    // The post-mortem starts empty and is written field by field.
    auto *detailTabs = page->findChild<QTabWidget *>(QStringLiteral("incidentDetailTabs"));
    detailTabs->setCurrentIndex(1);
    page->findChild<QPushButton *>(QStringLiteral("startPostmortemButton"))->click();
    QVERIFY(doc->incident(id)->postmortem);
    auto *summary = page->findChild<QPlainTextEdit *>(QStringLiteral("postmortemSummary"));
    QTRY_VERIFY(summary->isVisible());
    // The dialogs before took the activation; the window has it back, as after closing them.
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    summary->setFocus();
    QTRY_VERIFY(summary->hasFocus());
    summary->setPlainText(QStringLiteral("The ledger's primary lost its storage."));
    page->findChild<QLineEdit *>(QStringLiteral("postmortemReviewer"))->setFocus();
    QTRY_COMPARE(doc->incident(id)->postmortem->summary,
                 QStringLiteral("The ledger's primary lost its storage."));

    // The SLOs: the gateway's budget is used up by the certificate outage and its freeze shows.
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("incidentsTabs"));
    tabs->setCurrentIndex(1);
    auto *slos = page->findChild<QTableWidget *>(QStringLiteral("sloTable"));
    QCOMPARE(slos->rowCount(), 5);
    QStringList nodes;
    for (int row = 0; row < slos->rowCount(); ++row)
        nodes.append(slos->item(row, 0)->text());
    QVERIFY2(nodes.contains(QStringLiteral("Merchant API gateway")), qPrintable(nodes.join(u',')));
    const int gateway = int(nodes.indexOf(QStringLiteral("Merchant API gateway")));
    QVERIFY(slos->item(gateway, 3)->data(Qt::UserRole + 1).toDouble() <= 0);
    QVERIFY(!slos->item(gateway, 6)->text().isEmpty());
    // The history charts are drawn.
    tabs->setCurrentIndex(2);
    auto *perMonth = page->findChild<QChartView *>(QStringLiteral("incidentsPerMonthChart"));
    QVERIFY(perMonth->chart() && !perMonth->chart()->series().isEmpty());

    // The sample plan is a financial entity's: the ledger's data loss is a major DORA incident,
    // with its clocks and a draft notification.
    page->showIncident(QStringLiteral("INC0002"));
    detailTabs = page->findChild<QTabWidget *>(QStringLiteral("incidentDetailTabs"));
    QVERIFY(detailTabs->isTabVisible(2));
    detailTabs->setCurrentIndex(2);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("doraVerdict"))->text(),
             QStringLiteral("Major incident"));
    QVERIFY(page->findChild<QPlainTextEdit *>(QStringLiteral("doraDraft"))
                ->toPlainText()
                .contains(QLatin1String("Incident reference: INC0002")));
    detailTabs->setCurrentIndex(0);
    page->showIncident(id);

    // The incident policy: a time zone that is none is refused with a word; UTC is kept.
    page->findChild<QPushButton *>(QStringLiteral("incidentPolicyButton"))->click();
    auto *policyDialog = page->findChild<QDialog *>(QStringLiteral("incidentPolicyDialog"));
    QVERIFY(policyDialog && policyDialog->isVisible());
    policyDialog->findChild<QComboBox *>(QStringLiteral("incidentTimeZone"))
        ->setCurrentText(QStringLiteral("Mars/Olympus"));
    const int errorsBefore = int(m_log.errors.size());
    policyDialog->accept();
    QCOMPARE(int(m_log.errors.size()), errorsBefore + 1);
    QVERIFY2(m_log.errors.last().contains(QLatin1String("time zone")),
             qPrintable(m_log.errors.last()));
    QCOMPARE(doc->plan().incidentPolicy.timeZone, QStringLiteral("Europe/Berlin"));
    m_log.errors.clear();
    page->findChild<QPushButton *>(QStringLiteral("incidentPolicyButton"))->click();
    QTRY_VERIFY(page->findChildren<QDialog *>(QStringLiteral("incidentPolicyDialog")).size() == 1);
    policyDialog = page->findChild<QDialog *>(QStringLiteral("incidentPolicyDialog"));
    policyDialog->findChild<QSpinBox *>(QStringLiteral("postmortemBusinessDays"))->setValue(10);
    policyDialog->findChild<QComboBox *>(QStringLiteral("incidentTimeZone"))
        ->setCurrentText(QStringLiteral("UTC"));
    policyDialog->accept();
    QCOMPARE(doc->plan().incidentPolicy.postmortemBusinessDays, 10);
    QCOMPARE(doc->plan().incidentPolicy.timeZone, QStringLiteral("UTC"));
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().incidentPolicy.timeZone, QStringLiteral("Europe/Berlin"));

    // The post-mortem prints from the File menu, in the background (Ctrl+P previews it).
    tabs->setCurrentIndex(0);
    QVERIFY(action("printPreviewAction")->isEnabled());
    const QString pdf = m_dir.filePath(QStringLiteral("postmortem.pdf"));
    QFile::remove(pdf);
    m_log.paths = {pdf};
    action("exportReportAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 30000);
    QVERIFY2(m_log.errors.isEmpty(), qPrintable(m_log.errors.join(u'\n')));
    QVERIFY(TestSupport::readAll(pdf).startsWith("%PDF-"));

    // Deleting asks first; undo brings the incident back with its post-mortem.
    const Incident kept = *doc->incident(id);
    m_log.answers = {false};
    page->deleteIncident();
    QVERIFY(doc->incident(id));
    QVERIFY(m_log.confirmations.last().contains(id));
    page->deleteIncident();
    QVERIFY(!doc->incident(id));
    doc->undoStack()->undo();
    QCOMPARE(*doc->incident(id), kept);
}
