// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Continuity::Language {

// The languages Continuity ships (docs/translations.md): English, German, French.
QStringList available();
// The language chosen in the preferences ("de"), or empty to follow the system.
QString preferred();
void setPreferred(const QString &code);
// The language in use for `preferred` (empty: the system's, when shipped; else English).
QString resolve(const QString &preferred);
// Installs the translations of Continuity and of Qt for `code` in the application (replacing
// earlier ones) and makes it the default locale, so that dates and numbers follow it.
void install(const QString &code);
// "Deutsch", "Français", "English": each language named in itself.
QString nativeName(const QString &code);

} // namespace Continuity::Language
