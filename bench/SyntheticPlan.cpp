// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticPlan.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <random>

namespace Continuity::Bench {

Plan syntheticPlan(int serviceCount, int dependencyCount, int processCount, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    Plan plan = Plan::empty(QStringLiteral("Synthetic %1 services / %2 dependencies")
                                .arg(serviceCount)
                                .arg(dependencyCount));
    // Layer boundaries as fractions of the services.
    const int sites = std::max(2, serviceCount / 2000);
    const int infra = serviceCount / 10;
    const int stores = serviceCount / 5;
    const ServiceKind kinds[] = {ServiceKind::Infrastructure, ServiceKind::Network,
                                 ServiceKind::Supplier};
    plan.services.reserve(serviceCount);
    for (int i = 0; i < serviceCount; ++i) {
        Service s;
        s.id = QStringLiteral("svc-%1").arg(i, 6, 10, QLatin1Char('0'));
        s.name = QStringLiteral("Service %1").arg(i);
        s.owner = QStringLiteral("Team %1").arg(i % 97);
        if (i < sites)
            s.kind = ServiceKind::Site;
        else if (i < sites + infra)
            s.kind = kinds[i % 3];
        else if (i < sites + infra + stores)
            s.kind = ServiceKind::DataStore;
        else
            s.kind = ServiceKind::Application;
        s.rtoHours = double(1 + i % 24);
        s.recoveryHours = double(i % 7) / 2;
        s.tier = int(i % 4);
        if (s.kind == ServiceKind::DataStore)
            s.replication = {ReplicationMode::Async, 0.25, std::nullopt};
        if (i % 13 == 0)
            s.tags = {QStringLiteral("GDPR")};
        plan.services.append(std::move(s));
    }
    plan.processes.reserve(processCount);
    for (int i = 0; i < processCount; ++i) {
        Process p;
        p.id = QStringLiteral("proc-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.name = QStringLiteral("Business process %1").arg(i);
        p.mtdHours = double(4 + i % 96);
        p.rtoHours = *p.mtdHours / 2;
        p.rpoHours = 1;
        p.lossPerHour = double(1000 * (1 + i % 200));
        for (ImpactCategory c : allImpactCategories)
            p.impact(c) = {0, 1, 2, int(i % 3) + 1, 3, 4};
        plan.processes.append(std::move(p));
    }

    // Consumers: services above the sites, and the processes. Each picks providers below it.
    const int consumers = serviceCount - sites + processCount;
    QSet<quint64> seen;
    seen.reserve(dependencyCount);
    plan.dependencies.reserve(dependencyCount);
    auto consumerId = [&](int c) -> std::pair<QString, int> {
        if (c < serviceCount - sites)
            return {plan.services.at(sites + c).id, sites + c};
        return {plan.processes.at(c - (serviceCount - sites)).id, serviceCount};
    };
    int groupIndex = 0;
    while (plan.dependencies.size() < dependencyCount) {
        const int c = int(rng() % consumers);
        const auto [consumer, level] = consumerId(c);
        const int provider = int(rng() % level); // any service in a lower position
        const quint64 key = (quint64(c) << 32) | quint32(provider);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Dependency d{consumer, plan.services.at(provider).id,
                     rng() % 10 == 0 ? Strength::Soft : Strength::Hard, QString()};
        plan.dependencies.append(std::move(d));
        // Now and then a 1-of-2 group: this dependency and one more to another provider.
        if (plan.dependencies.constLast().strength == Strength::Hard && rng() % 20 == 0 &&
            plan.dependencies.size() + 1 < dependencyCount && level > 2) {
            const int other = int(rng() % level);
            const quint64 otherKey = (quint64(c) << 32) | quint32(other);
            if (other == provider || seen.contains(otherKey))
                continue;
            seen.insert(otherKey);
            const QString name = QStringLiteral("g%1").arg(groupIndex++);
            plan.groups.append({consumer, name, 1});
            plan.dependencies.last().group = name;
            plan.dependencies.append({consumer, plan.services.at(other).id, Strength::Hard, name});
        }
    }
    return plan;
}

} // namespace Continuity::Bench
