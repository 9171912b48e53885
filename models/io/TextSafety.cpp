// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSafety.h"

namespace Continuity::TextSafety {

QString withoutControlCharacters(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0xfffe || u == 0xffff;
        if (!control || (keepLineBreaks && (u == u'\n' || u == u'\r' || u == u'\t')))
            out.append(c);
    }
    return out;
}

QString xmlText(const QString &text)
{
    return withoutControlCharacters(text, true).toHtmlEscaped();
}

QByteArray xmlSafeUtf8(const QByteArray &xml)
{
    QByteArray out;
    out.reserve(xml.size());
    const char *p = xml.constData();
    const qsizetype n = xml.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r')
            continue;
        // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
        if (b == 0xef && i + 2 < n && static_cast<unsigned char>(p[i + 1]) == 0xbf &&
            (static_cast<unsigned char>(p[i + 2]) == 0xbe ||
             static_cast<unsigned char>(p[i + 2]) == 0xbf)) {
            i += 2;
            continue;
        }
        out.append(char(b));
    }
    return out;
}

} // namespace Continuity::TextSafety
