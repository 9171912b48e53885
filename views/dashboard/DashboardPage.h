// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;

namespace Continuity {

class AnalysisController;
class PlanDocument;

// The first thing a planner sees of a plan (issue "Workshop editing", PRODUCT §4): what the
// plan holds, tiers at a glance, what still needs data (processes without BIA, services
// without owner or targets), exercises (latest, next, overdue actions and tests), and the top
// findings of the analyses. Follows the document and the analyses.
class DashboardPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(PlanDocument *document, AnalysisController *analysis, QWidget *parent = nullptr);
    ~DashboardPage() override;

private:
    void refresh();
    void refreshFindings();
    // Incidents and SLOs of tier 0/1 (product/13-incidents-slos.md "Screens"), from the
    // background analysis's graph.
    void refreshIncidents();

    PlanDocument *m_document;
    AnalysisController *m_analysis;
    QTimer m_refresh;
    QLabel *m_counts;
    QChartView *m_tiers;
    QListWidget *m_missingBia;
    QListWidget *m_missingData;
    QLabel *m_exercise;
    QLabel *m_overdue;
    QListWidget *m_findings;
    QLabel *m_slos;
    QChartView *m_incidents;
};

} // namespace Continuity
