// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include "io/VCard.h"

#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "analysis/Recovery.h"
#include "document/PlanDocument.h"
#include "io/CmdbImport.h"
#include "io/CmdbMapping.h"
#include "io/CsvReader.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "io/SnowChangeImport.h"
#include "io/SnowIncidentImport.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <cstring>
#include <memory>

namespace Continuity::Fuzz {
namespace {

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

int csv(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const auto table = readCsv(bytes(data, size), QStringLiteral("fuzz.csv"), &error);
    if (table) {
        // Every record has a line at or after the header's, in order.
        int line = table->headerLine;
        for (const CsvRecord &r : table->records) {
            if (r.line < line)
                __builtin_trap();
            line = r.line;
        }
    }
    return 0;
}

int vcard(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<QList<Person>> persons = VCard::read(bytes(data, size), &error);
    if (!persons)
        return 0;
    // What was read writes and reads back to the same persons, in both versions (names and
    // notes as read; a phone number without spaces in 4.0's tel: form).
    for (int version : {3, 4}) {
        const std::optional<QList<Person>> again =
            VCard::read(VCard::write(*persons, version), &error);
        if (!again || again->size() != persons->size())
            __builtin_trap();
        for (qsizetype i = 0; i < persons->size(); ++i) {
            if (again->at(i).name != persons->at(i).name.simplified() ||
                again->at(i).phones.size() != persons->at(i).phones.size())
                __builtin_trap();
        }
    }
    (void)VCard::merge(Plan::empty(), *persons);
    return 0;
}

int cmdbImport(const std::uint8_t *data, std::size_t size)
{
    const QByteArray all = bytes(data, size);
    const qsizetype split = all.indexOf("\n====\n");
    const QByteArray cis = split < 0 ? all : all.left(split + 1);
    const QByteArray rels = split < 0 ? QByteArray("parent,type,child\n") : all.mid(split + 6);
    QString error;
    const auto result =
        importCmdb(Plan::empty(), {QStringLiteral("cis.csv"), cis},
                   {QStringLiteral("rels.csv"), rels}, CmdbMapping::defaults(), &error);
    if (result) {
        // What an import produces is a plan that plan JSON accepts as it is.
        QStringList errors;
        if (result->problems.isEmpty() && !PlanJson::read(PlanJson::write(result->plan), &errors))
            __builtin_trap();
    }
    return 0;
}

int snowIncidents(const std::uint8_t *data, std::size_t size)
{
    static const Plan sample = [] {
        QString error;
        return samplePlan(&error).value_or(Plan::empty());
    }();
    const CmdbFile file{QStringLiteral("incident.csv"), bytes(data, size)};
    QString error;
    const auto result = importSnowIncidents(sample, file, {}, false, &error);
    if (!result || !result->problems.isEmpty())
        return 0;
    QStringList errors;
    if (!PlanJson::read(PlanJson::write(result->plan), &errors))
        __builtin_trap();
    const auto again = importSnowIncidents(result->plan, file, {}, false, &error);
    if (!again || again->added != 0 || again->updated != 0)
        __builtin_trap();
    return 0;
}

int snowChanges(const std::uint8_t *data, std::size_t size)
{
    static const Plan sample = [] {
        QString error;
        return samplePlan(&error).value_or(Plan::empty());
    }();
    const CmdbFile file{QStringLiteral("change_request.csv"), bytes(data, size)};
    const qint64 now = 1796000000000; // a fixed instant: the same input, the same result
    QString error;
    const auto result = importSnowChanges(sample, file, {}, false, now, &error);
    if (!result || !result->problems.isEmpty())
        return 0;
    // What an import produces, plan JSON accepts; importing it again changes nothing.
    QStringList errors;
    if (!PlanJson::read(PlanJson::write(result->plan), &errors))
        __builtin_trap();
    const auto again = importSnowChanges(result->plan, file, {}, false, now, &error);
    if (!again || again->added != 0 || again->updated != 0)
        __builtin_trap();
    return 0;
}

int cmdbMapping(const std::uint8_t *data, std::size_t size)
{
    QStringList errors;
    const auto mapping = CmdbMapping::fromJson(bytes(data, size), &errors);
    if (mapping) {
        const auto again = CmdbMapping::fromJson(mapping->toJson(), &errors);
        if (!again || again->toJson() != mapping->toJson())
            __builtin_trap();
    }
    return 0;
}

int planJson(const std::uint8_t *data, std::size_t size)
{
    QStringList errors;
    const auto plan = PlanJson::read(bytes(data, size), &errors);
    // The big arrays read from the text say what the whole text parsed at once says.
    QStringList wholeErrors;
    const auto whole = PlanJson::read(bytes(data, size), &wholeErrors, PlanJson::Reading::Whole);
    if (plan.has_value() != whole.has_value() || errors != wholeErrors ||
        (plan && PlanJson::write(*plan) != PlanJson::write(*whole)))
        __builtin_trap();
    if (plan) {
        // Whatever is accepted writes out and reads back the same.
        const QByteArray json = PlanJson::write(*plan);
        const auto again = PlanJson::read(json, &errors);
        if (!again || PlanJson::write(*again) != json)
            __builtin_trap();
    }
    return 0;
}

namespace {

// The plan file every input starts from (the sample plan), and its tables with their key
// columns, made once per process.
struct PlanFileSeed
{
    QTemporaryDir dir{QDir(QStringLiteral("/dev/shm")).exists()
                          ? QStringLiteral("/dev/shm/continuity-fuzz-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/continuity-fuzz-XXXXXX")};
    QByteArray bytes;
    struct Table
    {
        QString name;
        QStringList columns;
        QStringList keys; // primary key columns, or "rowid"
    };
    QList<Table> tables;

    PlanFileSeed()
    {
        const QString path = dir.filePath(QStringLiteral("seed.continuity"));
        const std::optional<Plan> sample = samplePlan(nullptr);
        if (!sample)
            __builtin_trap();
        {
            QString error;
            auto doc = PlanDocument::create(path, *sample, &error);
            if (!doc)
                __builtin_trap();
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            __builtin_trap();
        bytes = f.readAll();
        const QString name = QStringLiteral("fuzz-seed");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite_%' ORDER BY name"));
            while (q.next())
                tables.append({q.value(0).toString(), {}, {}});
            for (Table &t : tables) {
                QSqlQuery info(db);
                info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t.name));
                while (info.next()) {
                    t.columns.append(info.value(1).toString());
                    if (info.value(5).toInt() > 0)
                        t.keys.append(info.value(1).toString());
                }
                if (t.keys.isEmpty())
                    t.keys = {QStringLiteral("rowid")};
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

PlanFileSeed &planFileSeed()
{
    static PlanFileSeed seed;
    return seed;
}

// Reads from the fuzzer's bytes; zeros once they run out.
class Bytes
{
public:
    Bytes(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}
    bool atEnd() const { return m_at >= m_size; }
    std::uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    QByteArray take(std::size_t n)
    {
        n = std::min(n, m_size - std::min(m_at, m_size));
        QByteArray out(reinterpret_cast<const char *>(m_data + m_at), qsizetype(n));
        m_at += n;
        return out;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

} // namespace

int planFile(const std::uint8_t *data, std::size_t size)
{
    PlanFileSeed &seed = planFileSeed();
    const QString path = seed.dir.filePath(QStringLiteral("input.continuity"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(seed.bytes) != seed.bytes.size())
            __builtin_trap();
    }
    // Up to 16 changes, each: table, column, row, what to write.
    const QString connection = QStringLiteral("fuzz-input");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        Bytes in(data, size);
        for (int change = 0; change < 16 && !in.atEnd(); ++change) {
            const auto &table = seed.tables.at(in.byte() % seed.tables.size());
            const QString column = table.columns.at(in.byte() % table.columns.size());
            const int row = in.byte();
            const int kind = in.byte() % 8;
            const QString keys = table.keys.join(u',');
            const QString where = QStringLiteral(" WHERE (%1) IN (SELECT %1 FROM \"%2\" LIMIT 1 "
                                                 "OFFSET %3)")
                                      .arg(keys, table.name)
                                      .arg(row % 64);
            QVariant value;
            switch (kind) {
            case 0:
                value = QVariant(); // NULL
                break;
            case 1: {
                qint64 v = 0;
                const QByteArray b = in.take(8);
                std::memcpy(&v, b.constData(), std::size_t(b.size()));
                value = v;
                break;
            }
            case 2: {
                double v = 0;
                const QByteArray b = in.take(8);
                std::memcpy(&v, b.constData(), std::size_t(b.size()));
                value = v;
                break;
            }
            case 3:
                value = QString::fromUtf8(in.take(in.byte()));
                break;
            case 4:
                value = in.take(in.byte()); // a blob
                break;
            case 5:
                // A long text: the bounds must hold it off without trouble.
                value = QString(in.byte() * 1000 + 1, QLatin1Char('x'));
                break;
            case 6:
                q.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table.name) + where);
                continue;
            default:
                // Small integers: the interesting edges of ranges and indexes.
                value = qint64(std::int8_t(in.byte()));
                break;
            }
            q.prepare(
                QStringLiteral("UPDATE OR IGNORE \"%1\" SET \"%2\" = ?").arg(table.name, column) +
                where);
            q.addBindValue(value);
            q.exec();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    QString error;
    std::unique_ptr<PlanDocument> doc = PlanDocument::open(path, &error);
    if (!doc) {
        if (error.isEmpty())
            __builtin_trap(); // refused without a word
        return 0;
    }
    // What opens is a plan: its own JSON export reads back as the same plan, and the analyses
    // run on it.
    const Plan &plan = doc->plan();
    QStringList errors;
    const std::optional<Plan> back = PlanJson::read(PlanJson::write(plan), &errors);
    if (!back)
        __builtin_trap();
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    (void)checkPlan(graph, plan);
    if (graph.nodeCount() > 0)
        (void)runRecovery(graph, {0});
    return 0;
}

} // namespace Continuity::Fuzz
