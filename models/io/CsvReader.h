// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace Continuity {

// One record of a CSV file and the physical line it starts on (1-based), so that messages can
// name the line a user sees in an editor even when quoted fields span lines.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

struct CsvTable
{
    QStringList header;
    int headerLine = 0;
    QList<CsvRecord> records;
};

// Reads CSV as exported in practice (PRODUCT §7): UTF-8 with or without a BOM, CRLF or LF,
// quoted fields holding commas, doubled quotes and newlines, empty trailing fields. Blank lines
// are skipped. Refuses, naming the file and line: bytes that are not UTF-8, a quoted field that
// is never closed, text after a closing quote. The first record is the header.
// Bounds, so that a file of a hundred million commas or one endless field is refused with a
// message instead of taking all memory (docs/decisions/untrusted-files.md). No message echoes
// the file's content.
namespace CsvLimits {
inline constexpr qint64 MaxFileBytes = qint64(1) << 30; // 1 GiB
inline constexpr qsizetype MaxFieldChars = 100000;      // as the longest text a plan holds
inline constexpr qsizetype MaxFieldsPerRecord = 1000;
inline constexpr qsizetype MaxRecordChars = 4 * 1000 * 1000;
} // namespace CsvLimits

std::optional<CsvTable> readCsv(const QByteArray &bytes, const QString &fileName,
                                QString *errorMessage);

// The same reading, a record at a time, for a file too big to hold as strings (a million
// relationships): fields are handed out as UTF-8 bytes from a buffer reused for each record.
// start() checks the whole file first (its size, UTF-8) and reads the header; next() reads a
// record, false at the end or when the file is refused (failed() and message() then say so,
// as readCsv would). `release` (optional) hears now and then how many bytes from the start
// are read and no longer needed, so that a mapped file's pages can be given back. Owned by
// the reader using it; `bytes` must outlive it.
class CsvStream
{
public:
    CsvStream(QByteArrayView bytes, const QString &fileName,
              std::function<void(qsizetype)> release = {});

    bool start();
    const QStringList &header() const { return m_header; }
    int headerLine() const { return m_headerLine; }

    bool next();
    bool failed() const { return !m_message.isEmpty(); }
    QString message() const { return m_message; }

    // The record read last: its first physical line, its fields.
    int line() const { return m_recordLine; }
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView field(qsizetype i) const
    {
        const std::size_t begin = i == 0 ? 0 : m_ends[std::size_t(i) - 1];
        return QByteArrayView(m_buffer.data() + begin, qsizetype(m_ends[std::size_t(i)] - begin));
    }
    QString text(qsizetype i) const { return QString::fromUtf8(field(i)); }
    // How far the read has come, in bytes.
    qsizetype position() const { return m_pos; }

private:
    bool fail(int line, const QString &what);
    bool fieldTooLong();
    bool recordTooLong(qsizetype recordStart);

    const char *m_p;
    qsizetype m_n;
    QString m_fileName;
    std::function<void(qsizetype)> m_release;
    qsizetype m_released = 0;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    qsizetype m_recordUnitsTo = 0; // the record's length is counted up to here …
    qsizetype m_recordUnits = 0;   // … and is this many UTF-16 code units
    std::string m_buffer;          // the record's fields, one after the other
    std::vector<std::size_t> m_ends;
    QStringList m_header;
    int m_headerLine = 0;
    QString m_message;
};

} // namespace Continuity
