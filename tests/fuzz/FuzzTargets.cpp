// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include "io/CmdbImport.h"
#include "io/CmdbMapping.h"
#include "io/CsvReader.h"
#include "io/PlanJson.h"

#include <QByteArray>
#include <QStringList>

namespace Continuity::Fuzz {
namespace {

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

int csv(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const auto table = readCsv(bytes(data, size), QStringLiteral("fuzz.csv"), &error);
    if (table) {
        // Every record has a line at or after the header's, in order.
        int line = table->headerLine;
        for (const CsvRecord &r : table->records) {
            if (r.line < line)
                __builtin_trap();
            line = r.line;
        }
    }
    return 0;
}

int cmdbImport(const std::uint8_t *data, std::size_t size)
{
    const QByteArray all = bytes(data, size);
    const qsizetype split = all.indexOf("\n====\n");
    const QByteArray cis = split < 0 ? all : all.left(split + 1);
    const QByteArray rels = split < 0 ? QByteArray("parent,type,child\n") : all.mid(split + 6);
    QString error;
    const auto result =
        importCmdb(Plan::empty(), {QStringLiteral("cis.csv"), cis},
                   {QStringLiteral("rels.csv"), rels}, CmdbMapping::defaults(), &error);
    if (result) {
        // What an import produces is a plan that plan JSON accepts as it is.
        QStringList errors;
        if (result->problems.isEmpty() && !PlanJson::read(PlanJson::write(result->plan), &errors))
            __builtin_trap();
    }
    return 0;
}

int cmdbMapping(const std::uint8_t *data, std::size_t size)
{
    QStringList errors;
    const auto mapping = CmdbMapping::fromJson(bytes(data, size), &errors);
    if (mapping) {
        const auto again = CmdbMapping::fromJson(mapping->toJson(), &errors);
        if (!again || again->toJson() != mapping->toJson())
            __builtin_trap();
    }
    return 0;
}

int planJson(const std::uint8_t *data, std::size_t size)
{
    QStringList errors;
    const auto plan = PlanJson::read(bytes(data, size), &errors);
    if (plan) {
        // Whatever is accepted writes out and reads back the same.
        const QByteArray json = PlanJson::write(*plan);
        const auto again = PlanJson::read(json, &errors);
        if (!again || PlanJson::write(*again) != json)
            __builtin_trap();
    }
    return 0;
}

} // namespace Continuity::Fuzz
