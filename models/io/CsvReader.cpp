// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::CsvReader)
};

// The 1-based line of the first byte that is not well-formed UTF-8, or 0 when all are.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == '\n')
            ++line;
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
            return line;
        }
        if (i + length > n)
            return line;
        unsigned int code = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return line;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return line;
        i += length;
    }
    return 0;
}

} // namespace

std::optional<CsvTable> readCsv(const QByteArray &bytes, const QString &fileName,
                                QString *errorMessage)
{
    auto fail = [&](int line, const QString &what) -> std::optional<CsvTable> {
        if (errorMessage)
            *errorMessage = Tr::tr("%1: line %2: %3").arg(fileName).arg(line).arg(what);
        return std::nullopt;
    };
    if (bytes.size() > CsvLimits::MaxFileBytes) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1: the file is larger than %2 GiB; split the export")
                                .arg(fileName)
                                .arg(CsvLimits::MaxFileBytes >> 30);
        return std::nullopt;
    }
    if (const int bad = firstInvalidUtf8Line(bytes); bad > 0) {
        return fail(bad, Tr::tr("this is not UTF-8 text; export the file as UTF-8 (CSV UTF-8 in "
                                "spreadsheet programs) and try again"));
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvTable table;
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;
    int quoteLine = 0;
    qsizetype recordStart = 0; // where the current record began in the text
    bool tooManyFields = false;
    auto endField = [&] {
        if (record.fields.size() >= CsvLimits::MaxFieldsPerRecord) {
            tooManyFields = true;
            return;
        }
        record.fields.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records.append(record);
        record = CsvRecord();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (tooManyFields)
            return fail(record.line, Tr::tr("the line has more than %1 fields; this does not look "
                                            "like a CMDB export")
                                         .arg(CsvLimits::MaxFieldsPerRecord));
        if (field.size() > CsvLimits::MaxFieldChars)
            return fail(record.line, Tr::tr("field %1 is longer than %2 characters")
                                         .arg(record.fields.size() + 1)
                                         .arg(CsvLimits::MaxFieldChars));
        if (i - recordStart > CsvLimits::MaxRecordChars)
            return fail(
                record.line,
                Tr::tr("the record is longer than %1 characters").arg(CsvLimits::MaxRecordChars));
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
            recordStart = i + 1;
        } else if (afterQuote) {
            return fail(line, Tr::tr("unexpected text after a closing quote (a quote inside a "
                                     "quoted field must be doubled: \"\")"));
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else {
            // An unquoted field (one that began with a quote has closed it, above): taken
            // whole up to its delimiter, not a character at a time.
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = text.at(j);
                if (d == QLatin1Char(',') || d == QLatin1Char('\r') || d == QLatin1Char('\n'))
                    break;
                ++j;
            }
            field = QString(text.constData() + i, j - i);
            fieldStarted = true;
            i = j - 1;
        }
    }
    if (quoted)
        return fail(quoteLine, Tr::tr("a quoted field opened here is never closed"));
    if (field.size() > CsvLimits::MaxFieldChars)
        return fail(record.line, Tr::tr("field %1 is longer than %2 characters")
                                     .arg(record.fields.size() + 1)
                                     .arg(CsvLimits::MaxFieldChars));
    if (fieldStarted || afterQuote || !record.fields.isEmpty())
        endRecord();
    if (tooManyFields)
        return fail(record.line, Tr::tr("the line has more than %1 fields; this does not look "
                                        "like a CMDB export")
                                     .arg(CsvLimits::MaxFieldsPerRecord));
    if (records.isEmpty())
        return fail(1, Tr::tr("the file is empty; it needs a header line naming its columns"));
    table.headerLine = records.first().line;
    table.header = records.takeFirst().fields;
    for (QString &name : table.header)
        name = name.trimmed();
    table.records = std::move(records);
    return table;
}

} // namespace Continuity
