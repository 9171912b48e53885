// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/DoraRegister.h"
#include "analysis/Findings.h"

#include <QFutureWatcher>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Continuity {

class PlanDocument;
class UserDialogs;

// The Compliance area's Contracts tab (docs/contracts.md, docs/dora-register.md): the financial
// entity, the contracts with suppliers with their SLA and what DORA's register of information
// derives for each (the functions the supplier supports, the suggested substitutability, the
// exit plan), and the export of the register. The register is built on a worker after each edit
// while the tab is shown.
class ContractsPanel : public QWidget
{
    Q_OBJECT

public:
    ContractsPanel(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~ContractsPanel() override;

    QTableWidget *table() const { return m_table; }
    QLabel *assessmentLabel() const { return m_assessment; }
    const DoraRegister &lastRegister() const { return m_register; }
    void rebuild(); // builds the register again now (tests wait for built())
    bool isBuilding() const { return m_run.isRunning(); }
    QString currentContract() const;
    bool selectContract(const QString &id);
    void addContract();
    void editContract();
    void removeContract();
    void editEntity();
    // Asks where, then writes the register; refused with every problem named.
    void askExportRegister();
    bool exportRegister(const QString &path, QString *message);

signals:
    void built();
    void statusMessage(const QString &message, int timeout = 0);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void showAssessment();
    void updateButtons();
    QString suggestionText(const QString &contract) const;

    PlanDocument *m_document;
    UserDialogs *m_dialogs;
    QLabel *m_entity;
    QTableWidget *m_table;
    QLabel *m_assessment;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_export;
    QFutureWatcher<DoraRegister> m_run;
    DoraRegister m_register;
    bool m_stale = true;
    bool m_again = false;
};

// The Compliance area's Commitments tab (docs/contracts.md): what customers were promised about
// processes and services, and where the plan's own SLOs and RTOs fall short of it.
class CommitmentsPanel : public QWidget
{
    Q_OBJECT

public:
    CommitmentsPanel(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void addCommitment();
    void editCommitment();
    void removeCommitment();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();

    PlanDocument *m_document;
    UserDialogs *m_dialogs;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
    bool m_stale = true;
};

} // namespace Continuity
