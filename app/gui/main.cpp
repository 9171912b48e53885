// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <functional>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Continuity"));
    QApplication::setOrganizationName(QStringLiteral("Continuity"));
    QApplication::setApplicationVersion(QStringLiteral(CONTINUITY_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Continuity"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.continuitybcp.Continuity"));
    Continuity::Language::install(Continuity::Language::resolve(Continuity::Language::preferred()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Business continuity and disaster-recovery planning"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QApplication::translate("main", "A plan file to open."),
                                 QStringLiteral("[plan]"));
    const QCommandLineOption area(
        QStringLiteral("area"),
        QApplication::translate(
            "main", "Open the plan at an area: dashboard, processes, services or analyses."),
        QStringLiteral("area"));
    const QCommandLineOption fail(
        QStringLiteral("fail"),
        QApplication::translate("main",
                                "Open the Analyses area with these ids failed (comma-separated)."),
        QStringLiteral("ids"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QApplication::translate("main",
                                "Start in presentation mode (large text for a projector)."));
    parser.addOption(area);
    parser.addOption(fail);
    parser.addOption(presentation);
    parser.process(app);

    auto window = std::make_unique<Continuity::MainWindow>();
    window->show();
    if (parser.isSet(presentation))
        window->setPresentationMode(true);
    if (!parser.positionalArguments().isEmpty() &&
        window->openPlan(parser.positionalArguments().first())) {
        // --fail opens the Analyses area unless --area names another (the map shows the
        // scenario in its colours).
        if (parser.isSet(fail))
            window->showScenario(parser.value(fail).split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (parser.isSet(area))
            window->showAreaNamed(parser.value(area));
    }
    // A language chosen in View > Language: the same plan in a new window in that language.
    std::function<void(const QString &)> relaunch;
    relaunch = [&](const QString &code) {
        QTimer::singleShot(0, [&, code] {
            window = Continuity::MainWindow::reopenInLanguage(std::move(window), code);
            window->show();
            QObject::connect(window.get(), &Continuity::MainWindow::languageChosen, relaunch);
        });
    };
    QObject::connect(window.get(), &Continuity::MainWindow::languageChosen, relaunch);
    return QApplication::exec();
}
