// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as exported in practice (PRODUCT §7), and clear refusals naming file and line.
#include "io/CmdbImport.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuity;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void hugeFileIsRefusedUnread();
    void aBigFileIsReadRecordByRecord();
    void tooManyFieldsNameTheirOwnLine();
};

// Records as "line:field|field;line:field|field".
static QString summary(const CsvTable &t)
{
    QStringList parts{QStringLiteral("H%1:").arg(t.headerLine) + t.header.join(QLatin1Char('|'))};
    for (const CsvRecord &r : t.records)
        parts.append(QString::number(r.line) + QLatin1Char(':') + r.fields.join(QLatin1Char('|')));
    return parts.join(QLatin1Char(';'));
}

void tst_CsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain LF") << QByteArray("sys_id,name\n1,Payments\n2,Ledger\n")
                              << QStringLiteral("H1:sys_id|name;2:1|Payments;3:2|Ledger");
    QTest::newRow("CRLF and BOM") << QByteArray("\xEF\xBB\xBFsys_id,name\r\n1,Payments\r\n")
                                  << QStringLiteral("H1:sys_id|name;2:1|Payments");
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringLiteral("H1:a|b;2:1|2");
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",z\n")
                                  << QStringLiteral("H1:a|b;2:x, y|z");
    QTest::newRow("doubled quotes")
        << QByteArray("a\n\"say \"\"hi\"\"\"\n") << QStringLiteral("H1:a;2:say \"hi\"");
    QTest::newRow("newline in quotes keeps physical lines")
        << QByteArray("a,b\n\"two\nlines\",x\n3,4\n")
        << QStringLiteral("H1:a|b;2:two\nlines|x;4:3|4");
    QTest::newRow("CRLF inside quotes")
        << QByteArray("a\r\n\"one\r\ntwo\"\r\nz\r\n") << QStringLiteral("H1:a;2:one\r\ntwo;4:z");
    QTest::newRow("empty trailing fields")
        << QByteArray("a,b,c\n1,,\n") << QStringLiteral("H1:a|b|c;2:1||");
    QTest::newRow("blank lines skipped")
        << QByteArray("\na,b\n\n1,2\n\n") << QStringLiteral("H2:a|b;4:1|2");
    QTest::newRow("header trimmed, values kept")
        << QByteArray(" a , b\n x , y \n") << QStringLiteral("H1:a|b;2: x | y ");
    QTest::newRow("UTF-8 text") << QByteArray("name\nZ\xC3\xBCrich \xE6\x94\xAF\xE4\xBB\x98\n")
                                << QStringLiteral("H1:name;2:Zürich 支付");
    QTest::newRow("empty quoted field")
        << QByteArray("a,b\n\"\",x\n") << QStringLiteral("H1:a|b;2:|x");
}

void tst_CsvReader::reads()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QString error;
    const std::optional<CsvTable> table = readCsv(csv, QStringLiteral("cis.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(summary(*table), expected);
}

void tst_CsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("Latin-1 on line 3") << QByteArray("a\nok\nZ\xFCrich\n")
                                       << QStringLiteral("cis.csv: line 3: this is not UTF-8 text");
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n1,\"open\n2,3\n")
        << QStringLiteral("cis.csv: line 2: a quoted field opened here is never closed");
    QTest::newRow("text after quote")
        << QByteArray("a\n\"x\"y\n")
        << QStringLiteral("cis.csv: line 2: unexpected text after a closing quote");
    QTest::newRow("empty file") << QByteArray()
                                << QStringLiteral("cis.csv: line 1: the file is empty");
    QTest::newRow("overlong UTF-8")
        << QByteArray("a\n\xC0\xAF\n") << QStringLiteral("line 2: this is not UTF-8");
    QTest::newRow("truncated UTF-8")
        << QByteArray("a\nx\xE6\x94") << QStringLiteral("line 2: this is not UTF-8");
    // Bounds (CsvLimits): refused with the line, without echoing the content.
    QTest::newRow("a line of commas")
        << QByteArray("a\n") + QByteArray(5000, ',') + QByteArray("\n")
        << QStringLiteral("line 2: the line has more than 1000 fields");
    QTest::newRow("an endless field")
        << QByteArray("a,b\n1,") + QByteArray(200000, 'x') + QByteArray("\n")
        << QStringLiteral("line 2: field 2 is longer than 100000 characters");
    QTest::newRow("an endless quoted field")
        << QByteArray("a\n\"") + QByteArray(200000, 'y') + QByteArray("\"\n")
        << QStringLiteral("line 2: field 1 is longer than 100000 characters");
    QTest::newRow("an endless record")
        << QByteArray("a\n") +
               [] {
                   QByteArray line;
                   for (int i = 0; i < 900; ++i)
                       line += QByteArray(9000, 'z') + ',';
                   return line;
               }() +
               QByteArray("\n")
        << QStringLiteral("line 2: the record is longer than 4000000 characters");
}

void tst_CsvReader::refuses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!readCsv(csv, QStringLiteral("cis.csv"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.size() < 300, qPrintable(error.left(300)));
}

// A file larger than a CSV may be is refused before it is read (a sparse file: no disk used).
void tst_CsvReader::hugeFileIsRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(CsvLimits::MaxFileBytes + 1));
    }
    QString error;
    QVERIFY(!CmdbFile::read(path, QStringLiteral("huge.csv"), &error));
    QVERIFY2(error.contains(QLatin1String("huge.csv: the file is larger than 1 GiB")),
             qPrintable(error));
}

// CsvStream, which the CMDB import reads a million relationships with: the whole file's
// encoding is checked in parts (a character across two parts is fine; a bad byte far into the
// file is named with its line), and the pages read are given back as each read goes on.
void tst_CsvReader::aBigFileIsReadRecordByRecord()
{
    const qsizetype boundary = qsizetype(8) << 20; // where the check is split
    QByteArray csv = "sys_id,name\n";
    int rows = 0;
    const QByteArray text = ",Z\xC3\xBCrich \xE6\x94\xAF\xE4\xBB\x98 " + QByteArray(61, 'x') + "\n";
    while (csv.size() < boundary - 1000)
        csv += QByteArray::number(rows++) + text;
    // A row whose 支 begins one byte before the boundary.
    const QByteArray head = QByteArray::number(rows++) + ",";
    csv += head + QByteArray(boundary - 1 - csv.size() - head.size(), 'p') + "\xE6\x94\xAF\n";
    QCOMPARE(uchar(csv.at(boundary - 1)), 0xE6);
    while (csv.size() < (20 << 20))
        csv += QByteArray::number(rows++) + text;
    QList<qsizetype> released;
    CsvStream stream(csv, QStringLiteral("big.csv"),
                     [&released](qsizetype n) { released.append(n); });
    QVERIFY2(stream.start(), qPrintable(stream.message()));
    QCOMPARE(stream.header(), QStringList({QStringLiteral("sys_id"), QStringLiteral("name")}));
    int read = 0;
    while (stream.next()) {
        if (read == rows - 1) {
            QCOMPARE(stream.size(), 2);
            QCOMPARE(stream.line(), rows + 1);
            QCOMPARE(stream.text(0), QString::number(rows - 1));
            QVERIFY(stream.text(1).startsWith(QStringLiteral("Zürich 支付 ")));
        }
        ++read;
    }
    QVERIFY2(!stream.failed(), qPrintable(stream.message()));
    QCOMPARE(read, rows);
    // The check gives back up to the end, then the read as it goes.
    const qsizetype checked = released.indexOf(csv.size());
    QVERIFY(checked > 0);
    QVERIFY(std::is_sorted(released.cbegin(), released.cbegin() + checked + 1));
    QVERIFY(std::is_sorted(released.cbegin() + checked + 1, released.cend()));
    QVERIFY(released.size() - checked - 1 >= 2);

    // A byte that is not UTF-8 on the last line, beyond the first parts.
    csv.chop(2);
    csv += "\xFC\n";
    CsvStream bad(csv, QStringLiteral("big.csv"));
    QVERIFY(!bad.start());
    QCOMPARE(bad.message(), QStringLiteral("big.csv: line %1: this is not UTF-8 text; export the "
                                           "file as UTF-8 (CSV UTF-8 in spreadsheet programs) "
                                           "and try again")
                                .arg(rows + 1));
}

// A record of too many fields is named by its own line, also when its last field ends it.
void tst_CsvReader::tooManyFieldsNameTheirOwnLine()
{
    QString error;
    QVERIFY(
        !readCsv("a\nb\n" + QByteArray(1000, ',') + "\nc\n", QStringLiteral("cis.csv"), &error));
    QVERIFY2(error.startsWith(QLatin1String("cis.csv: line 3: the line has more than 1000")),
             qPrintable(error));
    QVERIFY(readCsv("a\n" + QByteArray(999, ',') + "\n", QStringLiteral("cis.csv"), &error));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
