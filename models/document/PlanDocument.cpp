// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocument.h"

#include "analysis/BiaReview.h"
#include "domain/Contacts.h"

#include "domain/Fields.h"
#include "io/CmdbMapping.h"
#include "io/PlanJson.h"

#include "PlanCommands.h"
#include "rules/PlanRules.h"
#include "rules/Validation.h"
#include "server/ServerStore.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVarLengthArray>

#include <algorithm>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::PlanDocument)
};

void setError(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
}

// "Subject: field rule; field rule." when `problems` is not empty.
bool refuse(QString *errorMessage, const QString &subject, const QList<FieldProblem> &problems)
{
    if (problems.isEmpty())
        return false;
    setError(errorMessage, describeProblems(subject, problems));
    return true;
}

// The text of a field edit's undo step, saying what changed ("Change RTO of "Payments" to 2 h"),
// and the key under which edits of that one field in a row merge into one step.
struct EditText
{
    QString text;
    QString mergeKey;
};

QString hoursText(const std::optional<double> &hours)
{
    return hours ? Tr::tr("%1 h").arg(QLocale().toString(*hours)) : QString();
}

// One field's change: "Change %1 of "%2" to %3", or "Clear %1 of "%2"" when the new value is
// empty.
EditText fieldEdit(const QString &id, const QString &name, const QString &field,
                   const QString &label, const QString &value)
{
    const QString text = value.isEmpty()
                             ? Tr::tr("Clear %1 of \"%2\"").arg(label, shown(name))
                             : Tr::tr("Change %1 of \"%2\" to %3").arg(label, shown(name), value);
    return {text, id + QLatin1Char('|') + field};
}

// (plan-JSON name, label, new value as text, changed?)
using FieldChange = std::tuple<QString, QString, QString, bool>;

// The changes of the table's fields (domain/Fields.h). The fields of one plan-JSON object
// ("replication") count as one: named by the one that changed, or by the first of them (the
// object's own label) when several did.
template <typename T>
QList<FieldChange> tableChanges(const T &b, const T &a, std::span<const Field<T>> fields)
{
    using Type = typename Field<T>::Type;
    QList<FieldChange> changes;
    FieldChange first;
    int changedInObject = 0;
    for (const Field<T> &f : fields) {
        const bool changed = !f.equal(b, a);
        QString value;
        switch (f.type) {
        case Type::Name:
            break;
        case Type::Text:
            if (!f.textOf(a).isEmpty())
                value = QLatin1Char('"') + shown(f.textOf(a)) + QLatin1Char('"');
            break;
        case Type::RequiredText:
        case Type::LongText:
            if (!f.textOf(a).isEmpty())
                value = Tr::tr("the text typed");
            break;
        case Type::OptionalText:
            if (f.optionalTextOf(a))
                value = Tr::tr("the text typed");
            break;
        case Type::Hours:
            value = hoursText(f.numberOf(a));
            break;
        case Type::Amount:
            if (f.numberOf(a))
                value = QLocale().toString(*f.numberOf(a), 'f', 0);
            break;
        case Type::Tier:
            if (f.tierOf(a))
                value = QString::number(*f.tierOf(a));
            break;
        case Type::Choice:
        case Type::OptionalChoice:
            value = f.choice->display(a);
            break;
        case Type::Flag:
            value = f.flagOf(a) ? Tr::tr("yes") : Tr::tr("no");
            break;
        case Type::Severity:
            value = QString::number(f.integerOf(a));
            break;
        }
        FieldChange change{QLatin1String(f.object ? f.object : f.key),
                           QCoreApplication::translate("Continuity::PlanDocument", f.label), value,
                           changed};
        if (!f.object || changes.isEmpty() ||
            std::get<0>(changes.constLast()) != QLatin1String(f.object)) {
            changes.append(change);
            first = change;
            changedInObject = changed ? 1 : 0;
        } else if (changed && ++changedInObject == 1) {
            changes.last() = change; // the one change in the object names it
        } else if (changed) {
            changes.last() = first; // several: the object's first field names it
            std::get<3>(changes.last()) = true;
        }
    }
    return changes;
}

template <typename T>
EditText describeFields(const T &before, const T &after, const QString &kindText,
                        const QList<FieldChange> &fields)
{
    QList<const FieldChange *> changed;
    for (const auto &f : fields) {
        if (std::get<3>(f))
            changed.append(&f);
    }
    if (changed.size() == 1) {
        const auto &[field, label, value, _] = *changed.first();
        if (field == QLatin1String("name"))
            return {Tr::tr("Rename \"%1\" to \"%2\"").arg(shown(before.name), shown(after.name)),
                    after.id + QStringLiteral("|name")};
        return fieldEdit(after.id, after.name, field, label, value);
    }
    return {kindText.arg(shown(after.name)), QString()};
}

EditText describeEdit(const Process &b, const Process &a)
{
    return describeFields(
        b, a, Tr::tr("Edit process \"%1\""),
        tableChanges(b, a, processFields()) +
            QList<FieldChange>{{QStringLiteral("impacts"), Tr::tr("impact ratings"),
                                Tr::tr("the ratings given"), b.impacts != a.impacts},
                               {QStringLiteral("position"), Tr::tr("position"),
                                Tr::tr("a new place"), b.position != a.position}});
}

EditText describeEdit(const Service &b, const Service &a)
{
    return describeFields(
        b, a, Tr::tr("Edit service \"%1\""),
        tableChanges(b, a, serviceFields()) +
            QList<FieldChange>{{QStringLiteral("tags"), Tr::tr("tags"),
                                a.tags.join(QStringLiteral(", ")), b.tags != a.tags},
                               {QStringLiteral("attributes"), Tr::tr("CMDB attributes"),
                                Tr::tr("the values given"), b.attributes != a.attributes},
                               {QStringLiteral("position"), Tr::tr("position"),
                                Tr::tr("a new place"), b.position != a.position}});
}

} // namespace

// The plan's rules (rules/PlanRules.h) asked about the document's live plan.
class PlanDocument::Lookup final : public PlanLookup
{
public:
    explicit Lookup(const PlanDocument &document)
        : m_document(document)
    {}
    bool hasNode(const QString &id) const override { return m_document.containsNode(id); }
    bool hasDependency(const QString &consumer, const QString &provider) const override
    {
        return m_document.dependency(consumer, provider) != nullptr;
    }
    bool hasGroup(const QString &consumer, const QString &name) const override
    {
        return m_document.group(consumer, name) != nullptr;
    }
    int groupSize(const QString &consumer, const QString &name) const override
    {
        return m_document.groupSize(consumer, name);
    }
    bool hasRunbook(const QString &id) const override { return m_document.runbook(id); }
    bool hasExercise(const QString &id) const override { return m_document.exercise(id); }
    QString serviceWithSysId(const QString &sysId) const override
    {
        for (const Service &s : m_document.plan().services) {
            if (s.attributes.value(QStringLiteral("sys_id")) == sysId)
                return s.id;
        }
        return QString();
    }

private:
    const PlanDocument &m_document;
};

PlanDocument::PlanDocument(std::unique_ptr<PlanStore> file, Plan plan)
    : m_file(std::move(file))
    , m_plan(std::move(plan))
    , m_backgroundWrite(new QFutureWatcher<QString>(this))
    , m_catchUp(new QFutureWatcher<std::shared_ptr<CatchUp>>(this))
    , m_undoStack(new QUndoStack(this))
{
    rebuildIndexes();
    // A file whose schema predates the trail (opened read-only) has no head to show.
    Audit::head(m_file->database(), &m_auditHead, nullptr);
    connect(m_backgroundWrite, &QFutureWatcher<QString>::finished, this,
            &PlanDocument::onBackgroundWriteFinished);
    connect(m_catchUp, &QFutureWatcher<std::shared_ptr<CatchUp>>::finished, this,
            &PlanDocument::onCatchUpRead);
    m_file->watchChanges(this, [this] { scheduleRefresh(); });
}

void PlanDocument::scheduleRefresh()
{
    if (std::exchange(m_refreshArmed, true))
        return;
    QTimer::singleShot(50, this, [this] {
        m_refreshArmed = false;
        refreshFromStore();
    });
}

void PlanDocument::refreshFromStore()
{
    // While a worker writes, after it (onBackgroundWriteFinished); while one reads, after it.
    if (m_writing)
        return;
    if (m_catchUp->isRunning()) {
        m_readAgain = true;
        return;
    }
    bool others = false;
    QString error;
    if (!m_file->othersHaveWritten(&others, &error) || !others)
        return;
    // Read on a worker, over a connection of its own; the window goes on meanwhile.
    std::function<bool(OthersChanges *, QString *)> job = m_file->changesReader(m_plan);
    if (!job)
        return;
    m_catchUpWrites = m_localWrites;
    m_catchUp->setFuture(QtConcurrent::run([job = std::move(job)] {
        auto read = std::make_shared<CatchUp>();
        read->ok = job(&read->changes, &read->problem);
        return read;
    }));
}

void PlanDocument::onCatchUpRead()
{
    const bool again = std::exchange(m_readAgain, false);
    // Moved out, not copied: a copy left in the future would share the plan's lists with the
    // document's, and the document's next edit of such a list would copy it whole.
    CatchUp read = std::move(*m_catchUp->result());
    if (!read.ok && read.problem != m_refusal) {
        m_refusal = read.problem;
        emit othersChangesRefused(m_refusal);
    } else if (read.ok && !m_refusal.isEmpty()) {
        m_refusal.clear();
        emit othersChangesRefused(QString());
    }
    // This window wrote while the worker read: the read may not hold that write; read again.
    if (!read.ok || m_writing || m_catchUpWrites != m_localWrites) {
        if (read.ok || again)
            scheduleRefresh();
        return;
    }
    m_file->noteRead(read.changes);
    Audit::head(m_file->database(), &m_auditHead, nullptr);
    takeOthersChanges(std::move(read.changes));
    if (again)
        scheduleRefresh();
}

namespace {

// One list of the plan as a catch-up compares it: which items of it are gone, new or
// different, each named as PlanChange names it.
struct ListDiff
{
    QList<QStringList> removed;
    QList<QStringList> added;
    QList<QStringList> changed;
    qsizetype size() const { return removed.size() + added.size() + changed.size(); }
};

QString joined(const QStringList &ids)
{
    return ids.join(QChar(0x1f));
}

template <typename T, typename Ids>
ListDiff diffOf(const QList<T> &mine, const QList<T> &theirs, Ids ids)
{
    QHash<QString, qsizetype> at;
    at.reserve(mine.size());
    for (qsizetype i = 0; i < mine.size(); ++i)
        at.insert(joined(ids(mine.at(i))), i);
    ListDiff diff;
    QSet<QString> seen;
    for (const T &item : theirs) {
        const QStringList id = ids(item);
        const QString key = joined(id);
        seen.insert(key);
        const auto it = at.constFind(key);
        if (it == at.constEnd())
            diff.added.append(id);
        else if (!(mine.at(*it) == item))
            diff.changed.append(id);
    }
    for (const T &item : mine) {
        if (!seen.contains(joined(ids(item))))
            diff.removed.append(ids(item));
    }
    return diff;
}

template <typename T, typename Ids>
qsizetype positionOf(const QList<T> &list, const QStringList &id, Ids ids)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (ids(list.at(i)) == id)
            return i;
    }
    return -1;
}

} // namespace

void PlanDocument::takeOthersChanges(OthersChanges changes)
{
    // Around the announcements, so that the window can keep what the user is typing (the
    // pages show the plan as read).
    emit othersChangesArriving();
    const auto arrived = qScopeGuard([this] { emit othersChangesArrived(); });
    using E = PlanChange::Entity;
    using K = PlanChange::Kind;
    Plan &next = changes.plan;
    // Row by row: of the processes, services, groups and dependencies `next` holds only what
    // others' writes touched, and `changes` says what they took away; the rest is whole.
    const bool byRow = !changes.whole;
    const auto one = [](const auto &item) { return QStringList{item.id}; };
    const auto dependencyIds = [](const Dependency &d) {
        return QStringList{d.consumer, d.provider};
    };
    const auto groupIds = [](const RedundancyGroup &g) { return QStringList{g.consumer, g.name}; };
    const auto sloIds = [](const Slo &x) { return QStringList{x.node}; };
    QList<QStringList> removedNodes;
    for (const QString &id : std::as_const(changes.removedNodes))
        removedNodes.append({id});
    // Where the dependencies named are in the document's list, found in one pass over it (a
    // million of them take a pass each otherwise); found again after the removals.
    QSet<QString> namedConsumers;
    for (const QStringList &id : std::as_const(changes.removedDependencies))
        namedConsumers.insert(id.first());
    for (const Dependency &d : std::as_const(next.dependencies))
        namedConsumers.insert(d.consumer);
    auto dependencyAt = std::make_shared<std::optional<QHash<QStringList, qsizetype>>>();
    const auto dependencyPositionOf = [this, dependencyAt,
                                       namedConsumers](const QStringList &id) -> qsizetype {
        if (!*dependencyAt) {
            QHash<QStringList, qsizetype> at;
            // A few consumers are compared as they are (hashing a million ids costs more).
            const QStringList few =
                namedConsumers.size() <= 8 ? namedConsumers.values() : QStringList();
            const auto named = [&](const QString &consumer) {
                return few.isEmpty() ? namedConsumers.contains(consumer) : few.contains(consumer);
            };
            for (qsizetype i = 0; i < m_plan.dependencies.size(); ++i) {
                const Dependency &d = m_plan.dependencies.at(i);
                if (named(d.consumer))
                    at.insert({d.consumer, d.provider}, i);
            }
            *dependencyAt = std::move(at);
        }
        return (*dependencyAt)->value(id, -1);
    };

    // Each list: compare, then take its removals, additions and changes in the order the
    // document's own edits make them (links go before their nodes, nodes come before links).
    std::vector<std::function<qsizetype()>> counts;
    std::vector<std::function<void()>> removals;
    std::vector<std::function<void()>> additions;
    std::vector<std::function<void()>> changesOf;
    // `removed`: the list's items others took away, when the catch-up went row by row.
    auto list = [&](auto member, E entity, auto ids, const QList<QStringList> *removed = nullptr) {
        // Where an item is in the document's list: by index for the lists that may be long.
        const bool partial = byRow && removed;
        const auto position = [this, member, entity, ids, partial,
                               dependencyPositionOf](const QStringList &id) -> qsizetype {
            if (entity == E::Process)
                return processIndex(id.first());
            if (entity == E::Service)
                return serviceIndex(id.first());
            if (entity == E::Dependency)
                return partial ? dependencyPositionOf(id) : dependencyPosition(id.at(0), id.at(1));
            return positionOf(m_plan.*member, id, ids);
        };
        std::shared_ptr<ListDiff> diff;
        if (partial) {
            diff = std::make_shared<ListDiff>();
            for (const QStringList &id : *removed) {
                if (position(id) >= 0)
                    diff->removed.append(id);
            }
            for (const auto &item : next.*member) {
                const QStringList id = ids(item);
                const qsizetype i = position(id);
                if (i < 0)
                    diff->added.append(id);
                else if (!((m_plan.*member).at(i) == item))
                    diff->changed.append(id);
            }
        } else {
            diff = std::make_shared<ListDiff>(diffOf(m_plan.*member, next.*member, ids));
        }
        const bool node = entity == E::Process || entity == E::Service;
        counts.push_back([diff] { return diff->size(); });
        removals.push_back([this, diff, member, entity, node, partial, position, dependencyAt] {
            // Positions found in one pass: the last first, so that those found stay right.
            if (entity == E::Dependency && partial) {
                std::sort(diff->removed.begin(), diff->removed.end(),
                          [&](const QStringList &a, const QStringList &b) {
                              return position(a) > position(b);
                          });
            }
            for (const QStringList &id : std::as_const(diff->removed)) {
                const qsizetype i = position(id);
                if (i < 0)
                    continue;
                announce(entity, K::AboutToBeRemoved, id);
                (m_plan.*member).removeAt(i);
                if (node) {
                    // The index without the node, the positions after it one less (no hashing).
                    auto &index = entity == E::Process ? m_processIndex : m_serviceIndex;
                    index.remove(id.first());
                    for (auto it = index.begin(); it != index.end(); ++it) {
                        if (*it > i)
                            --*it;
                    }
                }
                announce(entity, K::Removed, id);
            }
            if (entity == E::Dependency && !diff->removed.isEmpty())
                dependencyAt->reset();
        });
        additions.push_back([this, diff, member, entity, ids, node, partial, &next] {
            const auto &theirs = next.*member;
            for (const QStringList &id : std::as_const(diff->added)) {
                const qsizetype i = positionOf(theirs, id, ids);
                auto &items = m_plan.*member;
                // Read row by row, a new item goes last, where a new row's key puts it.
                const qsizetype at = partial ? items.size() : std::min(i, items.size());
                items.insert(at, theirs.at(i));
                if (node && at == items.size() - 1)
                    (entity == E::Process ? m_processIndex : m_serviceIndex).insert(id.first(), at);
                else if (node)
                    rebuildIndexes();
                announce(entity, K::Added, id);
            }
        });
        changesOf.push_back([this, diff, member, entity, ids, position, &next] {
            const auto &theirs = next.*member;
            for (const QStringList &id : std::as_const(diff->changed)) {
                auto &items = m_plan.*member;
                const qsizetype i = position(id);
                const qsizetype j = positionOf(theirs, id, ids);
                if (i < 0 || j < 0)
                    continue;
                // A node only moved on the map is a move, as the document's own.
                bool moved = false;
                if constexpr (requires { items[i].position; }) {
                    auto before = items.at(i);
                    before.position = theirs.at(j).position;
                    moved = before == theirs.at(j);
                }
                items[i] = theirs.at(j);
                announce(moved ? E::Positions : entity, K::Changed,
                         moved ? QStringList{id.first()} : id);
            }
        });
    };
    list(&Plan::dependencies, E::Dependency, dependencyIds, &changes.removedDependencies);
    list(&Plan::groups, E::Group, groupIds, &changes.removedGroups);
    list(&Plan::slos, E::Slo, sloIds);
    list(&Plan::processes, E::Process, one, &removedNodes);
    list(&Plan::services, E::Service, one, &removedNodes);
    list(&Plan::runbooks, E::Runbook, one);
    list(&Plan::exercises, E::Exercise, one);
    list(&Plan::persons, E::Person, one);
    list(&Plan::roles, E::Role, one);
    list(&Plan::callTrees, E::CallTree, one);
    list(&Plan::incidents, E::Incident, one);
    list(&Plan::changes, E::Change, one);
    list(&Plan::freezes, E::Freeze, one);
    list(&Plan::maintenanceWindows, E::Maintenance, one);
    list(&Plan::controls, E::Control, one);
    list(&Plan::evidence, E::Evidence, one);
    list(&Plan::accessReviews, E::AccessReview, one);
    list(&Plan::exceptions, E::Exception, one);
    list(&Plan::contracts, E::Contract, one);
    list(&Plan::commitments, E::Commitment, one);
    qsizetype total = 0;
    for (const auto &count : counts)
        total += count();
    // A few hundred items at once (an import, a replace): the pages rebuild once instead. (A
    // catch-up row by row has at most as many; it reads the whole plan beyond.)
    constexpr qsizetype MostItemByItem = 300;
    if (!byRow && (total > MostItemByItem || next.biaHorizonsHours != m_plan.biaHorizonsHours)) {
        m_plan = std::move(next);
        rebuildIndexes();
        announce(E::WholePlan, K::Changed);
        return;
    }
    for (const auto &step : removals)
        step();
    // Nodes first, so that what refers to them finds them.
    std::rotate(additions.begin(), additions.begin() + 3, additions.begin() + 5);
    for (const auto &step : additions)
        step();
    for (const auto &step : changesOf)
        step();
    const auto value = [&](auto member, E entity) {
        if (m_plan.*member == next.*member)
            return;
        m_plan.*member = next.*member;
        announce(entity, K::Changed);
    };
    value(&Plan::name, E::PlanName);
    value(&Plan::tierPolicy, E::TierPolicy);
    value(&Plan::peoplePolicy, E::PeoplePolicy);
    value(&Plan::incidentPolicy, E::IncidentPolicy);
    value(&Plan::changePolicy, E::ChangePolicy);
    value(&Plan::governancePolicy, E::GovernancePolicy);
    value(&Plan::cmdbMapping, E::CmdbMapping);
    // The server's order of every list read whole, now that each item was announced; the
    // lists read row by row are the document's, changed as announced.
    if (byRow) {
        next.processes = std::move(m_plan.processes);
        next.services = std::move(m_plan.services);
        next.groups = std::move(m_plan.groups);
        next.dependencies = std::move(m_plan.dependencies);
        m_plan = std::move(next);
        return; // the node indexes were kept as the nodes came and went
    }
    m_plan = std::move(next);
    rebuildIndexes();
}

QString PlanDocument::explainWriteFailure(const QString &error, const QString &item)
{
    const std::optional<QString> conflict =
        m_file->refusalIn(error, item, m_writeBasis.has_value());
    if (!conflict)
        return error;
    scheduleRefresh();
    return *conflict;
}

void PlanDocument::announce(PlanChange::Entity entity, PlanChange::Kind kind, QStringList ids)
{
    emit changed(PlanChange::of(entity, kind, std::move(ids)));
}

PlanDocument::~PlanDocument()
{
    // A background write uses the file: it finishes first.
    m_backgroundWrite->waitForFinished();
    m_catchUp->waitForFinished();
    // The undo stack goes first, while the file it reports on is still open: its destructor
    // clears the stack and emits indexChanged, cleanChanged and the like, whose listeners read
    // the document (its path, whether it is read-only).
    delete m_undoStack;
    m_undoStack = nullptr;
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, QString *errorMessage,
                                                 const QString &password)
{
    std::unique_ptr<PlanStore> file;
    if (Server::ServerUrl::isServerUrl(path))
        file = Server::ServerStore::open(path, OpenMode::ReadWrite, errorMessage, password);
    else
        file = PlanFile::open(path, OpenMode::ReadWrite, errorMessage);
    if (!file)
        return nullptr;
    Plan plan;
    if (!file->load(&plan, errorMessage))
        return nullptr;
    auto document =
        std::unique_ptr<PlanDocument>(new PlanDocument(std::move(file), std::move(plan)));
    document->m_loadedOnThread = QThread::currentThread();
    return document;
}

namespace {
struct BackgroundLoad
{
    Plan plan;
    QString error;
    bool ok = false;
    const QThread *thread = nullptr;
    qint64 seen = 0;                 // a plan on a server: the last write the read holds
    QHash<qint64, QString> nodeKeys; // and its nodes' keys
};
} // namespace

bool PlanDocument::openInBackground(const QString &path, QObject *context, OpenDone done,
                                    QString *errorMessage, const QString &password)
{
    if (Server::ServerUrl::isServerUrl(path))
        return openServerInBackground(path, context, std::move(done), password);
    // Here: the lock, the header and the schema (quick); the pass over every page and the
    // content are the worker's, on a connection it opens and closes itself (a connection
    // belongs to the thread that made it).
    // Held until the content is read (or the context is gone, when it closes with the watcher).
    auto file = std::make_shared<std::unique_ptr<PlanFile>>(
        PlanFile::open(path, OpenMode::ReadWrite, errorMessage, PageCheck::Skip));
    if (!*file)
        return false;
    const QString canonical = (*file)->path();
    auto *watcher = new QFutureWatcher<BackgroundLoad>(context);
    connect(watcher, &QFutureWatcher<BackgroundLoad>::finished, context,
            [watcher, file, done = std::move(done)]() {
                watcher->deleteLater();
                BackgroundLoad result = watcher->result();
                if (!result.ok) {
                    file->reset();
                    done(nullptr, result.error);
                    return;
                }
                std::unique_ptr<PlanDocument> document(
                    new PlanDocument(std::move(*file), std::move(result.plan)));
                document->m_loadedOnThread = result.thread;
                done(std::move(document), QString());
            });
    watcher->setFuture(QtConcurrent::run([canonical]() {
        BackgroundLoad result;
        result.thread = QThread::currentThread();
        std::unique_ptr<PlanFile> reader =
            PlanFile::open(canonical, OpenMode::ReadOnly, &result.error, PageCheck::Full);
        result.ok = reader && PlanSql(reader->database()).load(&result.plan, &result.error);
        return result;
    }));
    return true;
}

bool PlanDocument::openServerInBackground(const QString &url, QObject *context, OpenDone done,
                                          const QString &password)
{
    // The worker connects, checks the plan and reads it on a connection of its own, which it
    // closes (a connection belongs to the thread that made it); the document's connection is
    // made here afterwards, when the server has answered. What others write in between is
    // caught up as any later write is: the read notes the last write it holds.
    auto *watcher = new QFutureWatcher<BackgroundLoad>(context);
    connect(watcher, &QFutureWatcher<BackgroundLoad>::finished, context,
            [watcher, url, password, done = std::move(done)]() {
                watcher->deleteLater();
                BackgroundLoad result = watcher->result();
                if (!result.ok) {
                    done(nullptr, result.error);
                    return;
                }
                QString error;
                std::unique_ptr<Server::ServerStore> store =
                    Server::ServerStore::open(url, OpenMode::ReadWrite, &error, password);
                if (!store) {
                    done(nullptr, error);
                    return;
                }
                OthersChanges read;
                read.seen = result.seen;
                read.nodeKeys = std::move(result.nodeKeys);
                store->noteRead(read);
                std::unique_ptr<PlanDocument> document(
                    new PlanDocument(std::move(store), std::move(result.plan)));
                document->m_loadedOnThread = result.thread;
                document->scheduleRefresh(); // anything written since the worker read
                done(std::move(document), QString());
            });
    watcher->setFuture(QtConcurrent::run([url, password]() {
        BackgroundLoad result;
        result.thread = QThread::currentThread();
        std::unique_ptr<Server::ServerStore> reader =
            Server::ServerStore::open(url, OpenMode::ReadWrite, &result.error, password);
        result.ok = reader && reader->load(&result.plan, &result.error);
        if (result.ok) {
            result.seen = reader->lastRead();
            result.nodeKeys = reader->nodeKeys();
        }
        return result;
    }));
    return true;
}

std::unique_ptr<PlanDocument> PlanDocument::create(const QString &path, const Plan &content,
                                                   QString *errorMessage,
                                                   const Audit::Entry &origin)
{
    std::unique_ptr<PlanFile> file = PlanFile::create(path, errorMessage);
    if (!file)
        return nullptr;
    Audit::Entry first = origin;
    if (first.action.isEmpty())
        first = wholePlanEntry(Tr::tr("Create plan"), Plan(), content);
    const bool written = [&] {
        PlanSql sql(file->database());
        if (sql.beginBulk(errorMessage) && sql.insertPlan(content, errorMessage) &&
            Audit::append(file->database(), first, nullptr, errorMessage) &&
            sql.commit(errorMessage))
            return true;
        sql.rollback();
        return false;
    }();
    if (!written) {
        const QString created = file->path();
        file.reset();
        QFile::remove(created);
        return nullptr;
    }
    return std::unique_ptr<PlanDocument>(new PlanDocument(std::move(file), content));
}

QString PlanDocument::filePath() const
{
    return m_file->path();
}
bool PlanDocument::isReadOnly() const
{
    return m_file->isReadOnly();
}
QString PlanDocument::readOnlyReason() const
{
    return m_file->readOnlyReason();
}

void PlanDocument::rebuildIndexes()
{
    m_processIndex.clear();
    m_serviceIndex.clear();
    m_processIndex.reserve(m_plan.processes.size());
    m_serviceIndex.reserve(m_plan.services.size());
    for (qsizetype i = 0; i < m_plan.processes.size(); ++i)
        m_processIndex.insert(m_plan.processes.at(i).id, i);
    for (qsizetype i = 0; i < m_plan.services.size(); ++i)
        m_serviceIndex.insert(m_plan.services.at(i).id, i);
}

const Process *PlanDocument::process(const QString &id) const
{
    const qsizetype i = processIndex(id);
    return i < 0 ? nullptr : &m_plan.processes.at(i);
}

const Service *PlanDocument::service(const QString &id) const
{
    const qsizetype i = serviceIndex(id);
    return i < 0 ? nullptr : &m_plan.services.at(i);
}

qsizetype PlanDocument::dependencyPosition(const QString &consumer, const QString &provider) const
{
    for (qsizetype i = 0; i < m_plan.dependencies.size(); ++i) {
        const Dependency &d = m_plan.dependencies.at(i);
        if (d.consumer == consumer && d.provider == provider)
            return i;
    }
    return -1;
}

const Dependency *PlanDocument::dependency(const QString &consumer, const QString &provider) const
{
    const qsizetype i = dependencyPosition(consumer, provider);
    return i < 0 ? nullptr : &m_plan.dependencies.at(i);
}

const RedundancyGroup *PlanDocument::group(const QString &consumer, const QString &name) const
{
    for (const RedundancyGroup &g : m_plan.groups) {
        if (g.consumer == consumer && g.name == name)
            return &g;
    }
    return nullptr;
}

int PlanDocument::groupSize(const QString &consumer, const QString &name) const
{
    return int(std::count_if(
        m_plan.dependencies.cbegin(), m_plan.dependencies.cend(),
        [&](const Dependency &d) { return d.consumer == consumer && d.group == name; }));
}

NodeBundle PlanDocument::bundleFor(const QString &id) const
{
    return bundlesFor({id}).constFirst();
}

QString PlanDocument::uniqueNodeId(const QString &name) const
{
    return idFromName(name, [this](const QString &id) { return containsNode(id); });
}

bool PlanDocument::refuseIfReadOnly(QString *errorMessage) const
{
    if (m_writing) {
        setError(errorMessage, Tr::tr("An import is being written to the plan; edit again when "
                                      "it has finished."));
        return true;
    }
    if (!isReadOnly())
        return false;
    setError(errorMessage, Tr::tr("This plan is open read-only: %1").arg(readOnlyReason()));
    return true;
}

template <typename Write>
bool PlanDocument::writeTransaction(Audit::Entry entry, Write write, Transaction kind)
{
    QString error;
    QSqlDatabase db = m_file->database();
    PlanSql sql(db);
    if (isReadOnly()) {
        error = Tr::tr("This plan is open read-only: %1").arg(readOnlyReason());
    } else if (kind == Transaction::WholePlan ? sql.beginBulk(&error) : sql.begin(&error)) {
        entry.action = m_auditAction.isEmpty() ? Tr::tr("Edit") : m_auditAction;
        Audit::Head head;
        qint64 number = 0;
        if (m_file->startWrite(db, m_writeBasis, kind == Transaction::WholePlan, &number, &error) &&
            write(sql, &error) && m_file->appendAudit(db, entry, &head, &error) &&
            sql.commit(&error)) {
            m_auditHead = head;
            m_lastWrite = number;
            ++m_localWrites;
            return true;
        }
        sql.rollback();
        error = explainWriteFailure(error,
                                    entry.objectId.isEmpty() ? entry.objectKind : entry.objectId);
    }
    m_lastWriteFailure = error;
    emit writeFailed(error);
    return false;
}

namespace {

// One top-level value of plan JSON as written (an object, an array, a string, a number).
QJsonValue sectionValue(QByteArrayView json)
{
    QByteArray array;
    array.reserve(json.size() + 2);
    array.append('[').append(json).append(']');
    return QJsonDocument::fromJson(array).array().first();
}

// The fields of the one object of a list section as JsonWriter writes it ("[ {…} ]"): each key
// and its value's bytes, in the order written. nullopt when the section is not exactly one
// object (then the edit's details are found by parsing).
struct Field
{
    QByteArrayView key;
    QByteArrayView value;
};
using Fields = QVarLengthArray<Field, 48>;

std::optional<Fields> fieldsOfOnlyItem(QByteArrayView json)
{
    const char *p = json.data();
    const char *const end = p + json.size();
    const auto skipSpace = [&] {
        while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    const auto expect = [&](char c) {
        skipSpace();
        if (p == end || *p != c)
            return false;
        ++p;
        return true;
    };
    // Past the string p stands on (at its opening quote).
    const auto skipString = [&] {
        for (++p; p != end; ++p) {
            if (*p == '\\')
                ++p;
            else if (*p == '"')
                return ++p, true;
            if (p == end)
                break;
        }
        return false;
    };
    Fields fields;
    if (!expect('[') || !expect('{'))
        return std::nullopt;
    skipSpace();
    if (p != end && *p == '}') {
        ++p;
    } else {
        for (;;) {
            skipSpace();
            const char *keyBegin = p;
            if (p == end || *p != '"' || !skipString())
                return std::nullopt;
            const QByteArrayView key(keyBegin + 1, p - keyBegin - 2);
            if (!expect(':'))
                return std::nullopt;
            skipSpace();
            const char *valueBegin = p;
            const char *valueEnd = p;
            int depth = 0;
            while (p != end) {
                const char c = *p;
                if (c == '"') {
                    if (!skipString())
                        return std::nullopt;
                    valueEnd = p;
                    continue;
                }
                if (depth == 0 && (c == ',' || c == '}'))
                    break;
                if (c == '[' || c == '{')
                    ++depth;
                else if (c == ']' || c == '}')
                    --depth;
                ++p;
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                    valueEnd = p;
            }
            if (p == end || valueEnd == valueBegin)
                return std::nullopt;
            fields.append({key, QByteArrayView(valueBegin, valueEnd - valueBegin)});
            if (*p++ == '}')
                break;
        }
    }
    if (!expect(']'))
        return std::nullopt;
    skipSpace();
    if (p != end)
        return std::nullopt;
    return fields;
}

// `value` (JSON as JsonWriter writes it) without the spaces and line breaks between its tokens.
void appendCompact(QByteArray *out, QByteArrayView value)
{
    bool inString = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (inString) {
            out->append(c);
            if (c == '\\' && i + 1 < value.size())
                out->append(value[++i]);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out->append(c);
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out->append(c);
        }
    }
}

// The details of one item changed (both sides hold it): the fields whose bytes differ, compared
// and copied as written without parsing either side, keys in order as a JSON object keeps them.
// The same JSON as the parsing comparison below (tst_audittrail), at a fraction of its cost in
// every edit.
QString fieldDetails(const Fields &was, const Fields &is)
{
    QVarLengthArray<Field, 16> before;
    QVarLengthArray<Field, 16> after;
    for (qsizetype i = 0; i < was.size(); ++i) {
        const Field &f = was[i];
        // Both follow the format's order: the same key is almost always at the same place.
        const Field *other = i < is.size() && is[i].key == f.key ? &is[i] : nullptr;
        for (qsizetype j = 0; !other && j < is.size(); ++j) {
            if (is[j].key == f.key)
                other = &is[j];
        }
        if (!other || other->value != f.value)
            before.append(f);
        if (other && other->value != f.value)
            after.append(*other);
    }
    for (const Field &f : is) {
        if (std::none_of(was.begin(), was.end(), [&](const Field &w) { return w.key == f.key; }))
            after.append(f);
    }
    const auto byKey = [](const Field &a, const Field &b) {
        return std::lexicographical_compare(a.key.begin(), a.key.end(), b.key.begin(), b.key.end());
    };
    std::sort(before.begin(), before.end(), byKey);
    std::sort(after.begin(), after.end(), byKey);
    QByteArray out;
    out.reserve(64 + [&] {
        qsizetype size = 0;
        for (const auto *side : {&before, &after}) {
            for (const Field &f : *side)
                size += f.key.size() + f.value.size() + 4;
        }
        return size;
    }());
    out.append('{');
    const auto side = [&out](const char *name, const QVarLengthArray<Field, 16> &fields) {
        if (fields.isEmpty())
            return;
        if (out.size() > 1)
            out.append(',');
        out.append('"').append(name).append("\":{");
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out.append(',');
            out.append('"').append(fields[i].key).append("\":");
            appendCompact(&out, fields[i].value);
        }
        out.append('}');
    };
    side("after", after);
    side("before", before);
    out.append('}');
    return QString::fromUtf8(out);
}

// What changed from `before` to `after` (two plans holding only what an edit touched) as
// {"before": {...}, "after": {...}}: the fields of one item that differ when both hold it, the
// whole item when only one does, any other key that differs as it is on each side. Only the
// sections whose JSON differs are parsed; `only` (a plan JSON key) when the edit touched no
// other section (an edit's cost, docs/audit-trail.md).
QString detailsOf(const Plan &before, const Plan &after, const char *only = nullptr)
{
    const PlanJson::Sections a = PlanJson::writeSections(before, only);
    const PlanJson::Sections b = PlanJson::writeSections(after, only);
    if (only && a.sections.size() == 1 && b.sections.size() == 1 &&
        a.sections.first().key == only && b.sections.first().key == only) {
        const std::optional<Fields> was = fieldsOfOnlyItem(a.value(0));
        const std::optional<Fields> is = was ? fieldsOfOnlyItem(b.value(0)) : std::nullopt;
        if (was && is && !was->isEmpty() && !is->isEmpty())
            return fieldDetails(*was, *is);
    }
    QJsonObject was;
    QJsonObject is;
    const auto compare = [&](const QByteArray &key, std::optional<QByteArrayView> left,
                             std::optional<QByteArrayView> right) {
        if (left && right && *left == *right)
            return;
        // A key only one side writes (the CMDB mapping) is absent, not null, on the other.
        const QJsonValue l = left ? sectionValue(*left) : QJsonValue(QJsonValue::Undefined);
        const QJsonValue r = right ? sectionValue(*right) : QJsonValue(QJsonValue::Undefined);
        const QJsonArray la = l.toArray();
        const QJsonArray ra = r.toArray();
        if (l.isArray() && r.isArray() && la.size() <= 1 && ra.size() <= 1 &&
            (la.isEmpty() || la.first().isObject()) && (ra.isEmpty() || ra.first().isObject())) {
            const QJsonObject lo = la.isEmpty() ? QJsonObject() : la.first().toObject();
            const QJsonObject ro = ra.isEmpty() ? QJsonObject() : ra.first().toObject();
            if (!lo.isEmpty() && !ro.isEmpty()) {
                for (auto f = lo.constBegin(); f != lo.constEnd(); ++f) {
                    if (f.value() != ro.value(f.key()))
                        was.insert(f.key(), f.value());
                }
                for (auto f = ro.constBegin(); f != ro.constEnd(); ++f) {
                    if (f.value() != lo.value(f.key()))
                        is.insert(f.key(), f.value());
                }
            } else if (!lo.isEmpty()) {
                was = lo;
            } else {
                is = ro;
            }
            return;
        }
        const QString name = QString::fromUtf8(key);
        if (left)
            was.insert(name, l);
        if (right)
            is.insert(name, r);
    };
    // Both follow the format's fixed order; a key one side leaves out is compared with nothing.
    const auto find = [](const PlanJson::Sections &in, qsizetype at,
                         const QByteArray &key) -> std::optional<QByteArrayView> {
        if (at < in.sections.size() && in.sections.at(at).key == key)
            return in.value(at);
        for (qsizetype i = 0; i < in.sections.size(); ++i) {
            if (in.sections.at(i).key == key)
                return in.value(i);
        }
        return std::nullopt;
    };
    for (qsizetype i = 0; i < a.sections.size(); ++i)
        compare(a.sections.at(i).key, a.value(i), find(b, i, a.sections.at(i).key));
    for (qsizetype i = 0; i < b.sections.size(); ++i) {
        if (!find(a, i, b.sections.at(i).key))
            compare(b.sections.at(i).key, std::nullopt, b.value(i));
    }
    QJsonObject details;
    if (!was.isEmpty())
        details.insert(QStringLiteral("before"), was);
    if (!is.isEmpty())
        details.insert(QStringLiteral("after"), is);
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QString dependencyId(const QString &consumer, const QString &provider)
{
    return consumer + QStringLiteral(" -> ") + provider;
}

QString groupId(const QString &consumer, const QString &name)
{
    return consumer + QLatin1Char('/') + name;
}

QJsonObject countsOf(const Plan &plan)
{
    return {{QStringLiteral("name"), plan.name},
            {QStringLiteral("processes"), plan.processes.size()},
            {QStringLiteral("services"), plan.services.size()},
            {QStringLiteral("dependencies"), plan.dependencies.size()},
            {QStringLiteral("runbooks"), plan.runbooks.size()},
            {QStringLiteral("exercises"), plan.exercises.size()},
            {QStringLiteral("persons"), plan.persons.size()},
            {QStringLiteral("incidents"), plan.incidents.size()},
            {QStringLiteral("changes"), plan.changes.size()}};
}

// The content of the bundles as one plan (an insert's after, a removal's before).
Plan bundlePlan(const QList<NodeBundle> &bundles)
{
    Plan part;
    for (const NodeBundle &b : bundles) {
        if (b.process)
            part.processes.append(*b.process);
        if (b.service)
            part.services.append(*b.service);
        part.dependencies.append(b.dependencies);
        part.groups.append(b.groups);
        if (b.slo)
            part.slos.append(*b.slo);
    }
    return part;
}

Audit::Entry bundleEntry(const QList<NodeBundle> &bundles, bool added)
{
    Audit::Entry entry;
    if (bundles.size() == 1) {
        entry.objectKind = QString::fromLatin1(bundles.first().process ? "process" : "service");
        entry.objectId = bundles.first().id();
    } else {
        QStringList ids;
        for (const NodeBundle &b : bundles)
            ids.append(b.id());
        entry.objectKind = QStringLiteral("nodes");
        entry.objectId = ids.join(QLatin1Char(','));
    }
    const Plan part = bundlePlan(bundles);
    entry.details = added ? detailsOf(Plan(), part) : detailsOf(part, Plan());
    return entry;
}

QJsonObject positionsJson(const NodePositions &positions)
{
    QJsonObject object;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        object.insert(it.key(), it.value()
                                    ? QJsonValue(QJsonArray{it.value()->x(), it.value()->y()})
                                    : QJsonValue(QJsonValue::Null));
    }
    return object;
}

} // namespace

namespace {

// The plan JSON key of the section that holds `list`'s items; nullptr for a list it does not
// name here (then every section is compared).
template <typename T> const char *sectionOf(QList<T> Plan::*list)
{
    const auto is = [list](auto member, const char *key) -> const char * {
        if constexpr (std::is_same_v<decltype(member), QList<T> Plan::*>)
            return member == list ? key : nullptr;
        else
            return nullptr;
    };
    for (const char *key : {is(&Plan::processes, "processes"),
                            is(&Plan::services, "services"),
                            is(&Plan::dependencies, "dependencies"),
                            is(&Plan::groups, "groups"),
                            is(&Plan::runbooks, "runbooks"),
                            is(&Plan::exercises, "exercises"),
                            is(&Plan::persons, "persons"),
                            is(&Plan::roles, "roles"),
                            is(&Plan::callTrees, "callTrees"),
                            is(&Plan::incidents, "incidents"),
                            is(&Plan::slos, "slos"),
                            is(&Plan::changes, "changes"),
                            is(&Plan::freezes, "freezes"),
                            is(&Plan::maintenanceWindows, "maintenanceWindows"),
                            is(&Plan::controls, "controls"),
                            is(&Plan::evidence, "evidence"),
                            is(&Plan::accessReviews, "accessReviews"),
                            is(&Plan::exceptions, "exceptions"),
                            is(&Plan::contracts, "contracts"),
                            is(&Plan::commitments, "commitments")}) {
        if (key)
            return key;
    }
    return nullptr;
}

} // namespace

template <typename T>
Audit::Entry PlanDocument::itemEntry(const char *kind, const QString &id, QList<T> Plan::*list,
                                     const T *before, const T *after)
{
    Plan a;
    Plan b;
    if (before)
        (a.*list).append(*before);
    if (after)
        (b.*list).append(*after);
    return {QString(), QString::fromLatin1(kind), id, detailsOf(a, b, sectionOf(list))};
}

QString PlanDocument::auditDetails(const Process &before, const Process &after)
{
    return itemEntry("process", after.id, &Plan::processes, &before, &after).details;
}

template <typename T>
Audit::Entry PlanDocument::valueEntry(const char *kind, T Plan::*member, const T &before,
                                      const T &after)
{
    Plan a;
    Plan b;
    a.*member = before;
    b.*member = after;
    return {QString(), QString::fromLatin1(kind), QString(), detailsOf(a, b)};
}

Audit::Entry PlanDocument::wholePlanEntry(const QString &action, const Plan &before,
                                          const Plan &after)
{
    const QJsonObject details{{QStringLiteral("before"), countsOf(before)},
                              {QStringLiteral("after"), countsOf(after)}};
    return {action, QStringLiteral("plan"), QString(),
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))};
}

// ---- verbs -------------------------------------------------------------------------------

bool PlanDocument::setPlanName(const QString &name, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (refuse(errorMessage, Tr::tr("Plan"), Rules::checkPlanName(name)))
        return false;
    m_undoStack->push(new SwapCommand<QString>(
        this, CommandId::PlanName, Tr::tr("Rename plan to \"%1\"").arg(shown(name)), name,
        [this] { return m_plan.name; }, &PlanDocument::applyPlanName, QStringLiteral("name")));
    return true;
}

bool PlanDocument::addProcess(const Process &process, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const auto problems = checkProcess(process, int(m_plan.biaHorizonsHours.size()));
    if (!problems.isEmpty()) {
        setError(errorMessage,
                 describeProblems(Tr::tr("Process \"%1\"").arg(process.name), problems));
        return false;
    }
    if (refuse(errorMessage, Tr::tr("Process \"%1\"").arg(process.name),
               Rules::checkNewNodeId(Lookup(*this), process.id)))
        return false;
    NodeBundle bundle;
    bundle.process = process;
    bundle.index = m_plan.processes.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add process \"%1\"").arg(process.name), PresenceCommand::Mode::Add,
        [this, bundle] { return applyInsertNode(bundle); },
        [this, id = process.id] { return applyRemoveNode(id); }));
    return true;
}

bool PlanDocument::changeProcess(const Process &process, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Process *current = this->process(process.id);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no process with the id \"%1\".").arg(process.id));
        return false;
    }
    const auto problems = checkProcess(process, int(m_plan.biaHorizonsHours.size()));
    if (!problems.isEmpty()) {
        setError(errorMessage,
                 describeProblems(Tr::tr("Process \"%1\"").arg(process.name), problems));
        return false;
    }
    if (*current == process)
        return true;
    const QString id = process.id;
    Process changed = process;
    markBiaChange(*current, changed);
    const EditText edit = describeEdit(*current, changed);
    m_undoStack->push(new SwapCommand<Process>(
        this, CommandId::Process, edit.text, changed, [this, id] { return *this->process(id); },
        &PlanDocument::applyProcess, edit.mergeKey));
    return true;
}

bool PlanDocument::setImpactRating(const QString &processId, ImpactCategory category, int horizon,
                                   int rating, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Process *current = process(processId);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no process with the id \"%1\".").arg(processId));
        return false;
    }
    const int horizons = int(m_plan.biaHorizonsHours.size());
    if (horizon < 0 || horizon >= horizons) {
        setError(
            errorMessage,
            Tr::tr("There is no time horizon %1; the plan has %2.").arg(horizon + 1).arg(horizons));
        return false;
    }
    if (rating < 0 || rating > 4) {
        setError(errorMessage, Tr::tr("A rating must be from 0 (none) to 4 (severe)."));
        return false;
    }
    Process changed = *current;
    QList<int> &ratings = changed.impact(category);
    if (ratings.isEmpty())
        ratings = QList<int>(horizons, 0);
    if (ratings.at(horizon) == rating && !current->impact(category).isEmpty())
        return true;
    ratings[horizon] = rating;
    markBiaChange(*current, changed);
    m_undoStack->push(new SwapCommand<Process>(
        this, CommandId::Process,
        Tr::tr("Rate %1 impact of \"%2\" at %3 h: %4")
            .arg(displayName(category).toLower(), current->name)
            .arg(m_plan.biaHorizonsHours.at(horizon))
            .arg(rating),
        changed, [this, processId] { return *this->process(processId); },
        &PlanDocument::applyProcess));
    return true;
}

bool PlanDocument::recordBiaReview(const QString &processId, const QString &reviewedBy,
                                   const QDate &on, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Process *current = process(processId);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no process with the id \"%1\".").arg(processId));
        return false;
    }
    if (!on.isValid()) {
        setError(errorMessage, Tr::tr("A review needs the date it was made."));
        return false;
    }
    if (reviewedBy.trimmed().isEmpty()) {
        setError(errorMessage, Tr::tr("A review needs the name of who made it."));
        return false;
    }
    Process changed = *current;
    changed.reviewedBy = reviewedBy.trimmed();
    changed.reviewedOn = on.toString(Qt::ISODate);
    changed.biaChangedSinceReview = false;
    const auto problems = checkProcess(changed, int(m_plan.biaHorizonsHours.size()));
    if (!problems.isEmpty()) {
        setError(errorMessage,
                 describeProblems(Tr::tr("Process \"%1\"").arg(current->name), problems));
        return false;
    }
    if (changed == *current)
        return true;
    m_undoStack->push(new SwapCommand<Process>(
        this, CommandId::Process, Tr::tr("Record BIA review of \"%1\"").arg(current->name), changed,
        [this, processId] { return *this->process(processId); }, &PlanDocument::applyProcess));
    return true;
}

bool PlanDocument::addService(const Service &service, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const auto problems = checkService(service);
    if (!problems.isEmpty()) {
        setError(errorMessage,
                 describeProblems(Tr::tr("Service \"%1\"").arg(service.name), problems));
        return false;
    }
    if (refuse(errorMessage, Tr::tr("Service \"%1\"").arg(service.name),
               Rules::checkNewNodeId(Lookup(*this), service.id) +
                   Rules::checkSysId(Lookup(*this), service)))
        return false;
    NodeBundle bundle;
    bundle.service = service;
    bundle.service->tags.sort();
    bundle.index = m_plan.services.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add service \"%1\"").arg(service.name), PresenceCommand::Mode::Add,
        [this, bundle] { return applyInsertNode(bundle); },
        [this, id = service.id] { return applyRemoveNode(id); }));
    return true;
}

bool PlanDocument::changeService(const Service &service, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Service *current = this->service(service.id);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no service with the id \"%1\".").arg(service.id));
        return false;
    }
    const auto problems = checkService(service);
    if (!problems.isEmpty()) {
        setError(errorMessage,
                 describeProblems(Tr::tr("Service \"%1\"").arg(service.name), problems));
        return false;
    }
    if (refuse(errorMessage, Tr::tr("Service \"%1\"").arg(service.name),
               Rules::checkSysId(Lookup(*this), service)))
        return false;
    Service sorted = service;
    sorted.tags.sort();
    if (*current == sorted)
        return true;
    const QString id = service.id;
    const EditText edit = describeEdit(*current, sorted);
    m_undoStack->push(new SwapCommand<Service>(
        this, CommandId::Service, edit.text, sorted, [this, id] { return *this->service(id); },
        &PlanDocument::applyService, edit.mergeKey));
    return true;
}

bool PlanDocument::removeNode(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (!containsNode(id)) {
        setError(errorMessage,
                 Tr::tr("There is no process or service with the id \"%1\".").arg(id));
        return false;
    }
    const NodeBundle bundle = bundleFor(id);
    const QString text = bundle.process ? Tr::tr("Remove process \"%1\"").arg(bundle.process->name)
                                        : Tr::tr("Remove service \"%1\"").arg(bundle.service->name);
    m_undoStack->push(new PresenceCommand(
        this, text, PresenceCommand::Mode::Remove,
        [this, bundle] { return applyInsertNode(bundle); },
        [this, id] { return applyRemoveNode(id); }));
    return true;
}

QList<NodeBundle> PlanDocument::bundlesFor(const QStringList &ids) const
{
    // One pass over the plan for all of them: each dependency goes with the first of the nodes
    // it joins (in the order of `ids`), each group with its consumer, each runbook with its
    // service.
    QList<NodeBundle> bundles;
    bundles.reserve(ids.size());
    QHash<QString, qsizetype> bundleOf;
    for (const QString &id : ids) {
        NodeBundle bundle;
        if (const qsizetype i = processIndex(id); i >= 0) {
            bundle.process = m_plan.processes.at(i);
            bundle.index = i;
        } else if (const qsizetype j = serviceIndex(id); j >= 0) {
            bundle.service = m_plan.services.at(j);
            bundle.index = j;
        }
        bundleOf.insert(id, bundles.size());
        bundles.append(std::move(bundle));
    }
    for (const Dependency &d : m_plan.dependencies) {
        const qsizetype c = bundleOf.value(d.consumer, -1);
        const qsizetype p = bundleOf.value(d.provider, -1);
        if (c >= 0 || p >= 0)
            bundles[c >= 0 && (p < 0 || c < p) ? c : p].dependencies.append(d);
    }
    for (const RedundancyGroup &g : m_plan.groups) {
        if (const qsizetype c = bundleOf.value(g.consumer, -1); c >= 0)
            bundles[c].groups.append(g);
    }
    for (const Runbook &r : m_plan.runbooks) {
        if (const qsizetype c = bundleOf.value(r.service, -1); c >= 0)
            bundles[c].runbooks.append(r.id);
    }
    for (const Slo &s : m_plan.slos) {
        if (const qsizetype c = bundleOf.value(s.node, -1); c >= 0)
            bundles[c].slo = s;
    }
    return bundles;
}

bool PlanDocument::removeNodes(const QStringList &given, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    QStringList ids;
    QSet<QString> seen;
    for (const QString &id : given) {
        if (!containsNode(id)) {
            setError(errorMessage,
                     Tr::tr("There is no process or service with the id \"%1\".").arg(id));
            return false;
        }
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (ids.isEmpty())
        return true;
    if (ids.size() == 1)
        return removeNode(ids.constFirst(), errorMessage);
    const QList<NodeBundle> bundles = bundlesFor(ids);
    // One command, one transaction each way (STYLE: compound edits are document verbs).
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete %n node(s)", nullptr, int(ids.size())), PresenceCommand::Mode::Remove,
        [this, bundles] { return applyInsertNodes(bundles); },
        [this, ids] { return applyRemoveNodes(ids); }));
    return true;
}

bool PlanDocument::connectInNewGroup(const Dependency &dependency, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const RedundancyGroup group{dependency.consumer, dependency.group, 1};
    if (refuse(errorMessage, Tr::tr("Redundancy group \"%1\"").arg(group.name),
               Rules::checkGroup(Lookup(*this), group, Rules::Edit::Add)))
        return false;
    if (refuse(errorMessage,
               Tr::tr("Dependency %1 → %2").arg(dependency.consumer, dependency.provider),
               Rules::checkDependency(Lookup(*this), dependency, Rules::Edit::Add, &group)))
        return false;
    const Dependency d = dependency;
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Connect %1 → %2 in new group \"%3\"").arg(d.consumer, d.provider, d.group),
        PresenceCommand::Mode::Add, [this, group, d] { return applyInsertGroupWith(group, d); },
        [this, group, d] { return applyRemoveGroupWith(group, d); }));
    return true;
}

bool PlanDocument::pasteNodes(const Plan &part, const QPointF &offset, QStringList *newIds,
                              QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const int count = int(part.processes.size() + part.services.size());
    if (count == 0)
        return true;
    // New ids from the names, unique in the plan and among each other.
    QHash<QString, QString> newId;
    QSet<QString> claimed;
    auto claim = [&](const QString &oldId, const QString &name) {
        const QString id = idFromName(name, [&](const QString &candidate) {
            return containsNode(candidate) || claimed.contains(candidate);
        });
        claimed.insert(id);
        newId.insert(oldId, id);
        return id;
    };
    auto shifted = [&](std::optional<QPointF> position) {
        return position ? std::optional<QPointF>(*position + offset) : std::nullopt;
    };
    QList<NodeBundle> bundles;
    QHash<QString, qsizetype> bundleOf;
    qsizetype processAt = m_plan.processes.size();
    qsizetype serviceAt = m_plan.services.size();
    for (Process process : part.processes) {
        process.id = claim(process.id, process.name);
        process.position = shifted(process.position);
        NodeBundle bundle;
        bundle.process = process;
        bundle.index = processAt++;
        bundleOf.insert(process.id, bundles.size());
        bundles.append(bundle);
    }
    for (Service service : part.services) {
        // A copy is a new thing: it keeps the CMDB's facts but not the CMDB's identity.
        service.attributes.remove(QStringLiteral("sys_id"));
        service.id = claim(service.id, service.name);
        service.position = shifted(service.position);
        service.tags.sort();
        NodeBundle bundle;
        bundle.service = service;
        bundle.index = serviceAt++;
        bundleOf.insert(service.id, bundles.size());
        bundles.append(bundle);
    }
    Plan pasted = Plan::empty();
    for (RedundancyGroup g : part.groups) {
        if (!newId.contains(g.consumer))
            continue;
        g.consumer = newId.value(g.consumer);
        bundles[bundleOf.value(g.consumer)].groups.append(g);
        pasted.groups.append(g);
    }
    for (Dependency d : part.dependencies) {
        if (!newId.contains(d.consumer) || !newId.contains(d.provider))
            continue;
        d.consumer = newId.value(d.consumer);
        d.provider = newId.value(d.provider);
        bundles[bundleOf.value(d.consumer)].dependencies.append(d);
        pasted.dependencies.append(d);
    }
    // The plan's rules on what the paste adds: each value, and the links among the new nodes.
    for (const NodeBundle &bundle : std::as_const(bundles)) {
        if (bundle.process)
            pasted.processes.append(*bundle.process);
        else
            pasted.services.append(*bundle.service);
    }
    pasted.biaHorizonsHours = m_plan.biaHorizonsHours;
    const QList<FieldProblem> problems =
        Rules::checkPlan(pasted, Rules::Scope::ValuesAndReferences, 5);
    if (refuse(errorMessage, Tr::tr("The pasted nodes"), problems))
        return false;
    const QStringList ids(claimed.cbegin(), claimed.cend());
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Paste %n node(s)", nullptr, count), PresenceCommand::Mode::Add,
        [this, bundles] { return applyInsertNodes(bundles); },
        [this, ids] { return applyRemoveNodes(ids); }));
    if (newIds)
        *newIds = ids;
    return true;
}

bool PlanDocument::applyInsertGroupWith(const RedundancyGroup &g, const Dependency &d)
{
    if (!writeTransaction(Audit::Entry{QString(), QStringLiteral("group"),
                                       groupId(g.consumer, g.name),
                                       detailsOf(Plan(),
                                                 [&] {
                                                     Plan p;
                                                     p.groups = {g};
                                                     p.dependencies = {d};
                                                     return p;
                                                 }())},
                          [&](PlanSql &sql, QString *e) {
                              return sql.insertGroup(g, e) && sql.insertDependency(d, e);
                          }))
        return false;
    m_plan.groups.append(g);
    m_plan.dependencies.append(d);
    announce(PlanChange::Entity::Group, PlanChange::Kind::Added, {g.consumer, g.name});
    announce(PlanChange::Entity::Dependency, PlanChange::Kind::Added, {d.consumer, d.provider});
    return true;
}

bool PlanDocument::applyRemoveGroupWith(const RedundancyGroup &g, const Dependency &d)
{
    if (!writeTransaction(Audit::Entry{QString(), QStringLiteral("group"),
                                       groupId(g.consumer, g.name),
                                       detailsOf(
                                           [&] {
                                               Plan p;
                                               p.groups = {g};
                                               p.dependencies = {d};
                                               return p;
                                           }(),
                                           Plan())},
                          [&](PlanSql &sql, QString *e) {
                              return sql.deleteDependency(d.consumer, d.provider, e) &&
                                     sql.deleteGroup(g.consumer, g.name, e);
                          }))
        return false;
    m_plan.dependencies.removeAt(dependencyPosition(d.consumer, d.provider));
    announce(PlanChange::Entity::Dependency, PlanChange::Kind::Removed, {d.consumer, d.provider});
    m_plan.groups.removeIf(
        [&](const RedundancyGroup &x) { return x.consumer == g.consumer && x.name == g.name; });
    announce(PlanChange::Entity::Group, PlanChange::Kind::Removed, {g.consumer, g.name});
    return true;
}

bool PlanDocument::addDependency(const Dependency &dependency, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Dependency &d = dependency;
    if (refuse(errorMessage, Tr::tr("Dependency %1 → %2").arg(d.consumer, d.provider),
               Rules::checkDependency(Lookup(*this), d, Rules::Edit::Add)))
        return false;
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add dependency %1 → %2").arg(d.consumer, d.provider),
        PresenceCommand::Mode::Add, [this, d] { return applyInsertDependency(d); },
        [this, d] { return applyRemoveDependency(d.consumer, d.provider); }));
    return true;
}

bool PlanDocument::changeDependency(const Dependency &dependency, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Dependency &d = dependency;
    if (refuse(errorMessage, Tr::tr("Dependency %1 → %2").arg(d.consumer, d.provider),
               Rules::checkDependency(Lookup(*this), d, Rules::Edit::Change)))
        return false;
    const Dependency *current = this->dependency(d.consumer, d.provider);
    if (*current == d)
        return true;
    const QString consumer = d.consumer;
    const QString provider = d.provider;
    m_undoStack->push(new SwapCommand<Dependency>(
        this, CommandId::Dependency, Tr::tr("Edit dependency %1 → %2").arg(consumer, provider), d,
        [this, consumer, provider] { return *this->dependency(consumer, provider); },
        &PlanDocument::applyDependency));
    return true;
}

bool PlanDocument::removeDependency(const QString &consumer, const QString &provider,
                                    QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Dependency *current = dependency(consumer, provider);
    if (!current) {
        setError(errorMessage, Tr::tr("\"%1\" does not depend on \"%2\".").arg(consumer, provider));
        return false;
    }
    const Dependency d = *current;
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Remove dependency %1 → %2").arg(consumer, provider),
        PresenceCommand::Mode::Remove, [this, d] { return applyInsertDependency(d); },
        [this, d] { return applyRemoveDependency(d.consumer, d.provider); }));
    return true;
}

bool PlanDocument::addGroup(const RedundancyGroup &g, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (refuse(errorMessage, Tr::tr("Redundancy group \"%1\"").arg(g.name),
               Rules::checkGroup(Lookup(*this), g, Rules::Edit::Add)))
        return false;
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add redundancy group \"%1\"").arg(g.name), PresenceCommand::Mode::Add,
        [this, g] { return applyInsertGroup(g); },
        [this, g] { return applyRemoveGroup(g.consumer, g.name); }));
    return true;
}

bool PlanDocument::changeGroup(const RedundancyGroup &g, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (refuse(errorMessage, Tr::tr("Redundancy group \"%1\"").arg(g.name),
               Rules::checkGroup(Lookup(*this), g, Rules::Edit::Change)))
        return false;
    const RedundancyGroup *current = group(g.consumer, g.name);
    if (*current == g)
        return true;
    const QString consumer = g.consumer;
    const QString name = g.name;
    m_undoStack->push(new SwapCommand<RedundancyGroup>(
        this, CommandId::Group, Tr::tr("Change quorum of \"%1\" to %2").arg(name).arg(g.quorum), g,
        [this, consumer, name] { return *this->group(consumer, name); },
        &PlanDocument::applyGroup));
    return true;
}

bool PlanDocument::removeGroup(const QString &consumer, const QString &name, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const RedundancyGroup *current = group(consumer, name);
    if (!current) {
        setError(errorMessage,
                 Tr::tr("\"%1\" has no redundancy group \"%2\".").arg(consumer, name));
        return false;
    }
    const RedundancyGroup g = *current;
    // One undo step: the members leave the group (they stay as plain hard dependencies),
    // then the group goes.
    m_undoStack->beginMacro(Tr::tr("Remove redundancy group \"%1\"").arg(name));
    for (const Dependency &d : std::as_const(m_plan.dependencies)) {
        if (d.consumer != consumer || d.group != name)
            continue;
        Dependency ungrouped = d;
        ungrouped.group.clear();
        const QString c = d.consumer;
        const QString p = d.provider;
        m_undoStack->push(new SwapCommand<Dependency>(
            this, CommandId::Dependency, QString(), ungrouped,
            [this, c, p] { return *this->dependency(c, p); }, &PlanDocument::applyDependency));
    }
    m_undoStack->push(new PresenceCommand(
        this, QString(), PresenceCommand::Mode::Remove, [this, g] { return applyInsertGroup(g); },
        [this, g] { return applyRemoveGroup(g.consumer, g.name); }));
    m_undoStack->endMacro();
    return true;
}

bool PlanDocument::setTierPolicy(const TierPolicy &policy, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const auto problems = checkTierPolicy(policy);
    if (!problems.isEmpty()) {
        setError(errorMessage, describeProblems(Tr::tr("Tier policy"), problems));
        return false;
    }
    if (policy == m_plan.tierPolicy)
        return true;
    m_undoStack->push(new SwapCommand<TierPolicy>(
        this, CommandId::TierPolicy, Tr::tr("Change tier policy"), policy,
        [this] { return m_plan.tierPolicy; }, &PlanDocument::applyTierPolicy));
    return true;
}

bool PlanDocument::setPeoplePolicy(const PeoplePolicy &policy, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (refuse(errorMessage, Tr::tr("People policy"),
               checkPeoplePolicy(policy) + Rules::checkPeoplePolicyInPlan(m_plan, policy)))
        return false;
    if (policy == m_plan.peoplePolicy)
        return true;
    m_undoStack->push(new SwapCommand<PeoplePolicy>(
        this, CommandId::PeoplePolicy, Tr::tr("Change people policy"), policy,
        [this] { return m_plan.peoplePolicy; }, &PlanDocument::applyPeoplePolicy));
    return true;
}

bool PlanDocument::placeNodes(const NodePositions &positions, const QString &text,
                              QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    NodePositions changes;
    changes.reserve(positions.size());
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        std::optional<QPointF> current;
        if (const Process *p = process(it.key()))
            current = p->position;
        else if (const Service *s = service(it.key()))
            current = s->position;
        else {
            setError(errorMessage,
                     Tr::tr("There is no process or service with the id \"%1\".").arg(it.key()));
            return false;
        }
        if (it.value() && !isValidPosition(*it.value())) {
            setError(errorMessage, Tr::tr("The position of \"%1\" must have finite x and y "
                                          "between -%2 and %2.")
                                       .arg(it.key())
                                       .arg(MaxMapCoordinate));
            return false;
        }
        if (current != it.value())
            changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return true;
    const QStringList ids = changes.keys();
    m_undoStack->push(new SwapCommand<NodePositions>(
        this, CommandId::Positions, text, changes, [this, ids] { return positionsOf(ids); },
        &PlanDocument::applyPositions));
    return true;
}

NodePositions PlanDocument::positionsOf(const QStringList &ids) const
{
    NodePositions result;
    result.reserve(ids.size());
    for (const QString &id : ids) {
        if (const Process *p = process(id))
            result.insert(id, p->position);
        else if (const Service *s = service(id))
            result.insert(id, s->position);
    }
    return result;
}

bool PlanDocument::saveAs(const QString &path, QString *errorMessage)
{
    if (!m_file->copyTo(path, errorMessage))
        return false;
    std::unique_ptr<PlanFile> copy = PlanFile::open(path, OpenMode::ReadWrite, errorMessage);
    if (!copy)
        return false;
    m_file = std::move(copy);
    // The commands on the stack write to whichever file the document has, so undo keeps working
    // on the copy.
    emit filePathChanged(m_file->path());
    return true;
}

bool PlanDocument::snapshot(const QString &path, QString *errorMessage) const
{
    return m_file->copyTo(path, errorMessage);
}

// ---- apply -------------------------------------------------------------------------------

bool PlanDocument::applyPlanName(const QString &name)
{
    if (!writeTransaction(valueEntry("plan", &Plan::name, m_plan.name, name),
                          [&](PlanSql &sql, QString *e) { return sql.setPlanName(name, e); }))
        return false;
    m_plan.name = name;
    announce(PlanChange::Entity::PlanName, PlanChange::Kind::Changed);
    return true;
}

namespace {

bool writeNodeBundle(PlanSql &sql, const NodeBundle &bundle, QString *e)
{
    return bundle.process ? sql.insertProcess(*bundle.process, e)
                          : sql.insertService(*bundle.service, e);
}

// What hangs off a node (its groups, dependencies, runbooks), written once its node and all the
// nodes it names are in.
bool writeBundleLinks(PlanSql &sql, const NodeBundle &bundle, QString *e)
{
    for (const RedundancyGroup &g : bundle.groups) {
        if (!sql.insertGroup(g, e))
            return false;
    }
    for (const Dependency &d : bundle.dependencies) {
        if (!sql.insertDependency(d, e))
            return false;
    }
    for (const QString &runbook : bundle.runbooks) {
        if (!sql.setRunbookService(runbook, bundle.id(), e))
            return false;
    }
    return !bundle.slo || sql.writeSlo(*bundle.slo, e);
}

} // namespace

bool PlanDocument::applyInsertNode(const NodeBundle &bundle)
{
    return applyInsertNodes({bundle});
}

bool PlanDocument::applyInsertNodes(const QList<NodeBundle> &bundles)
{
    // One transaction: every node first, then what hangs off them (a dependency may join two
    // of the nodes).
    const bool ok = writeTransaction(bundleEntry(bundles, true), [&](PlanSql &sql, QString *e) {
        for (const NodeBundle &bundle : bundles) {
            if (!writeNodeBundle(sql, bundle, e))
                return false;
        }
        for (const NodeBundle &bundle : bundles) {
            if (!writeBundleLinks(sql, bundle, e))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    // Ascending positions, so that each lands where it was.
    QList<const NodeBundle *> ordered;
    for (const NodeBundle &bundle : bundles)
        ordered.append(&bundle);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const NodeBundle *a, const NodeBundle *b) { return a->index < b->index; });
    for (const NodeBundle *bundle : std::as_const(ordered)) {
        if (bundle->process) {
            const qsizetype at = std::clamp<qsizetype>(bundle->index, 0, m_plan.processes.size());
            m_plan.processes.insert(at, *bundle->process);
        } else {
            const qsizetype at = std::clamp<qsizetype>(bundle->index, 0, m_plan.services.size());
            m_plan.services.insert(at, *bundle->service);
        }
    }
    rebuildIndexes();
    for (const NodeBundle *bundle : std::as_const(ordered)) {
        m_plan.groups.append(bundle->groups);
        m_plan.dependencies.append(bundle->dependencies);
        for (Runbook &r : m_plan.runbooks) {
            if (bundle->runbooks.contains(r.id))
                r.service = bundle->id();
        }
        if (bundle->slo)
            m_plan.slos.append(*bundle->slo);
    }
    for (const NodeBundle *bundle : std::as_const(ordered)) {
        if (bundle->process)
            announce(PlanChange::Entity::Process, PlanChange::Kind::Added, {bundle->id()});
        else
            announce(PlanChange::Entity::Service, PlanChange::Kind::Added, {bundle->id()});
    }
    for (const NodeBundle *bundle : std::as_const(ordered)) {
        for (const RedundancyGroup &g : bundle->groups)
            announce(PlanChange::Entity::Group, PlanChange::Kind::Added, {g.consumer, g.name});
        for (const Dependency &d : bundle->dependencies)
            announce(PlanChange::Entity::Dependency, PlanChange::Kind::Added,
                     {d.consumer, d.provider});
    }
    return true;
}

bool PlanDocument::applyRemoveNode(const QString &id)
{
    return applyRemoveNodes({id});
}

bool PlanDocument::applyRemoveNodes(const QStringList &ids)
{
    if (!writeTransaction(bundleEntry(bundlesFor(ids), false), [&](PlanSql &sql, QString *e) {
            for (const QString &id : ids) {
                if (!sql.deleteNode(id, e))
                    return false;
            }
            return true;
        }))
        return false;
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    QList<Dependency> removedDependencies;
    m_plan.dependencies.removeIf([&](const Dependency &d) {
        if (!gone.contains(d.consumer) && !gone.contains(d.provider))
            return false;
        removedDependencies.append(d);
        return true;
    });
    QList<RedundancyGroup> removedGroups;
    m_plan.groups.removeIf([&](const RedundancyGroup &g) {
        if (!gone.contains(g.consumer))
            return false;
        removedGroups.append(g);
        return true;
    });
    for (Runbook &r : m_plan.runbooks) {
        if (gone.contains(r.service))
            r.service.clear();
    }
    // The file's SLO rows went with their nodes (ON DELETE CASCADE).
    m_plan.slos.removeIf([&](const Slo &s) { return gone.contains(s.node); });
    for (const Dependency &d : std::as_const(removedDependencies))
        announce(PlanChange::Entity::Dependency, PlanChange::Kind::Removed,
                 {d.consumer, d.provider});
    for (const RedundancyGroup &g : std::as_const(removedGroups))
        announce(PlanChange::Entity::Group, PlanChange::Kind::Removed, {g.consumer, g.name});
    for (const QString &id : ids) {
        if (const qsizetype i = processIndex(id); i >= 0) {
            announce(PlanChange::Entity::Process, PlanChange::Kind::AboutToBeRemoved, {id});
            m_plan.processes.removeAt(i);
            m_processIndex.remove(id);
            for (qsizetype k = i; k < m_plan.processes.size(); ++k)
                m_processIndex[m_plan.processes.at(k).id] = k;
            announce(PlanChange::Entity::Process, PlanChange::Kind::Removed, {id});
        } else if (const qsizetype j = serviceIndex(id); j >= 0) {
            announce(PlanChange::Entity::Service, PlanChange::Kind::AboutToBeRemoved, {id});
            m_plan.services.removeAt(j);
            m_serviceIndex.remove(id);
            for (qsizetype k = j; k < m_plan.services.size(); ++k)
                m_serviceIndex[m_plan.services.at(k).id] = k;
            announce(PlanChange::Entity::Service, PlanChange::Kind::Removed, {id});
        }
    }
    return true;
}

bool PlanDocument::applyProcess(const Process &process)
{
    const qsizetype i = processIndex(process.id);
    if (i < 0)
        return false;
    const Process previous = m_plan.processes.at(i);
    if (!writeTransaction(
            itemEntry("process", process.id, &Plan::processes, &previous, &process),
            [&](PlanSql &sql, QString *e) { return sql.updateProcess(process, e, &previous); }))
        return false;
    m_plan.processes[i] = process;
    announce(PlanChange::Entity::Process, PlanChange::Kind::Changed, {process.id});
    return true;
}

bool PlanDocument::applyService(const Service &service)
{
    const qsizetype i = serviceIndex(service.id);
    if (i < 0)
        return false;
    const Service previous = m_plan.services.at(i);
    if (!writeTransaction(
            itemEntry("service", service.id, &Plan::services, &previous, &service),
            [&](PlanSql &sql, QString *e) { return sql.updateService(service, e, &previous); }))
        return false;
    m_plan.services[i] = service;
    announce(PlanChange::Entity::Service, PlanChange::Kind::Changed, {service.id});
    return true;
}

bool PlanDocument::applyInsertDependency(const Dependency &d)
{
    if (!writeTransaction(itemEntry("dependency", dependencyId(d.consumer, d.provider),
                                    &Plan::dependencies, static_cast<const Dependency *>(nullptr),
                                    &d),
                          [&](PlanSql &sql, QString *e) { return sql.insertDependency(d, e); }))
        return false;
    m_plan.dependencies.append(d);
    announce(PlanChange::Entity::Dependency, PlanChange::Kind::Added, {d.consumer, d.provider});
    return true;
}

bool PlanDocument::applyRemoveDependency(const QString &consumer, const QString &provider)
{
    const qsizetype i = dependencyPosition(consumer, provider);
    if (i < 0)
        return false;
    if (!writeTransaction(
            itemEntry("dependency", dependencyId(consumer, provider), &Plan::dependencies,
                      &m_plan.dependencies.at(i), static_cast<const Dependency *>(nullptr)),
            [&](PlanSql &sql, QString *e) { return sql.deleteDependency(consumer, provider, e); }))
        return false;
    m_plan.dependencies.removeAt(i);
    announce(PlanChange::Entity::Dependency, PlanChange::Kind::Removed, {consumer, provider});
    return true;
}

bool PlanDocument::applyDependency(const Dependency &d)
{
    const qsizetype i = dependencyPosition(d.consumer, d.provider);
    if (i < 0)
        return false;
    if (!writeTransaction(itemEntry("dependency", dependencyId(d.consumer, d.provider),
                                    &Plan::dependencies, &m_plan.dependencies.at(i), &d),
                          [&](PlanSql &sql, QString *e) { return sql.updateDependency(d, e); }))
        return false;
    m_plan.dependencies[i] = d;
    announce(PlanChange::Entity::Dependency, PlanChange::Kind::Changed, {d.consumer, d.provider});
    return true;
}

bool PlanDocument::applyInsertGroup(const RedundancyGroup &g)
{
    if (!writeTransaction(itemEntry("group", groupId(g.consumer, g.name), &Plan::groups,
                                    static_cast<const RedundancyGroup *>(nullptr), &g),
                          [&](PlanSql &sql, QString *e) { return sql.insertGroup(g, e); }))
        return false;
    m_plan.groups.append(g);
    announce(PlanChange::Entity::Group, PlanChange::Kind::Added, {g.consumer, g.name});
    return true;
}

bool PlanDocument::applyRemoveGroup(const QString &consumer, const QString &name)
{
    if (!writeTransaction(
            itemEntry("group", groupId(consumer, name), &Plan::groups, group(consumer, name),
                      static_cast<const RedundancyGroup *>(nullptr)),
            [&](PlanSql &sql, QString *e) { return sql.deleteGroup(consumer, name, e); }))
        return false;
    m_plan.groups.removeIf(
        [&](const RedundancyGroup &g) { return g.consumer == consumer && g.name == name; });
    announce(PlanChange::Entity::Group, PlanChange::Kind::Removed, {consumer, name});
    return true;
}

bool PlanDocument::applyGroup(const RedundancyGroup &g)
{
    if (!writeTransaction(itemEntry("group", groupId(g.consumer, g.name), &Plan::groups,
                                    group(g.consumer, g.name), &g),
                          [&](PlanSql &sql, QString *e) { return sql.updateGroup(g, e); }))
        return false;
    for (RedundancyGroup &existing : m_plan.groups) {
        if (existing.consumer == g.consumer && existing.name == g.name)
            existing = g;
    }
    announce(PlanChange::Entity::Group, PlanChange::Kind::Changed, {g.consumer, g.name});
    return true;
}

qsizetype PlanDocument::runbookIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_plan.runbooks.size(); ++i) {
        if (m_plan.runbooks.at(i).id == id)
            return i;
    }
    return -1;
}

const Runbook *PlanDocument::runbook(const QString &id) const
{
    const qsizetype i = runbookIndex(id);
    return i < 0 ? nullptr : &m_plan.runbooks.at(i);
}

QString PlanDocument::uniqueRunbookId(const QString &title) const
{
    return idFromName(QStringLiteral("rb ") + title,
                      [this](const QString &id) { return runbookIndex(id) >= 0; });
}

QString PlanDocument::nextDraftVersion(const QString &version)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    const QString v = version.trimmed();
    if (v.isEmpty())
        return QStringLiteral("0.1");
    if (!v.contains(QLatin1Char('.'))) {
        bool ok = false;
        v.toInt(&ok);
        if (ok)
            return v + QStringLiteral(".1");
    }
    const QRegularExpressionMatch m = numbered.match(v);
    if (m.hasMatch())
        return m.captured(1) + QString::number(m.captured(2).toLongLong() + 1);
    return v + QStringLiteral(".1");
}

bool PlanDocument::refuseInvalidRunbook(const Runbook &r, QString *errorMessage) const
{
    const QList<FieldProblem> problems = checkRunbook(r);
    if (!problems.isEmpty()) {
        setError(errorMessage, Tr::tr("Runbook \"%1\": %2: %3")
                                   .arg(r.title, problems.first().field, problems.first().rule));
        return true;
    }
    if (refuse(errorMessage, Tr::tr("Runbook \"%1\"").arg(r.title),
               Rules::checkRunbookReferences(Lookup(*this), r) + Rules::checkApproval(r)))
        return true;
    return false;
}

bool PlanDocument::addRunbook(const Runbook &r, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage) || refuseInvalidRunbook(r, errorMessage))
        return false;
    if (runbookIndex(r.id) >= 0) {
        setError(errorMessage, Tr::tr("There is already a runbook with the id \"%1\".").arg(r.id));
        return false;
    }
    const qsizetype index = m_plan.runbooks.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add runbook \"%1\"").arg(r.title), PresenceCommand::Mode::Add,
        [this, r, index] { return applyInsertRunbook(r, index); },
        [this, id = r.id] { return applyRemoveRunbook(id); }));
    return true;
}

bool PlanDocument::changeRunbook(const Runbook &changed, const QString &text, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Runbook *current = runbook(changed.id);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no runbook with the id \"%1\".").arg(changed.id));
        return false;
    }
    Runbook next = changed;
    if (current->status == RunbookStatus::Approved) {
        // Only the status and approval may change without a new version (retiring it).
        Runbook sameStatus = next;
        sameStatus.status = current->status;
        sameStatus.approvedBy = current->approvedBy;
        sameStatus.approvedAt = current->approvedAt;
        sameStatus.approvalNote = current->approvalNote;
        if (!(sameStatus == *current)) {
            Runbook kept = *current;
            kept.previousVersions.clear();
            next.previousVersions = current->previousVersions;
            next.previousVersions.append(kept);
            next.status = RunbookStatus::Draft;
            next.approvedBy.reset();
            next.approvalNote.reset();
            next.approvedAt.reset();
            if (next.version == current->version)
                next.version = nextDraftVersion(current->version);
        }
    }
    if (next == *current)
        return true;
    if (refuseInvalidRunbook(next, errorMessage))
        return false;
    const QString id = next.id;
    m_undoStack->push(new SwapCommand<Runbook>(
        this, CommandId::Runbook, text, next, [this, id] { return *runbook(id); },
        &PlanDocument::applyRunbook));
    return true;
}

bool PlanDocument::approveRunbook(const QString &id, const QString &approver, const QString &at,
                                  QString *errorMessage, const QString &note)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Runbook *current = runbook(id);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no runbook with the id \"%1\".").arg(id));
        return false;
    }
    if (approver.trimmed().isEmpty()) {
        setError(errorMessage, Tr::tr("Say who approves the runbook."));
        return false;
    }
    if (current->steps.isEmpty()) {
        setError(errorMessage, Tr::tr("A runbook without steps cannot be approved."));
        return false;
    }
    Runbook next = *current;
    next.status = RunbookStatus::Approved;
    next.approvedBy = approver.trimmed();
    next.approvedAt = at.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : at;
    next.approvalNote =
        note.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(note.trimmed());
    if (refuseInvalidRunbook(next, errorMessage))
        return false;
    m_undoStack->push(new SwapCommand<Runbook>(
        this, CommandId::Runbook, Tr::tr("Approve runbook \"%1\"").arg(current->title), next,
        [this, id] { return *runbook(id); }, &PlanDocument::applyRunbook));
    return true;
}

bool PlanDocument::removeRunbook(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = runbookIndex(id);
    if (index < 0) {
        setError(errorMessage, Tr::tr("There is no runbook with the id \"%1\".").arg(id));
        return false;
    }
    const Runbook r = m_plan.runbooks.at(index);
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete runbook \"%1\"").arg(r.title), PresenceCommand::Mode::Remove,
        [this, r, index] { return applyInsertRunbook(r, index); },
        [this, id] { return applyRemoveRunbook(id); }));
    return true;
}

bool PlanDocument::applyInsertRunbook(const Runbook &r, qsizetype index)
{
    if (!writeTransaction(
            itemEntry("runbook", r.id, &Plan::runbooks, static_cast<const Runbook *>(nullptr), &r),
            [&](PlanSql &sql, QString *e) { return sql.insertRunbook(r, e); }))
        return false;
    m_plan.runbooks.insert(std::clamp<qsizetype>(index, 0, m_plan.runbooks.size()), r);
    announce(PlanChange::Entity::Runbook, PlanChange::Kind::Added, {r.id});
    return true;
}

bool PlanDocument::applyRemoveRunbook(const QString &id)
{
    if (!writeTransaction(itemEntry("runbook", id, &Plan::runbooks, runbook(id),
                                    static_cast<const Runbook *>(nullptr)),
                          [&](PlanSql &sql, QString *e) { return sql.deleteRunbook(id, e); }))
        return false;
    m_plan.runbooks.removeAt(runbookIndex(id));
    announce(PlanChange::Entity::Runbook, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyRunbook(const Runbook &r)
{
    if (!writeTransaction(itemEntry("runbook", r.id, &Plan::runbooks, runbook(r.id), &r),
                          [&](PlanSql &sql, QString *e) { return sql.replaceRunbook(r, e); }))
        return false;
    m_plan.runbooks[runbookIndex(r.id)] = r;
    announce(PlanChange::Entity::Runbook, PlanChange::Kind::Changed, {r.id});
    return true;
}

qsizetype PlanDocument::exerciseIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_plan.exercises.size(); ++i) {
        if (m_plan.exercises.at(i).id == id)
            return i;
    }
    return -1;
}

const Exercise *PlanDocument::exercise(const QString &id) const
{
    const qsizetype i = exerciseIndex(id);
    return i < 0 ? nullptr : &m_plan.exercises.at(i);
}

QString PlanDocument::uniqueExerciseId(const QString &date) const
{
    return idFromName(QStringLiteral("ex ") + date,
                      [this](const QString &id) { return exerciseIndex(id) >= 0; });
}

bool PlanDocument::refuseInvalidExercise(const Exercise &e, const Exercise *current,
                                         QString *errorMessage) const
{
    const QList<FieldProblem> problems = checkExercise(e);
    if (!problems.isEmpty()) {
        setError(errorMessage, Tr::tr("Exercise \"%1\": %2: %3")
                                   .arg(e.title, problems.first().field, problems.first().rule));
        return true;
    }
    return refuse(errorMessage, Tr::tr("Exercise \"%1\"").arg(e.title),
                  Rules::checkExerciseReferences(Lookup(*this), e, current) +
                      Rules::checkDrillReferences(m_plan, e, current));
}

bool PlanDocument::addExercise(const Exercise &given, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage) || refuseInvalidExercise(given, nullptr, errorMessage))
        return false;
    if (exerciseIndex(given.id) >= 0) {
        setError(errorMessage,
                 Tr::tr("There is already an exercise with the id \"%1\".").arg(given.id));
        return false;
    }
    Exercise e = given;
    std::sort(
        e.results.begin(), e.results.end(),
        [](const ExerciseResult &a, const ExerciseResult &b) { return a.service < b.service; });
    const qsizetype index = m_plan.exercises.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add exercise \"%1\"").arg(e.title), PresenceCommand::Mode::Add,
        [this, e, index] { return applyInsertExercise(e, index); },
        [this, id = e.id] { return applyRemoveExercise(id); }));
    return true;
}

bool PlanDocument::changeExercise(const Exercise &changed, const QString &text,
                                  QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Exercise *current = exercise(changed.id);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no exercise with the id \"%1\".").arg(changed.id));
        return false;
    }
    Exercise next = changed;
    // The file keeps results in service order; so does the document, so that both agree.
    std::sort(
        next.results.begin(), next.results.end(),
        [](const ExerciseResult &a, const ExerciseResult &b) { return a.service < b.service; });
    if (next == *current)
        return true;
    if (refuseInvalidExercise(next, current, errorMessage))
        return false;
    const QString id = next.id;
    m_undoStack->push(new SwapCommand<Exercise>(
        this, CommandId::Exercise, text, next, [this, id] { return *exercise(id); },
        &PlanDocument::applyExercise));
    return true;
}

bool PlanDocument::removeExercise(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = exerciseIndex(id);
    if (index < 0) {
        setError(errorMessage, Tr::tr("There is no exercise with the id \"%1\".").arg(id));
        return false;
    }
    const Exercise e = m_plan.exercises.at(index);
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete exercise \"%1\"").arg(e.title), PresenceCommand::Mode::Remove,
        [this, e, index] { return applyInsertExercise(e, index); },
        [this, id] { return applyRemoveExercise(id); }));
    return true;
}

bool PlanDocument::applyInsertExercise(const Exercise &e, qsizetype index)
{
    if (!writeTransaction(itemEntry("exercise", e.id, &Plan::exercises,
                                    static_cast<const Exercise *>(nullptr), &e),
                          [&](PlanSql &sql, QString *err) { return sql.insertExercise(e, err); }))
        return false;
    m_plan.exercises.insert(std::clamp<qsizetype>(index, 0, m_plan.exercises.size()), e);
    announce(PlanChange::Entity::Exercise, PlanChange::Kind::Added, {e.id});
    return true;
}

bool PlanDocument::applyRemoveExercise(const QString &id)
{
    if (!writeTransaction(itemEntry("exercise", id, &Plan::exercises, exercise(id),
                                    static_cast<const Exercise *>(nullptr)),
                          [&](PlanSql &sql, QString *e) { return sql.deleteExercise(id, e); }))
        return false;
    m_plan.exercises.removeAt(exerciseIndex(id));
    announce(PlanChange::Entity::Exercise, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyExercise(const Exercise &e)
{
    if (!writeTransaction(itemEntry("exercise", e.id, &Plan::exercises, exercise(e.id), &e),
                          [&](PlanSql &sql, QString *err) { return sql.replaceExercise(e, err); }))
        return false;
    m_plan.exercises[exerciseIndex(e.id)] = e;
    announce(PlanChange::Entity::Exercise, PlanChange::Kind::Changed, {e.id});
    return true;
}

// Incidents and SLOs (docs/incidents.md) -------------------------------------------------------

qsizetype PlanDocument::incidentIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_plan.incidents.size(); ++i) {
        if (m_plan.incidents.at(i).id == id)
            return i;
    }
    return -1;
}

const Incident *PlanDocument::incident(const QString &id) const
{
    const qsizetype i = incidentIndex(id);
    return i < 0 ? nullptr : &m_plan.incidents.at(i);
}

QString PlanDocument::nextIncidentId() const
{
    int highest = 0;
    for (const Incident &i : m_plan.incidents) {
        if (i.id.startsWith(QLatin1String("INC")))
            highest = std::max(highest, i.id.mid(3).toInt());
    }
    QString id;
    do {
        id = QStringLiteral("INC%1").arg(++highest, 4, 10, QLatin1Char('0'));
    } while (incidentIndex(id) >= 0);
    return id;
}

bool PlanDocument::addIncident(const Incident &incident, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const QString subject = Tr::tr("Incident \"%1\"").arg(incident.title);
    if (refuse(errorMessage, subject, checkIncident(incident)) ||
        refuse(errorMessage, subject,
               Rules::checkIncidentReferences(Lookup(*this), incident, nullptr)))
        return false;
    if (incidentIndex(incident.id) >= 0) {
        setError(errorMessage,
                 Tr::tr("There is already an incident with the id \"%1\".").arg(incident.id));
        return false;
    }
    const qsizetype index = m_plan.incidents.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add incident \"%1\"").arg(incident.title), PresenceCommand::Mode::Add,
        [this, incident, index] { return applyInsertIncident(incident, index); },
        [this, id = incident.id] { return applyRemoveIncident(id); }));
    return true;
}

bool PlanDocument::changeIncident(const Incident &changed, const QString &text,
                                  QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Incident *current = incident(changed.id);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no incident with the id \"%1\".").arg(changed.id));
        return false;
    }
    if (changed == *current)
        return true;
    const QString subject = Tr::tr("Incident \"%1\"").arg(changed.title);
    if (refuse(errorMessage, subject, checkIncident(changed)) ||
        refuse(errorMessage, subject,
               Rules::checkIncidentReferences(Lookup(*this), changed, current)))
        return false;
    const QString id = changed.id;
    m_undoStack->push(new SwapCommand<Incident>(
        this, CommandId::Incident, text, changed, [this, id] { return *incident(id); },
        &PlanDocument::applyIncident));
    return true;
}

bool PlanDocument::removeIncident(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = incidentIndex(id);
    if (index < 0) {
        setError(errorMessage, Tr::tr("There is no incident with the id \"%1\".").arg(id));
        return false;
    }
    const Incident removed = m_plan.incidents.at(index);
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete incident \"%1\"").arg(removed.title), PresenceCommand::Mode::Remove,
        [this, removed, index] { return applyInsertIncident(removed, index); },
        [this, id] { return applyRemoveIncident(id); }));
    return true;
}

bool PlanDocument::applyInsertIncident(const Incident &incident, qsizetype index)
{
    if (!writeTransaction(
            itemEntry("incident", incident.id, &Plan::incidents,
                      static_cast<const Incident *>(nullptr), &incident),
            [&](PlanSql &sql, QString *e) { return sql.insertIncident(incident, e); }))
        return false;
    m_plan.incidents.insert(std::clamp<qsizetype>(index, 0, m_plan.incidents.size()), incident);
    announce(PlanChange::Entity::Incident, PlanChange::Kind::Added, {incident.id});
    return true;
}

bool PlanDocument::applyRemoveIncident(const QString &id)
{
    if (!writeTransaction(itemEntry("incident", id, &Plan::incidents, this->incident(id),
                                    static_cast<const Incident *>(nullptr)),
                          [&](PlanSql &sql, QString *e) { return sql.deleteIncident(id, e); }))
        return false;
    announce(PlanChange::Entity::Incident, PlanChange::Kind::AboutToBeRemoved, {id});
    m_plan.incidents.removeAt(incidentIndex(id));
    announce(PlanChange::Entity::Incident, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyIncident(const Incident &incident)
{
    if (!writeTransaction(
            itemEntry("incident", incident.id, &Plan::incidents, this->incident(incident.id),
                      &incident),
            [&](PlanSql &sql, QString *e) { return sql.replaceIncident(incident, e); }))
        return false;
    m_plan.incidents[incidentIndex(incident.id)] = incident;
    announce(PlanChange::Entity::Incident, PlanChange::Kind::Changed, {incident.id});
    return true;
}

const Slo *PlanDocument::slo(const QString &node) const
{
    for (const Slo &s : m_plan.slos) {
        if (s.node == node)
            return &s;
    }
    return nullptr;
}

bool PlanDocument::setSlo(const Slo &given, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Slo *current = slo(given.node);
    if (current && *current == given)
        return true;
    const QString subject = Tr::tr("The SLO of \"%1\"").arg(given.node);
    if (refuse(errorMessage, subject, checkSlo(given)) ||
        refuse(errorMessage, subject,
               Rules::checkSloInPlan(m_plan, Lookup(*this), given,
                                     current ? Rules::Edit::Change : Rules::Edit::Add)))
        return false;
    const QString node = given.node;
    const std::optional<Slo> before = current ? std::optional<Slo>(*current) : std::nullopt;
    // Redo sets the new SLO, undo what was there (none for a new one).
    m_undoStack->push(new PresenceCommand(
        this,
        current ? Tr::tr("Change the SLO of \"%1\"").arg(node)
                : Tr::tr("Add an SLO to \"%1\"").arg(node),
        PresenceCommand::Mode::Add, [this, node, given] { return applySlo(node, given); },
        [this, node, before] { return applySlo(node, before); }));
    return true;
}

bool PlanDocument::removeSlo(const QString &node, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (!slo(node)) {
        setError(errorMessage, Tr::tr("\"%1\" has no SLO.").arg(node));
        return false;
    }
    const Slo removed = *slo(node);
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Remove the SLO of \"%1\"").arg(node), PresenceCommand::Mode::Remove,
        [this, removed] { return applySlo(removed.node, removed); },
        [this, node] { return applySlo(node, std::nullopt); }));
    return true;
}

bool PlanDocument::applySlo(const QString &node, const std::optional<Slo> &slo)
{
    if (!writeTransaction(
            itemEntry("slo", node, &Plan::slos, this->slo(node), slo ? &*slo : nullptr),
            [&](PlanSql &sql, QString *e) {
                return slo ? sql.writeSlo(*slo, e) : sql.deleteSlo(node, e);
            }))
        return false;
    const qsizetype at = [&] {
        for (qsizetype i = 0; i < m_plan.slos.size(); ++i) {
            if (m_plan.slos.at(i).node == node)
                return i;
        }
        return qsizetype(-1);
    }();
    PlanChange::Kind kind = PlanChange::Kind::Changed;
    if (slo && at >= 0) {
        m_plan.slos[at] = *slo;
    } else if (slo) {
        m_plan.slos.append(*slo);
        kind = PlanChange::Kind::Added;
    } else if (at >= 0) {
        m_plan.slos.removeAt(at);
        kind = PlanChange::Kind::Removed;
    }
    announce(PlanChange::Entity::Slo, kind, {node});
    return true;
}

bool PlanDocument::setIncidentPolicy(const IncidentPolicy &policy, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (policy == m_plan.incidentPolicy)
        return true;
    if (refuse(errorMessage, Tr::tr("The incident policy"), checkIncidentPolicy(policy)))
        return false;
    m_undoStack->push(new SwapCommand<IncidentPolicy>(
        this, CommandId::IncidentPolicy, Tr::tr("Change the incident policy"), policy,
        [this] { return m_plan.incidentPolicy; }, &PlanDocument::applyIncidentPolicy));
    return true;
}

bool PlanDocument::applyIncidentPolicy(const IncidentPolicy &policy)
{
    if (!writeTransaction(
            valueEntry("incidentPolicy", &Plan::incidentPolicy, m_plan.incidentPolicy, policy),
            [&](PlanSql &sql, QString *e) { return sql.writeIncidentPolicy(policy, e); }))
        return false;
    m_plan.incidentPolicy = policy;
    announce(PlanChange::Entity::IncidentPolicy, PlanChange::Kind::Changed);
    return true;
}

// Changes, freezes and maintenance windows (docs/changes.md) ------------------------------------

qsizetype PlanDocument::changeIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_plan.changes.size(); ++i) {
        if (m_plan.changes.at(i).id == id)
            return i;
    }
    return -1;
}

const Change *PlanDocument::change(const QString &id) const
{
    const qsizetype i = changeIndex(id);
    return i < 0 ? nullptr : &m_plan.changes.at(i);
}

bool PlanDocument::addChange(const Change &x, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const QString subject = Tr::tr("Change \"%1\"").arg(x.title);
    if (refuse(errorMessage, subject, checkChange(x)) ||
        refuse(errorMessage, subject,
               Rules::checkChangeReferences(m_plan, Lookup(*this), x, nullptr)))
        return false;
    if (changeIndex(x.id) >= 0) {
        setError(errorMessage, Tr::tr("There is already a change with the id \"%1\".").arg(x.id));
        return false;
    }
    const qsizetype index = m_plan.changes.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add change \"%1\"").arg(x.title), PresenceCommand::Mode::Add,
        [this, x, index] { return applyInsertChange(x, index); },
        [this, id = x.id] { return applyRemoveChange(id); }));
    return true;
}

bool PlanDocument::changeChange(const Change &x, const QString &text, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Change *current = change(x.id);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no change with the id \"%1\".").arg(x.id));
        return false;
    }
    if (x == *current)
        return true;
    const QString subject = Tr::tr("Change \"%1\"").arg(x.title);
    if (refuse(errorMessage, subject, checkChange(x)) ||
        refuse(errorMessage, subject,
               Rules::checkChangeReferences(m_plan, Lookup(*this), x, current)))
        return false;
    const QString id = x.id;
    m_undoStack->push(new SwapCommand<Change>(
        this, CommandId::Change, text, x, [this, id] { return *change(id); },
        &PlanDocument::applyChange));
    return true;
}

bool PlanDocument::removeChange(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = changeIndex(id);
    if (index < 0) {
        setError(errorMessage, Tr::tr("There is no change with the id \"%1\".").arg(id));
        return false;
    }
    const Change removed = m_plan.changes.at(index);
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete change \"%1\"").arg(removed.title), PresenceCommand::Mode::Remove,
        [this, removed, index] { return applyInsertChange(removed, index); },
        [this, id] { return applyRemoveChange(id); }));
    return true;
}

bool PlanDocument::applyInsertChange(const Change &x, qsizetype index)
{
    if (!writeTransaction(
            itemEntry("change", x.id, &Plan::changes, static_cast<const Change *>(nullptr), &x),
            [&](PlanSql &sql, QString *e) { return sql.insertChange(x, e); }))
        return false;
    m_plan.changes.insert(std::clamp<qsizetype>(index, 0, m_plan.changes.size()), x);
    announce(PlanChange::Entity::Change, PlanChange::Kind::Added, {x.id});
    return true;
}

bool PlanDocument::applyRemoveChange(const QString &id)
{
    if (!writeTransaction(itemEntry("change", id, &Plan::changes, change(id),
                                    static_cast<const Change *>(nullptr)),
                          [&](PlanSql &sql, QString *e) { return sql.deleteChange(id, e); }))
        return false;
    announce(PlanChange::Entity::Change, PlanChange::Kind::AboutToBeRemoved, {id});
    m_plan.changes.removeAt(changeIndex(id));
    announce(PlanChange::Entity::Change, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyChange(const Change &x)
{
    if (!writeTransaction(itemEntry("change", x.id, &Plan::changes, change(x.id), &x),
                          [&](PlanSql &sql, QString *e) { return sql.replaceChange(x, e); }))
        return false;
    m_plan.changes[changeIndex(x.id)] = x;
    announce(PlanChange::Entity::Change, PlanChange::Kind::Changed, {x.id});
    return true;
}

qsizetype PlanDocument::freezeIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_plan.freezes.size(); ++i) {
        if (m_plan.freezes.at(i).id == id)
            return i;
    }
    return -1;
}

const FreezeWindow *PlanDocument::freeze(const QString &id) const
{
    const qsizetype i = freezeIndex(id);
    return i < 0 ? nullptr : &m_plan.freezes.at(i);
}

bool PlanDocument::addFreeze(const FreezeWindow &x, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const QString subject = Tr::tr("Freeze window \"%1\"").arg(x.name);
    if (refuse(errorMessage, subject, checkFreeze(x)) ||
        refuse(errorMessage, subject,
               Rules::checkFreezeReferences(m_plan, Lookup(*this), x, nullptr)))
        return false;
    if (freezeIndex(x.id) >= 0) {
        setError(errorMessage,
                 Tr::tr("There is already a freeze window with the id \"%1\".").arg(x.id));
        return false;
    }
    const qsizetype index = m_plan.freezes.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add freeze window \"%1\"").arg(x.name), PresenceCommand::Mode::Add,
        [this, x, index] { return applyInsertFreeze(x, index); },
        [this, id = x.id] { return applyRemoveFreeze(id); }));
    return true;
}

bool PlanDocument::changeFreeze(const FreezeWindow &x, const QString &text, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const FreezeWindow *current = freeze(x.id);
    if (!current) {
        setError(errorMessage, Tr::tr("There is no freeze window with the id \"%1\".").arg(x.id));
        return false;
    }
    if (x == *current)
        return true;
    const QString subject = Tr::tr("Freeze window \"%1\"").arg(x.name);
    if (refuse(errorMessage, subject, checkFreeze(x)) ||
        refuse(errorMessage, subject,
               Rules::checkFreezeReferences(m_plan, Lookup(*this), x, current)))
        return false;
    const QString id = x.id;
    m_undoStack->push(new SwapCommand<FreezeWindow>(
        this, CommandId::Freeze, text, x, [this, id] { return *freeze(id); },
        &PlanDocument::applyFreeze));
    return true;
}

bool PlanDocument::removeFreeze(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = freezeIndex(id);
    if (index < 0) {
        setError(errorMessage, Tr::tr("There is no freeze window with the id \"%1\".").arg(id));
        return false;
    }
    const FreezeWindow removed = m_plan.freezes.at(index);
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete freeze window \"%1\"").arg(removed.name),
        PresenceCommand::Mode::Remove,
        [this, removed, index] { return applyInsertFreeze(removed, index); },
        [this, id] { return applyRemoveFreeze(id); }));
    return true;
}

bool PlanDocument::applyInsertFreeze(const FreezeWindow &x, qsizetype index)
{
    if (!writeTransaction(itemEntry("freeze", x.id, &Plan::freezes,
                                    static_cast<const FreezeWindow *>(nullptr), &x),
                          [&](PlanSql &sql, QString *e) { return sql.insertFreeze(x, e); }))
        return false;
    m_plan.freezes.insert(std::clamp<qsizetype>(index, 0, m_plan.freezes.size()), x);
    announce(PlanChange::Entity::Freeze, PlanChange::Kind::Added, {x.id});
    return true;
}

bool PlanDocument::applyRemoveFreeze(const QString &id)
{
    if (!writeTransaction(itemEntry("freeze", id, &Plan::freezes, freeze(id),
                                    static_cast<const FreezeWindow *>(nullptr)),
                          [&](PlanSql &sql, QString *e) { return sql.deleteFreeze(id, e); }))
        return false;
    announce(PlanChange::Entity::Freeze, PlanChange::Kind::AboutToBeRemoved, {id});
    m_plan.freezes.removeAt(freezeIndex(id));
    announce(PlanChange::Entity::Freeze, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyFreeze(const FreezeWindow &x)
{
    if (!writeTransaction(itemEntry("freeze", x.id, &Plan::freezes, freeze(x.id), &x),
                          [&](PlanSql &sql, QString *e) { return sql.replaceFreeze(x, e); }))
        return false;
    m_plan.freezes[freezeIndex(x.id)] = x;
    announce(PlanChange::Entity::Freeze, PlanChange::Kind::Changed, {x.id});
    return true;
}

qsizetype PlanDocument::maintenanceWindowIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_plan.maintenanceWindows.size(); ++i) {
        if (m_plan.maintenanceWindows.at(i).id == id)
            return i;
    }
    return -1;
}

const MaintenanceWindow *PlanDocument::maintenanceWindow(const QString &id) const
{
    const qsizetype i = maintenanceWindowIndex(id);
    return i < 0 ? nullptr : &m_plan.maintenanceWindows.at(i);
}

bool PlanDocument::addMaintenanceWindow(const MaintenanceWindow &x, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const QString subject = Tr::tr("Maintenance window \"%1\"").arg(x.id);
    if (refuse(errorMessage, subject, checkMaintenance(x)) ||
        refuse(errorMessage, subject, Rules::checkMaintenanceReferences(Lookup(*this), x, nullptr)))
        return false;
    if (maintenanceWindowIndex(x.id) >= 0) {
        setError(errorMessage,
                 Tr::tr("There is already a maintenance window with the id \"%1\".").arg(x.id));
        return false;
    }
    const qsizetype index = m_plan.maintenanceWindows.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add maintenance window \"%1\"").arg(x.id), PresenceCommand::Mode::Add,
        [this, x, index] { return applyInsertMaintenance(x, index); },
        [this, id = x.id] { return applyRemoveMaintenance(id); }));
    return true;
}

bool PlanDocument::changeMaintenanceWindow(const MaintenanceWindow &x, const QString &text,
                                           QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const MaintenanceWindow *current = maintenanceWindow(x.id);
    if (!current) {
        setError(errorMessage,
                 Tr::tr("There is no maintenance window with the id \"%1\".").arg(x.id));
        return false;
    }
    if (x == *current)
        return true;
    const QString subject = Tr::tr("Maintenance window \"%1\"").arg(x.id);
    if (refuse(errorMessage, subject, checkMaintenance(x)) ||
        refuse(errorMessage, subject, Rules::checkMaintenanceReferences(Lookup(*this), x, current)))
        return false;
    const QString id = x.id;
    m_undoStack->push(new SwapCommand<MaintenanceWindow>(
        this, CommandId::Maintenance, text, x, [this, id] { return *maintenanceWindow(id); },
        &PlanDocument::applyMaintenance));
    return true;
}

bool PlanDocument::removeMaintenanceWindow(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = maintenanceWindowIndex(id);
    if (index < 0) {
        setError(errorMessage,
                 Tr::tr("There is no maintenance window with the id \"%1\".").arg(id));
        return false;
    }
    const MaintenanceWindow removed = m_plan.maintenanceWindows.at(index);
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete maintenance window \"%1\"").arg(removed.id),
        PresenceCommand::Mode::Remove,
        [this, removed, index] { return applyInsertMaintenance(removed, index); },
        [this, id] { return applyRemoveMaintenance(id); }));
    return true;
}

bool PlanDocument::applyInsertMaintenance(const MaintenanceWindow &x, qsizetype index)
{
    if (!writeTransaction(itemEntry("maintenanceWindow", x.id, &Plan::maintenanceWindows,
                                    static_cast<const MaintenanceWindow *>(nullptr), &x),
                          [&](PlanSql &sql, QString *e) { return sql.insertMaintenance(x, e); }))
        return false;
    m_plan.maintenanceWindows.insert(
        std::clamp<qsizetype>(index, 0, m_plan.maintenanceWindows.size()), x);
    announce(PlanChange::Entity::Maintenance, PlanChange::Kind::Added, {x.id});
    return true;
}

bool PlanDocument::applyRemoveMaintenance(const QString &id)
{
    if (!writeTransaction(itemEntry("maintenanceWindow", id, &Plan::maintenanceWindows,
                                    maintenanceWindow(id),
                                    static_cast<const MaintenanceWindow *>(nullptr)),
                          [&](PlanSql &sql, QString *e) { return sql.deleteMaintenance(id, e); }))
        return false;
    announce(PlanChange::Entity::Maintenance, PlanChange::Kind::AboutToBeRemoved, {id});
    m_plan.maintenanceWindows.removeAt(maintenanceWindowIndex(id));
    announce(PlanChange::Entity::Maintenance, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyMaintenance(const MaintenanceWindow &x)
{
    if (!writeTransaction(itemEntry("maintenanceWindow", x.id, &Plan::maintenanceWindows,
                                    maintenanceWindow(x.id), &x),
                          [&](PlanSql &sql, QString *e) { return sql.replaceMaintenance(x, e); }))
        return false;
    m_plan.maintenanceWindows[maintenanceWindowIndex(x.id)] = x;
    announce(PlanChange::Entity::Maintenance, PlanChange::Kind::Changed, {x.id});
    return true;
}

QString PlanDocument::nextChangeId() const
{
    int highest = 0;
    for (const Change &c : m_plan.changes) {
        if (c.id.startsWith(QLatin1String("CHG")))
            highest = std::max(highest, c.id.mid(3).toInt());
    }
    QString id;
    do {
        id = QStringLiteral("CHG%1").arg(++highest, 7, 10, QLatin1Char('0'));
    } while (changeIndex(id) >= 0);
    return id;
}

bool PlanDocument::setChangePolicy(const ChangePolicy &policy, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (policy == m_plan.changePolicy)
        return true;
    if (refuse(errorMessage, Tr::tr("The change policy"), checkChangePolicy(policy)))
        return false;
    m_undoStack->push(new SwapCommand<ChangePolicy>(
        this, CommandId::ChangePolicy, Tr::tr("Change the change policy"), policy,
        [this] { return m_plan.changePolicy; }, &PlanDocument::applyChangePolicy));
    return true;
}

bool PlanDocument::applyChangePolicy(const ChangePolicy &policy)
{
    if (!writeTransaction(
            valueEntry("changePolicy", &Plan::changePolicy, m_plan.changePolicy, policy),
            [&](PlanSql &sql, QString *e) { return sql.writeChangePolicy(policy, e); }))
        return false;
    m_plan.changePolicy = policy;
    announce(PlanChange::Entity::ChangePolicy, PlanChange::Kind::Changed);
    return true;
}

// Governance (docs/governance.md) -------------------------------------------------------

// How each kind of governance record is kept: its list, its names and its writes.
template <> struct PlanDocument::Records<Control>
{
    static constexpr const char *kind = "control";
    static constexpr QList<Control> Plan::*list = &Plan::controls;
    static constexpr PlanChange::Entity entity = PlanChange::Entity::Control;
    static constexpr bool (PlanSql::*insert)(const Control &, QString *) = &PlanSql::insertControl;
    static constexpr bool (PlanSql::*replace)(const Control &,
                                              QString *) = &PlanSql::replaceControl;
    static constexpr bool (PlanSql::*remove)(const QString &, QString *) = &PlanSql::deleteControl;
    static QString subject(const Control &x) { return Tr::tr("Control \"%1\"").arg(x.id); }
    static QString addText(const Control &x) { return Tr::tr("Add control \"%1\"").arg(x.id); }
    static QString removeText(const Control &x)
    {
        return Tr::tr("Delete control \"%1\"").arg(x.id);
    }
    static QString taken(const QString &id)
    {
        return Tr::tr("There is already a control with the id \"%1\".").arg(id);
    }
    static QString missing(const QString &id)
    {
        return Tr::tr("There is no control with the id \"%1\".").arg(id);
    }
    static QList<FieldProblem> problems(const PlanDocument &, const Control &x, const Control *kept)
    {
        return checkControl(x) + Rules::checkControlReferences(x, kept);
    }
};

template <> struct PlanDocument::Records<EvidenceFile>
{
    static constexpr const char *kind = "evidence";
    static constexpr QList<EvidenceFile> Plan::*list = &Plan::evidence;
    static constexpr PlanChange::Entity entity = PlanChange::Entity::Evidence;
    static constexpr bool (PlanSql::*insert)(const EvidenceFile &,
                                             QString *) = &PlanSql::insertEvidence;
    static constexpr bool (PlanSql::*replace)(const EvidenceFile &,
                                              QString *) = &PlanSql::replaceEvidence;
    static constexpr bool (PlanSql::*remove)(const QString &, QString *) = &PlanSql::deleteEvidence;
    static QString subject(const EvidenceFile &x) { return Tr::tr("Evidence \"%1\"").arg(x.id); }
    static QString addText(const EvidenceFile &x)
    {
        return Tr::tr("Attach evidence \"%1\" to control \"%2\"").arg(x.id, x.control);
    }
    static QString removeText(const EvidenceFile &x)
    {
        return Tr::tr("Remove evidence \"%1\"").arg(x.id);
    }
    static QString taken(const QString &id)
    {
        return Tr::tr("There is already evidence with the id \"%1\".").arg(id);
    }
    static QString missing(const QString &id)
    {
        return Tr::tr("There is no evidence with the id \"%1\".").arg(id);
    }
    static QList<FieldProblem> problems(const PlanDocument &d, const EvidenceFile &x,
                                        const EvidenceFile *kept)
    {
        return checkEvidence(x) + Rules::checkEvidenceReferences(d.plan(), x, kept);
    }
};

template <> struct PlanDocument::Records<AccessReview>
{
    static constexpr const char *kind = "accessReview";
    static constexpr QList<AccessReview> Plan::*list = &Plan::accessReviews;
    static constexpr PlanChange::Entity entity = PlanChange::Entity::AccessReview;
    static constexpr bool (PlanSql::*insert)(const AccessReview &,
                                             QString *) = &PlanSql::insertAccessReview;
    static constexpr bool (PlanSql::*replace)(const AccessReview &,
                                              QString *) = &PlanSql::replaceAccessReview;
    static constexpr bool (PlanSql::*remove)(const QString &,
                                             QString *) = &PlanSql::deleteAccessReview;
    static QString subject(const AccessReview &x)
    {
        return Tr::tr("Access review \"%1\"").arg(x.id);
    }
    static QString addText(const AccessReview &x)
    {
        return Tr::tr("Record access review of \"%1\"").arg(x.node);
    }
    static QString removeText(const AccessReview &x)
    {
        return Tr::tr("Delete access review \"%1\"").arg(x.id);
    }
    static QString taken(const QString &id)
    {
        return Tr::tr("There is already an access review with the id \"%1\".").arg(id);
    }
    static QString missing(const QString &id)
    {
        return Tr::tr("There is no access review with the id \"%1\".").arg(id);
    }
    static QList<FieldProblem> problems(const PlanDocument &d, const AccessReview &x,
                                        const AccessReview *kept)
    {
        return checkAccessReview(x) + Rules::checkAccessReviewReferences(Lookup(d), x, kept);
    }
};

template <> struct PlanDocument::Records<RiskException>
{
    static constexpr const char *kind = "exception";
    static constexpr QList<RiskException> Plan::*list = &Plan::exceptions;
    static constexpr PlanChange::Entity entity = PlanChange::Entity::Exception;
    static constexpr bool (PlanSql::*insert)(const RiskException &,
                                             QString *) = &PlanSql::insertException;
    static constexpr bool (PlanSql::*replace)(const RiskException &,
                                              QString *) = &PlanSql::replaceException;
    static constexpr bool (PlanSql::*remove)(const QString &,
                                             QString *) = &PlanSql::deleteException;
    static QString subject(const RiskException &x) { return Tr::tr("Exception \"%1\"").arg(x.id); }
    static QString addText(const RiskException &x)
    {
        return x.control.isEmpty()
                   ? Tr::tr("Accept the risk of \"%1\" on \"%2\"").arg(x.findingKind, x.subject)
                   : Tr::tr("Accept the failing control \"%1\"").arg(x.control);
    }
    static QString removeText(const RiskException &x)
    {
        return Tr::tr("Withdraw exception \"%1\"").arg(x.id);
    }
    static QString taken(const QString &id)
    {
        return Tr::tr("There is already an exception with the id \"%1\".").arg(id);
    }
    static QString missing(const QString &id)
    {
        return Tr::tr("There is no exception with the id \"%1\".").arg(id);
    }
    static QList<FieldProblem> problems(const PlanDocument &d, const RiskException &x,
                                        const RiskException *kept)
    {
        return checkException(x) + Rules::checkExceptionReferences(d.plan(), x, kept);
    }
};

template <> struct PlanDocument::Records<SupplierContract>
{
    static constexpr const char *kind = "contract";
    static constexpr QList<SupplierContract> Plan::*list = &Plan::contracts;
    static constexpr PlanChange::Entity entity = PlanChange::Entity::Contract;
    static constexpr bool (PlanSql::*insert)(const SupplierContract &,
                                             QString *) = &PlanSql::insertContract;
    static constexpr bool (PlanSql::*replace)(const SupplierContract &,
                                              QString *) = &PlanSql::replaceContract;
    static constexpr bool (PlanSql::*remove)(const QString &, QString *) = &PlanSql::deleteContract;
    static QString subject(const SupplierContract &x)
    {
        return Tr::tr("Contract \"%1\"").arg(x.id);
    }
    static QString addText(const SupplierContract &x)
    {
        return Tr::tr("Add contract \"%1\" with \"%2\"").arg(x.reference, x.supplier);
    }
    static QString removeText(const SupplierContract &x)
    {
        return Tr::tr("Delete contract \"%1\"").arg(x.reference);
    }
    static QString taken(const QString &id)
    {
        return Tr::tr("There is already a contract with the id \"%1\".").arg(id);
    }
    static QString missing(const QString &id)
    {
        return Tr::tr("There is no contract with the id \"%1\".").arg(id);
    }
    static QList<FieldProblem> problems(const PlanDocument &d, const SupplierContract &x,
                                        const SupplierContract *kept)
    {
        return checkContract(x) + Rules::checkContractReferences(d.plan(), x, kept);
    }
};

template <> struct PlanDocument::Records<CustomerCommitment>
{
    static constexpr const char *kind = "commitment";
    static constexpr QList<CustomerCommitment> Plan::*list = &Plan::commitments;
    static constexpr PlanChange::Entity entity = PlanChange::Entity::Commitment;
    static constexpr bool (PlanSql::*insert)(const CustomerCommitment &,
                                             QString *) = &PlanSql::insertCommitment;
    static constexpr bool (PlanSql::*replace)(const CustomerCommitment &,
                                              QString *) = &PlanSql::replaceCommitment;
    static constexpr bool (PlanSql::*remove)(const QString &,
                                             QString *) = &PlanSql::deleteCommitment;
    static QString subject(const CustomerCommitment &x)
    {
        return Tr::tr("Commitment \"%1\"").arg(x.id);
    }
    static QString addText(const CustomerCommitment &x)
    {
        return Tr::tr("Add the commitment to \"%1\" on \"%2\"").arg(x.customer, x.subject);
    }
    static QString removeText(const CustomerCommitment &x)
    {
        return Tr::tr("Delete commitment \"%1\"").arg(x.id);
    }
    static QString taken(const QString &id)
    {
        return Tr::tr("There is already a commitment with the id \"%1\".").arg(id);
    }
    static QString missing(const QString &id)
    {
        return Tr::tr("There is no commitment with the id \"%1\".").arg(id);
    }
    static QList<FieldProblem> problems(const PlanDocument &d, const CustomerCommitment &x,
                                        const CustomerCommitment *kept)
    {
        return checkCommitment(x) + Rules::checkCommitmentReferences(Lookup(d), x, kept);
    }
};

template <typename T> const T *PlanDocument::record(const QString &id) const
{
    const QList<T> &list = m_plan.*Records<T>::list;
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

template <typename T> bool PlanDocument::addRecord(const T &x, QString *errorMessage)
{
    using R = Records<T>;
    if (refuseIfReadOnly(errorMessage) ||
        refuse(errorMessage, R::subject(x), R::problems(*this, x, nullptr)))
        return false;
    if (record<T>(x.id)) {
        setError(errorMessage, R::taken(x.id));
        return false;
    }
    const qsizetype index = (m_plan.*R::list).size();
    m_undoStack->push(new PresenceCommand(
        this, R::addText(x), PresenceCommand::Mode::Add,
        [this, x, index] { return applyRecord<T>(x.id, x, index); },
        [this, id = x.id] { return applyRecord<T>(id, std::nullopt, -1); }));
    return true;
}

template <typename T>
bool PlanDocument::changeRecord(const T &x, const QString &text, QString *errorMessage)
{
    using R = Records<T>;
    if (refuseIfReadOnly(errorMessage))
        return false;
    const T *current = record<T>(x.id);
    if (!current) {
        setError(errorMessage, R::missing(x.id));
        return false;
    }
    if (x == *current)
        return true;
    if (refuse(errorMessage, R::subject(x), R::problems(*this, x, current)))
        return false;
    // Edited whole: redo puts the new record in, undo the one before.
    m_undoStack->push(new PresenceCommand(
        this, text, PresenceCommand::Mode::Add, [this, x] { return applyRecord<T>(x.id, x, -1); },
        [this, before = *current] { return applyRecord<T>(before.id, before, -1); }));
    return true;
}

template <typename T> bool PlanDocument::removeRecord(const QString &id, QString *errorMessage)
{
    using R = Records<T>;
    if (refuseIfReadOnly(errorMessage))
        return false;
    const T *current = record<T>(id);
    if (!current) {
        setError(errorMessage, R::missing(id));
        return false;
    }
    const T removed = *current;
    const qsizetype index = current - (m_plan.*R::list).constData();
    m_undoStack->push(new PresenceCommand(
        this, R::removeText(removed), PresenceCommand::Mode::Remove,
        [this, removed, index] { return applyRecord<T>(removed.id, removed, index); },
        [this, id] { return applyRecord<T>(id, std::nullopt, -1); }));
    return true;
}

template <typename T>
bool PlanDocument::applyRecord(const QString &id, const std::optional<T> &item, qsizetype index)
{
    using R = Records<T>;
    QList<T> &list = m_plan.*R::list;
    const T *current = record<T>(id);
    const T *after = item ? &*item : nullptr;
    if (!writeTransaction(
            itemEntry(R::kind, id, R::list, current, after), [&](PlanSql &sql, QString *e) {
                if (!item)
                    return (sql.*R::remove)(id, e);
                return current ? (sql.*R::replace)(*item, e) : (sql.*R::insert)(*item, e);
            }))
        return false;
    if (!item) {
        announce(R::entity, PlanChange::Kind::AboutToBeRemoved, {id});
        list.removeAt(current - list.constData());
        announce(R::entity, PlanChange::Kind::Removed, {id});
    } else if (current) {
        list[current - list.constData()] = *item;
        announce(R::entity, PlanChange::Kind::Changed, {id});
    } else {
        list.insert(std::clamp<qsizetype>(index < 0 ? list.size() : index, 0, list.size()), *item);
        announce(R::entity, PlanChange::Kind::Added, {id});
    }
    return true;
}

const Control *PlanDocument::control(const QString &id) const
{
    return record<Control>(id);
}
bool PlanDocument::addControl(const Control &item, QString *errorMessage)
{
    return addRecord(item, errorMessage);
}
bool PlanDocument::changeControl(const Control &item, const QString &text, QString *errorMessage)
{
    return changeRecord(item, text, errorMessage);
}
bool PlanDocument::removeControl(const QString &id, QString *errorMessage)
{
    return removeRecord<Control>(id, errorMessage);
}
const EvidenceFile *PlanDocument::evidenceFile(const QString &id) const
{
    return record<EvidenceFile>(id);
}
bool PlanDocument::addEvidence(const EvidenceFile &item, QString *errorMessage)
{
    return addRecord(item, errorMessage);
}
bool PlanDocument::removeEvidence(const QString &id, QString *errorMessage)
{
    return removeRecord<EvidenceFile>(id, errorMessage);
}
const AccessReview *PlanDocument::accessReview(const QString &id) const
{
    return record<AccessReview>(id);
}
bool PlanDocument::addAccessReview(const AccessReview &item, QString *errorMessage)
{
    return addRecord(item, errorMessage);
}
bool PlanDocument::changeAccessReview(const AccessReview &item, const QString &text,
                                      QString *errorMessage)
{
    return changeRecord(item, text, errorMessage);
}
bool PlanDocument::removeAccessReview(const QString &id, QString *errorMessage)
{
    return removeRecord<AccessReview>(id, errorMessage);
}
const RiskException *PlanDocument::exception(const QString &id) const
{
    return record<RiskException>(id);
}
bool PlanDocument::addException(const RiskException &item, QString *errorMessage)
{
    return addRecord(item, errorMessage);
}
bool PlanDocument::changeException(const RiskException &item, const QString &text,
                                   QString *errorMessage)
{
    return changeRecord(item, text, errorMessage);
}
bool PlanDocument::removeException(const QString &id, QString *errorMessage)
{
    return removeRecord<RiskException>(id, errorMessage);
}
const SupplierContract *PlanDocument::contract(const QString &id) const
{
    return record<SupplierContract>(id);
}
bool PlanDocument::addContract(const SupplierContract &item, QString *errorMessage)
{
    return addRecord(item, errorMessage);
}
bool PlanDocument::changeContract(const SupplierContract &item, const QString &text,
                                  QString *errorMessage)
{
    return changeRecord(item, text, errorMessage);
}
bool PlanDocument::removeContract(const QString &id, QString *errorMessage)
{
    return removeRecord<SupplierContract>(id, errorMessage);
}
const CustomerCommitment *PlanDocument::commitment(const QString &id) const
{
    return record<CustomerCommitment>(id);
}
bool PlanDocument::addCommitment(const CustomerCommitment &item, QString *errorMessage)
{
    return addRecord(item, errorMessage);
}
bool PlanDocument::changeCommitment(const CustomerCommitment &item, const QString &text,
                                    QString *errorMessage)
{
    return changeRecord(item, text, errorMessage);
}
bool PlanDocument::removeCommitment(const QString &id, QString *errorMessage)
{
    return removeRecord<CustomerCommitment>(id, errorMessage);
}

QString PlanDocument::nextRecordId(const QString &prefix) const
{
    int highest = 0;
    auto scan = [&](const auto &list) {
        for (const auto &item : list) {
            if (!item.id.startsWith(prefix))
                continue;
            bool ok = false;
            const int n = item.id.mid(prefix.size()).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    };
    scan(m_plan.controls);
    scan(m_plan.evidence);
    scan(m_plan.accessReviews);
    scan(m_plan.exceptions);
    scan(m_plan.contracts);
    scan(m_plan.commitments);
    return prefix + QString::number(highest + 1);
}

bool PlanDocument::setGovernancePolicy(const GovernancePolicy &policy, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (policy == m_plan.governancePolicy)
        return true;
    if (refuse(errorMessage, Tr::tr("The governance policy"),
               Rules::checkGovernancePolicy(m_plan, policy)))
        return false;
    GovernancePolicy sameRole = policy;
    sameRole.riskOwnerRole = m_plan.governancePolicy.riskOwnerRole;
    const QString text = sameRole == m_plan.governancePolicy
                             ? Tr::tr("Change the risk owner")
                             : Tr::tr("Change the financial entity's details");
    m_undoStack->push(new SwapCommand<GovernancePolicy>(
        this, CommandId::GovernancePolicy, text, policy, [this] { return m_plan.governancePolicy; },
        &PlanDocument::applyGovernancePolicy));
    return true;
}

bool PlanDocument::applyGovernancePolicy(const GovernancePolicy &policy)
{
    if (!writeTransaction(
            valueEntry("governancePolicy", &Plan::governancePolicy, m_plan.governancePolicy,
                       policy),
            [&](PlanSql &sql, QString *e) { return sql.writeGovernancePolicy(policy, e); }))
        return false;
    m_plan.governancePolicy = policy;
    announce(PlanChange::Entity::GovernancePolicy, PlanChange::Kind::Changed);
    return true;
}

bool PlanDocument::setCmdbMapping(const QString &json, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    QString canonical;
    if (!json.isEmpty()) {
        QStringList problems;
        const std::optional<CmdbMapping> mapping = CmdbMapping::fromJson(json.toUtf8(), &problems);
        if (!mapping) {
            setError(errorMessage,
                     Tr::tr("The CMDB mapping: %1").arg(problems.join(QStringLiteral("; "))));
            return false;
        }
        canonical = QString::fromUtf8(mapping->toJson());
    }
    if (canonical == m_plan.cmdbMapping)
        return true;
    m_undoStack->push(new SwapCommand<QString>(
        this, CommandId::CmdbMapping, Tr::tr("Change the CMDB mapping"), canonical,
        [this] { return m_plan.cmdbMapping; }, &PlanDocument::applyCmdbMapping));
    return true;
}

bool PlanDocument::applyCmdbMapping(const QString &json)
{
    if (!writeTransaction(valueEntry("cmdbMapping", &Plan::cmdbMapping, m_plan.cmdbMapping, json),
                          [&](PlanSql &sql, QString *e) { return sql.setCmdbMapping(json, e); }))
        return false;
    m_plan.cmdbMapping = json;
    announce(PlanChange::Entity::CmdbMapping, PlanChange::Kind::Changed);
    return true;
}

bool PlanDocument::replacePlan(const Plan &plan, const QString &text, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    if (refuse(errorMessage, Tr::tr("The new plan"),
               Rules::checkPlan(plan, Rules::Scope::ValuesAndReferences, 5)))
        return false;
    const int before = m_undoStack->count();
    m_lastWriteFailure.clear();
    m_undoStack->push(new ReplacePlanCommand(this, text, plan, m_plan, false));
    if (m_undoStack->count() == before) { // the write failed: the command made itself obsolete
        setError(errorMessage, m_lastWriteFailure.isEmpty()
                                   ? Tr::tr("The plan could not be written.")
                                   : m_lastWriteFailure);
        return false;
    }
    return true;
}

bool PlanDocument::applyPlan(const Plan &plan, bool write)
{
    // Written here when asked to (a small plan, or an undo straight on the stack); the window's
    // big whole-plan steps were written by a background write before they got here.
    if (write && !writeTransaction(
                     wholePlanEntry(QString(), m_plan, plan),
                     [&](PlanSql &sql, QString *e) {
                         return sql.clearContent(e) && sql.insertPlan(plan, e);
                     },
                     Transaction::WholePlan))
        return false;
    m_plan = plan;
    rebuildIndexes();
    announce(PlanChange::Entity::WholePlan, PlanChange::Kind::Changed);
    return true;
}

namespace {

qsizetype rowsOf(const Plan &p)
{
    return p.processes.size() + p.services.size() + p.dependencies.size();
}

} // namespace

// Seconds of writing for an enterprise plan: a worker thread writes over a connection of its
// own while this thread goes on (no nested event loop); the document refuses edits, undo and
// redo meanwhile (m_writing) and continues with `then` once the write has finished. The worker
// captures the plan by value and the PlanFile, which outlives it (the destructor waits).
bool PlanDocument::startBackgroundWrite(const Plan &plan, Audit::Entry entry,
                                        std::function<void()> then, bool check,
                                        std::optional<qint64> basis)
{
    if (isReadOnly()) {
        emit writeFailed(Tr::tr("This plan is open read-only: %1").arg(readOnlyReason()));
        return false;
    }
    if (m_writing)
        return false;
    m_writing = true;
    m_afterWrite = std::move(then);
    emit longWriteStarted();
    const PlanStore *file = m_file.get();
    m_backgroundNumber = std::make_shared<qint64>(0);
    m_backgroundWrite->setFuture(
        QtConcurrent::run([file, plan, check, entry, basis, number = m_backgroundNumber]() {
            // A plan from elsewhere (an import) is checked here, off the window's thread.
            if (check) {
                const QList<FieldProblem> problems =
                    Rules::checkPlan(plan, Rules::Scope::ValuesAndReferences, 5);
                if (!problems.isEmpty())
                    return describeProblems(Tr::tr("The new plan"), problems);
            }
            QString error;
            const bool ok = file->runOnOwnConnection(
                [&](QSqlDatabase &db, QString *e) {
                    PlanSql sql(db);
                    if (sql.beginBulk(e) && file->startWrite(db, basis, true, number.get(), e) &&
                        sql.clearContent(e) && sql.insertPlan(plan, e) &&
                        Audit::append(db, entry, nullptr, e) && sql.commit(e))
                        return true;
                    sql.rollback();
                    return false;
                },
                &error);
            if (ok)
                return QString();
            return error.isEmpty() ? Tr::tr("The plan could not be written.") : error;
        }));
    return true;
}

void PlanDocument::onBackgroundWriteFinished()
{
    QString error = m_backgroundWrite->result();
    m_writing = false;
    if (error.isEmpty()) {
        m_lastWrite = *m_backgroundNumber;
        ++m_localWrites;
    } else
        error = explainWriteFailure(error, m_plan.name);
    // What others wrote meanwhile was not read while the worker wrote.
    scheduleRefresh();
    // The worker appended the write's audit record on its own connection.
    Audit::head(m_file->database(), &m_auditHead, nullptr);
    std::function<void()> then = std::move(m_afterWrite);
    m_afterWrite = nullptr;
    emit longWriteFinished();
    if (!error.isEmpty()) {
        emit writeFailed(error);
        emit wholePlanWritten(false, error);
        return;
    }
    if (then)
        then();
    emit wholePlanWritten(true, QString());
}

bool PlanDocument::replacePlanInBackground(const Plan &plan, const QString &text,
                                           QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const Plan previous = m_plan;
    return startBackgroundWrite(
        plan, wholePlanEntry(text, m_plan, plan),
        [this, plan, previous, text] {
            m_undoStack->push(new ReplacePlanCommand(this, text, plan, previous, true));
        },
        true);
}

void PlanDocument::undo()
{
    step(true);
}

void PlanDocument::redo()
{
    step(false);
}

void PlanDocument::step(bool back)
{
    if (m_writing || !(back ? m_undoStack->canUndo() : m_undoStack->canRedo()))
        return;
    const int at = back ? m_undoStack->index() - 1 : m_undoStack->index();
    auto *replace =
        dynamic_cast<ReplacePlanCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(at)));
    const Plan *target = replace ? (back ? &replace->previous() : &replace->next()) : nullptr;
    if (target && std::max(rowsOf(*target), rowsOf(m_plan)) > BackgroundWriteRows) {
        const QString action =
            back ? Tr::tr("Undo %1").arg(replace->text()) : Tr::tr("Redo %1").arg(replace->text());
        startBackgroundWrite(
            *target, wholePlanEntry(action, m_plan, *target),
            [this, replace, back] {
                replace->setWritten();
                back ? m_undoStack->undo() : m_undoStack->redo();
            },
            false, replace->writeNumber());
        return;
    }
    back ? m_undoStack->undo() : m_undoStack->redo();
}

bool PlanDocument::applyPositions(const NodePositions &positions)
{
    if (!writeTransaction(
            Audit::Entry{
                QString(), QStringLiteral("positions"), QString::number(positions.size()),
                QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("before"),
                                               positionsJson(positionsOf(positions.keys()))},
                                              {QStringLiteral("after"), positionsJson(positions)}})
                        .toJson(QJsonDocument::Compact))},
            [&](PlanSql &sql, QString *e) { return sql.setPositions(positions, e); }))
        return false;
    QStringList ids;
    ids.reserve(positions.size());
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (const qsizetype p = processIndex(it.key()); p >= 0)
            m_plan.processes[p].position = it.value();
        else if (const qsizetype s = serviceIndex(it.key()); s >= 0)
            m_plan.services[s].position = it.value();
        ids.append(it.key());
    }
    announce(PlanChange::Entity::Positions, PlanChange::Kind::Changed, ids);
    return true;
}

bool PlanDocument::applyTierPolicy(const TierPolicy &policy)
{
    if (!writeTransaction(valueEntry("tierPolicy", &Plan::tierPolicy, m_plan.tierPolicy, policy),
                          [&](PlanSql &sql, QString *e) { return sql.writeTierPolicy(policy, e); }))
        return false;
    m_plan.tierPolicy = policy;
    announce(PlanChange::Entity::TierPolicy, PlanChange::Kind::Changed);
    return true;
}

bool PlanDocument::applyPeoplePolicy(const PeoplePolicy &policy)
{
    if (!writeTransaction(
            valueEntry("peoplePolicy", &Plan::peoplePolicy, m_plan.peoplePolicy, policy),
            [&](PlanSql &sql, QString *e) { return sql.writePeoplePolicy(policy, e); }))
        return false;
    m_plan.peoplePolicy = policy;
    announce(PlanChange::Entity::PeoplePolicy, PlanChange::Kind::Changed);
    return true;
}

// People ----------------------------------------------------------------------------------

namespace {

template <typename T> qsizetype indexById(const QList<T> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

template <typename T> const T *findById(const QList<T> &list, const QString &id)
{
    const qsizetype i = indexById(list, id);
    return i < 0 ? nullptr : &list.at(i);
}

} // namespace

const Person *PlanDocument::person(const QString &id) const
{
    return Contacts::person(m_plan, id);
}

const Role *PlanDocument::role(const QString &id) const
{
    return Contacts::role(m_plan, id);
}

const CallTree *PlanDocument::callTree(const QString &id) const
{
    return findById(m_plan.callTrees, id);
}

QString PlanDocument::contactName(const QString &contact) const
{
    return Contacts::displayName(m_plan, contact);
}

QString PlanDocument::uniqueContactId(const QString &name) const
{
    return idFromName(name, [this](const QString &id) { return person(id) || role(id); });
}

QString PlanDocument::uniqueCallTreeId(const QString &name) const
{
    return idFromName(QStringLiteral("ct ") + name,
                      [this](const QString &id) { return callTree(id) != nullptr; });
}

QStringList PlanDocument::whereContactIsNamed(const QString &contact) const
{
    QStringList places;
    for (const Process &p : m_plan.processes) {
        if (p.owner == contact)
            places.append(Tr::tr("owner of %1").arg(p.name));
    }
    for (const Service &sv : m_plan.services) {
        if (sv.owner == contact)
            places.append(Tr::tr("owner of %1").arg(sv.name));
    }
    for (const Runbook &r : m_plan.runbooks) {
        for (const RunbookStep &st : r.steps) {
            if (st.owner == contact) {
                places.append(Tr::tr("step \"%1\" of %2").arg(st.title, r.title));
                break;
            }
        }
    }
    for (const Exercise &e : m_plan.exercises) {
        const bool named = std::any_of(e.actions.cbegin(), e.actions.cend(),
                                       [&](const ActionItem &a) { return a.owner == contact; }) ||
                           std::any_of(e.participants.cbegin(), e.participants.cend(),
                                       [&](const Participant &pa) { return pa.name == contact; });
        if (named)
            places.append(Tr::tr("exercise %1").arg(e.title));
    }
    return places + Rules::whereNamed(m_plan, contact);
}

namespace {

// "Anna Schmidt cannot be removed: role Crisis team, owner of Payments, and 3 more."
QString stillNamed(const QString &name, const QStringList &places)
{
    constexpr qsizetype shownPlaces = 4;
    QString list = QStringList(places.mid(0, shownPlaces)).join(QStringLiteral(", "));
    if (places.size() > shownPlaces)
        list = Tr::tr("%1 and %n more", nullptr, int(places.size() - shownPlaces)).arg(list);
    return Tr::tr("%1 cannot be removed while the plan names them: %2.").arg(name, list);
}

} // namespace

bool PlanDocument::addPerson(const Person &p, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage) ||
        refuse(errorMessage, Tr::tr("Person \"%1\"").arg(p.name),
               checkPerson(p) + Rules::checkPersonInPlan(m_plan, p, Rules::Edit::Add)))
        return false;
    const qsizetype index = m_plan.persons.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add person \"%1\"").arg(p.name), PresenceCommand::Mode::Add,
        [this, p, index] { return applyInsertPerson(p, index); },
        [this, id = p.id] { return applyRemovePerson(id); }));
    return true;
}

bool PlanDocument::changePerson(const Person &p, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage) ||
        refuse(errorMessage, Tr::tr("Person \"%1\"").arg(p.name),
               checkPerson(p) + Rules::checkPersonInPlan(m_plan, p, Rules::Edit::Change)))
        return false;
    if (*person(p.id) == p)
        return true;
    m_undoStack->push(new SwapCommand<Person>(
        this, CommandId::Person, Tr::tr("Edit person \"%1\"").arg(p.name), p,
        [this, id = p.id] { return *person(id); }, &PlanDocument::applyPerson));
    return true;
}

bool PlanDocument::removePerson(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = indexById(m_plan.persons, id);
    if (index < 0) {
        setError(errorMessage, Tr::tr("There is no person with the id \"%1\".").arg(id));
        return false;
    }
    const Person p = m_plan.persons.at(index);
    const QStringList places = whereContactIsNamed(id);
    if (!places.isEmpty()) {
        setError(errorMessage, stillNamed(p.name, places));
        return false;
    }
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete person \"%1\"").arg(p.name), PresenceCommand::Mode::Remove,
        [this, p, index] { return applyInsertPerson(p, index); },
        [this, id] { return applyRemovePerson(id); }));
    return true;
}

bool PlanDocument::applyInsertPerson(const Person &p, qsizetype index)
{
    if (!writeTransaction(
            itemEntry("person", p.id, &Plan::persons, static_cast<const Person *>(nullptr), &p),
            [&](PlanSql &sql, QString *e) { return sql.insertPerson(p, e); }))
        return false;
    m_plan.persons.insert(std::clamp<qsizetype>(index, 0, m_plan.persons.size()), p);
    announce(PlanChange::Entity::Person, PlanChange::Kind::Added, {p.id});
    return true;
}

bool PlanDocument::applyRemovePerson(const QString &id)
{
    if (!writeTransaction(itemEntry("person", id, &Plan::persons, person(id),
                                    static_cast<const Person *>(nullptr)),
                          [&](PlanSql &sql, QString *e) { return sql.deletePerson(id, e); }))
        return false;
    announce(PlanChange::Entity::Person, PlanChange::Kind::AboutToBeRemoved, {id});
    m_plan.persons.removeAt(indexById(m_plan.persons, id));
    announce(PlanChange::Entity::Person, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyPerson(const Person &p)
{
    if (!writeTransaction(itemEntry("person", p.id, &Plan::persons, person(p.id), &p),
                          [&](PlanSql &sql, QString *e) { return sql.replacePerson(p, e); }))
        return false;
    m_plan.persons[indexById(m_plan.persons, p.id)] = p;
    announce(PlanChange::Entity::Person, PlanChange::Kind::Changed, {p.id});
    return true;
}

bool PlanDocument::addRole(const Role &r, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage) ||
        refuse(errorMessage, Tr::tr("Role \"%1\"").arg(r.name),
               checkRole(r) + Rules::checkRoleInPlan(m_plan, Lookup(*this), r, Rules::Edit::Add)))
        return false;
    const qsizetype index = m_plan.roles.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add role \"%1\"").arg(r.name), PresenceCommand::Mode::Add,
        [this, r, index] { return applyInsertRole(r, index); },
        [this, id = r.id] { return applyRemoveRole(id); }));
    return true;
}

bool PlanDocument::changeRole(const Role &r, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage) ||
        refuse(errorMessage, Tr::tr("Role \"%1\"").arg(r.name),
               checkRole(r) +
                   Rules::checkRoleInPlan(m_plan, Lookup(*this), r, Rules::Edit::Change)))
        return false;
    if (*role(r.id) == r)
        return true;
    m_undoStack->push(new SwapCommand<Role>(
        this, CommandId::Role, Tr::tr("Edit role \"%1\"").arg(r.name), r,
        [this, id = r.id] { return *role(id); }, &PlanDocument::applyRole));
    return true;
}

bool PlanDocument::removeRole(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = indexById(m_plan.roles, id);
    if (index < 0) {
        setError(errorMessage, Tr::tr("There is no role with the id \"%1\".").arg(id));
        return false;
    }
    const Role r = m_plan.roles.at(index);
    const QStringList places = whereContactIsNamed(id);
    if (!places.isEmpty()) {
        setError(errorMessage, stillNamed(r.name, places));
        return false;
    }
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete role \"%1\"").arg(r.name), PresenceCommand::Mode::Remove,
        [this, r, index] { return applyInsertRole(r, index); },
        [this, id] { return applyRemoveRole(id); }));
    return true;
}

bool PlanDocument::applyInsertRole(const Role &r, qsizetype index)
{
    if (!writeTransaction(
            itemEntry("role", r.id, &Plan::roles, static_cast<const Role *>(nullptr), &r),
            [&](PlanSql &sql, QString *e) { return sql.insertRole(r, e); }))
        return false;
    m_plan.roles.insert(std::clamp<qsizetype>(index, 0, m_plan.roles.size()), r);
    announce(PlanChange::Entity::Role, PlanChange::Kind::Added, {r.id});
    return true;
}

bool PlanDocument::applyRemoveRole(const QString &id)
{
    if (!writeTransaction(
            itemEntry("role", id, &Plan::roles, role(id), static_cast<const Role *>(nullptr)),
            [&](PlanSql &sql, QString *e) { return sql.deleteRole(id, e); }))
        return false;
    announce(PlanChange::Entity::Role, PlanChange::Kind::AboutToBeRemoved, {id});
    m_plan.roles.removeAt(indexById(m_plan.roles, id));
    announce(PlanChange::Entity::Role, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyRole(const Role &r)
{
    if (!writeTransaction(itemEntry("role", r.id, &Plan::roles, role(r.id), &r),
                          [&](PlanSql &sql, QString *e) { return sql.replaceRole(r, e); }))
        return false;
    m_plan.roles[indexById(m_plan.roles, r.id)] = r;
    announce(PlanChange::Entity::Role, PlanChange::Kind::Changed, {r.id});
    return true;
}

bool PlanDocument::addCallTree(const CallTree &t, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage) ||
        refuse(errorMessage, Tr::tr("Call tree \"%1\"").arg(t.name),
               checkCallTree(t) + Rules::checkCallTreeInPlan(m_plan, t, Rules::Edit::Add)))
        return false;
    const qsizetype index = m_plan.callTrees.size();
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Add call tree \"%1\"").arg(t.name), PresenceCommand::Mode::Add,
        [this, t, index] { return applyInsertCallTree(t, index); },
        [this, id = t.id] { return applyRemoveCallTree(id); }));
    return true;
}

bool PlanDocument::changeCallTree(const CallTree &t, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage) ||
        refuse(errorMessage, Tr::tr("Call tree \"%1\"").arg(t.name),
               checkCallTree(t) + Rules::checkCallTreeInPlan(m_plan, t, Rules::Edit::Change)))
        return false;
    if (*callTree(t.id) == t)
        return true;
    m_undoStack->push(new SwapCommand<CallTree>(
        this, CommandId::CallTree, Tr::tr("Edit call tree \"%1\"").arg(t.name), t,
        [this, id = t.id] { return *callTree(id); }, &PlanDocument::applyCallTree));
    return true;
}

bool PlanDocument::removeCallTree(const QString &id, QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    const qsizetype index = indexById(m_plan.callTrees, id);
    if (index < 0) {
        setError(errorMessage, Tr::tr("There is no call tree with the id \"%1\".").arg(id));
        return false;
    }
    const CallTree t = m_plan.callTrees.at(index);
    m_undoStack->push(new PresenceCommand(
        this, Tr::tr("Delete call tree \"%1\"").arg(t.name), PresenceCommand::Mode::Remove,
        [this, t, index] { return applyInsertCallTree(t, index); },
        [this, id] { return applyRemoveCallTree(id); }));
    return true;
}

bool PlanDocument::applyInsertCallTree(const CallTree &t, qsizetype index)
{
    if (!writeTransaction(itemEntry("callTree", t.id, &Plan::callTrees,
                                    static_cast<const CallTree *>(nullptr), &t),
                          [&](PlanSql &sql, QString *e) { return sql.insertCallTree(t, e); }))
        return false;
    m_plan.callTrees.insert(std::clamp<qsizetype>(index, 0, m_plan.callTrees.size()), t);
    announce(PlanChange::Entity::CallTree, PlanChange::Kind::Added, {t.id});
    return true;
}

bool PlanDocument::applyRemoveCallTree(const QString &id)
{
    if (!writeTransaction(itemEntry("callTree", id, &Plan::callTrees, callTree(id),
                                    static_cast<const CallTree *>(nullptr)),
                          [&](PlanSql &sql, QString *e) { return sql.deleteCallTree(id, e); }))
        return false;
    announce(PlanChange::Entity::CallTree, PlanChange::Kind::AboutToBeRemoved, {id});
    m_plan.callTrees.removeAt(indexById(m_plan.callTrees, id));
    announce(PlanChange::Entity::CallTree, PlanChange::Kind::Removed, {id});
    return true;
}

bool PlanDocument::applyCallTree(const CallTree &t)
{
    if (!writeTransaction(itemEntry("callTree", t.id, &Plan::callTrees, callTree(t.id), &t),
                          [&](PlanSql &sql, QString *e) { return sql.replaceCallTree(t, e); }))
        return false;
    m_plan.callTrees[indexById(m_plan.callTrees, t.id)] = t;
    announce(PlanChange::Entity::CallTree, PlanChange::Kind::Changed, {t.id});
    return true;
}

bool PlanDocument::setPersons(const QList<Person> &persons, const QString &text,
                              QString *errorMessage)
{
    if (refuseIfReadOnly(errorMessage))
        return false;
    Plan candidate;
    candidate.persons = persons;
    candidate.roles = m_plan.roles;
    candidate.callTrees = m_plan.callTrees;
    // Who is named elsewhere must stay: an import adds and updates, never removes.
    QSet<QString> kept;
    kept.reserve(persons.size());
    for (const Person &p : persons)
        kept.insert(p.id);
    for (const Person &p : m_plan.persons) {
        if (!kept.contains(p.id)) {
            setError(errorMessage, Tr::tr("Person \"%1\" would be lost.").arg(p.name));
            return false;
        }
    }
    for (const Person &p : persons) {
        if (refuse(errorMessage, Tr::tr("Person \"%1\"").arg(p.name), checkPerson(p)))
            return false;
    }
    // The references of all of them in one pass (an import may bring thousands), each problem
    // named by its person.
    const QList<FieldProblem> problems =
        Rules::checkPlan(candidate, Rules::Scope::ReferencesOnly, 1);
    if (!problems.isEmpty()) {
        static const QRegularExpression personPath(QStringLiteral("^persons\\[(\\d+)\\]\\.?(.*)$"));
        const QRegularExpressionMatch m = personPath.match(problems.first().field);
        const qsizetype index = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        if (index >= 0 && index < persons.size())
            refuse(errorMessage, Tr::tr("Person \"%1\"").arg(persons.at(index).name),
                   {{m.captured(2), problems.first().rule}});
        else
            refuse(errorMessage, Tr::tr("People"), problems);
        return false;
    }
    if (persons == m_plan.persons)
        return true;
    // Owners still written as text become the people they name, in the same step: how an older
    // plan's free-text owners turn into references once its people arrive (docs/people.md).
    Plan linked = m_plan;
    linked.persons = persons;
    if (Contacts::linkOwnersByName(linked) > 0)
        return replacePlan(linked, text, errorMessage);
    const int before = m_undoStack->count();
    m_lastWriteFailure.clear();
    m_undoStack->push(new SwapCommand<QList<Person>>(
        this, CommandId::Person, text, persons, [this] { return m_plan.persons; },
        &PlanDocument::applyPersons));
    if (m_undoStack->count() == before && !m_lastWriteFailure.isEmpty()) {
        setError(errorMessage, m_lastWriteFailure);
        return false;
    }
    return true;
}

bool PlanDocument::applyPersons(const QList<Person> &persons)
{
    if (!writeTransaction(valueEntry("persons", &Plan::persons, m_plan.persons, persons),
                          [&](PlanSql &sql, QString *e) { return sql.replacePersons(persons, e); }))
        return false;
    m_plan.persons = persons;
    announce(PlanChange::Entity::Person, PlanChange::Kind::Changed);
    return true;
}

} // namespace Continuity
