// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QChartView;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Continuity {

class PlanDocument;
class UserDialogs;

// The results of an exercise (issue 7 §3-4): per service in scope the measured RTO (from the
// log, or entered) and RPO (entered, or from the data-loss point) beside the targets with pass
// or miss; the exercise's findings; a chart of measured against target RTO and one of the
// measured RTO per service across every exercise. Entries go through the document.
class ExerciseResultsView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        RtoTargetColumn,
        MeasuredRtoColumn,
        RtoVerdictColumn,
        RpoTargetColumn,
        MeasuredRpoColumn,
        DataLossColumn,
        RpoVerdictColumn,
        NoteColumn,
        ColumnCount
    };

    ExerciseResultsView(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);

    void setExercise(const QString &id);
    QTableWidget *resultsTable() const { return m_table; }
    QChartView *rtoChart() const { return m_rtoChart; }
    QChartView *trendChart() const { return m_trendChart; }

signals:
    void statusMessage(const QString &message, int timeout);

private:
    void refresh();
    void scheduleRefresh();
    void onItemChanged(int row, int column);
    void addFinding();
    void removeFinding();
    void onFindingEdited(int row);
    void updateCharts();

    QPointer<PlanDocument> m_document;
    UserDialogs *m_dialogs;
    QString m_exerciseId;
    QTableWidget *m_table = nullptr;
    QListWidget *m_findings = nullptr;
    QPushButton *m_addFinding = nullptr;
    QPushButton *m_removeFinding = nullptr;
    QChartView *m_rtoChart = nullptr;
    QChartView *m_trendChart = nullptr;
    bool m_loading = false;
    QTimer m_refreshTimer;
};

} // namespace Continuity
