// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A three-way merge of plan JSON, item by item (docs/decisions/offline-push-back.md): a plan
// taken offline as a file (`base`, as it was pulled), the file as it is now (`mine`) and the plan
// on the server as it is now (`theirs`). What only the file changed is taken, what only the
// server changed stays, and an item both changed differently is a conflict, never decided
// silently.
namespace Continuity::PlanMerge {

enum class Change { Added, Changed, Removed };

// One item of the plan: `section` is its plan JSON key ("services"), `id` its identity there
// ("db-eu"; a dependency "a -> b", a group "a/name", a tier rule "tier 1"); empty for a value
// that is one thing (the plan's name, a policy).
struct Item
{
    QString section;
    QString id;
    friend bool operator==(const Item &, const Item &) = default;
};

struct Taken
{
    Item item;
    Change change = Change::Changed;
    QStringList fields; // of a change: the fields the file changed
};

struct Conflict
{
    Item item;
    Change mine = Change::Changed;   // what the file did to it since the pull
    Change theirs = Change::Changed; // what the server's plan did to it since the pull
    QStringList fields; // both hold it: the fields where the file and the server differ
};

enum class Resolution {
    Refuse,     // conflicts are reported; the merge stands only when there are none
    KeepTheirs, // a conflicting item stays as the server has it
    TakeMine,   // a conflicting item becomes what the file has (the user said so)
};

struct Result
{
    QJsonObject merged;        // the plan to write (theirs with the file's changes)
    QList<Taken> taken;        // the file's changes written into it
    QList<Conflict> conflicts; // items both sides changed differently
    qsizetype theirsKept = 0;  // items only the server changed (stay as the server has them)
};

Result merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
             Resolution resolution);

// "service db-eu", "dependency a -> b", "the plan's name", "the incident policy".
QString describe(const Item &item);
// "service db-eu: changed (description, rtoHours)", "dependency a -> b: removed".
QString describe(const Taken &taken);

} // namespace Continuity::PlanMerge
