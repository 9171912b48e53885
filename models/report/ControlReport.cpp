// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlReport.h"

#include "analysis/Controls.h"
#include "analysis/Findings.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"
#include "ReportFormat.h"
#include "rules/Catalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ControlReport)
};

// A control's items beyond this many print as a count: the report is read, not searched.
constexpr int MaxItems = 40;

Cell text(const QString &t, bool bold = false)
{
    return {{QString(), t, bold}};
}

// Light fills that print as greys in black and white; the words carry the status.
int fillOf(std::optional<ControlState> state, bool accepted)
{
    if (!state)
        return 0xeeeeee;
    switch (*state) {
    case ControlState::Effective:
        return 0xd9ead3;
    case ControlState::Ineffective:
        return accepted ? 0xfff2cc : 0xf4cccc;
    case ControlState::Expired:
        return 0xfce5cd;
    case ControlState::NoEvidence:
        return 0xeeeeee;
    }
    return -1;
}

QString stateText(std::optional<ControlState> state, bool accepted)
{
    if (!state)
        return Tr::tr("No control");
    return accepted ? Tr::tr("%1, accepted").arg(displayName(*state)) : displayName(*state);
}

// The rules name days as YYYY-MM-DD; the report prints every date one way (its locale's).
QString datesIn(QString text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})\\b"));
    QRegularExpressionMatchIterator it = iso.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const QRegularExpressionMatch &m : std::as_const(matches)) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        if (d.isValid())
            text.replace(m.capturedStart(1), m.capturedLength(1), Report::date(d));
    }
    return text;
}

QString dateText(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? Report::date(d) : iso;
}

} // namespace

Report::Document controlStatusReport(const Plan &plan, const QDate &at, const QDateTime &printedAt)
{
    const QList<ControlStatus> statuses = evaluateControls(plan, at);
    const Catalogue &catalogue = Catalogue::shipped();
    QHash<QString, const ControlStatus *> statusOf;
    const QList<RequirementStatus> requirements = requirementStatuses(plan, statuses);
    int effective = 0;
    int ineffective = 0;
    int expired = 0;
    int none = 0;
    int accepted = 0;
    for (qsizetype i = 0; i < statuses.size() && i < plan.controls.size(); ++i) {
        const ControlStatus &s = statuses.at(i);
        statusOf.insert(s.control, &s);
        effective += s.state == ControlState::Effective;
        ineffective += s.state == ControlState::Ineffective;
        expired += s.state == ControlState::Expired;
        none += s.state == ControlState::NoEvidence;
        accepted += !s.acceptedBy.isEmpty();
    }
    auto contactName = [&](const QString &id) {
        return id.isEmpty() ? QStringLiteral("—") : Contacts::displayName(plan, id);
    };

    Document doc;
    doc.headerLeft = plan.name;
    doc.headerRight = Tr::tr("Control status");
    doc.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));
    doc.title(Tr::tr("Control status"));
    doc.subtitle(Tr::tr("Status on %1").arg(Report::date(at)));
    const auto answered = std::count_if(requirements.cbegin(), requirements.cend(),
                                        [](const RequirementStatus &r) { return r.state; });
    const qsizetype total = requirements.size();
    doc.plain(Tr::tr("Plan: %1. %2 controls: %3 effective, %4 ineffective, %5 with expired "
                     "evidence, %6 without evidence; %7 accepted by an exception. %8 of the %9 "
                     "requirements of the catalogue are answered by a control. Each control is "
                     "evaluated on the plan as it stood when printed; the items below show what "
                     "proves or fails it.")
                  .arg(plan.name)
                  .arg(statuses.size())
                  .arg(effective)
                  .arg(ineffective)
                  .arg(expired)
                  .arg(none)
                  .arg(accepted)
                  .arg(answered)
                  .arg(total));
    doc.contents();

    doc.heading(Tr::tr("Controls"));
    if (plan.controls.isEmpty()) {
        doc.plain(Tr::tr("The plan has no controls yet."));
    } else {
        Table t;
        t.columns = {{Tr::tr("Control"), 1.1},  {Tr::tr("Title"), 2.3},  {Tr::tr("Owner"), 1.1},
                     {Tr::tr("Evidence"), 1.2}, {Tr::tr("Status"), 1.4}, {Tr::tr("Summary"), 2.8}};
        for (const Control &c : plan.controls) {
            const ControlStatus *s = statusOf.value(c.id);
            if (!s)
                continue;
            const bool isAccepted = !s->acceptedBy.isEmpty();
            t.rows.append({text(c.id, true), text(c.title), text(contactName(c.owner)),
                           text(displayName(c.rule)), text(stateText(s->state, isAccepted), true),
                           text(s->summary)});
            t.fills.append({-1, -1, -1, -1, fillOf(s->state, isAccepted), -1});
        }
        doc.table(t);
    }

    doc.heading(Tr::tr("Requirements"));
    for (qsizetype i = 0; i < requirements.size();) {
        const Framework *f = requirements.at(i).framework;
        doc.subheading(f->title);
        Table t;
        t.columns = {{Tr::tr("Clause"), 1.4},
                     {Tr::tr("Requirement"), 4},
                     {Tr::tr("Status"), 1.4},
                     {Tr::tr("Controls"), 1.5}};
        for (; i < requirements.size() && requirements.at(i).framework == f; ++i) {
            const RequirementStatus &r = requirements.at(i);
            t.rows.append({text(r.requirement->clause, true), text(r.requirement->title),
                           text(stateText(r.state, false), true),
                           text(r.controls.join(QStringLiteral(", ")))});
            t.fills.append({-1, -1, fillOf(r.state, false), -1});
        }
        doc.table(t);
    }

    doc.heading(Tr::tr("Controls in detail"));
    for (const Control &c : plan.controls) {
        const ControlStatus *s = statusOf.value(c.id);
        if (!s)
            continue;
        doc.subheading(QStringLiteral("%1  %2").arg(c.id, c.title));
        QStringList refs;
        for (const QString &r : c.requirements)
            refs.append(catalogue.reference(r));
        Table facts;
        facts.columns = {{QString(), 1.3}, {QString(), 4}};
        facts.header = false;
        QList<std::pair<QString, QString>> pairs = {
            {Tr::tr("Owner"), contactName(c.owner)},
            {Tr::tr("Frequency"), displayName(c.frequency)},
            {Tr::tr("Evidence"), displayName(c.rule)},
            {Tr::tr("Requirements"),
             refs.isEmpty() ? QStringLiteral("—") : refs.join(QStringLiteral(", "))},
            {Tr::tr("Period"), Tr::tr("%1 to %2").arg(Report::date(s->from), Report::date(s->to))},
            {Tr::tr("Status"), stateText(s->state, !s->acceptedBy.isEmpty())},
            {Tr::tr("Why"), s->summary}};
        if (!s->acceptedBy.isEmpty())
            pairs.append({Tr::tr("Accepted by"), Tr::tr("exception %1").arg(s->acceptedBy)});
        if (!c.description.isEmpty())
            pairs.append({Tr::tr("Description"), c.description});
        for (const auto &[key, value] : pairs)
            facts.rows.append({text(key, true), text(value)});
        doc.table(facts);
        if (s->items.isEmpty())
            continue;
        Table items;
        items.columns = {{Tr::tr("Item"), 1.4},
                         {Tr::tr("Name"), 2},
                         {Tr::tr("Holds"), 0.8},
                         {Tr::tr("Why"), 3.2}};
        const int shown = std::min<int>(int(s->items.size()), MaxItems);
        for (int i = 0; i < shown; ++i) {
            const ControlItem &item = s->items.at(i);
            items.rows.append({text(item.id), text(item.name),
                               text(item.holds ? Tr::tr("holds") : Tr::tr("FAILS"), !item.holds),
                               text(datesIn(item.why))});
            items.fills.append({-1, -1, item.holds ? 0xd9ead3 : 0xf4cccc, -1});
        }
        doc.table(items);
        if (s->items.size() > shown)
            doc.plain(Tr::tr("… and %1 more items (%2 of them failing); continuity-cli controls "
                             "--json lists them all.")
                          .arg(s->items.size() - shown)
                          .arg(std::count_if(s->items.cbegin() + shown, s->items.cend(),
                                             [](const ControlItem &x) { return !x.holds; })));
    }

    doc.heading(Tr::tr("Accepted risks"));
    if (plan.exceptions.isEmpty()) {
        doc.plain(Tr::tr("No risk has been accepted."));
    } else {
        Table t;
        t.columns = {{Tr::tr("Exception"), 1.1},   {Tr::tr("Accepting"), 2},
                     {Tr::tr("Accepted by"), 1.3}, {Tr::tr("Expires"), 1.2},
                     {Tr::tr("Why"), 2.4},         {Tr::tr("Compensating control"), 2.2}};
        for (const RiskException &x : plan.exceptions) {
            const bool valid = isValidOn(x, at);
            t.rows.append(
                {text(x.id, true),
                 text(x.control.isEmpty()
                          ? Tr::tr("%1 on %2").arg(findingKindTitle(x.findingKind), x.subject)
                          : Tr::tr("Control %1").arg(x.control)),
                 text(Tr::tr("%1 (%2)", "who accepted, on which day")
                          .arg(contactName(x.acceptedBy), dateText(x.acceptedOn))),
                 text(valid ? dateText(x.expires) : Tr::tr("%1 (expired)").arg(dateText(x.expires)),
                      !valid),
                 text(x.reason), text(x.compensatingControl)});
            t.fills.append({-1, -1, -1, valid ? -1 : 0xf4cccc, -1, -1});
        }
        doc.table(t);
    }

    doc.heading(Tr::tr("Access reviews"));
    QList<const AccessReview *> reviews;
    for (const AccessReview &r : plan.accessReviews) {
        const QDate d = QDate::fromString(r.reviewedOn, Qt::ISODate);
        if (d.isValid() && d <= at && d > at.addYears(-1))
            reviews.append(&r);
    }
    std::sort(reviews.begin(), reviews.end(), [](const AccessReview *a, const AccessReview *b) {
        return a->reviewedOn > b->reviewedOn;
    });
    if (reviews.isEmpty()) {
        doc.plain(Tr::tr("No access review in the twelve months before %1.").arg(Report::date(at)));
    } else {
        Table t;
        t.columns = {{Tr::tr("Service"), 2.4},  {Tr::tr("Reviewed by"), 1.6}, {Tr::tr("On"), 1.2},
                     {Tr::tr("Accounts"), 0.9}, {Tr::tr("Removed"), 0.9},     {Tr::tr("Note"), 2}};
        QHash<QString, QString> names;
        for (const Service &s : plan.services)
            names.insert(s.id, s.name);
        for (const AccessReview *r : std::as_const(reviews)) {
            t.rows.append({text(names.value(r->node, r->node)), text(contactName(r->reviewer)),
                           text(dateText(r->reviewedOn)),
                           text(r->accountsReviewed ? QString::number(qint64(*r->accountsReviewed))
                                                    : QStringLiteral("—")),
                           text(r->accountsRemoved ? QString::number(qint64(*r->accountsRemoved))
                                                   : QStringLiteral("—")),
                           text(r->note)});
        }
        doc.table(t);
    }
    return doc;
}

} // namespace Continuity
