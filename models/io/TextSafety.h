// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Continuity::TextSafety {

// User text on its way out of the program (docs/decisions/untrusted-files.md): plans come from
// anywhere, and a name may hold markup or control characters.

// `text` without control characters (C0, DEL, C1) and without U+FFFE/U+FFFF; with
// `keepLineBreaks`, line feeds, carriage returns and tabs stay.
QString withoutControlCharacters(const QString &text, bool keepLineBreaks = false);

// Text for XML character data or an attribute: control characters removed (XML 1.0 cannot
// hold them, even escaped), then escaped.
QString xmlText(const QString &text);

// UTF-8 XML with the bytes XML 1.0 cannot hold removed (C0 controls other than tab, line feed
// and carriage return; U+FFFE and U+FFFF): what a generator wrote from user text stays
// well-formed. Multi-byte sequences never contain such bytes, so this is safe on UTF-8.
QByteArray xmlSafeUtf8(const QByteArray &xml);

} // namespace Continuity::TextSafety
