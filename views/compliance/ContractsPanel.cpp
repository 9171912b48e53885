// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractsPanel.h"
#include "ComplianceTables.h"
#include "ContractDialogs.h"

#include "analysis/ContractFindings.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/DoraLists.h"
#include "io/DoraExport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <algorithm>

namespace Continuity {

using namespace ComplianceTables;

namespace {

QPushButton *button(const QString &text, const char *name, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}

QLabel *wrapped(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    // Wraps rather than widening the window (every area's minimum counts in the stack).
    label->setWordWrap(true);
    return label;
}

QString percent(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 6) + QStringLiteral(" %") : QString();
}

QString hours(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 6) + QStringLiteral(" h") : QString();
}

} // namespace

// Contracts ---------------------------------------------------------------------------------

ContractsPanel::ContractsPanel(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("contractsPanel"));
    m_entity = wrapped("contractsEntity");
    m_entity->setMinimumWidth(m_entity->fontMetrics().averageCharWidth() * 30);
    auto *entity = button(tr("Financial Entity…"), "contractsEntityButton",
                          tr("The entity the plan describes: name, LEI, country, type, "
                             "authority, currency, which tiers are critical"));
    m_export = button(tr("Export DORA Register…"), "contractsExportRegister",
                      tr("DORA's register of information as the plain-CSV reporting package "
                         "(ZIP); refused naming every problem"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_entity, 1);
    top->addWidget(entity);
    top->addWidget(m_export);
    auto *add = button(tr("Add Contract…"), "contractsAdd",
                       tr("A contract with a supplier: what the register reports and the SLA"));
    m_edit = button(tr("Edit…"), "contractsEdit", tr("Change the selected contract"));
    m_remove = button(tr("Delete"), "contractsDelete", tr("Delete the selected contract"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_table = newTable("contractsTable",
                       {tr("Reference"), tr("Supplier"), tr("ICT service"), tr("Start"), tr("End"),
                        tr("Annual cost"), tr("SLA"), tr("Substitutability")},
                       1);
    m_assessment = wrapped("contractsAssessment");
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_assessment);

    connect(entity, &QPushButton::clicked, this, &ContractsPanel::editEntity);
    connect(m_export, &QPushButton::clicked, this, &ContractsPanel::askExportRegister);
    connect(add, &QPushButton::clicked, this, &ContractsPanel::addContract);
    connect(m_edit, &QPushButton::clicked, this, &ContractsPanel::editContract);
    connect(m_remove, &QPushButton::clicked, this, &ContractsPanel::removeContract);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ContractsPanel::editContract);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showAssessment();
        updateButtons();
    });
    connect(document, &PlanDocument::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            rebuild();
    });
    connect(&m_run, &QFutureWatcher<DoraRegister>::finished, this, [this] {
        m_register = m_run.result();
        fill();
        if (m_again) {
            m_again = false;
            rebuild();
            return;
        }
        emit built();
    });
    fill();
}

ContractsPanel::~ContractsPanel()
{
    m_run.waitForFinished();
}

void ContractsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void ContractsPanel::rebuild()
{
    m_stale = false;
    if (m_run.isRunning()) {
        m_again = true;
        return;
    }
    const Plan plan = m_document->plan();
    const QDate today = QDate::currentDate();
    m_run.setFuture(QtConcurrent::run([plan, today] {
        return buildDoraRegister(
            plan, defaultReferenceDate(today), today,
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")));
    }));
}

void ContractsPanel::fill()
{
    const QString keep = currentContract();
    const Plan &plan = m_document->plan();
    const GovernancePolicy &g = plan.governancePolicy;
    m_entity->setText(
        g.entityName.isEmpty() && g.entityLei.isEmpty()
            ? tr("No financial entity described: DORA's register needs its name and LEI.")
            : tr("%1 · LEI %2 · %3 · %4")
                  .arg(g.entityName.isEmpty() ? tr("(no name)") : g.entityName,
                       g.entityLei.isEmpty() ? tr("none") : g.entityLei,
                       g.entityType.isEmpty()
                           ? tr("type not said")
                           : DoraLists::labelOf(DoraLists::entityTypes(), g.entityType),
                       g.entityCountry.isEmpty() ? tr("country not said") : g.entityCountry));
    QList<const SupplierContract *> contracts;
    for (const SupplierContract &c : plan.contracts)
        contracts.append(&c);
    std::sort(contracts.begin(), contracts.end(),
              [](const SupplierContract *a, const SupplierContract *b) {
                  return a->reference < b->reference;
              });
    const QLocale locale;
    m_table->setRowCount(int(contracts.size()));
    for (int row = 0; row < int(contracts.size()); ++row) {
        const SupplierContract &c = *contracts.at(row);
        auto *first = cell(c.reference);
        first->setData(IdRole, c.id);
        m_table->setItem(row, 0, first);
        const Service *s = m_document->service(c.supplier);
        m_table->setItem(row, 1,
                         cell(s ? QStringLiteral("%1 (%2)").arg(s->name, c.supplier) : c.supplier));
        m_table->setItem(row, 2, cell(DoraLists::labelOf(DoraLists::ictServices(), c.ictService)));
        m_table->setItem(row, 3, cell(c.start));
        m_table->setItem(row, 4, cell(c.end));
        m_table->setItem(row, 5,
                         cell(c.annualCost ? locale.toString(*c.annualCost, 'f', 0) +
                                                 QLatin1Char(' ') + c.currency
                                           : QString()));
        m_table->setItem(row, 6, cell(percent(c.slaAvailability)));
        QString sub;
        if (!c.substitutability.isEmpty())
            sub = DoraLists::labelOf(DoraLists::substitutabilities(), c.substitutability);
        else if (const QString suggested = suggestionText(c.id); !suggested.isEmpty())
            sub = tr("suggested: %1").arg(suggested);
        auto *subCell = cell(sub);
        if (c.substitutability.isEmpty()) {
            QFont f = subCell->font();
            f.setItalic(true);
            subCell->setFont(f);
        }
        m_table->setItem(row, 7, subCell);
    }
    fitNow(m_table);
    if (!keep.isEmpty())
        selectRow(m_table, keep);
    const int errors = m_register.errorCount();
    m_export->setToolTip(
        errors ? tr("DORA's register as the plain-CSV reporting package (ZIP). %n problem(s) "
                    "stop it now; exporting names them.",
                    nullptr, errors)
               : tr("DORA's register of information as the plain-CSV reporting package (ZIP)"));
    showAssessment();
    updateButtons();
}

QString ContractsPanel::suggestionText(const QString &contract) const
{
    for (const ContractAssessment &a : m_register.assessments) {
        if (a.contract == contract)
            return DoraLists::labelOf(DoraLists::substitutabilities(), a.substitutability);
    }
    return {};
}

void ContractsPanel::showAssessment()
{
    const QString id = currentContract();
    const auto a = std::find_if(m_register.assessments.cbegin(), m_register.assessments.cend(),
                                [&](const ContractAssessment &x) { return x.contract == id; });
    if (id.isEmpty() || a == m_register.assessments.cend()) {
        m_assessment->setText(id.isEmpty() ? tr("Select a contract to see what the register "
                                                "derives for it.")
                                           : QString());
        return;
    }
    QStringList names;
    for (const QString &p : a->functions) {
        const Process *process = m_document->process(p);
        names.append(process ? process->name : p);
    }
    QStringList lines;
    lines.append(names.isEmpty()
                     ? tr("Supports no function (no process with a licensed activity depends on "
                          "the supplier).")
                     : tr("Supports %1%2.")
                           .arg(names.join(QStringLiteral(", ")),
                                a->critical ? tr(", critical or important") : QString()));
    lines.append(
        tr("Suggested substitutability: %1 — %2%3.")
            .arg(DoraLists::labelOf(DoraLists::substitutabilities(), a->substitutability),
                 a->reason,
                 a->confirmed ? tr(" (a value is confirmed on the contract)") : QString()));
    lines.append(
        !a->exitPlan ? tr("No approved exit-plan runbook for the supplier.")
        : a->exitPlanTested.isEmpty()
            ? tr("Exit plan %1, never exercised.").arg(a->exitPlanRunbook)
            : tr("Exit plan %1, last exercised on %2.").arg(a->exitPlanRunbook, a->exitPlanTested));
    m_assessment->setText(lines.join(QLatin1Char('\n')));
}

void ContractsPanel::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    const bool selected = !currentContract().isEmpty();
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
}

QString ContractsPanel::currentContract() const
{
    return selectedId(m_table);
}

bool ContractsPanel::selectContract(const QString &id)
{
    return selectRow(m_table, id);
}

void ContractsPanel::addContract()
{
    if (m_document->isReadOnly())
        return;
    auto *dialog = new ContractDialog(m_document, nullptr, QString(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, id = dialog->contract().id] { selectContract(id); });
    dialog->open();
}

void ContractsPanel::editContract()
{
    const SupplierContract *c = m_document->contract(currentContract());
    if (!c || m_document->isReadOnly())
        return;
    auto *dialog = new ContractDialog(m_document, c, QString(), suggestionText(c->id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContractsPanel::removeContract()
{
    const SupplierContract *c = m_document->contract(currentContract());
    if (!c)
        return;
    const QString id = c->id;
    if (!m_dialogs->confirm(
            this, tr("Delete Contract"),
            tr("Delete the contract %1? It leaves the register of information.").arg(c->reference),
            tr("Delete")))
        return;
    QString error;
    if (!m_document->removeContract(id, &error))
        m_dialogs->showError(this, tr("Delete Contract"), error);
}

void ContractsPanel::editEntity()
{
    if (m_document->isReadOnly())
        return;
    auto *dialog = new EntityDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContractsPanel::askExportRegister()
{
    const QDate reference = defaultReferenceDate(QDate::currentDate());
    const QString suggested =
        QFileInfo(m_document->filePath())
            .dir()
            .filePath(tr("register-of-information") + QLatin1Char('-') +
                      reference.toString(Qt::ISODate) + QStringLiteral(".zip"));
    const QString path = m_dialogs->askExportPath(this, tr("Export DORA's Register of Information"),
                                                  suggested, tr("ZIP (*.zip)"));
    if (path.isEmpty())
        return;
    QString message;
    if (!exportRegister(path, &message))
        m_dialogs->showError(this, tr("Export DORA Register"), message);
    else
        emit statusMessage(message, 10000);
}

bool ContractsPanel::exportRegister(const QString &path, QString *message)
{
    // The register of the plan as it is now (what the tab shows may be a moment old).
    m_run.waitForFinished();
    const QDate today = QDate::currentDate();
    const DoraRegister reg = buildDoraRegister(
        m_document->plan(), defaultReferenceDate(today), today,
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")));
    QStringList errors;
    QStringList warnings;
    for (const RegisterProblem &p : reg.problems)
        (p.error ? errors : warnings).append(QStringLiteral("%1: %2").arg(p.where, p.text));
    if (!errors.isEmpty()) {
        *message = tr("The register was not written. Fix these first:") + QStringLiteral("\n• ") +
                   errors.join(QStringLiteral("\n• "));
        return false;
    }
    QString error;
    if (!DoraExport::write(reg, path, &error)) {
        *message = error;
        return false;
    }
    *message =
        tr("Register of information written to %1 (%n warning(s)).", nullptr, int(warnings.size()))
            .arg(QDir::toNativeSeparators(path));
    if (!warnings.isEmpty())
        m_dialogs->showWarning(this, tr("Export DORA Register"),
                               *message + QStringLiteral("\n\n• ") +
                                   warnings.join(QStringLiteral("\n• ")));
    return true;
}

// Commitments -------------------------------------------------------------------------------

CommitmentsPanel::CommitmentsPanel(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("commitmentsPanel"));
    auto *add = button(tr("Add Commitment…"), "commitmentsAdd",
                       tr("What a customer was promised about a process or a service"));
    m_edit = button(tr("Edit…"), "commitmentsEdit", tr("Change the selected commitment"));
    m_remove = button(tr("Delete"), "commitmentsDelete", tr("Delete the selected commitment"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_table = newTable("commitmentsTable",
                       {tr("Id"), tr("Customer"), tr("Process or service"), tr("Availability"),
                        tr("RTO"), tr("Penalty per hour"), tr("Standing")},
                       1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, &CommitmentsPanel::addCommitment);
    connect(m_edit, &QPushButton::clicked, this, &CommitmentsPanel::editCommitment);
    connect(m_remove, &QPushButton::clicked, this, &CommitmentsPanel::removeCommitment);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CommitmentsPanel::editCommitment);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool ok = !m_document->isReadOnly() && !selectedId(m_table).isEmpty();
        m_edit->setEnabled(ok);
        m_remove->setEnabled(ok);
    });
    connect(document, &PlanDocument::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            fill();
    });
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

void CommitmentsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        fill();
}

void CommitmentsPanel::fill()
{
    m_stale = false;
    const QString keep = selectedId(m_table);
    const Plan &plan = m_document->plan();
    // Commitments are few; their standing reads the SLOs and RTOs only (no prediction).
    std::vector<Finding> standing;
    if (!plan.commitments.isEmpty())
        standing = commitmentFindings(plan, GraphSnapshot::fromPlan(plan));
    QList<const CustomerCommitment *> list;
    for (const CustomerCommitment &c : plan.commitments)
        list.append(&c);
    std::sort(
        list.begin(), list.end(),
        [](const CustomerCommitment *a, const CustomerCommitment *b) { return a->id < b->id; });
    const QLocale locale;
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < int(list.size()); ++row) {
        const CustomerCommitment &c = *list.at(row);
        auto *first = cell(c.id);
        first->setData(IdRole, c.id);
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, cell(c.customer));
        QString subject = c.subject;
        if (const Process *p = m_document->process(c.subject))
            subject = QStringLiteral("%1 (%2)").arg(p->name, c.subject);
        else if (const Service *s = m_document->service(c.subject))
            subject = QStringLiteral("%1 (%2)").arg(s->name, c.subject);
        m_table->setItem(row, 2, cell(subject));
        m_table->setItem(row, 3, cell(percent(c.availability)));
        m_table->setItem(row, 4, cell(hours(c.rtoHours)));
        m_table->setItem(
            row, 5,
            cell(c.penaltyPerHour ? locale.toString(*c.penaltyPerHour, 'f', 0) : QString()));
        QStringList words;
        QStringList messages;
        bool error = false;
        for (const Finding &f : standing) {
            if (!f.related.contains(c.id))
                continue;
            words.append(f.kind == QLatin1String("commitment-slo-weaker") ? tr("the SLO is weaker")
                         : f.kind == QLatin1String("commitment-rto-shorter")
                             ? tr("the RTO is longer")
                             : tr("no SLO keeps it"));
            messages.append(f.message);
            error = error || f.severity == Severity::Error;
        }
        // Words first, colour only as a second sign; the whole finding in the tooltip.
        auto *state = cell(words.isEmpty() ? tr("Kept by the plan's SLO and RTO")
                                           : words.join(QStringLiteral("; ")),
                           messages.join(QLatin1Char('\n')));
        if (!words.isEmpty()) {
            state->setForeground(error ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x8a, 0x5a, 0x00));
            QFont f = state->font();
            f.setBold(true);
            state->setFont(f);
        }
        m_table->setItem(row, 6, state);
    }
    fitNow(m_table);
    if (!keep.isEmpty())
        selectRow(m_table, keep);
}

void CommitmentsPanel::addCommitment()
{
    if (m_document->isReadOnly())
        return;
    auto *dialog = new CommitmentDialog(m_document, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CommitmentsPanel::editCommitment()
{
    const CustomerCommitment *c = m_document->commitment(selectedId(m_table));
    if (!c || m_document->isReadOnly())
        return;
    auto *dialog = new CommitmentDialog(m_document, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CommitmentsPanel::removeCommitment()
{
    const QString id = selectedId(m_table);
    if (id.isEmpty())
        return;
    if (!m_dialogs->confirm(this, tr("Delete Commitment"), tr("Delete the commitment %1?").arg(id),
                            tr("Delete")))
        return;
    QString error;
    if (!m_document->removeCommitment(id, &error))
        m_dialogs->showError(this, tr("Delete Commitment"), error);
}

} // namespace Continuity
