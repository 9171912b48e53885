// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Governance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Continuity {

class PlanDocument;

// The forms of the Compliance area's Contracts and Commitments (docs/contracts.md,
// docs/dora-register.md). Each writes through the document on OK, one undo step, and stays open
// naming what is wrong when the document refuses.

// A contract with a supplier: the supplier's identity, the arrangement, the service and its
// data, the assessment DORA's register asks for, and the supplier's SLA.
class ContractDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the contract to change; nullptr: a new one (for `supplier` when given).
    // `suggestion`: the register's suggested substitutability in words, offered as the default.
    ContractDialog(PlanDocument *document, const SupplierContract *existing,
                   const QString &supplier = QString(), const QString &suggestion = QString(),
                   QWidget *parent = nullptr);
    SupplierContract contract() const;

    void accept() override;

private:
    void fillIdentity(); // from another contract of the chosen supplier, for a new contract

    PlanDocument *m_document;
    bool m_new;
    SupplierContract m_original;
    QComboBox *m_supplier;
    QLineEdit *m_code;
    QComboBox *m_codeType;
    QLineEdit *m_country;
    QLineEdit *m_parent;
    QCheckBox *m_individual;
    QLineEdit *m_reference;
    QComboBox *m_arrangement;
    QLineEdit *m_overarching;
    QComboBox *m_service;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QComboBox *m_termination;
    QSpinBox *m_noticeEntity;
    QSpinBox *m_noticeProvider;
    QLineEdit *m_law;
    QDoubleSpinBox *m_cost;
    QLineEdit *m_currency;
    QLineEdit *m_serviceCountry;
    QCheckBox *m_dataStored;
    QLineEdit *m_dataCountry;
    QLineEdit *m_processingCountry;
    QComboBox *m_sensitivity;
    QComboBox *m_reliance;
    QComboBox *m_substitutability;
    QComboBox *m_reintegration;
    QComboBox *m_impact;
    QLineEdit *m_lastAudit;
    QLineEdit *m_alternatives;
    QDoubleSpinBox *m_sla;
    QLineEdit *m_supportHours;
    QDoubleSpinBox *m_slaRto;
    QPlainTextEdit *m_note;
    QLabel *m_error;
};

// What a customer was promised about a process or a service.
class CommitmentDialog : public QDialog
{
    Q_OBJECT

public:
    CommitmentDialog(PlanDocument *document, const CustomerCommitment *existing,
                     QWidget *parent = nullptr);
    CustomerCommitment commitment() const;

    void accept() override;

private:
    PlanDocument *m_document;
    bool m_new;
    CustomerCommitment m_original;
    QLineEdit *m_customer;
    QComboBox *m_subject;
    QDoubleSpinBox *m_availability;
    QDoubleSpinBox *m_rto;
    QDoubleSpinBox *m_penalty;
    QLineEdit *m_reference;
    QLineEdit *m_note;
    QLabel *m_error;
};

// The financial entity the plan describes, for DORA's register of information.
class EntityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EntityDialog(PlanDocument *document, QWidget *parent = nullptr);
    GovernancePolicy policy() const;

    void accept() override;

private:
    void checkLei();

    PlanDocument *m_document;
    QLineEdit *m_name;
    QLineEdit *m_lei;
    QLabel *m_leiCheck;
    QLineEdit *m_country;
    QComboBox *m_type;
    QLineEdit *m_authority;
    QLineEdit *m_currency;
    QSpinBox *m_criticalTier;
    QLabel *m_error;
};

} // namespace Continuity
