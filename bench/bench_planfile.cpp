// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the foundation issue on a synthetic plan (default 100k services, 500k
// dependencies): open and load into memory, JSON export, JSON import, and the peak memory of
// an open (measured in a child process that does nothing else). Prints its figures; never fails
// on a timing.
//
//   bench_planfile [--services N] [--dependencies M] [--processes P] [--seed S] [--dir DIR]
#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"
#include "SyntheticPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Continuity;

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

int openOnly(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto document = PlanDocument::open(path, &error);
    if (!document) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 total = timer.elapsed();
    // The parts: the file checks alone, then the load alone.
    document.reset();
    timer.restart();
    auto file = PlanFile::open(path, OpenMode::ReadWrite, &error);
    const qint64 checks = timer.elapsed();
    timer.restart();
    Plan plan;
    PlanSql(file->database()).load(&plan, &error);
    const qint64 load = timer.elapsed();
    std::printf("%lld %.1f %lld %lld\n", total, peakMiB(), checks, load);
    return 0;
}

void row(const char *what, double value, const char *unit, double limit)
{
    std::printf("  %-44s %10.2f %-4s (target <= %g %s)%s\n", what, value, unit, limit, unit,
                value <= limit ? "" : "  ** over target **");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("services"), QStringLiteral("Services."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dependencies"), QStringLiteral("Dependencies."),
                      QStringLiteral("M"), QStringLiteral("500000")});
    parser.addOption({QStringLiteral("processes"), QStringLiteral("Processes."),
                      QStringLiteral("P"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Generator seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Work folder (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("open-only"),
                      QStringLiteral("Internal: open PLAN and print time and peak memory."),
                      QStringLiteral("PLAN")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("open-only")))
        return openOnly(parser.value(QStringLiteral("open-only")));

    const int services = parser.value(QStringLiteral("services")).toInt();
    const int dependencies = parser.value(QStringLiteral("dependencies")).toInt();
    const int processes = parser.value(QStringLiteral("processes")).toInt();
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                            : temporary.path();

    std::printf("Continuity bench_planfile: %d services, %d processes, %d dependencies (seed %s)\n",
                services, processes, dependencies,
                qPrintable(parser.value(QStringLiteral("seed"))));
    QElapsedTimer timer;
    timer.start();
    const Plan plan = Bench::syntheticPlan(services, dependencies, processes,
                                           parser.value(QStringLiteral("seed")).toULongLong());
    std::printf("  generated in %lld ms (%lld groups)\n", timer.elapsed(),
                qint64(plan.groups.size()));

    // A plan file to start from, written the way 'continuity-cli new' + import does.
    const QString source = dir + QStringLiteral("/bench-source.continuity");
    const QString json = dir + QStringLiteral("/bench.json");
    const QString imported = dir + QStringLiteral("/bench-imported.continuity");
    for (const QString &f : {source, imported, json})
        QFile::remove(f);
    QString error;
    {
        auto file = PlanFile::create(source, &error);
        if (!file) {
            std::fprintf(stderr, "cannot create the plan: %s\n", qPrintable(error));
            return 1;
        }
        PlanSql sql(file->database());
        if (!sql.begin(&error) || !sql.insertPlan(plan, &error) || !sql.commit(&error)) {
            std::fprintf(stderr, "cannot write the plan: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("  plan file: %.1f MiB\n\n", double(QFileInfo(source).size()) / 1048576.0);

    // Open and load into memory, in a child so that its peak memory is the open's alone.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-only"), source});
    child.waitForFinished(-1);
    const QList<QByteArray> openFigures = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || openFigures.size() != 4) {
        std::fprintf(stderr, "open failed: %s\n", child.readAllStandardError().constData());
        return 1;
    }

    // Export: open, load, write JSON (what 'continuity-cli export' does).
    timer.restart();
    QByteArray bytes;
    {
        auto file = PlanFile::open(source, OpenMode::ReadOnly, &error);
        if (!file) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
        Plan loaded;
        PlanSql(file->database()).load(&loaded, &error);
        bytes = PlanJson::write(loaded);
        QFile out(json);
        out.open(QIODevice::WriteOnly);
        out.write(bytes);
    }
    const double exportSeconds = timer.elapsed() / 1000.0;

    double importParse = 0;
    // Import: read and validate JSON, create a plan file, write it (what 'continuity-cli
    // import NEW --json FILE' does).
    timer.restart();
    {
        QFile in(json);
        in.open(QIODevice::ReadOnly);
        QStringList errors;
        const std::optional<Plan> read = PlanJson::read(in.readAll(), &errors);
        importParse = timer.elapsed() / 1000.0;
        if (!read) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(errors.join(QLatin1Char('\n'))));
            return 1;
        }
        auto file = PlanFile::create(imported, &error);
        if (!file) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
            return 1;
        }
        PlanSql sql(file->database());
        if (!sql.begin(&error) || !sql.insertPlan(*read, &error) || !sql.commit(&error)) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double importSeconds = timer.elapsed() / 1000.0;

    std::printf("Figures (JSON %.1f MiB):\n", double(bytes.size()) / 1048576.0);
    row("open and load into memory", openFigures.at(0).toDouble() / 1000.0, "s", 2);
    std::printf("    of which file checks %.2f s, load %.2f s\n",
                openFigures.at(2).toDouble() / 1000.0, openFigures.at(3).toDouble() / 1000.0);
    row("peak memory of the open", openFigures.at(1).toDouble(), "MiB", 1024);
    row("JSON export (open, load, write)", exportSeconds, "s", 3);
    row("JSON import (read, validate, write plan)", importSeconds, "s", 10);
    std::printf("    of which read and validate %.2f s, write %.2f s\n", importParse,
                importSeconds - importParse);
    return 0;
}
