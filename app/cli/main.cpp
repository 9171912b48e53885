// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#ifdef CONTINUITY_WITH_MAP
#include <QApplication>
#endif
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QtMessageHandler qtHandler = nullptr;

// Painting offscreen (reports, map) asks Qt for a runtime directory, and Qt warns on stderr
// when there is none (XDG_RUNTIME_DIR unset, as on many servers and in pipelines), though it
// goes on with a directory of its own. The command line's stderr carries its own messages and
// real problems; that one line is dropped, everything else goes through.
void commandLineMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg &&
        text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qtHandler(type, context, text);
}

} // namespace

int main(int argc, char *argv[])
{
    qtHandler = qInstallMessageHandler(commandLineMessages);
    // Drawing the map needs Qt's painting and fonts but no display: the offscreen platform
    // makes it work on a server or in a pipeline. Every other command stays a plain
    // QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
#ifdef CONTINUITY_WITH_MAP
    if (argc > 1 && std::strcmp(argv[1], "map") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    // Reports (and the evidence pack, which holds reports) need fonts and painting, not widgets.
    if (!app && argc > 1 &&
        (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "evidence") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("continuity-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Continuity"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINUITY_VERSION));
    // The command line stays English (docs/translations.md), its numbers too: "0.5 h" in a
    // message whatever LANG says, as scripts and tickets expect.
    QLocale::setDefault(QLocale::c());
    // English plural forms for what reports count (built in with the window's translations).
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/continuity_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Continuity::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
