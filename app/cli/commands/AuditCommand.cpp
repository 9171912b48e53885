// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli audit PLAN [--verify] [--from DATE] [--to DATE] [--user U] [--object O]
//                          [--action A] [--csv FILE] [--json]   (PRODUCT §14)
#include "CliRunner.h"

#include "io/AtomicFile.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"

#include <QTextStream>

namespace Continuity::Cli {
namespace {

// A date (the whole day) or a date and time; `end`: the bound is the day after a date.
bool parseBound(const QString &text, bool end, QDateTime *out)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        *out = QDateTime(end ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
        return true;
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return false;
    if (at.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')) &&
        !text.contains(QLatin1Char('+')))
        at.setTimeSpec(Qt::UTC);
    *out = at;
    return true;
}

} // namespace

int Runner::audit(const QStringList &args)
{
    const Arguments a =
        parse(args,
              {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--user"),
               QStringLiteral("--object"), QStringLiteral("--action"), QStringLiteral("--csv")},
              {QStringLiteral("--verify"), QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("audit needs exactly one PLAN file"));
    QString error;
    std::unique_ptr<PlanFile> file = openReadOnly(a.positionals.first(), &error);
    if (!file)
        return fail(error);
    if (a.flags.contains(QLatin1String("--verify"))) {
        const Audit::Verification v = Audit::verify(file->database());
        if (v.ok) {
            m_out << (v.head.isEmpty()
                          ? Tr::tr("The audit trail is empty.")
                          : Tr::tr("Verified: %n record(s), head %1", nullptr, int(v.records))
                                .arg(v.head.shortText()))
                  << Qt::endl;
            if (!v.head.isEmpty())
                m_out << Tr::tr("Head hash: %1").arg(v.head.hash) << Qt::endl;
            return Success;
        }
        if (v.brokenSeq == 0)
            return fail(v.problem);
        m_err << Tr::tr("continuity-cli: the audit trail does not hold at record %1: %2")
                     .arg(v.brokenSeq)
                     .arg(v.problem)
              << '\n';
        if (v.records > 0)
            m_err << Tr::tr("continuity-cli: records 1 to %1 hold (head %2).")
                         .arg(v.records)
                         .arg(v.head.shortText())
                  << '\n';
        m_err.flush();
        return FindingsHaveErrors;
    }

    Audit::Filter filter;
    if (a.options.contains(QStringLiteral("--from")) &&
        !parseBound(a.options.value(QStringLiteral("--from")), false, &filter.from))
        return badUsage(Tr::tr("--from needs a date (YYYY-MM-DD) or a date and time"));
    if (a.options.contains(QStringLiteral("--to")) &&
        !parseBound(a.options.value(QStringLiteral("--to")), true, &filter.to))
        return badUsage(Tr::tr("--to needs a date (YYYY-MM-DD) or a date and time"));
    filter.user = a.options.value(QStringLiteral("--user"));
    filter.object = a.options.value(QStringLiteral("--object"));
    filter.action = a.options.value(QStringLiteral("--action"));
    QList<Audit::Record> records;
    if (!Audit::list(file->database(), filter, &records, &error))
        return fail(error);

    if (a.options.contains(QStringLiteral("--csv"))) {
        const QString path = a.options.value(QStringLiteral("--csv"));
        const QByteArray csv = Audit::toCsv(records);
        if (path == QLatin1String("-")) {
            writeJson(csv); // raw bytes to standard output
        } else if (!AtomicFile::write(path, csv, &error)) {
            return fail(error);
        }
    }
    if (a.flags.contains(QLatin1String("--json"))) {
        writeJson(Audit::toJson(records));
        return Success;
    }
    if (a.options.contains(QStringLiteral("--csv")))
        return Success;
    for (const Audit::Record &r : std::as_const(records)) {
        const QString who =
            r.userName.isEmpty() ? r.user : QStringLiteral("%1 (%2)").arg(r.userName, r.user);
        const QString object = r.objectId.isEmpty()
                                   ? r.objectKind
                                   : QStringLiteral("%1 %2").arg(r.objectKind, r.objectId);
        m_out
            << QStringLiteral("%1  %2  %3  %4  [%5]").arg(r.seq, 6).arg(r.at, who, r.action, object)
            << '\n';
    }
    m_out << Tr::tr("%n record(s)", nullptr, int(records.size())) << Qt::endl;
    return Success;
}

} // namespace Continuity::Cli
