// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPlan.h"

#include "PgConnection.h"
#include "PushBack.h"

#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include "domain/Plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace Continuity::Server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Server)
};

// The schema comment that marks a schema as a Continuity plan and says its format.
const QLatin1String PlanMarker("Continuity plan, format ");

// A table of the plan format as the plan file defines it.
struct Table
{
    QString name;
    QString sql; // SQLite's CREATE TABLE
    QStringList columns;
    QStringList types; // SQLite's declared types: INTEGER, REAL, TEXT
    QStringList references;
    // Its foreign keys as PostgreSQL's ALTER TABLE … ADD FOREIGN KEY, added once the rows are in
    // (one check of all rows, rather than one per row as they are copied).
    QStringList foreignKeys;
    bool hasKeyColumn = false; // key INTEGER PRIMARY KEY: numbered by the store
    QStringList primaryKey;    // its columns, in the key's order
};

QString quoted(const QString &name)
{
    // Names from the plan format's own schema, never input.
    return QLatin1Char('"') + name + QLatin1Char('"');
}

bool sqliteRows(const QSqlDatabase &db, const QString &sql, QList<QVariantList> *rows,
                QString *errorMessage)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *errorMessage = query.lastError().text();
        return false;
    }
    rows->clear();
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        rows->append(row);
    }
    return true;
}

// The plan format's tables, each after the tables it refers to, and its secondary indexes.
bool readSchema(const QSqlDatabase &db, QList<Table> *tables, QStringList *indexes,
                QString *errorMessage)
{
    QList<QVariantList> rows;
    if (!sqliteRows(db,
                    QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name"),
                    &rows, errorMessage))
        return false;
    QList<Table> unordered;
    for (const QVariantList &row : std::as_const(rows)) {
        Table table;
        table.name = row.at(0).toString();
        table.sql = row.at(1).toString();
        QList<QVariantList> columns;
        if (!sqliteRows(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table.name)),
                        &columns, errorMessage))
            return false;
        QMap<int, QString> keyColumns;
        for (const QVariantList &column : std::as_const(columns)) {
            if (column.at(5).toInt() > 0)
                keyColumns.insert(column.at(5).toInt(), column.at(1).toString());
            table.columns.append(column.at(1).toString());
            table.types.append(column.at(2).toString().toUpper());
            if (column.at(1).toString() == QLatin1String("key") && column.at(5).toInt() == 1 &&
                column.at(2).toString().toUpper() == QLatin1String("INTEGER"))
                table.hasKeyColumn = true;
        }
        table.primaryKey = keyColumns.values();
        QList<QVariantList> keys;
        if (!sqliteRows(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table.name)),
                        &keys, errorMessage))
            return false;
        // id, seq, table, from, to, on_update, on_delete, match: one row per column of a key.
        QMap<int, QList<QVariantList>> byId;
        for (const QVariantList &key : std::as_const(keys)) {
            if (key.at(2).toString() != table.name)
                table.references.append(key.at(2).toString());
            byId[key.at(0).toInt()].append(key);
        }
        for (const QList<QVariantList> &columns : std::as_const(byId)) {
            QStringList from;
            QStringList to;
            for (const QVariantList &c : columns) {
                from.append(quoted(c.at(3).toString()));
                to.append(quoted(c.at(4).toString()));
            }
            const QVariantList &first = columns.first();
            table.foreignKeys.append(
                QStringLiteral(
                    "ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3 (%4) ON UPDATE %5 "
                    "ON DELETE %6 DEFERRABLE")
                    .arg(quoted(table.name), from.join(QStringLiteral(", ")),
                         quoted(first.at(2).toString()), to.join(QStringLiteral(", ")),
                         first.at(5).toString(), first.at(6).toString()));
        }
        unordered.append(table);
    }
    QStringList placed;
    while (!unordered.isEmpty()) {
        const qsizetype before = unordered.size();
        for (qsizetype i = 0; i < unordered.size();) {
            const Table &table = unordered.at(i);
            const bool ready = std::all_of(table.references.cbegin(), table.references.cend(),
                                           [&](const QString &r) { return placed.contains(r); });
            if (ready) {
                placed.append(table.name);
                tables->append(unordered.takeAt(i));
            } else {
                ++i;
            }
        }
        if (unordered.size() == before) {
            *errorMessage = Tr::tr("The plan format's tables refer to each other in a circle");
            return false;
        }
    }
    if (!sqliteRows(db,
                    QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS "
                                   "NOT NULL ORDER BY name"),
                    &rows, errorMessage))
        return false;
    for (const QVariantList &row : std::as_const(rows))
        indexes->append(row.at(0).toString());
    return true;
}

// Words PostgreSQL reserves that the plan format uses as column names ("user", "freeze"),
// quoted wherever they stand as a name in `sql` (outside quotes and string literals).
QString quoteReserved(const QString &sql, const QSet<QString> &reserved)
{
    QString out;
    out.reserve(sql.size() + 16);
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar ch = sql.at(i);
        if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            const qsizetype end = sql.indexOf(ch, i + 1);
            const qsizetype stop = end < 0 ? sql.size() : end + 1;
            out += QStringView(sql).mid(i, stop - i);
            i = stop;
        } else if (ch.isLetter() || ch == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < sql.size() &&
                   (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
                ++j;
            const QString word = sql.mid(i, j - i);
            out += reserved.contains(word) ? quoted(word) : word;
            i = j;
        } else {
            out += ch;
            ++i;
        }
    }
    return out;
}

// SQLite's CREATE TABLE as PostgreSQL's: the same columns, checks and keys; SQLite's types
// as PostgreSQL's, a plan's row key numbered by an identity column.
QString postgresTable(const Table &table, const QSet<QString> &reserved)
{
    QString sql = table.sql;
    sql.replace(QRegularExpression(QStringLiteral("\\bkey INTEGER PRIMARY KEY\\b")),
                QStringLiteral("key bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    // The foreign keys, inline or of the table, come after the rows (Table::foreignKeys).
    sql.replace(
        QRegularExpression(QStringLiteral(
            "(?:,\\s*FOREIGN KEY\\s*\\([^)]*\\))?\\s*REFERENCES \\w+\\([^)]*\\)(?:\\s+ON\\s+"
            "(?:DELETE|UPDATE)\\s+(?:CASCADE|SET NULL|RESTRICT|NO ACTION|SET DEFAULT))*")),
        QString());
    sql.replace(QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("bigint"));
    sql.replace(QRegularExpression(QStringLiteral("\\bREAL\\b")),
                QStringLiteral("double precision"));
    sql.replace(QRegularExpression(QStringLiteral("\\bTEXT\\b")), QStringLiteral("text"));
    sql.replace(QRegularExpression(QStringLiteral("\\)\\s*WITHOUT ROWID\\s*$")),
                QStringLiteral(")"));
    return quoteReserved(sql, reserved);
}

// The plan format's column names that PostgreSQL reserves (its own list, asked of the server).
bool reservedColumns(PgConnection &c, const QList<Table> &tables, QSet<QString> *reserved,
                     QString *errorMessage)
{
    QList<PgConnection::Row> rows;
    if (!c.query(QStringLiteral("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')"),
                 &rows, errorMessage))
        return false;
    QSet<QString> words;
    for (const PgConnection::Row &row : std::as_const(rows))
        words.insert(row.value(0).value_or(QString()));
    for (const Table &table : tables) {
        for (const QString &column : table.columns) {
            if (words.contains(column))
                reserved->insert(column);
        }
    }
    return true;
}

QString columnList(const QStringList &columns)
{
    QStringList names;
    for (const QString &c : columns)
        names.append(quoted(c));
    return names.join(QStringLiteral(", "));
}

QString accessWord(Access access)
{
    switch (access) {
    case Access::Viewer:
        return QStringLiteral("viewer");
    case Access::Planner:
        return QStringLiteral("planner");
    case Access::Approver:
        return QStringLiteral("approver");
    case Access::Owner:
        return QStringLiteral("owner");
    }
    return QString();
}

// Statements after the rows are in: who changed a row and when, the audit trail kept as it is
// written, the roles and their grants.
QStringList finishingStatements(PgConnection &c, const QString &schema, const QList<Table> &tables,
                                const QString &database, const QString &plan)
{
    const QString s = c.quoteIdentifier(schema);
    QStringList statements;
    // Concurrency (docs/team-server.md): writers take turns (the lock the audit trail's append
    // takes too), each write a number from cty_seq in the order they commit, and every row
    // written is logged in cty_log by table, key, write and client. A writer says what it has
    // seen (cty.basis: the last write it read, or its own write for an undo); a row that another
    // client wrote after that is refused, naming who and when. A writer that does not say (psql)
    // takes its turn and number at its first row and is logged the same. A whole-plan write
    // (cty.bulk) is checked once, before it starts, and logged as one entry.
    statements << QStringLiteral("CREATE SEQUENCE cty_seq")
               << QStringLiteral("CREATE TABLE cty_log (seq bigint NOT NULL, tbl text NOT NULL, "
                                 "key text NOT NULL, op \"char\" NOT NULL, client text NOT NULL, "
                                 "who text NOT NULL DEFAULT session_user, at timestamptz NOT NULL "
                                 "DEFAULT now())")
               << QStringLiteral("CREATE INDEX cty_log_row ON cty_log (tbl, key, seq)")
               << QStringLiteral("CREATE INDEX cty_log_seq ON cty_log (seq)");
    statements << QStringLiteral(
                      "CREATE FUNCTION cty_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
                      "DECLARE n bigint; basis bigint; me text; k text; r jsonb; hit record; "
                      "BEGIN "
                      "me := coalesce(current_setting('cty.client', true), ''); "
                      "n := nullif(current_setting('cty.seq', true), '')::bigint; "
                      "IF n IS NULL THEN "
                      "PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.audit')); "
                      "n := nextval('%1.cty_seq'); PERFORM set_config('cty.seq', n::text, true); "
                      "END IF; "
                      "IF TG_TABLE_NAME <> 'audit' AND coalesce(current_setting('cty.bulk', "
                      "true), '') <> 'on' THEN "
                      "IF TG_OP = 'INSERT' THEN r := to_jsonb(NEW); ELSE r := to_jsonb(OLD); "
                      "END IF; "
                      "SELECT string_agg(r ->> a.c, '/' ORDER BY a.i) INTO k FROM "
                      "unnest(TG_ARGV) WITH ORDINALITY AS a(c, i); "
                      "basis := nullif(current_setting('cty.basis', true), '')::bigint; "
                      "IF basis IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.cty_seq > basis) THEN "
                      "SELECT l.who, l.at INTO hit FROM %1.cty_log l WHERE l.tbl = "
                      "TG_TABLE_NAME AND l.key = k AND l.seq > basis AND l.client <> me "
                      "ORDER BY l.seq DESC LIMIT 1; "
                      "IF FOUND THEN RAISE EXCEPTION USING ERRCODE = 'CY001', MESSAGE = "
                      "format('cty-conflict|%s|%s|%s|', hit.who, to_char(hit.at AT TIME ZONE "
                      "'UTC', 'YYYY-MM-DD HH24:MI:SS'), TG_TABLE_NAME); END IF; "
                      "END IF; "
                      "INSERT INTO %1.cty_log (seq, tbl, key, op, client) VALUES (n, "
                      "TG_TABLE_NAME, k, left(TG_OP, 1), me); "
                      "END IF; "
                      "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
                      "IF TG_OP = 'UPDATE' THEN NEW.cty_revision := OLD.cty_revision + 1; "
                      "ELSE NEW.cty_revision := 1; END IF; "
                      "NEW.cty_seq := n; NEW.cty_client := me; "
                      "NEW.cty_changed_by := session_user; NEW.cty_changed_at := now(); "
                      "RETURN NEW; END $$")
                      .arg(s);
    // Approvals are the approver's (product/15-team-server.md "Who may do what"): a row that
    // names who approved something (a runbook, a BIA review, a CAB decision, an accepted risk)
    // may be given a new approval only by a member of the plan's approver role. Taking one back
    // is a planner's; an approval deleted and written again in one transaction (PlanSql replaces
    // some rows so, an import replaces them all, an undo puts one back) is no new approval.
    // Arguments: the approval's columns, the first of them who approved.
    statements << QStringLiteral(
                      "CREATE FUNCTION cty_approval() RETURNS trigger LANGUAGE plpgsql AS $$ "
                      "DECLARE was text; now text; "
                      "BEGIN "
                      "IF TG_OP <> 'INSERT' THEN was := (SELECT jsonb_agg(to_jsonb(OLD) -> a.c "
                      "ORDER BY a.i) FROM unnest(TG_ARGV) WITH ORDINALITY AS a(c, i))::text; "
                      "END IF; "
                      "IF TG_OP = 'DELETE' THEN "
                      "IF coalesce(to_jsonb(OLD) ->> TG_ARGV[0], '') <> '' THEN "
                      "PERFORM set_config('cty.was_' || md5(TG_TABLE_NAME || was), 'y', true); "
                      "END IF; RETURN OLD; END IF; "
                      "IF coalesce(to_jsonb(NEW) ->> TG_ARGV[0], '') = '' THEN RETURN NEW; END IF; "
                      "now := (SELECT jsonb_agg(to_jsonb(NEW) -> a.c ORDER BY a.i) FROM "
                      "unnest(TG_ARGV) WITH ORDINALITY AS a(c, i))::text; "
                      "IF now IS NOT DISTINCT FROM was OR coalesce(current_setting('cty.was_' || "
                      "md5(TG_TABLE_NAME || now), true), '') = 'y' OR pg_has_role(session_user, "
                      "'%1', 'MEMBER') THEN RETURN NEW; END IF; "
                      "RAISE EXCEPTION USING ERRCODE = 'CY002', MESSAGE = "
                      "format('cty-approval|%s|%s|%s|', session_user, '%1', TG_TABLE_NAME); "
                      "END $$")
                      .arg(roleName(database, plan, Access::Approver));
    // SQLite numbers a row whose key is given as NULL; PostgreSQL's identity column only one
    // whose key is left out.
    statements << QStringLiteral(
        "CREATE FUNCTION cty_number_key() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.key IS NULL THEN NEW.key := nextval(pg_get_serial_sequence(quote_ident("
        "TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'key')); END IF; RETURN NEW; "
        "END $$");
    // Live updates: a statement that changes a table tells the plan's channel which table, once
    // it commits (several alike in one transaction arrive as one).
    statements << QStringLiteral(
        "CREATE FUNCTION cty_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_notify('cty_' || TG_TABLE_SCHEMA, TG_TABLE_NAME); RETURN NULL; END $$");
    statements << QStringLiteral(
        "CREATE FUNCTION cty_audit_is_history() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'audit records are never changed or deleted'; END $$");
    for (const Table &table : tables) {
        QStringList keyNames;
        for (const QString &column : table.primaryKey)
            keyNames.append(QLatin1Char('\'') + column + QLatin1Char('\''));
        statements << QStringLiteral("CREATE TRIGGER cty_row_changed BEFORE INSERT OR UPDATE OR "
                                     "DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                     "cty_row_changed(%2)")
                          .arg(quoted(table.name), keyNames.join(QStringLiteral(", ")));
        statements << QStringLiteral(
                          "CREATE TRIGGER cty_notify AFTER INSERT OR UPDATE OR DELETE OR "
                          "TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION "
                          "cty_notify()")
                          .arg(quoted(table.name));
        if (table.hasKeyColumn) {
            statements << QStringLiteral("CREATE TRIGGER cty_number_key BEFORE INSERT ON %1 FOR "
                                         "EACH ROW EXECUTE FUNCTION cty_number_key()")
                              .arg(quoted(table.name));
            statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1.%2', 'key'), "
                                         "max(key)) FROM %2 HAVING max(key) IS NOT NULL")
                              .arg(s, quoted(table.name));
        }
    }
    const QList<QStringList> approvals = {
        {QStringLiteral("runbooks"), QStringLiteral("approved_by"), QStringLiteral("approved_at"),
         QStringLiteral("status"), QStringLiteral("approval_note")},
        {QStringLiteral("processes"), QStringLiteral("reviewed_by"), QStringLiteral("reviewed_on")},
        {QStringLiteral("change_cab"), QStringLiteral("decision"), QStringLiteral("decided_on"),
         QStringLiteral("conditions")},
        {QStringLiteral("risk_exceptions"), QStringLiteral("accepted_by"),
         QStringLiteral("accepted_on"), QStringLiteral("expires")},
    };
    for (const QStringList &approval : approvals) {
        QStringList arguments;
        for (const QString &column : approval.mid(1))
            arguments.append(QLatin1Char('\'') + column + QLatin1Char('\''));
        statements << QStringLiteral("CREATE TRIGGER cty_approval BEFORE INSERT OR UPDATE OR "
                                     "DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                     "cty_approval(%2)")
                          .arg(quoted(approval.first()), arguments.join(QStringLiteral(", ")));
    }
    statements << QStringLiteral("CREATE TRIGGER cty_audit_is_history BEFORE UPDATE OR DELETE ON "
                                 "audit FOR EACH ROW EXECUTE FUNCTION cty_audit_is_history()")
               << QStringLiteral("CREATE TRIGGER cty_audit_not_truncated BEFORE TRUNCATE ON audit "
                                 "FOR EACH STATEMENT EXECUTE FUNCTION cty_audit_is_history()");
    const QString viewer = c.quoteIdentifier(roleName(database, plan, Access::Viewer));
    const QString planner = c.quoteIdentifier(roleName(database, plan, Access::Planner));
    const QString approver = c.quoteIdentifier(roleName(database, plan, Access::Approver));
    const QString owner = c.quoteIdentifier(roleName(database, plan, Access::Owner));
    statements << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, viewer)
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, viewer)
               << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
                      .arg(s, planner)
               << QStringLiteral("REVOKE UPDATE, DELETE ON audit FROM %1").arg(planner)
               << QStringLiteral("REVOKE UPDATE, DELETE ON cty_log FROM %1").arg(planner)
               << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(s, planner)
               << QStringLiteral("GRANT %1 TO %2").arg(viewer, planner)
               << QStringLiteral("GRANT %1 TO %2").arg(planner, approver)
               << QStringLiteral("GRANT %1 TO %2").arg(approver, owner)
               << QStringLiteral("GRANT %1, %2, %3 TO %4 WITH ADMIN OPTION")
                      .arg(viewer, planner, approver, owner)
               << QStringLiteral("GRANT %1 TO SESSION_USER").arg(owner)
               << QStringLiteral("COMMENT ON SCHEMA %1 IS '%2%3'")
                      .arg(s, PlanMarker)
                      .arg(PlanFile::currentSchemaVersion());
    return statements;
}

// A value of a plan file's row as COPY text.
void appendValue(QByteArray *line, const QVariant &value, bool *ok)
{
    if (value.isNull()) {
        line->append("\\N");
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        line->append(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            *ok = false;
            return;
        }
        line->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QMetaType::QString:
        appendCopyText(line, value.toString().toUtf8());
        return;
    default:
        *ok = false;
    }
}

bool rollbackWith(PgConnection &c, QString *errorMessage, const QString &message)
{
    QString ignored;
    c.exec(QStringLiteral("ROLLBACK"), &ignored);
    *errorMessage = message;
    return false;
}

} // namespace

bool checkNames(const QString &database, const QString &plan, QString *errorMessage)
{
    static const QRegularExpression simple(QStringLiteral("^[a-z0-9_]+$"));
    if (!ServerUrl::isValidPlanName(plan)) {
        *errorMessage = Tr::tr("\"%1\" cannot name a plan on a server: a plan's name is a "
                               "lower-case letter followed by up to 23 lower-case letters, digits "
                               "or underscores")
                            .arg(plan);
        return false;
    }
    if (plan == QLatin1String("public") || plan == QLatin1String("information_schema") ||
        plan.startsWith(QLatin1String("pg_"))) {
        *errorMessage = Tr::tr("\"%1\" is a name PostgreSQL keeps for itself; choose another "
                               "name for the plan")
                            .arg(plan);
        return false;
    }
    if (!simple.match(database).hasMatch() ||
        roleName(database, plan, Access::Approver).size() > 63) {
        *errorMessage = Tr::tr("The database \"%1\" cannot hold Continuity plans: its name becomes "
                               "part of the plans' role names, so it must be lower-case letters, "
                               "digits and underscores, and with the plan's name at most 48 of "
                               "them")
                            .arg(database);
        return false;
    }
    return true;
}

QString roleName(const QString &database, const QString &plan, Access access)
{
    return QStringLiteral("cty_%1_%2_%3").arg(database, plan, accessWord(access));
}

bool listPlans(PgConnection &connection, QList<PlanEntry> *plans, QString *errorMessage)
{
    QList<PgConnection::Row> rows;
    if (!connection.query(
            QStringLiteral("SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace "
                           "WHERE obj_description(oid, 'pg_namespace') LIKE $1 AND "
                           "has_schema_privilege(oid, 'USAGE') ORDER BY nspname"),
            &rows, errorMessage, {PlanMarker + QLatin1Char('%')}))
        return false;
    plans->clear();
    for (const PgConnection::Row &row : std::as_const(rows)) {
        PlanEntry entry;
        entry.name = row.value(0).value_or(QString());
        entry.format = row.value(1).value_or(QString()).mid(PlanMarker.size()).toInt();
        plans->append(entry);
    }
    return true;
}

bool planExists(PgConnection &connection, const QString &plan, bool *exists, QString *errorMessage)
{
    std::optional<QString> found;
    if (!connection.value(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = $1"), &found,
                          errorMessage, {plan}))
        return false;
    *exists = found.has_value();
    return true;
}

bool push(const QString &path, PgConnection &c, const QString &plan, const Progress &progress,
          QString *errorMessage)
{
    const QString database = c.databaseName();
    if (!checkNames(database, plan, errorMessage))
        return false;
    QString error;
    std::unique_ptr<PlanFile> file = PlanFile::open(path, OpenMode::ReadOnly, &error);
    if (!file) {
        *errorMessage = error;
        return false;
    }
    const QSqlDatabase db = file->database();
    Plan content;
    if (!PlanSql(db).load(&content, &error)) {
        *errorMessage = error;
        return false;
    }
    const Audit::Verification trail = Audit::verify(db);
    if (!trail.ok) {
        *errorMessage = Tr::tr("%1 is not pushed: its audit trail does not hold at record %2 (%3)")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(trail.brokenSeq)
                            .arg(trail.problem);
        return false;
    }
    QList<Table> tables;
    QStringList indexes;
    if (!readSchema(db, &tables, &indexes, &error)) {
        *errorMessage = Tr::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    // Everything below in one transaction of the server's: all of the plan or nothing.
    if (!c.exec(QStringLiteral("BEGIN"), errorMessage))
        return false;
    bool exists = false;
    if (!planExists(c, plan, &exists, &error))
        return rollbackWith(c, errorMessage, error);
    if (exists) {
        return rollbackWith(c, errorMessage,
                            Tr::tr("The server already has a plan (or schema) named \"%1\"; "
                                   "nothing was pushed. Pull it, or push under another name.")
                                .arg(plan));
    }
    auto fail = [&](const QString &what) {
        return rollbackWith(c, errorMessage,
                            Tr::tr("The plan could not be pushed: %1 (nothing was written to the "
                                   "server)")
                                .arg(what));
    };
    const QString schema = c.quoteIdentifier(plan);
    if (!c.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema), &error) ||
        !c.exec(QStringLiteral("SET LOCAL search_path TO %1").arg(schema), &error))
        return fail(error);
    // The roles, where a plan of this name had them before (a plan removed), are used again.
    for (Access access : {Access::Viewer, Access::Planner, Access::Approver, Access::Owner}) {
        const QString role = roleName(database, plan, access);
        std::optional<QString> found;
        if (!c.value(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), &found, &error,
                     {role}))
            return fail(error);
        if (!found &&
            !c.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(c.quoteIdentifier(role)), &error))
            return fail(error);
    }
    QSet<QString> reserved;
    if (!reservedColumns(c, tables, &reserved, &error))
        return fail(error);
    qint64 total = 0;
    for (const Table &table : std::as_const(tables)) {
        QList<QVariantList> count;
        if (!sqliteRows(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name)),
                        &count, &error))
            return fail(error);
        total += count.value(0).value(0).toLongLong();
        if (!c.exec(postgresTable(table, reserved), &error))
            return fail(Tr::tr("table %1: %2").arg(table.name, error));
        if (!c.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN cty_revision bigint NOT NULL "
                                   "DEFAULT 1, ADD COLUMN cty_changed_by text NOT NULL DEFAULT "
                                   "SESSION_USER, ADD COLUMN cty_changed_at timestamptz NOT NULL "
                                   "DEFAULT now(), ADD COLUMN cty_seq bigint NOT NULL DEFAULT 0, "
                                   "ADD COLUMN cty_client text NOT NULL DEFAULT ''")
                        .arg(quoted(table.name)),
                    &error))
            return fail(error);
    }
    qint64 done = 0;
    if (progress)
        progress(0, total);
    for (const Table &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        // A file pulled from a server remembers where from (PushBack.h): that is the file's,
        // not the plan's.
        const QString where = table.name == QLatin1String("plan_info")
                                  ? QStringLiteral(" WHERE key NOT LIKE 'server\\_%' ESCAPE '\\'")
                                  : QString();
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2%3")
                           .arg(columnList(table.columns), quoted(table.name), where))) {
            return fail(rows.lastError().text());
        }
        const int columns = int(table.columns.size());
        auto next = [&](QByteArray *chunk, QString *problem) {
            while (chunk->size() < (1 << 20)) {
                if (!rows.next())
                    return false;
                bool ok = true;
                for (int i = 0; i < columns; ++i) {
                    if (i)
                        chunk->append('\t');
                    appendValue(chunk, rows.value(i), &ok);
                }
                if (!ok) {
                    *problem = Tr::tr("table %1 holds a value the plan format does not allow")
                                   .arg(table.name);
                    return false;
                }
                chunk->append('\n');
                ++done;
                if (progress && done % 65536 == 0)
                    progress(done, total);
            }
            return true;
        };
        if (!c.copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN")
                          .arg(quoted(table.name), columnList(table.columns)),
                      next, &error))
            return fail(Tr::tr("table %1: %2").arg(table.name, error));
    }
    for (const QString &index : std::as_const(indexes)) {
        if (!c.exec(quoteReserved(index, reserved), &error))
            return fail(error);
    }
    // Foreign keys checked at the commit when a whole plan is written (PlanSql::beginBulk).
    for (const Table &table : std::as_const(tables)) {
        for (const QString &key : table.foreignKeys) {
            if (!c.exec(quoteReserved(key, reserved), &error))
                return fail(error);
        }
    }
    for (const QString &statement : finishingStatements(c, plan, tables, database, plan)) {
        if (!c.exec(statement, &error))
            return fail(error);
    }
    if (!c.exec(QStringLiteral("COMMIT"), &error))
        return fail(error);
    if (progress)
        progress(total, total);
    return true;
}

bool init(PgConnection &connection, const QString &plan, QString *errorMessage)
{
    if (!checkNames(connection.databaseName(), plan, errorMessage))
        return false;
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *errorMessage = Tr::tr("No room for a temporary plan: %1").arg(scratch.errorString());
        return false;
    }
    const QString path = scratch.filePath(QStringLiteral("new.continuity"));
    if (!PlanDocument::create(path, Plan::empty(plan), errorMessage))
        return false;
    return push(path, connection, plan, {}, errorMessage);
}

bool pull(PgConnection &c, const QString &plan, const QString &path, const Progress &progress,
          QString *errorMessage, const QString &originUrl)
{
    QString error;
    if (!ServerUrl::isValidPlanName(plan)) {
        return checkNames(c.databaseName(), plan, errorMessage);
    }
    if (!c.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), errorMessage))
        return false;
    auto endRead = qScopeGuard([&] {
        QString ignored;
        c.exec(QStringLiteral("ROLLBACK"), &ignored);
    });
    std::optional<QString> marker;
    if (!c.value(QStringLiteral("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace "
                                "WHERE nspname = $1"),
                 &marker, errorMessage, {plan}))
        return false;
    if (!marker || !marker->startsWith(PlanMarker)) {
        *errorMessage = Tr::tr("The server has no plan named \"%1\"").arg(plan);
        return false;
    }
    const int format = marker->mid(PlanMarker.size()).toInt();
    if (format != PlanFile::currentSchemaVersion()) {
        *errorMessage = Tr::tr("Plan \"%1\" on the server is in plan format %2; this Continuity "
                               "reads format %3. Use the Continuity that pushed it.")
                            .arg(plan)
                            .arg(format)
                            .arg(PlanFile::currentSchemaVersion());
        return false;
    }
    std::optional<QString> mayRead;
    if (!c.value(QStringLiteral("SELECT has_schema_privilege($1, 'USAGE')::text"), &mayRead,
                 errorMessage, {plan}))
        return false;
    if (mayRead != QLatin1String("true")) {
        *errorMessage = Tr::tr("%1 may not read plan \"%2\": ask its owner for the role %3")
                            .arg(c.user(), plan, roleName(c.databaseName(), plan, Access::Viewer));
        return false;
    }

    std::unique_ptr<PlanFile> file = PlanFile::create(path, errorMessage);
    if (!file)
        return false;
    const QString absolute = file->path();
    auto removeFile = qScopeGuard([&] {
        file.reset();
        QFile::remove(absolute);
        QFile::remove(absolute + QStringLiteral("-journal"));
    });
    const QSqlDatabase db = file->database();
    QList<Table> tables;
    QStringList indexes;
    if (!readSchema(db, &tables, &indexes, errorMessage))
        return false;
    PlanSql sql(db);
    if (!sql.beginBulk(errorMessage))
        return false;
    auto fail = [&](const QString &what) {
        sql.rollback();
        *errorMessage = Tr::tr("Plan \"%1\" could not be pulled: %2").arg(plan, what);
        return false;
    };
    if (!sql.clearContent(&error))
        return fail(error);
    const QString schema = c.quoteIdentifier(plan);
    qint64 total = 0;
    for (const Table &table : std::as_const(tables)) {
        std::optional<QString> count;
        if (!c.value(QStringLiteral("SELECT count(*) FROM %1.%2").arg(schema, quoted(table.name)),
                     &count, &error))
            return fail(error);
        total += count.value_or(QString()).toLongLong();
    }
    qint64 done = 0;
    if (progress)
        progress(0, total);
    for (const Table &table : std::as_const(tables)) {
        QStringList marks;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        const QString insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(quoted(table.name), columnList(table.columns),
                                           marks.join(QStringLiteral(", ")));
        // Rows through SQLite's own interface where the driver's SQLite is the one linked here
        // (as PlanSql's bulk writes), else through QtSql.
        sqlite3 *native = PlanSql::nativeConnection(db);
        sqlite3_stmt *statement = nullptr;
        const auto finalize = qScopeGuard([&] { sqlite3_finalize(statement); });
        QSqlQuery insert(db);
        if (native ? sqlite3_prepare_v2(native, insertSql.toUtf8().constData(), -1, &statement,
                                        nullptr) != SQLITE_OK
                   : !insert.prepare(insertSql))
            return fail(native ? QString::fromUtf8(sqlite3_errmsg(native))
                               : insert.lastError().text());
        QList<std::optional<QByteArray>> fields;
        auto line = [&](const QByteArray &text, QString *problem) {
            if (!parseCopyLine(text, &fields) || fields.size() != table.columns.size()) {
                *problem = Tr::tr("table %1 sent a row Continuity cannot read").arg(table.name);
                return false;
            }
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const std::optional<QByteArray> &field = fields.at(i);
                const QString &type = table.types.at(i);
                const int column = int(i) + 1;
                bool ok = true;
                if (!field) {
                    if (native)
                        sqlite3_bind_null(statement, column);
                    else
                        insert.bindValue(int(i), QVariant());
                } else if (type == QLatin1String("INTEGER")) {
                    const qint64 v = field->toLongLong(&ok);
                    if (native)
                        sqlite3_bind_int64(statement, column, v);
                    else
                        insert.bindValue(int(i), v);
                } else if (type == QLatin1String("REAL")) {
                    const double d = field->toDouble(&ok);
                    ok = ok && std::isfinite(d);
                    if (native)
                        sqlite3_bind_double(statement, column, d);
                    else
                        insert.bindValue(int(i), d);
                } else if (native) {
                    // The server sends UTF-8 (the connection's client encoding).
                    sqlite3_bind_text(statement, column, field->constData(), int(field->size()),
                                      SQLITE_TRANSIENT);
                } else {
                    // An empty text is '', not a null QString, which would bind as NULL.
                    insert.bindValue(int(i), field->isEmpty()
                                                 ? QVariant(QStringLiteral(""))
                                                 : QVariant(QString::fromUtf8(*field)));
                }
                if (!ok) {
                    *problem = Tr::tr("table %1, column %2 holds \"%3\", which is not a number")
                                   .arg(table.name, table.columns.at(i),
                                        QString::fromUtf8(field->left(40)));
                    return false;
                }
            }
            if (native) {
                const int rc = sqlite3_step(statement);
                sqlite3_reset(statement);
                if (rc != SQLITE_DONE) {
                    *problem = Tr::tr("table %1: %2")
                                   .arg(table.name, QString::fromUtf8(sqlite3_errmsg(native)));
                    return false;
                }
            } else if (!insert.exec()) {
                *problem = Tr::tr("table %1: %2").arg(table.name, insert.lastError().text());
                return false;
            }
            ++done;
            if (progress && done % 65536 == 0)
                progress(done, total);
            return true;
        };
        if (!c.copyOut(QStringLiteral("COPY (SELECT %1 FROM %2.%3) TO STDOUT")
                           .arg(columnList(table.columns), schema, quoted(table.name)),
                       line, &error))
            return fail(error);
    }
    QList<QVariantList> broken;
    if (!sqliteRows(db, QStringLiteral("PRAGMA foreign_key_check"), &broken, &error))
        return fail(error);
    if (!broken.isEmpty()) {
        return fail(
            Tr::tr("a row of table %1 refers to a row of %2 that is not there")
                .arg(broken.first().value(0).toString(), broken.first().value(2).toString()));
    }
    if (!sql.commit(&error))
        return fail(error);
    Plan content;
    if (!sql.load(&content, &error)) {
        *errorMessage =
            Tr::tr("Plan \"%1\" on the server breaks the plan's rules: %2").arg(plan, error);
        return false;
    }
    const Audit::Verification trail = Audit::verify(db);
    if (!trail.ok) {
        *errorMessage = Tr::tr("The audit trail of plan \"%1\" on the server does not hold at "
                               "record %2 (%3)")
                            .arg(plan)
                            .arg(trail.brokenSeq)
                            .arg(trail.problem);
        return false;
    }
    if (!originUrl.isEmpty()) {
        const Origin origin{originUrl, plan, trail.head.seq,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
        if (!recordOrigin(db, origin, PlanJson::write(content), &error)) {
            *errorMessage = Tr::tr("Plan \"%1\" could not be pulled: %2").arg(plan, error);
            return false;
        }
    }
    if (progress)
        progress(total, total);
    removeFile.dismiss();
    return true;
}

} // namespace Continuity::Server
