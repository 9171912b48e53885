// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

} // namespace Continuity
