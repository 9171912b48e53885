// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli oncall PLAN --role ID [--at ISO-8601] [--json]
// continuity-cli calltree PLAN --id ID [--at ISO-8601] [--json]
// (product/10-people.md, docs/people.md)
#include "CliRunner.h"

#include "analysis/OnCall.h"
#include "domain/Contacts.h"
#include "io/JsonWriter.h"

#include <QDateTime>
#include <QTimeZone>

namespace Continuity::Cli {
namespace {

QString instantText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// --at, or now; an instant without an offset is this computer's local time.
bool instantOption(const Arguments &a, QDateTime *at, QString *error)
{
    const QString text = a.options.value(QStringLiteral("--at"));
    if (text.isEmpty()) {
        *at = QDateTime::currentDateTimeUtc();
        return true;
    }
    *at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at->isValid()) {
        *error = Tr::tr("--at must be an ISO-8601 date and time such as 2026-03-29T09:00+02:00, "
                        "not \"%1\"")
                     .arg(text);
        return false;
    }
    return true;
}

} // namespace

int Runner::onCall(const QStringList &args)
{
    const Arguments a =
        parse(args, {QStringLiteral("--role"), QStringLiteral("--at")}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1 || !a.options.contains(QStringLiteral("--role")))
        return badUsage(Tr::tr("oncall needs a PLAN file and --role ID"));
    QString error;
    QDateTime at;
    if (!instantOption(a, &at, &error))
        return badUsage(error);
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    const QString id = a.options.value(QStringLiteral("--role"));
    const Role *role = Contacts::role(plan, id);
    if (!role) {
        QStringList ids;
        for (const Role &r : plan.roles)
            ids.append(r.id);
        return fail(Tr::tr("no role has the id \"%1\"; the plan has: %2")
                        .arg(id, ids.isEmpty() ? Tr::tr("no roles") : ids.join(u", ")));
    }
    // A role without a rota: its first member stands, with no handover to come.
    OnCall::Answer answer;
    if (role->rota)
        answer = OnCall::whoIsOnCall(*role->rota, at);
    else if (!role->members.isEmpty())
        answer.person = role->members.constFirst();

    if (a.flags.contains(QStringLiteral("--json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("role");
        w.value(role->id);
        w.key("at");
        w.value(instantText(at));
        w.key("person");
        w.emptyAsNull(answer.person);
        w.key("until");
        if (answer.until.isValid())
            w.value(instantText(answer.until));
        else
            w.null();
        w.key("override");
        w.value(answer.override);
        w.endObject();
        writeJson(w.take());
        return Success;
    }
    const QString who =
        answer.person.isEmpty() ? Tr::tr("nobody") : Contacts::displayName(plan, answer.person);
    m_out << Tr::tr("%1 at %2: %3").arg(role->name, instantText(at), who);
    if (answer.override)
        m_out << ' ' << Tr::tr("(override)");
    if (answer.until.isValid())
        m_out << ' ' << Tr::tr("until %1").arg(instantText(answer.until));
    m_out << '\n';
    if (const Person *p = Contacts::person(plan, answer.person)) {
        for (const Phone &phone : p->phones)
            m_out << "  " << displayName(phone.kind) << ": " << phone.number << '\n';
    }
    m_out.flush();
    return Success;
}

int Runner::callTree(const QStringList &args)
{
    const Arguments a =
        parse(args, {QStringLiteral("--id"), QStringLiteral("--at")}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("calltree needs exactly one PLAN file"));
    QString error;
    QDateTime at;
    if (!instantOption(a, &at, &error))
        return badUsage(error);
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    const CallTree *tree = nullptr;
    if (const int picked =
            pick(plan.callTrees, a, Tr::tr("call tree"), Tr::tr("call trees"), &tree);
        picked != Success)
        return picked;
    const QList<OnCall::Reach> reach = OnCall::expectedReach(plan, *tree, at);
    const double completion = OnCall::completionMinutes(reach);

    if (a.flags.contains(QStringLiteral("--json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("id");
        w.value(tree->id);
        w.key("nodes");
        w.beginArray();
        for (const OnCall::Reach &r : reach) {
            w.beginObject(true);
            w.key("person");
            w.emptyAsNull(r.person);
            w.key("role");
            w.emptyAsNull(r.role);
            w.key("reachMinutes");
            w.value(r.reachMinutes);
            w.endObject();
        }
        w.endArray();
        w.key("completionMinutes");
        w.value(completion);
        w.key("targetMinutes");
        w.value(tree->target());
        w.endObject();
        writeJson(w.take());
        return Success;
    }
    m_out << tree->name << '\n';
    for (const OnCall::Reach &r : reach) {
        QString who = r.person.isEmpty() ? Tr::tr("nobody") : Contacts::displayName(plan, r.person);
        if (!r.role.isEmpty())
            who = Tr::tr("%1 (%2)").arg(Contacts::displayName(plan, r.role), who);
        m_out << QString(r.depth * 2 + 2, QLatin1Char(' ')) << who << "  "
              << Tr::tr("%1 min").arg(r.reachMinutes) << '\n';
    }
    m_out << Tr::tr("Everyone reached after %1 min (target %2 min)%3")
                 .arg(completion)
                 .arg(tree->target())
                 .arg(completion > tree->target() ? Tr::tr(": over target") : QString())
          << '\n';
    m_out.flush();
    return Success;
}

} // namespace Continuity::Cli
