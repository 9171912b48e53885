// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractDialogs.h"
#include "FormParts.h"

#include "document/PlanDocument.h"
#include "domain/DoraLists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Continuity {
namespace {

using FormParts::buttons;
using FormParts::errorLabel;
using FormParts::showError;

QLineEdit *line(const char *name, const QString &text, const QString &placeholder = QString())
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

// A two-letter ISO code (country) or three (currency), upper-cased as typed.
QLineEdit *codeLine(const char *name, const QString &text, int letters, const QString &tip)
{
    auto *edit = line(name, text, letters == 2 ? QStringLiteral("DE") : QStringLiteral("EUR"));
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,%1}").arg(letters)), edit));
    edit->setMaxLength(letters);
    edit->setToolTip(tip);
    const int width = edit->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16;
    edit->setMaximumWidth(width);
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &t) {
        if (t != t.toUpper())
            edit->setText(t.toUpper());
    });
    return edit;
}

QLineEdit *countryLine(const char *name, const QString &text)
{
    return codeLine(name, text, 2, ContractDialog::tr("ISO 3166 country code, such as DE"));
}

QLineEdit *dateLine(const char *name, const QString &text)
{
    auto *edit = line(name, text, QStringLiteral("YYYY-MM-DD"));
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9-]{0,10}")), edit));
    return edit;
}

// One of a DORA list by its key; "" first for none (or `none` when given).
QComboBox *listCombo(const char *name, const DoraLists::List &list, const QString &current,
                     const QString &none)
{
    auto *box = new QComboBox;
    box->setObjectName(QLatin1String(name));
    box->addItem(none, QString());
    for (const DoraLists::Entry &e : list) {
        const QString key = QLatin1String(e.key);
        box->addItem(DoraLists::labelOf(list, key), key);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

// A number that may be unset: the spin box's minimum reads "none".
QDoubleSpinBox *optionalNumber(const char *name, const std::optional<double> &value, double most,
                               int decimals, const QString &suffix)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QLatin1String(name));
    box->setDecimals(decimals);
    box->setRange(-1, most);
    box->setSpecialValueText(ContractDialog::tr("none"));
    box->setSuffix(suffix);
    box->setValue(value.value_or(-1));
    return box;
}

std::optional<double> numberOf(const QDoubleSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<double>(box->value());
}

QWidget *formPage(QFormLayout *form)
{
    auto *page = new QWidget;
    page->setLayout(form);
    return page;
}

} // namespace

// Contract ----------------------------------------------------------------------------------

ContractDialog::ContractDialog(PlanDocument *document, const SupplierContract *existing,
                               const QString &supplier, const QString &suggestion, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_new(existing == nullptr)
{
    setObjectName(QStringLiteral("contractDialog"));
    if (existing) {
        m_original = *existing;
    } else {
        m_original.id = document->nextRecordId(QStringLiteral("CT-"));
        m_original.supplier = supplier;
        m_original.currency = document->plan().governancePolicy.currency;
    }
    const SupplierContract &c = m_original;
    setWindowTitle(m_new ? tr("Add Contract") : tr("Edit Contract %1").arg(c.reference));

    // The supplier.
    m_supplier = new QComboBox;
    m_supplier->setObjectName(QStringLiteral("contractSupplier"));
    QList<const Service *> suppliers;
    for (const Service &s : document->plan().services) {
        if (s.kind == ServiceKind::Supplier)
            suppliers.append(&s);
    }
    std::sort(suppliers.begin(), suppliers.end(), [](const Service *a, const Service *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Service *s : std::as_const(suppliers))
        m_supplier->addItem(QStringLiteral("%1 (%2)").arg(s->name, s->id), s->id);
    if (m_supplier->findData(c.supplier) < 0 && !c.supplier.isEmpty())
        m_supplier->addItem(c.supplier, c.supplier);
    m_supplier->setCurrentIndex(std::max(0, m_supplier->findData(c.supplier)));
    m_code = line("contractSupplierCode", c.supplierCode, tr("LEI, 20 characters"));
    m_codeType = listCombo("contractCodeType", DoraLists::codeTypes(), c.supplierCodeType,
                           DoraLists::labelOf(DoraLists::codeTypes(), QStringLiteral("LEI")));
    m_codeType->removeItem(0); // the code type is always one of the list
    m_codeType->setCurrentIndex(std::max(0, m_codeType->findData(c.supplierCodeType)));
    m_country = countryLine("contractSupplierCountry", c.supplierCountry);
    m_parent =
        line("contractParentCode", c.parentCode, tr("LEI of the ultimate parent, if another"));
    m_individual = new QCheckBox(tr("An individual acting in a business capacity"));
    m_individual->setObjectName(QStringLiteral("contractIndividual"));
    m_individual->setChecked(c.individual);
    auto *supplierForm = new QFormLayout;
    supplierForm->addRow(tr("&Supplier:"), m_supplier);
    supplierForm->addRow(tr("Identification &code:"), m_code);
    supplierForm->addRow(tr("Type of code:"), m_codeType);
    supplierForm->addRow(tr("Country of headquarters:"), m_country);
    supplierForm->addRow(tr("Ultimate parent:"), m_parent);
    supplierForm->addRow(QString(), m_individual);

    // The arrangement.
    m_reference = line("contractReference", c.reference, tr("The contract's reference number"));
    m_arrangement =
        listCombo("contractArrangement", DoraLists::arrangements(), c.arrangement, QString());
    m_arrangement->removeItem(0);
    m_arrangement->setCurrentIndex(std::max(0, m_arrangement->findData(c.arrangement)));
    m_overarching =
        line("contractOverarching", c.overarching, tr("Reference of the overarching contract"));
    m_service =
        listCombo("contractIctService", DoraLists::ictServices(), c.ictService, tr("Not said"));
    m_start = dateLine("contractStart", c.start);
    m_end = dateLine("contractEnd", c.end);
    m_end->setToolTip(tr("Empty while the contract runs without an end date"));
    m_termination = listCombo("contractTermination", DoraLists::terminationReasons(),
                              c.terminationReason, tr("Not terminated"));
    m_noticeEntity = new QSpinBox;
    m_noticeEntity->setObjectName(QStringLiteral("contractNoticeEntity"));
    m_noticeProvider = new QSpinBox;
    m_noticeProvider->setObjectName(QStringLiteral("contractNoticeProvider"));
    for (auto [box, value] : {std::pair{m_noticeEntity, c.noticeEntityDays},
                              std::pair{m_noticeProvider, c.noticeProviderDays}}) {
        box->setRange(-1, 3650);
        box->setSpecialValueText(tr("none"));
        box->setSuffix(tr(" days"));
        box->setValue(value ? int(*value) : -1);
    }
    m_law = countryLine("contractGoverningLaw", c.governingLaw);
    m_cost = optionalNumber("contractAnnualCost", c.annualCost, 1e12, 0, QString());
    m_currency =
        codeLine("contractCurrency", c.currency, 3, tr("ISO 4217 currency code, such as EUR"));
    auto *costRow = new QHBoxLayout;
    costRow->addWidget(m_cost, 1);
    costRow->addWidget(m_currency);
    auto *contractForm = new QFormLayout;
    contractForm->addRow(tr("&Reference:"), m_reference);
    contractForm->addRow(tr("Arrangement:"), m_arrangement);
    contractForm->addRow(tr("Overarching contract:"), m_overarching);
    contractForm->addRow(tr("Type of ICT service:"), m_service);
    contractForm->addRow(tr("Start:"), m_start);
    contractForm->addRow(tr("End:"), m_end);
    contractForm->addRow(tr("Reason of termination:"), m_termination);
    contractForm->addRow(tr("Our notice period:"), m_noticeEntity);
    contractForm->addRow(tr("Supplier's notice period:"), m_noticeProvider);
    contractForm->addRow(tr("Governing law:"), m_law);
    contractForm->addRow(tr("Annual cost:"), costRow);

    // The service and its data.
    m_serviceCountry = countryLine("contractServiceCountry", c.serviceCountry);
    m_dataStored = new QCheckBox(tr("The supplier stores our data"));
    m_dataStored->setObjectName(QStringLiteral("contractDataStored"));
    m_dataStored->setChecked(c.dataStored);
    m_dataCountry = countryLine("contractDataCountry", c.dataCountry);
    m_processingCountry = countryLine("contractProcessingCountry", c.processingCountry);
    m_sensitivity =
        listCombo("contractSensitivity", DoraLists::sensitivities(), c.sensitivity, tr("Not said"));
    m_reliance = listCombo("contractReliance", DoraLists::reliances(), c.reliance, tr("Not said"));
    auto *dataForm = new QFormLayout;
    dataForm->addRow(tr("Country of provision:"), m_serviceCountry);
    dataForm->addRow(QString(), m_dataStored);
    dataForm->addRow(tr("Data at rest in:"), m_dataCountry);
    dataForm->addRow(tr("Data processed in:"), m_processingCountry);
    dataForm->addRow(tr("Sensitivity of the data:"), m_sensitivity);
    dataForm->addRow(tr("Our reliance on it:"), m_reliance);

    // The assessment.
    m_substitutability =
        listCombo("contractSubstitutability", DoraLists::substitutabilities(), c.substitutability,
                  suggestion.isEmpty() ? tr("As suggested by the plan")
                                       : tr("As suggested: %1").arg(suggestion));
    m_substitutability->setToolTip(
        tr("The register suggests it from the plan: not substitutable when the supplier is a "
           "single point of failure of a critical function, easily when it sits in a redundancy "
           "group. Choose a value to confirm it."));
    m_substitutability->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_substitutability->setMinimumContentsLength(24);
    m_reintegration = listCombo("contractReintegration", DoraLists::reintegrations(),
                                c.reintegration, tr("Not assessed"));
    m_impact = listCombo("contractImpact", DoraLists::impacts(), c.discontinuingImpact,
                         tr("From the functions it supports"));
    m_lastAudit = dateLine("contractLastAudit", c.lastAudit);
    m_alternatives =
        line("contractAlternatives", c.alternatives, tr("Other providers that could take over"));
    auto *assessmentForm = new QFormLayout;
    assessmentForm->addRow(tr("Substitutability:"), m_substitutability);
    assessmentForm->addRow(tr("Reintegration:"), m_reintegration);
    assessmentForm->addRow(tr("Impact of discontinuing:"), m_impact);
    assessmentForm->addRow(tr("Last audit of the supplier:"), m_lastAudit);
    assessmentForm->addRow(tr("Alternatives:"), m_alternatives);

    // The SLA.
    m_sla = optionalNumber("contractSlaAvailability", c.slaAvailability, 99.9999, 4,
                           QStringLiteral(" %"));
    m_sla->setMinimum(0);
    m_sla->setValue(c.slaAvailability.value_or(0));
    m_sla->setSpecialValueText(tr("none"));
    m_supportHours =
        line("contractSupportHours", c.slaSupportHours, tr("24x7, Mon-Fri 08-18, ..."));
    m_slaRto = optionalNumber("contractSlaRto", c.slaRtoHours, 87600, 2, tr(" h"));
    m_note = new QPlainTextEdit(c.note);
    m_note->setObjectName(QStringLiteral("contractNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    auto *slaForm = new QFormLayout;
    slaForm->addRow(tr("Availability:"), m_sla);
    slaForm->addRow(tr("Support hours:"), m_supportHours);
    slaForm->addRow(tr("RTO:"), m_slaRto);
    slaForm->addRow(tr("Note:"), m_note);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("contractTabs"));
    tabs->addTab(formPage(supplierForm), tr("Supplier"));
    tabs->addTab(formPage(contractForm), tr("Contract"));
    tabs->addTab(formPage(dataForm), tr("Service and Data"));
    tabs->addTab(formPage(assessmentForm), tr("Assessment"));
    tabs->addTab(formPage(slaForm), tr("SLA"));
    m_error = errorLabel();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    if (m_new) {
        connect(m_supplier, &QComboBox::currentIndexChanged, this, &ContractDialog::fillIdentity);
        fillIdentity();
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_supplier->setFocus();
}

void ContractDialog::fillIdentity()
{
    const QString supplier = m_supplier->currentData().toString();
    for (const SupplierContract &other : m_document->plan().contracts) {
        if (other.supplier != supplier)
            continue;
        m_code->setText(other.supplierCode);
        m_codeType->setCurrentIndex(std::max(0, m_codeType->findData(other.supplierCodeType)));
        m_country->setText(other.supplierCountry);
        m_parent->setText(other.parentCode);
        m_individual->setChecked(other.individual);
        return;
    }
}

SupplierContract ContractDialog::contract() const
{
    SupplierContract c = m_original;
    c.supplier = m_supplier->currentData().toString();
    c.supplierCode = m_code->text().trimmed();
    c.supplierCodeType = m_codeType->currentData().toString();
    c.supplierCountry = m_country->text();
    c.parentCode = m_parent->text().trimmed();
    c.individual = m_individual->isChecked();
    c.reference = m_reference->text().trimmed();
    c.arrangement = m_arrangement->currentData().toString();
    c.overarching = m_overarching->text().trimmed();
    c.ictService = m_service->currentData().toString();
    c.start = m_start->text();
    c.end = m_end->text();
    c.terminationReason = m_termination->currentData().toString();
    c.noticeEntityDays =
        m_noticeEntity->value() < 0 ? std::nullopt : std::optional<double>(m_noticeEntity->value());
    c.noticeProviderDays = m_noticeProvider->value() < 0
                               ? std::nullopt
                               : std::optional<double>(m_noticeProvider->value());
    c.governingLaw = m_law->text();
    c.annualCost = numberOf(m_cost);
    c.currency = m_currency->text();
    c.serviceCountry = m_serviceCountry->text();
    c.dataStored = m_dataStored->isChecked();
    c.dataCountry = m_dataCountry->text();
    c.processingCountry = m_processingCountry->text();
    c.sensitivity = m_sensitivity->currentData().toString();
    c.reliance = m_reliance->currentData().toString();
    c.substitutability = m_substitutability->currentData().toString();
    c.reintegration = m_reintegration->currentData().toString();
    c.discontinuingImpact = m_impact->currentData().toString();
    c.lastAudit = m_lastAudit->text();
    c.alternatives = m_alternatives->text().trimmed();
    c.slaAvailability = m_sla->value() <= 0 ? std::nullopt : std::optional<double>(m_sla->value());
    c.slaSupportHours = m_supportHours->text().trimmed();
    c.slaRtoHours = numberOf(m_slaRto);
    c.note = m_note->toPlainText().trimmed();
    return c;
}

void ContractDialog::accept()
{
    const SupplierContract c = contract();
    QString error;
    const bool ok =
        m_new ? m_document->addContract(c, &error)
        : c == m_original
            ? true
            : m_document->changeContract(c, tr("Edit contract \"%1\"").arg(c.reference), &error);
    if (!ok) {
        showError(m_error, error);
        return;
    }
    QDialog::accept();
}

// Commitment --------------------------------------------------------------------------------

CommitmentDialog::CommitmentDialog(PlanDocument *document, const CustomerCommitment *existing,
                                   QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_new(existing == nullptr)
{
    setObjectName(QStringLiteral("commitmentDialog"));
    if (existing)
        m_original = *existing;
    else
        m_original.id = document->nextRecordId(QStringLiteral("CC-"));
    const CustomerCommitment &c = m_original;
    setWindowTitle(m_new ? tr("Add Commitment") : tr("Edit Commitment %1").arg(c.id));
    m_customer = line("commitmentCustomer", c.customer, tr("Who was promised it"));
    m_subject = new QComboBox;
    m_subject->setObjectName(QStringLiteral("commitmentSubject"));
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setMinimumContentsLength(28);
    const Plan &plan = document->plan();
    QList<std::pair<QString, QString>> nodes;
    for (const Process &p : plan.processes)
        nodes.append({QStringLiteral("%1 (%2)").arg(p.name, p.id), p.id});
    for (const Service &s : plan.services)
        nodes.append({QStringLiteral("%1 (%2)").arg(s.name, s.id), s.id});
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[text, id] : std::as_const(nodes))
        m_subject->addItem(text, id);
    if (m_subject->findData(c.subject) < 0 && !c.subject.isEmpty())
        m_subject->addItem(c.subject, c.subject);
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(c.subject)));
    m_availability =
        optionalNumber("commitmentAvailability", c.availability, 99.9999, 4, QStringLiteral(" %"));
    m_availability->setMinimum(0);
    m_availability->setValue(c.availability.value_or(0));
    m_rto = optionalNumber("commitmentRto", c.rtoHours, 87600, 2, tr(" h"));
    m_penalty = optionalNumber("commitmentPenalty", c.penaltyPerHour, 1e9, 0, QString());
    m_penalty->setToolTip(tr("What a missed hour costs under the commitment"));
    m_reference = line("commitmentReference", c.reference, tr("The contract or SLA document"));
    m_note = line("commitmentNote", c.note);
    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Process or service:"), m_subject);
    form->addRow(tr("&Availability:"), m_availability);
    form->addRow(tr("&RTO:"), m_rto);
    form->addRow(tr("Penalty per hour:"), m_penalty);
    form->addRow(tr("Reference:"), m_reference);
    form->addRow(tr("Note:"), m_note);
    m_error = errorLabel();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
}

CustomerCommitment CommitmentDialog::commitment() const
{
    CustomerCommitment c = m_original;
    c.customer = m_customer->text().trimmed();
    c.subject = m_subject->currentData().toString();
    c.availability = m_availability->value() <= 0 ? std::nullopt
                                                  : std::optional<double>(m_availability->value());
    c.rtoHours = numberOf(m_rto);
    c.penaltyPerHour = numberOf(m_penalty);
    c.reference = m_reference->text().trimmed();
    c.note = m_note->text().trimmed();
    return c;
}

void CommitmentDialog::accept()
{
    const CustomerCommitment c = commitment();
    QString error;
    const bool ok =
        m_new ? m_document->addCommitment(c, &error)
        : c == m_original
            ? true
            : m_document->changeCommitment(c, tr("Edit commitment \"%1\"").arg(c.id), &error);
    if (!ok) {
        showError(m_error, error);
        return;
    }
    QDialog::accept();
}

// Entity ------------------------------------------------------------------------------------

EntityDialog::EntityDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("entityDialog"));
    setWindowTitle(tr("Financial Entity"));
    const GovernancePolicy &g = document->plan().governancePolicy;
    m_name = line("entityName", g.entityName, tr("The legal name"));
    m_lei = line("entityLei", g.entityLei, tr("20 characters"));
    m_lei->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,20}")), m_lei));
    m_leiCheck = new QLabel;
    m_leiCheck->setObjectName(QStringLiteral("entityLeiCheck"));
    m_leiCheck->setTextFormat(Qt::PlainText);
    m_country = countryLine("entityCountry", g.entityCountry);
    m_type = listCombo("entityType", DoraLists::entityTypes(), g.entityType, tr("Not said"));
    m_authority = line("entityAuthority", g.competentAuthority, tr("Who supervises the entity"));
    m_currency =
        codeLine("entityCurrency", g.currency, 3, tr("ISO 4217 currency code, such as EUR"));
    m_criticalTier = new QSpinBox;
    m_criticalTier->setObjectName(QStringLiteral("entityCriticalTier"));
    m_criticalTier->setRange(0, 3);
    m_criticalTier->setValue(g.criticalMaxTier);
    m_criticalTier->setPrefix(tr("tiers 0 to "));
    m_criticalTier->setToolTip(tr("Functions of these tiers are reported as critical or "
                                  "important"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&LEI:"), m_lei);
    form->addRow(QString(), m_leiCheck);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Type of entity:"), m_type);
    form->addRow(tr("Competent &authority:"), m_authority);
    form->addRow(tr("Reporting c&urrency:"), m_currency);
    form->addRow(tr("Critical or important:"), m_criticalTier);
    m_error = errorLabel();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    connect(m_lei, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (t != t.toUpper())
            m_lei->setText(t.toUpper());
        checkLei();
    });
    checkLei();
}

void EntityDialog::checkLei()
{
    const QString lei = m_lei->text();
    if (lei.isEmpty())
        m_leiCheck->setText(tr("Needed for the register of information"));
    else if (lei.size() < 20)
        m_leiCheck->setText(tr("%n more character(s)", nullptr, int(20 - lei.size())));
    else if (DoraLists::isValidLei(lei))
        m_leiCheck->setText(tr("Check digits hold"));
    else
        m_leiCheck->setText(tr("Check digits fail: a character is wrong"));
}

GovernancePolicy EntityDialog::policy() const
{
    GovernancePolicy g = m_document->plan().governancePolicy;
    g.entityName = m_name->text().trimmed();
    g.entityLei = m_lei->text();
    g.entityCountry = m_country->text();
    g.entityType = m_type->currentData().toString();
    g.competentAuthority = m_authority->text().trimmed();
    g.currency = m_currency->text();
    g.criticalMaxTier = m_criticalTier->value();
    return g;
}

void EntityDialog::accept()
{
    QString error;
    if (!m_document->setGovernancePolicy(policy(), &error)) {
        showError(m_error, error);
        return;
    }
    QDialog::accept();
}

} // namespace Continuity
