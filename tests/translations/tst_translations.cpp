// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9: the shipped translations are complete and in step with the sources. The build runs
// lupdate first (translations/CMakeLists.txt), so a new string shows up here as unfinished and
// a removed one as vanished until the .ts files are brought up to date. Every translation keeps
// the placeholders of its source (%1, %n, ...), so no message loses a number or a name.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
};

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                out.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            current.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

} // namespace

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms"); // plural forms of the language
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("German") << QStringLiteral("continuity_de.ts") << 2 << false;
    QTest::newRow("French") << QStringLiteral("continuity_fr.ts") << 2 << false;
    QTest::newRow("English plurals") << QStringLiteral("continuity_en.ts") << 2 << true;
}

void tst_Translations::complete()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    QFETCH(bool, pluralOnly);
    QString language;
    QString error;
    const QList<Message> messages =
        readTs(QStringLiteral(CONTINUITY_TRANSLATIONS_DIR "/") + file, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > (pluralOnly ? 5 : 1000));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where =
            m.context + QStringLiteral(": \"") + m.source.left(60) + QStringLiteral("\"");
        if (m.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("unfinished: ") + where);
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems.append(QStringLiteral("stale (no longer in the sources): ") + where);
        if (pluralOnly && !m.numerus)
            problems.append(QStringLiteral("not a plural form: ") + where);
        if (m.numerus && m.forms.size() != forms)
            problems.append(
                QStringLiteral("%1 plural forms instead of %2: ").arg(m.forms.size()).arg(forms) +
                where);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems.append(QStringLiteral("empty: ") + where);
                continue;
            }
            QSet<QString> wanted = placeholders(m.source);
            QSet<QString> got = placeholders(form);
            // A singular form may say "one" instead of %n.
            if (m.numerus && &form == &m.forms.constFirst()) {
                wanted.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (wanted != got)
                problems.append(QStringLiteral("placeholders differ in \"%1\": ").arg(form) +
                                where);
        }
    }
    if (problems.size() > 40) {
        const qsizetype more = problems.size() - 40;
        problems = problems.mid(0, 40);
        problems.append(QStringLiteral("... and %1 more").arg(more));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
