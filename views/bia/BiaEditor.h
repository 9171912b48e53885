// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;

namespace Continuity {

class BiaTableModel;
class BiaTableView;
class PlanDocument;

// The BIA of one process, for workshops (PRODUCT §1, §3): impact categories × time horizons
// rated 0-4 by keyboard alone (type a digit: it is set and the cursor moves on; arrows and tab
// move), coloured by severity; the MTD suggested from the ratings with the reason; the tier the
// process gets and the rule that gave it; the BIA's review (who confirmed it and when, changed
// since, due again) with a button to record a review; and an impact-over-time chart with the MTD
// marked.
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
    // Opens the dialog that records a review of the process's BIA (reviewer, date).
    void askReview();

signals:
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // The chart keeps room for its plot below its title and beside its legend at any text size
    // (presentation mode enlarges the text).
    void fitChart();
    void updateChart();

    PlanDocument *m_document;
    BiaTableModel *m_model;
    BiaTableView *m_table;
    QLabel *m_title;
    QLabel *m_mtd;
    QLabel *m_tier;
    QLabel *m_falls; // ratings that fall as time passes
    QLabel *m_review;
    QPushButton *m_reviewButton;
    QChartView *m_chart;
};

} // namespace Continuity
