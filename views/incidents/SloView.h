// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Continuity {

class Downtime;
class GraphSnapshot;
class PlanDocument;
struct PlanChange;

// The SLOs of the Incidents & SLOs area (product/13-incidents-slos.md): each SLO's error budget
// as a bar, burn rates and the change freeze an exhausted budget causes, with the selected SLO's
// objective, window and whether degraded time counts below; and, in historyWidget(), the
// incident history: incidents per month by severity, time to restore per severity (median and
// 90th percentile), the recovery analysis against actual restore times.
class SloView : public QWidget
{
    Q_OBJECT

public:
    explicit SloView(PlanDocument *document, QWidget *parent = nullptr);
    ~SloView() override;

    QWidget *historyWidget() const { return m_history; }
    // Recomputes at the current time (the budgets move with the clock).
    void refresh();
    void addSlo();
    void removeSlo();

signals:
    void statusMessage(const QString &message, int timeout);

private:
    void onChanged(const PlanChange &change);
    void loadForm();
    void commitForm();
    // The history charts and predictions from the graph and downtime refresh() computed.
    void refreshHistory(const GraphSnapshot &graph, const Downtime &downtime, qint64 now);
    QString currentNode() const;

    PlanDocument *m_document;
    bool m_loading = false;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_node = nullptr;
    QLineEdit *m_objective = nullptr;
    QComboBox *m_window = nullptr;
    QCheckBox *m_degraded = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_history = nullptr;
    QChartView *m_perMonth = nullptr;
    QChartView *m_restore = nullptr;
    QTableWidget *m_predictions = nullptr;
};

} // namespace Continuity
