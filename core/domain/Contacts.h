// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Continuity {

struct Plan;
struct Person;
struct Role;
struct EscalationPolicy;

// Owners as contacts (docs/people.md): every owner field of a plan holds the id of a person or
// role, or free text that names neither.
namespace Contacts {

const Person *person(const Plan &plan, const QString &id);
const Role *role(const Plan &plan, const QString &id);
// The person's or role's name for a contact id; free text as it is.
QString displayName(const Plan &plan, const QString &owner);
// What an owner typed as text stands for: the contact whose id it is, or whose name it is
// (ignoring case, when only one has it); else the text itself, kept as free text.
QString resolve(const Plan &plan, const QString &text);
// Calls `visit` with every owner field of the plan: processes, services, runbook steps,
// exercise participants and actions.
void forEachOwner(Plan &plan, const std::function<void(QString &owner)> &visit);
void forEachOwner(const Plan &plan, const std::function<void(const QString &owner)> &visit);
// Free-text owners that equal the name of exactly one person or role become that contact's id
// (what an older plan's owners turn into once its people are known); returns how many changed.
int linkOwnersByName(Plan &plan);

// A person's phone numbers in order (none for a role or free text); `unbreakable`: with spaces
// that never break a number across lines, for print.
QStringList phoneNumbers(const Plan &plan, const QString &personId, bool unbreakable = false);

// The most critical tier (assigned) of what a role owns or recovers: processes and services it
// owns, services whose runbooks have steps it owns, and its team; -1 for none.
int tierOf(const Plan &plan, const QString &roleId);
// A role's escalation: its own policy, else its tier's default from the plan's people policy;
// nullptr for neither.
const EscalationPolicy *escalationOf(const Plan &plan, const QString &roleId);

} // namespace Contacts
} // namespace Continuity
