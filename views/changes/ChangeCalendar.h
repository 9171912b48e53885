// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

class QTimeZone;

namespace Continuity {

class PlanDocument;
struct ChangeAssessment;
struct FreezeWindow;

// The change calendar (product/12-changes.md "Screens"): a month, a week or an agenda of the
// changes coloured by risk, freeze windows as bands, agreed and supplier maintenance windows and
// exercises, with conflicts drawn as links between the changes that collide. Dragging a change
// moves its window (one undo step; the assessment follows). Days and hours are the plan's time
// zone's.
class ChangeCalendar : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Month, Week, Agenda };

    explicit ChangeCalendar(PlanDocument *document, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // The day the view shows (its month, its week, or the agenda from it).
    void setAnchor(const QDate &day);
    QDate anchor() const { return m_anchor; }
    // "December 2026", "30 Nov – 6 Dec 2026", "From 5 December 2026".
    QString title() const;
    // The assessments and freezes (error-budget ones included) to draw, as the page computed
    // them; until then changes are drawn without a risk colour.
    void setAssessments(const QHash<QString, ChangeAssessment> *assessments,
                        const QList<FreezeWindow> &freezes);
    // Moves change `id` so that it starts at `startMs`, keeping its length: one undo step.
    bool reschedule(const QString &id, qint64 startMs, QString *error = nullptr);
    // The change drawn at `pos`, or an empty string.
    QString changeAt(const QPointF &pos) const;
    // Where change `id` is drawn (its first block), for tests and keyboard focus.
    QRectF changeRect(const QString &id) const;
    // How many conflict links are drawn in the view.
    int conflictLinks() const { return m_links; }
    // The freeze bands and other items drawn, by label, for tests.
    QStringList drawnLabels() const { return m_labels; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void changeActivated(const QString &id);
    void titleChanged(const QString &title);
    void rescheduleRefused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Block
    {
        QString change;
        QRectF rect;
    };
    QTimeZone zone() const;
    QDate firstDay() const;
    int dayCount() const;
    qint64 dayStart(const QDate &day) const;
    void paintMonth(QPainter &p);
    void paintWeek(QPainter &p);
    void paintAgenda(QPainter &p);
    void paintLinks(QPainter &p);
    // Where a point of the week view is in time, snapped to half hours; -1 outside the grid.
    qint64 weekTimeAt(const QPointF &pos) const;
    QDate monthDayAt(const QPointF &pos) const;

    PlanDocument *m_document;
    Mode m_mode = Mode::Month;
    QDate m_anchor;
    const QHash<QString, ChangeAssessment> *m_assessments = nullptr;
    QList<FreezeWindow> m_freezes;
    QList<Block> m_blocks;
    QStringList m_labels;
    int m_links = 0;
    // Dragging a change.
    QString m_dragging;
    QPointF m_pressAt;
    QPointF m_dragAt;
    bool m_moved = false;
};

} // namespace Continuity
