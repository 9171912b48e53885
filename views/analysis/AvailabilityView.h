// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Continuity {

class PlanDocument;
struct PlanChange;

// The Analyses area's Availability tab (product/13-incidents-slos.md "Predicted
// availability", docs/incidents.md): every tier-0/1 node and every node with an SLO with its
// own and composite availability, the method that gave it, the downtime to expect in a year and
// whether its SLO can be met; below, the double points of failure of the selected node (pairs
// of nodes, neither a single point of failure, that take it down together). Computed on a
// worker thread with progress and Cancel, from a copy of the plan; when the plan changes the
// figures say they are out of date until computed again.
class AvailabilityView : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityView(PlanDocument *document, QWidget *parent = nullptr);
    ~AvailabilityView() override;

    void compute();
    void cancel();
    bool isComputing() const;
    QTableWidget *table() const { return m_table; }
    QTableWidget *pairsTable() const { return m_pairs; }

    enum Column {
        NodeColumn,
        TierColumn,
        OwnColumn,
        CompositeColumn,
        MethodColumn,
        DowntimeColumn,
        SloColumn,
        ColumnCount
    };

signals:
    void computed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Result;
    void onChanged(const PlanChange &change);
    void showResult();
    void showPairs();

    PlanDocument *m_document;
    QLabel *m_status = nullptr;
    QPushButton *m_compute = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_pairsLabel = nullptr;
    QTableWidget *m_pairs = nullptr;
    QFutureWatcher<std::shared_ptr<const Result>> m_watcher;
    QFutureWatcher<QList<QStringList>> m_pairsWatcher; // pairs of names of the selected node
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<const Result> m_result;
    bool m_stale = false;
};

} // namespace Continuity
