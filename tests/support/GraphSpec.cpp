// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphSpec.h"

#include <QTest>

#include <QHash>
#include <QRegularExpression>

namespace Continuity::TestSupport {

Plan graphPlan(const QString &spec)
{
    struct Node
    {
        bool process = false;
        Process p;
        Service s;
    };
    QList<QString> order;
    QHash<QString, Node> nodes;
    auto touch = [&](const QString &id) -> Node & {
        if (!nodes.contains(id)) {
            order.append(id);
            Node n;
            n.p.id = n.s.id = id;
            n.p.name = n.s.name = id;
            nodes.insert(id, n);
        }
        return nodes[id];
    };
    Plan plan = Plan::empty(QStringLiteral("spec"));
    QHash<QPair<QString, QString>, bool> groups;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    static const QRegularExpression attributes(QStringLiteral("^([^\\[]+)\\[([^\\]]*)\\]$"));
    static const QRegularExpression edge(
        QStringLiteral("^([^>~]+)([>~])([^@]+)(?:@([^/]+)/(\\d+))?$"));
    // Attribute tokens may contain spaces inside brackets: join them back first.
    QString normalized = spec;
    static const QRegularExpression bracket(QStringLiteral("\\[([^\\]]*)\\]"));
    auto it = bracket.globalMatch(spec);
    while (it.hasNext()) {
        const auto m = it.next();
        QString inner = m.captured(1);
        normalized.replace(m.captured(0), QStringLiteral("[") +
                                              inner.replace(QLatin1Char(' '), QLatin1Char(';')) +
                                              QStringLiteral("]"));
    }
    for (const QString &token : normalized.split(separators, Qt::SkipEmptyParts)) {
        if (const auto m = attributes.match(token); m.hasMatch()) {
            Node &n = touch(m.captured(1));
            for (const QString &a : m.captured(2).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString key = a.section(QLatin1Char('='), 0, 0);
                const double value = a.section(QLatin1Char('='), 1).toDouble();
                if (key == QLatin1String("P")) {
                    n.process = true;
                } else if (key == QLatin1String("ds")) {
                    n.s.kind = ServiceKind::DataStore;
                } else if (key == QLatin1String("t")) {
                    n.p.tier = n.s.tier = int(value);
                } else if (key == QLatin1String("r")) {
                    n.p.recoveryHours = n.s.recoveryHours = value;
                } else if (key == QLatin1String("rto")) {
                    n.p.rtoHours = n.s.rtoHours = value;
                } else if (key == QLatin1String("rpo")) {
                    n.p.rpoHours = n.s.rpoHours = value;
                } else if (key == QLatin1String("loss")) {
                    n.p.lossPerHour = value;
                } else if (key == QLatin1String("sync")) {
                    n.s.replication.mode = ReplicationMode::Sync;
                }
            }
            continue;
        }
        const auto m = edge.match(token);
        if (!m.hasMatch()) {
            // A bare name or a typo is a broken fixture: fail the test that wrote it, in
            // every build, instead of testing another graph.
            QTest::qFail(qPrintable(QStringLiteral("graphPlan: \"%1\" is neither an edge "
                                                   "(a>b, a~b, a>b@g/2) nor attributes "
                                                   "(a[...]) in \"%2\"")
                                        .arg(token, spec)),
                         __FILE__, __LINE__);
            continue;
        }
        const QString consumer = m.captured(1);
        const QString provider = m.captured(3);
        touch(consumer);
        touch(provider);
        Dependency d{consumer, provider,
                     m.captured(2) == QLatin1String("~") ? Strength::Soft : Strength::Hard,
                     QString()};
        if (!m.captured(4).isEmpty()) {
            d.group = m.captured(4);
            if (!groups.contains(qMakePair(consumer, d.group))) {
                groups.insert(qMakePair(consumer, d.group), true);
                plan.groups.append({consumer, d.group, m.captured(5).toInt()});
            }
        }
        plan.dependencies.append(d);
    }
    for (const QString &id : order) {
        const Node &n = nodes[id];
        if (n.process)
            plan.processes.append(n.p);
        else
            plan.services.append(n.s);
    }
    return plan;
}

} // namespace Continuity::TestSupport
