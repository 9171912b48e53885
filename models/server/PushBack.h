// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/PlanMerge.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace Continuity {
struct Plan;
class PlanDocument;
} // namespace Continuity

// A plan taken offline as a file and pushed back (docs/decisions/offline-push-back.md): a
// pull remembers in the file where it came from and the plan as it was then; a push-back
// merges the file's changes since into the server's plan item by item, reports every item
// both changed as a conflict, and overwrites nothing silently.
namespace Continuity::Server {

// Where a plan file came from (plan_info "server_origin"), and the plan as it was pulled
// (plan_info "server_base": its plan JSON, compressed).
struct Origin
{
    QString url;         // the server and plan, without a password
    QString plan;        // the plan's name there
    qint64 auditSeq = 0; // the last audit record the file holds of the server's
    QString at;          // when it was pulled (or last pushed back), UTC
};

// Writes what a pull remembers: where from, and the plan it pulled (`planJson`, as
// PlanJson::write writes it), in the file's connection `db`; a transaction of its own.
bool recordOrigin(const QSqlDatabase &db, const Origin &origin, const QByteArray &planJson,
                  QString *errorMessage);
// Reads it back: nullopt in *origin when the file was not pulled from a server; false and a
// message when what it holds cannot be read (a damaged or foreign file). `basePlan` (may be
// null) receives the plan as it was pulled, compressed (basePlanJson() expands it).
bool readOrigin(const QSqlDatabase &db, std::optional<Origin> *origin, QByteArray *basePlan,
                QString *errorMessage);
// The plan JSON of a base readOrigin() read, expanded (a claimed size no plan JSON compresses to
// is refused before anything is allocated); false and a message when it cannot be.
bool basePlanJson(const QByteArray &basePlan, QByteArray *json, QString *errorMessage);

// What a push-back needs of the file: where it came from, the plan as it was pulled, and the
// plan as the file holds it now.
struct PushBackInput
{
    Origin origin;
    QByteArray basePlan; // compressed, as readOrigin() reads it
    std::shared_ptr<const Plan> mine;
    QString fileName; // for the server's audit record
};
// Reads it from the document of a plan file; false and a message when the file was not pulled
// from a server or its record of that cannot be read.
bool pushBackInput(PlanDocument &file, PushBackInput *input, QString *errorMessage);

struct PushBackReport
{
    PlanMerge::Result merge;   // what was (or would be) written, and the conflicts
    QStringList conflictLines; // one line per conflict, naming who changed it on the server
    bool refused = false;      // conflicts and Resolution::Refuse: nothing was written
    bool written = false;      // the server's plan now holds the merge
    std::optional<QByteArray> mergedPlanJson; // the server's plan as it now is, when pushed
    qint64 auditSeq = 0;                      // the server's last audit record with it
};

// The server's part (any thread: it opens the server plan `url` itself, `password` as
// PlanDocument::open takes it): merges the file's changes since the pull into the server's plan
// item by item, conflicts resolved as `resolution` says (Resolution::Refuse: any conflict
// writes nothing), and writes the result as one whole-plan write, refused if anyone else
// writes meanwhile. `dryRun`: compares only. false and a message when nothing could be done.
bool pushBackToServer(const PushBackInput &input, const QString &url, const QString &password,
                      PlanMerge::Resolution resolution, bool dryRun, PushBackReport *report,
                      QString *errorMessage);
// The file's part, after a push-back that was not refused: the file takes the server's plan as
// it now is and remembers it as pulled anew (its undo history starts again there: an undo
// would bring back what the server has since replaced).
bool takePushedBack(PlanDocument &file, const Origin &origin, const PushBackReport &report,
                    QString *errorMessage);

// Both, one after the other (the command line).
bool pushBack(PlanDocument &file, const QString &url, const QString &password,
              PlanMerge::Resolution resolution, bool dryRun, PushBackReport *report,
              QString *errorMessage);

} // namespace Continuity::Server
