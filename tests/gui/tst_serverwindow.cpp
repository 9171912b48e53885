// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a plan kept on a PostgreSQL server (docs/team-server.md): File > Open from
// Server… lists the plans the login may open, opens one, edits are written to the server; a
// second window edits it too and each shows the other's edits; the recent list keeps its URL
// without a password. Against a throwaway PostgreSQL 15 (TemporaryPostgres).
#include "MainWindow.h"
#include "TemporaryPostgres.h"
#include "TestSupport.h"

#include "dialogs/OpenFromServerDialog.h"
#include "dialogs/PushBackDialog.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "io/SamplePlan.h"
#include "server/PgConnection.h"
#include "server/ServerPlan.h"
#include "tables/PlanTableView.h"
#include "tables/TypingGuard.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Continuity;

namespace {

// Answers "Open from Server" with a plan chosen beforehand; records errors and warnings.
class ServerDialogs : public UserDialogs
{
public:
    QString server;
    QString url;
    QString savePath;
    // Push Back: which version of each conflict wins ("keepServer" or "useFile"), and the
    // dialog's list and status as the user saw them before pushing.
    QString conflictChoice;
    QStringList pushBackItems;
    QString pushBackStatus;
    bool pushEnabledBeforeChoice = true;
    bool cancelDisabledWhilePushing = false;
    QStringList errors;
    QStringList warnings;
    void showError(QWidget *, const QString &, const QString &message) override
    {
        errors.append(message);
    }
    void showWarning(QWidget *, const QString &, const QString &message) override
    {
        warnings.append(message);
    }
    QString askSavePath(QWidget *, const QString &, const QString &) override { return savePath; }
    // The real dialog, driven as a user would: wait for the comparison, read it, choose, push.
    bool askPushBack(QWidget *parent, const Server::PushBackInput &input,
                     Server::PushBackReport *report) override
    {
        PushBackDialog dialog(input, parent);
        QSignalSpy compared(&dialog, &PushBackDialog::compared);
        if (!compared.wait(15000))
            return false;
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("pushBackItems"));
        pushBackItems.clear();
        for (int i = 0; i < list->count(); ++i)
            pushBackItems.append(list->item(i)->text());
        pushBackStatus = dialog.findChild<QLabel *>(QStringLiteral("pushBackStatus"))->text();
        auto *push = dialog.findChild<QPushButton *>(QStringLiteral("pushBack"));
        pushEnabledBeforeChoice = push->isEnabled();
        if (!conflictChoice.isEmpty())
            dialog.findChild<QRadioButton *>(conflictChoice)->click();
        if (!push->isEnabled())
            return false;
        QSignalSpy finished(&dialog, &PushBackDialog::pushFinished);
        push->click();
        // The server's write goes on whatever the dialog does: no cancelling it halfway.
        cancelDisabledWhilePushing =
            !dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isEnabled();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.reject(); // Escape
        if (!rejected.isEmpty())
            return false;
        if (!finished.wait(15000) || dialog.result() != QDialog::Accepted)
            return false;
        *report = dialog.report();
        return true;
    }
    bool askServerPlan(QWidget *, QString *s, QString *u, QString *password) override
    {
        *s = server;
        *u = url;
        password->clear();
        return !url.isEmpty();
    }
};

// Installs scripted dialogs in `window`; the script, which the window owns.
ServerDialogs *scripted(MainWindow &window)
{
    auto dialogs = std::make_unique<ServerDialogs>();
    ServerDialogs *script = dialogs.get();
    window.setDialogs(std::move(dialogs));
    return script;
}

} // namespace

class tst_ServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDialogListsThePlansALoginMayOpen();
    void theWindowEditsAServerPlan();
    void aServerThatDoesNotAnswerKeepsTheWindowsPlan();
    void aSilentServerIsGivenUpOn();
    void aPlanSavedAsAFileIsPushedBack();
    void whatIsBeingTypedOutlivesOthersEdits();
    void othersChangesTheWindowCannotTakeAreSaid();

private:
    QString serverAddress(const QString &user) const
    {
        return m_server->url(user); // no plan=
    }
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::TemporaryPostgres> m_server;
};

void tst_ServerWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestSupport::TemporaryPostgres>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    QString error;
    QVERIFY2(
        m_server->exec(QStringLiteral("admin"), QStringLiteral("CREATE ROLE carol LOGIN"), &error),
        qPrintable(error));
    std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    const QString file = m_dir.filePath(QStringLiteral("sample.continuity"));
    QVERIFY2(PlanDocument::create(file, *sample, &error), qPrintable(error));
    for (const QString &plan :
         {QStringLiteral("team"), QStringLiteral("hidden"), QStringLiteral("roaming")}) {
        Server::ServerUrl url;
        QVERIFY(
            Server::ServerUrl::parse(m_server->url(QStringLiteral("admin"), plan), &url, &error));
        auto connection = Server::PgConnection::connect(url.connection, &error);
        QVERIFY2(connection, qPrintable(error));
        QVERIFY2(Server::push(file, *connection, plan, {}, &error), qPrintable(error));
    }
    QVERIFY(m_server->exec(QStringLiteral("admin"),
                           QStringLiteral("GRANT cty_postgres_team_viewer TO carol"), &error));
}

void tst_ServerWindow::theDialogListsThePlansALoginMayOpen()
{
    OpenFromServerDialog dialog(serverAddress(QStringLiteral("carol")));
    QSignalSpy listed(&dialog, &OpenFromServerDialog::plansListed);
    dialog.listPlans();
    // Asked on a worker: the dialog says so meanwhile, and takes no second question.
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("serverStatus"))
                ->text()
                .contains(QStringLiteral("Asking")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("showPlans"))->isEnabled());
    QVERIFY(listed.wait(10000));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("showPlans"))->isEnabled());
    auto *plans = dialog.findChild<QListWidget *>(QStringLiteral("serverPlans"));
    QVERIFY(plans);
    QCOMPARE(plans->count(), 1); // carol may read "team" only
    QCOMPARE(plans->item(0)->text(), QStringLiteral("team"));
    QCOMPARE(dialog.planUrl(), m_server->url(QStringLiteral("carol"), QStringLiteral("team")));
    // A server that is not there is said so, and nothing is offered.
    OpenFromServerDialog nowhere(
        QStringLiteral("postgresql://carol@/postgres?host=/nonexistent/socket"));
    QSignalSpy nowhereListed(&nowhere, &OpenFromServerDialog::plansListed);
    nowhere.listPlans();
    QVERIFY(nowhereListed.wait(10000));
    QCOMPARE(nowhere.findChild<QListWidget *>(QStringLiteral("serverPlans"))->count(), 0);
    QVERIFY(nowhere.planUrl().isEmpty());
    QVERIFY(nowhere.findChild<QLabel *>(QStringLiteral("serverStatus"))
                ->text()
                .contains(QStringLiteral("Cannot connect")));
}

void tst_ServerWindow::theWindowEditsAServerPlan()
{
    QSettings().clear();
    MainWindow window;
    ServerDialogs *script = scripted(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString url = m_server->url(QStringLiteral("admin"), QStringLiteral("team"));
    script->server = serverAddress(QStringLiteral("admin"));
    script->url = url;
    window.findChild<QAction *>(QStringLiteral("openServerAction"))->trigger();
    // Connected to and read on a worker: the window goes on meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(window.document() || !script->errors.isEmpty(), 10000);
    QVERIFY2(script->errors.isEmpty(), qPrintable(script->errors.join(u'\n')));
    QVERIFY(window.document()->loadedOnThread() != QThread::currentThread());
    QCOMPARE(window.document()->filePath(), url);
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Northwind")));
    QCOMPARE(window.recentFiles().value(0), url);
    QCOMPARE(QSettings().value(QStringLiteral("lastServer")).toString(),
             serverAddress(QStringLiteral("admin")));

    // An edit goes to the server at once.
    QString error;
    QVERIFY2(window.document()->setPlanName(QStringLiteral("Team plan"), &error),
             qPrintable(error));
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT value FROM team.plan_info WHERE key = 'name'")),
             QStringLiteral("Team plan"));

    // A second window edits it too, and each shows the other's edits within a second.
    MainWindow second;
    ServerDialogs *secondScript = scripted(second);
    secondScript->server = serverAddress(QStringLiteral("admin"));
    secondScript->url = url;
    second.findChild<QAction *>(QStringLiteral("openServerAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(second.document() || !secondScript->errors.isEmpty(), 10000);
    QVERIFY2(secondScript->errors.isEmpty(), qPrintable(secondScript->errors.join(u'\n')));
    QVERIFY2(!second.document()->isReadOnly(), qPrintable(second.document()->readOnlyReason()));
    QVERIFY2(secondScript->warnings.isEmpty(), qPrintable(secondScript->warnings.join(u'\n')));
    QCOMPARE(second.document()->plan().name, QStringLiteral("Team plan"));
    QVERIFY2(second.document()->setPlanName(QStringLiteral("Team plan, second"), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->plan().name, QStringLiteral("Team plan, second"),
                              1000);
    QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(QStringLiteral("Team plan, second")),
                             1000);
    // Item by item, every page of the other window follows: a node and its links removed, put
    // back, a runbook changed.
    PlanDocument *first = window.document();
    const QString node = first->plan().services.first().id;
    QVERIFY2(first->removeNodes({node}, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!second.document()->service(node), 1000);
    first->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(second.document()->service(node), 1000);
    Runbook runbook = first->plan().runbooks.first();
    runbook.title = QStringLiteral("Changed in the first window");
    QVERIFY2(first->changeRunbook(runbook, QStringLiteral("Edit runbook"), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(second.document()->runbook(runbook.id)->title, runbook.title, 1000);
    QCOMPARE(TestSupport::canonical(second.document()->plan()),
             TestSupport::canonical(first->plan()));

    // Reopened from the recent list: no dialog, the same plan.
    const QString hidden = m_server->url(QStringLiteral("admin"), QStringLiteral("hidden"));
    QVERIFY(window.openPlan(hidden));
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->filePath(), hidden, 10000);
    QCOMPARE(window.recentFiles().size(), 2);
    QVERIFY(window.openPlan(url));
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->filePath(), url, 10000);
    QVERIFY2(script->errors.isEmpty(), qPrintable(script->errors.join(u'\n')));
}

// A server that is not there, or a plan the login may not read: the window says so by name
// and keeps the plan it has; it never waits for the server itself.
void tst_ServerWindow::aServerThatDoesNotAnswerKeepsTheWindowsPlan()
{
    QSettings().clear();
    MainWindow window;
    ServerDialogs *script = scripted(window);
    const QString file = m_dir.filePath(QStringLiteral("sample.continuity"));
    QVERIFY(window.openPlan(file));
    QTRY_VERIFY(window.document());
    PlanDocument *open = window.document();

    QVERIFY(window.openPlan(
        QStringLiteral("postgresql://carol@/postgres?host=/nonexistent/socket&plan=team")));
    QCOMPARE(window.document(), open); // still the file, while the worker tries
    QTRY_VERIFY_WITH_TIMEOUT(!script->errors.isEmpty(), 10000);
    QVERIFY2(script->errors.last().contains(QStringLiteral("Cannot connect")),
             qPrintable(script->errors.last()));
    QCOMPARE(window.document(), open);

    QVERIFY(window.openPlan(m_server->url(QStringLiteral("carol"), QStringLiteral("hidden"))));
    QTRY_COMPARE_WITH_TIMEOUT(script->errors.size(), 2, 10000);
    QVERIFY2(script->errors.last().contains(QStringLiteral("hidden")),
             qPrintable(script->errors.last()));
    QCOMPARE(window.document(), open);
    QCOMPARE(window.document()->filePath(), QFileInfo(file).absoluteFilePath());
}

// A server that takes the connection and never answers (a firewall, a hung host): libpq would
// wait as long as the network does; Continuity gives up after DefaultConnectTimeoutSeconds
// unless the URL says otherwise, and the dialog says so.
void tst_ServerWindow::aSilentServerIsGivenUpOn()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    QVERIFY(::listen(listener, 8) == 0); // connections complete, and nothing is ever said
    QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const QString silent =
        QStringLiteral("postgresql://carol@127.0.0.1:%1/postgres").arg(ntohs(address.sin_port));

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!Server::PgConnection::connect(silent + QStringLiteral("?connect_timeout=2"), &error));
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(QStringLiteral("timeout")), qPrintable(error));

    OpenFromServerDialog dialog(silent);
    QSignalSpy listed(&dialog, &OpenFromServerDialog::plansListed);
    timer.restart();
    dialog.listPlans();
    QVERIFY(listed.wait((Server::DefaultConnectTimeoutSeconds + 10) * 1000));
    QVERIFY2(timer.elapsed() >= (Server::DefaultConnectTimeoutSeconds - 1) * 1000,
             qPrintable(QString::number(timer.elapsed())));
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("serverStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("timeout")), qPrintable(status));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("serverPlans"))->count(), 0);
    ::close(listener);
}

// Offline work (docs/decisions/offline-push-back.md) in the window: a server plan saved as a
// file, edited there while someone edits the server's, and pushed back from File > Push Back
// to Server…: the dialog lists what goes back and the conflict with who made it, pushes nothing
// until the user has chosen which version wins, and the file then holds the server's plan.
void tst_ServerWindow::aPlanSavedAsAFileIsPushedBack()
{
    QSettings().clear();
    MainWindow window;
    ServerDialogs *script = scripted(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString url = m_server->url(QStringLiteral("admin"), QStringLiteral("roaming"));
    QVERIFY(window.openPlan(url));
    QTRY_VERIFY_WITH_TIMEOUT(window.document() && window.document()->filePath() == url, 10000);
    auto *pushBack = window.findChild<QAction *>(QStringLiteral("pushBackAction"));
    QVERIFY(pushBack);
    QVERIFY(!pushBack->isEnabled()); // a server plan is not pushed back to itself

    // Taken offline: Save As goes on with a file that remembers where it came from.
    script->savePath = m_dir.filePath(QStringLiteral("roaming.continuity"));
    window.findChild<QAction *>(QStringLiteral("saveAsAction"))->trigger();
    QTRY_COMPARE(window.document()->filePath(), script->savePath);
    QVERIFY2(script->errors.isEmpty(), qPrintable(script->errors.join(u'\n')));
    QTRY_VERIFY(pushBack->isEnabled());

    PlanDocument *file = window.document();
    const QString mine = file->plan().services.at(0).id;
    const QString both = file->plan().services.at(1).id;
    const QString theirs = file->plan().services.at(2).id;
    QString error;
    const auto describe = [&error](PlanDocument &doc, const QString &id, const QString &text) {
        Service s = *doc.service(id);
        s.description = text;
        return doc.changeService(s, &error);
    };
    QVERIFY2(describe(*file, mine, QStringLiteral("offline")), qPrintable(error));
    QVERIFY2(describe(*file, both, QStringLiteral("offline too")), qPrintable(error));
    {
        auto server = PlanDocument::open(url, &error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY2(describe(*server, both, QStringLiteral("on the server")), qPrintable(error));
        QVERIFY2(describe(*server, theirs, QStringLiteral("on the server only")),
                 qPrintable(error));
    }

    // The conflict is listed by name and who made it; nothing is pushed until a choice.
    script->conflictChoice.clear();
    pushBack->trigger();
    QVERIFY2(script->errors.isEmpty(), qPrintable(script->errors.join(u'\n')));
    QVERIFY(!script->pushEnabledBeforeChoice);
    const QString items = script->pushBackItems.join(u'\n');
    QVERIFY2(
        items.contains(QStringLiteral("To write: service %1: changed (description)").arg(mine)),
        qPrintable(items));
    QVERIFY2(items.contains(QStringLiteral("Conflict: service %1: changed in the file, and "
                                           "changed on the server (last by admin at ")
                                .arg(both)),
             qPrintable(items));
    QVERIFY2(script->pushBackStatus.contains(QStringLiteral("choose which version wins")),
             qPrintable(script->pushBackStatus));
    QCOMPARE(file->service(both)->description, QStringLiteral("offline too"));
    QCOMPARE(TestSupport::loadPlanFile(script->savePath).services.at(1).description,
             QStringLiteral("offline too"));

    // Chosen: the server's version of the conflict stays; the file's other change goes.
    script->conflictChoice = QStringLiteral("keepServer");
    pushBack->trigger();
    QVERIFY2(script->errors.isEmpty(), qPrintable(script->errors.join(u'\n')));
    QCOMPARE(window.document(), file);
    QCOMPARE(file->service(mine)->description, QStringLiteral("offline"));
    QCOMPARE(file->service(both)->description, QStringLiteral("on the server"));
    QCOMPARE(file->service(theirs)->description, QStringLiteral("on the server only"));
    QVERIFY(!file->undoStack()->canUndo());
    QVERIFY(script->cancelDisabledWhilePushing);
    auto server = PlanDocument::open(url, &error);
    QVERIFY2(server, qPrintable(error));
    QCOMPARE(TestSupport::canonical(server->plan()), TestSupport::canonical(file->plan()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Pushed back")),
             qPrintable(window.statusBar()->currentMessage()));
}

// "Nothing typed is lost" with others editing: a catch-up fills the inspector anew, and the
// field the user is typing in keeps their text and cursor; when someone changed that very field,
// the window says so, with their value, and writes the typed one only when the user confirms it.
void tst_ServerWindow::whatIsBeingTypedOutlivesOthersEdits()
{
    QSettings().clear();
    MainWindow window;
    ServerDialogs *script = scripted(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    const QString url = m_server->url(QStringLiteral("admin"), QStringLiteral("team"));
    QVERIFY(window.openPlan(url));
    QTRY_VERIFY_WITH_TIMEOUT(window.document() && window.document()->filePath() == url, 10000);
    QVERIFY2(script->errors.isEmpty(), qPrintable(script->errors.join(u'\n')));
    QVERIFY(window.showAreaNamed(QStringLiteral("services")));
    auto *table = window.findChild<PlanTableView *>(QStringLiteral("serviceTable"));
    const QString id = window.document()->plan().services.at(3).id;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(Qt::UserRole + 1).toString() == id)
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("inspectServiceName"));
    QVERIFY(name);
    QTRY_COMPARE(name->text(), window.document()->service(id)->name);
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" (typed)"));
    const QString typed = window.document()->service(id)->name + QStringLiteral(" (typed)");
    QCOMPARE(name->text(), typed);

    // Someone else changes another field of the same service: the form is filled anew from the
    // plan, but the name being typed stays, and nothing is said.
    QString error;
    auto other = PlanDocument::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    Service changed = *other->service(id);
    changed.description = QStringLiteral("changed by someone else");
    QVERIFY2(other->changeService(changed, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->service(id)->description, changed.description,
                              2000);
    QCOMPARE(name->text(), typed);
    QVERIFY(name->isModified());
    QCOMPARE(name->cursorPosition(), typed.size());
    QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("Someone else")),
             qPrintable(window.statusBar()->currentMessage()));

    // Someone else changes the name itself: what is typed stays, and the window says theirs.
    changed = *other->service(id);
    changed.name = QStringLiteral("Renamed by someone else");
    QVERIFY2(other->changeService(changed, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->service(id)->name, changed.name, 2000);
    QCOMPARE(name->text(), typed);
    QVERIFY2(
        window.statusBar()->currentMessage().contains(QStringLiteral("“Renamed by someone else”")),
        qPrintable(window.statusBar()->currentMessage()));
    // Confirmed, it is written (the user has seen theirs).
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(window.document()->service(id)->name, typed);
    QTRY_COMPARE_WITH_TIMEOUT(other->service(id)->name, typed, 2000);

    // In presentation mode (no status bar) such a notice is seen all the same, for its time.
    window.setPresentationMode(true);
    QVERIFY(!window.statusBar()->isVisible());
    auto *guard = window.findChild<TypingGuard *>();
    QVERIFY(guard);
    emit guard->notice(QStringLiteral("Someone else changed it"));
    QVERIFY(window.statusBar()->isVisible());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Someone else changed it"));
    window.statusBar()->clearMessage();
    QVERIFY(!window.statusBar()->isVisible());
    window.setPresentationMode(false);
    QVERIFY(window.statusBar()->isVisible());
}

// Someone writes a value the plan's rules refuse past the program (psql): the window keeps what
// it read and shows a warning in its status bar (the reason in its tooltip, and in full when
// clicked) until the value is mended.
void tst_ServerWindow::othersChangesTheWindowCannotTakeAreSaid()
{
    QSettings().clear();
    MainWindow window;
    ServerDialogs *script = scripted(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString url = m_server->url(QStringLiteral("admin"), QStringLiteral("team"));
    QVERIFY(window.openPlan(url));
    QTRY_VERIFY_WITH_TIMEOUT(window.document() && window.document()->filePath() == url, 10000);
    QVERIFY2(script->errors.isEmpty(), qPrintable(script->errors.join(u'\n')));
    auto *mark = window.findChild<QToolButton *>(QStringLiteral("notCurrentButton"));
    QVERIFY(mark);
    QVERIFY(!mark->isVisible());
    const QString id = window.document()->plan().services.at(0).id;
    const QString name = window.document()->service(id)->name;
    QString error;
    QVERIFY2(m_server->exec(QStringLiteral("admin"),
                            QStringLiteral("UPDATE team.services SET name = '' WHERE node = "
                                           "(SELECT key FROM team.nodes WHERE id = '%1')")
                                .arg(id),
                            &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(mark->isVisible(), 3000);
    QVERIFY2(mark->toolTip().contains(QStringLiteral("not taken")), qPrintable(mark->toolTip()));
    // Clicked, it says why in full.
    mark->click();
    QCOMPARE(script->warnings.size(), 1);
    QVERIFY(script->warnings.first().contains(QStringLiteral("not taken")));
    QCOMPARE(window.document()->service(id)->name, name);
    QVERIFY2(m_server->exec(QStringLiteral("admin"),
                            QStringLiteral("UPDATE team.services SET name = 'Mended with psql' "
                                           "WHERE node = (SELECT key FROM team.nodes WHERE id = "
                                           "'%1')")
                                .arg(id),
                            &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->service(id)->name,
                              QStringLiteral("Mended with psql"), 3000);
    QVERIFY(!mark->isVisible());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("shown again")),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(tst_ServerWindow)
#include "tst_serverwindow.moc"
