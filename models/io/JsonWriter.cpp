// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QLocale>

#include <cmath>

namespace Continuity {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::newline()
{
    m_out.append('\n');
    m_out.append(QByteArray(m_levels.size() * 2, ' '));
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
        m_out.append(level.compact ? ", " : ",");
    if (!level.compact)
        newline();
    level.empty = false;
}

void JsonWriter::beginObject(bool compact)
{
    beforeValue();
    m_out.append('{');
    const bool parentCompact = !m_levels.isEmpty() && m_levels.last().compact;
    m_levels.append({compact || parentCompact, true});
}

void JsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (!level.compact && !level.empty)
        newline();
    m_out.append('}');
}

void JsonWriter::beginArray(bool compact)
{
    beforeValue();
    m_out.append('[');
    const bool parentCompact = !m_levels.isEmpty() && m_levels.last().compact;
    m_levels.append({compact || parentCompact, true});
}

void JsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (!level.compact && !level.empty)
        newline();
    m_out.append(']');
}

void JsonWriter::key(const char *name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\": ");
    m_afterKey = true;
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    appendString(m_out, name); // escaped: names may come from user data
    m_out.append(": ");
    m_afterKey = true;
}

void JsonWriter::appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void JsonWriter::appendNumber(QByteArray &out, double number)
{
    if (!std::isfinite(number)) {
        out.append("null");
        return;
    }
    // Whole numbers print without a fraction or exponent; others in the shortest form that
    // reads back to the same double.
    if (number == std::trunc(number) && std::fabs(number) < 1e15) {
        out.append(QByteArray::number(static_cast<qint64>(number)));
        return;
    }
    out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::value(double number)
{
    beforeValue();
    appendNumber(m_out, number);
}

void JsonWriter::value(int number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
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

QByteArray JsonWriter::take()
{
    m_out.append('\n');
    return std::move(m_out);
}

} // namespace Continuity
