// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoraExport.h"

#include "analysis/DoraRegister.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

#include <list>

namespace Continuity::DoraExport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::DoraExport)
};

QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += field(fields.at(i));
    }
    return out + "\r\n";
}

} // namespace

QByteArray csv(const RegisterTable &table)
{
    QByteArray out = line(table.columns);
    for (const QStringList &row : table.rows)
        out += line(row);
    return out;
}

bool write(const DoraRegister &reg, const QString &path, QString *errorMessage)
{
    auto fail = [&](const QString &text) {
        if (errorMessage)
            *errorMessage = text;
        return false;
    };
    if (reg.hasErrors())
        return fail(Tr::tr("The register has %n error(s); nothing was written.", nullptr,
                           reg.errorCount()));
    // The files, kept alive until zip_close reads them.
    std::list<std::pair<QString, QByteArray>> files;
    const QString root = reg.packageName + QLatin1Char('/');
    files.emplace_back(root + QStringLiteral("META-INF/reportPackage.json"),
                       QByteArray("{\n  \"documentInfo\": {\n    \"documentType\": "
                                  "\"https://xbrl.org/report-package/2023\"\n  }\n}\n"));
    files.emplace_back(root + QStringLiteral("reports/report.json"),
                       QByteArray("{\n  \"documentInfo\": {\n    \"documentType\": "
                                  "\"https://xbrl.org/2021/xbrl-csv\",\n    \"extends\": [\n"
                                  "      \"http://www.eba.europa.eu/eu/fr/xbrl/crr/fws/dora/4.0/"
                                  "mod/dora.json\"\n    ]\n  }\n}\n"));
    const RegisterTable *entity = reg.table(QStringLiteral("B_01.01"));
    const QString lei =
        entity && !entity->rows.isEmpty() ? entity->rows.first().value(0) : QString();
    const RegisterTable *entities = reg.table(QStringLiteral("B_01.02"));
    QString currency =
        entities && !entities->rows.isEmpty() ? entities->rows.first().value(9) : QString();
    currency.replace(QStringLiteral("eba_CU:"), QStringLiteral("iso4217:"));
    files.emplace_back(
        root + QStringLiteral("reports/parameters.csv"),
        line({QStringLiteral("name"), QStringLiteral("value")}) +
            line({QStringLiteral("entityID"),
                  QStringLiteral("rs:") + lei + QStringLiteral(".IND")}) +
            line({QStringLiteral("refPeriod"), reg.referenceDate.toString(Qt::ISODate)}) +
            line({QStringLiteral("baseCurrency"), currency}) +
            line({QStringLiteral("decimalsInteger"), QStringLiteral("0")}) +
            line({QStringLiteral("decimalsMonetary"), QStringLiteral("-3")}));
    QByteArray indicators = line({QStringLiteral("templateID"), QStringLiteral("reported")});
    for (const RegisterTable &t : reg.tables)
        indicators +=
            line({t.id, t.rows.isEmpty() ? QStringLiteral("false") : QStringLiteral("true")});
    files.emplace_back(root + QStringLiteral("reports/FilingIndicators.csv"), indicators);
    for (const RegisterTable &t : reg.tables)
        files.emplace_back(
            root + QStringLiteral("reports/") + t.id.toLower() + QStringLiteral(".csv"), csv(t));

    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString text = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fail(Tr::tr("%1 could not be written: %2").arg(path, text));
    }
    for (const auto &[name, bytes] : files) {
        zip_source_t *source =
            zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source || zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            const QString text = QString::fromUtf8(zip_strerror(zip));
            zip_discard(zip);
            QFile::remove(partial);
            return fail(Tr::tr("%1 could not be added: %2").arg(name, text));
        }
    }
    if (zip_close(zip) != 0) {
        const QString text = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        QFile::remove(partial);
        return fail(Tr::tr("%1 could not be written: %2").arg(path, text));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(Tr::tr("%1 could not be written.").arg(path));
    }
    return true;
}

} // namespace Continuity::DoraExport
