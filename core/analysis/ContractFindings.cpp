// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractFindings.h"

#include "Availability.h"
#include "domain/Plan.h"
#include "Downtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace Continuity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ContractFindings)
};

constexpr qint64 YearMs = qint64(365) * 24 * 3600 * 1000;

bool inForce(const SupplierContract &c, const QString &day)
{
    return (c.start.isEmpty() || c.start <= day) && (c.end.isEmpty() || c.end >= day);
}

// An SLO's objective: its own, or its node's tier default.
std::optional<double> objectiveOf(const Plan &plan, const GraphSnapshot &graph, const Slo &s,
                                  int node)
{
    if (s.objective)
        return s.objective;
    const int tier = node >= 0 ? graph.tier(node) : -1;
    return tier >= 0 ? plan.tierPolicy.sloObjective(tier) : std::nullopt;
}

} // namespace

std::optional<double> supplierSlaAvailability(const Plan &plan, const QString &supplier,
                                              const QDate &day)
{
    const QString text = day.toString(Qt::ISODate);
    std::optional<double> weakest;
    for (const SupplierContract &c : plan.contracts) {
        if (c.supplier != supplier || !c.slaAvailability || !inForce(c, text))
            continue;
        if (!weakest || *c.slaAvailability < *weakest)
            weakest = c.slaAvailability;
    }
    return weakest;
}

std::vector<Finding> commitmentFindings(const Plan &plan, const GraphSnapshot &graph)
{
    std::vector<Finding> out;
    const QLocale locale;
    QHash<QString, const Slo *> sloOf;
    for (const Slo &s : plan.slos)
        sloOf.insert(s.node, &s);

    for (const CustomerCommitment &c : plan.commitments) {
        const int node = graph.indexOf(c.subject);
        if (node < 0)
            continue; // a record: its subject may be gone
        if (c.availability) {
            const Slo *slo = sloOf.value(c.subject);
            const std::optional<double> objective =
                slo ? objectiveOf(plan, graph, *slo, node) : std::optional<double>();
            if (objective && *objective < *c.availability) {
                out.push_back(
                    {Severity::Error,
                     QStringLiteral("commitment-slo-weaker"),
                     c.subject,
                     Tr::tr("Commitment %1 to %2 promises %3 % availability of %4, but its SLO "
                            "is %5 %. Raise the SLO to the commitment or renegotiate it.")
                         .arg(c.id, c.customer, locale.toString(*c.availability, 'g', 6),
                              quotedNode(graph, node), locale.toString(*objective, 'g', 6)),
                     {c.id},
                     0});
            } else if (!slo) {
                out.push_back(
                    {Severity::Warning,
                     QStringLiteral("commitment-without-slo"),
                     c.subject,
                     Tr::tr("Commitment %1 to %2 promises %3 % availability of %4, which has no "
                            "SLO to keep it. Give it an SLO of at least the commitment.")
                         .arg(c.id, c.customer, locale.toString(*c.availability, 'g', 6),
                              quotedNode(graph, node)),
                     {c.id},
                     0});
            }
        }
        const double rto = graph.rtoHours(node);
        if (c.rtoHours && !std::isnan(rto) && *c.rtoHours < rto) {
            out.push_back(
                {Severity::Error,
                 QStringLiteral("commitment-rto-shorter"),
                 c.subject,
                 Tr::tr("Commitment %1 to %2 promises recovery of %3 within %4 h, but its RTO "
                        "is %5 h. Shorten the RTO to the commitment or renegotiate it.")
                     .arg(c.id, c.customer, quotedNode(graph, node),
                          locale.toString(*c.rtoHours, 'g', 6), locale.toString(rto, 'g', 6)),
                 {c.id},
                 0});
        }
    }

    return out;
}

std::vector<Finding> contractFindings(const Plan &plan, const GraphSnapshot &graph, qint64 at)
{
    std::vector<Finding> out = commitmentFindings(plan, graph);
    if (plan.contracts.isEmpty())
        return out;
    const QLocale locale;
    // SLOs against the suppliers' SLAs: each supplier with an SLA at its SLA availability, every
    // other node as predicted.
    const QDate day = QDateTime::fromMSecsSinceEpoch(at).date();
    std::vector<int> slaNodes;
    std::vector<double> own(std::size_t(graph.nodeCount()), 1.0);
    for (int n = 0; n < graph.nodeCount(); ++n) {
        if (graph.serviceKind(n) != ServiceKind::Supplier)
            continue;
        if (const auto sla = supplierSlaAvailability(plan, graph.id(n), day)) {
            slaNodes.push_back(n);
            own[std::size_t(n)] = *sla / 100.0;
        }
    }
    if (slaNodes.empty() || plan.slos.isEmpty())
        return out;
    const Downtime downtime = Downtime::compute(graph, plan.incidents, at);
    const std::vector<OwnAvailability> predicted =
        ownAvailability(plan, graph, downtime, {at - YearMs, at});
    for (int n = 0; n < graph.nodeCount(); ++n) {
        if (std::find(slaNodes.begin(), slaNodes.end(), n) == slaNodes.end())
            own[std::size_t(n)] = predicted[std::size_t(n)].availability;
    }
    for (const Slo &s : plan.slos) {
        const int node = graph.indexOf(s.node);
        if (node < 0)
            continue;
        const std::optional<double> objective = objectiveOf(plan, graph, s, node);
        if (!objective)
            continue;
        const double composite = compositeAvailability(graph, own, node).composite;
        if (composite * 100 >= *objective)
            continue;
        // The supplier whose SLA holds it back most: the one that, perfect, raises it most.
        int worst = -1;
        double best = composite;
        for (const int supplier : slaNodes) {
            std::vector<double> perfect = own;
            perfect[std::size_t(supplier)] = 1.0;
            const double value = compositeAvailability(graph, perfect, node).composite;
            if (value > best + 1e-12) {
                best = value;
                worst = supplier;
            }
        }
        if (worst < 0)
            continue; // no supplier's SLA matters: the plain prediction says it (slo-infeasible)
        out.push_back({Severity::Warning,
                       QStringLiteral("slo-infeasible-sla"),
                       s.node,
                       Tr::tr("The SLO of %1 (%2 %) is infeasible with the SLA of %3 (%4 %): with "
                              "each supplier at its SLA, %1 is available %5 % of the time.")
                           .arg(quotedNode(graph, node), locale.toString(*objective, 'g', 6),
                                quotedNode(graph, worst),
                                locale.toString(own[std::size_t(worst)] * 100, 'g', 6),
                                locale.toString(composite * 100, 'f', 3)),
                       {graph.id(worst)},
                       0});
    }
    return out;
}

} // namespace Continuity
