// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a plan kept on a PostgreSQL server (docs/team-server.md): File > Open from
// Server… lists the plans the login may open, opens one, edits are written to the server; a
// second window edits it too and each shows the other's edits; the recent list keeps its URL
// without a password. Against a throwaway PostgreSQL 15 (TemporaryPostgres).
#include "MainWindow.h"
#include "TemporaryPostgres.h"
#include "TestSupport.h"

#include "dialogs/OpenFromServerDialog.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "io/SamplePlan.h"
#include "server/PgConnection.h"
#include "server/ServerPlan.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

namespace {

// Answers "Open from Server" with a plan chosen beforehand; records errors and warnings.
class ServerDialogs : public UserDialogs
{
public:
    QString server;
    QString url;
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
    bool askServerPlan(QWidget *, QString *s, QString *u, QString *password) override
    {
        *s = server;
        *u = url;
        password->clear();
        return !url.isEmpty();
    }
};

} // namespace

class tst_ServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDialogListsThePlansALoginMayOpen();
    void theWindowEditsAServerPlan();

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
    for (const QString &plan : {QStringLiteral("team"), QStringLiteral("hidden")}) {
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
    dialog.listPlans();
    auto *plans = dialog.findChild<QListWidget *>(QStringLiteral("serverPlans"));
    QVERIFY(plans);
    QCOMPARE(plans->count(), 1); // carol may read "team" only
    QCOMPARE(plans->item(0)->text(), QStringLiteral("team"));
    QCOMPARE(dialog.planUrl(), m_server->url(QStringLiteral("carol"), QStringLiteral("team")));
    // A server that is not there is said so, and nothing is offered.
    OpenFromServerDialog nowhere(
        QStringLiteral("postgresql://carol@/postgres?host=/nonexistent/socket"));
    nowhere.listPlans();
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
    auto dialogs = std::make_unique<ServerDialogs>();
    ServerDialogs *script = dialogs.get();
    window.setDialogs(std::move(dialogs));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString url = m_server->url(QStringLiteral("admin"), QStringLiteral("team"));
    script->server = serverAddress(QStringLiteral("admin"));
    script->url = url;
    window.findChild<QAction *>(QStringLiteral("openServerAction"))->trigger();
    QVERIFY2(script->errors.isEmpty(), qPrintable(script->errors.join(u'\n')));
    QVERIFY(window.document());
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
    auto secondDialogs = std::make_unique<ServerDialogs>();
    ServerDialogs *secondScript = secondDialogs.get();
    second.setDialogs(std::move(secondDialogs));
    secondScript->server = serverAddress(QStringLiteral("admin"));
    secondScript->url = url;
    second.findChild<QAction *>(QStringLiteral("openServerAction"))->trigger();
    QVERIFY(second.document());
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
    QVERIFY(window.openPlan(m_server->url(QStringLiteral("admin"), QStringLiteral("hidden"))));
    QCOMPARE(window.recentFiles().size(), 2);
    QVERIFY(window.openPlan(url));
    QCOMPARE(window.document()->filePath(), url);
}

QTEST_MAIN(tst_ServerWindow)
#include "tst_serverwindow.moc"
