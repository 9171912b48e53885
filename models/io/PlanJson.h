// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/JsonWriter.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

namespace Continuity {

struct Plan;
struct Runbook;

// Plan JSON (PRODUCT §8, docs/plan-format.md): the lossless interchange and "plan as code"
// format. Writing is deterministic (fixed key order, elements sorted by id), so that
// export → import → export gives the same bytes.
namespace PlanJson {

inline constexpr const char *FormatName = "continuity-plan";
// 2: people (persons, roles, call trees). 3: incidents with post-mortems, SLOs, the incident
// policy, a tier's SLO objective, services' MTBF and MTTR. 4: changes, freeze windows,
// maintenance windows and the change policy. 5: controls, evidence files, access reviews,
// exceptions and the governance policy. Earlier versions read as before.
inline constexpr int Version = 6;

QByteArray write(const Plan &plan);

// What write() writes, with where each top-level value is in it (key and byte range, in the
// document's order): two plans compare section by section without parsing either (the audit
// trail's details of an edit).
struct Sections
{
    QByteArray json;
    QList<JsonWriter::Section> sections;
    QByteArrayView value(qsizetype i) const
    {
        const JsonWriter::Section &s = sections.at(i);
        return QByteArrayView(json).sliced(s.begin, s.end - s.begin);
    }
};
// `only`: a top-level key (a literal); the other sections are left out.
Sections writeSections(const Plan &plan, const char *only = nullptr);

// Reads and strictly validates plan JSON. On failure returns nullopt and fills `errors` with
// messages that name the JSON path and the rule ("services[12].rtoHours: must be a number of
// hours from 0 to 87600"); a wrong format or a future version is reported alone, first.
std::optional<Plan> read(const QByteArray &json, QStringList *errors);
// How read() goes through the text. Streamed: the big arrays (processes, services,
// dependencies) element by element, straight from the text, the rest parsed whole; anything
// not plainly a plan is read Whole after all. Whole: all of it parsed at once (QJsonDocument).
// Both accept the same texts and say the same of the others; Streamed needs a fraction of the
// memory (docs/decisions/streamed-json-import.md).
enum class Reading { Streamed, Whole };
// `release(n)`: the first n bytes of the text are no longer needed (a mapped file's pages can be
// given back); called now and then while a Streamed read goes through the text.
std::optional<Plan> read(QByteArrayView json, QStringList *errors, Reading reading,
                         const std::function<void(qsizetype)> &release = {});

// One runbook as the plan JSON writes it (the plan file keeps approved earlier versions so).
QByteArray runbookToJson(const Runbook &runbook);
std::optional<Runbook> runbookFromJson(const QByteArray &json, QStringList *errors);

} // namespace PlanJson
} // namespace Continuity
