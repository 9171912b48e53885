// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail's cost (PRODUCT §14, docs/audit-trail.md): what appending the record adds to an
// edit's commit, and how long verifying a trail of a million records takes. The plan file lives
// in the system's temporary folder, on disk, so each commit pays its sync as a user's would.
// Prints its figures; never fails on a timing. Targets: at most 10 % per edit, under 5 s for a
// million records.
//
//   bench_audit [--services 5000] [--edits 1000] [--records 1000000]
#include "document/PlanDocument.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Continuity;

namespace {

Plan plan(int services)
{
    Plan p = Plan::empty(QStringLiteral("Bench"));
    Process process;
    process.id = QStringLiteral("payments");
    process.name = QStringLiteral("Take payments");
    process.rtoHours = 4;
    p.processes.append(process);
    for (int i = 0; i < services; ++i) {
        Service s;
        s.id = QStringLiteral("svc-%1").arg(i);
        s.name = QStringLiteral("Service %1").arg(i);
        p.services.append(s);
        if (i > 0)
            p.dependencies.append({s.id, p.services.at(i / 2).id, Strength::Hard, {}});
    }
    return p;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

bool fail(const QString &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("services"), QStringLiteral("Services in the plan."),
                      QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Edits timed each way."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records in the verified trail."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.process(app);
    const int services = parser.value(QStringLiteral("services")).toInt();
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    const qint64 records = parser.value(QStringLiteral("records")).toLongLong();
    QTemporaryDir dir;
    QString error;

    // 1. One field edit (a process's RTO), committed alone as PlanDocument commits it: the same
    //    write without and with its audit record (details computed, chained, inserted),
    //    alternating so that both see the same disk.
    std::unique_ptr<PlanFile> file =
        PlanFile::create(dir.filePath(QStringLiteral("edits.continuity")), &error);
    if (!file)
        return fail(error) ? 0 : 2;
    Plan content = plan(services);
    {
        PlanSql sql(file->database());
        if (!sql.beginBulk(&error) || !sql.insertPlan(content, &error) || !sql.commit(&error))
            return fail(error) ? 0 : 2;
    }
    std::vector<double> plain, audited, detailsPart, appendPart;
    Process process = content.processes.first();
    for (int i = 0; i < edits; ++i) {
        for (const bool withTrail : {false, true}) {
            const Process previous = process;
            process.rtoHours = 4 + (i * 2 + int(withTrail)) % 7;
            QElapsedTimer timer;
            timer.start();
            PlanSql sql(file->database());
            bool ok = sql.begin(&error) && sql.updateProcess(process, &error, &previous);
            if (ok && withTrail) {
                QElapsedTimer part;
                part.start();
                const Audit::Entry entry{QStringLiteral("Change RTO of \"Take payments\""),
                                         QStringLiteral("process"), process.id,
                                         PlanDocument::auditDetails(previous, process)};
                detailsPart.push_back(part.nsecsElapsed() / 1e3);
                part.restart();
                ok = file->appendAudit(file->database(), entry, nullptr, &error);
                appendPart.push_back(part.nsecsElapsed() / 1e3);
            }
            ok = ok && sql.commit(&error);
            if (!ok)
                return fail(error) ? 0 : 2;
            (withTrail ? audited : plain).push_back(timer.nsecsElapsed() / 1e3);
        }
    }
    const double plainUs = median(plain);
    const double auditedUs = median(audited);
    std::printf("One edit's commit, %d services, median of %d each (on disk, synced):\n", services,
                edits);
    std::printf("  %-40s %10.0f µs\n", "without its audit record", plainUs);
    std::printf("  %-40s %10.0f µs   (+%.1f %%, target <= 10 %%)\n", "with its audit record",
                auditedUs, 100.0 * (auditedUs - plainUs) / plainUs);
    std::printf("  %-40s %10.0f µs\n", "  of which its details", median(detailsPart));
    std::printf("  %-40s %10.0f µs\n", "  of which its append (chain, insert)", median(appendPart));

    // The whole edit through the document, as the window makes it (undo stack, memory, signal).
    file.reset();
    {
        auto document =
            PlanDocument::open(dir.filePath(QStringLiteral("edits.continuity")), &error);
        if (!document)
            return fail(error) ? 0 : 2;
        std::vector<double> verbs;
        Process p = *document->process(QStringLiteral("payments"));
        for (int i = 0; i < edits; ++i) {
            p.rtoHours = 100 + i;
            QElapsedTimer timer;
            timer.start();
            if (!document->changeProcess(p, &error))
                return fail(error) ? 0 : 2;
            verbs.push_back(timer.nsecsElapsed() / 1e3);
        }
        std::printf("  %-40s %10.0f µs\n", "PlanDocument::changeProcess, all of it", median(verbs));
    }

    // 2. Verifying a trail of `records` records.
    file = PlanFile::create(dir.filePath(QStringLiteral("trail.continuity")), &error);
    if (!file)
        return fail(error) ? 0 : 2;
    QElapsedTimer build;
    build.start();
    {
        PlanSql sql(file->database());
        if (!sql.beginBulk(&error))
            return fail(error) ? 0 : 2;
        for (qint64 i = 0; i < records; ++i) {
            const Audit::Entry entry{
                QStringLiteral("Change RTO of \"Process %1\" to %2 h").arg(i % 500).arg(i % 48),
                QStringLiteral("process"), QStringLiteral("process-%1").arg(i % 500),
                QStringLiteral("{\"after\":{\"rtoHours\":%1},\"before\":{\"rtoHours\":%2}}")
                    .arg(i % 48)
                    .arg((i + 1) % 48)};
            if (!Audit::append(file->database(), entry, nullptr, &error))
                return fail(error) ? 0 : 2;
        }
        if (!sql.commit(&error))
            return fail(error) ? 0 : 2;
    }
    std::printf("Built a trail of %lld records in %.1f s\n", static_cast<long long>(records),
                build.nsecsElapsed() / 1e9);
    std::vector<double> verifies;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Audit::Verification v = Audit::verify(file->database());
        verifies.push_back(timer.nsecsElapsed() / 1e9);
        if (!v.ok || v.records != records)
            return fail(QStringLiteral("verification failed: %1").arg(v.problem)) ? 0 : 2;
    }
    std::printf("  %-40s %10.2f s   (median of 3, target < 5 s; %.0f records/s)\n",
                "audit --verify", median(verifies), double(records) / median(verifies));
    return 0;
}
