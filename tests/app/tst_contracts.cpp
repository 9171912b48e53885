// SPDX-License-Identifier: GPL-3.0-or-later
// Contracts and SLAs, and DORA's register of information (product/14-governance.md,
// docs/contracts.md, docs/dora-register.md): LEI check digits, the register of the sample plan
// with what it derives, the validation that refuses naming every problem, the package read back
// with Python, the contract findings, and the document's and plan JSON's handling of the new
// records.
#include "analysis/ContractFindings.h"
#include "analysis/DoraRegister.h"
#include "analysis/Executive.h"
#include "analysis/Findings.h"
#include "CliRun.h"
#include "document/PlanDocument.h"
#include "domain/DoraLists.h"
#include "io/DoraExport.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_Contracts : public QObject
{
    Q_OBJECT

private slots:
    void leiCheckDigits();
    void sampleRegisterDerivesWhatTheModelKnows();
    void registerRefusesNamingEveryProblem();
    void packageReadsBackWithPython();
    void contractFindings();
    void documentKeepsContractsWithUndo();
    void planJsonKeepsContractsAndNamesBadOnes();

private:
    using Result = TestSupport::CliResult;
    static Result run(const QStringList &args) { return TestSupport::runCli(args); }
    static Plan sample()
    {
        QString error;
        std::optional<Plan> plan = samplePlan(&error);
        if (!plan)
            qFatal("%s", qPrintable(error));
        return *plan;
    }
    static const QStringList *rowWith(const RegisterTable &t, int column, const QString &value,
                                      int column2 = -1, const QString &value2 = QString())
    {
        for (const QStringList &row : t.rows) {
            if (row.value(column) == value && (column2 < 0 || row.value(column2) == value2))
                return &row;
        }
        return nullptr;
    }
    static SupplierContract contractOf(const Plan &plan, const QString &id)
    {
        for (const SupplierContract &c : plan.contracts) {
            if (c.id == id)
                return c;
        }
        return {};
    }
    QTemporaryDir m_dir;
};

void tst_Contracts::leiCheckDigits()
{
    // A published LEI holds; each single change of a digit to another digit or a letter to
    // another letter fails (what ISO 7064 MOD 97-10 guarantees).
    const QString lei = QStringLiteral("5493001KJTIIGC8Y1R12");
    QVERIFY(DoraLists::isValidLei(lei));
    QCOMPARE(DoraLists::leiCheckDigits(lei.left(18)), lei.right(2));
    for (int i = 0; i < lei.size(); ++i) {
        QString changed = lei;
        const QChar c = changed.at(i);
        changed[i] = c.isDigit() ? QChar(u'0' + (c.digitValue() + 1) % 10)
                                 : QChar(u'A' + (c.unicode() - u'A' + 1) % 26);
        QVERIFY2(!DoraLists::isValidLei(changed), qPrintable(changed));
    }
    QVERIFY(!DoraLists::isValidLei(QStringLiteral("5493001kjtiigc8y1r12"))); // lower case
    QVERIFY(!DoraLists::isValidLei(QStringLiteral("5493001KJTIIGC8Y1R1")));  // 19 characters
    QVERIFY(!DoraLists::isValidLei(QStringLiteral("5493001KJTIIGC8Y1RAB"))); // letters as checks
    // Check digits computed for random prefixes validate, against a plain long-division twin.
    auto *random = QRandomGenerator::global();
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (int n = 0; n < 500; ++n) {
        QString prefix;
        for (int i = 0; i < 18; ++i)
            prefix += alphabet.at(int(random->bounded(36)));
        const QString full = prefix + DoraLists::leiCheckDigits(prefix);
        QString digits;
        for (const QChar c : full)
            digits += QString::number(alphabet.indexOf(c));
        int remainder = 0;
        for (const QChar d : digits)
            remainder = (remainder * 10 + d.digitValue()) % 97;
        QCOMPARE(remainder, 1);
        QVERIFY(DoraLists::isValidLei(full));
    }
    QVERIFY(DoraLists::isCountryCode(QStringLiteral("DE")));
    QVERIFY(!DoraLists::isCountryCode(QStringLiteral("XX")));
    QVERIFY(DoraLists::isCurrencyCode(QStringLiteral("EUR")));
    QVERIFY(!DoraLists::isCurrencyCode(QStringLiteral("EURO")));
}

void tst_Contracts::sampleRegisterDerivesWhatTheModelKnows()
{
    const Plan plan = sample();
    const DoraRegister reg = buildDoraRegister(plan, QDate(2025, 12, 31), QDate(2026, 12, 6),
                                               QStringLiteral("20261206120000000"));
    QStringList errors;
    for (const RegisterProblem &p : reg.problems) {
        if (p.error)
            errors.append(p.where + QStringLiteral(": ") + p.text);
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QStringList ids;
    for (const RegisterTable &t : reg.tables)
        ids.append(t.id);
    QCOMPARE(ids.join(QLatin1Char(' ')),
             QStringLiteral("B_01.01 B_01.02 B_01.03 B_02.01 B_02.02 B_02.03 B_03.01 B_03.02 "
                            "B_03.03 B_04.01 B_05.01 B_05.02 B_06.01 B_07.01 B_99.01"));
    QCOMPARE(reg.packageName, QStringLiteral("9999SAMPLENWPAY00015.IND_DE_DORA010100_DORA_"
                                             "2025-12-31_20261206120000000"));
    const RegisterTable &entity = *reg.table(QStringLiteral("B_01.01"));
    QCOMPARE(entity.rows.size(), 1);
    QCOMPARE(entity.rows.first().value(3), QStringLiteral("eba_CT:x300")); // payment institution

    // B_06.01: one function per process with a licensed activity; critical from the tier.
    int functions = 0;
    for (const Process &p : plan.processes)
        functions += p.licensedActivity.isEmpty() ? 0 : 1;
    const RegisterTable &b0601 = *reg.table(QStringLiteral("B_06.01"));
    QCOMPARE(b0601.rows.size(), functions);
    const QStringList *card = rowWith(b0601, 2, QStringLiteral("Authorise card payments"));
    QVERIFY(card);
    QCOMPARE(card->value(4), QStringLiteral("eba_BT:x28")); // tier 0: critical
    QCOMPARE(card->value(7), QStringLiteral("2"));          // RTO in whole hours
    QCOMPARE(card->value(9), QStringLiteral("eba_ZZ:x793"));
    const QStringList *onboard = rowWith(b0601, 2, QStringLiteral("Onboard new merchants"));
    QVERIFY(onboard);
    QCOMPARE(onboard->value(4), QStringLiteral("eba_BT:x29")); // below the critical tiers
    const QStringList *refunds = rowWith(b0601, 2, QStringLiteral("Process refunds"));
    QVERIFY(refunds);
    QCOMPARE(refunds->value(8), QStringLiteral("1")); // RPO 1 h

    // B_05.02: CardNet runs on EuroLink's lines: EuroLink is rank 2 behind CardNet.
    const SupplierContract cardnet = contractOf(plan, QStringLiteral("CT-2"));
    const SupplierContract telco = contractOf(plan, QStringLiteral("CT-4"));
    const RegisterTable &b0502 = *reg.table(QStringLiteral("B_05.02"));
    const QStringList *rank2 = rowWith(b0502, 0, cardnet.reference, 2, telco.supplierCode);
    QVERIFY(rank2);
    QCOMPARE(rank2->value(4), QStringLiteral("2"));
    QCOMPARE(rank2->value(5), cardnet.supplierCode);
    const QStringList *rank1 = rowWith(b0502, 0, cardnet.reference, 2, cardnet.supplierCode);
    QVERIFY(rank1);
    QCOMPARE(rank1->value(4), QStringLiteral("1"));
    QVERIFY(rank1->value(5).isEmpty());

    // B_07.01: CardNet is a single point of failure of card payments: not substitutable, for
    // lack of alternatives; Zendesk's confirmed value is kept; AWS has an approved exit plan.
    const RegisterTable &b0701 = *reg.table(QStringLiteral("B_07.01"));
    const QStringList *c2 = rowWith(b0701, 0, cardnet.reference);
    QVERIFY(c2);
    QCOMPARE(c2->value(4), QStringLiteral("eba_ZZ:x959"));
    QCOMPARE(c2->value(5), QStringLiteral("eba_ZZ:x963"));
    QCOMPARE(c2->value(7), QStringLiteral("eba_BT:x29"));
    const QStringList *zendesk =
        rowWith(b0701, 0, contractOf(plan, QStringLiteral("CT-5")).reference);
    QVERIFY(zendesk);
    QCOMPARE(zendesk->value(4), QStringLiteral("eba_ZZ:x962"));
    const QStringList *aws = rowWith(b0701, 0, contractOf(plan, QStringLiteral("CT-1")).reference);
    QVERIFY(aws);
    QCOMPARE(aws->value(7), QStringLiteral("eba_BT:x28"));
    const auto assessment = std::find_if(
        reg.assessments.cbegin(), reg.assessments.cend(),
        [](const ContractAssessment &a) { return a.contract == QLatin1String("CT-2"); });
    QVERIFY(assessment != reg.assessments.cend());
    QVERIFY(assessment->critical && !assessment->confirmed);
    QVERIFY2(assessment->reason.contains(QLatin1String("Authorise card payments")),
             qPrintable(assessment->reason));
    // The unconfirmed suggestion is said, as a warning.
    QVERIFY(std::any_of(reg.problems.cbegin(), reg.problems.cend(), [&](const RegisterProblem &p) {
        return !p.error && p.where.contains(cardnet.reference) &&
               p.text.contains(QLatin1String("not confirmed"));
    }));

    // B_05.01: each supplier once, with its contracts' cost.
    const RegisterTable &b0501 = *reg.table(QStringLiteral("B_05.01"));
    const QStringList *provider = rowWith(b0501, 0, cardnet.supplierCode);
    QVERIFY(provider);
    QCOMPARE(provider->value(9), QStringLiteral("180000"));
    int cardnetRows = 0;
    for (const QStringList &row : b0501.rows)
        cardnetRows += row.value(0) == cardnet.supplierCode ? 1 : 0;
    QCOMPARE(cardnetRows, 1);
}

void tst_Contracts::registerRefusesNamingEveryProblem()
{
    Plan plan = sample();
    plan.governancePolicy.entityLei = QStringLiteral("5493001KJTIIGC8Y1R13"); // bad check digits
    plan.contracts[0].supplierCode.clear();
    plan.contracts[1].arrangement = QStringLiteral("subsequent");
    plan.contracts[2].reference = plan.contracts[3].reference;
    plan.contracts[4].parentCode = QStringLiteral("NOTANLEI");
    plan.contracts[5].lastAudit = QStringLiteral("2027-02-01"); // after the day of reporting
    const DoraRegister reg =
        buildDoraRegister(plan, QDate(2025, 12, 31), QDate(2026, 12, 6), QStringLiteral("1"));
    QStringList errors;
    for (const RegisterProblem &p : reg.problems) {
        if (p.error)
            errors.append(p.where + QStringLiteral(": ") + p.text);
    }
    const QString all = errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("5493001KJTIIGC8Y1R13")), qPrintable(all));
    QVERIFY2(all.contains(plan.contracts[0].reference + QStringLiteral(": has no identification")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("without its overarching contract")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("same reference")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("NOTANLEI")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("2027-02-01, after the day of reporting")),
             qPrintable(all));
    QVERIFY(errors.size() >= 6);
    // Nothing written.
    const QString target = m_dir.filePath(QStringLiteral("refused.zip"));
    QString error;
    QVERIFY(!DoraExport::write(reg, target, &error));
    QVERIFY2(error.contains(QLatin1String("error")), qPrintable(error));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

    // From the CLI: the same problems on standard error, exit 2, no file.
    const QString path = m_dir.filePath(QStringLiteral("refused.continuity"));
    QString createError;
    QVERIFY2(PlanDocument::create(path, plan, &createError), qPrintable(createError));
    const Result r = run({QStringLiteral("export"), path, QStringLiteral("--dora-register"), target,
                          QStringLiteral("--reference-date"), QStringLiteral("2025-12-31")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("5493001KJTIIGC8Y1R13")) &&
                 r.err.contains(QLatin1String("same reference")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
    const Result badDate =
        run({QStringLiteral("export"), path, QStringLiteral("--dora-register"), target,
             QStringLiteral("--reference-date"), QStringLiteral("2025-13-01")});
    QVERIFY(badDate.code != 0);
    QVERIFY2(badDate.err.contains(QLatin1String("--reference-date")), qPrintable(badDate.err));
}

void tst_Contracts::packageReadsBackWithPython()
{
    Plan plan = sample();
    // Text with the CSV's own characters goes through quoted.
    for (Service &s : plan.services) {
        if (s.id == QLatin1String("sup-zendesk"))
            s.name = QStringLiteral("Zendesk, \"Suite\" <EU>");
    }
    const QString path = m_dir.filePath(QStringLiteral("dora.continuity"));
    QString error;
    QVERIFY2(PlanDocument::create(path, plan, &error), qPrintable(error));
    const QString target = m_dir.filePath(QStringLiteral("register.zip"));
    const Result r = run({QStringLiteral("export"), path, QStringLiteral("--dora-register"), target,
                          QStringLiteral("--reference-date"), QStringLiteral("2025-12-31")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("15 templates")), qPrintable(r.out));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is installed by scripts/install-deps.sh");
    QProcess read;
    read.start(
        python,
        {QStringLiteral("-c"),
         QStringLiteral(
             "import csv,io,json,sys,zipfile\n"
             "z=zipfile.ZipFile(sys.argv[1])\n"
             "names=z.namelist()\n"
             "root=names[0].split('/')[0]\n"
             "assert all(n.startswith(root+'/') for n in names), names\n"
             "def table(n): return "
             "list(csv.reader(io.StringIO(z.read(root+'/reports/'+n+'.csv').decode('utf-8'))))\n"
             "out={'root':root,'files':sorted(n[len(root)+1:] for n in names)}\n"
             "for t in ['b_01.01','b_02.02','b_05.01','b_06.01','b_99.01']: out[t]=table(t)\n"
             "out['filing']=dict(table('FilingIndicators')[1:])\n"
             "out['parameters']=dict(table('parameters')[1:])\n"
             "out['report']=json.loads(z.read(root+'/reports/report.json'))\n"
             "print(json.dumps(out))\n"),
         target});
    QVERIFY(read.waitForFinished(60000));
    QVERIFY2(read.exitCode() == 0, read.readAllStandardError().constData());
    const QJsonObject o = QJsonDocument::fromJson(read.readAllStandardOutput()).object();
    QVERIFY(
        o.value(QLatin1String("root"))
            .toString()
            .startsWith(QLatin1String("9999SAMPLENWPAY00015.IND_DE_DORA010100_DORA_2025-12-31_")));
    const QJsonArray files = o.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 19);
    QVERIFY(files.contains(QStringLiteral("META-INF/reportPackage.json")));
    QVERIFY(files.contains(QStringLiteral("reports/b_99.01.csv")));
    const QJsonArray b0101 = o.value(QLatin1String("b_01.01")).toArray();
    QCOMPARE(b0101.at(0).toArray().at(0).toString(), QStringLiteral("c0010"));
    QCOMPARE(b0101.at(1).toArray().at(0).toString(), QStringLiteral("9999SAMPLENWPAY00015"));
    QCOMPARE(o.value(QLatin1String("b_02.02")).toArray().at(0).toArray().size(), 18);
    bool quoted = false;
    for (const QJsonValue &row : o.value(QLatin1String("b_05.01")).toArray())
        quoted =
            quoted || row.toArray().at(4).toString() == QLatin1String("Zendesk, \"Suite\" <EU>");
    QVERIFY(quoted);
    const QJsonObject filing = o.value(QLatin1String("filing")).toObject();
    QCOMPARE(filing.value(QLatin1String("B_01.03")).toString(), QStringLiteral("false"));
    QCOMPARE(filing.value(QLatin1String("B_06.01")).toString(), QStringLiteral("true"));
    const QJsonObject parameters = o.value(QLatin1String("parameters")).toObject();
    QCOMPARE(parameters.value(QLatin1String("refPeriod")).toString(), QStringLiteral("2025-12-31"));
    QCOMPARE(parameters.value(QLatin1String("baseCurrency")).toString(),
             QStringLiteral("iso4217:EUR"));
    QCOMPARE(o.value(QLatin1String("b_99.01")).toArray().at(0).toArray().size(), 19);
}

void tst_Contracts::contractFindings()
{
    // p needs a (tier 0) which needs supplier s; a customer is promised more than the SLO and a
    // shorter RTO than the process's.
    Plan plan = Plan::empty(QStringLiteral("Contracts"));
    Process p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("Payments");
    p.tier = 0;
    p.rtoHours = 4;
    p.mtdHours = 8;
    plan.processes.append(p);
    Service a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("App");
    plan.services.append(a);
    Service s;
    s.id = QStringLiteral("s");
    s.name = QStringLiteral("Host");
    s.kind = ServiceKind::Supplier;
    plan.services.append(s);
    plan.dependencies = {{QStringLiteral("p"), QStringLiteral("a"), Strength::Hard, QString()},
                         {QStringLiteral("a"), QStringLiteral("s"), Strength::Hard, QString()}};
    Slo slo;
    slo.node = QStringLiteral("a");
    slo.objective = 99.9;
    plan.slos.append(slo);
    CustomerCommitment weaker;
    weaker.id = QStringLiteral("CC-1");
    weaker.customer = QStringLiteral("Big merchant");
    weaker.subject = QStringLiteral("a");
    weaker.availability = 99.95;
    CustomerCommitment faster;
    faster.id = QStringLiteral("CC-2");
    faster.customer = QStringLiteral("Big merchant");
    faster.subject = QStringLiteral("p");
    faster.rtoHours = 2;
    CustomerCommitment kept;
    kept.id = QStringLiteral("CC-3");
    kept.customer = QStringLiteral("Small merchant");
    kept.subject = QStringLiteral("a");
    kept.availability = 99.5;
    kept.rtoHours = 8;
    plan.commitments = {weaker, faster, kept};
    SupplierContract c;
    c.id = QStringLiteral("CT-1");
    c.supplier = QStringLiteral("s");
    c.reference = QStringLiteral("HOST-1");
    c.slaAvailability = 99.5;
    plan.contracts.append(c);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    std::vector<Finding> found = Continuity::contractFindings(plan, graph, now);
    auto has = [&](const QString &kind, const QString &subject) {
        return std::find_if(found.cbegin(), found.cend(), [&](const Finding &f) {
            return f.kind == kind && f.subject == subject;
        });
    };
    auto weak = has(QStringLiteral("commitment-slo-weaker"), QStringLiteral("a"));
    QVERIFY(weak != found.cend());
    QVERIFY(weak->severity == Severity::Error);
    QVERIFY2(weak->message.contains(QLatin1String("CC-1")), qPrintable(weak->message));
    auto rto = has(QStringLiteral("commitment-rto-shorter"), QStringLiteral("p"));
    QVERIFY(rto != found.cend());
    QVERIFY(rto->severity == Severity::Error);
    QVERIFY(rto->message.contains(QLatin1String("CC-2")));
    auto sla = has(QStringLiteral("slo-infeasible-sla"), QStringLiteral("a"));
    QVERIFY(sla != found.cend());
    QVERIFY(sla->severity == Severity::Warning);
    QCOMPARE(sla->related, QStringList{QStringLiteral("s")});
    QVERIFY2(sla->message.contains(QLatin1String("Host")), qPrintable(sla->message));
    // CC-3 asks less than the SLO and more time than the RTO: nothing about it.
    for (const Finding &f : found)
        QVERIFY2(!f.message.contains(QLatin1String("CC-3")), qPrintable(f.message));
    QCOMPARE(int(found.size()), 3);
    // The board hears of it among the biggest risks.
    const ExecutiveFigures board =
        executiveFigures(plan, QDate::currentDate().addYears(-1), QDate::currentDate());
    QVERIFY2(std::any_of(board.risks.cbegin(), board.risks.cend(),
                         [](const QString &r) { return r.contains(QLatin1String("CC-1")); }),
             qPrintable(board.risks.join(QLatin1Char('\n'))));

    // A better SLA, a matching SLO and RTO: nothing left; a contract that has ended counts no
    // more.
    plan.contracts[0].slaAvailability = 99.99;
    plan.slos[0].objective = 99.95;
    plan.processes[0].rtoHours = 2;
    graph = GraphSnapshot::fromPlan(plan);
    QVERIFY(Continuity::contractFindings(plan, graph, now).empty());
    plan.contracts[0].slaAvailability = 99.0;
    plan.contracts[0].end = QStringLiteral("2020-12-31");
    QVERIFY(Continuity::contractFindings(plan, graph, now).empty());
    QVERIFY(!supplierSlaAvailability(plan, QStringLiteral("s"), QDate::currentDate()));
    // And check reports them with the rest.
    plan.contracts[0].end.clear();
    const std::vector<Finding> all = checkPlan(graph, plan);
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const Finding &f) {
        return f.kind == QLatin1String("slo-infeasible-sla");
    }));
}

void tst_Contracts::documentKeepsContractsWithUndo()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("doc.continuity"));
    {
        auto doc = PlanDocument::create(path, sample(), &error);
        QVERIFY2(doc, qPrintable(error));
        SupplierContract c;
        c.id = doc->nextRecordId(QStringLiteral("CT-"));
        QCOMPARE(c.id, QStringLiteral("CT-9"));
        c.supplier = QStringLiteral("app-auth"); // not a supplier
        c.reference = QStringLiteral("NEW-1");
        QVERIFY(!doc->addContract(c, &error));
        QVERIFY2(error.contains(QLatin1String("not a supplier")), qPrintable(error));
        c.supplier = QStringLiteral("sup-bank");
        c.ictService = QStringLiteral("S20");
        c.supplierCountry = QStringLiteral("Germany");
        c.slaAvailability = 100;
        QVERIFY(!doc->addContract(c, &error));
        QVERIFY2(error.contains(QLatin1String("ictService")) &&
                     error.contains(QLatin1String("supplierCountry")) &&
                     error.contains(QLatin1String("slaAvailability")),
                 qPrintable(error));
        c.ictService = QStringLiteral("S05");
        c.supplierCountry = QStringLiteral("DE");
        c.slaAvailability = 99.9;
        QVERIFY2(doc->addContract(c, &error), qPrintable(error));
        SupplierContract changed = c;
        changed.annualCost = 1200;
        QVERIFY(doc->changeContract(changed, QStringLiteral("Edit contract"), &error));
        QCOMPARE(doc->contract(c.id)->annualCost, std::optional<double>(1200));
        doc->undo();
        QVERIFY(!doc->contract(c.id)->annualCost);
        doc->redo();
        CustomerCommitment m;
        m.id = doc->nextRecordId(QStringLiteral("CC-"));
        m.customer = QStringLiteral("Acme");
        m.subject = QStringLiteral("ghost");
        m.availability = 99.9;
        QVERIFY(!doc->addCommitment(m, &error));
        QVERIFY2(error.contains(QLatin1String("ghost")), qPrintable(error));
        m.subject = QStringLiteral("payouts");
        m.availability.reset();
        QVERIFY(!doc->addCommitment(m, &error)); // promises nothing
        m.rtoHours = 6;
        QVERIFY2(doc->addCommitment(m, &error), qPrintable(error));
        // The entity's details: a bad country refused, a good change one undo step.
        GovernancePolicy g = doc->plan().governancePolicy;
        g.entityCountry = QStringLiteral("Deutschland");
        QVERIFY(!doc->setGovernancePolicy(g, &error));
        QVERIFY2(error.contains(QLatin1String("entityCountry")), qPrintable(error));
        g.entityCountry = QStringLiteral("AT");
        QVERIFY2(doc->setGovernancePolicy(g, &error), qPrintable(error));
        QCOMPARE(doc->undoStack()->undoText(),
                 QStringLiteral("Change the financial entity's details"));
        // Each edit is on the audit trail.
        QList<Audit::Record> records;
        QVERIFY(Audit::list(doc->file()->database(), {}, &records, &error));
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const Audit::Record &rec) {
            return rec.objectKind == QLatin1String("contract") && rec.objectId == c.id;
        }));
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const Audit::Record &rec) {
            return rec.objectKind == QLatin1String("commitment") && rec.objectId == m.id;
        }));
    }
    auto reopened = PlanDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(reopened->contract(QStringLiteral("CT-9")));
    QCOMPARE(reopened->contract(QStringLiteral("CT-9"))->annualCost, std::optional<double>(1200));
    QCOMPARE(reopened->commitment(QStringLiteral("CC-4"))->rtoHours, std::optional<double>(6));
    QCOMPARE(reopened->plan().governancePolicy.entityCountry, QStringLiteral("AT"));
    QCOMPARE(reopened->plan().contracts.size(), 9);
}

void tst_Contracts::planJsonKeepsContractsAndNamesBadOnes()
{
    const Plan plan = sample();
    QVERIFY(!plan.contracts.isEmpty() && !plan.commitments.isEmpty());
    const QByteArray json = PlanJson::write(plan);
    QStringList errors;
    const std::optional<Plan> back = PlanJson::read(json, &errors);
    QVERIFY2(back, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back->contracts, plan.contracts);
    QCOMPARE(back->commitments, plan.commitments);
    QVERIFY(back->governancePolicy == plan.governancePolicy);
    QJsonObject root = QJsonDocument::fromJson(json).object();
    auto setIn = [&](const char *list, int index, const char *key, const QJsonValue &value) {
        QJsonArray array = root.value(QLatin1String(list)).toArray();
        QJsonObject o = array.at(index).toObject();
        o.insert(QLatin1String(key), value);
        array.replace(index, o);
        root.insert(QLatin1String(list), array);
    };
    setIn("contracts", 0, "ictService", QStringLiteral("S99"));
    setIn("contracts", 1, "start", QStringLiteral("2024-02-30"));
    setIn("commitments", 0, "availability", 120);
    setIn("processes", 0, "licensedActivity", QStringLiteral("x9999"));
    QJsonObject g = root.value(QLatin1String("governancePolicy")).toObject();
    g.insert(QLatin1String("entityType"), QStringLiteral("bank"));
    g.insert(QLatin1String("criticalMaxTier"), 7);
    root.insert(QLatin1String("governancePolicy"), g);
    errors.clear();
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    for (const char *path :
         {"contracts[0].ictService", "contracts[1].start", "commitments[0].availability",
          "processes[0].licensedActivity", "governancePolicy.criticalMaxTier"})
        QVERIFY2(all.contains(QLatin1String(path)),
                 qPrintable(QLatin1String(path) + QLatin1Char('\n') + all));
    // A plan JSON of version 5 (before contracts) still reads.
    QJsonObject old = QJsonDocument::fromJson(json).object();
    old.insert(QLatin1String("version"), 5);
    old.remove(QLatin1String("contracts"));
    old.remove(QLatin1String("commitments"));
    QJsonObject oldPolicy;
    oldPolicy.insert(QLatin1String("riskOwnerRole"), plan.governancePolicy.riskOwnerRole);
    old.insert(QLatin1String("governancePolicy"), oldPolicy);
    errors.clear();
    const std::optional<Plan> older = PlanJson::read(QJsonDocument(old).toJson(), &errors);
    QVERIFY2(older, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(older->contracts.isEmpty());
    QCOMPARE(older->governancePolicy.criticalMaxTier, 1);
}

QTEST_GUILESS_MAIN(tst_Contracts)
#include "tst_contracts.moc"
