// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>

namespace Continuity {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.resize(std::max<qsizetype>(reserve, 256));
    m_data = m_out.data();
    m_levels.reserve(8);
    m_sections.reserve(48);
}

void JsonWriter::grow(qsizetype more)
{
    m_out.resize(std::max(m_out.size() * 2, m_size + more));
    m_data = m_out.data();
}

void JsonWriter::put(const char *text, qsizetype length)
{
    if (m_muted)
        return;
    if (m_size + length > m_out.size())
        grow(length);
    std::memcpy(m_data + m_size, text, size_t(length));
    m_size += length;
}

void JsonWriter::newline()
{
    if (m_muted)
        return;
    const qsizetype indent = m_levels.size() * 2;
    if (m_size + 1 + indent > m_out.size())
        grow(1 + indent);
    m_data[m_size++] = '\n';
    std::memset(m_data + m_size, ' ', size_t(indent));
    m_size += indent;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        put(level.compact ? ", " : ",", level.compact ? 2 : 1);
    if (!level.compact)
        newline();
    level.empty = false;
}

void JsonWriter::beginObject(bool compact)
{
    beforeValue();
    put('{');
    const bool parentCompact = !m_levels.isEmpty() && m_levels.last().compact;
    m_levels.append({compact || parentCompact, true});
}

void JsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (m_levels.isEmpty()) {
        if (!m_sections.isEmpty() && !m_muted)
            m_sections.last().end = m_size;
        m_muted = false;
    }
    if (!level.compact && !level.empty)
        newline();
    put('}');
}

void JsonWriter::beginArray(bool compact)
{
    beforeValue();
    put('[');
    const bool parentCompact = !m_levels.isEmpty() && m_levels.last().compact;
    m_levels.append({compact || parentCompact, true});
}

void JsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (!level.compact && !level.empty)
        newline();
    put(']');
}

void JsonWriter::key(const char *name)
{
    const bool root = m_levels.size() == 1;
    if (root && !m_sections.isEmpty() && !m_muted)
        m_sections.last().end = m_size;
    if (root && m_only)
        m_muted = std::strcmp(name, m_only) != 0;
    beforeValue();
    put('"');
    put(name);
    put("\": ");
    m_afterKey = true;
    if (root && !m_muted) // a literal from the code: the key can point at it
        m_sections.append({QByteArray::fromRawData(name, qsizetype(std::strlen(name))), m_size});
}

void JsonWriter::key(const QString &name)
{
    const bool root = m_levels.size() == 1;
    if (root && !m_sections.isEmpty() && !m_muted)
        m_sections.last().end = m_size;
    if (root && m_only)
        m_muted = name != QLatin1String(m_only);
    beforeValue();
    appendString(name); // escaped: names may come from user data
    put(": ");
    m_afterKey = true;
    if (root && !m_muted)
        m_sections.append({name.toUtf8(), m_size});
}

void JsonWriter::appendString(const QString &text)
{
    if (m_muted)
        return;
    // ASCII goes straight into the output, escaped; a run of other characters is converted to UTF-8
    // as one piece (QString::toUtf8's rules: a lone surrogate becomes U+FFFD).
    static const char hex[] = "0123456789abcdef";
    const auto *const begin = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = begin + text.size();
    put('"');
    for (const char16_t *c = begin; c != end;) {
        if (*c >= 0x80) {
            const char16_t *run = c;
            while (c != end && *c >= 0x80)
                ++c;
            put(QStringView(run, c).toUtf8());
            continue;
        }
        const char a = static_cast<char>(*c++);
        switch (a) {
        case '"':
            put("\\\"");
            break;
        case '\\':
            put("\\\\");
            break;
        case '\n':
            put("\\n");
            break;
        case '\r':
            put("\\r");
            break;
        case '\t':
            put("\\t");
            break;
        case '\b':
            put("\\b");
            break;
        case '\f':
            put("\\f");
            break;
        default:
            if (static_cast<unsigned char>(a) < 0x20) {
                put("\\u00");
                put(hex[a >> 4]);
                put(hex[a & 0xf]);
            } else {
                put(a);
            }
        }
    }
    put('"');
}

void JsonWriter::appendInteger(qint64 number)
{
    if (m_muted)
        return;
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    put(digits, end - digits);
}

void JsonWriter::appendNumber(double number)
{
    if (m_muted)
        return;
    if (!std::isfinite(number)) {
        put("null");
        return;
    }
    // Whole numbers print without a fraction or exponent; others in the shortest form that
    // reads back to the same double.
    if (number == std::trunc(number) && std::fabs(number) < 1e15) {
        appendInteger(static_cast<qint64>(number));
        return;
    }
    put(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    appendString(text);
}

void JsonWriter::value(double number)
{
    beforeValue();
    appendNumber(number);
}

void JsonWriter::value(int number)
{
    beforeValue();
    appendInteger(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    put(flag ? "true" : "false");
}

void JsonWriter::null()
{
    beforeValue();
    put("null");
}

void JsonWriter::value(const std::optional<double> &number)
{
    if (number)
        value(*number);
    else
        null();
}

void JsonWriter::value(const std::optional<int> &number)
{
    if (number)
        value(*number);
    else
        null();
}

void JsonWriter::value(const std::optional<QString> &text)
{
    if (text)
        value(*text);
    else
        null();
}

void JsonWriter::emptyAsNull(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        value(text);
}

QByteArray JsonWriter::takeWritten()
{
    QByteArray out(m_data, m_size);
    m_size = 0;
    m_sections.clear();
    return out;
}

QByteArray JsonWriter::take()
{
    put('\n');
    m_out.truncate(m_size);
    m_data = nullptr;
    m_size = 0;
    return std::move(m_out);
}

} // namespace Continuity
