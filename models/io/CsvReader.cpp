// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::CsvReader)
};

// Checks the characters of `bytes` (n of them) that begin in [from, to): the offset of the
// first byte that is not well-formed UTF-8, or -1 when all are, and in `*end` where the next
// character begins. ASCII, most of any export, is passed over eight bytes at a time.
qsizetype firstInvalidUtf8(const char *bytes, qsizetype n, qsizetype from, qsizetype to,
                           qsizetype *end)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = from;
    for (; i < to;) {
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int min = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        unsigned int code = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    *end = i;
    return -1;
}

// How many UTF-16 code units well-formed UTF-8 text is: the limits count characters as the
// text the reader made before did (a QString), not bytes.
qsizetype utf16Length(const char *bytes, qsizetype n)
{
    qsizetype units = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        units += (c & 0xC0) != 0x80;
        units += c >= 0xF0; // four bytes: a surrogate pair
    }
    return units;
}

bool isDelimiter(char c)
{
    return c == ',' || c == '\r' || c == '\n';
}

} // namespace

CsvStream::CsvStream(QByteArrayView bytes, const QString &fileName,
                     std::function<void(qsizetype)> release)
    : m_p(bytes.data())
    , m_n(bytes.size())
    , m_fileName(fileName)
    , m_release(std::move(release))
{}

bool CsvStream::fail(int line, const QString &what)
{
    m_message = Tr::tr("%1: line %2: %3").arg(m_fileName).arg(line).arg(what);
    m_pos = m_n;
    return false;
}

bool CsvStream::fieldTooLong()
{
    return fail(m_recordLine, Tr::tr("field %1 is longer than %2 characters")
                                  .arg(m_ends.size() + 1)
                                  .arg(CsvLimits::MaxFieldChars));
}

// Whether the record from `recordStart` to where the read is is longer than a record may be
// (then refused: message() says so). Counted only once it has more bytes than that, and then from
// where the count got to, so that a long record is not counted again for each of its fields.
bool CsvStream::recordTooLong(qsizetype recordStart)
{
    if (m_pos - recordStart <= CsvLimits::MaxRecordChars)
        return false;
    const qsizetype from = std::max(recordStart, m_recordUnitsTo);
    m_recordUnits += utf16Length(m_p + from, m_pos - from);
    m_recordUnitsTo = m_pos;
    if (m_recordUnits <= CsvLimits::MaxRecordChars)
        return false;
    fail(m_recordLine,
         Tr::tr("the record is longer than %1 characters").arg(CsvLimits::MaxRecordChars));
    return true;
}

bool CsvStream::start()
{
    if (m_n > CsvLimits::MaxFileBytes) {
        m_message = Tr::tr("%1: the file is larger than %2 GiB; split the export")
                        .arg(m_fileName)
                        .arg(CsvLimits::MaxFileBytes >> 30);
        return false;
    }
    // All of it is checked before any of it is read, so that a file is refused for its
    // encoding wherever the bad byte is, as before anything else.
    static constexpr qsizetype Part = qsizetype(8) << 20;
    for (qsizetype from = 0; from < m_n;) {
        if (const qsizetype bad =
                firstInvalidUtf8(m_p, m_n, from, std::min(from + Part, m_n), &from);
            bad >= 0) {
            const int line = 1 + int(std::count(m_p, m_p + bad, '\n'));
            return fail(line, Tr::tr("this is not UTF-8 text; export the file as UTF-8 (CSV "
                                     "UTF-8 in spreadsheet programs) and try again"));
        }
        if (m_release)
            m_release(from);
    }
    if (m_n >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    if (!next()) {
        return failed() ? false
                        : fail(1, Tr::tr("the file is empty; it needs a header line naming its "
                                         "columns"));
    }
    m_headerLine = m_recordLine;
    for (qsizetype i = 0; i < size(); ++i)
        m_header.append(text(i).trimmed());
    return true;
}

bool CsvStream::next()
{
    static constexpr qsizetype ReleaseEvery = qsizetype(8) << 20;
    if (m_release && m_pos - m_released >= ReleaseEvery) {
        m_released = m_pos;
        m_release(m_pos);
    }
    for (;;) {
        if (m_pos >= m_n)
            return false;
        m_recordLine = m_line;
        m_buffer.clear();
        m_ends.clear();
        m_recordUnits = 0;
        m_recordUnitsTo = 0;
        const qsizetype recordStart = m_pos;
        for (;;) {
            if (m_pos < m_n && m_p[m_pos] == '"') {
                // Quoted: commas and line breaks are text; a doubled quote is one quote.
                const int quoteLine = m_line;
                qsizetype units = 0;
                ++m_pos;
                bool closed = false;
                while (!closed) {
                    qsizetype j = m_pos;
                    while (j < m_n && m_p[j] != '"' && m_p[j] != '\n')
                        ++j;
                    units += utf16Length(m_p + m_pos, j - m_pos);
                    m_buffer.append(m_p + m_pos, std::size_t(j - m_pos));
                    m_pos = j;
                    if (units > CsvLimits::MaxFieldChars)
                        return fieldTooLong();
                    if (m_pos >= m_n)
                        return fail(quoteLine,
                                    Tr::tr("a quoted field opened here is never closed"));
                    if (m_p[m_pos] == '\n') {
                        ++m_line;
                        m_buffer.push_back('\n');
                        ++units;
                        ++m_pos;
                    } else if (m_pos + 1 < m_n && m_p[m_pos + 1] == '"') {
                        m_buffer.push_back('"');
                        ++units;
                        m_pos += 2;
                    } else {
                        ++m_pos;
                        closed = true;
                    }
                    if (units > CsvLimits::MaxFieldChars)
                        return fieldTooLong();
                    if (recordTooLong(recordStart))
                        return false;
                }
                if (m_pos < m_n && !isDelimiter(m_p[m_pos]))
                    return fail(m_line, Tr::tr("unexpected text after a closing quote (a quote "
                                               "inside a quoted field must be doubled: \"\")"));
            } else {
                // Unquoted: taken whole up to its delimiter; a quote inside is text.
                qsizetype j = m_pos;
                while (j < m_n && !isDelimiter(m_p[j]))
                    ++j;
                if (j - m_pos > CsvLimits::MaxFieldChars) {
                    if (utf16Length(m_p + m_pos, j - m_pos) > CsvLimits::MaxFieldChars)
                        return fieldTooLong();
                }
                m_buffer.append(m_p + m_pos, std::size_t(j - m_pos));
                m_pos = j;
            }
            if (qsizetype(m_ends.size()) >= CsvLimits::MaxFieldsPerRecord)
                return fail(m_recordLine, Tr::tr("the line has more than %1 fields; this does "
                                                 "not look like a CMDB export")
                                              .arg(CsvLimits::MaxFieldsPerRecord));
            m_ends.push_back(m_buffer.size());
            if (recordTooLong(recordStart))
                return false;
            if (m_pos >= m_n)
                break; // the end of the file ends the record
            if (m_p[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_p[m_pos] == '\r' && m_pos + 1 < m_n && m_p[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            break;
        }
        // A blank line is no record.
        if (!(m_ends.size() == 1 && m_ends.front() == 0))
            return true;
    }
}

std::optional<CsvTable> readCsv(const QByteArray &bytes, const QString &fileName,
                                QString *errorMessage)
{
    CsvStream stream(bytes, fileName);
    CsvTable table;
    if (stream.start()) {
        table.header = stream.header();
        table.headerLine = stream.headerLine();
        while (stream.next()) {
            CsvRecord record;
            record.line = stream.line();
            record.fields.reserve(stream.size());
            for (qsizetype i = 0; i < stream.size(); ++i)
                record.fields.append(stream.text(i));
            table.records.append(std::move(record));
        }
    }
    if (stream.failed()) {
        if (errorMessage)
            *errorMessage = stream.message();
        return std::nullopt;
    }
    return table;
}

} // namespace Continuity
