// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency map: the scene follows the document, edits on the map go through the
// document (one undo step each), layout runs in the background and can be cancelled, and
// exports (from the page and from continuity-cli map) are valid files.
#include "Cli.h"
#include "dialogs/UserDialogs.h"
#include "document/AnalysisController.h"
#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "map/EdgeLayer.h"
#include "map/MapExport.h"
#include "map/MapLegend.h"
#include "map/MapOverview.h"
#include "map/MapPage.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "map/NodeItem.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Continuity;

namespace {

class ScriptedDialogs : public UserDialogs
{
public:
    QStringList errors;
    QStringList answers;
    void showError(QWidget *, const QString &, const QString &message) override
    {
        errors.append(message);
    }
    void showWarning(QWidget *, const QString &, const QString &message) override
    {
        errors.append(message);
    }
    QString askExportPath(QWidget *, const QString &, const QString &, const QString &) override
    {
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
    QString askText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
    int choose(QWidget *, const QString &, const QString &, const QStringList &) override
    {
        return -1;
    }
};

// Chooses the menu entry whose text starts with `text` in the next popup menu that opens.
void chooseInNextMenu(const QString &text)
{
    QTimer::singleShot(50, [text] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(text)) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
}

} // namespace

class tst_MapScene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The overview's choice is remembered: in a settings file of the tests' own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ContinuityTests"));
    }
    void sceneFollowsTheDocument();
    void dragMovesAsOneUndoStep();
    void dragConnectAddsAnUndoableDependency();
    void deleteCopyAndPaste();
    void filtersShowImpliedEdges();
    void collapseAndNeighbourhoodThroughTheScene();
    void scenarioColoursFollowTheAnalyses();
    void searchHighlightsAndFocuses();
    void layoutPlacesEveryNodeAsOneStep();
    void aFirstLayoutIsShownUntilANodeMoves();
    void labelsShowWhereTheyFit();
    void layoutCanBeCancelled();
    void readOnlyPlanIsNotChangedByTheMap();
    void exportsFromThePage();
    void cliMapWritesValidFiles();
    void cliMapReportsGraphvizFailure();
    void hostileTextStaysTextInEveryExport();
    void cliMapRefusesBadInput();
    void overviewShowsWhereTheViewIs();
    void wallPrintsTileTheWholeMap();
    void wallPrintFromThePage();

private:
    std::unique_ptr<PlanDocument> newDocument(const QString &name, const Plan &plan)
    {
        QString error;
        auto doc = PlanDocument::create(m_dir.filePath(name), plan, &error);
        if (!doc)
            qWarning("%s", qPrintable(error));
        return doc;
    }
    static Plan sample()
    {
        QString error;
        return *samplePlan(&error);
    }
    QTemporaryDir m_dir;
};

void tst_MapScene::sceneFollowsTheDocument()
{
    auto doc = newDocument(QStringLiteral("follow.continuity"), TestSupport::smallPlan());
    QVERIFY(doc);
    MapScene scene(doc.get());
    QCOMPARE(scene.shownNodeCount(), 7);
    NodeItem *db = scene.nodeItem(QStringLiteral("pay-db"));
    QVERIFY(db);
    QCOMPARE(db->pos(), QPointF(-80.5, 160)); // the stored position
    QCOMPARE(scene.edgeLayer()->edges().size(), doc->plan().dependencies.size());

    Service s;
    s.id = QStringLiteral("backup");
    s.name = QStringLiteral("Backup vault");
    s.kind = ServiceKind::DataStore;
    QVERIFY(doc->addService(s));
    QVERIFY(doc->addDependency({QStringLiteral("pay-db"), s.id, Strength::Soft, {}}));
    QCoreApplication::processEvents();
    NodeItem *backup = scene.nodeItem(s.id);
    QVERIFY(backup && backup->isVisible());
    // Not placed yet: shown below the placed node it serves, not on top of anything.
    QVERIFY(backup->pos().y() > db->pos().y());

    s.name = QStringLiteral("Offsite backup vault");
    QVERIFY(doc->changeService(s));
    QCoreApplication::processEvents();
    QCOMPARE(scene.nodeItem(s.id)->name(), s.name);

    QVERIFY(doc->removeNode(s.id));
    QCoreApplication::processEvents();
    QVERIFY(!scene.nodeItem(s.id));
    doc->undoStack()->undo();
    QCoreApplication::processEvents();
    QVERIFY(scene.nodeItem(s.id));
    QCOMPARE(scene.nodeItem(s.id)->name(), s.name);
    QCOMPARE(scene.edgeLayer()->edges().size(), doc->plan().dependencies.size());
}

void tst_MapScene::dragMovesAsOneUndoStep()
{
    auto doc = newDocument(QStringLiteral("drag.continuity"), TestSupport::smallPlan());
    MapScene scene(doc.get());
    MapView view(&scene);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resetTransform();
    view.centerOn(QPointF(-80.5, 160));
    NodeItem *db = scene.nodeItem(QStringLiteral("pay-db"));
    const QPoint start = view.mapFromScene(db->pos());
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(view.viewport(), start + QPoint(step * 20, step * 10));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(100, 50));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Move 1 node(s)"));
    const QPointF moved = *doc->service(QStringLiteral("pay-db"))->position;
    QVERIFY2(QLineF(moved, QPointF(19.5, 210)).length() < 2,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    QCOMPARE(*TestSupport::loadPlanFile(doc->filePath())
                  .services.at(doc->serviceIndex(QStringLiteral("pay-db")))
                  .position,
             moved);
    doc->undoStack()->undo();
    QCOMPARE(db->pos(), QPointF(-80.5, 160));
}

void tst_MapScene::dragConnectAddsAnUndoableDependency()
{
    ScriptedDialogs dialogs;
    auto doc = newDocument(QStringLiteral("connect.continuity"), TestSupport::smallPlan());
    MapPage page(doc.get(), nullptr, &dialogs);
    page.resize(1100, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MapScene *scene = page.scene();
    MapView *view = page.view();
    // Place the two ends where the view can see them.
    QVERIFY(doc->placeNodes(
        {{QStringLiteral("payroll"), QPointF(0, 0)}, {QStringLiteral("sms"), QPointF(300, 200)}},
        QStringLiteral("Place")));
    view->resetTransform();
    view->centerOn(QPointF(150, 100));
    page.findChild<QAction *>(QStringLiteral("mapConnectAction"))->setChecked(true);
    QVERIFY(view->isConnectMode());
    const QPoint from = view->mapFromScene(QPointF(0, 0));
    const QPoint to = view->mapFromScene(QPointF(300, 200));
    chooseInNextMenu(QStringLiteral("Soft dependency"));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), (from + to) / 2);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    const Dependency *d = doc->dependency(QStringLiteral("payroll"), QStringLiteral("sms"));
    QVERIFY(d);
    QVERIFY(d->strength == Strength::Soft);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Add dependency payroll → sms"));
    QCoreApplication::processEvents();
    QCOMPARE(scene->edgeLayer()->edges().size(), doc->plan().dependencies.size());
    doc->undoStack()->undo();
    QVERIFY(!doc->dependency(QStringLiteral("payroll"), QStringLiteral("sms")));

    // Into a new redundancy group: the group and the member are one step.
    dialogs.answers = {QStringLiteral("messaging")};
    QVERIFY(scene->connectNodes(QStringLiteral("payroll"), QStringLiteral("sms"), Strength::Hard,
                                QStringLiteral("messaging"), nullptr));
    QVERIFY(doc->group(QStringLiteral("payroll"), QStringLiteral("messaging")));
    const int steps = doc->undoStack()->index();
    doc->undoStack()->undo();
    QCOMPARE(doc->undoStack()->index(), steps - 1);
    QVERIFY(!doc->group(QStringLiteral("payroll"), QStringLiteral("messaging")));
    QVERIFY(!doc->dependency(QStringLiteral("payroll"), QStringLiteral("sms")));

    // A dependency the document refuses (a cycle is allowed, a duplicate is not) says why.
    QString error;
    QVERIFY(!scene->connectNodes(QStringLiteral("pay-api"), QStringLiteral("pay-db"),
                                 Strength::Hard, QString(), &error));
    QVERIFY2(error.contains(QLatin1String("already depends")), qPrintable(error));
}

void tst_MapScene::deleteCopyAndPaste()
{
    auto doc = newDocument(QStringLiteral("paste.continuity"), TestSupport::smallPlan());
    MapScene scene(doc.get());
    scene.selectIds({QStringLiteral("pay-api"), QStringLiteral("pay-db")});
    QCOMPARE(scene.selectedIds().size(), 2);
    const QByteArray copied = scene.copySelection();
    QString error;
    QVERIFY2(scene.paste(copied, QPointF(40, 40), &error), qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Paste 2 node(s)"));
    QCOMPARE(doc->plan().services.size(), 7);
    const QStringList pasted = scene.selectedIds();
    QCOMPARE(pasted.size(), 2);
    for (const QString &id : pasted)
        QVERIFY(id != QLatin1String("pay-api") && id != QLatin1String("pay-db"));
    // The dependency between the two came along, the ones to the outside did not.
    int between = 0;
    for (const Dependency &d : doc->plan().dependencies)
        between += pasted.contains(d.consumer) || pasted.contains(d.provider);
    QCOMPARE(between, 1);
    // The copy of the placed node sits 40 units off the original.
    for (const QString &id : pasted) {
        if (doc->service(id)->name == QLatin1String("Payment database"))
            QCOMPARE(*doc->service(id)->position, QPointF(-40.5, 200));
    }
    QVERIFY(scene.deleteSelection(&error));
    QCOMPARE(doc->plan().services.size(), 5);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Delete 2 node(s)"));
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().services.size(), 7);

    // Pasting text that is not a plan changes nothing and says so.
    const int count = doc->undoStack()->count();
    QVERIFY(!scene.paste("{\"format\": \"something else\"}", QPointF(), &error));
    QVERIFY2(error.contains(QLatin1String("does not hold processes or services")),
             qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), count);
    QCOMPARE(doc->plan().services.size(), 7);

    // Selecting a line and deleting removes that dependency.
    scene.clearSelection();
    scene.flush();
    const EdgeLayer *edges = scene.edgeLayer();
    int index = -1;
    for (int i = 0; i < edges->edges().size(); ++i) {
        if (edges->edges().at(i).from->key() == QLatin1String("payments"))
            index = i;
    }
    QVERIFY(index >= 0);
    const_cast<EdgeLayer *>(edges)->setSelectedEdge(index);
    QCOMPARE(scene.selectedEdge().first, QStringLiteral("payments"));
    const QString provider = scene.selectedEdge().second;
    QVERIFY(scene.deleteSelection(&error));
    QVERIFY(!doc->dependency(QStringLiteral("payments"), provider));
}

void tst_MapScene::filtersShowImpliedEdges()
{
    auto doc = newDocument(QStringLiteral("filter.continuity"), TestSupport::smallPlan());
    MapScene scene(doc.get());
    MapFilter filter;
    filter.hiddenKinds = {QStringLiteral("application")}; // pay-api
    scene.setFilter(filter);
    QVERIFY(!scene.nodeItem(QStringLiteral("pay-api"))->isVisible());
    bool implied = false;
    for (const EdgeLayer::Edge &e : scene.edgeLayer()->edges()) {
        QVERIFY(e.from->isVisible() && e.to->isVisible());
        if (e.implied && e.from->key() == QLatin1String("payments") &&
            e.to->key() == QLatin1String("pay-db"))
            implied = true;
    }
    QVERIFY(implied); // payments → pay-api → pay-db drawn as payments ⇢ pay-db
}

void tst_MapScene::collapseAndNeighbourhoodThroughTheScene()
{
    auto doc = newDocument(QStringLiteral("collapse.continuity"), TestSupport::smallPlan());
    MapScene scene(doc.get());
    MapFilter filter;
    filter.collapsedGroups = {
        MapGraph::groupKey(QStringLiteral("pay-api"), QStringLiteral("sites"))};
    scene.setFilter(filter);
    NodeItem *group = scene.nodeItem(QStringLiteral("group:pay-api/sites"));
    QVERIFY(group && group->isVisible());
    QVERIFY(!scene.nodeItem(QStringLiteral("dc1"))->isVisible());
    // Selecting the collapsed node selects its members for the inspector and for deletion.
    group->setSelected(true);
    QStringList members = scene.selectedIds();
    members.sort();
    QCOMPARE(members, (QStringList{QStringLiteral("dc1"), QStringLiteral("dc2")}));
    filter = {};
    filter.focus = {QStringLiteral("pay-db")};
    filter.hops = 1;
    scene.setFilter(filter);
    QVERIFY(scene.nodeItem(QStringLiteral("pay-api"))->isVisible());
    QVERIFY(!scene.nodeItem(QStringLiteral("payments"))->isVisible());
}

void tst_MapScene::scenarioColoursFollowTheAnalyses()
{
    auto doc = newDocument(QStringLiteral("scenario.continuity"), TestSupport::smallPlan());
    AnalysisController controller(doc.get());
    controller.setDebounceInterval(0);
    ScriptedDialogs dialogs;
    MapPage page(doc.get(), &controller, &dialogs);
    QSignalSpy results(&controller, &AnalysisController::resultsChanged);
    controller.setScenario({QStringLiteral("pay-db")});
    QVERIFY(results.wait(5000));
    page.setColourMode(int(MapColourMode::Scenario));
    MapScene *scene = page.scene();
    QCOMPARE(scene->colourMode(), MapColourMode::Scenario);
    QCOMPARE(scene->scenarioState(QStringLiteral("pay-db")), MapScenarioState::Failed);
    QCOMPARE(scene->scenarioState(QStringLiteral("pay-api")), MapScenarioState::Down);
    QCOMPARE(scene->scenarioState(QStringLiteral("payments")), MapScenarioState::Down);
    QCOMPARE(scene->scenarioState(QStringLiteral("sms")), MapScenarioState::Up);
    QVERIFY(page.legend()->texts().contains(QStringLiteral("Down")));
    // "Fail this" from the map asks for the node to join the scenario.
    QSignalSpy fail(&page, &MapPage::failRequested);
    scene->selectIds({QStringLiteral("dc1")});
    emit page.failRequested({QStringLiteral("dc1")});
    QCOMPARE(fail.count(), 1);
}

void tst_MapScene::searchHighlightsAndFocuses()
{
    auto doc = newDocument(QStringLiteral("search.continuity"), sample());
    ScriptedDialogs dialogs;
    MapPage page(doc.get(), nullptr, &dialogs);
    page.resize(1200, 800);
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("mapSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("kafka"));
    QVERIFY(page.scene()->search(QStringLiteral("kafka")).size() >= 2);
    QTest::keyClick(search, Qt::Key_Return);
    const QStringList selected = page.scene()->selectedIds();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.constFirst().contains(QLatin1String("kafka")));
}

// Zoomed out below full detail, a node still shows as much of its name as fits in readable
// text; further out, where fewer than a few letters would fit, none.
void tst_MapScene::labelsShowWhereTheyFit()
{
    const QFont font;
    const QString name = QStringLiteral("Ledger database");
    const QString near = NodeItem::compactLabel(name, 0.39, font);
    const QString middle = NodeItem::compactLabel(name, 0.3, font);
    QVERIFY2(near.startsWith(QLatin1String("Ledg")), qPrintable(near));
    QVERIFY2(middle.startsWith(QLatin1String("Led")), qPrintable(middle));
    QVERIFY(near.size() >= middle.size());
    QVERIFY(NodeItem::compactLabel(name, 0.2, font).isEmpty());
    QVERIFY(NodeItem::compactLabel(QStringLiteral("DB"), 0.3, font) == QStringLiteral("DB"));
}

// Opening the map of a plan never drawn lays it out to look at, without an undo step or a
// write; the first move keeps that layout with the move, as one step (issue #18 point 6).
void tst_MapScene::aFirstLayoutIsShownUntilANodeMoves()
{
    auto doc = newDocument(QStringLiteral("first-layout.continuity"), sample());
    ScriptedDialogs dialogs;
    MapPage page(doc.get(), nullptr, &dialogs);
    QSignalSpy finished(&page, &MapPage::layoutFinished);
    page.resize(1100, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(page.scene()->hasViewLayout());
    QVERIFY(!doc->service(QStringLiteral("dc-fra"))->position);
    QVERIFY(!TestSupport::loadPlanFile(doc->filePath()).services.constFirst().position);
    // Fit keeps every node clear of the legend, wherever the legend is dragged.
    auto *legend = page.findChild<MapLegend *>();
    QVERIFY(legend && legend->isVisible());
    auto nodesClearOfLegend = [&] {
        page.view()->fitAll();
        const QRect key =
            legend->geometry().translated(-page.view()->viewport()->geometry().topLeft());
        for (const Service &s : doc->plan().services) {
            const QRect r = page.view()
                                ->mapFromScene(page.scene()->nodeItem(s.id)->sceneBoundingRect())
                                .boundingRect();
            if (r.intersects(key))
                return s.id;
        }
        return QString();
    };
    QCOMPARE(nodesClearOfLegend(), QString());
    const QPoint grab = legend->rect().center();
    QTest::mousePress(legend, Qt::LeftButton, {}, grab);
    QTest::mouseMove(legend, grab + QPoint(600, -400));
    QTest::mouseRelease(legend, Qt::LeftButton, {}, grab + QPoint(600, -400));
    QVERIFY(legend->isPlacedByHand());
    QCOMPARE(nodesClearOfLegend(), QString());

    // Where the layout put them is where they are shown: not the rows of unplaced nodes.
    const QPointF fra = page.scene()->nodeItem(QStringLiteral("dc-fra"))->pos();
    const QPointF ledger = page.scene()->nodeItem(QStringLiteral("db-ledger"))->pos();
    QVERIFY(fra != ledger);
    // Moving one node keeps the whole layout, in one step.
    page.scene()->nodeItem(QStringLiteral("dc-fra"))->setPos(fra + QPointF(40, 0));
    QVERIFY(page.scene()->commitMoves());
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(!page.scene()->hasViewLayout());
    QCOMPARE(*doc->service(QStringLiteral("db-ledger"))->position, ledger);
    QCOMPARE(*doc->service(QStringLiteral("dc-fra"))->position, fra + QPointF(40, 0));
    const Plan stored = TestSupport::loadPlanFile(doc->filePath());
    for (const Service &s : stored.services)
        QVERIFY2(s.position, qPrintable(s.id));
}

void tst_MapScene::layoutPlacesEveryNodeAsOneStep()
{
    auto doc = newDocument(QStringLiteral("layout.continuity"), sample());
    ScriptedDialogs dialogs;
    MapPage page(doc.get(), nullptr, &dialogs);
    QSignalSpy finished(&page, &MapPage::layoutFinished);
    page.startLayout(LayoutEngine::Dot);
    QVERIFY(page.isLayoutRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Lay out the map with dot"));
    const Plan stored = TestSupport::loadPlanFile(doc->filePath());
    QSet<QPair<int, int>> places;
    for (const Process &p : stored.processes) {
        QVERIFY(p.position);
        places.insert({qRound(p.position->x()), qRound(p.position->y())});
    }
    for (const Service &s : stored.services) {
        QVERIFY(s.position);
        places.insert({qRound(s.position->x()), qRound(s.position->y())});
    }
    QCOMPARE(places.size(), stored.processes.size() + stored.services.size());
    // Processes above everything else in the layered view.
    double lowestProcess = -1e9;
    for (const Process &p : stored.processes)
        lowestProcess = std::max(lowestProcess, p.position->y());
    for (const Service &s : stored.services)
        QVERIFY(s.position->y() > lowestProcess);
    doc->undoStack()->undo();
    QVERIFY(!doc->plan().services.constFirst().position);
}

void tst_MapScene::layoutCanBeCancelled()
{
    auto doc = newDocument(QStringLiteral("cancel.continuity"), sample());
    ScriptedDialogs dialogs;
    MapPage page(doc.get(), nullptr, &dialogs);
    QSignalSpy finished(&page, &MapPage::layoutFinished);
    page.startLayout(LayoutEngine::Sfdp);
    page.cancelLayout();
    QVERIFY(!page.isLayoutRunning());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QTest::qWait(300);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLayoutRunning(), 30000);
    QCoreApplication::processEvents();
    QCOMPARE(doc->undoStack()->count(), 0); // the result, if any, was dropped
    QVERIFY(!doc->plan().services.constFirst().position);
    QVERIFY(dialogs.errors.isEmpty());
}

void tst_MapScene::readOnlyPlanIsNotChangedByTheMap()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    QString error;
    auto doc = PlanDocument::open(path, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->isReadOnly());
    const QByteArray before = TestSupport::readAll(path);
    MapScene scene(doc.get());
    QVERIFY(
        !scene.nodeItem(QStringLiteral("pay-db"))->flags().testFlag(QGraphicsItem::ItemIsMovable));
    QVERIFY(!scene.addNodeAt(MapNodeKind::Process, std::nullopt, QPointF(), nullptr, &error));
    QVERIFY(error.contains(QLatin1String("cannot be edited")));
    scene.selectIds({QStringLiteral("pay-db")});
    QVERIFY(!scene.deleteSelection(&error));
    QCOMPARE(TestSupport::readAll(path), before);
    // It can be laid out to look at; nothing is kept.
    {
        ScriptedDialogs dialogs;
        MapPage page(doc.get(), nullptr, &dialogs);
        QSignalSpy finished(&page, &MapPage::layoutFinished);
        page.startLayout(LayoutEngine::Dot);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(page.scene()->hasViewLayout());
        QVERIFY(dialogs.errors.isEmpty());
    }
    QCOMPARE(TestSupport::readAll(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_MapScene::exportsFromThePage()
{
    auto doc = newDocument(QStringLiteral("export.continuity"), TestSupport::smallPlan());
    ScriptedDialogs dialogs;
    MapPage page(doc.get(), nullptr, &dialogs);
    const QString png = m_dir.filePath(QStringLiteral("page.png"));
    dialogs.answers = {png};
    page.findChild<QAction *>(QStringLiteral("mapExportAction"))->trigger();
    QVERIFY2(dialogs.errors.isEmpty(), qPrintable(dialogs.errors.join(QLatin1Char('\n'))));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 600);
    QString error;
    QVERIFY(!page.exportTo(m_dir.filePath(QStringLiteral("page.bmp")), &error));
    QVERIFY(error.contains(QLatin1String(".png, .svg or .pdf")));
    // An unwritable target says so and leaves nothing behind.
    QVERIFY(!page.exportTo(QStringLiteral("/nonexistent/folder/map.svg"), &error));
    QVERIFY(error.contains(QLatin1String("could not be written")));
}

void tst_MapScene::cliMapWritesValidFiles()
{
    Plan plan = sample();
    // A name that must come out as text, never as markup, and one far too long for its box.
    plan.services[0].name = QStringLiteral("<img src=\"/etc/passwd\"> & co");
    plan.services[1].name =
        QStringLiteral("Settlement and reconciliation batch platform for card schemes, "
                       "acquirers and the central bank reporting interface");
    const QString path = m_dir.filePath(QStringLiteral("cli.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, plan));
    const QByteArray before = TestSupport::readAll(path);
    auto run = [](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QString o;
        QString e;
        QTextStream os(&o);
        QTextStream es(&e);
        const int code = Cli::run(args, os, es);
        if (out)
            *out = o;
        if (err)
            *err = e;
        return code;
    };
    const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
    const QString png = m_dir.filePath(QStringLiteral("map.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
    QString err;
    QCOMPARE(run({QStringLiteral("map"), path, QStringLiteral("-o"), svg}, nullptr, &err), 0);
    QCOMPARE(run({QStringLiteral("map"), path, QStringLiteral("-o"), png,
                  QStringLiteral("--engine"), QStringLiteral("sfdp")}),
             0);
    QCOMPARE(run({QStringLiteral("map"), path, QStringLiteral("-o"), pdf, QStringLiteral("--fail"),
                  QStringLiteral("dc-fra")}),
             0);
    QCOMPARE(TestSupport::readAll(path), before); // drawing changes nothing

    // SVG: well-formed XML, and every node's name appears as text.
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QString text;
    bool sawImage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        // A name wrapped onto two lines is two text runs, one after the other.
        if (xml.isCharacters() && !xml.isWhitespace())
            text += xml.text() + QLatin1Char(' ');
        if (xml.isStartElement() && xml.name() == QLatin1String("img"))
            sawImage = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!sawImage);
    for (const Process &p : plan.processes)
        QVERIFY2(text.contains(p.name), qPrintable(p.name));
    for (const Service &s : plan.services)
        QVERIFY2(text.contains(s.name), qPrintable(s.name));

    // PNG: the signature and a real picture.
    QCOMPARE(TestSupport::readAll(png).left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    QVERIFY(!QImage(png).isNull());
    // PDF: the header, the trailer, and (where poppler is installed) pdfinfo reads it.
    const QByteArray pdfBytes = TestSupport::readAll(pdf);
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {pdf});
        QVERIFY(info.waitForFinished(20000));
        QCOMPARE(info.exitCode(), 0);
        QVERIFY(info.readAllStandardOutput().contains("Pages:           1"));
    }
}

// Names with markup, control characters and XML's own delimiters, through every exporter:
// each output parses, holds no active element, and the text reads back as text.
void tst_MapScene::hostileTextStaysTextInEveryExport()
{
    Plan plan = sample();
    const QString hostile = QStringLiteral("<script>alert(1)</script> & \u0001\u001b]0;x\u0007 "
                                           "\"q\" 'a' ]]> <!-- \\N \u000b\u007f");
    plan.name = QStringLiteral("Plan ") + hostile;
    plan.processes[0].name = QStringLiteral("<b onmouseover=alert(1)>Pay</b> ") + hostile;
    plan.services[0].name = QStringLiteral("<svg/onload=alert(1)> ") + hostile;
    plan.services[0].owner = QStringLiteral("=HYPERLINK(\"http://x\")");
    plan.services[0].description = hostile + QStringLiteral("\nsecond line");
    QVERIFY(!plan.runbooks.isEmpty());
    plan.runbooks[0].title = QStringLiteral("Runbook ") + hostile;
    const QString path = m_dir.filePath(QStringLiteral("hostile.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, plan));
    auto run = [](const QStringList &args) {
        QString o;
        QString e;
        QTextStream os(&o);
        QTextStream es(&e);
        const int code = Cli::run(args, os, es);
        if (code != 0)
            qWarning("%s", qPrintable(e));
        return code;
    };
    const QString svg = m_dir.filePath(QStringLiteral("hostile.svg"));
    const QString dot = m_dir.filePath(QStringLiteral("hostile.dot"));
    const QString csv = m_dir.filePath(QStringLiteral("hostile.csv"));
    const QString json = m_dir.filePath(QStringLiteral("hostile.json"));
    const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
    QCOMPARE(run({QStringLiteral("map"), path, QStringLiteral("-o"), svg}), 0);
    QCOMPARE(run({QStringLiteral("export"), path, QStringLiteral("--dot"), dot,
                  QStringLiteral("--services-csv"), csv, QStringLiteral("--json"), json}),
             0);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("runbook"), path, QStringLiteral("--id"),
                  plan.runbooks[0].id, QStringLiteral("-o"), pdf}),
             0);

    // SVG: well-formed, no script, no foreign content, no event handler; the names as text.
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString().toLower();
            QVERIFY2(name != QLatin1String("script") && name != QLatin1String("foreignobject") &&
                         name != QLatin1String("iframe") && name != QLatin1String("a"),
                     qPrintable(name));
            for (const QXmlStreamAttribute &a : xml.attributes())
                QVERIFY2(!a.name().startsWith(QLatin1String("on"), Qt::CaseInsensitive),
                         qPrintable(a.name().toString()));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(text.contains(QLatin1String("<script>alert(1)</script>")), qPrintable(text.left(400)));

    // DOT, CSV: no control characters but line ends; Graphviz reads the DOT.
    for (const QString &file : {dot, csv}) {
        const QByteArray bytes = TestSupport::readAll(file);
        for (const char c : bytes)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n' || c == '\r', qPrintable(file));
    }
    QVERIFY(TestSupport::readAll(csv).contains("'=HYPERLINK"));
    const QString dotTool = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (!dotTool.isEmpty()) {
        QProcess gv;
        gv.start(dotTool, {QStringLiteral("-Tsvg"), dot});
        QVERIFY(gv.waitForFinished(20000));
        QCOMPARE(gv.exitCode(), 0);
    }
    // Plan JSON: the names exactly as typed, control characters escaped, and it reads back.
    QStringList errors;
    const std::optional<Plan> back = PlanJson::read(TestSupport::readAll(json), &errors);
    QVERIFY2(back, qPrintable(errors.join(u' ')));
    QCOMPARE(back->name, plan.name);
    // PDF: a PDF whose title pdfinfo reads.
    QVERIFY(TestSupport::readAll(pdf).startsWith("%PDF-"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {pdf});
        QVERIFY(info.waitForFinished(20000));
        QCOMPARE(info.exitCode(), 0);
    }
}

void tst_MapScene::cliMapReportsGraphvizFailure()
{
    // Graphviz without its plugins (an empty GVBINDIR) cannot lay anything out: the real
    // binary must say so, exit 2, and leave no file.
    const QString cli = QStringLiteral(CONTINUITY_CLI);
    const QString path = m_dir.filePath(QStringLiteral("gv.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    QTemporaryDir empty;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GVBINDIR"), empty.path());
    process.setProcessEnvironment(env);
    const QString out = m_dir.filePath(QStringLiteral("gv.svg"));
    process.start(cli, {QStringLiteral("map"), path, QStringLiteral("-o"), out,
                        QStringLiteral("--engine"), QStringLiteral("dot")});
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(QLatin1String("Graphviz could not lay out the map with dot")),
             qPrintable(err));
    QVERIFY(!QFile::exists(out));
}

void tst_MapScene::cliMapRefusesBadInput()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, TestSupport::smallPlan()));
    auto code = [](const QStringList &args, QString *err) {
        QString o;
        QTextStream os(&o);
        QTextStream es(err);
        return Cli::run(args, os, es);
    };
    QString err;
    QCOMPARE(code({QStringLiteral("map"), path}, &err), 2);
    QVERIFY(err.contains(QLatin1String("-o FILE")));
    err.clear();
    QCOMPARE(
        code({QStringLiteral("map"), path, QStringLiteral("-o"), QStringLiteral("x.gif")}, &err),
        2);
    QVERIFY(err.contains(QLatin1String(".png, .svg or .pdf")));
    err.clear();
    QCOMPARE(code({QStringLiteral("map"), path, QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("x.svg")), QStringLiteral("--engine"),
                   QStringLiteral("neato")},
                  &err),
             2);
    QVERIFY(err.contains(QLatin1String("dot or sfdp")));
    err.clear();
    QCOMPARE(code({QStringLiteral("map"), path, QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("x.svg")), QStringLiteral("--fail"),
                   QStringLiteral("ghost")},
                  &err),
             2);
    QVERIFY(err.contains(QLatin1String("ghost")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.svg"))));
}

// The minimap (issue #18 point 6): hidden while the whole map is in view, shown when zoomed in,
// its frame where the view is; a click moves the view; the planner can switch it off.
void tst_MapScene::overviewShowsWhereTheViewIs()
{
    QSettings().remove(QStringLiteral("map/overview"));
    auto doc = newDocument(QStringLiteral("overview.continuity"), sample());
    ScriptedDialogs dialogs;
    MapPage page(doc.get(), nullptr, &dialogs);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLayoutRunning());
    page.view()->fitAll();
    MapOverview *overview = page.overview();
    QVERIFY(overview->isWanted());
    QTRY_VERIFY(!overview->isVisible());

    page.view()->zoomBy(4);
    QTRY_VERIFY(overview->isVisible());
    overview->redraw();
    QVERIFY(overview->mapArea().contains(overview->shownArea().center()));
    // It sits inside the view, in its bottom-right corner, over the map.
    const QRect port = page.view()->viewport()->rect();
    QVERIFY(port.contains(overview->geometry()));
    QVERIFY(overview->geometry().right() > port.width() - 40);

    // A click on the picture's top-left quarter brings that part of the map into view.
    const QPointF before = overview->shownArea().center();
    QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(10, 10));
    const QPointF after = overview->shownArea().center();
    QVERIFY2(after.x() < before.x() || after.y() < before.y(),
             qPrintable(QStringLiteral("%1,%2 -> %3,%4")
                            .arg(before.x())
                            .arg(before.y())
                            .arg(after.x())
                            .arg(after.y())));
    QVERIFY(after.x() < overview->mapArea().center().x());

    page.setOverviewWanted(false);
    QVERIFY(!overview->isVisible());
    QVERIFY(!MapPage::isOverviewWanted());
    page.setOverviewWanted(true);
    QVERIFY(overview->isVisible());
    QVERIFY(doc->undoStack()->count() == 0); // looking around changes nothing
}

// Wall prints (issue #18 point 6): an assembly page and the map tiled over landscape pages of
// the paper asked for, every page titled with the plan and the scenario, the tiles together
// covering the whole map with a glue strip between neighbours.
void tst_MapScene::wallPrintsTileTheWholeMap()
{
    const QString path = m_dir.filePath(QStringLiteral("wall.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, sample()));
    const QByteArray before = TestSupport::readAll(path);
    auto run = [](const QStringList &args, QString *out, QString *err) {
        QTextStream os(out);
        QTextStream es(err);
        return Cli::run(args, os, es);
    };
    const QString pdf = m_dir.filePath(QStringLiteral("wall.pdf"));
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("map"), path, QStringLiteral("-o"), pdf, QStringLiteral("--tiles"),
                  QStringLiteral("a3"), QStringLiteral("--across"), QStringLiteral("3"),
                  QStringLiteral("--fail"), QStringLiteral("dc-fra")},
                 &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("(3 across")), qPrintable(out + err));
    QCOMPARE(TestSupport::readAll(path), before);
    QVERIFY(TestSupport::readAll(pdf).startsWith("%PDF-"));

    // The geometry: windows of the map one step apart cover it whole.
    MapScene scene(sample());
    {
        QStringList ids;
        const LayoutResult layout =
            runGraphvizLayout(scene.layoutRequest(LayoutEngine::Dot, false, &ids));
        QVERIFY(layout.error.isEmpty());
        QString error;
        QVERIFY(scene.applyLayout(ids, layout.centres, QString(), &error));
    }
    for (const QPageSize::PageSizeId paper : {QPageSize::A4, QPageSize::A3}) {
        for (const int across : {0, 1, 2, 5}) {
            MapExport::WallPrint options;
            options.paper = paper;
            options.across = across;
            const MapExport::WallPrintPages pages = MapExport::planWallPrint(&scene, options);
            if (across > 0)
                QCOMPARE(pages.across, across);
            else
                QCOMPARE(pages.scale, 1.0); // names at their natural size
            QVERIFY(pages.down >= 1);
            QVERIFY(pages.count() <= 64);
            const QSizeF paperSize = QPageSize(paper).size(QPageSize::Point);
            const double mapWidth = std::max(paperSize.width(), paperSize.height()) - 2 * 28;
            // The last page across still reaches the map's right edge.
            QVERIFY(pages.across * (mapWidth - 28) + 28 >=
                    scene.contentRect().width() * pages.scale);
        }
    }

    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdfinfo.isEmpty() || pdftotext.isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdftotext) are needed to read the wall print back");
    QProcess info;
    info.start(pdfinfo, {pdf});
    QVERIFY(info.waitForFinished(20000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    MapExport::WallPrint options;
    options.across = 3;
    // The CLI's scene is laid out the same way (dot): the same pages.
    const MapExport::WallPrintPages pages = MapExport::planWallPrint(&scene, options);
    QVERIFY2(infoText.contains(QStringLiteral("Pages:           %1").arg(pages.count() + 1)),
             qPrintable(infoText));
    QVERIFY2(infoText.contains(QLatin1String("1191 x 842 pts (A3)")), qPrintable(infoText));
    auto pageText = [&](int number) {
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-f"), QString::number(number), QStringLiteral("-l"),
                               QString::number(number), pdf, QStringLiteral("-")});
        text.waitForFinished(20000);
        return QString::fromUtf8(text.readAllStandardOutput()).simplified();
    };
    const QString assembly = pageText(1);
    QVERIFY2(assembly.contains(QLatin1String("Assembly plan")), qPrintable(assembly));
    QVERIFY2(assembly.contains(QLatin1String("Scenario: Frankfurt data centre")),
             qPrintable(assembly));
    QString tiles;
    for (int row = 0; row < pages.down; ++row) {
        for (int column = 0; column < pages.across; ++column) {
            const QString text = pageText(2 + row * pages.across + column);
            const QString name = QString(QChar(u'A' + row)) + QString::number(column + 1);
            QVERIFY2(text.contains(QStringLiteral("Page %1").arg(name)), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Scenario: Frankfurt data centre")),
                     qPrintable(text));
            tiles += text + QLatin1Char(' ');
        }
    }
    // Every process's name is printed on the tiles (a name cut by a page edge still is).
    for (const Process &p : sample().processes) {
        const QString first = p.name.section(QLatin1Char(' '), 0, 0);
        QVERIFY2(tiles.contains(first), qPrintable(p.name));
    }

    // Refused: an unknown paper, a picture format, --across alone or out of range.
    auto refused = [&](const QStringList &args, const QString &says) {
        QString o;
        QString e;
        QCOMPARE(run(args, &o, &e), 2);
        QVERIFY2(e.contains(says), qPrintable(e));
    };
    const QString other = m_dir.filePath(QStringLiteral("other.pdf"));
    refused({QStringLiteral("map"), path, QStringLiteral("-o"), other, QStringLiteral("--tiles"),
             QStringLiteral("a5")},
            QStringLiteral("a4 or a3"));
    refused({QStringLiteral("map"), path, QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("other.png")), QStringLiteral("--tiles"),
             QStringLiteral("a4")},
            QStringLiteral(".pdf"));
    refused({QStringLiteral("map"), path, QStringLiteral("-o"), other, QStringLiteral("--across"),
             QStringLiteral("2")},
            QStringLiteral("--tiles"));
    refused({QStringLiteral("map"), path, QStringLiteral("-o"), other, QStringLiteral("--tiles"),
             QStringLiteral("a4"), QStringLiteral("--across"), QStringLiteral("0")},
            QStringLiteral("1 to 64"));
    QVERIFY(!QFile::exists(other));
}

// From the map's Export menu: the dialog shows how many pages the choice prints, then the file.
void tst_MapScene::wallPrintFromThePage()
{
    auto doc = newDocument(QStringLiteral("wallpage.continuity"), sample());
    ScriptedDialogs dialogs;
    MapPage page(doc.get(), nullptr, &dialogs);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLayoutRunning());
    const QString pdf = m_dir.filePath(QStringLiteral("page-wall.pdf"));
    dialogs.answers = {pdf};
    QString shown;
    QTimer::singleShot(100, [&shown] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *across = dialog->findChild<QSpinBox *>(QStringLiteral("wallPrintAcross"));
        across->setValue(2);
        shown = dialog->findChild<QLabel *>(QStringLiteral("wallPrintCount"))->text();
        dialog->accept();
    });
    page.findChild<QAction *>(QStringLiteral("mapWallPrintA4"))->trigger();
    QVERIFY2(shown.contains(QLatin1String("2 across")), qPrintable(shown));
    QVERIFY2(dialogs.errors.isEmpty(), qPrintable(dialogs.errors.join(QLatin1Char('\n'))));
    QVERIFY(TestSupport::readAll(pdf).startsWith("%PDF-"));
    QVERIFY(doc->undoStack()->count() == 0);
}

QTEST_MAIN(tst_MapScene)
#include "tst_mapscene.moc"
