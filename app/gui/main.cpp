// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <QWindow>

#include <functional>
#include <memory>

namespace {

// "Open the plan at an area: dashboard, processes, ... or audit.", from the one list of areas.
QString areaHelp()
{
    QStringList names = Continuity::MainWindow::areaNames();
    const QString last = names.takeLast();
    return QCoreApplication::translate("main", "Open the plan at an area: %1.")
        .arg(QCoreApplication::translate("main", "%1 or %2",
                                         "the last two of a list: \"changes, compliance or audit\"")
                 .arg(names.join(QStringLiteral(", ")), last));
}

struct Options
{
    QCommandLineOption area{QStringLiteral("area"), areaHelp(), QStringLiteral("area")};
    QCommandLineOption fail{
        QStringLiteral("fail"),
        QCoreApplication::translate(
            "main", "Open the Analyses area with these ids failed (comma-separated)."),
        QStringLiteral("ids")};
    QCommandLineOption presentation{
        QStringLiteral("presentation"),
        QCoreApplication::translate("main",
                                    "Start in presentation mode (large text for a projector).")};
};

void describe(QCoreApplication &app, QCommandLineParser &parser, const Options &options)
{
    Q_UNUSED(app);
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Business continuity and disaster-recovery planning"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QCoreApplication::translate("main", "A plan file to open."),
                                 QStringLiteral("[plan]"));
    parser.addOption(options.area);
    parser.addOption(options.fail);
    parser.addOption(options.presentation);
}

void identify()
{
    QCoreApplication::setApplicationName(QStringLiteral("Continuity"));
    QCoreApplication::setOrganizationName(QStringLiteral("Continuity"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINUITY_VERSION));
}

// --help and --version print and exit: they need no window, so no display either.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" ||
            a == "--version")
            return true;
    }
    return false;
}

// Presentation mode once the window is on the screen: asked for full screen before the window
// manager has taken the new window in, the request was lost (French, changes area, 1440 px).
void presentWhenShown(Continuity::MainWindow *window)
{
    auto *wait = new QTimer(window);
    wait->setInterval(50);
    QObject::connect(wait, &QTimer::timeout, window, [window, wait, tries = 0]() mutable {
        const bool shown = window->windowHandle() && window->windowHandle()->isExposed();
        if (!shown && ++tries < 40)
            return;
        wait->deleteLater();
        window->setPresentationMode(true);
    });
    wait->start();
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        identify();
        Continuity::Language::install(
            Continuity::Language::resolve(Continuity::Language::preferred()));
        QCommandLineParser parser;
        const Options options;
        describe(app, parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    identify();
    QApplication::setApplicationDisplayName(QStringLiteral("Continuity"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.continuitybcp.Continuity"));
    Continuity::Language::install(Continuity::Language::resolve(Continuity::Language::preferred()));

    QCommandLineParser parser;
    const Options options;
    describe(app, parser, options);
    parser.process(app);
    const QCommandLineOption &area = options.area;
    const QCommandLineOption &fail = options.fail;
    const QCommandLineOption &presentation = options.presentation;

    auto window = std::make_unique<Continuity::MainWindow>();
    window->show();
    // Presentation mode once the plan's areas are there: the window's size is then known, and
    // full screen is not undone by the areas' first layout.
    if (parser.isSet(presentation) && parser.positionalArguments().isEmpty())
        presentWhenShown(window.get());
    if (!parser.positionalArguments().isEmpty()) {
        // --fail opens the Analyses area unless --area names another (the map shows the
        // scenario in its colours); both once the plan is open (a big one opens in the
        // background).
        Continuity::MainWindow *opened = window.get();
        window->openPlan(parser.positionalArguments().first(),
                         [&parser, &fail, &area, &presentation, opened] {
                             if (parser.isSet(fail))
                                 opened->showScenario(parser.value(fail).split(QLatin1Char(','),
                                                                               Qt::SkipEmptyParts));
                             if (parser.isSet(area))
                                 opened->showAreaNamed(parser.value(area));
                             if (parser.isSet(presentation))
                                 presentWhenShown(opened);
                         });
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
