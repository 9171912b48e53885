// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long a runbook of N steps takes to lay out and write as PDF, and the memory it
// needs (issue: 200 steps in at most 1 s; 2,000 in at most 10 s with memory that does not
// grow with page count beyond one page's layout plus the document). Each size runs in its own
// process so that peak memory is that size's alone.
//
//   bench_reports            runs 200 and 2,000 steps (and 20,000 to show the trend), then the
//                            BIA report and the business continuity plan of a plan with 2,000
//                            processes and 10,000 services (product/11-reports.md: pages/s)
//   bench_reports --one N    one run, one line
//   bench_reports --plan-report bia|plan [PROCESSES]   one plan report, one line
#include "domain/Plan.h"
#include "report/BiaReport.h"
#include "report/ContinuityPlan.h"
#include "report/OdtWriter.h"
#include "report/RunbookReport.h"
#include "SyntheticPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Continuity;

namespace {

long residentKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

Runbook runbook(int steps)
{
    Runbook r;
    r.id = QStringLiteral("rb-bench");
    r.title = QStringLiteral("Benchmark runbook");
    r.version = QStringLiteral("1.0");
    r.status = RunbookStatus::Approved;
    r.approvedBy = QStringLiteral("Bench");
    r.approvedAt = QStringLiteral("2026-11-27T10:00:00Z");
    for (int i = 0; i < steps; ++i) {
        RunbookStep s;
        s.id = QStringLiteral("s%1").arg(i);
        s.title = QStringLiteral("Bring back component %1 of the platform").arg(i);
        s.instructions = QStringLiteral("- Log in to the console of component %1 and check the "
                                        "replication state.\n- Start the service with the "
                                        "*recovery* profile.\n1. Watch the logs for errors.")
                             .arg(i);
        s.owner = QStringLiteral("Team %1").arg(i % 12);
        s.durationHours = 0.25 + (i % 4) * 0.25;
        if (i > 0)
            s.waitsFor = {QStringLiteral("s%1").arg(i - 1)};
        if (i > 3 && i % 5 == 0)
            s.waitsFor.append(QStringLiteral("s%1").arg(i - 4));
        s.verification = QStringLiteral("Health check of component %1 green.").arg(i);
        s.rollback =
            i % 3 == 0 ? QStringLiteral("Stop it again and restore the snapshot.") : QString();
        r.steps.append(s);
    }
    return r;
}

int one(int steps, const QString &path)
{
    const Runbook r = runbook(steps);
    Plan plan = Plan::empty(QStringLiteral("Benchmark plan"));
    const long before = residentKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const Report::Document document = runbookReport(plan, r, QDateTime::currentDateTime());
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    const long withDocument = residentKiB("VmRSS:");
    timer.restart();
    QString error;
    int pages = 0;
    if (!Report::writePdf(document, path, r.title, &error, {}, &pages)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double renderMs = double(timer.nsecsElapsed()) / 1e6;
    const long peak = residentKiB("VmHWM:");
    std::printf("%7d %6d %9.1f %10.1f %12.1f %12.1f %12.1f %9.1f\n", steps, pages, buildMs,
                renderMs, double(before) / 1024, double(withDocument - before) / 1024,
                double(peak - withDocument) / 1024, double(QFileInfo(path).size()) / 1024);
    return 0;
}

// The BIA report or the BCP of a 2,000-process / 10,000-service plan: build, render, pages/s.
int planReport(const QString &kind, const QString &path, int processes)
{
    const Plan plan = Bench::syntheticPlan(processes * 5, processes * 20, processes, 7);
    const long before = residentKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const Report::Document document = kind == QLatin1String("bia")
                                          ? biaReport(plan, {}, QDateTime::currentDateTime())
                                          : continuityPlan(plan, {}, QDateTime::currentDateTime());
    const double buildS = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    QString error;
    int pages = 0;
    if (!Report::writePdf(document, path, kind, &error, {}, &pages)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double renderS = double(timer.nsecsElapsed()) / 1e9;
    double odtS = 0;
    if (kind == QLatin1String("plan")) {
        timer.restart();
        if (!Report::writeOdt(document, path + QStringLiteral(".odt"), kind, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        odtS = double(timer.nsecsElapsed()) / 1e9;
    }
    const long peak = residentKiB("VmHWM:");
    std::printf("%-5s %6d %8.2f %9.2f %8.1f %9.2f %9.0f %9.1f\n", qPrintable(kind), pages, buildS,
                renderS, double(pages) / (buildS + renderS), odtS, double(peak - before) / 1024,
                double(QFileInfo(path).size()) / 1024 / 1024);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTemporaryDir dir;
    if (args.size() >= 3 && args.at(1) == QLatin1String("--one"))
        return one(args.at(2).toInt(), dir.filePath(QStringLiteral("runbook.pdf")));
    if (args.size() >= 3 && args.at(1) == QLatin1String("--plan-report"))
        return planReport(args.at(2), dir.filePath(QStringLiteral("report.pdf")),
                          args.size() >= 4 ? args.at(3).toInt() : 2000);

    std::printf("Runbook PDF: lay out and write N steps (A4, one process per size)\n");
    std::printf("%7s %6s %9s %10s %12s %12s %12s %9s\n", "steps", "pages", "build ms", "render ms",
                "base MiB", "doc MiB", "render MiB", "PDF KiB");
    std::fflush(stdout);
    for (int steps : {200, 2000, 20000}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--one"), QString::number(steps)});
        child.waitForFinished(-1);
    }
    std::printf("render MiB: peak memory above the document while laying out and painting.\n"
                "Targets: 200 steps <= 1 s, 2,000 steps <= 10 s, render memory not growing with "
                "pages beyond the PDF writer's own buffers.\n\n");
    std::printf("Plan reports of 2,000 processes / 10,000 services / 40,000 dependencies "
                "(one process each)\n");
    std::printf("%-5s %6s %8s %9s %8s %9s %9s %9s\n", "kind", "pages", "build s", "render s",
                "pages/s", "ODT s", "peak MiB", "PDF MiB");
    std::fflush(stdout);
    for (const char *kind : {"bia", "plan"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--plan-report"), QString::fromLatin1(kind)});
        child.waitForFinished(-1);
    }
    return 0;
}
