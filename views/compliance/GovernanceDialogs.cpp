// SPDX-License-Identifier: GPL-3.0-or-later
#include "GovernanceDialogs.h"
#include "FormParts.h"

#include "analysis/Findings.h"
#include "document/PlanDocument.h"
#include "rules/Catalogue.h"
#include "rules/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Continuity {
namespace {

using FormParts::buttons;
using FormParts::errorLabel;
using FormParts::showError;

// The persons of the plan by name, their ids as data; `current` selected (added as text when it
// is no person's id).
void fillPersons(QComboBox *box, const Plan &plan, const QString &current)
{
    QList<const Person *> persons;
    for (const Person &p : plan.persons)
        persons.append(&p);
    std::sort(persons.begin(), persons.end(), [](const Person *a, const Person *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Person *p : std::as_const(persons))
        box->addItem(QStringLiteral("%1 (%2)").arg(p->name, p->id), p->id);
    const int at = box->findData(current);
    if (at >= 0)
        box->setCurrentIndex(at);
    else if (!current.isEmpty())
        box->setEditText(current);
}

QString chosenId(const QComboBox *box)
{
    const int at = box->findText(box->currentText());
    return at >= 0 ? box->itemData(at).toString() : box->currentText().trimmed();
}

} // namespace

// Control ---------------------------------------------------------------------------------

ControlDialog::ControlDialog(PlanDocument *document, const Control *existing, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_new(!existing)
{
    setObjectName(QStringLiteral("controlDialog"));
    setWindowTitle(existing ? tr("Edit Control") : tr("Add Control"));
    if (existing)
        m_original = *existing;
    else
        m_original.id = document->nextRecordId(QStringLiteral("CTL-"));

    m_id = new QLineEdit(m_original.id);
    m_id->setObjectName(QStringLiteral("controlId"));
    m_id->setReadOnly(existing != nullptr);
    m_title = new QLineEdit(m_original.title);
    m_title->setObjectName(QStringLiteral("controlTitle"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("controlOwner"));
    m_owner->setEditable(true);
    m_owner->addItem(QString(), QString());
    for (const Role &r : document->plan().roles)
        m_owner->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.id), r.id);
    const int owner = m_owner->findData(m_original.owner);
    if (owner >= 0)
        m_owner->setCurrentIndex(owner);
    else
        m_owner->setEditText(m_original.owner);
    m_frequency = new QComboBox;
    m_frequency->setObjectName(QStringLiteral("controlFrequency"));
    for (ControlFrequency f : {ControlFrequency::Monthly, ControlFrequency::Quarterly,
                               ControlFrequency::HalfYearly, ControlFrequency::Yearly})
        m_frequency->addItem(displayName(f), int(f));
    m_frequency->setCurrentIndex(m_frequency->findData(int(m_original.frequency)));
    m_rule = new QComboBox;
    m_rule->setObjectName(QStringLiteral("controlRule"));
    for (const QString &name : controlRuleNames()) {
        const ControlRule rule = *controlRuleFromString(name);
        m_rule->addItem(displayName(rule), int(rule));
    }
    m_rule->setCurrentIndex(m_rule->findData(int(m_original.rule)));
    m_tierOn = new QCheckBox(tr("Tiers 0 to"));
    m_maxTier = new QSpinBox;
    m_maxTier->setObjectName(QStringLiteral("controlMaxTier"));
    m_maxTier->setRange(0, 3);
    m_maxTier->setValue(m_original.maxTier.value_or(1));
    m_months = new QSpinBox;
    m_months->setObjectName(QStringLiteral("controlMonths"));
    m_months->setRange(1, MaxControlMonths);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(int(m_original.months.value_or(12)));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("controlDays"));
    m_days->setRange(1, MaxControlDays);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(
        int(m_original.days.value_or(m_original.rule == ControlRule::ActionsClosed ? 30 : 180)));
    m_severity = new QSpinBox;
    m_severity->setObjectName(QStringLiteral("controlSeverity"));
    m_severity->setRange(1, 5);
    m_severity->setValue(int(m_original.maxSeverity.value_or(2)));
    m_description = new QPlainTextEdit(m_original.description);
    m_description->setObjectName(QStringLiteral("controlDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4);

    m_requirements = new QTreeWidget;
    m_requirements->setObjectName(QStringLiteral("controlRequirements"));
    m_requirements->setHeaderLabels({tr("Requirement"), tr("What it asks")});
    m_requirements->setRootIsDecorated(true);
    m_requirements->setUniformRowHeights(true);
    for (const Framework &f : Catalogue::shipped().frameworks()) {
        auto *top = new QTreeWidgetItem(m_requirements, {f.title});
        top->setFlags(Qt::ItemIsEnabled);
        bool open = false;
        for (const Requirement &r : f.requirements) {
            auto *item = new QTreeWidgetItem(top, {r.clause, r.title});
            item->setData(0, Qt::UserRole, r.id);
            item->setToolTip(1, r.title);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            const bool on = m_original.requirements.contains(r.id);
            item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
            open = open || on;
        }
        top->setExpanded(open);
    }
    m_requirements->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_requirements->setMinimumHeight(m_requirements->fontMetrics().lineSpacing() * 12);

    auto *tier = new QHBoxLayout;
    tier->addWidget(m_tierOn);
    tier->addWidget(m_maxTier);
    tier->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Frequency:"), m_frequency);
    form->addRow(tr("Evidence:"), m_rule);
    form->addRow(tr("Scope:"), tier);
    form->addRow(tr("Look back:"), m_months);
    form->addRow(tr("Days:"), m_days);
    form->addRow(tr("Severities 1 to:"), m_severity);
    form->addRow(tr("Description:"), m_description);
    m_error = errorLabel();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Requirements it answers:")));
    layout->addWidget(m_requirements, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    m_tierOn->setChecked(m_original.maxTier.has_value() || m_new);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &ControlDialog::updateParameters);
    connect(m_tierOn, &QCheckBox::toggled, this, &ControlDialog::updateParameters);
    updateParameters();
    resize(sizeHint().width() * 3 / 2, sizeHint().height());
}

void ControlDialog::updateParameters()
{
    const auto rule = ControlRule(m_rule->currentData().toInt());
    const bool tier = rule == ControlRule::ExerciseCoverage ||
                      rule == ControlRule::RunbookCoverage || rule == ControlRule::RestoreTested ||
                      rule == ControlRule::ChangeControl || rule == ControlRule::ContactsVerified ||
                      rule == ControlRule::AccessReview;
    const bool months = rule == ControlRule::ExerciseCoverage ||
                        rule == ControlRule::RunbookCoverage || rule == ControlRule::BiaCurrent ||
                        rule == ControlRule::RestoreTested;
    const bool days = rule == ControlRule::ContactsVerified || rule == ControlRule::ActionsClosed;
    m_tierOn->setEnabled(tier);
    m_maxTier->setEnabled(tier && m_tierOn->isChecked());
    m_months->setEnabled(months);
    m_days->setEnabled(days);
    m_severity->setEnabled(rule == ControlRule::Postmortem);
}

Control ControlDialog::control() const
{
    Control c = m_original;
    c.id = m_id->text().trimmed();
    c.title = m_title->text().trimmed();
    c.owner = chosenId(m_owner);
    c.frequency = ControlFrequency(m_frequency->currentData().toInt());
    c.rule = ControlRule(m_rule->currentData().toInt());
    c.description = m_description->toPlainText();
    c.maxTier = m_maxTier->isEnabled() ? std::optional<int>(m_maxTier->value()) : std::nullopt;
    c.months = m_months->isEnabled() ? std::optional<double>(m_months->value()) : std::nullopt;
    c.days = m_days->isEnabled() ? std::optional<double>(m_days->value()) : std::nullopt;
    c.maxSeverity =
        m_severity->isEnabled() ? std::optional<double>(m_severity->value()) : std::nullopt;
    // The requirements in catalogue order; ones this catalogue does not know are kept.
    QStringList chosen;
    for (int i = 0; i < m_requirements->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_requirements->topLevelItem(i);
        for (int k = 0; k < top->childCount(); ++k) {
            if (top->child(k)->checkState(0) == Qt::Checked)
                chosen.append(top->child(k)->data(0, Qt::UserRole).toString());
        }
    }
    for (const QString &id : m_original.requirements) {
        if (!Catalogue::shipped().contains(id))
            chosen.append(id);
    }
    c.requirements = chosen;
    return c;
}

void ControlDialog::accept()
{
    QString error;
    const Control c = control();
    const bool ok = m_new
                        ? m_document->addControl(c, &error)
                        : m_document->changeControl(c, tr("Edit control \"%1\"").arg(c.id), &error);
    if (!ok) {
        showError(m_error, error);
        return;
    }
    QDialog::accept();
}

// Access review -----------------------------------------------------------------------------

AccessReviewDialog::AccessReviewDialog(PlanDocument *document, const QString &node, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_id(document->nextRecordId(QStringLiteral("AR-")))
{
    setObjectName(QStringLiteral("accessReviewDialog"));
    setWindowTitle(tr("Record Access Review"));
    m_node = new QComboBox;
    m_node->setObjectName(QStringLiteral("accessReviewNode"));
    QList<const Service *> services;
    for (const Service &s : document->plan().services)
        services.append(&s);
    std::sort(services.begin(), services.end(), [](const Service *a, const Service *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Service *s : std::as_const(services))
        m_node->addItem(QStringLiteral("%1 (%2)").arg(s->name, s->id), s->id);
    m_node->setCurrentIndex(std::max(0, m_node->findData(node)));
    m_reviewer = new QComboBox;
    m_reviewer->setObjectName(QStringLiteral("accessReviewReviewer"));
    m_reviewer->setEditable(true);
    fillPersons(m_reviewer, document->plan(), QString());
    m_on = new QDateEdit(QDate::currentDate());
    m_on->setObjectName(QStringLiteral("accessReviewOn"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewed = new QSpinBox;
    m_reviewed->setObjectName(QStringLiteral("accessReviewAccounts"));
    m_reviewed->setRange(0, 1000000);
    m_removed = new QSpinBox;
    m_removed->setObjectName(QStringLiteral("accessReviewRemoved"));
    m_removed->setRange(0, 1000000);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("accessReviewNote"));
    auto *form = new QFormLayout;
    form->addRow(tr("Service:"), m_node);
    form->addRow(tr("Reviewed by:"), m_reviewer);
    form->addRow(tr("Reviewed on:"), m_on);
    form->addRow(tr("Accounts reviewed:"), m_reviewed);
    form->addRow(tr("Accounts removed:"), m_removed);
    form->addRow(tr("Note:"), m_note);
    m_error = errorLabel();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
}

AccessReview AccessReviewDialog::review() const
{
    AccessReview r;
    r.id = m_id;
    r.node = m_node->currentData().toString();
    r.reviewer = chosenId(m_reviewer);
    r.reviewedOn = m_on->date().toString(Qt::ISODate);
    r.accountsReviewed = m_reviewed->value();
    r.accountsRemoved = m_removed->value();
    r.note = m_note->text().trimmed();
    return r;
}

void AccessReviewDialog::accept()
{
    QString error;
    if (!m_document->addAccessReview(review(), &error)) {
        showError(m_error, error);
        return;
    }
    QDialog::accept();
}

// Exception ---------------------------------------------------------------------------------

ExceptionDialog::ExceptionDialog(PlanDocument *document, const QString &control,
                                 const QString &findingKind, const QString &subject,
                                 QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_id(document->nextRecordId(QStringLiteral("EX-")))
    , m_control(control)
    , m_kind(findingKind)
    , m_subject(subject)
{
    setObjectName(QStringLiteral("exceptionDialog"));
    setWindowTitle(tr("Accept a Risk"));
    auto *what =
        new QLabel(control.isEmpty()
                       ? tr("The finding \"%1\" on %2").arg(findingKindTitle(findingKind), subject)
                       : tr("The failing control %1").arg(control));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    m_by = new QComboBox;
    m_by->setObjectName(QStringLiteral("exceptionBy"));
    m_by->setEditable(true);
    fillPersons(m_by, document->plan(), QString());
    m_by->setToolTip(tr("The owner of what it is about, or a member of the plan's risk-owner "
                        "role"));
    const QDate today = QDate::currentDate();
    m_on = new QDateEdit(today);
    m_on->setObjectName(QStringLiteral("exceptionOn"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires = new QDateEdit(today.addMonths(6));
    m_expires->setObjectName(QStringLiteral("exceptionExpires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setToolTip(tr("At most twelve months after it was accepted"));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("exceptionReason"));
    m_reason->setTabChangesFocus(true);
    m_compensating = new QPlainTextEdit;
    m_compensating->setObjectName(QStringLiteral("exceptionCompensating"));
    m_compensating->setTabChangesFocus(true);
    for (QPlainTextEdit *edit : {m_reason, m_compensating})
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4);
    auto *form = new QFormLayout;
    form->addRow(tr("Accepting:"), what);
    form->addRow(tr("Accepted by:"), m_by);
    form->addRow(tr("Accepted on:"), m_on);
    form->addRow(tr("Expires:"), m_expires);
    form->addRow(tr("Why:"), m_reason);
    form->addRow(tr("Compensating control:"), m_compensating);
    m_error = errorLabel();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    resize(sizeHint().width() * 3 / 2, sizeHint().height());
}

RiskException ExceptionDialog::exception() const
{
    RiskException x;
    x.id = m_id;
    x.control = m_control;
    x.findingKind = m_kind;
    x.subject = m_subject;
    x.acceptedBy = chosenId(m_by);
    x.acceptedOn = m_on->date().toString(Qt::ISODate);
    x.expires = m_expires->date().toString(Qt::ISODate);
    x.reason = m_reason->toPlainText().trimmed();
    x.compensatingControl = m_compensating->toPlainText().trimmed();
    return x;
}

void ExceptionDialog::accept()
{
    QString error;
    if (!m_document->addException(exception(), &error)) {
        showError(m_error, error);
        return;
    }
    QDialog::accept();
}

} // namespace Continuity
