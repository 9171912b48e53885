// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Governance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace Continuity {

class PlanDocument;

// The forms of the Compliance area (docs/governance.md). Each writes through the document on
// OK, one undo step, and stays open naming what is wrong when the document refuses.

// A control: what it is, who owns it, the requirements it answers and how it is evidenced.
class ControlDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the control to change; nullptr: a new one.
    ControlDialog(PlanDocument *document, const Control *existing, QWidget *parent = nullptr);
    Control control() const;

    void accept() override;

private:
    void updateParameters();

    PlanDocument *m_document;
    bool m_new;
    Control m_original;
    QLineEdit *m_id;
    QLineEdit *m_title;
    QComboBox *m_owner;
    QComboBox *m_frequency;
    QComboBox *m_rule;
    QCheckBox *m_tierOn;
    QSpinBox *m_maxTier;
    QSpinBox *m_months;
    QSpinBox *m_days;
    QSpinBox *m_severity;
    QPlainTextEdit *m_description;
    QTreeWidget *m_requirements;
    QLabel *m_error;
};

// An access review of a service: who, when, accounts reviewed and removed.
class AccessReviewDialog : public QDialog
{
    Q_OBJECT

public:
    AccessReviewDialog(PlanDocument *document, const QString &node, QWidget *parent = nullptr);
    AccessReview review() const;

    void accept() override;

private:
    PlanDocument *m_document;
    QString m_id;
    QComboBox *m_node;
    QComboBox *m_reviewer;
    QDateEdit *m_on;
    QSpinBox *m_reviewed;
    QSpinBox *m_removed;
    QLineEdit *m_note;
    QLabel *m_error;
};

// A risk accepted: a finding (its kind and subject) or a failing control, by whom, why, what
// compensates, until when (at most twelve months).
class ExceptionDialog : public QDialog
{
    Q_OBJECT

public:
    // What to accept: a control id, or a finding's kind and subject (the other empty).
    ExceptionDialog(PlanDocument *document, const QString &control, const QString &findingKind,
                    const QString &subject, QWidget *parent = nullptr);
    RiskException exception() const;

    void accept() override;

private:
    PlanDocument *m_document;
    QString m_id;
    QString m_control;
    QString m_kind;
    QString m_subject;
    QComboBox *m_by;
    QDateEdit *m_on;
    QDateEdit *m_expires;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_compensating;
    QLabel *m_error;
};

} // namespace Continuity
