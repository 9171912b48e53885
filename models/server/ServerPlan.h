// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Continuity::Server {

class PgConnection;

// What may be done with a plan on a server, each a PostgreSQL role granted by the server
// (product/15-team-server.md, docs/team-server.md): each includes the ones before it.
enum class Access { Viewer, Planner, Approver, Owner };

// The role that gives `access` to plan `plan` in database `database`:
// cty_<database>_<plan>_<viewer|planner|approver|owner>. Roles belong to the whole server, so
// the database is part of the name; empty when the names cannot form one (checkNames()).
QString roleName(const QString &database, const QString &plan, Access access);
bool checkNames(const QString &database, const QString &plan, QString *errorMessage);

struct PlanEntry
{
    QString name;
    int format = 0;
};
// The plans on the server this login may read, by name.
bool listPlans(PgConnection &connection, QList<PlanEntry> *plans, QString *errorMessage);
// Whether the server has plan `plan` (whatever this login may do with it).
bool planExists(PgConnection &connection, const QString &plan, bool *exists, QString *errorMessage);

// Progress of a copy: rows copied of all the rows to copy.
using Progress = std::function<void(qint64 done, qint64 total)>;

// Copies the plan file `path` to a new plan `plan` on the server, in one transaction: its
// schema (tables made from the plan format's own, with a revision, who and when on every
// row), every row through COPY, the four roles and their grants; the login that pushes becomes
// its owner. The file must be a plan this Continuity opens and whose audit trail holds. A plan
// of that name already on the server is left alone and the push refused.
bool push(const QString &path, PgConnection &connection, const QString &plan,
          const Progress &progress, QString *errorMessage);
// A new plan on the server as `continuity-cli new` makes one: named `plan`, with the defaults.
bool init(PgConnection &connection, const QString &plan, QString *errorMessage);
// Copies server plan `plan` to a new plan file at `path` from one consistent snapshot, and
// checks it as a plan file is checked on opening (rules, audit trail); on any failure no file
// is left. `originUrl` (the plan's URL without a password): the file remembers where it came
// from and the plan as it was, so that it can be pushed back (PushBack.h); empty for a
// snapshot that lives as long as one command.
bool pull(PgConnection &connection, const QString &plan, const QString &path,
          const Progress &progress, QString *errorMessage, const QString &originUrl = QString());

} // namespace Continuity::Server
