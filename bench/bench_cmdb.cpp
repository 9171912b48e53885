// SPDX-License-Identifier: GPL-3.0-or-later
// Figure of the CMDB issue: a seeded ServiceNow-shaped export of 100k CIs and 1M relationships
// imported by `continuity-cli import` into a new plan (reading, mapping, checking, writing the
// plan file in one transaction), its wall time and peak memory, side by side with SQLite's own
// `sqlite3 .import` of the same two files into plain tables. Prints its figures; never fails
// on a timing.
//
//   bench_cmdb [--cis 100000] [--relationships 1000000] [--seed 1] [--keep DIR]
#include "CmdbExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {

struct Run
{
    double seconds = -1;
    double peakMiB = -1;
    QByteArray output;
};

// Runs a program to completion; its peak memory from the kernel's accounting of children
// (call in order of increasing expected size, or once per figure).
Run runChild(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        run.output = process.readAll();
        return run;
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.output = process.readAll();
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    run.peakMiB = double(usage.ru_maxrss) / 1024.0;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cisOption(QStringLiteral("cis"), QStringLiteral("CIs"),
                                       QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption relsOption(QStringLiteral("relationships"),
                                        QStringLiteral("relationships"), QStringLiteral("n"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("seed"),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("write the export and the plans into DIR and keep them"),
        QStringLiteral("DIR"));
    parser.addOptions({cisOption, relsOption, seedOption, keepOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QDir dir(parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path());
    if (!dir.exists() || dir.exists(QStringLiteral("plan.continuity")) ||
        dir.exists(QStringLiteral("plain.db"))) {
        std::printf("%s must exist and hold no plan.continuity or plain.db\n",
                    qPrintable(dir.path()));
        return 2;
    }
    const int cis = parser.value(cisOption).toInt();
    const int rels = parser.value(relsOption).toInt();
    QElapsedTimer timer;
    timer.start();
    Continuity::Bench::writeCmdbExport(dir.path(), cis, rels,
                                       parser.value(seedOption).toULongLong());
    std::printf("Export of %d CIs and %d relationships written in %.1f s (%.0f MiB)\n", cis, rels,
                timer.elapsed() / 1000.0,
                (QFileInfo(dir.filePath(QStringLiteral("cis.csv"))).size() +
                 QFileInfo(dir.filePath(QStringLiteral("rels.csv"))).size()) /
                    1048576.0);

    const Run ours =
        runChild(QStringLiteral(CONTINUITY_CLI),
                 {QStringLiteral("import"), dir.filePath(QStringLiteral("plan.continuity")),
                  QStringLiteral("--cmdb-cis"), dir.filePath(QStringLiteral("cis.csv")),
                  QStringLiteral("--cmdb-rels"), dir.filePath(QStringLiteral("rels.csv"))});
    if (ours.seconds < 0) {
        std::printf("continuity-cli import failed:\n%s\n", ours.output.constData());
        return 1;
    }
    std::printf("%s", ours.output.constData());
    std::printf("  continuity-cli import     %8.2f s   peak %7.0f MiB   (targets: <= 10 s, <= "
                "2048 MiB)%s\n",
                ours.seconds, ours.peakMiB,
                ours.seconds <= 10 && ours.peakMiB <= 2048 ? "" : "  ** over target **");

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::printf("  sqlite3 .import           not installed (apt-get install sqlite3)\n");
        return 0;
    }
    const QByteArray script =
        ".mode csv\n.import '" + dir.filePath(QStringLiteral("cis.csv")).toUtf8() +
        "' cis\n.import '" + dir.filePath(QStringLiteral("rels.csv")).toUtf8() + "' rels\n";
    const Run theirs = runChild(sqlite, {dir.filePath(QStringLiteral("plain.db"))}, script);
    if (theirs.seconds < 0) {
        std::printf("sqlite3 failed:\n%s\n", theirs.output.constData());
        return 1;
    }
    const double ratio = ours.seconds / theirs.seconds;
    std::printf("  sqlite3 .import           %8.2f s   (plain tables, no checks)\n",
                theirs.seconds);
    std::printf("  ratio                     %8.2f     (target <= 5)%s\n", ratio,
                ratio <= 5 ? "" : "  ** over target **");
    return 0;
}
