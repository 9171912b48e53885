// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstring>
#include <optional>
#include <span>

namespace Continuity {

struct ActionItem;
struct Exercise;
struct ExerciseLogEntry;
struct ExercisePause;
struct DrillCall;
struct ExerciseResult;
struct Participant;
struct Process;
struct Runbook;
struct RunbookStep;
struct Service;
struct TimestampCorrection;
struct Phone;
struct Person;
struct Role;
struct RotaOverride;
struct CallTree;
struct Incident;
struct AffectedNode;
struct DataLoss;
struct ContributingFactor;
struct TimelineEntry;
struct IncidentAction;
struct RunbookChange;
struct Postmortem;
struct Slo;
struct Change;
struct ReleasePlan;
struct CabReview;
struct VerificationCheck;
struct FreezeWindow;
struct MaintenanceWindow;
struct Control;
struct EvidenceFile;
struct AccessReview;
struct RiskException;
struct SupplierContract;
struct CustomerCommitment;

// The scalar fields of the plan's items, each named once (docs/decisions/field-tables.md): its
// plan-JSON key, its column in the plan file, the label its undo step uses and how its value is
// reached. The plan JSON writer and reader, the plan file's reads and writes, and the document's
// undo texts all walk these tables. What has children of its own (a process's impact ratings, a
// service's tags, a runbook's steps, an exercise's log) is written beside them by hand, since
// each format stores it differently; so are a node's id (the nodes table) and a runbook's service
// (a node key in the file).
template <typename T> struct Field
{
    enum class Type {
        Name,           // required text; an edit of it alone is a rename
        RequiredText,   // text that must be given and not be empty
        Text,           // short text, quoted in undo texts
        LongText,       // text an undo step does not repeat
        OptionalText,   // text or unset (null in JSON and in the file)
        Hours,          // a non-negative number of hours, or unset
        Amount,         // a non-negative amount of money, or unset
        Tier,           // a tier 0..3, or unset
        Choice,         // one of a fixed set of names
        Flag,           // yes or no (false when not given in plan JSON)
        Severity,       // a whole number from 1 (worst) to 5, required
        OptionalChoice, // one of a fixed set of names, or unset (null in JSON and in the file)
    };
    // One of a fixed set: the name the JSON and the file use, and back (false: not a name).
    struct Choice
    {
        QString (*get)(const T &);
        bool (*set)(T &, const QString &);
        QStringList (*names)();
        QString (*display)(const T &); // for undo texts
        bool required;                 // plan JSON: must be given
    };

    const char *key;    // plan JSON
    const char *column; // plan file
    // Undo texts, translated in the context "Continuity::PlanDocument"; nullptr where the item
    // is edited whole (runbooks, exercises).
    const char *label;
    Type type;
    // The member the field is, by type.
    QString &(*text)(T &) = nullptr; // Name, RequiredText, Text, LongText
    std::optional<QString> &(*optionalText)(T &) = nullptr;
    std::optional<double> &(*number)(T &) = nullptr; // Hours, Amount
    std::optional<int> &(*tier)(T &) = nullptr;
    const Choice *choice = nullptr;
    // The plan-JSON object the field is written in ("replication"), or none; an unset number in
    // such an object is left out.
    const char *object = nullptr;
    bool &(*flag)(T &) = nullptr;   // Flag
    int &(*integer)(T &) = nullptr; // Severity

    // The value as the plan file binds it: text, a number, or NULL when unset.
    QVariant value(const T &item) const;
    // Sets the field from what the plan file holds; false (and the field unchanged) for a name
    // that is not one of the choices.
    bool setValue(T &item, const QVariant &value) const;
    bool equal(const T &a, const T &b) const { return value(a) == value(b); }

    // Whether two fields are written in the same plan-JSON object (both at the item's level too).
    static bool sameObject(const char *a, const char *b)
    {
        return a == b || (a && b && std::strcmp(a, b) == 0);
    }

    // The member read through its accessor (which only gives a reference to it).
    const QString &textOf(const T &item) const { return text(const_cast<T &>(item)); }
    const std::optional<QString> &optionalTextOf(const T &item) const
    {
        return optionalText(const_cast<T &>(item));
    }
    const std::optional<double> &numberOf(const T &item) const
    {
        return number(const_cast<T &>(item));
    }
    const std::optional<int> &tierOf(const T &item) const { return tier(const_cast<T &>(item)); }
    bool flagOf(const T &item) const { return flag(const_cast<T &>(item)); }
    int integerOf(const T &item) const { return integer(const_cast<T &>(item)); }
};

template <typename T> using Fields = std::span<const Field<T>>;

Fields<Process> processFields();
Fields<Service> serviceFields();
Fields<Runbook> runbookFields();
Fields<RunbookStep> runbookStepFields();
Fields<Exercise> exerciseFields();
Fields<Participant> participantFields();
Fields<ExercisePause> pauseFields();
Fields<ExerciseLogEntry> logEntryFields();
Fields<TimestampCorrection> correctionFields();
Fields<ExerciseResult> resultFields();
Fields<ActionItem> actionFields();
Fields<DrillCall> drillCallFields();
Fields<Phone> phoneFields();
Fields<Person> personFields();
Fields<Role> roleFields();
Fields<RotaOverride> overrideFields();
Fields<CallTree> callTreeFields();
Fields<Incident> incidentFields();
Fields<AffectedNode> affectedFields();
Fields<DataLoss> dataLossFields();
Fields<ContributingFactor> factorFields();
Fields<TimelineEntry> timelineFields();
Fields<IncidentAction> incidentActionFields();
Fields<RunbookChange> runbookChangeFields();
Fields<Postmortem> postmortemFields();
Fields<Slo> sloFields();
Fields<Change> changeFields();
Fields<ReleasePlan> releaseFields();
Fields<CabReview> cabFields();
Fields<VerificationCheck> verificationFields();
Fields<FreezeWindow> freezeFields();
Fields<MaintenanceWindow> maintenanceFields();
Fields<Control> controlFields();
Fields<EvidenceFile> evidenceFields();
Fields<AccessReview> accessReviewFields();
Fields<RiskException> exceptionFields();
Fields<SupplierContract> contractFields();
Fields<CustomerCommitment> commitmentFields();

// "name, owner, ..." in table order: the table's columns in the plan file.
template <typename T> QString columnList(Fields<T> fields)
{
    QString result;
    for (const Field<T> &f : fields) {
        if (!result.isEmpty())
            result += QStringLiteral(", ");
        result += QLatin1String(f.column);
    }
    return result;
}

// The item's values in table order, as the plan file binds them.
template <typename T> QVariantList fieldValues(const T &item, Fields<T> fields)
{
    QVariantList values;
    values.reserve(fields.size());
    for (const Field<T> &f : fields)
        values.append(f.value(item));
    return values;
}

} // namespace Continuity
