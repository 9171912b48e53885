// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Continuity {

struct Person;
struct Plan;

// vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) for the plan's persons (docs/people.md "vCard"):
// FN, N, TEL with TYPE, EMAIL, ORG, TITLE, TZ, NOTE; folded lines, escaped commas, semicolons
// and backslashes, quoted-printable (3.0), UTF-8.
namespace VCard {

// Every card of `data` as a person (no id yet; the TEL kinds from TYPE). A file that breaks the
// format is refused whole: nullopt, and `error` names the line and what is wrong.
std::optional<QList<Person>> read(const QByteArray &data, QString *error);

// The persons as vCards of `version` (3 or 4), lines folded at 75 octets, CRLF endings.
QByteArray write(const QList<Person> &persons, int version = 4);

// What an import does to the plan's persons: a card matches a person by e-mail (ignoring case),
// else by name; a match is updated with what the card gives, anything else is added with a new
// id. The counts say what happened.
struct Merge
{
    QList<Person> persons; // the plan's persons after the import, in order, new ones last
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};
Merge merge(const Plan &plan, const QList<Person> &cards);

// A copy of the plan to hand to a supplier or consultant: persons keep their id, name, title and
// organisation; phones, e-mail, time zone, notes and confirmation dates are dropped.
Plan withoutPersonalData(const Plan &plan);

} // namespace VCard
} // namespace Continuity
