// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_killrecovery: edits a plan through PlanDocument in a loop and reports each
// edit on stdout once it has been committed. The test kills it with SIGKILL at random moments.
#include "document/PlanDocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstdio>

using namespace Continuity;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: plan_edit_child PLAN FIRST\n");
        return 2;
    }
    QString error;
    std::unique_ptr<PlanDocument> document =
        PlanDocument::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!document || document->isReadOnly()) {
        std::fprintf(stderr, "cannot open: %s %s\n", qPrintable(error),
                     document ? qPrintable(document->readOnlyReason()) : "");
        return 3;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = std::atoi(argv[2]);; ++i) {
        Process p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Process %1").arg(i);
        p.mtdHours = 24;
        p.impact(ImpactCategory::Financial) = {0, 1, 2, 3, 4, 4};
        if (!document->addProcess(p, &error) || document->undoStack()->count() == 0)
            return 4;
        std::printf("process %s\n", qPrintable(p.id));
        std::fflush(stdout);

        Service s;
        s.id = QStringLiteral("s%1").arg(i);
        s.name = QStringLiteral("Service %1").arg(i);
        s.tags = {QStringLiteral("GDPR")};
        if (!document->addService(s, &error))
            return 4;
        std::printf("service %s\n", qPrintable(s.id));
        std::fflush(stdout);

        if (!document->addDependency({p.id, s.id, Strength::Hard, {}}, &error))
            return 4;
        std::printf("dependency %s %s\n", qPrintable(p.id), qPrintable(s.id));
        std::fflush(stdout);

        p.rtoHours = 8;
        if (!document->changeProcess(p, &error))
            return 4;
        std::printf("rto %s\n", qPrintable(p.id));
        std::fflush(stdout);
    }
}
