// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// The plan's tamper-evident audit trail (PRODUCT §14, docs/audit-trail.md): one hash-chained
// record per change of the plan, appended in the transaction that makes the change.
namespace Continuity::Audit {

struct Record
{
    qint64 seq = 0;
    QString at;       // UTC, ISO 8601 with milliseconds: 2026-12-06T10:15:00.123Z
    QString user;     // the operating-system login
    QString userName; // the display name from the preferences (may be empty)
    QString action;   // the edit's name, as the Undo menu shows it
    QString objectKind;
    QString objectId;
    QString details; // JSON text: the fields before and after
    QString prev;    // the previous record's hash; 64 zeros for the first
    QString hash;    // SHA-256 of prev followed by canonicalJson(record), lower-case hex

    friend bool operator==(const Record &, const Record &) = default;
};

// What a writer says about its change; the trail adds seq, time, user and the chain.
struct Entry
{
    QString action;
    QString objectKind;
    QString objectId;
    QString details;
};

// The last record: its number and hash (both empty/0 while the trail is empty).
struct Head
{
    qint64 seq = 0;
    QString hash;
    bool isEmpty() const { return seq == 0; }
    // "#42 3fa2b4c5d6e7": the number and the first 12 hex digits, as report footers print it.
    QString shortText() const;
    friend bool operator==(const Head &, const Head &) = default;
};

inline constexpr int ShortHashDigits = 12;
QString zeroHash();

// The record without its hash as canonical JSON: keys sorted, no white space, UTF-8, strings
// escaped as JSON requires and nothing more (docs/audit-trail.md says how to check it with
// another tool).
QByteArray canonicalJson(const Record &record);
QString hashOf(const Record &record);

// Who is writing: the login of the process's user; the display name comes from the
// preferences (setDisplayName) or the account's full name.
struct User
{
    QString login;
    QString name;
};
User currentUser();
void setDisplayName(const QString &name);
// Tests: a fixed clock for the records' time (nullptr: the real one).
void setClock(std::function<QDateTime()> clock);

// Appends one record for `entry` inside the caller's open transaction; `head` receives the
// new head. false and a message when it cannot be written (the caller rolls back).
bool append(const QSqlDatabase &db, const Entry &entry, Head *head, QString *errorMessage);
// Appends as append() does, on one SQLite connection with its statements compiled once: an
// edit's record then costs microseconds, not two SQL compilations (bench/bench_audit). It must
// go before its connection closes (SQLite does not close a connection that keeps statements);
// on any other connection it does what append() does.
class Appender
{
public:
    explicit Appender(const QSqlDatabase &db);
    ~Appender();
    Appender(const Appender &) = delete;
    Appender &operator=(const Appender &) = delete;
    bool append(const QSqlDatabase &db, const Entry &entry, Head *head, QString *errorMessage);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_head = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};
// The current head; false and a message when the trail cannot be read.
bool head(const QSqlDatabase &db, Head *head, QString *errorMessage);

struct Filter
{
    QDateTime from; // inclusive; invalid: no bound
    QDateTime to;   // exclusive; invalid: no bound
    QString user;   // contained in login or name, case-insensitive
    QString object; // contained in kind or id
    QString action; // contained in the action
    bool matches(const Record &record) const;
};
// The records passing `filter`, oldest first; with a `limit`, only the newest `limit` of them,
// `matched` receiving how many passed.
bool list(const QSqlDatabase &db, const Filter &filter, QList<Record> *records,
          QString *errorMessage, qsizetype limit = -1, qsizetype *matched = nullptr);

// The record's details in a line: "rtoHours 4 → 3; name …", "added", "removed", or the counts a
// whole-plan write changed.
QString summary(const Record &record);

struct Verification
{
    bool ok = false;
    qint64 records = 0;
    Head head;            // the last record that holds, when ok: the verified head
    qint64 brokenSeq = 0; // the first record that does not hold (0: none)
    QString problem;      // what is wrong with it, in words
};
// Walks the whole chain: sequence numbers without gaps from 1, each link equal to the hash
// before it, each hash equal to its record's content. Reads through SQLite's own interface.
Verification verify(const QSqlDatabase &db);

// CSV of records (RFC 4180, a header line), and JSON (an array of objects with the fields).
QByteArray toCsv(const QList<Record> &records);
QByteArray toJson(const QList<Record> &records);

} // namespace Continuity::Audit
