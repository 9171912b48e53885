// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as exported in practice (PRODUCT §7), and clear refusals naming file and line.
#include "io/CsvReader.h"

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
}

void tst_CsvReader::refuses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!readCsv(csv, QStringLiteral("cis.csv"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
