// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Controls.h"
#include "analysis/Findings.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace Continuity {

class CommitmentsPanel;
class ContractsPanel;
class PlanDocument;
class ReportExportBar;
class UserDialogs;

// The Compliance area (product/14-governance.md, docs/governance.md): the plan's controls with
// their status at a date and the items that prove or fail them; the requirements of the shipped
// catalogue with the controls that answer them; access reviews; accepted risks (exceptions).
// Controls are evaluated on a worker thread after each edit while the area is shown.
class CompliancePage : public QWidget
{
    Q_OBJECT

public:
    CompliancePage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~CompliancePage() override;

    QTableWidget *controlsTable() const { return m_controls; }
    QTableWidget *itemsTable() const { return m_items; }
    QTableWidget *requirementsTable() const { return m_requirements; }
    QTableWidget *reviewsTable() const { return m_reviews; }
    QTableWidget *exceptionsTable() const { return m_exceptions; }
    QTabWidget *tabs() const { return m_tabs; }
    ContractsPanel *contracts() const { return m_contracts; }
    CommitmentsPanel *commitments() const { return m_commitments; }
    // Evaluates again now (tests wait for evaluated()).
    void reevaluate();
    bool isEvaluating() const { return m_run.isRunning(); }
    // The id of the selected control; empty when none.
    QString currentControl() const;
    bool selectControl(const QString &id);
    // Opens the forms (non-blocking; the dialog is a child of the page).
    void addControl();
    void editControl();
    void removeControl();
    void attachEvidence();
    void recordAccessReview();
    void acceptControlRisk();
    void acceptFinding();
    void withdrawException();
    // The control-status report at the date shown: previewed on this thread (as every area's
    // preview is), exported as PDF on a worker with progress and Cancel.
    void printPreview();
    void askExportPdf();
    bool exportPdf(const QString &path);
    bool isExporting() const;
    // The executive availability report for the twelve months up to the date shown, as PDF.
    void askExecutiveReport();
    bool exportExecutiveReport(const QString &path);
    // The auditor's evidence pack for the twelve months up to the date shown, written on a
    // worker with progress and Cancel; evidencePackWritten() says how it went.
    void askEvidencePack();
    bool writeEvidencePack(const QString &path);
    bool isWritingPack() const { return m_pack.isRunning(); }

signals:
    void evaluated();
    void evidencePackWritten(bool ok, const QString &message);
    void statusMessage(const QString &message, int timeout = 0);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Result
    {
        QDate at;
        QList<ControlStatus> statuses;
        std::vector<Finding> findings;
    };
    void onEvaluated();
    void showItems();
    void fillReviews();
    void fillExceptions();
    void updateButtons();
    const ControlStatus *statusOf(const QString &control) const;

    PlanDocument *m_document;
    UserDialogs *m_dialogs;
    QDateEdit *m_at;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_controls;
    QTableWidget *m_items;
    QLabel *m_itemsHeading;
    QTableWidget *m_requirements;
    QTableWidget *m_reviews;
    QTableWidget *m_exceptions;
    ContractsPanel *m_contracts;
    CommitmentsPanel *m_commitments;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_attach;
    QPushButton *m_acceptControl;
    QPushButton *m_withdraw;
    QPushButton *m_acceptFinding;
    QTimer *m_timer;
    ReportExportBar *m_exportBar;
    QFutureWatcher<Result> m_run;
    Result m_result;
    bool m_again = false;
    bool m_stale = true;
    QFutureWatcher<std::pair<QString, qint64>> m_hash;
    struct PackResult
    {
        bool ok = false;
        QString message;
        QStringList missing;
    };
    QFutureWatcher<PackResult> m_pack;
    std::shared_ptr<std::atomic_bool> m_cancelPack;
};

} // namespace Continuity
