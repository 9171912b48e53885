// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidencePack.h"

#include "analysis/Controls.h"
#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "AnalysisJson.h"
#include "domain/Plan.h"
#include "PlanExports.h"
#include "report/BiaReport.h"
#include "report/ContinuityPlan.h"
#include "report/ControlReport.h"
#include "report/ExerciseReport.h"
#include "report/PostmortemReport.h"
#include "report/RunbookReport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <zip.h>

#include <memory>

namespace Continuity::EvidencePack {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::EvidencePack)
};

constexpr const char *ManifestName = "manifest.json";
constexpr const char *FormatName = "continuity-evidence-pack";

// A name safe in a ZIP and on any file system: ids may hold what a path must not.
QString safeName(const QString &text)
{
    QString out = text;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    out.replace(unsafe, QStringLiteral("_"));
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1Char('_'));
    return out.left(120);
}

QDate dateOf(const QString &text)
{
    return text.size() >= 10 ? QDate::fromString(text.left(10), Qt::ISODate) : QDate();
}

bool inPeriod(const QDate &d, const Input &in)
{
    return d.isValid() && d >= in.from && d <= in.to;
}

struct Sha
{
    QString hex;
    qint64 size = -1;
};

Sha hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return {QString::fromLatin1(hash.result().toHex()), file.size()};
}

// Closes (discarding) an archive still open when the writer returns early.
struct ZipGuard
{
    zip_t *zip = nullptr;
    ~ZipGuard()
    {
        if (zip)
            zip_discard(zip);
    }
};

QString zipError(zip_t *zip)
{
    return QString::fromUtf8(zip_strerror(zip));
}

QString openError(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

QString iso(const std::optional<QString> &text)
{
    return text.value_or(QString());
}

} // namespace

bool write(const Plan &plan, const Input &in, const QString &path, Result *result,
           QString *errorMessage, const Progress &progress)
{
    auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    QTemporaryDir work;
    if (!work.isValid())
        return fail(Tr::tr("No temporary folder could be made for the evidence pack."));
    const QDateTime now = QDateTime::currentDateTime();
    const QString headText = in.head.shortText();

    // What goes in: each a file written to the work folder under its name in the pack.
    struct Entry
    {
        QString name;
        std::function<bool(const QString &diskPath, QString *error)> make;
    };
    QList<Entry> entries;
    auto report = [&](const QString &name, std::function<Report::Document()> build,
                      const QString &title) {
        entries.append({name, [build, title, headText](const QString &disk, QString *error) {
                            Report::Document doc = build();
                            doc.footerAudit = headText;
                            return Report::writePdf(doc, disk, title, error);
                        }});
    };
    auto bytes = [&](const QString &name, std::function<QByteArray()> build) {
        entries.append({name, [build](const QString &disk, QString *error) {
                            QFile f(disk);
                            if (!f.open(QIODevice::WriteOnly) || f.write(build()) < 0) {
                                if (error)
                                    *error = f.errorString();
                                return false;
                            }
                            return true;
                        }});
    };

    report(
        QStringLiteral("reports/control-status.pdf"),
        [&] { return controlStatusReport(plan, in.to, now); }, Tr::tr("Control status"));
    report(
        QStringLiteral("reports/bia-report.pdf"), [&] { return biaReport(plan, {}, now); },
        Tr::tr("Business impact analysis"));
    report(
        QStringLiteral("reports/business-continuity-plan.pdf"),
        [&] { return continuityPlan(plan, PlanScope{}, now); }, Tr::tr("Business continuity plan"));
    QSet<QString> taken;
    auto unique = [&](const QString &folder, const QString &id) {
        QString name = folder + safeName(id);
        for (int i = 2; taken.contains(name); ++i)
            name = folder + safeName(id) + QStringLiteral("-%1").arg(i);
        taken.insert(name);
        return name;
    };
    for (const Runbook &r : plan.runbooks) {
        // The approved version: the runbook itself, or the last version that was approved.
        const Runbook *approved = r.status == RunbookStatus::Approved ? &r : nullptr;
        for (auto v = r.previousVersions.crbegin(); !approved && v != r.previousVersions.crend();
             ++v) {
            if (v->status == RunbookStatus::Approved)
                approved = &*v;
        }
        if (!approved)
            continue;
        const Runbook copy = *approved;
        report(
            unique(QStringLiteral("runbooks/"), r.id) + QStringLiteral(".pdf"),
            [&plan, copy, now] { return runbookReport(plan, copy, now); }, copy.title);
    }
    for (const Exercise &e : plan.exercises) {
        if (!inPeriod(dateOf(e.date), in))
            continue;
        report(
            unique(QStringLiteral("exercises/"), e.id) + QStringLiteral(".pdf"),
            [&plan, &e, now] { return exerciseReport(plan, e, now); }, e.title);
    }
    for (const Incident &i : plan.incidents) {
        if (!i.postmortem || !inPeriod(dateOf(i.startedAt), in))
            continue;
        report(
            unique(QStringLiteral("postmortems/"), i.id) + QStringLiteral(".pdf"),
            [&plan, &i, now] { return postmortemReport(plan, i, false, now); },
            Tr::tr("Post-mortem %1").arg(i.id));
    }

    bytes(QStringLiteral("extracts/changes.csv"), [&] {
        QList<QStringList> rows;
        for (const Change &c : plan.changes) {
            const QDate start = dateOf(iso(c.plannedStart));
            const QDate end = dateOf(iso(c.actualEnd ? c.actualEnd : c.plannedEnd));
            if (!inPeriod(start, in) && !inPeriod(end, in))
                continue;
            rows.append({c.id, c.title, toString(c.changeClass), toString(c.state),
                         iso(c.plannedStart), iso(c.plannedEnd), iso(c.actualStart),
                         iso(c.actualEnd), c.outcome ? toString(*c.outcome) : QString(),
                         c.implementer, c.peerReviewer,
                         c.backoutRunbook.isEmpty() ? c.backoutPlan : c.backoutRunbook,
                         c.cab ? toString(c.cab->decision) : QString(),
                         c.targets.join(QLatin1Char(' ')), c.externalRef});
        }
        return PlanExports::csvTable(
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("class"),
             QStringLiteral("state"), QStringLiteral("plannedStart"), QStringLiteral("plannedEnd"),
             QStringLiteral("actualStart"), QStringLiteral("actualEnd"), QStringLiteral("outcome"),
             QStringLiteral("implementer"), QStringLiteral("peerReviewer"),
             QStringLiteral("backout"), QStringLiteral("cabDecision"), QStringLiteral("targets"),
             QStringLiteral("externalRef")},
            rows);
    });
    bytes(QStringLiteral("extracts/incidents.csv"), [&] {
        QList<QStringList> rows;
        for (const Incident &i : plan.incidents) {
            if (!inPeriod(dateOf(i.startedAt), in))
                continue;
            QStringList affected;
            for (const AffectedNode &a : i.affected)
                affected.append(a.node);
            rows.append({i.id, i.title, QString::number(i.severity), toString(i.status),
                         i.startedAt, iso(i.restoredAt), iso(i.closedAt),
                         affected.join(QLatin1Char(' ')), i.causedByChange,
                         i.postmortem ? iso(i.postmortem->reviewedOn) : QString(), i.externalRef});
        }
        return PlanExports::csvTable(
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("severity"),
             QStringLiteral("status"), QStringLiteral("startedAt"), QStringLiteral("restoredAt"),
             QStringLiteral("closedAt"), QStringLiteral("affected"),
             QStringLiteral("causedByChange"), QStringLiteral("postmortemReviewedOn"),
             QStringLiteral("externalRef")},
            rows);
    });
    bytes(QStringLiteral("extracts/audit-trail.csv"), [&] {
        QList<Audit::Record> period;
        for (const Audit::Record &r : in.audit) {
            if (inPeriod(dateOf(r.at), in))
                period.append(r);
        }
        return Audit::toCsv(period);
    });
    bytes(QStringLiteral("extracts/findings.csv"), [&] {
        const std::vector<Finding> findings = checkPlan(GraphSnapshot::fromPlan(plan), plan);
        QList<QStringList> rows;
        for (const Finding &f : findings)
            rows.append({toString(f.severity), f.kind, f.subject, f.message, f.acceptedBy,
                         f.acceptedUntil});
        return PlanExports::csvTable({QStringLiteral("severity"), QStringLiteral("kind"),
                                      QStringLiteral("subject"), QStringLiteral("message"),
                                      QStringLiteral("acceptedBy"),
                                      QStringLiteral("acceptedUntil")},
                                     rows);
    });
    bytes(QStringLiteral("extracts/exceptions.csv"), [&] {
        QList<QStringList> rows;
        for (const RiskException &x : plan.exceptions)
            rows.append({x.id, x.findingKind, x.subject, x.control, x.acceptedBy, x.acceptedOn,
                         x.expires, x.reason, x.compensatingControl});
        return PlanExports::csvTable({QStringLiteral("id"), QStringLiteral("findingKind"),
                                      QStringLiteral("subject"), QStringLiteral("control"),
                                      QStringLiteral("acceptedBy"), QStringLiteral("acceptedOn"),
                                      QStringLiteral("expires"), QStringLiteral("reason"),
                                      QStringLiteral("compensatingControl")},
                                     rows);
    });
    bytes(QStringLiteral("extracts/access-reviews.csv"), [&] {
        QList<QStringList> rows;
        for (const AccessReview &r : plan.accessReviews) {
            if (!inPeriod(dateOf(r.reviewedOn), in))
                continue;
            rows.append(
                {r.id, r.node, r.reviewer, r.reviewedOn,
                 r.accountsReviewed ? QString::number(qint64(*r.accountsReviewed)) : QString(),
                 r.accountsRemoved ? QString::number(qint64(*r.accountsRemoved)) : QString(),
                 r.note});
        }
        return PlanExports::csvTable({QStringLiteral("id"), QStringLiteral("node"),
                                      QStringLiteral("reviewer"), QStringLiteral("reviewedOn"),
                                      QStringLiteral("accountsReviewed"),
                                      QStringLiteral("accountsRemoved"), QStringLiteral("note")},
                                     rows);
    });
    bytes(QStringLiteral("extracts/controls.json"),
          [&] { return AnalysisJson::controls(plan, evaluateControls(plan, in.to), in.to); });

    // The manual evidence: copied when it is where the plan says and still what was attached.
    Result local;
    struct Copy
    {
        QString name;
        QString source;
    };
    QList<Copy> copies;
    const QDir base = QFileInfo(in.planFile).absoluteDir();
    for (const EvidenceFile &e : plan.evidence) {
        const QString source = QDir::isAbsolutePath(e.path) ? e.path : base.filePath(e.path);
        const Sha sha = hashFile(source);
        if (sha.size < 0) {
            local.missingEvidence.append(Tr::tr("%1: %2 (not found)").arg(e.id, e.path));
            continue;
        }
        if (sha.hex != e.sha256) {
            local.missingEvidence.append(
                Tr::tr("%1: %2 (changed since it was attached: its SHA-256 differs)")
                    .arg(e.id, e.path));
            continue;
        }
        copies.append({unique(QStringLiteral("evidence/"),
                              e.id + QLatin1Char('-') + QFileInfo(e.path).fileName()),
                       source});
    }

    const int steps = int(entries.size()) + 1;
    int step = 0;
    QJsonArray files;
    ZipGuard archive;
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    int code = 0;
    archive.zip =
        zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive.zip)
        return fail(Tr::tr("%1 could not be written: %2").arg(path, openError(code)));
    auto add = [&](const QString &name, const QString &disk) {
        const Sha sha = hashFile(disk);
        if (sha.size < 0)
            return fail(Tr::tr("%1 could not be read back.").arg(name));
        zip_source_t *source =
            zip_source_file(archive.zip, QFile::encodeName(disk).constData(), 0, -1);
        if (!source ||
            zip_file_add(archive.zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            return fail(Tr::tr("%1 could not be added: %2").arg(name, zipError(archive.zip)));
        }
        files.append(QJsonObject{{QStringLiteral("path"), name},
                                 {QStringLiteral("sha256"), sha.hex},
                                 {QStringLiteral("size"), double(sha.size)}});
        ++local.files;
        return true;
    };
    for (const Entry &entry : std::as_const(entries)) {
        if (progress && !progress(step, steps)) {
            QFile::remove(partial);
            return fail(Tr::tr("Cancelled."));
        }
        ++step;
        const QString disk = work.filePath(QString::number(step));
        QString error;
        if (!entry.make(disk, &error))
            return fail(Tr::tr("%1 could not be made: %2").arg(entry.name, error));
        if (!add(entry.name, disk))
            return false;
    }
    for (const Copy &c : std::as_const(copies)) {
        if (!add(c.name, c.source))
            return false;
    }
    QJsonArray missing;
    for (const QString &m : std::as_const(local.missingEvidence))
        missing.append(m);
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(FormatName)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("plan"), plan.name},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("from"), in.from.toString(Qt::ISODate)},
                     {QStringLiteral("to"), in.to.toString(Qt::ISODate)}}},
        {QStringLiteral("auditHead"), QJsonObject{{QStringLiteral("seq"), double(in.head.seq)},
                                                  {QStringLiteral("hash"), in.head.hash},
                                                  {QStringLiteral("text"), headText}}},
        {QStringLiteral("program"), QStringLiteral("Continuity " CONTINUITY_VERSION)},
        {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("files"), files},
        {QStringLiteral("missingEvidence"), missing}};
    // Kept alive until zip_close, which reads it.
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    zip_source_t *source = zip_source_buffer(archive.zip, manifestBytes.constData(),
                                             zip_uint64_t(manifestBytes.size()), 0);
    if (!source || zip_file_add(archive.zip, ManifestName, source, ZIP_FL_ENC_UTF_8) < 0) {
        if (source)
            zip_source_free(source);
        return fail(Tr::tr("The manifest could not be added: %1").arg(zipError(archive.zip)));
    }
    if (progress && !progress(step, steps)) {
        QFile::remove(partial);
        return fail(Tr::tr("Cancelled."));
    }
    if (zip_close(archive.zip) != 0) {
        const QString error = zipError(archive.zip);
        QFile::remove(partial);
        return fail(Tr::tr("%1 could not be written: %2").arg(path, error));
    }
    archive.zip = nullptr;
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(Tr::tr("%1 could not be written.").arg(path));
    }
    if (progress)
        progress(steps, steps);
    if (result)
        *result = local;
    return true;
}

Verification verify(const QString &path)
{
    Verification v;
    int code = 0;
    ZipGuard archive;
    archive.zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive.zip) {
        v.problems.append(Tr::tr("%1 is not a ZIP archive that can be read: %2")
                              .arg(QFileInfo(path).fileName(), openError(code)));
        return v;
    }
    auto read = [&](zip_int64_t index, QByteArray *out) {
        zip_stat_t stat;
        if (zip_stat_index(archive.zip, zip_uint64_t(index), 0, &stat) != 0 ||
            stat.size > zip_uint64_t(1) << 32)
            return false;
        out->resize(qsizetype(stat.size));
        zip_file_t *file = zip_fopen_index(archive.zip, zip_uint64_t(index), 0);
        if (!file)
            return false;
        const zip_int64_t got = zip_fread(file, out->data(), stat.size);
        zip_fclose(file);
        return got == zip_int64_t(stat.size);
    };
    const zip_int64_t manifestIndex = zip_name_locate(archive.zip, ManifestName, 0);
    QByteArray manifestBytes;
    if (manifestIndex < 0 || !read(manifestIndex, &manifestBytes)) {
        v.problems.append(Tr::tr("%1 has no manifest.json: it is not an evidence pack.")
                              .arg(QFileInfo(path).fileName()));
        return v;
    }
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String(FormatName)) {
        v.problems.append(Tr::tr("manifest.json is not the manifest of an evidence pack."));
        return v;
    }
    v.auditHead = manifest.value(QStringLiteral("auditHead"))[QStringLiteral("text")].toString();
    const QJsonObject period = manifest.value(QStringLiteral("period")).toObject();
    v.period = Tr::tr("%1 to %2")
                   .arg(period.value(QStringLiteral("from")).toString(),
                        period.value(QStringLiteral("to")).toString());
    QSet<QString> listed;
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    v.files = int(files.size());
    for (const QJsonValue &f : files) {
        const QString name = f[QStringLiteral("path")].toString();
        listed.insert(name);
        const zip_int64_t index = zip_name_locate(archive.zip, name.toUtf8().constData(), 0);
        QByteArray content;
        if (index < 0) {
            v.problems.append(Tr::tr("%1: listed in the manifest but not in the pack").arg(name));
            continue;
        }
        if (!read(index, &content)) {
            v.problems.append(Tr::tr("%1: cannot be read").arg(name));
            continue;
        }
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (sha != f[QStringLiteral("sha256")].toString())
            v.problems.append(Tr::tr("%1: its SHA-256 does not match the manifest").arg(name));
        else if (double(content.size()) != f[QStringLiteral("size")].toDouble())
            v.problems.append(Tr::tr("%1: its size does not match the manifest").arg(name));
    }
    const zip_int64_t entries = zip_get_num_entries(archive.zip, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive.zip, zip_uint64_t(i), 0));
        if (name != QLatin1String(ManifestName) && !listed.contains(name))
            v.problems.append(Tr::tr("%1: in the pack but not in the manifest").arg(name));
    }
    v.ok = v.problems.isEmpty();
    return v;
}

} // namespace Continuity::EvidencePack
