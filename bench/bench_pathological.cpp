// SPDX-License-Identifier: GPL-3.0-or-later
// Pathological input within bounded memory (docs/decisions/untrusted-files.md): each case runs
// in a child process of its own so that its peak memory (maximum resident set) is its own.
// Prints time, peak memory and output size; never fails on a figure.
//
//   bench_pathological [--ring 200000] [--csv-mib 200]
//
// Cases: recovery (and its JSON) when a ring of hard dependencies fails (every node blocked by
// one cycle); the CSV reader on a file of nothing but commas; the plan JSON reader on a plan
// whose one name is a gigabyte long.
#include "analysis/GraphSnapshot.h"
#include "analysis/Recovery.h"
#include "domain/Plan.h"
#include "io/AnalysisJson.h"
#include "io/CsvReader.h"
#include "io/PlanJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Continuity;

namespace {

// Runs `work` in a child process; prints its line with the child's peak memory.
void measure(const char *what, double limitMiB, const std::function<QString()> &work)
{
    std::fflush(stdout);
    int pipe[2];
    if (::pipe(pipe) != 0)
        return;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipe[0]);
        QElapsedTimer timer;
        timer.start();
        const QString note = work();
        const QByteArray line =
            QStringLiteral("%1 s  %2").arg(timer.elapsed() / 1000.0, 0, 'f', 2).arg(note).toUtf8();
        if (::write(pipe[1], line.constData(), size_t(line.size())) < 0)
            ::_exit(3);
        ::_exit(0);
    }
    ::close(pipe[1]);
    QByteArray line;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipe[0], buffer, sizeof buffer)) > 0;)
        line.append(buffer, n);
    ::close(pipe[0]);
    int status = 0;
    rusage usage = {};
    ::wait4(child, &status, 0, &usage);
    const double peakMiB = double(usage.ru_maxrss) / 1024.0; // Linux: KiB
    std::printf("  %-44s peak %8.0f MiB (bound %g MiB)%s  %s%s\n", what, peakMiB, limitMiB,
                peakMiB <= limitMiB ? "" : "  ** over bound **", line.constData(),
                WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "" : "  (the child failed)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("ring"), QStringLiteral("Nodes in the ring."),
                      QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("csv-mib"), QStringLiteral("MiB of commas."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.process(app);
    const int ring = parser.value(QStringLiteral("ring")).toInt();
    const int csvMiB = parser.value(QStringLiteral("csv-mib")).toInt();

    std::printf("Pathological input (each case in a process of its own)\n");
    measure("recovery, ring of hard dependencies, one fails", 1024, [ring] {
        Plan plan = Plan::empty();
        plan.services.reserve(ring);
        for (int i = 0; i < ring; ++i) {
            Service s;
            s.id = QStringLiteral("n%1").arg(i);
            s.name = s.id;
            s.recoveryHours = 1;
            plan.services.append(s);
        }
        for (int i = 0; i < ring; ++i)
            plan.dependencies.append(
                {plan.services.at(i).id, plan.services.at((i + 1) % ring).id, Strength::Hard, {}});
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
        const RecoveryResult result = runRecovery(graph, {0}, false);
        const QByteArray json = AnalysisJson::recovery(graph, result);
        return QStringLiteral("%1 nodes blocked by %2 cycle(s), JSON %3 MiB")
            .arg(result.nodes.size())
            .arg(result.cycles.size())
            .arg(double(json.size()) / (1 << 20), 0, 'f', 1);
    });
    measure("CSV reader, a file of nothing but commas", 2048, [csvMiB] {
        const QByteArray bomb(qsizetype(csvMiB) << 20, ',');
        QString error;
        const bool read = readCsv(bomb, QStringLiteral("bomb.csv"), &error).has_value();
        return QStringLiteral("%1 MiB: %2").arg(csvMiB).arg(read ? QStringLiteral("read") : error);
    });
    // The input itself is 1 GiB; the bound is what the reader may add to it.
    measure("plan JSON reader, a 1 GiB name (input 1 GiB)", 1024 + 256, [] {
        QByteArray json;
        json.reserve((qsizetype(1) << 30) + 256);
        json.append("{\"format\": \"continuity-plan\", \"version\": 1, \"processes\": "
                    "[{\"id\": \"p\", \"name\": \"");
        json.append(qsizetype(1) << 30, 'x');
        json.append("\"}]}");
        QStringList errors;
        const bool read = PlanJson::read(json, &errors).has_value();
        return read ? QStringLiteral("read") : errors.value(0);
    });
    return 0;
}
