// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoraRegister.h"

#include "Cascade.h"
#include "domain/DoraLists.h"
#include "domain/Plan.h"
#include "GraphSnapshot.h"
#include "Tiers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <span>

namespace Continuity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::DoraRegister)
};

using namespace DoraLists;

const QString OpenEnd = QStringLiteral("9999-12-31"); // the template's date for "none"
const QString NotApplicableCountry = QStringLiteral("eba_GA:qx2007");
const QString Yes = QStringLiteral("eba_BT:x28");
const QString No = QStringLiteral("eba_BT:x29");
const QString NotAssessed = QStringLiteral("eba_BT:x21");

QString country(const QString &code)
{
    return code.isEmpty() ? QString() : QStringLiteral("eba_GA:") + code;
}
QString countryOrNa(const QString &code)
{
    return code.isEmpty() ? NotApplicableCountry : country(code);
}
QString currency(const QString &code)
{
    return code.isEmpty() ? QString() : QStringLiteral("eba_CU:") + code;
}
QString number(double value)
{
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 2);
}
QString wholeHours(const std::optional<double> &hours)
{
    return hours ? QString::number(qint64(std::ceil(*hours))) : QString();
}

// Who a supplier is: from its contracts, else from the facts its node keeps (a CMDB import's
// attributes "lei", or "code" and "codeType", "country", "parentLei").
struct Identity
{
    QString code;
    QString codeType = QStringLiteral("LEI");
    QString country;
    QString parent;
    bool individual = false;
    bool known() const { return !code.isEmpty(); }
    friend bool operator==(const Identity &, const Identity &) = default;
};

Identity identityOf(const SupplierContract &c)
{
    Identity id;
    id.code = c.supplierCode;
    id.codeType = c.supplierCodeType.isEmpty() ? QStringLiteral("LEI") : c.supplierCodeType;
    id.country = c.supplierCountry;
    id.parent = c.parentCode;
    id.individual = c.individual;
    return id;
}

Identity identityOf(const Service &s)
{
    Identity id;
    id.code = s.attributes.value(QStringLiteral("lei"));
    if (id.code.isEmpty()) {
        id.code = s.attributes.value(QStringLiteral("code"));
        id.codeType = s.attributes.value(QStringLiteral("codeType"), QStringLiteral("LEI"));
    }
    id.country = s.attributes.value(QStringLiteral("country"));
    id.parent = s.attributes.value(QStringLiteral("parentLei"));
    return id;
}

class Builder
{
public:
    Builder(const Plan &plan, const QDate &reference, const QDate &reported)
        : m_plan(plan)
        , m_reference(reference)
        , m_reported(reported)
        , m_graph(GraphSnapshot::fromPlan(plan))
    {}

    DoraRegister build(const QString &timestamp);

private:
    void error(const QString &where, const QString &text)
    {
        m_out.problems.append({true, where, text});
    }
    void warn(const QString &where, const QString &text)
    {
        m_out.problems.append({false, where, text});
    }

    void checkEntity();
    void collectFunctions();
    void collectSuppliers();
    ContractAssessment assess(const SupplierContract &c);
    RegisterTable &table(const QString &id, int columns);

    const Plan &m_plan;
    QDate m_reference;
    QDate m_reported;
    GraphSnapshot m_graph;
    DoraRegister m_out;

    struct Function
    {
        const Process *process;
        QString fid;
        int tier;
        bool critical;
    };
    QList<Function> m_functions;
    QHash<QString, qsizetype> m_functionOf;      // process id -> index
    QHash<QString, Identity> m_identity;         // supplier node -> identity
    QList<const SupplierContract *> m_contracts; // current on the reference date, by reference
};

RegisterTable &Builder::table(const QString &id, int columns)
{
    RegisterTable t;
    t.id = id;
    for (int i = 1; i <= columns; ++i)
        t.columns.append(QStringLiteral("c%1").arg(i * 10, 4, 10, QLatin1Char('0')));
    m_out.tables.append(t);
    return m_out.tables.last();
}

void Builder::checkEntity()
{
    const GovernancePolicy &g = m_plan.governancePolicy;
    const QString where = Tr::tr("financial entity");
    if (g.entityLei.isEmpty())
        error(where, Tr::tr("has no LEI (Compliance › Financial Entity…)"));
    else if (!isValidLei(g.entityLei))
        error(where, Tr::tr("LEI \"%1\" fails its check digits (ISO 17442)").arg(g.entityLei));
    if (g.entityName.trimmed().isEmpty())
        error(where, Tr::tr("has no name"));
    if (g.entityCountry.isEmpty())
        error(where, Tr::tr("has no country"));
    if (g.entityType.isEmpty())
        error(where, Tr::tr("has no type of entity"));
    if (g.currency.isEmpty())
        error(where, Tr::tr("has no reporting currency"));
    if (g.competentAuthority.trimmed().isEmpty())
        warn(where, Tr::tr("names no competent authority"));
}

void Builder::collectFunctions()
{
    QList<const Process *> processes;
    for (const Process &p : m_plan.processes) {
        if (!p.licensedActivity.isEmpty())
            processes.append(&p);
    }
    std::sort(processes.begin(), processes.end(),
              [](const Process *a, const Process *b) { return a->id < b->id; });
    const int criticalMax = m_plan.governancePolicy.criticalMaxTier;
    for (const Process *p : processes) {
        const int tier = processTier(*p, m_plan.tierPolicy, m_plan.biaHorizonsHours).tier;
        m_functionOf.insert(p->id, m_functions.size());
        m_functions.append(
            {p, QStringLiteral("F%1").arg(m_functions.size() + 1), tier, tier <= criticalMax});
        const QString where = Tr::tr("function %1 (process %2)").arg(m_functions.last().fid, p->id);
        if (!p->rtoHours)
            warn(where, Tr::tr("has no RTO"));
        if (!p->rpoHours)
            warn(where, Tr::tr("has no RPO"));
        if (!p->reviewedOn)
            warn(where, Tr::tr("has no BIA review date (the date of its last assessment)"));
        else if (*p->reviewedOn > m_reported.toString(Qt::ISODate))
            error(where, Tr::tr("dates its last assessment (the BIA review) %1, after the day of "
                                "reporting")
                             .arg(*p->reviewedOn));
    }
    if (m_functions.isEmpty())
        error(Tr::tr("functions"), Tr::tr("no process has a licensed activity: the register "
                                          "reports the functions the suppliers support"));
}

void Builder::collectSuppliers()
{
    QList<const SupplierContract *> all;
    for (const SupplierContract &c : m_plan.contracts)
        all.append(&c);
    std::sort(all.begin(), all.end(), [](const SupplierContract *a, const SupplierContract *b) {
        return a->reference < b->reference;
    });
    const QString ref = m_reference.toString(Qt::ISODate);
    QHash<QString, QString> firstOfReference;
    QHash<QString, QString> identitySource;
    for (const SupplierContract *c : all) {
        const QString where = Tr::tr("contract %1").arg(c->reference);
        // A contract that ended before the period's end, or starts after it, is not reported.
        if ((!c->end.isEmpty() && c->end < QString(ref.left(4)) + QStringLiteral("-01-01")) ||
            (!c->start.isEmpty() && c->start > ref))
            continue;
        if (firstOfReference.contains(c->reference)) {
            error(where, Tr::tr("has the same reference as contract %1")
                             .arg(firstOfReference.value(c->reference)));
            continue;
        }
        firstOfReference.insert(c->reference, c->id);
        m_contracts.append(c);
        const Identity id = identityOf(*c);
        if (!m_identity.contains(c->supplier)) {
            m_identity.insert(c->supplier, id);
            identitySource.insert(c->supplier, c->reference);
        } else if (!(m_identity.value(c->supplier) == id)) {
            error(where, Tr::tr("names supplier %1 other than contract %2 does (code, country "
                                "or parent)")
                             .arg(c->supplier, identitySource.value(c->supplier)));
        }
        if (c->supplierCode.isEmpty())
            error(where, Tr::tr("has no identification code of the supplier"));
        else if (id.codeType == QLatin1String("LEI") && !isValidLei(c->supplierCode))
            error(where, Tr::tr("supplier LEI \"%1\" fails its check digits (ISO 17442)")
                             .arg(c->supplierCode));
        if (!c->individual && !c->supplierCode.isEmpty() && id.codeType != QLatin1String("LEI") &&
            id.codeType != QLatin1String("EUID"))
            error(where, Tr::tr("a supplier that is a legal person is identified by an LEI or "
                                "an EUID"));
        if (!c->parentCode.isEmpty() && !isValidLei(c->parentCode))
            error(
                where,
                Tr::tr("parent LEI \"%1\" fails its check digits (ISO 17442)").arg(c->parentCode));
        if (c->supplierCountry.isEmpty())
            error(where, Tr::tr("has no country of the supplier's headquarters"));
        if (c->ictService.isEmpty())
            error(where, Tr::tr("has no type of ICT service"));
        if (c->start.isEmpty())
            error(where, Tr::tr("has no start date"));
        if (c->arrangement == QLatin1String("subsequent") && c->overarching.isEmpty())
            error(where, Tr::tr("is a subsequent arrangement without its overarching contract"));
        if (c->annualCost && c->currency.isEmpty() && m_plan.governancePolicy.currency.isEmpty())
            error(where, Tr::tr("has an annual cost without a currency"));
        if (c->dataStored && c->dataCountry.isEmpty())
            warn(where, Tr::tr("stores data but says not where"));
        if (!c->terminationReason.isEmpty() && c->end.isEmpty())
            warn(where, Tr::tr("has a reason of termination but no end date"));
        if (c->lastAudit.isEmpty())
            warn(where, Tr::tr("has no date of the last audit of the supplier"));
        else if (c->lastAudit > m_reported.toString(Qt::ISODate))
            error(where,
                  Tr::tr("dates its last audit %1, after the day of reporting").arg(c->lastAudit));
    }
    // Overarching references name a reported contract.
    for (const SupplierContract *c : m_contracts) {
        if (!c->overarching.isEmpty() && !firstOfReference.contains(c->overarching))
            error(Tr::tr("contract %1").arg(c->reference),
                  Tr::tr("names overarching contract %1, which is not in the register")
                      .arg(c->overarching));
    }
    if (m_contracts.isEmpty())
        error(Tr::tr("contracts"), Tr::tr("the plan has no contract with a supplier in force in "
                                          "the period"));
}

ContractAssessment Builder::assess(const SupplierContract &c)
{
    ContractAssessment a;
    a.contract = c.id;
    const int node = m_graph.indexOf(c.supplier);
    QStringList criticalNames;
    bool spofOfCritical = false;
    if (node >= 0) {
        const CascadeResult result = runCascade(m_graph, {node}, {.causes = false});
        for (const int affected : result.affected) {
            if (!m_graph.isProcess(affected))
                continue;
            const QString id = m_graph.id(affected);
            const qsizetype f = m_functionOf.value(id, -1);
            if (f < 0)
                continue;
            a.functions.append(id);
            if (m_functions.at(f).critical) {
                a.critical = true;
                if (result.state[affected] == NodeState::Down) {
                    spofOfCritical = true;
                    criticalNames.append(m_functions.at(f).process->name);
                }
            }
        }
        // In a redundancy group: the group's other members are the alternatives.
        const auto [from, to] = m_graph.consumerEdges(node);
        for (const GraphSnapshot::Edge *e = from; e != to; ++e) {
            if (e->kind != GraphSnapshot::EdgeKind::Group)
                continue;
            a.alternatives = true;
            const auto [pFrom, pTo] = m_graph.providerEdges(e->consumer);
            for (const GraphSnapshot::Edge *other = pFrom; other != pTo; ++other) {
                if (other->group == e->group && other->provider != node &&
                    !a.alternativeNames.contains(m_graph.name(other->provider)))
                    a.alternativeNames.append(m_graph.name(other->provider));
            }
        }
    }
    a.functions.sort();
    if (spofOfCritical) {
        a.substitutability = QStringLiteral("not");
        a.reason =
            Tr::tr("a single point of failure of %1").arg(criticalNames.join(QStringLiteral(", ")));
    } else if (a.alternatives) {
        a.substitutability = QStringLiteral("easy");
        a.reason = Tr::tr("in a redundancy group with %1")
                       .arg(a.alternativeNames.join(QStringLiteral(", ")));
    } else {
        a.substitutability = QStringLiteral("medium");
        a.reason = Tr::tr("no single point of failure of a critical function, no redundancy "
                          "group");
    }
    a.confirmed = !c.substitutability.isEmpty();
    for (const Runbook &r : m_plan.runbooks) {
        if (!r.exitPlan || r.service != c.supplier || r.status != RunbookStatus::Approved)
            continue;
        a.exitPlan = true;
        a.exitPlanRunbook = r.id;
        for (const Exercise &e : m_plan.exercises) {
            if (e.runbooks.contains(r.id) && e.date > a.exitPlanTested)
                a.exitPlanTested = e.date;
        }
    }
    return a;
}

// The suppliers behind `supplier` through hard dependencies on suppliers, breadth first: for
// each, its rank (2 for the supplier's own) and whom it serves.
struct ChainLink
{
    int node;
    int rank;
    int recipient;
};

DoraRegister Builder::build(const QString &timestamp)
{
    m_out.referenceDate = m_reference;
    checkEntity();
    collectFunctions();
    collectSuppliers();
    const GovernancePolicy &g = m_plan.governancePolicy;
    const QString leiCode = g.entityLei;
    const QString reported = m_reported.toString(Qt::ISODate);

    // B_01: the entity (no branches or group entities are modelled).
    table(QStringLiteral("B_01.01"), 6)
        .rows.append({leiCode, g.entityName, country(g.entityCountry),
                      codeOf(entityTypes(), g.entityType), g.competentAuthority, reported});
    table(QStringLiteral("B_01.02"), 11)
        .rows.append({leiCode, g.entityName, country(g.entityCountry),
                      codeOf(entityTypes(), g.entityType), QStringLiteral("eba_RP:x53"), leiCode,
                      reported, reported, OpenEnd, currency(g.currency), QString()});
    table(QStringLiteral("B_01.03"), 4);

    // Assessments, suppliers behind suppliers.
    QHash<QString, ContractAssessment> assessment;
    for (const SupplierContract *c : m_contracts) {
        const ContractAssessment a = assess(*c);
        assessment.insert(c->id, a);
        m_out.assessments.append(a);
        const QString where = Tr::tr("contract %1").arg(c->reference);
        if (a.functions.isEmpty())
            warn(where, Tr::tr("supports no function of the plan (no process with a licensed "
                               "activity depends on %1)")
                            .arg(c->supplier));
        if (a.critical) {
            if (!c->noticeEntityDays || !c->noticeProviderDays)
                warn(where, Tr::tr("supports a critical or important function but gives no "
                                   "notice periods"));
            if (c->governingLaw.isEmpty())
                warn(where, Tr::tr("supports a critical or important function but names no "
                                   "governing law"));
            if (c->serviceCountry.isEmpty())
                warn(where, Tr::tr("supports a critical or important function but names no "
                                   "country of provision"));
            if (!a.exitPlan)
                warn(where, Tr::tr("supports a critical or important function but %1 has no "
                                   "approved exit-plan runbook")
                                .arg(c->supplier));
            else if (a.exitPlanTested.isEmpty())
                warn(where, Tr::tr("exit plan %1 has never been exercised").arg(a.exitPlanRunbook));
        }
        if (!a.confirmed)
            warn(where, Tr::tr("substitutability not confirmed; the register reports the "
                               "suggestion: %1 (%2)")
                            .arg(labelOf(substitutabilities(), a.substitutability), a.reason));
        if (c->reintegration.isEmpty())
            warn(where, Tr::tr("says not how hard reintegrating the service would be"));
    }

    // Codes and names of every supplier reported: direct ones and those behind them.
    QHash<QString, const Service *> serviceOf;
    for (const Service &s : m_plan.services) {
        if (s.kind == ServiceKind::Supplier)
            serviceOf.insert(s.id, &s);
    }
    auto identity = [&](int node) -> Identity {
        const QString id = m_graph.id(node);
        if (m_identity.contains(id))
            return m_identity.value(id);
        const Service *s = serviceOf.value(id);
        return s ? identityOf(*s) : Identity();
    };
    QList<QList<ChainLink>> chains; // per contract
    QList<int> chainSuppliers;      // supplier nodes reached only through the chain
    for (const SupplierContract *c : m_contracts) {
        QList<ChainLink> chain;
        const int start = m_graph.indexOf(c->supplier);
        if (start >= 0) {
            QList<int> queue = {start};
            QSet<int> seen = {start};
            QHash<int, int> rankOf = {{start, 1}};
            while (!queue.isEmpty()) {
                const int at = queue.takeFirst();
                const auto [from, to] = m_graph.providerEdges(at);
                for (const GraphSnapshot::Edge &e : std::span(from, to)) {
                    if (e.kind == GraphSnapshot::EdgeKind::Soft ||
                        m_graph.serviceKind(e.provider) != ServiceKind::Supplier ||
                        seen.contains(e.provider))
                        continue;
                    seen.insert(e.provider);
                    rankOf.insert(e.provider, rankOf.value(at) + 1);
                    chain.append({e.provider, rankOf.value(e.provider), at});
                    queue.append(e.provider);
                    if (!m_identity.contains(m_graph.id(e.provider)) &&
                        !chainSuppliers.contains(e.provider))
                        chainSuppliers.append(e.provider);
                }
            }
        }
        chains.append(chain);
    }
    for (const int node : chainSuppliers) {
        if (!identity(node).known())
            warn(Tr::tr("supplier %1").arg(m_graph.id(node)),
                 Tr::tr("is in the ICT supply chain but has no identification code (its "
                        "attribute \"lei\"): left out of B_05"));
        else if (identity(node).codeType == QLatin1String("LEI") &&
                 !isValidLei(identity(node).code))
            error(Tr::tr("supplier %1").arg(m_graph.id(node)),
                  Tr::tr("LEI \"%1\" fails its check digits (ISO 17442)").arg(identity(node).code));
    }

    // B_02: the contracts.
    RegisterTable &b0201 = table(QStringLiteral("B_02.01"), 5);
    for (const SupplierContract *c : m_contracts) {
        b0201.rows.append(
            {c->reference,
             codeOf(arrangements(),
                    c->arrangement.isEmpty() ? QStringLiteral("standalone") : c->arrangement),
             c->overarching, currency(c->currency.isEmpty() ? g.currency : c->currency),
             c->annualCost ? number(*c->annualCost) : QString()});
    }
    RegisterTable &b0202 = table(QStringLiteral("B_02.02"), 18);
    for (const SupplierContract *c : m_contracts) {
        const Identity id = m_identity.value(c->supplier);
        for (const QString &process : assessment.value(c->id).functions) {
            const Function &f = m_functions.at(m_functionOf.value(process));
            b0202.rows.append(
                {c->reference, leiCode, id.code, codeOf(codeTypes(), id.codeType), f.fid,
                 codeOf(ictServices(), c->ictService), c->start,
                 c->end.isEmpty() ? OpenEnd : c->end,
                 codeOf(terminationReasons(), c->terminationReason),
                 c->noticeEntityDays ? number(*c->noticeEntityDays) : QString(),
                 c->noticeProviderDays ? number(*c->noticeProviderDays) : QString(),
                 country(c->governingLaw), countryOrNa(c->serviceCountry), c->dataStored ? Yes : No,
                 c->dataStored ? countryOrNa(c->dataCountry) : NotApplicableCountry,
                 countryOrNa(c->processingCountry), codeOf(sensitivities(), c->sensitivity),
                 codeOf(reliances(), c->reliance)});
        }
    }
    table(QStringLiteral("B_02.03"), 3);

    // B_03, B_04: who signed, who uses.
    RegisterTable &b0301 = table(QStringLiteral("B_03.01"), 3);
    for (const SupplierContract *c : m_contracts)
        b0301.rows.append({c->reference, leiCode, QStringLiteral("true")});
    RegisterTable &b0302 = table(QStringLiteral("B_03.02"), 3);
    for (const SupplierContract *c : m_contracts) {
        const Identity id = m_identity.value(c->supplier);
        b0302.rows.append({c->reference, id.code, codeOf(codeTypes(), id.codeType)});
    }
    RegisterTable &b0303 = table(QStringLiteral("B_03.03"), 3);
    b0303.columns[2] = QStringLiteral("c0031");
    RegisterTable &b0401 = table(QStringLiteral("B_04.01"), 4);
    for (const SupplierContract *c : m_contracts)
        b0401.rows.append({c->reference, leiCode, QStringLiteral("eba_ZZ:x839"), QString()});

    // B_05.01: every supplier once, its contracts' annual cost summed.
    RegisterTable &b0501 = table(QStringLiteral("B_05.01"), 12);
    QStringList reportedSuppliers;
    QHash<QString, double> costOf;
    QHash<QString, QString> currencyOf;
    for (const SupplierContract *c : m_contracts) {
        if (c->annualCost)
            costOf[c->supplier] += *c->annualCost;
        if (!currencyOf.contains(c->supplier))
            currencyOf.insert(c->supplier, c->currency.isEmpty() ? g.currency : c->currency);
        if (!reportedSuppliers.contains(c->supplier))
            reportedSuppliers.append(c->supplier);
    }
    for (const int node : chainSuppliers) {
        if (identity(node).known())
            reportedSuppliers.append(m_graph.id(node));
    }
    for (const QString &supplier : reportedSuppliers) {
        const int node = m_graph.indexOf(supplier);
        const Identity id = node >= 0 ? identity(node) : m_identity.value(supplier);
        const QString name = node >= 0 ? m_graph.name(node) : supplier;
        const bool direct = currencyOf.contains(supplier);
        b0501.rows.append(
            {id.code, codeOf(codeTypes(), id.codeType), QString(), QString(), name, name,
             id.individual ? QStringLiteral("eba_CT:x213") : QStringLiteral("eba_CT:x212"),
             country(id.country), direct ? currency(currencyOf.value(supplier)) : QString(),
             direct && costOf.contains(supplier) ? number(costOf.value(supplier)) : QString(),
             id.parent.isEmpty() ? id.code : id.parent,
             id.parent.isEmpty() ? codeOf(codeTypes(), id.codeType)
                                 : codeOf(codeTypes(), QStringLiteral("LEI"))});
    }

    // B_05.02: the supply chain per contract, rank 1 the supplier itself.
    RegisterTable &b0502 = table(QStringLiteral("B_05.02"), 7);
    for (qsizetype i = 0; i < m_contracts.size(); ++i) {
        const SupplierContract *c = m_contracts.at(i);
        const Identity id = m_identity.value(c->supplier);
        const QString service = codeOf(ictServices(), c->ictService);
        b0502.rows.append({c->reference, service, id.code, codeOf(codeTypes(), id.codeType),
                           QStringLiteral("1"), QString(), QString()});
        for (const ChainLink &link : chains.at(i)) {
            const Identity sub = identity(link.node);
            const Identity recipient = identity(link.recipient);
            if (!sub.known() || !recipient.known())
                continue;
            b0502.rows.append({c->reference, service, sub.code, codeOf(codeTypes(), sub.codeType),
                               QString::number(link.rank), recipient.code,
                               codeOf(codeTypes(), recipient.codeType)});
        }
    }

    // B_06.01: the functions, critical or important from their tier.
    RegisterTable &b0601 = table(QStringLiteral("B_06.01"), 10);
    const int criticalMax = g.criticalMaxTier;
    for (const Function &f : m_functions) {
        const Process &p = *f.process;
        const QString reason =
            f.critical
                ? Tr::tr("Tier %1: tiers 0 to %2 are critical or important (%3)")
                      .arg(f.tier)
                      .arg(criticalMax)
                      .arg(p.tierReason.isEmpty() ? Tr::tr("tier policy") : p.tierReason.left(200))
                : QString();
        const QString impact = f.critical                  ? QStringLiteral("eba_ZZ:x793")
                               : f.tier == criticalMax + 1 ? QStringLiteral("eba_ZZ:x792")
                                                           : QStringLiteral("eba_ZZ:x791");
        b0601.rows.append({f.fid, codeOf(licensedActivities(), p.licensedActivity), p.name, leiCode,
                           f.critical ? Yes : No, reason, p.reviewedOn.value_or(QString()),
                           wholeHours(p.rtoHours), wholeHours(p.rpoHours), impact});
    }

    // B_07.01: the assessment of each contracted service.
    RegisterTable &b0701 = table(QStringLiteral("B_07.01"), 12);
    QHash<QString, int> counts;
    for (const SupplierContract *c : m_contracts) {
        const ContractAssessment &a = assessment[c->id];
        const Identity id = m_identity.value(c->supplier);
        const QString sub =
            c->substitutability.isEmpty() ? a.substitutability : c->substitutability;
        const QString reason =
            sub == QLatin1String("not") || sub == QLatin1String("complex")
                ? (a.alternatives ? QStringLiteral("eba_ZZ:x964") : QStringLiteral("eba_ZZ:x963"))
                : QString();
        QString impact = c->discontinuingImpact;
        if (impact.isEmpty())
            impact = a.critical ? QStringLiteral("high")
                                : (a.functions.isEmpty() ? QStringLiteral("low")
                                                         : QStringLiteral("medium"));
        b0701.rows.append({c->reference, id.code, codeOf(codeTypes(), id.codeType),
                           codeOf(ictServices(), c->ictService), codeOf(substitutabilities(), sub),
                           reason, c->lastAudit, a.exitPlan ? Yes : No,
                           codeOf(reintegrations(), c->reintegration), codeOf(impacts(), impact),
                           a.alternatives ? Yes : (c->alternatives.isEmpty() ? No : Yes),
                           c->alternatives.isEmpty() ? a.alternativeNames.join(QStringLiteral(", "))
                                                     : c->alternatives});
        ++counts[QStringLiteral("arrangement:") +
                 (c->arrangement.isEmpty() ? QStringLiteral("standalone") : c->arrangement)];
        ++counts[QStringLiteral("sensitivity:") + c->sensitivity];
        ++counts[QStringLiteral("substitutability:") + sub];
        ++counts[QStringLiteral("reintegration:") + c->reintegration];
        ++counts[QStringLiteral("service-impact:") + impact];
    }
    for (const Function &f : m_functions) {
        ++counts[QStringLiteral("function-impact:") + (f.critical ? QStringLiteral("high")
                                                       : f.tier == criticalMax + 1
                                                           ? QStringLiteral("medium")
                                                           : QStringLiteral("low"))];
    }

    // B_99.01: the counts by the values of the entity's own assessments.
    RegisterTable &b9901 = table(QStringLiteral("B_99.01"), 19);
    QStringList row;
    const char *const keys[] = {
        "arrangement:standalone", "arrangement:overarching",  "arrangement:subsequent",
        "sensitivity:low",        "sensitivity:medium",       "sensitivity:high",
        "function-impact:low",    "function-impact:medium",   "function-impact:high",
        "substitutability:not",   "substitutability:complex", "substitutability:medium",
        "substitutability:easy",  "reintegration:easy",       "reintegration:difficult",
        "reintegration:complex",  "service-impact:low",       "service-impact:medium",
        "service-impact:high"};
    for (const char *key : keys)
        row.append(QString::number(counts.value(QLatin1String(key))));
    b9901.rows.append(row);

    const QString ref = m_reference.toString(Qt::ISODate);
    m_out.packageName = QStringLiteral("%1.IND_%2_DORA010100_DORA_%3_%4")
                            .arg(leiCode.isEmpty() ? QStringLiteral("NOLEI") : leiCode,
                                 g.entityCountry.isEmpty() ? QStringLiteral("XX") : g.entityCountry,
                                 ref, timestamp);
    return m_out;
}

} // namespace

bool DoraRegister::hasErrors() const
{
    return errorCount() > 0;
}

int DoraRegister::errorCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [](const RegisterProblem &p) { return p.error; }));
}

const RegisterTable *DoraRegister::table(const QString &id) const
{
    for (const RegisterTable &t : tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

DoraRegister buildDoraRegister(const Plan &plan, const QDate &referenceDate,
                               const QDate &reportDate, const QString &timestamp)
{
    return Builder(plan, referenceDate, reportDate).build(timestamp);
}

QDate defaultReferenceDate(const QDate &today)
{
    return QDate(today.year() - 1, 12, 31);
}

} // namespace Continuity
