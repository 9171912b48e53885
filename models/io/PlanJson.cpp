// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanJson.h"

#include "ByteKeys.h"
#include "CmdbMapping.h"
#include "domain/Contacts.h"
#include "domain/Fields.h"
#include "domain/Plan.h"
#include "JsonWriter.h"
#include "rules/PlanRules.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>
#include <numeric>

namespace Continuity::PlanJson {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::PlanJson)
};

// ---- writing ------------------------------------------------------------------------------

// The items in their own order.
template <typename T> QList<const T *> pointers(const QList<T> &items)
{
    QList<const T *> result;
    result.reserve(items.size());
    for (const T &item : items)
        result.append(&item);
    return result;
}

template <typename T, typename Less>
QList<const T *> sortedPointers(const QList<T> &items, Less less)
{
    QList<const T *> result = pointers(items);
    std::stable_sort(result.begin(), result.end(),
                     [&](const T *a, const T *b) { return less(*a, *b); });
    return result;
}

void writeStrings(JsonWriter &w, const QStringList &list)
{
    w.beginArray(true);
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

// Only placed nodes carry a position, so a plan that was never drawn exports as before.
void writePosition(JsonWriter &w, const std::optional<QPointF> &position)
{
    if (!position)
        return;
    w.key("position");
    w.beginObject(true);
    w.key("x");
    w.value(position->x());
    w.key("y");
    w.value(position->y());
    w.endObject();
}

// The table's fields of `item` in table order; fields of one object are written inside it.
template <typename T> void writeFields(JsonWriter &w, const T &item, Fields<T> fields)
{
    using Type = typename Field<T>::Type;
    const char *open = nullptr;
    for (const Field<T> &f : fields) {
        if (!Field<T>::sameObject(f.object, open)) {
            if (open)
                w.endObject();
            if (f.object) {
                w.key(f.object);
                w.beginObject(true);
            }
            open = f.object;
        }
        switch (f.type) {
        case Type::Name:
        case Type::RequiredText:
        case Type::Text:
        case Type::LongText:
            w.key(f.key);
            w.value(f.textOf(item));
            break;
        case Type::OptionalText:
            w.key(f.key);
            w.value(f.optionalTextOf(item));
            break;
        case Type::Hours:
        case Type::Amount:
            if (f.object && !f.numberOf(item))
                break;
            w.key(f.key);
            w.value(f.numberOf(item));
            break;
        case Type::Tier:
            w.key(f.key);
            w.value(f.tierOf(item));
            break;
        case Type::Choice:
            w.key(f.key);
            w.value(f.choice->get(item));
            break;
        case Type::OptionalChoice: {
            const QString name = f.choice->get(item);
            w.key(f.key);
            w.value(name.isEmpty() ? std::optional<QString>() : std::optional<QString>(name));
            break;
        }
        case Type::Flag:
            // Written only when set: a plan that never uses it reads as before.
            if (f.flagOf(item)) {
                w.key(f.key);
                w.value(true);
            }
            break;
        case Type::Severity:
            w.key(f.key);
            w.value(f.integerOf(item));
            break;
        }
    }
    if (open)
        w.endObject();
}

void writeProcess(JsonWriter &w, const Process &p)
{
    w.beginObject();
    w.key("id");
    w.value(p.id);
    writeFields(w, p, processFields());
    w.key("impacts");
    w.beginObject();
    for (ImpactCategory category : allImpactCategories) {
        const QByteArray name = toString(category).toLatin1();
        w.key(name.constData());
        w.beginArray(true);
        for (int rating : p.impact(category))
            w.value(rating);
        w.endArray();
    }
    w.endObject();
    writePosition(w, p.position);
    w.endObject();
}

void writeService(JsonWriter &w, const Service &s)
{
    w.beginObject();
    w.key("id");
    w.value(s.id);
    writeFields(w, s, serviceFields());
    w.key("tags");
    QStringList tags = s.tags;
    tags.sort();
    writeStrings(w, tags);
    if (!s.attributes.isEmpty()) {
        // Only services that carry some, so that a plan without a CMDB exports as before.
        w.key("attributes");
        w.beginObject(true);
        for (auto it = s.attributes.cbegin(); it != s.attributes.cend(); ++it) {
            w.key(it.key());
            w.value(it.value());
        }
        w.endObject();
    }
    writePosition(w, s.position);
    w.endObject();
}

void writeRunbook(JsonWriter &w, const Runbook &r)
{
    w.beginObject();
    w.key("id");
    w.value(r.id);
    w.key("service");
    w.emptyAsNull(r.service);
    writeFields(w, r, runbookFields());
    w.key("steps");
    w.beginArray();
    for (const RunbookStep &s : r.steps) {
        w.beginObject();
        writeFields(w, s, runbookStepFields());
        w.key("waitsFor");
        writeStrings(w, s.waitsFor);
        w.endObject();
    }
    w.endArray();
    if (!r.previousVersions.isEmpty()) {
        w.key("previousVersions");
        w.beginArray();
        for (const Runbook &previous : r.previousVersions)
            writeRunbook(w, previous);
        w.endArray();
    }
    w.endObject();
}

// The items of `list`, each an object of the table's fields.
template <typename T>
void writeItems(JsonWriter &w, const char *key, const QList<const T *> &list, Fields<T> fields)
{
    w.key(key);
    w.beginArray();
    for (const T *item : list) {
        w.beginObject(true);
        writeFields(w, *item, fields);
        w.endObject();
    }
    w.endArray();
}

void writeExercise(JsonWriter &w, const Exercise &e)
{
    w.beginObject();
    writeFields(w, e, exerciseFields());
    w.key("runbooks");
    writeStrings(w, e.runbooks);
    w.key("services");
    writeStrings(w, e.services);
    writeItems(w, "participants", pointers(e.participants), participantFields());
    writeItems(w, "pauses", pointers(e.pauses), pauseFields());
    writeItems(w, "log", pointers(e.log), logEntryFields());
    writeItems(w, "corrections", pointers(e.corrections), correctionFields());
    // Results in service order, as the file keeps them.
    writeItems(
        w, "results",
        sortedPointers(e.results, [](const ExerciseResult &a,
                                     const ExerciseResult &b) { return a.service < b.service; }),
        resultFields());
    w.key("findings");
    writeStrings(w, e.findings);
    writeItems(w, "actions", pointers(e.actions), actionFields());
    writeItems(w, "drill", pointers(e.drill), drillCallFields());
    w.endObject();
}

void writeCallNode(JsonWriter &w, const CallTreeNode &node)
{
    w.beginObject();
    w.key("contact");
    w.value(node.contact);
    w.key("fallback");
    w.emptyAsNull(node.fallback);
    w.key("children");
    w.beginArray();
    for (const CallTreeNode &child : node.children)
        writeCallNode(w, child);
    w.endArray();
    w.endObject();
}

void writeEscalation(JsonWriter &w, const std::optional<EscalationPolicy> &policy)
{
    if (!policy) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("levels");
    w.beginArray();
    for (const EscalationLevel &level : policy->levels) {
        w.beginObject(true);
        w.key("afterMinutes");
        w.value(level.afterMinutes);
        w.key("notify");
        writeStrings(w, level.notify);
        w.endObject();
    }
    w.endArray();
    w.key("repeat");
    w.value(policy->repeat);
    w.endObject();
}

void writePeoplePolicy(JsonWriter &w, const PeoplePolicy &policy)
{
    if (!w.wants("peoplePolicy"))
        return;
    w.key("peoplePolicy");
    w.beginObject();
    w.key("verifyWithinDays");
    w.value(policy.verifyWithinDays);
    w.key("rtoEscalation");
    w.beginArray();
    for (const RtoEscalationStep &step : policy.rtoEscalation) {
        w.beginObject(true);
        w.key("fraction");
        w.value(step.fraction);
        w.key("notify");
        writeStrings(w, step.notify);
        w.endObject();
    }
    w.endArray();
    w.key("tierEscalation");
    w.beginArray();
    for (int tier = 0; tier < 4; ++tier)
        writeEscalation(w, policy.tierEscalation[tier]);
    w.endArray();
    w.endObject();
}

void writeIncident(JsonWriter &w, const Incident &incident)
{
    w.beginObject();
    writeFields(w, incident, incidentFields());
    writeItems(w, "affected", pointers(incident.affected), affectedFields());
    writeItems(w, "dataLoss", pointers(incident.dataLoss), dataLossFields());
    w.key("plansActivated");
    writeStrings(w, incident.plansActivated);
    writeItems(w, "factors", pointers(incident.factors), factorFields());
    w.key("postmortem");
    if (const std::optional<Postmortem> &pm = incident.postmortem) {
        w.beginObject();
        writeFields(w, *pm, postmortemFields());
        writeItems(w, "timeline", pointers(pm->timeline), timelineFields());
        writeItems(w, "actions", pointers(pm->actions), incidentActionFields());
        writeItems(w, "runbookChanges", pointers(pm->runbookChanges), runbookChangeFields());
        w.endObject();
    } else {
        w.null();
    }
    w.endObject();
}

void writeIncidents(JsonWriter &w, const Plan &plan)
{
    if (w.wants("incidents")) {
        w.key("incidents");
        w.beginArray();
        for (const Incident *i : sortedPointers(
                 plan.incidents, [](const Incident &a, const Incident &b) { return a.id < b.id; }))
            writeIncident(w, *i);
        w.endArray();
    }
    if (w.wants("slos")) {
        w.key("slos");
        w.beginArray();
        for (const Slo *s : sortedPointers(
                 plan.slos, [](const Slo &a, const Slo &b) { return a.node < b.node; })) {
            w.beginObject(true);
            w.key("node");
            w.value(s->node);
            writeFields(w, *s, sloFields());
            w.endObject();
        }
        w.endArray();
    }
    const IncidentPolicy &policy = plan.incidentPolicy;
    if (w.wants("incidentPolicy")) {
        w.key("incidentPolicy");
        w.beginObject(true);
        w.key("postmortemBusinessDays");
        w.value(policy.postmortemBusinessDays);
        w.key("postmortemSev1Days");
        w.value(policy.postmortemSev1Days);
        w.key("timeZone");
        w.value(policy.timeZone);
        w.key("financialEntity");
        w.value(policy.financialEntity);
        w.endObject();
    }
}

void writeChange(JsonWriter &w, const Change &c)
{
    w.beginObject();
    writeFields(w, c, changeFields());
    w.key("targets");
    writeStrings(w, c.targets);
    w.key("release");
    if (const std::optional<ReleasePlan> &r = c.release) {
        w.beginObject(true);
        writeFields(w, *r, releaseFields());
        w.key("canarySteps");
        w.beginArray();
        for (double step : r->canarySteps)
            w.value(step);
        w.endArray();
        w.endObject();
    } else {
        w.null();
    }
    w.key("cab");
    if (const std::optional<CabReview> &cab = c.cab) {
        w.beginObject(true);
        writeFields(w, *cab, cabFields());
        w.key("by");
        writeStrings(w, cab->by);
        w.endObject();
    } else {
        w.null();
    }
    writeItems(w, "verification", pointers(c.verification), verificationFields());
    w.key("causedIncidents");
    writeStrings(w, c.causedIncidents);
    w.endObject();
}

void writeChanges(JsonWriter &w, const Plan &plan)
{
    if (w.wants("changes")) {
        w.key("changes");
        w.beginArray();
        for (const Change *c : sortedPointers(
                 plan.changes, [](const Change &a, const Change &b) { return a.id < b.id; }))
            writeChange(w, *c);
        w.endArray();
    }
    if (w.wants("freezes")) {
        w.key("freezes");
        w.beginArray();
        for (const FreezeWindow *f :
             sortedPointers(plan.freezes, [](const FreezeWindow &a, const FreezeWindow &b) {
                 return a.id < b.id;
             })) {
            w.beginObject();
            writeFields(w, *f, freezeFields());
            w.key("nodes");
            writeStrings(w, f->nodes);
            w.key("sites");
            writeStrings(w, f->sites);
            w.endObject();
        }
        w.endArray();
    }
    if (w.wants("maintenanceWindows")) {
        w.key("maintenanceWindows");
        w.beginArray();
        for (const MaintenanceWindow *m : sortedPointers(
                 plan.maintenanceWindows, [](const MaintenanceWindow &a,
                                             const MaintenanceWindow &b) { return a.id < b.id; })) {
            w.beginObject(true);
            writeFields(w, *m, maintenanceFields());
            w.endObject();
        }
        w.endArray();
    }
    if (w.wants("changePolicy")) {
        w.key("changePolicy");
        w.beginObject(true);
        w.key("degradedLossFactor");
        w.value(plan.changePolicy.degradedLossFactor);
        w.key("minLeadDays");
        w.value(plan.changePolicy.minLeadDays);
        w.endObject();
    }
}

// Governance (docs/governance.md): controls, evidence files, access reviews, exceptions and
// the governance policy, each list sorted by id.
template <typename T>
void writeRecords(JsonWriter &w, const char *key, const QList<T> &list, Fields<T> fields)
{
    if (!w.wants(key))
        return;
    w.key(key);
    w.beginArray();
    for (const T *item : sortedPointers(list, [](const T &a, const T &b) { return a.id < b.id; })) {
        w.beginObject(true);
        writeFields(w, *item, fields);
        w.endObject();
    }
    w.endArray();
}

void writeGovernance(JsonWriter &w, const Plan &plan)
{
    if (w.wants("controls")) {
        w.key("controls");
        w.beginArray();
        for (const Control *c : sortedPointers(
                 plan.controls, [](const Control &a, const Control &b) { return a.id < b.id; })) {
            w.beginObject();
            writeFields(w, *c, controlFields());
            w.key("requirements");
            writeStrings(w, c->requirements);
            w.endObject();
        }
        w.endArray();
    }
    writeRecords(w, "evidence", plan.evidence, evidenceFields());
    writeRecords(w, "accessReviews", plan.accessReviews, accessReviewFields());
    writeRecords(w, "exceptions", plan.exceptions, exceptionFields());
    writeRecords(w, "contracts", plan.contracts, contractFields());
    writeRecords(w, "commitments", plan.commitments, commitmentFields());
    const GovernancePolicy &g = plan.governancePolicy;
    if (w.wants("governancePolicy")) {
        w.key("governancePolicy");
        w.beginObject(true);
        w.key("riskOwnerRole");
        w.value(g.riskOwnerRole);
        const std::pair<const char *, const QString *> texts[] = {
            {"entityName", &g.entityName},
            {"entityLei", &g.entityLei},
            {"entityCountry", &g.entityCountry},
            {"entityType", &g.entityType},
            {"competentAuthority", &g.competentAuthority},
            {"currency", &g.currency},
        };
        for (const auto &[key, value] : texts) {
            w.key(key);
            w.value(*value);
        }
        w.key("criticalMaxTier");
        w.value(g.criticalMaxTier);
        w.endObject();
    }
}

void writePeople(JsonWriter &w, const Plan &plan)
{
    if (w.wants("persons")) {
        w.key("persons");
        w.beginArray();
        for (const Person *p : sortedPointers(
                 plan.persons, [](const Person &a, const Person &b) { return a.id < b.id; })) {
            w.beginObject();
            writeFields(w, *p, personFields());
            writeItems(w, "phones", pointers(p->phones), phoneFields());
            w.endObject();
        }
        w.endArray();
    }
    if (w.wants("roles")) {
        w.key("roles");
        w.beginArray();
        for (const Role *r :
             sortedPointers(plan.roles, [](const Role &a, const Role &b) { return a.id < b.id; })) {
            w.beginObject();
            writeFields(w, *r, roleFields());
            w.key("members");
            writeStrings(w, r->members);
            w.key("rota");
            if (r->rota) {
                w.beginObject();
                w.key("start");
                w.value(r->rota->start);
                w.key("timeZone");
                w.value(r->rota->timeZone);
                w.key("shiftDays");
                w.value(r->rota->shiftDays);
                w.key("order");
                writeStrings(w, r->rota->order);
                writeItems(w, "overrides", pointers(r->rota->overrides), overrideFields());
                w.endObject();
            } else {
                w.null();
            }
            w.key("escalation");
            writeEscalation(w, r->escalation);
            w.endObject();
        }
        w.endArray();
    }
    if (w.wants("callTrees")) {
        w.key("callTrees");
        w.beginArray();
        for (const CallTree *t :
             sortedPointers(plan.callTrees,
                            [](const CallTree &a, const CallTree &b) { return a.id < b.id; })) {
            w.beginObject();
            writeFields(w, *t, callTreeFields());
            w.key("root");
            writeCallNode(w, t->root);
            w.endObject();
        }
        w.endArray();
    }
}

} // namespace

namespace {

void writePlan(JsonWriter &w, const Plan &plan)
{
    w.beginObject();
    w.key("format");
    w.value(QString::fromLatin1(FormatName));
    w.key("version");
    w.value(Version);
    w.key("name");
    w.value(plan.name);
    w.key("biaHorizonsHours");
    w.beginArray(true);
    for (double h : plan.biaHorizonsHours)
        w.value(h);
    w.endArray();
    w.key("biaReviewMonths");
    w.value(plan.tierPolicy.biaReviewMonths);
    if (w.wants("tierPolicy")) {
        w.key("tierPolicy");
        w.beginArray();
        for (const TierRule *rule :
             sortedPointers(plan.tierPolicy.tiers,
                            [](const TierRule &a, const TierRule &b) { return a.tier < b.tier; })) {
            w.beginObject(true);
            w.key("tier");
            w.value(rule->tier);
            w.key("maxMtdHours");
            w.value(rule->maxMtdHours);
            w.key("minLossPerHour");
            w.value(rule->minLossPerHour);
            w.key("testEveryMonths");
            w.value(rule->testEveryMonths);
            w.key("sloObjective");
            w.value(rule->sloObjective);
            w.endObject();
        }
        w.endArray();
    }
    if (w.wants("regulatoryPolicy")) {
        w.key("regulatoryPolicy");
        w.beginArray();
        for (const RegulatoryRule *rule : sortedPointers(
                 plan.tierPolicy.regulatory,
                 [](const RegulatoryRule &a, const RegulatoryRule &b) { return a.tag < b.tag; })) {
            w.beginObject(true);
            w.key("tag");
            w.value(rule->tag);
            w.key("minTier");
            w.value(rule->minTier);
            w.key("maxRpoHours");
            w.value(rule->maxRpoHours);
            w.endObject();
        }
        w.endArray();
    }

    if (w.wants("processes")) {
        w.key("processes");
        w.beginArray();
        for (const Process *p : sortedPointers(
                 plan.processes, [](const Process &a, const Process &b) { return a.id < b.id; }))
            writeProcess(w, *p);
        w.endArray();
    }

    if (w.wants("services")) {
        w.key("services");
        w.beginArray();
        for (const Service *s : sortedPointers(
                 plan.services, [](const Service &a, const Service &b) { return a.id < b.id; }))
            writeService(w, *s);
        w.endArray();
    }

    if (w.wants("dependencies")) {
        w.key("dependencies");
        w.beginArray();
        for (const Dependency *d :
             sortedPointers(plan.dependencies, [](const Dependency &a, const Dependency &b) {
                 const int c = QString::compare(a.consumer, b.consumer);
                 return c != 0 ? c < 0 : a.provider < b.provider;
             })) {
            w.beginObject(true);
            w.key("consumer");
            w.value(d->consumer);
            w.key("provider");
            w.value(d->provider);
            w.key("strength");
            w.value(toString(d->strength));
            w.key("group");
            w.emptyAsNull(d->group);
            w.endObject();
        }
        w.endArray();
    }

    if (w.wants("groups")) {
        w.key("groups");
        w.beginArray();
        for (const RedundancyGroup *g :
             sortedPointers(plan.groups, [](const RedundancyGroup &a, const RedundancyGroup &b) {
                 const int c = QString::compare(a.consumer, b.consumer);
                 return c != 0 ? c < 0 : a.name < b.name;
             })) {
            w.beginObject(true);
            w.key("consumer");
            w.value(g->consumer);
            w.key("name");
            w.value(g->name);
            w.key("quorum");
            w.value(g->quorum);
            w.endObject();
        }
        w.endArray();
    }

    if (w.wants("runbooks")) {
        w.key("runbooks");
        w.beginArray();
        for (const Runbook *r : sortedPointers(
                 plan.runbooks, [](const Runbook &a, const Runbook &b) { return a.id < b.id; }))
            writeRunbook(w, *r);
        w.endArray();
    }

    if (w.wants("exercises")) {
        w.key("exercises");
        w.beginArray();
        for (const Exercise *e : sortedPointers(
                 plan.exercises, [](const Exercise &a, const Exercise &b) { return a.id < b.id; }))
            writeExercise(w, *e);
        w.endArray();
    }
    writePeople(w, plan);
    writePeoplePolicy(w, plan.peoplePolicy);
    writeIncidents(w, plan);
    writeChanges(w, plan);
    writeGovernance(w, plan);
    if (!plan.cmdbMapping.isEmpty() && w.wants("cmdbMapping")) {
        // Kept canonical by PlanDocument and by reading; a mapping that no longer reads is
        // left out rather than written broken.
        QStringList ignored;
        if (const std::optional<CmdbMapping> mapping =
                CmdbMapping::fromJson(plan.cmdbMapping.toUtf8(), &ignored)) {
            w.key("cmdbMapping");
            mapping->write(w);
        }
    }
    w.endObject();
}

} // namespace

QByteArray write(const Plan &plan)
{
    JsonWriter w(plan.services.size() * 600 + plan.dependencies.size() * 90 + 4096);
    writePlan(w, plan);
    return w.take();
}

Sections writeSections(const Plan &plan, const char *only)
{
    JsonWriter w(plan.services.size() * 600 + plan.dependencies.size() * 90 + 4096);
    w.keepOnly(only);
    writePlan(w, plan);
    Sections out;
    out.sections = w.sections();
    out.json = w.take();
    return out;
}

// ---- reading ------------------------------------------------------------------------------

namespace {

constexpr int MaxReportedErrors = 50;

// Reads typed fields out of JSON objects and collects "path: rule" messages.
class Reader
{
public:
    explicit Reader(QStringList *errors)
        : m_errors(errors)
    {}

    bool failed() const { return m_count > 0; }
    int count() const { return m_count; }

    void error(const QString &path, const QString &rule)
    {
        ++m_count;
        if (m_count <= MaxReportedErrors)
            m_errors->append(path + QStringLiteral(": ") + rule);
    }

    void finish()
    {
        if (m_count > MaxReportedErrors) {
            m_errors->append(Tr::tr("... and %1 more problems").arg(m_count - MaxReportedErrors));
        }
    }

    // Unknown keys are errors: a misspelt field would otherwise be dropped without a word.
    void allowOnly(const QJsonObject &object, const QString &path, const QList<const char *> &keys)
    {
        // Fast path without allocating: every key of the object is a known one.
        qsizetype known = 0;
        for (const char *k : keys)
            known += object.contains(QLatin1String(k));
        if (known == object.size())
            return;
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *k : keys) {
                if (it.key() == QLatin1String(k)) {
                    known = true;
                    break;
                }
            }
            if (!known)
                error(join(path, it.key()), Tr::tr("is not a known field"));
        }
    }

    // The keys of a table's fields written at the item's level (with the names of the objects
    // that hold the others), or those written in `object`; `extra` are the item's own keys.
    template <typename T>
    static QList<const char *> keysOf(Fields<T> fields, const char *object,
                                      std::initializer_list<const char *> extra)
    {
        QList<const char *> keys(extra);
        for (const Field<T> &f : fields) {
            if (object && !Field<T>::sameObject(f.object, object))
                continue;
            const char *key = object || !f.object ? f.key : f.object;
            if (std::none_of(keys.cbegin(), keys.cend(),
                             [&](const char *k) { return qstrcmp(k, key) == 0; }))
                keys.append(key);
        }
        return keys;
    }

    // Reads the table's fields of `item` from `o` (and from the objects in it that hold some).
    template <typename T>
    void fields(const QJsonObject &o, const QString &path, T &item, Fields<T> table)
    {
        using Type = typename Field<T>::Type;
        const char *open = nullptr;
        QJsonObject inner;
        QString innerPath;
        bool innerGiven = false;
        for (const Field<T> &f : table) {
            if (f.object && !Field<T>::sameObject(f.object, open)) {
                open = f.object;
                innerPath = join(path, QLatin1String(f.object));
                const QJsonValue v = o.value(QLatin1String(f.object));
                innerGiven = v.isObject();
                inner = v.toObject();
                if (innerGiven)
                    allowOnly(inner, innerPath, keysOf(table, f.object, {}));
                else if (!v.isUndefined() && !v.isNull())
                    error(innerPath, Tr::tr("must be an object"));
            }
            if (f.object && !innerGiven)
                continue;
            const QJsonObject &from = f.object ? inner : o;
            const QString &at = f.object ? innerPath : path;
            switch (f.type) {
            case Type::Name:
            case Type::RequiredText:
            case Type::Text:
            case Type::LongText:
                f.text(item) =
                    string(from, at, f.key, f.type == Type::Name || f.type == Type::RequiredText);
                break;
            case Type::OptionalText:
                f.optionalText(item) = optionalString(from, at, f.key);
                break;
            case Type::Hours:
            case Type::Amount:
                f.number(item) = number(from, at, f.key);
                break;
            case Type::Tier:
                f.tier(item) = optionalInteger(from, at, f.key, 0, 3);
                break;
            case Type::Choice: {
                const QJsonValue v = from.value(QLatin1String(f.key));
                if (v.isUndefined()) {
                    if (f.choice->required)
                        error(join(at, QLatin1String(f.key)), Tr::tr("is required"));
                } else if (!v.isString() || !f.choice->set(item, v.toString())) {
                    error(join(at, QLatin1String(f.key)),
                          Tr::tr("must be one of: %1")
                              .arg(f.choice->names().join(QStringLiteral(", "))));
                }
                break;
            }
            case Type::OptionalChoice: {
                const QJsonValue v = from.value(QLatin1String(f.key));
                if (v.isUndefined() || v.isNull())
                    f.choice->set(item, QString());
                else if (!v.isString() || v.toString().isEmpty() ||
                         !f.choice->set(item, v.toString()))
                    error(join(at, QLatin1String(f.key)),
                          Tr::tr("must be one of: %1")
                              .arg(f.choice->names().join(QStringLiteral(", "))));
                break;
            }
            case Type::Flag: {
                const QJsonValue v = from.value(QLatin1String(f.key));
                if (!v.isUndefined() && !v.isNull() && !v.isBool())
                    error(join(at, QLatin1String(f.key)), Tr::tr("must be true or false"));
                f.flag(item) = v.toBool(false);
                break;
            }
            case Type::Severity: {
                const QJsonValue v = from.value(QLatin1String(f.key));
                if (v.isUndefined())
                    error(join(at, QLatin1String(f.key)), Tr::tr("is required"));
                else if (const std::optional<int> n =
                             integer(v, join(at, QLatin1String(f.key)), 1, 5))
                    f.integer(item) = *n;
                break;
            }
            }
        }
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString &path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (!required && v.isNull())) {
            if (required)
                error(join(path, QLatin1String(key)), Tr::tr("is required"));
            return {};
        }
        if (!v.isString()) {
            error(join(path, QLatin1String(key)), Tr::tr("must be a string"));
            return {};
        }
        if (required && v.toString().isEmpty())
            error(join(path, QLatin1String(key)), Tr::tr("must not be empty"));
        return v.toString();
    }

    std::optional<QString> optionalString(const QJsonObject &o, const QString &path,
                                          const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            error(join(path, QLatin1String(key)), Tr::tr("must be a string or null"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<double> number(const QJsonObject &o, const QString &path, const char *key,
                                 bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(join(path, QLatin1String(key)), Tr::tr("is required"));
            return std::nullopt;
        }
        if (!v.isDouble() || v.toDouble() < 0) {
            error(join(path, QLatin1String(key)), Tr::tr("must be a non-negative number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    // {"x": N, "y": N}, any sign; absent or null: not placed.
    std::optional<QPointF> position(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String("position"));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const QString positionPath = join(path, QStringLiteral("position"));
        const QJsonObject object = v.toObject();
        if (!v.isObject() || !object.value(QLatin1String("x")).isDouble() ||
            !object.value(QLatin1String("y")).isDouble()) {
            error(positionPath, Tr::tr("must be an object such as {\"x\": 120, \"y\": -40}"));
            return std::nullopt;
        }
        allowOnly(object, positionPath, {"x", "y"});
        return QPointF(object.value(QLatin1String("x")).toDouble(),
                       object.value(QLatin1String("y")).toDouble());
    }

    std::optional<int> integer(const QJsonValue &v, const QString &path, int min, int max)
    {
        if (!v.isDouble() || v.toDouble() != std::trunc(v.toDouble()) || v.toDouble() < min ||
            v.toDouble() > max) {
            error(path, Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return int(v.toDouble());
    }

    std::optional<int> optionalInteger(const QJsonObject &o, const QString &path, const char *key,
                                       int min, int max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return integer(v, join(path, QLatin1String(key)), min, max);
    }

    template <typename E>
    E enumeration(const QJsonObject &o, const QString &path, const char *key, E fallback,
                  std::optional<E> (*parse)(const QString &), QStringList (*names)(), bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                error(join(path, QLatin1String(key)), Tr::tr("is required"));
            return fallback;
        }
        const std::optional<E> parsed = v.isString() ? parse(v.toString()) : std::nullopt;
        if (!parsed) {
            error(join(path, QLatin1String(key)),
                  Tr::tr("must be one of: %1").arg(names().join(QStringLiteral(", "))));
            return fallback;
        }
        return *parsed;
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList result;
        if (v.isUndefined() || v.isNull())
            return result;
        if (!v.isArray()) {
            error(join(path, QLatin1String(key)), Tr::tr("must be an array of strings"));
            return result;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                error(at(join(path, QLatin1String(key)), i), Tr::tr("must be a string"));
            else
                result.append(array.at(i).toString());
        }
        return result;
    }

    // The array under `key` of the root object, each element an object.
    QList<QJsonObject> objects(const QJsonObject &root, const char *key)
    {
        QList<QJsonObject> result;
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return result;
        if (!v.isArray()) {
            error(QLatin1String(key), Tr::tr("must be an array"));
            return result;
        }
        const QJsonArray array = v.toArray();
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                error(at(QLatin1String(key), i), Tr::tr("must be an object"));
                result.append(QJsonObject());
            } else {
                result.append(array.at(i).toObject());
            }
        }
        return result;
    }

    void report(const QString &path, const QList<FieldProblem> &problems)
    {
        for (const FieldProblem &p : problems)
            error(join(path, p.field), p.rule);
    }

private:
    QStringList *m_errors;
    int m_count = 0;
};

// The object under `key` of `o`, or nullopt when it is absent or null (an error when it is
// something else).
std::optional<QJsonObject> optionalObject(Reader &r, const QJsonObject &o, const QString &path,
                                          const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        r.error(Reader::join(path, QLatin1String(key)), Tr::tr("must be an object or null"));
        return std::nullopt;
    }
    return v.toObject();
}

// The array of objects under `key` of `o`, each read by `read` (absent or null: none).
template <typename T, typename Read>
QList<T> readList(Reader &r, const QJsonObject &o, const QString &path, const char *key,
                  const Read &read)
{
    QList<T> out;
    const QJsonValue v = o.value(QLatin1String(key));
    const QString listPath = Reader::join(path, QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        r.error(listPath, Tr::tr("must be an array"));
        return out;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            r.error(Reader::at(listPath, i), Tr::tr("must be an object"));
            continue;
        }
        out.append(read(array.at(i).toObject(), Reader::at(listPath, i)));
    }
    return out;
}

template <typename T>
QList<T> readItems(Reader &r, const QJsonObject &o, const QString &path, const char *key,
                   Fields<T> fields)
{
    return readList<T>(r, o, path, key, [&](const QJsonObject &item, const QString &itemPath) {
        r.allowOnly(item, itemPath, Reader::keysOf(fields, nullptr, {}));
        T value;
        r.fields(item, itemPath, value, fields);
        return value;
    });
}

CallTreeNode readCallNode(Reader &r, const QJsonObject &o, const QString &path, int depth)
{
    CallTreeNode node;
    r.allowOnly(o, path, {"contact", "fallback", "children"});
    node.contact = r.string(o, path, "contact", true);
    node.fallback = r.optionalString(o, path, "fallback").value_or(QString());
    if (depth >= MaxCallTreeDepth) {
        if (o.contains(QLatin1String("children")) &&
            !o.value(QLatin1String("children")).toArray().isEmpty())
            r.error(path,
                    Tr::tr("a call tree may be at most %1 levels deep").arg(MaxCallTreeDepth));
        return node;
    }
    node.children = readList<CallTreeNode>(r, o, path, "children",
                                           [&](const QJsonObject &child, const QString &childPath) {
                                               return readCallNode(r, child, childPath, depth + 1);
                                           });
    return node;
}

EscalationPolicy readEscalation(Reader &r, const QJsonObject &o, const QString &path)
{
    r.allowOnly(o, path, {"levels", "repeat"});
    EscalationPolicy policy;
    policy.repeat = r.optionalInteger(o, path, "repeat", 0, MaxEscalationRepeat).value_or(0);
    policy.levels = readList<EscalationLevel>(
        r, o, path, "levels", [&](const QJsonObject &l, const QString &levelPath) {
            r.allowOnly(l, levelPath, {"afterMinutes", "notify"});
            return EscalationLevel{r.number(l, levelPath, "afterMinutes", true).value_or(0),
                                   r.strings(l, levelPath, "notify")};
        });
    return policy;
}

Incident readIncident(Reader &r, const QJsonObject &o, const QString &path)
{
    const int before = r.count();
    r.allowOnly(
        o, path,
        Reader::keysOf(incidentFields(), nullptr,
                       {"affected", "dataLoss", "plansActivated", "factors", "postmortem"}));
    Incident incident;
    r.fields(o, path, incident, incidentFields());
    incident.affected = readItems(r, o, path, "affected", affectedFields());
    incident.dataLoss = readItems(r, o, path, "dataLoss", dataLossFields());
    incident.plansActivated = r.strings(o, path, "plansActivated");
    incident.factors = readItems(r, o, path, "factors", factorFields());
    if (const auto pm = optionalObject(r, o, path, "postmortem")) {
        const QString pmPath = Reader::join(path, QStringLiteral("postmortem"));
        r.allowOnly(
            *pm, pmPath,
            Reader::keysOf(postmortemFields(), nullptr, {"timeline", "actions", "runbookChanges"}));
        Postmortem review;
        r.fields(*pm, pmPath, review, postmortemFields());
        review.timeline = readItems(r, *pm, pmPath, "timeline", timelineFields());
        review.actions = readItems(r, *pm, pmPath, "actions", incidentActionFields());
        review.runbookChanges = readItems(r, *pm, pmPath, "runbookChanges", runbookChangeFields());
        incident.postmortem = std::move(review);
    }
    if (r.count() == before)
        r.report(path, checkIncident(incident));
    return incident;
}

// Incidents, SLOs and the incident policy; absent (plans before version 3), none and defaults.
void readIncidents(Reader &r, const QJsonObject &root, Plan *plan)
{
    const auto incidents = r.objects(root, "incidents");
    for (qsizetype i = 0; i < incidents.size(); ++i)
        plan->incidents.append(
            readIncident(r, incidents.at(i), Reader::at(QStringLiteral("incidents"), i)));
    const auto slos = r.objects(root, "slos");
    for (qsizetype i = 0; i < slos.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("slos"), i);
        const int before = r.count();
        r.allowOnly(slos.at(i), path, Reader::keysOf(sloFields(), nullptr, {"node"}));
        Slo slo;
        slo.node = r.string(slos.at(i), path, "node", true);
        slo.window.clear();
        r.fields(slos.at(i), path, slo, sloFields());
        if (r.count() == before)
            r.report(path, checkSlo(slo));
        plan->slos.append(std::move(slo));
    }
    const auto o = optionalObject(r, root, QString(), "incidentPolicy");
    if (!o)
        return;
    const QString path = QStringLiteral("incidentPolicy");
    const int before = r.count();
    r.allowOnly(*o, path,
                {"postmortemBusinessDays", "postmortemSev1Days", "timeZone", "financialEntity"});
    IncidentPolicy &policy = plan->incidentPolicy;
    policy.postmortemBusinessDays = r.optionalInteger(*o, path, "postmortemBusinessDays", 1, 365)
                                        .value_or(IncidentPolicy::DefaultPostmortemBusinessDays);
    policy.postmortemSev1Days = r.optionalInteger(*o, path, "postmortemSev1Days", 1, 365)
                                    .value_or(IncidentPolicy::DefaultPostmortemSev1Days);
    if (const std::optional<QString> zone = r.optionalString(*o, path, "timeZone"))
        policy.timeZone = *zone;
    const QJsonValue financial = o->value(QLatin1String("financialEntity"));
    if (!financial.isUndefined() && !financial.isNull() && !financial.isBool())
        r.error(Reader::join(path, QStringLiteral("financialEntity")),
                Tr::tr("must be true or false"));
    policy.financialEntity = financial.toBool(false);
    if (r.count() == before) {
        QList<FieldProblem> problems = checkIncidentPolicy(policy);
        for (FieldProblem &p : problems)
            p.field = p.field.mid(path.size() + 1);
        r.report(path, problems);
    }
}

// Records of one table each (evidence files, access reviews, exceptions), checked by `check`.
template <typename T>
void readRecords(Reader &r, const QJsonObject &root, const char *key, Fields<T> fields,
                 QList<T> *out, QList<FieldProblem> (*check)(const T &))
{
    const auto items = r.objects(root, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = Reader::at(QLatin1String(key), i);
        const int before = r.count();
        r.allowOnly(items.at(i), path, Reader::keysOf(fields, nullptr, {}));
        T item;
        r.fields(items.at(i), path, item, fields);
        if (r.count() == before)
            r.report(path, check(item));
        out->append(std::move(item));
    }
}

// Controls, evidence, access reviews, exceptions and the governance policy; absent (plans
// before version 5): none.
void readGovernance(Reader &r, const QJsonObject &root, Plan *plan)
{
    const auto controls = r.objects(root, "controls");
    for (qsizetype i = 0; i < controls.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("controls"), i);
        const int before = r.count();
        r.allowOnly(controls.at(i), path,
                    Reader::keysOf(controlFields(), nullptr, {"requirements"}));
        Control c;
        r.fields(controls.at(i), path, c, controlFields());
        c.requirements = r.strings(controls.at(i), path, "requirements");
        if (r.count() == before)
            r.report(path, checkControl(c));
        plan->controls.append(std::move(c));
    }
    readRecords(r, root, "evidence", evidenceFields(), &plan->evidence, &checkEvidence);
    readRecords(r, root, "accessReviews", accessReviewFields(), &plan->accessReviews,
                &checkAccessReview);
    readRecords(r, root, "exceptions", exceptionFields(), &plan->exceptions, &checkException);
    readRecords(r, root, "contracts", contractFields(), &plan->contracts, &checkContract);
    readRecords(r, root, "commitments", commitmentFields(), &plan->commitments, &checkCommitment);
    const auto o = optionalObject(r, root, QString(), "governancePolicy");
    if (!o)
        return;
    const QString path = QStringLiteral("governancePolicy");
    const int before = r.count();
    r.allowOnly(*o, path,
                {"riskOwnerRole", "entityName", "entityLei", "entityCountry", "entityType",
                 "competentAuthority", "currency", "criticalMaxTier"});
    GovernancePolicy &g = plan->governancePolicy;
    g.riskOwnerRole = r.string(*o, path, "riskOwnerRole", false);
    g.entityName = r.string(*o, path, "entityName", false);
    g.entityLei = r.string(*o, path, "entityLei", false);
    g.entityCountry = r.string(*o, path, "entityCountry", false);
    g.entityType = r.string(*o, path, "entityType", false);
    g.competentAuthority = r.string(*o, path, "competentAuthority", false);
    g.currency = r.string(*o, path, "currency", false);
    g.criticalMaxTier = r.optionalInteger(*o, path, "criticalMaxTier", 0, 3).value_or(1);
    if (r.count() == before) {
        QList<FieldProblem> problems = checkGovernanceValues(g);
        r.report(path, problems);
    }
}

// Changes, freezes, maintenance windows and the change policy; absent (plans before version 4):
// none and the defaults.
void readChanges(Reader &r, const QJsonObject &root, Plan *plan)
{
    const auto changes = r.objects(root, "changes");
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("changes"), i);
        const QJsonObject &o = changes.at(i);
        const int before = r.count();
        r.allowOnly(
            o, path,
            Reader::keysOf(changeFields(), nullptr,
                           {"targets", "release", "cab", "verification", "causedIncidents"}));
        Change c;
        r.fields(o, path, c, changeFields());
        c.targets = r.strings(o, path, "targets");
        if (const auto release = optionalObject(r, o, path, "release")) {
            const QString releasePath = Reader::join(path, QStringLiteral("release"));
            r.allowOnly(*release, releasePath,
                        Reader::keysOf(releaseFields(), nullptr, {"canarySteps"}));
            ReleasePlan plan;
            r.fields(*release, releasePath, plan, releaseFields());
            const QJsonValue steps = release->value(QLatin1String("canarySteps"));
            if (steps.isArray()) {
                const QJsonArray array = steps.toArray();
                for (qsizetype k = 0; k < array.size(); ++k) {
                    if (!array.at(k).isDouble())
                        r.error(Reader::at(releasePath + QStringLiteral(".canarySteps"), k),
                                Tr::tr("must be a number"));
                    else
                        plan.canarySteps.append(array.at(k).toDouble());
                }
            } else if (!steps.isUndefined() && !steps.isNull()) {
                r.error(releasePath + QStringLiteral(".canarySteps"),
                        Tr::tr("must be an array of percentages"));
            }
            c.release = std::move(plan);
        }
        if (const auto cab = optionalObject(r, o, path, "cab")) {
            const QString cabPath = Reader::join(path, QStringLiteral("cab"));
            r.allowOnly(*cab, cabPath, Reader::keysOf(cabFields(), nullptr, {"by"}));
            CabReview review;
            r.fields(*cab, cabPath, review, cabFields());
            review.by = r.strings(*cab, cabPath, "by");
            c.cab = std::move(review);
        }
        c.verification = readItems(r, o, path, "verification", verificationFields());
        c.causedIncidents = r.strings(o, path, "causedIncidents");
        if (r.count() == before)
            r.report(path, checkChange(c));
        plan->changes.append(std::move(c));
    }
    const auto freezes = r.objects(root, "freezes");
    for (qsizetype i = 0; i < freezes.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("freezes"), i);
        const int before = r.count();
        r.allowOnly(freezes.at(i), path,
                    Reader::keysOf(freezeFields(), nullptr, {"nodes", "sites"}));
        FreezeWindow f;
        f.timeZone.clear();
        r.fields(freezes.at(i), path, f, freezeFields());
        f.nodes = r.strings(freezes.at(i), path, "nodes");
        f.sites = r.strings(freezes.at(i), path, "sites");
        if (r.count() == before)
            r.report(path, checkFreeze(f));
        plan->freezes.append(std::move(f));
    }
    const auto windows = r.objects(root, "maintenanceWindows");
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("maintenanceWindows"), i);
        const int before = r.count();
        r.allowOnly(windows.at(i), path, Reader::keysOf(maintenanceFields(), nullptr, {}));
        MaintenanceWindow m;
        m.timeZone.clear();
        r.fields(windows.at(i), path, m, maintenanceFields());
        if (r.count() == before)
            r.report(path, checkMaintenance(m));
        plan->maintenanceWindows.append(std::move(m));
    }
    const auto o = optionalObject(r, root, QString(), "changePolicy");
    if (!o)
        return;
    const QString path = QStringLiteral("changePolicy");
    const int before = r.count();
    r.allowOnly(*o, path, {"degradedLossFactor", "minLeadDays"});
    ChangePolicy &policy = plan->changePolicy;
    policy.degradedLossFactor =
        r.number(*o, path, "degradedLossFactor").value_or(ChangePolicy::DefaultDegradedLossFactor);
    policy.minLeadDays = r.optionalInteger(*o, path, "minLeadDays", 0, MaxMinLeadDays)
                             .value_or(ChangePolicy::DefaultMinLeadDays);
    if (r.count() == before) {
        QList<FieldProblem> problems = checkChangePolicy(policy);
        for (FieldProblem &p : problems)
            p.field = p.field.mid(path.size() + 1);
        r.report(path, problems);
    }
}

// The people policy; absent (plans written before it), the defaults.
void readPeoplePolicy(Reader &r, const QJsonObject &root, Plan *plan)
{
    const auto o = optionalObject(r, root, QString(), "peoplePolicy");
    if (!o)
        return;
    const QString path = QStringLiteral("peoplePolicy");
    const int before = r.count();
    r.allowOnly(*o, path, {"verifyWithinDays", "rtoEscalation", "tierEscalation"});
    PeoplePolicy &policy = plan->peoplePolicy;
    policy.verifyWithinDays =
        r.optionalInteger(*o, path, "verifyWithinDays", 1, MaxVerifyWithinDays)
            .value_or(PeoplePolicy::DefaultVerifyWithinDays);
    if (o->contains(QLatin1String("rtoEscalation")))
        policy.rtoEscalation = readList<RtoEscalationStep>(
            r, *o, path, "rtoEscalation", [&](const QJsonObject &step, const QString &stepPath) {
                r.allowOnly(step, stepPath, {"fraction", "notify"});
                return RtoEscalationStep{r.number(step, stepPath, "fraction", true).value_or(0),
                                         r.strings(step, stepPath, "notify")};
            });
    const QJsonValue tiers = o->value(QLatin1String("tierEscalation"));
    const QString tiersPath = Reader::join(path, QStringLiteral("tierEscalation"));
    if (!tiers.isUndefined() && !tiers.isNull()) {
        if (!tiers.isArray() || tiers.toArray().size() > 4) {
            r.error(tiersPath, Tr::tr("must be an array of up to 4 policies (tiers 0 to 3)"));
        } else {
            const QJsonArray list = tiers.toArray();
            for (qsizetype tier = 0; tier < list.size(); ++tier) {
                if (list.at(tier).isNull())
                    continue;
                if (!list.at(tier).isObject())
                    r.error(Reader::at(tiersPath, tier), Tr::tr("must be an object or null"));
                else
                    policy.tierEscalation[tier] =
                        readEscalation(r, list.at(tier).toObject(), Reader::at(tiersPath, tier));
            }
        }
    }
    if (r.count() == before)
        r.report(path, checkPeoplePolicy(policy));
}

void readPeople(Reader &r, const QJsonObject &root, Plan *plan)
{
    plan->persons = readList<Person>(
        r, root, QString(), "persons", [&](const QJsonObject &o, const QString &path) {
            const int before = r.count();
            r.allowOnly(o, path, Reader::keysOf(personFields(), nullptr, {"phones"}));
            Person p;
            r.fields(o, path, p, personFields());
            p.phones = readItems(r, o, path, "phones", phoneFields());
            if (r.count() == before)
                r.report(path, checkPerson(p));
            return p;
        });
    plan->roles = readList<
        Role>(r, root, QString(), "roles", [&](const QJsonObject &o, const QString &path) {
        const int before = r.count();
        r.allowOnly(o, path,
                    Reader::keysOf(roleFields(), nullptr, {"members", "rota", "escalation"}));
        Role role;
        r.fields(o, path, role, roleFields());
        role.members = r.strings(o, path, "members");
        if (const auto rota = optionalObject(r, o, path, "rota")) {
            const QString rotaPath = Reader::join(path, QStringLiteral("rota"));
            r.allowOnly(*rota, rotaPath, {"start", "timeZone", "shiftDays", "order", "overrides"});
            Rota rt;
            rt.start = r.string(*rota, rotaPath, "start", true);
            rt.timeZone = r.string(*rota, rotaPath, "timeZone", true);
            rt.shiftDays = r.optionalInteger(*rota, rotaPath, "shiftDays", 1, MaxShiftDays)
                               .value_or(rt.shiftDays);
            rt.order = r.strings(*rota, rotaPath, "order");
            rt.overrides = readItems(r, *rota, rotaPath, "overrides", overrideFields());
            role.rota = rt;
        }
        if (const auto escalation = optionalObject(r, o, path, "escalation"))
            role.escalation =
                readEscalation(r, *escalation, Reader::join(path, QStringLiteral("escalation")));
        if (r.count() == before)
            r.report(path, checkRole(role));
        return role;
    });
    plan->callTrees = readList<CallTree>(
        r, root, QString(), "callTrees", [&](const QJsonObject &o, const QString &path) {
            const int before = r.count();
            r.allowOnly(o, path, Reader::keysOf(callTreeFields(), nullptr, {"root"}));
            CallTree t;
            r.fields(o, path, t, callTreeFields());
            const QJsonValue root = o.value(QLatin1String("root"));
            if (!root.isObject())
                r.error(Reader::join(path, QStringLiteral("root")),
                        Tr::tr("must be an object: the first person or role called"));
            else
                t.root =
                    readCallNode(r, root.toObject(), Reader::join(path, QStringLiteral("root")), 0);
            if (r.count() == before)
                r.report(path, checkCallTree(t));
            return t;
        });
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

Process readProcess(Reader &r, const QJsonObject &o, const QString &path, int horizons)
{
    const int before = r.count();
    r.allowOnly(o, path, Reader::keysOf(processFields(), nullptr, {"id", "impacts", "position"}));
    Process p;
    p.id = r.string(o, path, "id", true);
    r.fields(o, path, p, processFields());
    p.position = r.position(o, path);
    const QJsonValue impacts = o.value(QLatin1String("impacts"));
    const QString impactsPath = Reader::join(path, QStringLiteral("impacts"));
    if (impacts.isObject()) {
        const QJsonObject object = impacts.toObject();
        r.allowOnly(object, impactsPath,
                    {"financial", "operational", "legal", "reputational", "healthSafety"});
        for (ImpactCategory category : allImpactCategories) {
            const QString name = toString(category);
            const QJsonValue ratings = object.value(name);
            const QString ratingsPath = Reader::join(impactsPath, name);
            if (ratings.isUndefined() || ratings.isNull())
                continue;
            if (!ratings.isArray()) {
                r.error(ratingsPath,
                        Tr::tr("must be an array of ratings 0-4, one per time horizon"));
                continue;
            }
            const QJsonArray array = ratings.toArray();
            if (!array.isEmpty() && array.size() != horizons) {
                r.error(ratingsPath,
                        Tr::tr("must have one rating per time horizon (%1)").arg(horizons));
                continue;
            }
            for (qsizetype i = 0; i < array.size(); ++i)
                p.impact(category).append(
                    r.integer(array.at(i), Reader::at(ratingsPath, i), 0, 4).value_or(0));
        }
    } else if (!impacts.isUndefined() && !impacts.isNull()) {
        r.error(impactsPath, Tr::tr("must be an object of rating arrays per impact category"));
    }
    if (r.count() == before)
        r.report(path, checkProcess(p, horizons));
    return p;
}

Service readService(Reader &r, const QJsonObject &o, const QString &path)
{
    const int before = r.count();
    r.allowOnly(o, path,
                Reader::keysOf(serviceFields(), nullptr, {"id", "tags", "attributes", "position"}));
    Service s;
    s.id = r.string(o, path, "id", true);
    r.fields(o, path, s, serviceFields());
    s.tags = r.strings(o, path, "tags");
    s.position = r.position(o, path);
    const QJsonValue attributes = o.value(QLatin1String("attributes"));
    if (attributes.isObject()) {
        const QJsonObject object = attributes.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString() || it.key().isEmpty())
                r.error(Reader::join(Reader::join(path, QStringLiteral("attributes")), it.key()),
                        Tr::tr("must be a string"));
            else
                s.attributes.insert(it.key(), it.value().toString());
        }
    } else if (!attributes.isUndefined() && !attributes.isNull()) {
        r.error(Reader::join(path, QStringLiteral("attributes")),
                Tr::tr("must be an object of strings such as {\"sys_id\": \"...\"}"));
    }
    if (r.count() == before)
        r.report(path, checkService(s));
    s.tags.sort();
    return s;
}

Runbook readRunbook(Reader &r, const QJsonObject &o, const QString &path)
{
    const int before = r.count();
    r.allowOnly(
        o, path,
        Reader::keysOf(runbookFields(), nullptr, {"id", "service", "steps", "previousVersions"}));
    Runbook rb;
    rb.id = r.string(o, path, "id", true);
    rb.service = r.optionalString(o, path, "service").value_or(QString());
    r.fields(o, path, rb, runbookFields());
    const QJsonValue steps = o.value(QLatin1String("steps"));
    const QString stepsPath = Reader::join(path, QStringLiteral("steps"));
    if (steps.isArray()) {
        const QJsonArray array = steps.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString stepPath = Reader::at(stepsPath, i);
            if (!array.at(i).isObject()) {
                r.error(stepPath, Tr::tr("must be an object"));
                continue;
            }
            const QJsonObject so = array.at(i).toObject();
            r.allowOnly(so, stepPath, Reader::keysOf(runbookStepFields(), nullptr, {"waitsFor"}));
            RunbookStep step;
            r.fields(so, stepPath, step, runbookStepFields());
            step.waitsFor = r.strings(so, stepPath, "waitsFor");
            rb.steps.append(step);
        }
    } else if (!steps.isUndefined() && !steps.isNull()) {
        r.error(stepsPath, Tr::tr("must be an array"));
    }
    const QJsonValue previous = o.value(QLatin1String("previousVersions"));
    const QString previousPath = Reader::join(path, QStringLiteral("previousVersions"));
    if (previous.isArray()) {
        const QJsonArray array = previous.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString versionPath = Reader::at(previousPath, i);
            if (!array.at(i).isObject())
                r.error(versionPath, Tr::tr("must be an object"));
            else
                rb.previousVersions.append(readRunbook(r, array.at(i).toObject(), versionPath));
        }
    } else if (!previous.isUndefined()) {
        r.error(previousPath, Tr::tr("must be an array"));
    }
    if (r.count() == before)
        r.report(path, checkRunbook(rb));
    return rb;
}

Exercise readExercise(Reader &r, const QJsonObject &o, const QString &path)
{
    const int before = r.count();
    r.allowOnly(o, path,
                Reader::keysOf(exerciseFields(), nullptr,
                               {"runbooks", "services", "participants", "pauses", "log",
                                "corrections", "results", "findings", "actions", "drill"}));
    Exercise e;
    r.fields(o, path, e, exerciseFields());
    e.runbooks = r.strings(o, path, "runbooks");
    e.services = r.strings(o, path, "services");
    e.findings = r.strings(o, path, "findings");
    auto forEach = [&](const char *key, auto read) {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString listPath = Reader::join(path, QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            r.error(listPath, Tr::tr("must be an array"));
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                r.error(Reader::at(listPath, i), Tr::tr("must be an object"));
            else
                read(array.at(i).toObject(), Reader::at(listPath, i));
        }
    };
    // Each list's items, read by their tables.
    auto readItems = [&](const char *key, auto &list, const auto &fields) {
        forEach(key, [&](const QJsonObject &io, const QString &p) {
            r.allowOnly(io, p, Reader::keysOf(fields, nullptr, {}));
            typename std::decay_t<decltype(list)>::value_type item;
            r.fields(io, p, item, fields);
            list.append(std::move(item));
        });
    };
    readItems("participants", e.participants, participantFields());
    readItems("pauses", e.pauses, pauseFields());
    readItems("log", e.log, logEntryFields());
    readItems("corrections", e.corrections, correctionFields());
    readItems("results", e.results, resultFields());
    readItems("actions", e.actions, actionFields());
    readItems("drill", e.drill, drillCallFields());
    // Results are kept in service order, as the file keeps them.
    std::sort(
        e.results.begin(), e.results.end(),
        [](const ExerciseResult &a, const ExerciseResult &b) { return a.service < b.service; });
    if (r.count() == before)
        r.report(path, checkExercise(e));
    return e;
}

} // namespace

// What one pass over the JSON text finds before anything is built from it: the path of the
// first key repeated in its object (QJsonDocument keeps the last of two equal keys without a
// word; a plan says each field once), and of the first string longer than any text a plan
// holds (refused before a gigabyte of it is decoded). Empty paths when there is none.
struct JsonScan
{
    QString repeatedKey;
    QString overlongString;
};

static JsonScan scanJson(const QByteArray &json, qsizetype maxStringBytes)
{
    // Keys are compared as the bytes they are in the text (views into it, no copies); a key
    // written with escapes is decoded to UTF-8 once and kept in `decoded`.
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        qsizetype index = 0;
        QByteArrayView key;
        QVarLengthArray<QByteArrayView, 16> keys;
        QSet<QByteArray> keySet; // once an object has many keys
    };
    std::deque<QByteArray> decoded;
    JsonScan scan;
    QList<Frame> stack;
    auto path = [&stack](const QString &last, bool includeLast) {
        QString out;
        for (qsizetype k = 0; k < stack.size(); ++k) {
            const Frame &f = stack.at(k);
            if (k + 1 == stack.size() && !includeLast)
                break;
            QString part = f.object
                               ? QString::fromUtf8(f.key)
                               : QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
            if (f.object && !out.isEmpty())
                part.prepend(QLatin1Char('.'));
            out += part;
        }
        if (last.isEmpty())
            return out.isEmpty() ? QStringLiteral("(top level)") : out;
        return out.isEmpty() ? last : out + QLatin1Char('.') + last;
    };
    const char *p = json.constData();
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        switch (c) {
        case '{':
            stack.append(Frame{true, true, 0, {}, {}, {}});
            break;
        case '[':
            stack.append(Frame{false, false, 0, {}, {}, {}});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                Frame &f = stack.last();
                if (f.object)
                    f.expectKey = true;
                else
                    ++f.index;
            }
            break;
        case '"': {
            const qsizetype start = i + 1;
            bool escaped = false;
            for (++i; i < n && p[i] != '"'; ++i) {
                if (p[i] == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            // Text that ends inside a string (a backslash last): the string ends with the text.
            i = std::min(i, n);
            const bool isKey = !stack.isEmpty() && stack.last().object && stack.last().expectKey;
            if (i - start > maxStringBytes && scan.overlongString.isEmpty()) {
                scan.overlongString = isKey ? path(QString(), true) : path(QString(), true);
                return scan;
            }
            if (!isKey)
                break;
            Frame &f = stack.last();
            f.expectKey = false;
            QByteArrayView key(p + start, i - start);
            if (escaped) {
                // Decoded as JSON decodes it: "\u0061" and "a" are the same key.
                const QJsonDocument one = QJsonDocument::fromJson(
                    QByteArray("[") + QByteArray(p + start - 1, i - start + 2) + "]");
                decoded.push_back(one.array().at(0).toString().toUtf8());
                key = decoded.back();
            }
            bool repeated = false;
            if (f.keys.size() < 16) {
                for (const QByteArrayView &k : f.keys)
                    repeated = repeated || k == key;
            } else {
                repeated = f.keySet.contains(key.toByteArray());
            }
            if (repeated && scan.repeatedKey.isEmpty())
                scan.repeatedKey = path(QString::fromUtf8(key), false);
            if (f.keys.size() < 16) {
                f.keys.append(key);
                if (f.keys.size() == 16) {
                    for (const QByteArrayView &k : f.keys)
                        f.keySet.insert(k.toByteArray());
                }
            } else {
                f.keySet.insert(key.toByteArray());
            }
            f.key = key;
            break;
        }
        default:
            break;
        }
    }
    return scan;
}

namespace {

// `json` parsed as the whole text's read parses it, when that read would find nothing wrong
// with it as JSON (no repeated key, no over-long string, valid, an object); else nullopt.
std::optional<QJsonObject> plainObject(const QByteArray &json)
{
    const JsonScan scan = scanJson(json, 6 * 100000);
    if (!scan.repeatedKey.isEmpty() || !scan.overlongString.isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// The nodes' ids by their UTF-8 bytes, so that a dependency read from the text shares its ids'
// strings with the nodes without making a string to look them up (ByteKeys: QHash's hash of a
// QByteArray took most of a million dependencies' read).
class IdTable
{
public:
    void reserve(qsizetype count)
    {
        m_keys.reserve(count);
        m_ids.reserve(std::size_t(count));
    }
    void insert(const QString &id)
    {
        bool added = false;
        m_keys.insert(id.toUtf8(), &added);
        if (added) // else the first of two equal ids (the rules name the second)
            m_ids.push_back(id);
    }
    // The id spelled `bytes`, or nullptr.
    const QString *find(QByteArrayView bytes) const
    {
        const int index = m_keys.find(bytes);
        return index < 0 ? nullptr : &m_ids[std::size_t(index)];
    }

private:
    ByteKeys m_keys;
    std::vector<QString> m_ids;
};

// A walk over JSON text that finds where values begin and end without building them, so that
// the plan's big arrays (processes, services, dependencies) are read element by element,
// straight from the text: a million dependencies never exist as a QJsonDocument (several
// hundred bytes each) beside the plan they become. It accepts only what a plan plainly is; on
// anything else (escaped or repeated top-level keys, deep nesting, an element that is not an
// object, text after the root) it gives up and the text is read whole, which says what is
// wrong exactly as before (docs/decisions/streamed-json-import.md).
class JsonText
{
public:
    JsonText(QByteArrayView text, const std::function<void(qsizetype)> &release)
        : m_p(text.data())
        , m_n(text.size())
        , m_release(release)
    {}

    // The root object: its keys and where their values lie; the number of elements of the
    // arrays under `big` (each element an object). False when the text is anything else.
    bool walkRoot(std::initializer_list<const char *> big)
    {
        qsizetype i = 0;
        ws(i);
        if (i >= m_n || m_p[i] != '{')
            return false;
        ++i;
        ws(i);
        if (i < m_n && m_p[i] == '}') {
            ++i;
        } else {
            for (;;) {
                if (i >= m_n || m_p[i] != '"')
                    return false;
                const qsizetype keyBegin = i + 1;
                if (!skipString(i, true))
                    return false;
                const QByteArrayView key(m_p + keyBegin, i - 1 - keyBegin);
                for (const Value &v : std::as_const(m_root)) {
                    if (v.key == key)
                        return false;
                }
                ws(i);
                if (i >= m_n || m_p[i] != ':')
                    return false;
                ++i;
                ws(i);
                Value value{key, i, i, 0};
                const bool isBig =
                    std::any_of(big.begin(), big.end(), [&](const char *k) { return key == k; });
                i = isBig ? elementsAt(i,
                                       [&](qsizetype, qsizetype begin) {
                                           ++value.count;
                                           return skip(begin);
                                       })
                          : skip(i);
                if (i < 0)
                    return false;
                value.end = i;
                m_root.append(value);
                ws(i);
                if (i < m_n && m_p[i] == ',') {
                    ++i;
                    ws(i);
                    continue;
                }
                if (i < m_n && m_p[i] == '}') {
                    ++i;
                    break;
                }
                return false;
            }
        }
        ws(i);
        release(m_n);
        return i == m_n;
    }

    qsizetype count(const char *key) const
    {
        const Value *v = find(key);
        return v ? v->count : 0;
    }

    // The root object without the values under `big`, for QJsonDocument (small: everything but
    // the nodes and dependencies).
    QByteArray rest(std::initializer_list<const char *> big) const
    {
        QByteArray out("{");
        for (const Value &v : m_root) {
            if (std::any_of(big.begin(), big.end(), [&](const char *k) { return v.key == k; }))
                continue;
            if (out.size() > 1)
                out += ",\n";
            out += '"';
            out += v.key;
            out += "\": ";
            out += QByteArrayView(m_p + v.begin, v.end - v.begin);
        }
        out += "}";
        return out;
    }

    // Calls each(index, begin) for the elements of the root's array `key`; each returns where
    // the element ends, or -1 to give up. False when given up (an absent key has no elements).
    template <typename F> bool elements(const char *key, F each)
    {
        const Value *v = find(key);
        if (!v)
            return true;
        m_released = v->begin;
        return elementsAt(v->begin, each) >= 0;
    }

    // Where the value that starts at `i` ends; -1 when it does not end as a value does.
    qsizetype skip(qsizetype i)
    {
        if (i >= m_n)
            return -1;
        const char c = m_p[i];
        if (c == '"')
            return skipString(i, false) ? i : -1;
        if (c == '{' || c == '[') {
            int depth = 0;
            while (i < m_n) {
                const char d = m_p[i];
                if (d == '"') {
                    if (!skipString(i, false))
                        return -1;
                    continue;
                }
                if (d == '{' || d == '[') {
                    // Deeper than any plan nests: read whole (QJsonDocument has its own limit).
                    if (++depth > MaxDepth)
                        return -1;
                } else if (d == '}' || d == ']') {
                    if (--depth == 0)
                        return i + 1;
                }
                ++i;
                release(i);
            }
            return -1;
        }
        const qsizetype begin = i;
        while (i < m_n && !isDelimiter(m_p[i]))
            ++i;
        return i > begin ? i : -1;
    }

    // The element between `begin` and `end` parsed on its own, as QJsonDocument parses the
    // whole text; nullopt for anything the whole text's read must report (a repeated key, an
    // overlong string, invalid JSON).
    std::optional<QJsonObject> object(qsizetype begin, qsizetype end) const
    {
        return plainObject(QByteArray::fromRawData(m_p + begin, end - begin));
    }

    // A dependency written plainly: "consumer", "provider", "strength" ("hard" or "soft"),
    // "group" (a name or null), each at most once, their texts printable ASCII without escapes
    // (ids as this program writes them). Returns where it ends, or -1 for anything else (then
    // it is parsed as an object, and read as any other element is).
    qsizetype plainDependency(qsizetype i, const IdTable &ids, Dependency *d) const
    {
        if (i >= m_n || m_p[i] != '{')
            return -1;
        ++i;
        unsigned seen = 0;
        QByteArrayView text[4];
        bool null[4] = {false, false, false, false};
        for (;;) {
            ws(i);
            if (i >= m_n || m_p[i] != '"')
                return -1;
            const qsizetype keyBegin = ++i;
            while (i < m_n && m_p[i] != '"' && m_p[i] != '\\')
                ++i;
            if (i >= m_n || m_p[i] != '"')
                return -1;
            const QByteArrayView key(m_p + keyBegin, i - keyBegin);
            ++i;
            const int field = key == "consumer"   ? 0
                              : key == "provider" ? 1
                              : key == "strength" ? 2
                              : key == "group"    ? 3
                                                  : -1;
            if (field < 0 || (seen & (1u << field)))
                return -1;
            seen |= 1u << field;
            ws(i);
            if (i >= m_n || m_p[i] != ':')
                return -1;
            ++i;
            ws(i);
            if (i < m_n && m_p[i] == '"') {
                const qsizetype begin = ++i;
                while (i < m_n && m_p[i] != '"') {
                    const unsigned char c = static_cast<unsigned char>(m_p[i]);
                    if (c < 0x20 || c >= 0x7f || c == '\\')
                        return -1;
                    ++i;
                }
                if (i >= m_n)
                    return -1;
                text[field] = QByteArrayView(m_p + begin, i - begin);
                ++i;
                if (text[field].isEmpty() || text[field].size() > MaxPlainBytes)
                    return -1;
            } else if (field == 3 && QByteArrayView(m_p + i, std::min<qsizetype>(4, m_n - i)) ==
                                         QByteArrayView("null")) {
                null[field] = true;
                i += 4;
            } else {
                return -1;
            }
            ws(i);
            if (i < m_n && m_p[i] == ',') {
                ++i;
                continue;
            }
            if (i < m_n && m_p[i] == '}')
                break;
            return -1;
        }
        if (!(seen & 1u) || !(seen & 2u))
            return -1;
        if (seen & 4u) {
            if (text[2] == "hard")
                d->strength = Strength::Hard;
            else if (text[2] == "soft")
                d->strength = Strength::Soft;
            else
                return -1;
        } else {
            d->strength = Strength::Hard;
        }
        // The ids of the plan's nodes share their text (a million dependencies, 110k ids).
        auto id = [&ids](QByteArrayView bytes) {
            const QString *known = ids.find(bytes);
            return known ? *known : QString::fromLatin1(bytes.data(), bytes.size());
        };
        d->consumer = id(text[0]);
        d->provider = id(text[1]);
        d->group = (seen & 8u) && !null[3] ? QString::fromLatin1(text[3].data(), text[3].size())
                                           : QString();
        return i + 1;
    }

private:
    struct Value
    {
        QByteArrayView key;
        qsizetype begin;
        qsizetype end;
        qsizetype count; // elements, of a big array
    };
    static constexpr int MaxDepth = 64;
    // Longer texts are left to the whole read, which refuses those over a field's limit.
    static constexpr qsizetype MaxPlainBytes = 100000;
    static constexpr qsizetype ReleaseStep = 8 << 20;

    const char *m_p;
    qsizetype m_n;
    std::function<void(qsizetype)> m_release;
    qsizetype m_released = 0;
    QList<Value> m_root;

    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
    void ws(qsizetype &i) const
    {
        while (i < m_n && (m_p[i] == ' ' || m_p[i] == '\n' || m_p[i] == '\r' || m_p[i] == '\t'))
            ++i;
    }
    // From the opening quote to past the closing one; `plain`: no escapes (a key compared as
    // written).
    bool skipString(qsizetype &i, bool plain) const
    {
        for (++i; i < m_n; ++i) {
            const char c = m_p[i];
            if (c == '"') {
                ++i;
                return true;
            }
            if (c == '\\') {
                if (plain)
                    return false;
                ++i;
            }
        }
        return false;
    }
    // The elements of the array at `i`, each an object: where the array ends, or -1.
    template <typename F> qsizetype elementsAt(qsizetype i, F each)
    {
        if (i >= m_n || m_p[i] != '[')
            return -1;
        ++i;
        ws(i);
        if (i < m_n && m_p[i] == ']')
            return i + 1;
        for (qsizetype index = 0;; ++index) {
            if (i >= m_n || m_p[i] != '{')
                return -1;
            i = each(index, i);
            if (i < 0)
                return -1;
            release(i);
            ws(i);
            if (i < m_n && m_p[i] == ',') {
                ++i;
                ws(i);
                continue;
            }
            return i < m_n && m_p[i] == ']' ? i + 1 : -1;
        }
    }
    const Value *find(const char *key) const
    {
        for (const Value &v : m_root) {
            if (v.key == key)
                return &v;
        }
        return nullptr;
    }
    // The text before `i` is no longer needed (a mapped file's pages can go; docs/decisions/
    // streamed-json-import.md).
    void release(qsizetype i)
    {
        if (m_release && i - m_released >= ReleaseStep) {
            m_release(i);
            m_released = i;
        }
    }
};

// The root's big arrays, element by element: from the root parsed whole, or from the text.
class BigArrays
{
public:
    explicit BigArrays(const QJsonObject &root)
        : m_root(&root)
    {}
    explicit BigArrays(JsonText &text)
        : m_text(&text)
    {}

    JsonText *text() const { return m_text; }
    // Set when the text must be read whole after all.
    bool abandoned() const { return m_abandoned; }
    // How many of the arrays were gone through (a refusal before some were leaves elements
    // that only the whole read would find to be invalid JSON).
    int visited() const { return m_visited; }

    qsizetype size(const char *key) const
    {
        if (m_text)
            return m_text->count(key);
        const QJsonValue v = m_root->value(QLatin1String(key));
        return v.isArray() ? v.toArray().size() : 0;
    }

    // Calls each(index, object) for the elements, as Reader::objects() reads them.
    template <typename F> void objects(Reader &r, const char *key, F each)
    {
        if (!m_text) {
            const QList<QJsonObject> list = r.objects(*m_root, key);
            for (qsizetype i = 0; i < list.size(); ++i)
                each(i, list.at(i));
            return;
        }
        elements(key, [&](qsizetype i, qsizetype begin) { return parsed(i, begin, each); });
    }

    // Calls each(index, begin) for the elements of the text (each returns where the element
    // ends, or -1 to read the text whole).
    template <typename F> void elements(const char *key, F each)
    {
        ++m_visited;
        if (!m_abandoned)
            m_abandoned = !m_text->elements(key, each);
    }

    // The element at `begin` parsed, given to each(index, object); where it ends, or -1.
    template <typename F> qsizetype parsed(qsizetype i, qsizetype begin, F each)
    {
        const qsizetype end = m_text->skip(begin);
        const std::optional<QJsonObject> o = end < 0 ? std::nullopt : m_text->object(begin, end);
        if (!o)
            return -1;
        each(i, *o);
        return end;
    }

private:
    const QJsonObject *m_root = nullptr;
    JsonText *m_text = nullptr;
    bool m_abandoned = false;
    int m_visited = 0;
};

// The plan from its root object (and its big arrays). nullopt with `errors` filled when it is
// refused, or with big.abandoned() when the text must be read whole.
std::optional<Plan> readRoot(const QJsonObject &root, BigArrays &big, QStringList *errors)
{

    // format and version first, so that a future file gets a clear message and nothing else.
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != QLatin1String(FormatName)) {
        errors->append(Tr::tr("format: must be \"%1\"; this is not Continuity plan JSON")
                           .arg(QLatin1String(FormatName)));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::trunc(version.toDouble()) ||
        version.toDouble() < 1) {
        errors->append(Tr::tr("version: must be a whole number (this Continuity reads version %1)")
                           .arg(Version));
        return std::nullopt;
    }
    if (version.toDouble() > Version) {
        errors->append(Tr::tr("version: %1 was written by a newer Continuity; this version "
                              "reads plan JSON version %2. Update Continuity to import it.")
                           .arg(version.toDouble())
                           .arg(Version));
        return std::nullopt;
    }

    Reader r(errors);
    r.allowOnly(root, QString(),
                {"format",
                 "version",
                 "name",
                 "biaHorizonsHours",
                 "biaReviewMonths",
                 "tierPolicy",
                 "regulatoryPolicy",
                 "processes",
                 "services",
                 "dependencies",
                 "groups",
                 "runbooks",
                 "exercises",
                 "persons",
                 "roles",
                 "callTrees",
                 "peoplePolicy",
                 "cmdbMapping",
                 "incidents",
                 "slos",
                 "incidentPolicy",
                 "changes",
                 "freezes",
                 "maintenanceWindows",
                 "changePolicy",
                 "controls",
                 "evidence",
                 "accessReviews",
                 "exceptions",
                 "contracts",
                 "commitments",
                 "governancePolicy"});
    Plan plan = Plan::empty();
    plan.name = r.string(root, QString(), "name", false);
    r.report(QString(), Rules::checkPlanName(plan.name));

    const QJsonValue horizons = root.value(QLatin1String("biaHorizonsHours"));
    if (horizons.isArray()) {
        plan.biaHorizonsHours.clear();
        const QJsonArray array = horizons.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isDouble())
                r.error(Reader::at(QStringLiteral("biaHorizonsHours"), i),
                        Tr::tr("must be a number of hours"));
            else
                plan.biaHorizonsHours.append(array.at(i).toDouble());
        }
        if (!r.failed())
            r.report(QString(), checkBiaHorizons(plan.biaHorizonsHours));
    } else if (!horizons.isUndefined()) {
        r.error(QStringLiteral("biaHorizonsHours"), Tr::tr("must be an array of hours"));
    }
    const int horizonCount = int(plan.biaHorizonsHours.size());
    plan.tierPolicy.biaReviewMonths =
        r.optionalInteger(root, QString(), "biaReviewMonths", 1, TierPolicy::MaxBiaReviewMonths)
            .value_or(TierPolicy::DefaultBiaReviewMonths);

    if (root.contains(QLatin1String("tierPolicy"))) {
        plan.tierPolicy.tiers.clear();
        const auto rules = r.objects(root, "tierPolicy");
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString path = Reader::at(QStringLiteral("tierPolicy"), i);
            r.allowOnly(
                rules.at(i), path,
                {"tier", "maxMtdHours", "minLossPerHour", "testEveryMonths", "sloObjective"});
            TierRule rule;
            rule.tier = r.integer(rules.at(i).value(QLatin1String("tier")),
                                  Reader::join(path, QStringLiteral("tier")), 0, 3)
                            .value_or(0);
            rule.maxMtdHours = r.number(rules.at(i), path, "maxMtdHours");
            rule.minLossPerHour = r.number(rules.at(i), path, "minLossPerHour");
            rule.testEveryMonths = r.optionalInteger(rules.at(i), path, "testEveryMonths", 1, 120);
            // Absent (plan JSON before version 4): the tier's shipped objective; null: none.
            rule.sloObjective =
                rules.at(i).contains(QLatin1String("sloObjective"))
                    ? r.number(rules.at(i), path, "sloObjective")
                    : std::optional<double>(TierPolicy::defaultSloObjective(rule.tier));
            plan.tierPolicy.tiers.append(rule);
        }
    }
    if (root.contains(QLatin1String("regulatoryPolicy"))) {
        plan.tierPolicy.regulatory.clear();
        const auto rules = r.objects(root, "regulatoryPolicy");
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString path = Reader::at(QStringLiteral("regulatoryPolicy"), i);
            r.allowOnly(rules.at(i), path, {"tag", "minTier", "maxRpoHours"});
            RegulatoryRule rule;
            rule.tag = r.string(rules.at(i), path, "tag", true);
            rule.minTier = r.optionalInteger(rules.at(i), path, "minTier", 0, 3);
            rule.maxRpoHours = r.number(rules.at(i), path, "maxRpoHours");
            plan.tierPolicy.regulatory.append(rule);
        }
    }
    if (!r.failed())
        r.report(QString(), checkTierPolicy(plan.tierPolicy));

    // Values are checked as they are read; the rules between items (ids, references, groups)
    // are the plan's rules, checked once the plan is read (rules/PlanRules.h).
    plan.processes.reserve(big.size("processes"));
    big.objects(r, "processes", [&](qsizetype i, const QJsonObject &o) {
        plan.processes.append(
            readProcess(r, o, Reader::at(QStringLiteral("processes"), i), horizonCount));
    });
    plan.services.reserve(big.size("services"));
    big.objects(r, "services", [&](qsizetype i, const QJsonObject &o) {
        plan.services.append(readService(r, o, Reader::at(QStringLiteral("services"), i)));
    });
    if (big.abandoned())
        return std::nullopt;
    // The node ids, so that 1M dependencies share their id strings instead of holding copies
    // (and, read from the text, are looked up by their bytes).
    QSet<QString> nodeIds;
    IdTable idOfBytes;
    nodeIds.reserve(plan.processes.size() + plan.services.size());
    if (big.text())
        idOfBytes.reserve(plan.processes.size() + plan.services.size());
    auto addId = [&](const QString &id) {
        nodeIds.insert(id);
        if (big.text())
            idOfBytes.insert(id);
    };
    for (const Process &p : std::as_const(plan.processes))
        addId(p.id);
    for (const Service &s : std::as_const(plan.services))
        addId(s.id);

    const auto groups = r.objects(root, "groups");
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("groups"), i);
        const QJsonObject &o = groups.at(i);
        r.allowOnly(o, path, {"consumer", "name", "quorum"});
        RedundancyGroup g;
        g.consumer = r.string(o, path, "consumer", true);
        g.name = r.string(o, path, "name", true);
        g.quorum = r.integer(o.value(QLatin1String("quorum")),
                             Reader::join(path, QStringLiteral("quorum")), 1, Rules::MaxQuorum)
                       .value_or(1);
        plan.groups.append(g);
    }

    plan.dependencies.reserve(big.size("dependencies"));
    auto readDependency = [&](qsizetype i, const QJsonObject &o) {
        const QString path = Reader::at(QStringLiteral("dependencies"), i);
        r.allowOnly(o, path, {"consumer", "provider", "strength", "group"});
        Dependency d;
        d.consumer = r.string(o, path, "consumer", true);
        d.provider = r.string(o, path, "provider", true);
        d.strength = r.enumeration(o, path, "strength", Strength::Hard, &strengthFromString,
                                   &strengthNames, false);
        d.group = r.optionalString(o, path, "group").value_or(QString());
        if (const auto it = nodeIds.constFind(d.consumer); it != nodeIds.constEnd())
            d.consumer = *it;
        if (const auto it = nodeIds.constFind(d.provider); it != nodeIds.constEnd())
            d.provider = *it;
        plan.dependencies.append(std::move(d));
    };
    if (JsonText *text = big.text()) {
        // Most are written plainly and read without being parsed as objects.
        big.elements("dependencies", [&](qsizetype i, qsizetype begin) {
            Dependency d;
            if (const qsizetype end = text->plainDependency(begin, idOfBytes, &d); end >= 0) {
                plan.dependencies.append(std::move(d));
                return end;
            }
            return big.parsed(i, begin, readDependency);
        });
        if (big.abandoned())
            return std::nullopt;
    } else {
        big.objects(r, "dependencies", readDependency);
    }

    const auto runbooks = r.objects(root, "runbooks");
    for (qsizetype i = 0; i < runbooks.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("runbooks"), i);
        plan.runbooks.append(readRunbook(r, runbooks.at(i), path));
    }
    const auto exercises = r.objects(root, "exercises");
    for (qsizetype i = 0; i < exercises.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("exercises"), i);
        plan.exercises.append(readExercise(r, exercises.at(i), path));
    }
    readPeople(r, root, &plan);
    readPeoplePolicy(r, root, &plan);
    readIncidents(r, root, &plan);
    readChanges(r, root, &plan);
    readGovernance(r, root, &plan);
    // Owners written as a person's or role's name (a plan from before people, or by hand) name
    // that contact (docs/people.md).
    Contacts::linkOwnersByName(plan);
    // Only on values that read well: a missing id would otherwise be reported twice.
    if (!r.failed())
        r.report(QString(), Rules::checkPlan(plan, Rules::Scope::ReferencesOnly));
    const QJsonValue mapping = root.value(QLatin1String("cmdbMapping"));
    if (!mapping.isUndefined() && !mapping.isNull()) {
        QStringList problems;
        const std::optional<CmdbMapping> read =
            mapping.isObject()
                ? CmdbMapping::fromJson(QJsonDocument(mapping.toObject()).toJson(), &problems)
                : std::nullopt;
        if (!mapping.isObject())
            r.error(QStringLiteral("cmdbMapping"), Tr::tr("must be a mapping object"));
        for (const QString &problem : std::as_const(problems))
            r.error(QStringLiteral("cmdbMapping"), problem);
        if (read)
            plan.cmdbMapping = QString::fromUtf8(read->toJson());
    }

    r.finish();
    if (r.failed())
        return std::nullopt;
    return plan;
}

// The text parsed whole (QJsonDocument), as every plan was read before the big arrays were
// read from the text: what the text read gives up on is read so, and says what is wrong.
std::optional<Plan> readWhole(const QByteArray &json, QStringList *errors)
{
    // A text field holds at most 100,000 characters (rules/Validation): a string of more than
    // six bytes for each (the longest escape) is refused before it is decoded.
    const JsonScan scan = scanJson(json, 6 * 100000);
    if (!scan.overlongString.isEmpty()) {
        errors->append(
            Tr::tr("%1: must be at most 100000 characters long").arg(scan.overlongString));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(Tr::tr("%1: not valid JSON (%2)")
                           .arg(lineAndColumn(json, parseError.offset), parseError.errorString()));
        return std::nullopt;
    }
    if (!scan.repeatedKey.isEmpty()) {
        errors->append(Tr::tr("%1: repeats a key of its object; a plan names each field once")
                           .arg(scan.repeatedKey));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append(Tr::tr("(top level): must be a JSON object with \"format\": \"%1\"")
                           .arg(QLatin1String(FormatName)));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    BigArrays big(root);
    return readRoot(root, big, errors);
}

// The big arrays read from the text, the rest parsed; nullopt with `*whole` set when the text
// must be read whole.
std::optional<Plan> readText(QByteArrayView json, QStringList *errors,
                             const std::function<void(qsizetype)> &release, bool *whole)
{
    JsonText text(json, release);
    *whole = true;
    if (!text.walkRoot({"processes", "services", "dependencies"}))
        return std::nullopt;
    const std::optional<QJsonObject> root =
        plainObject(text.rest({"processes", "services", "dependencies"}));
    if (!root)
        return std::nullopt;
    BigArrays big(text);
    std::optional<Plan> plan = readRoot(*root, big, errors);
    // Refused before all three arrays were gone through (a wrong format or version): the whole
    // read says the same of a valid text, and names invalid JSON in them first, as it always did.
    *whole = big.abandoned() || (!plan && big.visited() < 3);
    return plan;
}

} // namespace

std::optional<Plan> read(const QByteArray &json, QStringList *errors)
{
    return read(QByteArrayView(json), errors, Reading::Streamed, {});
}

std::optional<Plan> read(QByteArrayView json, QStringList *errorsOut, Reading reading,
                         const std::function<void(qsizetype)> &release)
{
    QStringList scratch;
    QStringList *errors = errorsOut ? errorsOut : &scratch;
    errors->clear();
    if (reading == Reading::Streamed) {
        bool whole = false;
        std::optional<Plan> plan = readText(json, errors, release, &whole);
        if (!whole)
            return plan;
        errors->clear();
    }
    return readWhole(QByteArray::fromRawData(json.data(), json.size()), errors);
}

QByteArray runbookToJson(const Runbook &runbook)
{
    JsonWriter w;
    writeRunbook(w, runbook);
    return w.take();
}

std::optional<Runbook> runbookFromJson(const QByteArray &json, QStringList *errorsOut)
{
    QStringList ignored;
    QStringList *errors = errorsOut ? errorsOut : &ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        errors->append(Tr::tr("not a runbook in JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    Reader r(errors);
    Runbook runbook = readRunbook(r, document.object(), QStringLiteral("runbook"));
    r.finish();
    if (r.failed())
        return std::nullopt;
    return runbook;
}

} // namespace Continuity::PlanJson
