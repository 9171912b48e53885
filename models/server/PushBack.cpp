// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushBack.h"

#include "PgConnection.h"

#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "storage/AuditTrail.h"
#include "storage/PlanStore.h"

#include "domain/Plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QUndoStack>

namespace Continuity::Server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Server)
};

const QLatin1String OriginKey("server_origin");
const QLatin1String BaseKey("server_base");

// How much a compressed plan JSON may expand: a plan's JSON shrinks 5 to 20 times at the level
// recordOrigin() uses; a claim beyond this is no plan the file was given by a pull.
constexpr qint64 MaxExpansion = 200;

std::optional<QJsonObject> jsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString baseUnreadable()
{
    return Tr::tr("The file's record of the plan as it was pulled cannot be read; pull the plan "
                  "again.");
}

// The last record of the server's trail after the file's basis that names `item`; else the last
// whole-plan write after it.
const Audit::Record *lastChange(const QList<Audit::Record> &records, const PlanMerge::Item &item)
{
    const Audit::Record *whole = nullptr;
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (!item.id.isEmpty() &&
            (it->objectId == item.id || it->objectId.split(QLatin1Char(',')).contains(item.id)))
            return &*it;
        if (!whole && it->objectKind == QLatin1String("plan"))
            whole = &*it;
    }
    return whole;
}

QString changeWord(PlanMerge::Change change, bool file)
{
    switch (change) {
    case PlanMerge::Change::Added:
        return file ? Tr::tr("added in the file") : Tr::tr("added on the server");
    case PlanMerge::Change::Removed:
        return file ? Tr::tr("removed in the file") : Tr::tr("removed on the server");
    case PlanMerge::Change::Changed:
        break;
    }
    return file ? Tr::tr("changed in the file") : Tr::tr("changed on the server");
}

QString utcText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : iso;
}

} // namespace

bool recordOrigin(const QSqlDatabase &db, const Origin &origin, const QByteArray &planJson,
                  QString *errorMessage)
{
    const QJsonObject o{{QStringLiteral("url"), origin.url},
                        {QStringLiteral("plan"), origin.plan},
                        {QStringLiteral("auditSeq"), double(origin.auditSeq)},
                        {QStringLiteral("at"), origin.at}};
    // Compressed at the fastest level: a plan's JSON still shrinks 5 to 20 times.
    const QByteArray base = qCompress(planJson, 1).toBase64();
    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        *errorMessage = connection.lastError().text();
        return false;
    }
    QSqlQuery query(connection);
    const bool ok =
        query.prepare(QStringLiteral("INSERT INTO plan_info(key, value) VALUES(?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) &&
        [&] {
            for (const auto &[key, value] :
                 {std::pair{QString(OriginKey),
                            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))},
                  std::pair{QString(BaseKey), QString::fromLatin1(base)}}) {
                query.bindValue(0, key);
                query.bindValue(1, value);
                if (!query.exec())
                    return false;
            }
            return true;
        }();
    if (!ok) {
        *errorMessage = query.lastError().text();
        connection.rollback();
        return false;
    }
    if (!connection.commit()) {
        *errorMessage = connection.lastError().text();
        return false;
    }
    return true;
}

bool readOrigin(const QSqlDatabase &db, std::optional<Origin> *origin, QByteArray *basePlan,
                QString *errorMessage)
{
    origin->reset();
    // One plan_info value; empty when the file has none.
    const auto value = [&](const QString &key, QString *text) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT value FROM plan_info WHERE key = ?"))) {
            *errorMessage = query.lastError().text();
            return false;
        }
        query.bindValue(0, key);
        if (!query.exec()) {
            *errorMessage = query.lastError().text();
            return false;
        }
        *text = query.next() ? query.value(0).toString() : QString();
        return true;
    };
    QString originText;
    if (!value(OriginKey, &originText))
        return false;
    if (originText.isEmpty())
        return true;
    const std::optional<QJsonObject> o = jsonObject(originText.toUtf8());
    if (!o || !o->value(QLatin1String("plan")).isString() ||
        !ServerUrl::isValidPlanName(o->value(QLatin1String("plan")).toString()) ||
        !o->value(QLatin1String("auditSeq")).isDouble()) {
        *errorMessage = Tr::tr("The file's record of the server plan it was pulled from cannot "
                               "be read; pull the plan again.");
        return false;
    }
    if (basePlan) {
        QString base;
        if (!value(BaseKey, &base))
            return false;
        *basePlan = QByteArray::fromBase64(base.toLatin1());
    }
    Origin result;
    result.url = o->value(QLatin1String("url")).toString();
    result.plan = o->value(QLatin1String("plan")).toString();
    result.auditSeq = qint64(o->value(QLatin1String("auditSeq")).toDouble());
    result.at = o->value(QLatin1String("at")).toString();
    *origin = result;
    return true;
}

bool basePlanJson(const QByteArray &basePlan, QByteArray *json, QString *errorMessage)
{
    // A compressed plan claims its size in its first four bytes: one claiming more than any
    // plan JSON compresses to is refused before anything is allocated for it.
    if (basePlan.size() >= 4 &&
        qFromBigEndian<quint32>(basePlan.constData()) <= MaxExpansion * basePlan.size() + (1 << 20))
        *json = qUncompress(basePlan);
    else
        json->clear();
    if (json->isEmpty()) {
        *errorMessage = baseUnreadable();
        return false;
    }
    return true;
}

bool pushBackInput(PlanDocument &file, PushBackInput *input, QString *errorMessage)
{
    const QString fileName = QFileInfo(file.filePath()).fileName();
    std::optional<Origin> origin;
    if (!readOrigin(file.file()->database(), &origin, &input->basePlan, errorMessage))
        return false;
    if (!origin) {
        *errorMessage = Tr::tr("%1 was not pulled from a server, so there is nothing to push "
                               "back; push it as a new plan (server push with a new plan=NAME).")
                            .arg(fileName);
        return false;
    }
    input->origin = *origin;
    input->mine = std::make_shared<const Plan>(file.plan());
    input->fileName = fileName;
    return true;
}

bool pushBackToServer(const PushBackInput &input, const QString &url, const QString &password,
                      PlanMerge::Resolution resolution, bool dryRun, PushBackReport *report,
                      QString *errorMessage)
{
    *report = PushBackReport();
    ServerUrl target;
    if (!ServerUrl::parse(url, &target, errorMessage))
        return false;
    if (target.plan != input.origin.plan) {
        *errorMessage = Tr::tr("%1 was pulled from plan \"%2\" (%3); it can be pushed back only "
                               "there, not to plan \"%4\".")
                            .arg(input.fileName, input.origin.plan, input.origin.url, target.plan);
        return false;
    }
    std::unique_ptr<PlanDocument> server = PlanDocument::open(url, errorMessage, password);
    if (!server)
        return false;
    if (!dryRun && server->isReadOnly()) {
        *errorMessage =
            Tr::tr("Plan \"%1\" on the server cannot be changed: %2 Nothing was pushed.")
                .arg(input.origin.plan, server->readOnlyReason());
        return false;
    }
    QByteArray baseJson;
    if (!basePlanJson(input.basePlan, &baseJson, errorMessage))
        return false;
    const std::optional<QJsonObject> base = jsonObject(baseJson);
    if (!base) {
        *errorMessage = baseUnreadable();
        return false;
    }
    const QByteArray theirsJson = PlanJson::write(server->plan());
    const std::optional<QJsonObject> mine = jsonObject(PlanJson::write(*input.mine));
    const std::optional<QJsonObject> theirs = jsonObject(theirsJson);
    if (!mine || !theirs) {
        *errorMessage = Tr::tr("The plans cannot be compared.");
        return false;
    }
    report->merge = PlanMerge::merge(*base, *mine, *theirs, resolution);

    if (!report->merge.conflicts.isEmpty()) {
        QList<Audit::Record> records;
        QString ignored;
        Audit::list(server->file()->database(), {}, &records, &ignored);
        records.erase(
            std::remove_if(records.begin(), records.end(),
                           [&](const Audit::Record &r) { return r.seq <= input.origin.auditSeq; }),
            records.end());
        for (const PlanMerge::Conflict &c : std::as_const(report->merge.conflicts)) {
            QString line = Tr::tr("%1: %2, and %3")
                               .arg(PlanMerge::describe(c.item), changeWord(c.mine, true),
                                    changeWord(c.theirs, false));
            if (const Audit::Record *r = lastChange(records, c.item))
                line += Tr::tr(" (last by %1 at %2)").arg(r->user, utcText(r->at));
            if (!c.fields.isEmpty())
                line += Tr::tr("; they differ in %1").arg(c.fields.join(QStringLiteral(", ")));
            report->conflictLines.append(line);
        }
        if (resolution == PlanMerge::Resolution::Refuse) {
            report->refused = true;
            return true;
        }
    }
    if (dryRun)
        return true;

    const QByteArray mergedJson =
        QJsonDocument(report->merge.merged).toJson(QJsonDocument::Compact);
    QStringList problems;
    const std::optional<Plan> merged = PlanJson::read(mergedJson, &problems);
    if (!merged) {
        *errorMessage = Tr::tr("The file's changes and the server's together break the plan's "
                               "rules: %1. Nothing was pushed; pull the plan again and make the "
                               "file's changes there.")
                            .arg(problems.join(QStringLiteral("; ")));
        return false;
    }
    if (!report->merge.taken.isEmpty()) {
        if (!server->replacePlan(*merged,
                                 Tr::tr("Push back %1 (%n change(s) made offline)", nullptr,
                                        int(report->merge.taken.size()))
                                     .arg(input.fileName),
                                 errorMessage)) {
            *errorMessage = Tr::tr("%1; nothing was pushed.").arg(*errorMessage);
            return false;
        }
        report->written = true;
        report->mergedPlanJson = PlanJson::write(server->plan());
    } else {
        report->mergedPlanJson = theirsJson;
    }
    report->auditSeq = server->auditHead().seq;
    return true;
}

bool takePushedBack(PlanDocument &file, const Origin &origin, const PushBackReport &report,
                    QString *errorMessage)
{
    if (!report.mergedPlanJson)
        return true;
    const QByteArray &mergedJson = *report.mergedPlanJson;
    const auto failed = [&](const QString &why) {
        *errorMessage = Tr::tr("The server's plan holds the file's changes, but %1 could not "
                               "take the server's plan: %2")
                            .arg(QFileInfo(file.filePath()).fileName(), why);
        return false;
    };
    if (PlanJson::write(file.plan()) != mergedJson) {
        QStringList problems;
        const std::optional<Plan> merged = PlanJson::read(mergedJson, &problems);
        if (!merged)
            return failed(problems.join(QStringLiteral("; ")));
        QString why;
        if (!file.replacePlan(*merged, Tr::tr("Take plan \"%1\" as pushed back").arg(origin.plan),
                              &why))
            return failed(why);
    }
    Origin next = origin;
    next.auditSeq = report.auditSeq;
    next.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (QString why; !recordOrigin(file.file()->database(), next, mergedJson, &why))
        return failed(why);
    // An undo would take the file back to before the server's plan, and the next push-back
    // would then write that back over others' edits: the file's history starts again here.
    file.undoStack()->clear();
    return true;
}

bool pushBack(PlanDocument &file, const QString &url, const QString &password,
              PlanMerge::Resolution resolution, bool dryRun, PushBackReport *report,
              QString *errorMessage)
{
    PushBackInput input;
    if (!pushBackInput(file, &input, errorMessage))
        return false;
    if (!dryRun && file.isReadOnly()) {
        *errorMessage = Tr::tr("%1 cannot take the plan as pushed back: %2 Nothing was pushed.")
                            .arg(input.fileName, file.readOnlyReason());
        return false;
    }
    if (!pushBackToServer(input, url, password, resolution, dryRun, report, errorMessage))
        return false;
    if (dryRun || report->refused)
        return true;
    return takePushedBack(file, input.origin, *report, errorMessage);
}

} // namespace Continuity::Server
