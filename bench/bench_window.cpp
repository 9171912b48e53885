// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a big plan, as a planner meets it (issue #19 point 3): a 5,000-service plan
// opened in the window (offscreen), the Analyses area shown, and the time until its findings
// are listed, the process's peak memory, and the longest time the window's thread did not
// answer (a 10 ms timer's largest gap). Each run is its own process, so that its peak memory
// is its own. Prints its figures; never fails on a timing. Targets: findings ready in at most
// 5 s, under 1 GiB.
//
//   bench_window [--services 5000] [--dependencies 50000] [--runs 5]
#include "EnterprisePlan.h"
#include "MainWindow.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Continuity;

namespace {

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

int generate(int services, int dependencies, const QString &path)
{
    const Plan plan = Bench::enterprisePlan(services, dependencies, 1);
    QFile::remove(path);
    QString error;
    auto file = PlanFile::create(path, &error);
    PlanSql sql(file ? file->database() : QSqlDatabase());
    if (!file || !sql.begin(&error) || !sql.insertPlan(plan, &error) || !sql.commit(&error)) {
        std::fprintf(stderr, "cannot write the plan: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld %lld\n", qlonglong(plan.services.size() + plan.processes.size()),
                qlonglong(plan.dependencies.size()));
    return 0;
}

// One run: open `path`, show the Analyses area, wait for the findings. Prints
// "seconds peak-kB longest-gap-ms findings".
int openOnce(const QString &path)
{
    QElapsedTimer clock;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(10);
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    double seconds = -1;
    QString findings;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        auto *count = window.findChild<QLabel *>(QStringLiteral("findingsCount"));
        static const QRegularExpression some(QStringLiteral("^[1-9][0-9,]* finding"));
        if (count && some.match(count->text()).hasMatch()) {
            seconds = double(clock.nsecsElapsed()) / 1e9;
            findings = count->text();
            QApplication::quit();
        }
    });
    if (!window.openPlan(path, [&window] { window.showAreaNamed(QStringLiteral("analyses")); })) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    poll.start();
    QTimer::singleShot(120000, &window, [] { QApplication::exit(2); });
    if (QApplication::exec() != 0) {
        std::fprintf(stderr, "the findings did not come within two minutes\n");
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%.3f %ld %lld %s\n", seconds, usage.ru_maxrss, qlonglong(longest),
                qPrintable(findings.section(QLatin1Char(' '), 0, 0)));
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContinuityBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_window"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("services"), QStringLiteral("Services."), QStringLiteral("N"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("dependencies"), QStringLiteral("Dependencies."),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("generate"), QStringLiteral("(internal)"), QStringLiteral("S:D:PATH")});
    parser.addOption(
        {QStringLiteral("open"), QStringLiteral("(internal)"), QStringLiteral("PATH")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("generate"))) {
        const QStringList parts = parser.value(QStringLiteral("generate")).split(QLatin1Char(':'));
        return generate(parts.value(0).toInt(), parts.value(1).toInt(), parts.mid(2).join(u':'));
    }
    if (parser.isSet(QStringLiteral("open")))
        return openOnce(parser.value(QStringLiteral("open")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.continuity"));
    const int services = parser.value(QStringLiteral("services")).toInt();
    const int dependencies = parser.value(QStringLiteral("dependencies")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::printf("Continuity bench_window: the window's findings on a big plan, median [range] of "
                "%d runs\n  load average before: %s\n",
                runs, qPrintable(loadAverage()));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--generate"),
                 QStringLiteral("%1:%2:%3").arg(services).arg(dependencies).arg(path)});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        std::fprintf(stderr, "cannot write the plan\n%s", child.readAllStandardError().data());
        return 1;
    }
    const QStringList sizes = QString::fromLatin1(child.readAllStandardOutput()).split(u' ');
    std::printf("  %s nodes, %s dependencies (plan file %.1f MiB)\n", qPrintable(sizes.value(0)),
                qPrintable(sizes.value(1).trimmed()), double(QFile(path).size()) / 1048576.0);
    std::vector<double> times;
    std::vector<double> peaks;
    std::vector<double> gaps;
    QString findings;
    for (int run = 0; run < runs; ++run) {
        QProcess one;
        one.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open"), path});
        if (!one.waitForFinished(300000) || one.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed\n%s", run, one.readAllStandardError().data());
            return 1;
        }
        const QStringList f =
            QString::fromLatin1(one.readAllStandardOutput()).trimmed().split(u' ');
        times.push_back(f.value(0).toDouble());
        peaks.push_back(f.value(1).toDouble() / 1024.0);
        gaps.push_back(f.value(2).toDouble());
        findings = f.value(3);
    }
    const auto range = [](const std::vector<double> &v, const char *format) -> QString {
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        return QString::asprintf(format, median(v)) + QStringLiteral(" [") +
               QString::asprintf(format, *lo) + QLatin1Char('-') + QString::asprintf(format, *hi) +
               QLatin1Char(']');
    };
    std::printf("  findings listed (%s)    %s s   (target <= 5 s)\n", qPrintable(findings),
                qPrintable(range(times, "%.2f")));
    std::printf("  peak memory                 %s MiB   (target < 1024 MiB)\n",
                qPrintable(range(peaks, "%.0f")));
    std::printf("  window thread's longest gap %s ms\n", qPrintable(range(gaps, "%.0f")));
    std::printf("  load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
