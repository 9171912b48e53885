// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "io/AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Continuity::Report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Report)
};

QString fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char *preferred : {"DejaVu Sans", "Liberation Sans", "Noto Sans"}) {
            if (families.contains(QLatin1String(preferred)))
                return QString::fromLatin1(preferred);
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

} // namespace

QFont font(double points, bool bold, bool italic)
{
    QFont f(fontFamily());
    f.setPixelSize(int(std::lround(points * LayoutUnit)));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Latin text needs no shaping; without it there are no ligatures, so "fi" and "ff" stay
    // two letters when the PDF is searched or its text copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

MarkupLine parseEmphasis(const QString &line)
{
    MarkupLine out;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        if (line.mid(i, 2) == QLatin1String("**")) {
            const qsizetype j = line.indexOf(QLatin1String("**"), i + 2);
            if (j > i + 2) {
                out.spans.append({out.text.size(), j - i - 2, true});
                out.text += line.mid(i + 2, j - i - 2);
                i = j + 2;
                continue;
            }
        }
        const QChar c = line.at(i);
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < n &&
            !line.at(i + 1).isSpace() && (i == 0 || !line.at(i - 1).isLetterOrNumber())) {
            const qsizetype j = line.indexOf(c, i + 1);
            if (j > i + 1 && !line.at(j - 1).isSpace() &&
                (j + 1 >= n || !line.at(j + 1).isLetterOrNumber())) {
                out.spans.append({out.text.size(), j - i - 1, false});
                out.text += line.mid(i + 1, j - i - 1);
                i = j + 1;
                continue;
            }
        }
        out.text += c;
        ++i;
    }
    return out;
}

QList<MarkupLine> parseMarkup(const QString &text)
{
    QList<MarkupLine> out;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QString body = line;
        QString marker;
        bool numbered = false;
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* ")) ||
            line.startsWith(QStringLiteral("• "))) {
            marker = QStringLiteral("•");
            body = line.mid(2).trimmed();
        } else {
            qsizetype digits = 0;
            while (digits < line.size() && digits < 4 && line.at(digits).isDigit())
                ++digits;
            if (digits > 0 && digits + 1 < line.size() &&
                (line.at(digits) == QLatin1Char('.') || line.at(digits) == QLatin1Char(')')) &&
                line.at(digits + 1).isSpace()) {
                marker = line.left(digits + 1);
                numbered = true;
                body = line.mid(digits + 2).trimmed();
            }
        }
        MarkupLine parsed = parseEmphasis(body);
        parsed.marker = marker;
        parsed.numbered = numbered;
        out.append(parsed);
    }
    return out;
}

namespace {

// Layout units: a tenth of a point, so that fonts can be given in whole pixel sizes and
// still be set at 9.5 pt, and so that hinting at small sizes does not change line widths.
constexpr double U = LayoutUnit;
constexpr double PageWidth = 595.28 * U; // A4
constexpr double PageHeight = 841.89 * U;
constexpr double MarginX = 50 * U;
constexpr double BodyTop = 62 * U;
constexpr double BodyBottom = PageHeight - 56 * U;
constexpr double BodyWidth = PageWidth - 2 * MarginX;
constexpr double CellPadX = 3.5 * U;
constexpr double CellPadY = 3 * U;
constexpr double ParaGap = 2 * U;
constexpr double BlockGap = 8 * U;
constexpr double BodyPt = 9;
constexpr double HeaderPt = 8;
constexpr double SmallPt = 7.5;

// One paragraph to lay out: text with bold/italic ranges, a list marker and a hanging indent.
struct Para
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    QString marker;
    double indent = 0;
    double points = BodyPt;
    bool bold = false;
};

void addRange(QList<QTextLayout::FormatRange> &formats, qsizetype start, qsizetype length,
              bool bold)
{
    if (length <= 0)
        return;
    QTextLayout::FormatRange range;
    range.start = int(start);
    range.length = int(length);
    if (bold)
        range.format.setFontWeight(QFont::Bold);
    else
        range.format.setFontItalic(true);
    formats.append(range);
}

void appendMarkup(QList<Para> &out, const QString &text, double points)
{
    for (const MarkupLine &line : parseMarkup(text)) {
        Para para;
        para.points = points;
        para.marker = line.marker;
        if (!line.marker.isEmpty())
            para.indent = (line.numbered ? 13 : 9) * U;
        para.text = line.text;
        for (const MarkupSpan &span : line.spans)
            addRange(para.formats, span.start, span.length, span.bold);
        out.append(para);
    }
}

QList<Para> cellParagraphs(const Cell &cell, Column::Kind kind, double points)
{
    QList<Para> out;
    for (const Part &part : cell) {
        if (part.text.isEmpty() && part.label.isEmpty())
            continue;
        if (kind == Column::Kind::Markup && !part.bold) {
            const qsizetype first = out.size();
            appendMarkup(out, part.text, points);
            if (!part.label.isEmpty()) {
                if (out.size() == first || !out.at(first).marker.isEmpty())
                    out.insert(first, Para{});
                Para &p = out[first];
                p.points = points;
                p.text.prepend(part.label);
                for (QTextLayout::FormatRange &r : p.formats)
                    r.start += int(part.label.size());
                addRange(p.formats, 0, part.label.size(), true);
            }
            continue;
        }
        const QStringList lines = QString(part.label + part.text).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            Para p;
            p.points = points;
            p.text = lines.at(i);
            p.bold = part.bold;
            if (i == 0 && !part.label.isEmpty())
                addRange(p.formats, 0, std::min(part.label.size(), p.text.size()), true);
            out.append(p);
        }
    }
    return out;
}

// Lays one paragraph out at width `width`, lines starting at y = 0. Returns its height.
double layoutPara(QTextLayout &layout, const Para &p, double width)
{
    layout.setFont(font(p.points, p.bold));
    layout.setText(p.text);
    layout.setFormats(p.formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    double y = 0;
    const double lineWidth = std::max(width - p.indent, 10 * U);
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(p.indent, y));
        y += line.height();
    }
    layout.endLayout();
    if (p.text.isEmpty())
        y = QFontMetricsF(font(p.points)).height();
    return y;
}

double measureParas(const QList<Para> &paras, double width)
{
    double height = 0;
    for (qsizetype i = 0; i < paras.size(); ++i) {
        QTextLayout layout;
        height += layoutPara(layout, paras.at(i), width) + (i > 0 ? ParaGap : 0);
    }
    return height;
}

double drawParas(QPainter *painter, const QList<Para> &paras, QPointF at, double width)
{
    double y = 0;
    for (qsizetype i = 0; i < paras.size(); ++i) {
        if (i > 0)
            y += ParaGap;
        const Para &p = paras.at(i);
        QTextLayout layout;
        const double h = layoutPara(layout, p, width);
        if (!p.marker.isEmpty() && layout.lineCount() > 0) {
            painter->setFont(font(p.points));
            const double ascent = layout.lineAt(0).ascent();
            painter->drawText(QPointF(at.x() + p.indent - (p.marker.size() > 1 ? 12 : 7) * U,
                                      at.y() + y + ascent),
                              p.marker);
        }
        layout.draw(painter, QPointF(at.x(), at.y() + y));
        y += h;
    }
    return y;
}

// ---- Tables ---------------------------------------------------------------------------------

QList<double> columnWidths(const Table &t)
{
    double total = 0;
    for (const Column &c : t.columns)
        total += c.width;
    QList<double> widths;
    for (const Column &c : t.columns)
        widths.append(total > 0 ? BodyWidth * c.width / total : 0);
    return widths;
}

double barAxisHeight()
{
    return QFontMetricsF(font(SmallPt)).height();
}

double rowHeight(const Table &t, const QList<double> &widths, qsizetype row)
{
    double h = 0;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        const Column::Kind kind = t.columns.at(c).kind;
        double cell = 0;
        if (kind == Column::Kind::CheckBox)
            cell = 9 * U;
        else if (kind == Column::Kind::Bar)
            cell = 8 * U;
        else if (c < t.rows.at(row).size())
            cell = measureParas(cellParagraphs(t.rows.at(row).at(c), kind, BodyPt),
                                widths.at(c) - 2 * CellPadX);
        h = std::max(h, cell);
    }
    return std::max(h + 2 * CellPadY, t.minRowHeight * U);
}

QList<Para> headerParas(const Column &c)
{
    Para p;
    p.text = c.header;
    p.bold = true;
    p.points = HeaderPt;
    return {p};
}

double headerHeight(const Table &t, const QList<double> &widths)
{
    if (!t.header)
        return 0;
    double h = 0;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        double cell = measureParas(headerParas(t.columns.at(c)), widths.at(c) - 2 * CellPadX);
        if (t.columns.at(c).kind == Column::Kind::Bar)
            cell = std::max(cell, barAxisHeight());
        h = std::max(h, cell);
    }
    return h + 2 * CellPadY;
}

double niceStep(double range)
{
    if (range <= 0)
        return 1;
    const double raw = range / 6;
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10 * magnitude;
}

void drawBarAxis(QPainter *painter, const Table &t, const QRectF &cell)
{
    if (t.barScale <= 0)
        return;
    painter->setFont(font(SmallPt));
    const double step = niceStep(t.barScale);
    const QFontMetricsF fm(painter->font());
    for (double v = 0; v <= t.barScale + 1e-9; v += step) {
        const double x = cell.left() + CellPadX + (cell.width() - 2 * CellPadX) * v / t.barScale;
        const QString label = QLocale().toString(v, 'g', 4) +
                              (t.barUnit.isEmpty() ? QString() : QLatin1Char(' ') + t.barUnit);
        const double w = fm.horizontalAdvance(label);
        const double left = std::clamp(x - w / 2, cell.left() + 1 * U, cell.right() - w - 1 * U);
        painter->drawText(QPointF(left, cell.bottom() - CellPadY - fm.descent()), label);
    }
}

void drawBar(QPainter *painter, const Table &t, const Bar &bar, const QRectF &cell)
{
    if (t.barScale <= 0)
        return;
    const double inner = cell.width() - 2 * CellPadX;
    const double step = niceStep(t.barScale);
    painter->save();
    painter->setPen(QPen(QColor(190, 190, 190), 0.4 * U, Qt::DotLine));
    for (double v = step; v < t.barScale - 1e-9; v += step) {
        const double x = cell.left() + CellPadX + inner * v / t.barScale;
        painter->drawLine(QPointF(x, cell.top()), QPointF(x, cell.bottom()));
    }
    const double x0 = cell.left() + CellPadX + inner * bar.start / t.barScale;
    const double w = std::max(inner * bar.length / t.barScale, 1.0 * U);
    const QRectF r(x0, cell.center().y() - 3.5 * U, w, 7 * U);
    painter->setPen(QPen(Qt::black, 0.6 * U));
    painter->setBrush(QColor(150, 150, 150));
    painter->drawRect(r);
    painter->restore();
}

void drawRow(QPainter *painter, const Table &t, const QList<double> &widths, qsizetype row,
             double top, double height, bool header)
{
    double x = MarginX;
    if (header) {
        painter->fillRect(QRectF(MarginX, top, BodyWidth, height), QColor(225, 225, 225));
    }
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        const Column &column = t.columns.at(c);
        const QRectF cell(x, top, widths.at(c), height);
        const int fill = !header && row < t.fills.size() && c < t.fills.at(row).size()
                             ? t.fills.at(row).at(c)
                             : -1;
        if (fill >= 0)
            painter->fillRect(cell, QColor::fromRgb(QRgb(fill)));
        painter->setPen(fill >= 0 && qGray(QRgb(fill)) < 110 ? Qt::white : Qt::black);
        if (header) {
            if (column.kind == Column::Kind::Bar)
                drawBarAxis(painter, t, cell);
            else
                drawParas(painter, headerParas(column), QPointF(x + CellPadX, top + CellPadY),
                          widths.at(c) - 2 * CellPadX);
        } else if (column.kind == Column::Kind::CheckBox) {
            const double side = 8 * U;
            painter->save();
            painter->setPen(QPen(Qt::black, 0.8 * U));
            painter->setBrush(Qt::white);
            painter->drawRect(
                QRectF(cell.center().x() - side / 2, top + CellPadY + 0.5 * U, side, side));
            painter->restore();
        } else if (column.kind == Column::Kind::Bar) {
            if (row < t.bars.size())
                drawBar(painter, t, t.bars.at(row), cell);
        } else if (c < t.rows.at(row).size()) {
            drawParas(painter, cellParagraphs(t.rows.at(row).at(c), column.kind, BodyPt),
                      QPointF(x + CellPadX, top + CellPadY), widths.at(c) - 2 * CellPadX);
        }
        x += widths.at(c);
    }
    painter->setPen(Qt::black);
    if (t.grid) {
        painter->save();
        painter->setPen(QPen(Qt::black, (header ? 0.8 : 0.5) * U));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(MarginX, top, BodyWidth, height));
        double gx = MarginX;
        for (qsizetype c = 0; c + 1 < t.columns.size(); ++c) {
            gx += widths.at(c);
            painter->drawLine(QPointF(gx, top), QPointF(gx, top + height));
        }
        painter->restore();
    }
}

// ---- Pagination -----------------------------------------------------------------------------

// What one page shows of a block: rows [rowBegin, rowEnd) of a table (or the whole block),
// starting at y; a row taller than a page is shown in parts, `skip` being the part already
// shown on earlier pages.
struct Slice
{
    qsizetype block = 0;
    qsizetype rowBegin = 0;
    qsizetype rowEnd = 0;
    double y = 0;
    double skip = 0;
    double lastHeight = 0; // height shown of the last row (the part of a split row)
};

struct Heading
{
    QString text;
    int page = 0;
};

double singleLineHeight(double points, bool bold = false)
{
    return QFontMetricsF(font(points, bold)).height();
}

double blockHeight(const Block &b, qsizetype headingCount)
{
    switch (b.kind) {
    case Block::Kind::Title:
        return measureParas({Para{b.text, {}, {}, 0, 22, true}}, BodyWidth);
    case Block::Kind::Subtitle:
        return measureParas({Para{b.text, {}, {}, 0, 12, false}}, BodyWidth);
    case Block::Kind::Heading:
        return measureParas({Para{b.text, {}, {}, 0, 13, true}}, BodyWidth) + 2 * U;
    case Block::Kind::Subheading:
        return measureParas({Para{b.text, {}, {}, 0, BodyPt + 1, true}}, BodyWidth) + 2 * U;
    case Block::Kind::Contents:
        return singleLineHeight(13, true) + 4 * U +
               double(headingCount) * (singleLineHeight(BodyPt + 1) + 3 * U);
    case Block::Kind::Spacer:
        return b.space * U;
    case Block::Kind::Figure:
        return b.figure.height * U;
    default:
        return 0;
    }
}

// A Paragraph block is laid out as a one-column table without grid, so that a long text
// breaks across pages like table rows do.
Table paragraphTable(const Block &b)
{
    Table t;
    t.columns = {{QString(), 1, Column::Kind::Markup}};
    t.header = false;
    t.grid = false;
    for (const QString &piece : b.text.split(QStringLiteral("\n\n"))) {
        if (!piece.trimmed().isEmpty())
            t.rows.append(QList<Cell>{Cell{Part{QString(), piece, false}}});
    }
    return t;
}

class Paginator
{
public:
    explicit Paginator(const Document &d)
        : m_document(d)
    {
        for (const Block &b : d.blocks) {
            if (b.kind == Block::Kind::Heading)
                m_headings.append({b.text, 0});
        }
    }

    // The pages; empty when `cancelled` (asked between blocks) says so.
    QList<QList<Slice>> run(const std::function<bool()> &cancelled = {})
    {
        newPage();
        qsizetype heading = 0;
        for (qsizetype i = 0; i < m_document.blocks.size(); ++i) {
            if (cancelled && cancelled())
                return {};
            const Block &b = m_document.blocks.at(i);
            if (b.kind == Block::Kind::PageBreak) {
                if (!m_pages.last().isEmpty())
                    newPage();
                continue;
            }
            if (b.kind == Block::Kind::Table || b.kind == Block::Kind::Paragraph) {
                placeTable(i, b.kind == Block::Kind::Table ? b.table : paragraphTable(b));
                continue;
            }
            if (b.kind == Block::Kind::Contents) {
                placeContents(i);
                continue;
            }
            const double h = blockHeight(b, m_headings.size());
            // A heading keeps at least a few lines of what follows with it.
            double keep =
                b.kind == Block::Kind::Heading || b.kind == Block::Kind::Subheading ? 60 * U : 0;
            // ... the whole of a figure (a figure is never split).
            if (keep > 0 && i + 1 < m_document.blocks.size() &&
                m_document.blocks.at(i + 1).kind == Block::Kind::Figure)
                keep = std::max(keep, blockHeight(m_document.blocks.at(i + 1), 0) + BlockGap);
            if (m_y + h + keep > BodyBottom && !m_pages.last().isEmpty())
                newPage();
            if (b.kind == Block::Kind::Heading)
                m_headings[heading++].page = int(m_pages.size());
            m_pages.last().append({i, 0, 0, m_y, 0, h});
            m_y += h + (b.kind == Block::Kind::Spacer ? 0 : BlockGap / 2);
        }
        return m_pages;
    }

    const QList<Heading> &headings() const { return m_headings; }

private:
    void newPage()
    {
        m_pages.append(QList<Slice>());
        m_y = BodyTop;
    }

    // The contents over as many pages as its lines need: slices of heading indexes
    // [rowBegin, rowEnd), the title on the first.
    void placeContents(qsizetype block)
    {
        const double title = singleLineHeight(13, true) + 4 * U;
        const double line = singleLineHeight(BodyPt + 1) + 3 * U;
        const qsizetype count = m_headings.size();
        qsizetype next = 0;
        bool first = true;
        while (first || next < count) {
            const double top = m_y + (first ? title : 0);
            qsizetype fits = qsizetype((BodyBottom - top) / line);
            if (fits < 1 && !m_pages.last().isEmpty()) {
                newPage();
                continue;
            }
            fits = std::max<qsizetype>(fits, 1);
            const qsizetype end = std::min(count, next + fits);
            m_pages.last().append({block, next, end, m_y, first ? 0.0 : 1.0, 0});
            m_y = top + double(end - next) * line + BlockGap / 2;
            next = end;
            first = false;
            if (next < count)
                newPage();
        }
    }

    void placeTable(qsizetype block, const Table &t)
    {
        const QList<double> widths = columnWidths(t);
        const double head = headerHeight(t, widths);
        qsizetype row = 0;
        double skip = 0;
        const qsizetype rows = t.rows.size();
        while (row < rows) {
            // Start the table (or its continuation) where there is room for the header and
            // some of a row; otherwise on the next page.
            if (m_y + head + 24 * U > BodyBottom && m_y > BodyTop)
                newPage();
            Slice slice{block, row, row, m_y, skip, 0};
            double y = m_y + head;
            while (row < rows) {
                const double h = rowHeight(t, widths, row) - skip;
                if (y + h <= BodyBottom) {
                    y += h;
                    slice.lastHeight = h;
                    skip = 0;
                    ++row;
                    continue;
                }
                if (row == slice.rowBegin && (y == m_y + head) && y + 24 * U <= BodyBottom) {
                    // A row taller than the rest of a fresh page: show what fits, go on.
                    const double part = BodyBottom - y;
                    slice.lastHeight = part;
                    skip += part;
                    y = BodyBottom;
                    slice.rowEnd = row + 1;
                    break;
                }
                break;
            }
            if (slice.rowEnd < row)
                slice.rowEnd = row;
            if (slice.rowEnd > slice.rowBegin) {
                m_pages.last().append(slice);
                m_y = y + BlockGap;
            }
            if (row < rows)
                newPage();
        }
    }

    const Document &m_document;
    QList<QList<Slice>> m_pages;
    QList<Heading> m_headings;
    double m_y = BodyTop;
};

void drawChrome(QPainter *painter, const Document &d, int page, int pages)
{
    painter->save();
    painter->setPen(Qt::black);
    painter->setFont(font(SmallPt));
    const QFontMetricsF fm(painter->font());
    const double headerBase = 36 * U;
    const double half = BodyWidth / 2 - 6 * U;
    painter->drawText(QPointF(MarginX, headerBase),
                      fm.elidedText(d.headerLeft, Qt::ElideRight, half));
    const QString right = fm.elidedText(d.headerRight, Qt::ElideRight, half);
    painter->drawText(QPointF(MarginX + BodyWidth - fm.horizontalAdvance(right), headerBase),
                      right);
    painter->setPen(QPen(Qt::black, 0.5 * U));
    painter->drawLine(QPointF(MarginX, headerBase + 5 * U),
                      QPointF(MarginX + BodyWidth, headerBase + 5 * U));
    const double footerBase = PageHeight - 32 * U;
    painter->drawLine(QPointF(MarginX, footerBase - 11 * U),
                      QPointF(MarginX + BodyWidth, footerBase - 11 * U));
    double leftWidth = half;
    if (!d.footerAudit.isEmpty()) {
        const QString audit = Tr::tr("Audit trail %1").arg(d.footerAudit);
        const double width = fm.horizontalAdvance(audit);
        painter->drawText(QPointF(MarginX + (BodyWidth - width) / 2, footerBase), audit);
        leftWidth = (BodyWidth - width) / 2 - 6 * U;
    }
    painter->drawText(QPointF(MarginX, footerBase),
                      fm.elidedText(d.footerLeft, Qt::ElideRight, leftWidth));
    const QString pageText = Tr::tr("Page %1 of %2").arg(page).arg(pages);
    painter->drawText(QPointF(MarginX + BodyWidth - fm.horizontalAdvance(pageText), footerBase),
                      pageText);
    painter->restore();
}

void drawContents(QPainter *painter, const QList<Heading> &all, double top, qsizetype begin,
                  qsizetype end, bool withTitle)
{
    painter->save();
    double y = top;
    if (withTitle)
        y += drawParas(painter, {Para{Tr::tr("Contents"), {}, {}, 0, 13, true}},
                       QPointF(MarginX, top), BodyWidth) +
             4 * U;
    const QList<Heading> headings = all.mid(begin, end - begin);
    painter->setFont(font(BodyPt + 1));
    const QFontMetricsF fm(painter->font());
    const double lineHeight = fm.height() + 3 * U;
    for (const Heading &h : headings) {
        const QString page = QString::number(h.page);
        const double pageWidth = fm.horizontalAdvance(page);
        const QString text = fm.elidedText(h.text, Qt::ElideRight, BodyWidth - pageWidth - 30 * U);
        const double baseline = y + fm.ascent();
        painter->drawText(QPointF(MarginX, baseline), text);
        painter->drawText(QPointF(MarginX + BodyWidth - pageWidth, baseline), page);
        painter->setPen(QPen(Qt::black, 0.5 * U, Qt::DotLine));
        painter->drawLine(QPointF(MarginX + fm.horizontalAdvance(text) + 4 * U, baseline),
                          QPointF(MarginX + BodyWidth - pageWidth - 4 * U, baseline));
        painter->setPen(Qt::black);
        y += lineHeight;
    }
    painter->restore();
}

void drawSlice(QPainter *painter, const Document &d, const Slice &s, const QList<Heading> &headings)
{
    const Block &b = d.blocks.at(s.block);
    switch (b.kind) {
    case Block::Kind::Title:
        drawParas(painter, {Para{b.text, {}, {}, 0, 22, true}}, QPointF(MarginX, s.y), BodyWidth);
        return;
    case Block::Kind::Subtitle:
        drawParas(painter, {Para{b.text, {}, {}, 0, 12, false}}, QPointF(MarginX, s.y), BodyWidth);
        return;
    case Block::Kind::Heading:
        drawParas(painter, {Para{b.text, {}, {}, 0, 13, true}}, QPointF(MarginX, s.y), BodyWidth);
        return;
    case Block::Kind::Subheading:
        drawParas(painter, {Para{b.text, {}, {}, 0, BodyPt + 1, true}},
                  QPointF(MarginX, s.y + 2 * U), BodyWidth);
        return;
    case Block::Kind::Contents:
        drawContents(painter, headings, s.y, s.rowBegin, s.rowEnd, s.skip == 0);
        return;
    case Block::Kind::Figure:
        if (b.figure.paint) {
            painter->save();
            const QRectF area(MarginX, s.y, BodyWidth, b.figure.height * U);
            painter->setClipRect(area.adjusted(-2 * U, -2 * U, 2 * U, 2 * U));
            b.figure.paint(painter, area);
            painter->restore();
        }
        return;
    case Block::Kind::Table:
    case Block::Kind::Paragraph: {
        const Table t = b.kind == Block::Kind::Table ? b.table : paragraphTable(b);
        const QList<double> widths = columnWidths(t);
        double y = s.y;
        if (t.header) {
            const double head = headerHeight(t, widths);
            drawRow(painter, t, widths, -1, y, head, true);
            y += head;
        }
        for (qsizetype r = s.rowBegin; r < s.rowEnd; ++r) {
            const double full = rowHeight(t, widths, r);
            const double skip = r == s.rowBegin ? s.skip : 0;
            const double shown = r + 1 == s.rowEnd ? s.lastHeight : full - skip;
            if (skip > 0 || shown < full - skip - 0.01) {
                // Part of a row taller than a page.
                painter->save();
                painter->setClipRect(QRectF(MarginX - 2 * U, y, BodyWidth + 4 * U, shown));
                drawRow(painter, t, widths, r, y - skip, full, false);
                painter->restore();
            } else {
                drawRow(painter, t, widths, r, y, full, false);
            }
            y += shown;
        }
        return;
    }
    default:
        return;
    }
}

} // namespace

struct PagedReport::Data
{
    Document document;
    QList<QList<Slice>> pages;
    QList<Heading> headings;
};

PagedReport::PagedReport()
    : d(std::make_unique<Data>())
{}

PagedReport::~PagedReport() = default;

std::shared_ptr<const PagedReport> PagedReport::layOut(Document document,
                                                       const std::function<bool()> &cancelled)
{
    std::shared_ptr<PagedReport> report(new PagedReport);
    report->d->document = std::move(document);
    Paginator paginator(report->d->document);
    report->d->pages = paginator.run(cancelled);
    if (report->d->pages.isEmpty())
        return nullptr;
    report->d->headings = paginator.headings();
    return report;
}

int PagedReport::pageCount() const
{
    return int(d->pages.size());
}

double PagedReport::pageWidthPoints()
{
    return PageWidth / U;
}

double PagedReport::pageHeightPoints()
{
    return PageHeight / U;
}

void PagedReport::paintPage(QPainter *painter, int index, double pixelsPerPoint) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter->save();
    painter->scale(pixelsPerPoint / U, pixelsPerPoint / U);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::black);
    for (const Slice &s : d->pages.at(index))
        drawSlice(painter, d->document, s, d->headings);
    drawChrome(painter, d->document, index + 1, pageCount());
    painter->restore();
}

int render(const Document &document, QPagedPaintDevice *device, const Progress &progress)
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const std::shared_ptr<const PagedReport> report = PagedReport::layOut(document);
    if (!report)
        return 0;
    const int count = report->pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double pixelsPerPoint = device->logicalDpiX() / 72.0;
    for (int p = 0; p < count; ++p) {
        if (p > 0 && !device->newPage()) {
            painter.end();
            return 0;
        }
        report->paintPage(&painter, p, pixelsPerPoint);
        if (progress && !progress(p + 1, count)) {
            painter.end();
            return 0;
        }
    }
    painter.end();
    return count;
}

bool writePdf(const Document &document, const QString &path, const QString &pdfTitle,
              QString *errorMessage, const Progress &progress, int *pageCount)
{
    // Drawn in memory, then written whole or not at all (AtomicFile): a cancelled or failed
    // report, or a full disk, leaves no half-written file and an existing one untouched.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    bool cancelled = false;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(720);
        writer.setTitle(pdfTitle);
        writer.setCreator(QStringLiteral("Continuity"));
        pages = render(document, &writer, [&](int page, int count) {
            cancelled = progress && !progress(page, count);
            return !cancelled;
        });
    }
    buffer.close();
    if (pages == 0) {
        if (errorMessage)
            *errorMessage = cancelled ? Tr::tr("The report was cancelled.")
                                      : Tr::tr("%1 cannot be written.").arg(path);
        return false;
    }
    if (!AtomicFile::write(path, buffer.data(), errorMessage))
        return false;
    if (pageCount)
        *pageCount = pages;
    return true;
}

} // namespace Continuity::Report
