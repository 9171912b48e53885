// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QChartView;
class QPushButton;
class QTableWidget;

namespace Continuity {

class AnalysisController;
class PlanDocument;
class UserDialogs;

// What follows from exercises (issue 7 §1, §3-4): the action items of every exercise, which
// carry until done (overdue ones flagged), the next test due per tier-0/1 service under the
// plan's test interval, and a chart of open and closed actions over time.
class ExerciseFollowUpView : public QWidget
{
    Q_OBJECT

public:
    enum ActionColumn {
        ActionTitleColumn,
        ActionOwnerColumn,
        ActionDueColumn,
        ActionDoneColumn,
        ActionExerciseColumn,
        ActionRaisedColumn,
        ActionClosedColumn,
        ActionColumnCount
    };

    ExerciseFollowUpView(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);

    // New actions are raised in this exercise.
    void setExercise(const QString &id);
    void setToday(std::function<QDate()> today);
    // Required tiers for "next test due" come from this background analysis; without one they
    // are analysed here (fine for small plans and tests).
    void setAnalysis(AnalysisController *analysis);
    QTableWidget *actionsTable() const { return m_actions; }
    QTableWidget *testsTable() const { return m_tests; }
    void addAction();

signals:
    void statusMessage(const QString &message, int timeout);

private:
    void refresh();
    void scheduleRefresh();
    void onActionChanged(int row, int column);
    void updateChart();

    QPointer<PlanDocument> m_document;
    QPointer<AnalysisController> m_analysis;
    UserDialogs *m_dialogs;
    QString m_exerciseId;
    std::function<QDate()> m_today;
    QTableWidget *m_actions = nullptr;
    QTableWidget *m_tests = nullptr;
    QPushButton *m_add = nullptr;
    QChartView *m_chart = nullptr;
    bool m_loading = false;
    QTimer m_refreshTimer;
};

} // namespace Continuity
