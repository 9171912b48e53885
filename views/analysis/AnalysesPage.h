// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Continuity {

class AnalysisController;
class CascadeTableModel;
class ReportExportBar;
class UserDialogs;
class FindingsTableModel;
class PlanDocument;
class RecoveryTableModel;

// The Analyses area (PRODUCT §3, §4): a scenario builder (pick processes, services, whole
// sites or suppliers to fail), and the results of the AnalysisController: the cascade with
// the path back to the scenario and the loss per hour, the recovery order with achievable
// against target RTO (table and chart) and MTD breaches, single points of failure per target,
// and every finding with a severity filter. Results follow edits in the background.
class AnalysesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysesPage)

public:
    AnalysesPage(PlanDocument *document, AnalysisController *controller, QWidget *parent = nullptr);
    ~AnalysesPage() override;

    // Fails exactly these ids (the scenario list follows).
    void setScenario(const QStringList &ids);
    void setDialogs(UserDialogs *dialogs) { m_dialogs = dialogs; }

    // The area's reports (product/11-reports.md), written in the background with progress and
    // cancel: the findings review (against an older copy of the plan when `olderPath` is
    // given) and the scenario brief of the scenario failed now. false when one is running or
    // there is nothing to print.
    bool exportFindingsReview(const QString &path, const QString &olderPath = QString());
    bool exportScenarioBrief(const QString &path);
    // The BIA report of these processes (all when empty).
    bool exportBiaReport(const QString &path, const QStringList &processIds = {});
    // The business continuity plan of the whole plan: PDF, or OpenDocument Text for .odt.
    bool exportContinuityPlan(const QString &path);
    bool isExporting() const;
    // The progress and Cancel of the reports above; the window may place it elsewhere.
    ReportExportBar *exportBar() const { return m_exportBar; }
    // File > Print Preview and Export PDF: the scenario brief while a scenario is failed,
    // else the findings review; the Export asks where to (and, for the review, whether to
    // compare with an older copy).
    void printPreview();
    void previewFindingsReview();
    void previewScenarioBrief();
    void askExportPdf();
    void askFindingsReview();
    void askScenarioBrief();
    void previewBiaReport();
    void askBiaReport();
    void askContinuityPlan();

signals:
    // "Show on Map" on a row of the results.
    void showOnMapRequested(const QStringList &ids);
    // The user wants the current recovery turned into a draft runbook.
    void draftRunbookRequested();
    // The contact sheet of the scenario shown (failed node ids).
    void contactSheetRequested(const QStringList &failed);
    // A report export ended: "Wrote PATH", or what went wrong.
    void reportFinished(bool ok, const QString &message);

private:
    void rebuildNodeList();
    void addNode(const QString &id);
    void updateNode(const QString &id);
    void removeNode(const QString &id);
    void onItemChanged();
    void onResults();
    void onRunning(bool running);
    void updateChart();
    void updateSpofs();
    void updateWhoToCall();
    void refreshFindingKinds();
    void updateFindingsCount();
    QTableView *makeTable(QAbstractItemModel *model, const QString &objectName);

    PlanDocument *m_document;
    AnalysisController *m_controller;
    UserDialogs *m_dialogs = nullptr;
    ReportExportBar *m_exportBar = nullptr;
    QPushButton *m_briefButton = nullptr;
    QStandardItemModel *m_nodes;
    QHash<QString, QStandardItem *> m_items;
    QSortFilterProxyModel *m_nodeFilter;
    QLineEdit *m_search;
    QComboBox *m_kindFilter;
    QListView *m_nodeList;
    QLabel *m_scenarioLabel;
    QPushButton *m_clear;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_draftButton = nullptr;
    CascadeTableModel *m_cascadeModel;
    RecoveryTableModel *m_recoveryModel;
    FindingsTableModel *m_findingsModel;
    QSortFilterProxyModel *m_findingsFilter;
    QComboBox *m_severityFilter;
    QComboBox *m_findingKinds = nullptr;
    QLineEdit *m_findingsSearch = nullptr;
    QLabel *m_findingsCount = nullptr;
    QChartView *m_chart;
    QTreeWidget *m_spofs;
    QTreeWidget *m_whoToCall = nullptr;
    bool m_updatingChecks = false;
};

} // namespace Continuity
