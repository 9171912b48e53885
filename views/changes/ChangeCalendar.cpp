// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeCalendar.h"

#include "analysis/ChangeRisk.h"
#include "analysis/Downtime.h"
#include "document/PlanDocument.h"
#include "domain/Recurrence.h"

#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

constexpr qint64 HourMs = 3600000;
constexpr qint64 DayMs = 24 * HourMs;

QColor riskColour(const QString &risk)
{
    switch (riskLevel(risk)) {
    case 3:
        return QColor(0xb7, 0x1c, 0x1c);
    case 2:
        return QColor(0xe6, 0x51, 0x00);
    case 1:
        return QColor(0xf9, 0xa8, 0x25);
    default:
        return QColor(0x2e, 0x7d, 0x32);
    }
}

const QColor freezeTint(0x90, 0xb4, 0xdc, 90);
const QColor freezeEdge(0x2b, 0x5d, 0x9a);
const QColor flagEdge(0xc6, 0x28, 0x28);
const QColor agreedColour(0x43, 0xa0, 0x47);
const QColor supplierColour(0x7b, 0x1f, 0xa2);
const QColor exerciseColour(0x00, 0x69, 0x7c);
const QColor unassessed(0x75, 0x75, 0x75);

// An item of a day: its text, colour and, for a change, its id.
struct DayItem
{
    qint64 from = 0;
    QString text;
    QColor colour;
    QString change;
    bool flagged = false;
};

} // namespace

ChangeCalendar::ChangeCalendar(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_anchor(QDate::currentDate())
{
    setObjectName(QStringLiteral("changeCalendar"));
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize ChangeCalendar::sizeHint() const
{
    return {900, 600};
}

QSize ChangeCalendar::minimumSizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    return {fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 7 * 40, line * 16};
}

QTimeZone ChangeCalendar::zone() const
{
    const QTimeZone z(m_document->plan().incidentPolicy.timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

void ChangeCalendar::setMode(Mode mode)
{
    m_mode = mode;
    update();
    emit titleChanged(title());
}

void ChangeCalendar::setAnchor(const QDate &day)
{
    m_anchor = day;
    update();
    emit titleChanged(title());
}

void ChangeCalendar::setAssessments(const QHash<QString, ChangeAssessment> *assessments,
                                    const QList<FreezeWindow> &freezes)
{
    m_assessments = assessments;
    m_freezes = freezes;
    update();
}

QDate ChangeCalendar::firstDay() const
{
    switch (m_mode) {
    case Mode::Month: {
        const QDate first(m_anchor.year(), m_anchor.month(), 1);
        return first.addDays(-(first.dayOfWeek() - 1));
    }
    case Mode::Week:
        return m_anchor.addDays(-(m_anchor.dayOfWeek() - 1));
    case Mode::Agenda:
        return m_anchor;
    }
    return m_anchor;
}

int ChangeCalendar::dayCount() const
{
    switch (m_mode) {
    case Mode::Month:
        return 42;
    case Mode::Week:
        return 7;
    case Mode::Agenda:
        return 28;
    }
    return 7;
}

qint64 ChangeCalendar::dayStart(const QDate &day) const
{
    return QDateTime(day, QTime(0, 0), zone()).toMSecsSinceEpoch();
}

QString ChangeCalendar::title() const
{
    const QLocale locale;
    switch (m_mode) {
    case Mode::Month:
        return locale.standaloneMonthName(m_anchor.month()) + QLatin1Char(' ') +
               QString::number(m_anchor.year());
    case Mode::Week: {
        const QDate first = firstDay();
        return tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                 locale.toString(first.addDays(6), QStringLiteral("d MMM yyyy")));
    }
    case Mode::Agenda:
        return tr("4 weeks from %1").arg(locale.toString(m_anchor, QLocale::LongFormat));
    }
    return {};
}

bool ChangeCalendar::reschedule(const QString &id, qint64 startMs, QString *error)
{
    const Change *current = m_document->change(id);
    if (!current || !current->plannedStart || !current->plannedEnd)
        return false;
    const std::optional<qint64> from = instantMs(*current->plannedStart);
    const std::optional<qint64> to = instantMs(*current->plannedEnd);
    if (!from || !to || *from == startMs)
        return false;
    Change next = *current;
    const QTimeZone z = zone();
    next.plannedStart = QDateTime::fromMSecsSinceEpoch(startMs, z).toString(Qt::ISODate);
    next.plannedEnd =
        QDateTime::fromMSecsSinceEpoch(startMs + (*to - *from), z).toString(Qt::ISODate);
    QString message;
    if (!m_document->changeChange(next, tr("Reschedule change %1").arg(id), &message)) {
        if (error)
            *error = message;
        emit rescheduleRefused(message);
        return false;
    }
    return true;
}

QString ChangeCalendar::changeAt(const QPointF &pos) const
{
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
        if (it->rect.contains(pos))
            return it->change;
    }
    return {};
}

QRectF ChangeCalendar::changeRect(const QString &id) const
{
    for (const Block &b : m_blocks) {
        if (b.change == id)
            return b.rect;
    }
    return {};
}

void ChangeCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, true);
    m_blocks.clear();
    m_labels.clear();
    m_links = 0;
    switch (m_mode) {
    case Mode::Month:
        paintMonth(p);
        break;
    case Mode::Week:
        paintWeek(p);
        break;
    case Mode::Agenda:
        paintAgenda(p);
        break;
    }
    if (m_mode != Mode::Agenda)
        paintLinks(p);
}

namespace {

// The occurrences of every freeze, maintenance window and the changes and exercises of the
// plan that overlap [from, to).
struct Span
{
    qint64 from;
    qint64 to;
    QString label;
    QColor colour;
    enum Kind { Freeze, Agreed, Supplier, Exercise, Change } kind;
    QString change;
    // A change a freeze blocks, or an emergency change going ahead inside one: marked with a
    // warning sign and a red edge wherever it is drawn.
    bool flagged = false;
};

QList<Span> spansIn(const Plan &plan, const QList<FreezeWindow> &freezes,
                    const QHash<QString, ChangeAssessment> *assessments, const QTimeZone &zone,
                    qint64 from, qint64 to)
{
    QList<Span> out;
    for (const FreezeWindow &f : freezes) {
        const std::optional<qint64> a = instantMs(f.start);
        const std::optional<qint64> b = instantMs(f.end);
        if (!a || !b)
            continue;
        for (const Occurrence &o : occurrences(*a, *b, f.rrule, f.timeZone, from, to, 400))
            out.append({o.from, o.to, f.name, freezeEdge, Span::Freeze, {}});
    }
    for (const MaintenanceWindow &m : plan.maintenanceWindows) {
        const std::optional<qint64> a = instantMs(m.start);
        if (!a || !m.durationHours)
            continue;
        const qint64 b = *a + qint64(*m.durationHours * double(HourMs));
        const bool supplier = m.kind == MaintenanceKind::Supplier;
        for (const Occurrence &o : occurrences(*a, b, m.rrule, m.timeZone, from, to, 400))
            out.append({o.from,
                        o.to,
                        m.name.isEmpty() ? m.node : m.name,
                        supplier ? supplierColour : agreedColour,
                        supplier ? Span::Supplier : Span::Agreed,
                        {}});
    }
    for (const Exercise &e : plan.exercises) {
        const QDate d = QDate::fromString(e.date, Qt::ISODate);
        if (!d.isValid())
            continue;
        const qint64 a = QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 b = QDateTime(d.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        if (a < to && from < b)
            out.append({a, b, e.title, exerciseColour, Span::Exercise, {}});
    }
    for (const Change &c : plan.changes) {
        if (!c.plannedStart || !c.plannedEnd || c.state == ChangeState::Cancelled)
            continue;
        const std::optional<qint64> a = instantMs(*c.plannedStart);
        const std::optional<qint64> b = instantMs(*c.plannedEnd);
        if (!a || !b || !(*a < to && from < *b))
            continue;
        QColor colour = unassessed;
        bool flagged = false;
        if (assessments) {
            const auto it = assessments->constFind(c.id);
            if (it != assessments->constEnd()) {
                colour = riskColour(it->risk);
                flagged = !it->blockedBy.isEmpty();
            }
        }
        QString label = c.id + QLatin1Char(' ') + c.title;
        if (flagged)
            label.prepend(QStringLiteral("\u26a0 "));
        out.append({*a, *b, label, colour, Span::Change, c.id, flagged});
    }
    std::sort(out.begin(), out.end(), [](const Span &x, const Span &y) {
        return x.kind != y.kind ? x.kind < y.kind : x.from < y.from;
    });
    return out;
}

QColor textOn(const QColor &background)
{
    return background.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

void ChangeCalendar::paintMonth(QPainter &p)
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.lineSpacing();
    const qreal header = line * 1.6;
    const qreal cellW = width() / 7.0;
    const qreal cellH = (height() - header) / 6.0;
    const QLocale locale;
    const QDate first = firstDay();
    const qint64 from = dayStart(first);
    const qint64 to = dayStart(first.addDays(42));
    const QList<Span> spans =
        spansIn(m_document->plan(), m_freezes, m_assessments, zone(), from, to);
    p.setPen(palette().text().color());
    for (int d = 0; d < 7; ++d)
        p.drawText(QRectF(d * cellW, 0, cellW, header), Qt::AlignCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
    const QDate today = QDate::currentDate();
    for (int i = 0; i < 42; ++i) {
        const QDate day = first.addDays(i);
        const QRectF cell(i % 7 * cellW, header + i / 7 * cellH, cellW, cellH);
        const qint64 a = dayStart(day);
        const qint64 b = dayStart(day.addDays(1));
        if (day.month() != m_anchor.month())
            p.fillRect(cell, palette().alternateBase());
        // Freeze bands: the day tinted, the freeze named on its first day in view (and at the
        // start of each week row), one name under the other.
        qreal bandY = cell.top() + line * 1.2;
        for (const Span &s : spans) {
            if (s.kind != Span::Freeze || !(s.from < b && a < s.to))
                continue;
            p.fillRect(cell, freezeTint);
            if ((s.from >= a || i == 0 || i % 7 == 0) && bandY + line < cell.bottom()) {
                const QRectF band(cell.left() + 2, bandY, cell.width() - 4, line);
                bandY += line + 2;
                p.fillRect(band, freezeEdge);
                p.setPen(Qt::white);
                p.drawText(band.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                           fm.elidedText(tr("Freeze: %1").arg(s.label), Qt::ElideRight,
                                         int(band.width()) - 6));
                m_labels.append(tr("Freeze: %1").arg(s.label));
            }
        }
        p.setPen(palette().mid().color());
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
        p.setPen(day == today ? QColor(0xb0, 0x00, 0x20) : palette().text().color());
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignTop | Qt::AlignLeft,
                   QString::number(day.day()));
        p.setFont(font());
        // The day's items under the band: changes, exercises, supplier windows, then a count
        // of agreed maintenance windows.
        QList<DayItem> items;
        int agreed = 0;
        for (const Span &s : spans) {
            if (!(s.from < b && a < s.to))
                continue;
            switch (s.kind) {
            case Span::Freeze:
                break;
            case Span::Agreed:
                ++agreed;
                break;
            case Span::Supplier:
                items.append({s.from, tr("Supplier: %1").arg(s.label), s.colour, {}});
                break;
            case Span::Exercise:
                items.append({s.from, tr("Exercise: %1").arg(s.label), s.colour, {}});
                break;
            case Span::Change:
                // A change spanning days shows on the day it starts, and on the first of a
                // week row.
                if (s.from >= a || i % 7 == 0)
                    items.append({s.from, s.label, s.colour, s.change, s.flagged});
                break;
            }
        }
        std::stable_sort(items.begin(), items.end(), [](const DayItem &x, const DayItem &y) {
            return !x.change.isEmpty() && y.change.isEmpty();
        });
        if (agreed > 0)
            items.append({0, tr("%n maintenance window(s)", nullptr, agreed), agreedColour, {}});
        qreal y = std::max(cell.top() + line * 2.3, bandY + 2);
        const int room = std::max(0, int((cell.bottom() - y - 2) / (line + 2)));
        for (int k = 0; k < items.size(); ++k) {
            if (k == room - 1 && items.size() > room) {
                p.setPen(palette().text().color());
                p.drawText(QRectF(cell.left() + 4, y, cell.width() - 8, line),
                           Qt::AlignVCenter | Qt::AlignLeft,
                           tr("+%n more", nullptr, int(items.size()) - k));
                break;
            }
            if (k >= room)
                break;
            const DayItem &it = items.at(k);
            const QRectF r(cell.left() + 2, y, cell.width() - 4, line);
            p.setPen(it.flagged ? QPen(flagEdge, 2) : QPen(Qt::NoPen));
            p.setBrush(it.colour);
            p.drawRoundedRect(r, 3, 3);
            p.setPen(textOn(it.colour));
            p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(it.text, Qt::ElideRight, int(r.width()) - 8));
            m_labels.append(it.text);
            if (!it.change.isEmpty())
                m_blocks.append({it.change, r});
            y += line + 2;
        }
    }
}

void ChangeCalendar::paintWeek(QPainter &p)
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.lineSpacing();
    const qreal gutter = fm.horizontalAdvance(QStringLiteral("00:00")) + 10;
    const qreal header = line * 1.6;
    const QDate first = firstDay();
    const qint64 from = dayStart(first);
    const qint64 to = dayStart(first.addDays(7));
    const QList<Span> spans =
        spansIn(m_document->plan(), m_freezes, m_assessments, zone(), from, to);
    // An all-day row for exercises and the freezes' names.
    int allDay = 0;
    for (int d = 0; d < 7; ++d) {
        const qint64 a = dayStart(first.addDays(d));
        const qint64 b = dayStart(first.addDays(d + 1));
        int n = 0;
        for (const Span &s : spans)
            n += (s.kind == Span::Exercise || s.kind == Span::Freeze) && s.from < b && a < s.to;
        allDay = std::max(allDay, n);
    }
    const qreal allDayH = std::max(1, allDay) * (line + 2) + 4;
    const qreal top = header + allDayH;
    const qreal colW = (width() - gutter) / 7.0;
    const qreal hourH = (height() - top) / 24.0;
    const QLocale locale;
    const QDate today = QDate::currentDate();
    auto yOf = [&](const QDate &day, qint64 t) {
        const qint64 a = dayStart(day);
        const qint64 b = dayStart(day.addDays(1));
        const double frac = double(std::clamp(t, a, b) - a) / double(b - a);
        return top + frac * 24.0 * hourH;
    };
    p.setPen(palette().text().color());
    for (int h = 0; h < 24; h += 2)
        p.drawText(QRectF(0, top + h * hourH - line / 2.0, gutter - 4, line),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    for (int d = 0; d < 7; ++d) {
        const QDate day = first.addDays(d);
        const qreal x = gutter + d * colW;
        const qint64 a = dayStart(day);
        const qint64 b = dayStart(day.addDays(1));
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.setPen(day == today ? QColor(0xb0, 0x00, 0x20) : palette().text().color());
        p.drawText(QRectF(x, 0, colW, header), Qt::AlignCenter,
                   locale.toString(day, QStringLiteral("ddd d")));
        p.setFont(font());
        const QRectF column(x, top, colW, 24 * hourH);
        p.setPen(palette().mid().color());
        p.setBrush(Qt::NoBrush);
        p.drawRect(column);
        for (int h = 1; h < 24; ++h) {
            p.setPen(QColor(palette().mid().color().red(), palette().mid().color().green(),
                            palette().mid().color().blue(), h % 6 == 0 ? 160 : 60));
            p.drawLine(QPointF(x, top + h * hourH), QPointF(x + colW, top + h * hourH));
        }
        // Freezes as bands over their hours; maintenance as strips at the column's edges.
        qreal allY = header + 2;
        for (const Span &s : spans) {
            if (!(s.from < b && a < s.to))
                continue;
            const qreal y0 = yOf(day, s.from);
            const qreal y1 = yOf(day, s.to);
            if (s.kind == Span::Freeze) {
                p.fillRect(QRectF(x, y0, colW, y1 - y0), freezeTint);
                const QRectF r(x + 2, allY, colW - 4, line);
                p.fillRect(r, freezeEdge);
                p.setPen(Qt::white);
                p.drawText(r.adjusted(3, 0, -3, 0), Qt::AlignVCenter,
                           fm.elidedText(tr("Freeze: %1").arg(s.label), Qt::ElideRight,
                                         int(r.width()) - 6));
                m_labels.append(tr("Freeze: %1").arg(s.label));
                allY += line + 2;
            } else if (s.kind == Span::Exercise) {
                const QRectF r(x + 2, allY, colW - 4, line);
                p.setPen(Qt::NoPen);
                p.setBrush(exerciseColour);
                p.drawRoundedRect(r, 3, 3);
                p.setPen(Qt::white);
                p.drawText(r.adjusted(3, 0, -3, 0), Qt::AlignVCenter,
                           fm.elidedText(tr("Exercise: %1").arg(s.label), Qt::ElideRight,
                                         int(r.width()) - 6));
                m_labels.append(tr("Exercise: %1").arg(s.label));
                allY += line + 2;
            } else if (s.kind == Span::Agreed || s.kind == Span::Supplier) {
                const qreal sx = s.kind == Span::Agreed ? x + 1 : x + colW - 5;
                p.fillRect(QRectF(sx, y0, 4, std::max(2.0, y1 - y0)), s.colour);
                m_labels.append(s.label);
            }
        }
        // Changes in lanes, side by side where they overlap.
        QList<const Span *> changes;
        for (const Span &s : spans) {
            if (s.kind == Span::Change && s.from < b && a < s.to)
                changes.append(&s);
        }
        QList<qint64> laneEnds;
        QList<int> laneOf;
        for (const Span *s : std::as_const(changes)) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > s->from)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(s->to);
            else
                laneEnds[lane] = s->to;
            laneOf.append(lane);
        }
        const int lanes = std::max<int>(1, int(laneEnds.size()));
        const qreal laneW = (colW - 12) / lanes;
        for (int k = 0; k < changes.size(); ++k) {
            const Span &s = *changes.at(k);
            const qreal y0 = yOf(day, s.from);
            const qreal y1 = std::max(y0 + line, yOf(day, s.to));
            const QRectF r(x + 6 + laneOf.at(k) * laneW, y0, laneW - 2, y1 - y0);
            p.setPen(s.flagged ? QPen(flagEdge, 2) : QPen(s.colour.darker(130), 1));
            p.setBrush(s.colour);
            p.drawRoundedRect(r, 3, 3);
            p.setPen(textOn(s.colour));
            p.drawText(r.adjusted(3, 1, -3, -1), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                       fm.elidedText(s.label, Qt::ElideRight,
                                     int(r.width() - 6) * std::max(1, int(r.height() / line))));
            m_labels.append(s.label);
            m_blocks.append({s.change, r});
        }
    }
    // The change being dragged, where it would go.
    if (!m_dragging.isEmpty() && m_moved) {
        const QRectF from0 = changeRect(m_dragging);
        if (!from0.isNull()) {
            p.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(from0.translated(m_dragAt - m_pressAt), 3, 3);
        }
    }
}

void ChangeCalendar::paintAgenda(QPainter &p)
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.lineSpacing() + 4;
    const QLocale locale;
    const QTimeZone z = zone();
    const QDate first = firstDay();
    const qint64 from = dayStart(first);
    const qint64 to = dayStart(first.addDays(dayCount()));
    const QList<Span> spans = spansIn(m_document->plan(), m_freezes, m_assessments, z, from, to);
    qreal y = 4;
    const qreal timeW = fm.horizontalAdvance(QStringLiteral("00:00 – 00:00")) + 16;
    int drawn = 0;
    for (int d = 0; d < dayCount() && y < height(); ++d) {
        const QDate day = first.addDays(d);
        const qint64 a = dayStart(day);
        const qint64 b = dayStart(day.addDays(1));
        QList<const Span *> today;
        for (const Span &s : spans) {
            if (s.from < b && a < s.to && s.kind != Span::Agreed &&
                (s.kind != Span::Freeze || s.from >= a || d == 0))
                today.append(&s);
        }
        if (today.isEmpty())
            continue;
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().text().color());
        p.drawText(QRectF(8, y, width() - 16, line), Qt::AlignVCenter,
                   locale.toString(day, QLocale::LongFormat));
        p.setFont(font());
        y += line;
        for (const Span *s : std::as_const(today)) {
            const QString times =
                s->kind == Span::Exercise ? tr("all day")
                : s->kind == Span::Freeze
                    ? tr("until %1")
                          .arg(
                              QDateTime::fromMSecsSinceEpoch(s->to, z).date().toString(Qt::ISODate))
                    : QStringLiteral("%1 – %2").arg(
                          QDateTime::fromMSecsSinceEpoch(s->from, z)
                              .toString(QStringLiteral("HH:mm")),
                          QDateTime::fromMSecsSinceEpoch(s->to, z).toString(
                              QStringLiteral("HH:mm")));
            p.setPen(palette().text().color());
            p.drawText(QRectF(24, y, timeW, line), Qt::AlignVCenter, times);
            const QRectF swatch(24 + timeW, y + 4, line - 8, line - 8);
            p.fillRect(swatch, s->colour);
            QString text = s->label;
            if (s->kind == Span::Freeze)
                text = tr("Freeze: %1").arg(s->label);
            else if (s->kind == Span::Supplier)
                text = tr("Supplier: %1").arg(s->label);
            else if (s->kind == Span::Exercise)
                text = tr("Exercise: %1").arg(s->label);
            else if (m_assessments) {
                const auto it = m_assessments->constFind(s->change);
                if (it != m_assessments->constEnd()) {
                    text += QStringLiteral("  ·  ") + displayRisk(it->risk);
                    if (it->blocked)
                        text += QStringLiteral("  ·  ") + tr("blocked by a freeze");
                    else if (!it->blockedBy.isEmpty())
                        text += QStringLiteral("  ·  ") + tr("emergency change inside a freeze");
                    if (!it->conflicts.isEmpty())
                        text += QStringLiteral("  ·  ") +
                                tr("%n conflict(s)", nullptr, int(it->conflicts.size()));
                }
            }
            const QRectF r(24 + timeW + line, y, width() - 32 - timeW - line, line);
            p.drawText(r, Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, int(r.width())));
            m_labels.append(text);
            if (!s->change.isEmpty())
                m_blocks.append({s->change, QRectF(8, y, width() - 16, line)});
            y += line;
            ++drawn;
        }
        y += 4;
    }
    if (drawn == 0) {
        p.setPen(palette().text().color());
        p.drawText(rect(), Qt::AlignCenter, tr("Nothing planned in these four weeks."));
    }
}

void ChangeCalendar::paintLinks(QPainter &p)
{
    if (!m_assessments)
        return;
    p.setPen(QPen(QColor(0xb0, 0x00, 0x20), 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    for (const Block &b : std::as_const(m_blocks)) {
        const auto it = m_assessments->constFind(b.change);
        if (it == m_assessments->constEnd())
            continue;
        for (const ChangeConflict &c : it->conflicts) {
            if (c.kind != QLatin1String("change") || c.with < b.change)
                continue;
            const QRectF other = changeRect(c.with);
            if (other.isNull())
                continue;
            p.drawLine(b.rect.center(), other.center());
            ++m_links;
        }
    }
}

QDate ChangeCalendar::monthDayAt(const QPointF &pos) const
{
    const qreal header = fontMetrics().lineSpacing() * 1.6;
    if (pos.y() < header)
        return {};
    const int col = std::clamp(int(pos.x() / (width() / 7.0)), 0, 6);
    const int row = std::clamp(int((pos.y() - header) / ((height() - header) / 6.0)), 0, 5);
    return firstDay().addDays(row * 7 + col);
}

qint64 ChangeCalendar::weekTimeAt(const QPointF &pos) const
{
    // The same geometry as paintWeek(), read back from a change block's place.
    const QFontMetrics fm = fontMetrics();
    const qreal gutter = fm.horizontalAdvance(QStringLiteral("00:00")) + 10;
    // The grid's top is below the all-day row: computed as paintWeek() does.
    const int line = fm.lineSpacing();
    const QDate first = firstDay();
    const QList<Span> spans = spansIn(m_document->plan(), m_freezes, m_assessments, zone(),
                                      dayStart(first), dayStart(first.addDays(7)));
    int allDay = 0;
    for (int d = 0; d < 7; ++d) {
        const qint64 a = dayStart(first.addDays(d));
        const qint64 b = dayStart(first.addDays(d + 1));
        int n = 0;
        for (const Span &s : spans)
            n += (s.kind == Span::Exercise || s.kind == Span::Freeze) && s.from < b && a < s.to;
        allDay = std::max(allDay, n);
    }
    const qreal top = line * 1.6 + std::max(1, allDay) * (line + 2) + 4;
    const qreal hourH = (height() - top) / 24.0;
    if (pos.x() < gutter || pos.y() < top)
        return -1;
    const int col = std::clamp(int((pos.x() - gutter) / ((width() - gutter) / 7.0)), 0, 6);
    const double hours = std::clamp((pos.y() - top) / hourH, 0.0, 23.5);
    const qint64 half = qint64(std::round(hours * 2.0));
    return dayStart(first.addDays(col)) + half * HourMs / 2;
}

void ChangeCalendar::mousePressEvent(QMouseEvent *event)
{
    m_dragging = event->button() == Qt::LeftButton ? changeAt(event->position()) : QString();
    m_pressAt = event->position();
    m_dragAt = m_pressAt;
    m_moved = false;
    QWidget::mousePressEvent(event);
}

void ChangeCalendar::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging.isEmpty() || m_mode == Mode::Agenda || m_document->isReadOnly())
        return;
    m_dragAt = event->position();
    if ((m_dragAt - m_pressAt).manhattanLength() > 6)
        m_moved = true;
    if (m_moved)
        update();
}

void ChangeCalendar::mouseReleaseEvent(QMouseEvent *event)
{
    const QString id = m_dragging;
    m_dragging.clear();
    if (id.isEmpty())
        return;
    if (!m_moved) {
        emit changeActivated(id);
        return;
    }
    m_moved = false;
    const Change *c = m_document->change(id);
    if (!c || !c->plannedStart)
        return;
    const qint64 start = instantMs(*c->plannedStart).value_or(0);
    qint64 target = -1;
    if (m_mode == Mode::Month) {
        const QDate from = monthDayAt(m_pressAt);
        const QDate to = monthDayAt(event->position());
        if (from.isValid() && to.isValid())
            target = QDateTime::fromMSecsSinceEpoch(start, zone())
                         .addDays(from.daysTo(to))
                         .toMSecsSinceEpoch();
    } else if (m_mode == Mode::Week) {
        const qint64 pressed = weekTimeAt(m_pressAt);
        const qint64 released = weekTimeAt(event->position());
        if (pressed >= 0 && released >= 0)
            target = start + (released - pressed);
    }
    if (target >= 0)
        reschedule(id, target);
    update();
}

void ChangeCalendar::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = changeAt(event->position());
    if (!id.isEmpty())
        emit changeActivated(id);
}

} // namespace Continuity
