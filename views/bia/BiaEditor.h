// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;
class QLabel;

namespace Continuity {

class BiaTableModel;
class BiaTableView;
class PlanDocument;

// The BIA of one process, for workshops (PRODUCT §1, §3): impact categories × time horizons
// rated 0-4 by keyboard alone (type a digit: it is set and the cursor moves on; arrows and tab
// move), coloured by severity; the MTD suggested from the ratings with the reason; the tier the
// process gets and the rule that gave it; and an impact-over-time chart with the MTD marked.
class BiaEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BiaEditor)

public:
    explicit BiaEditor(PlanDocument *document, QWidget *parent = nullptr);
    ~BiaEditor() override;

    void setProcess(const QString &id);
    QString processId() const;
    BiaTableView *table() const { return m_table; }

signals:
    void editRefused(const QString &message);

private:
    void refresh();
    void updateChart();

    PlanDocument *m_document;
    BiaTableModel *m_model;
    BiaTableView *m_table;
    QLabel *m_title;
    QLabel *m_mtd;
    QLabel *m_tier;
    QLabel *m_falls; // ratings that fall as time passes
    QChartView *m_chart;
};

} // namespace Continuity
