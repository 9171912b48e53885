// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Continuity::DoraLists {

// The value lists of DORA's register of information (docs/dora-register.md): for each entry
// the key the plan keeps, the code of the EBA taxonomy the register is filed with, and a short
// label of our own (translated in the context "Continuity::DoraLists").
struct Entry
{
    const char *key;
    const char *code;  // "eba_CT:x300"
    const char *label; // QT_TRANSLATE_NOOP
};
using List = QList<Entry>;

const List &entityTypes();        // LIST0101040 (B_01.01, B_01.02)
const List &arrangements();       // B_02.01.0020
const List &codeTypes();          // type of code identifying a provider
const List &ictServices();        // ITS Annex III, S01..S19
const List &terminationReasons(); // B_02.02.0090
const List &sensitivities();      // B_02.02.0170
const List &reliances();          // B_02.02.0180
const List &substitutabilities(); // B_07.01.0050
const List &reintegrations();     // B_07.01.0090
const List &impacts();            // B_06.01.0100, B_07.01.0100
// The licensed activities (LIST0601020) by their code ("x222"); only the payment and banking
// ones carry a label of ours, the others are shown by code.
const List &licensedActivities();

const Entry *find(const List &list, const QString &key);
QStringList keys(const List &list);
QString codeOf(const List &list, const QString &key);  // empty when not in the list
QString labelOf(const List &list, const QString &key); // translated; the key when unlabelled

// ISO 17442 with its check digits (ISO 7064 MOD 97-10): 18 upper-case letters or digits and two
// digits, the whole read as a number with letters as 10..35 leaving 1 modulo 97.
bool isValidLei(const QString &lei);
// The two check digits that make the 18 characters a valid LEI ("" for a malformed prefix).
QString leiCheckDigits(const QString &prefix18);
// ISO 3166-1 alpha-2 and ISO 4217, as Qt's locale data knows them.
bool isCountryCode(const QString &code);
bool isCurrencyCode(const QString &code);
bool isDate(const QString &text); // YYYY-MM-DD, a real day

} // namespace Continuity::DoraLists
