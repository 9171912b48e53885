// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnterprisePlan.h"

#include <QSet>

#include <algorithm>
#include <random>

namespace Continuity::Bench {

Plan enterprisePlan(int serviceCount, int dependencyCount, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto pick = [&](int n) { return int(rng() % std::uint64_t(std::max(1, n))); };
    Plan plan = Plan::empty(QStringLiteral("Enterprise-shaped %1 services").arg(serviceCount));

    const int sites = std::max(2, serviceCount / 5000);
    const int clustersPerSite = std::max(2, serviceCount / (sites * 100));
    const int shared = std::max(10, serviceCount / 500);
    const int domainSize = 250;

    auto addService = [&](const QString &id, ServiceKind kind, int tier) {
        Service s;
        s.id = id;
        s.name = id;
        s.kind = kind;
        s.tier = tier;
        s.rtoHours = double(1 + tier * 4);
        s.recoveryHours = double(1 + pick(4));
        plan.services.append(std::move(s));
        return int(plan.services.size() - 1);
    };
    QSet<quint64> seen;
    auto depend = [&](int consumer, int provider, Strength strength, const QString &group = {}) {
        if (consumer == provider)
            return false;
        const quint64 key = (quint64(consumer) << 32) | quint32(provider);
        if (seen.contains(key))
            return false;
        seen.insert(key);
        const QString &c = consumer >= 0x40000000 ? plan.processes.at(consumer - 0x40000000).id
                                                  : plan.services.at(consumer).id;
        plan.dependencies.append({c, plan.services.at(provider).id, strength, group});
        return true;
    };

    // Sites, their networks and clusters.
    std::vector<std::vector<int>> clusters(sites);
    for (int s = 0; s < sites; ++s) {
        const int site = addService(QStringLiteral("site-%1").arg(s), ServiceKind::Site, 0);
        const int net = addService(QStringLiteral("net-%1").arg(s), ServiceKind::Network, 0);
        depend(net, site, Strength::Hard);
        for (int c = 0; c < clustersPerSite; ++c) {
            const int cluster = addService(QStringLiteral("cluster-%1-%2").arg(s).arg(c),
                                           ServiceKind::Infrastructure, 1);
            depend(cluster, site, Strength::Hard);
            depend(cluster, net, Strength::Hard);
            clusters[s].push_back(cluster);
        }
    }
    // Shared platform services, each an active-active pair of clusters across two sites.
    std::vector<int> platform;
    int groupCounter = 0;
    // A domain is deployed at a home site and, for its redundant services, a second one.
    int homeSite = 0;
    int secondSite = 1;
    auto runOn = [&](int node) {
        const int s1 = homeSite;
        if (pick(3) == 0) {
            const int s2 = secondSite;
            const QString g = QStringLiteral("run%1").arg(groupCounter++);
            plan.groups.append({plan.services.at(node).id, g, 1});
            depend(node, clusters[s1][pick(clustersPerSite)], Strength::Hard, g);
            depend(node, clusters[s2][pick(clustersPerSite)], Strength::Hard, g);
        } else {
            depend(node, clusters[s1][pick(clustersPerSite)], Strength::Hard);
        }
    };
    for (int i = 0; i < shared; ++i) {
        const int node =
            addService(QStringLiteral("platform-%1").arg(i), ServiceKind::Application, 0);
        const QString g = QStringLiteral("run%1").arg(groupCounter++);
        plan.groups.append({plan.services.at(node).id, g, 1});
        depend(node, clusters[i % sites][pick(clustersPerSite)], Strength::Hard, g);
        depend(node, clusters[(i + 1) % sites][pick(clustersPerSite)], Strength::Hard, g);
        platform.push_back(node);
    }
    // Domains of data stores and applications, each running on clusters.
    std::vector<int> domainStart;
    while (int(plan.services.size()) < serviceCount) {
        const int start = int(plan.services.size());
        domainStart.push_back(start);
        homeSite = pick(sites);
        secondSite = (homeSite + 1 + pick(sites - 1)) % sites;
        const int size = std::min(domainSize, serviceCount - start);
        for (int i = 0; i < size; ++i) {
            const bool store = i < size / 4;
            const int node =
                addService(QStringLiteral("svc-%1").arg(start + i),
                           store ? ServiceKind::DataStore : ServiceKind::Application, 1 + pick(3));
            runOn(node);
        }
    }
    const int firstDomainService = domainStart.empty() ? 0 : domainStart.front();
    // Processes: one per ten domain services.
    const int processCount = std::max(1, (serviceCount - firstDomainService) / 10);
    for (int p = 0; p < processCount; ++p) {
        Process process;
        process.id = QStringLiteral("proc-%1").arg(p);
        process.name = process.id;
        process.tier = pick(4);
        process.rtoHours = double(2 + 4 * *process.tier);
        process.mtdHours = *process.rtoHours * 2;
        process.lossPerHour = double(1000 * (1 + pick(100)));
        plan.processes.append(std::move(process));
    }
    // Fill up to the dependency count. Within a domain, the first quarter are data stores, the
    // next third back-end applications on those stores, the rest front ends on the back ends;
    // processes use the front ends. One edge in twenty goes to a shared platform service.
    const int domains = int(domainStart.size());
    while (int(plan.dependencies.size()) < dependencyCount && domains > 0) {
        const int d = pick(domains);
        const int start = domainStart[d];
        const int end = d + 1 < domains ? domainStart[d + 1] : int(plan.services.size());
        const int size = end - start;
        const int backEnds = start + size / 4;
        const int frontEnds = start + size * 7 / 12;
        if (size < 4)
            continue;
        const Strength strength = pick(10) == 0 ? Strength::Soft : Strength::Hard;
        const int kind = pick(20);
        if (kind == 0) {
            depend(backEnds + pick(end - backEnds), platform[pick(int(platform.size()))], strength);
        } else if (kind <= 3) {
            const int process = (start - firstDomainService) / 10 + pick(size / 10 + 1);
            if (process < processCount)
                depend(0x40000000 + process, frontEnds + pick(end - frontEnds), strength);
        } else if (kind <= 11) {
            depend(backEnds + pick(frontEnds - backEnds), start + pick(backEnds - start), strength);
        } else {
            depend(frontEnds + pick(end - frontEnds), backEnds + pick(frontEnds - backEnds),
                   strength);
        }
    }
    return plan;
}

} // namespace Continuity::Bench
