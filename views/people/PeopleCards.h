// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Continuity {

struct Plan;
struct Person;
struct Role;

// The read side of the People area (docs/people.md): a person's card and a role's card as rich
// text, every value from the plan escaped, phones as tel: and e-mail as mailto: links.
namespace PeopleCards {

// "tel:+4915155501000" for "+49 151 5550 1000": digits and a leading plus only.
QString telUrl(const QString &number);
QString personHtml(const Plan &plan, const Person &person, const QDateTime &now);
QString roleHtml(const Plan &plan, const Role &role, const QDateTime &now);

// The rota's shifts from `from` on: who, from when, until when (at most `count`).
struct Shift
{
    QString person;
    QDateTime from;
    QDateTime until;
    bool override = false;
};
QList<Shift> shifts(const Role &role, const QDateTime &from, int count);

// Days since the person last confirmed their details; -1 when never.
qint64 daysSinceVerified(const Person &person, const QDate &today);

} // namespace PeopleCards
} // namespace Continuity
