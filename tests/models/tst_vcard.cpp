// SPDX-License-Identifier: GPL-3.0-or-later
// vCard 3.0 and 4.0 import and export of persons (docs/people.md "vCard"): folded lines,
// escapes, quoted-printable, UTF-8; matched by e-mail then name; a broken file refused whole
// with its line; the import one undo step; exports without personal data.
#include "TestSupport.h"

#include "domain/Contacts.h"

#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "io/VCard.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_VCard : public QObject
{
    Q_OBJECT

private slots:
    void readsVersion3And4();
    void writesWhatItReads();
    void brokenFilesAreRefusedWithTheirLine_data();
    void brokenFilesAreRefusedWithTheirLine();
    void mergeMatchesByEmailThenName();
    void importIsOneUndoStep();
    void withoutPersonalData();

private:
    QTemporaryDir m_dir;
};

void tst_VCard::readsVersion3And4()
{
    const QByteArray cards =
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "N:Schmidt;Anna;;;\r\n"
        "FN:Anna Schmidt\r\n"
        "ORG:Northwind Pay;IT\r\n"
        "TITLE:Head of IT\r\n"
        "TEL;TYPE=CELL:+49 151 5550 0101\r\n"
        "TEL;TYPE=WORK,VOICE:+49 69 5550 2000\r\n"
        "EMAIL;TYPE=INTERNET:anna@example.com\r\n"
        "TZ:Europe/Berlin\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Bitte SMS =C3=BCber das =\r\n"
        "Diensthandy\r\n"
        "END:VCARD\r\n"
        "begin:vcard\n"
        "version:4.0\n"
        "fn:Ben O\n"
        " kafor\n"
        "tel;value=uri;type=\"home\":tel:+44-20-7946-0000\n"
        "TZ:-05:00\n"
        "NOTE:one\\, two\\; three\\nfour \\\\ five\n"
        "END:VCARD\n"
        "BEGIN:VCARD\n"
        "VERSION:4.0\n"
        "N:Okoro;Chi;;;\n"
        "TEL;TYPE=x-satellite:+881 631 555 017\n"
        "END:VCARD\n";
    QString error;
    const std::optional<QList<Person>> persons = VCard::read(cards, &error);
    QVERIFY2(persons, qPrintable(error));
    QCOMPARE(persons->size(), 3);
    const Person &anna = persons->at(0);
    QCOMPARE(anna.name, QStringLiteral("Anna Schmidt"));
    QCOMPARE(anna.organisation, QStringLiteral("Northwind Pay"));
    QCOMPARE(anna.title, QStringLiteral("Head of IT"));
    QCOMPARE(anna.email, QStringLiteral("anna@example.com"));
    QCOMPARE(anna.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(anna.notes, QStringLiteral("Bitte SMS über das Diensthandy"));
    QCOMPARE(anna.phones.size(), 2);
    QVERIFY(anna.phones.at(0).kind == PhoneKind::Mobile);
    QVERIFY(anna.phones.at(1).kind == PhoneKind::Office);
    const Person &ben = persons->at(1);
    QCOMPARE(ben.name, QStringLiteral("Ben Okafor")); // folded inside the name
    QCOMPARE(ben.phones.at(0).number, QStringLiteral("+44-20-7946-0000"));
    QVERIFY(ben.phones.at(0).kind == PhoneKind::Home);
    QVERIFY(ben.timeZone.isEmpty()); // an offset is not a zone
    QCOMPARE(ben.notes, QStringLiteral("one, two; three\nfour \\ five"));
    QCOMPARE(persons->at(2).name, QStringLiteral("Chi Okoro")); // from N
    QVERIFY(persons->at(2).phones.at(0).kind == PhoneKind::Satellite);
}

void tst_VCard::writesWhatItReads()
{
    Person p;
    p.id = QStringLiteral("x");
    p.name = QStringLiteral("Élodie Dupont-Moreau, née Lefèvre; « chef » de l’équipe réseau et "
                            "télécommunications européennes");
    p.title = QStringLiteral("Responsable; réseau");
    p.organisation = QStringLiteral("CardNet, SA");
    p.email = QStringLiteral("elodie@example.com");
    p.phones = {{PhoneKind::Mobile, QStringLiteral("+33 6 12 34 56 78")},
                {PhoneKind::Other, QStringLiteral("+33 1 23 45 67 89")}};
    p.timeZone = QStringLiteral("Europe/Paris");
    p.notes = QStringLiteral("Ligne 1\nLigne 2 \\ avec ; et , partout — ünïcödé");
    for (int version : {3, 4}) {
        const QByteArray bytes = VCard::write({p}, version);
        for (const QByteArray &line : bytes.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
        }
        QString error;
        const std::optional<QList<Person>> back = VCard::read(bytes, &error);
        QVERIFY2(back && back->size() == 1, qPrintable(error));
        Person expected = p;
        expected.id.clear();
        if (version == 4) {
            for (Phone &phone : expected.phones)
                phone.number.remove(QLatin1Char(' '));
        }
        QCOMPARE(back->first(), expected);
    }
}

void tst_VCard::brokenFilesAreRefusedWithTheirLine_data()
{
    QTest::addColumn<QByteArray>("cards");
    QTest::addColumn<QString>("expected");
    const QByteArray ok = "BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\n";
    QTest::newRow("no end") << ok + "BEGIN:VCARD\nVERSION:4.0\nFN:B\n"
                            << "line 5: the card does not end";
    QTest::newRow("no colon") << ok + "BEGIN:VCARD\nVERSION:4.0\nFN B\nEND:VCARD\n"
                              << "line 7: a content line needs NAME:VALUE";
    QTest::newRow("version 2.1") << QByteArray("BEGIN:VCARD\nVERSION:2.1\nFN:A\nEND:VCARD\n")
                                 << "line 2: vCard version 2.1 is not supported";
    QTest::newRow("no version") << QByteArray("BEGIN:VCARD\nFN:A\nEND:VCARD\n")
                                << "line 1: the card has no VERSION";
    QTest::newRow("no name") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nEMAIL:a@b.c\nEND:VCARD\n")
                             << "line 1: the card has no name";
    QTest::newRow("nested") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nBEGIN:VCARD\n")
                            << "line 3: a card begins inside another card";
    QTest::newRow("outside") << QByteArray("FN:A\n") << "line 1: FN outside a card";
    QTest::newRow("quoted-printable")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN;ENCODING=QUOTED-PRINTABLE:A=ZZ\nEND:VCARD\n")
        << "line 3: broken quoted-printable value";
    QTest::newRow("latin-1") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:J\xfcrgen\nEND:VCARD\n")
                             << "line 3: the value is not UTF-8";
    QTest::newRow("charset")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN;CHARSET=ISO-8859-1:A\nEND:VCARD\n")
        << "line 3: charset ISO-8859-1 is not supported";
    QTest::newRow("not a vcard") << QByteArray("BEGIN:VCALENDAR\n") << "line 1: BEGIN:VCALENDAR";
}

void tst_VCard::brokenFilesAreRefusedWithTheirLine()
{
    QFETCH(QByteArray, cards);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!VCard::read(cards, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

namespace {

Plan planWithPeople()
{
    Plan plan = Plan::empty();
    Person anna;
    anna.id = QStringLiteral("anna");
    anna.name = QStringLiteral("Anna Schmidt");
    anna.email = QStringLiteral("Anna@Example.com");
    anna.deputy = QStringLiteral("ben");
    anna.verifiedOn = QStringLiteral("2026-10-01");
    anna.phones = {{PhoneKind::Mobile, QStringLiteral("+49 151 5550 0101")}};
    Person ben;
    ben.id = QStringLiteral("ben");
    ben.name = QStringLiteral("Ben Okafor");
    plan.persons = {anna, ben};
    return plan;
}

} // namespace

void tst_VCard::mergeMatchesByEmailThenName()
{
    const Plan plan = planWithPeople();
    Person renamed; // by e-mail, whatever the case: Anna, married since
    renamed.name = QStringLiteral("Anna Weber");
    renamed.email = QStringLiteral("anna@example.com");
    Person same; // by name, nothing new
    same.name = QStringLiteral("ben okafor");
    Person added;
    added.name = QStringLiteral("Chi Okoro");
    const VCard::Merge m = VCard::merge(plan, {renamed, same, added});
    QCOMPARE(m.added, 1);
    QCOMPARE(m.updated, 2); // Anna's name and e-mail, Ben's name's case
    QCOMPARE(m.unchanged, 0);
    QCOMPARE(m.persons.size(), 3);
    QCOMPARE(m.persons.at(0).id, QStringLiteral("anna"));
    QCOMPARE(m.persons.at(0).name, QStringLiteral("Anna Weber"));
    QCOMPARE(m.persons.at(0).deputy, QStringLiteral("ben")); // kept
    QCOMPARE(m.persons.at(0).phones.size(), 1);              // the card had none: kept
    QCOMPARE(m.persons.at(2).id, QStringLiteral("chi-okoro"));
    // The same file again changes nothing.
    Plan after = plan;
    after.persons = m.persons;
    const VCard::Merge again = VCard::merge(after, {renamed, m.persons.at(1), added});
    QCOMPARE(again.added, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 3);
}

void tst_VCard::importIsOneUndoStep()
{
    const QString path = m_dir.filePath(QStringLiteral("import.continuity"));
    QString error;
    auto doc = PlanDocument::create(path, planWithPeople(), &error);
    QVERIFY2(doc, qPrintable(error));
    Person chi;
    chi.name = QStringLiteral("Chi Okoro");
    chi.phones = {{PhoneKind::Mobile, QStringLiteral("+234 803 555 0000")}};
    const VCard::Merge m = VCard::merge(doc->plan(), {chi});
    QVERIFY2(doc->setPersons(m.persons, QStringLiteral("Import cards.vcf"), &error),
             qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(TestSupport::loadPlanFile(path).persons, m.persons);
    doc->undo();
    QCOMPARE(TestSupport::loadPlanFile(path).persons, planWithPeople().persons);
    doc->redo();
    QCOMPARE(doc->plan().persons.size(), 3);
    // A card whose phone is not a phone number is refused, and nothing changes.
    Person bad;
    bad.name = QStringLiteral("Dee");
    bad.phones = {{PhoneKind::Mobile, QStringLiteral("ring me")}};
    QVERIFY(
        !doc->setPersons(VCard::merge(doc->plan(), {bad}).persons, QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("Dee")), qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), 1);

    // An owner still written as a name becomes the person the import brings, in the same step.
    Process p;
    p.id = QStringLiteral("settle");
    p.name = QStringLiteral("Settle with the schemes");
    p.owner = QStringLiteral("Femi Adeyemi");
    QVERIFY(doc->addProcess(p));
    Person femi;
    femi.name = QStringLiteral("Femi Adeyemi");
    femi.phones = {{PhoneKind::Mobile, QStringLiteral("+234 803 555 0101")}};
    const int steps = doc->undoStack()->count();
    QVERIFY2(doc->setPersons(VCard::merge(doc->plan(), {femi}).persons,
                             QStringLiteral("Import femi.vcf"), &error),
             qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const QString femiId = doc->plan().persons.constLast().id;
    QCOMPARE(doc->process(p.id)->owner, femiId);
    QCOMPARE(TestSupport::loadPlanFile(path).processes.constFirst().owner, femiId);
    doc->undo();
    QCOMPARE(doc->process(p.id)->owner, QStringLiteral("Femi Adeyemi"));
    QVERIFY(!Contacts::person(doc->plan(), femiId));
}

void tst_VCard::withoutPersonalData()
{
    const Plan shared = VCard::withoutPersonalData(planWithPeople());
    QCOMPARE(shared.persons.size(), 2);
    QCOMPARE(shared.persons.first().name, QStringLiteral("Anna Schmidt"));
    QVERIFY(shared.persons.first().phones.isEmpty());
    QVERIFY(shared.persons.first().email.isEmpty());
    const QByteArray json = PlanJson::write(shared);
    QVERIFY(!json.contains("5550"));
    QVERIFY(!json.toLower().contains("anna@example.com"));
    QStringList errors;
    QVERIFY2(PlanJson::read(json, &errors), qPrintable(errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_VCard)
#include "tst_vcard.moc"
