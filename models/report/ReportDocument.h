// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QFont;
class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace Continuity::Report {

// A printed report as a flow of blocks that ReportRenderer lays out into pages (docs/reports.md).
// Every string is user text drawn as plain text: nothing is ever read as HTML, so a name like
// `<img src="/etc/passwd">` prints exactly so and no file is ever loaded.

// One paragraph-ish piece of a table cell: an optional bold label, then the text. In a Markup
// column the text may hold lists ("- ", "* ", "1. ") and emphasis (*word*, **word**).
struct Part
{
    QString label;
    QString text;
    bool bold = false;
};
using Cell = QList<Part>;

struct Column
{
    enum class Kind { Text, Markup, CheckBox, Bar };
    QString header;
    double width = 1; // share of the table's width
    Kind kind = Kind::Text;
};

// A bar of a Bar column: from `start` for `length`, on a scale of 0..Table::barScale.
struct Bar
{
    double start = 0;
    double length = 0;
};

struct Table
{
    QList<Column> columns;
    QList<QList<Cell>> rows; // a cell per column (CheckBox and Bar columns: any, unused)
    QList<Bar> bars;         // per row, when there is a Bar column
    double barScale = 0;     // the value at the right end of a Bar column
    QString barUnit;         // "h": ticks are labelled "2 h"
    // Per row, per column: a background as 0xRRGGBB, or -1 for none (a heat map). Text on a
    // dark background is drawn white.
    QList<QList<int>> fills;
    bool header = true; // repeated at the top of every page the table continues on
    bool grid = true;
    double minRowHeight = 0; // points; room to write by hand (sign-off)
};

// One line of a Markup text as both writers (PDF and ODT) read it: a list marker ("•" for "- ",
// "* " and "• "; "3." for "3. " or "3) "), the text without it, and its **strong** and *emphasis*
// (or _emphasis_) ranges in that text; markers that do not pair stay as typed.
struct MarkupSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool bold = false; // else italic
};
struct MarkupLine
{
    QString marker;
    bool numbered = false;
    QString text;
    QList<MarkupSpan> spans;
};
// The non-empty lines of `text`.
QList<MarkupLine> parseMarkup(const QString &text);
// The emphasis of one line without list markers.
MarkupLine parseEmphasis(const QString &line);

// Figures paint in layout units, a tenth of a point: a 9 pt label is font(9), 1 pt is 10 units.
inline constexpr double LayoutUnit = 10;
// The reports' typeface at `points` (in layout units), for figures to label with.
QFont font(double points, bool bold = false, bool italic = false);

// A drawing in the flow of blocks, the body's width wide and `height` points high: a chart.
// `paint` draws with QPainter alone (vector in a PDF, an image in an ODT), on whatever thread
// renders the report, into the rectangle it is given (layout units).
struct Figure
{
    double height = 0;
    std::function<void(QPainter *, const QRectF &)> paint;
    QString description; // what it shows, in words (the ODT's alternative text)
};

struct Block
{
    enum class Kind {
        Title,
        Subtitle,
        Heading,
        Subheading, // under a heading: smaller, not in the contents, kept with what follows
        Paragraph,
        Table,
        Contents,
        PageBreak,
        Spacer,
        Figure,
    };
    Kind kind = Kind::Paragraph;
    QString text;         // Title, Subtitle, Heading: plain; Paragraph: markup
    Table table;          // Kind::Table
    double space = 0;     // Kind::Spacer: points
    struct Figure figure; // Kind::Figure
};

struct Document
{
    QString headerLeft;  // e.g. the plan's name
    QString headerRight; // e.g. the runbook's title and version
    QString footerLeft;  // e.g. "Printed 2026-11-27 10:04"
    // The plan's audit head when the report was made ("#42 3fa2b4c5d6e7", Audit::Head), printed
    // in the middle of every footer so that a paper copy anchors the trail (PRODUCT §14).
    QString footerAudit;
    QList<Block> blocks;

    void title(const QString &text) { blocks.append({Block::Kind::Title, text, {}, 0, {}}); }
    void subtitle(const QString &text) { blocks.append({Block::Kind::Subtitle, text, {}, 0, {}}); }
    void heading(const QString &text) { blocks.append({Block::Kind::Heading, text, {}, 0, {}}); }
    void subheading(const QString &text)
    {
        blocks.append({Block::Kind::Subheading, text, {}, 0, {}});
    }
    void paragraph(const QString &markup)
    {
        blocks.append({Block::Kind::Paragraph, markup, {}, 0, {}});
    }
    void table(Table t) { blocks.append({Block::Kind::Table, {}, std::move(t), 0, {}}); }
    // Text printed exactly as given, with no markup read (user text such as a description or
    // a sentence naming processes); blank lines separate paragraphs.
    void plain(const QString &text)
    {
        Table t;
        t.columns = {{QString(), 1, Column::Kind::Text}};
        t.header = false;
        t.grid = false;
        for (const QString &piece : text.split(QStringLiteral("\n\n"))) {
            if (!piece.trimmed().isEmpty())
                t.rows.append(QList<Cell>{Cell{Part{QString(), piece, false}}});
        }
        table(std::move(t));
    }
    void contents() { blocks.append({Block::Kind::Contents, {}, {}, 0, {}}); }
    void pageBreak() { blocks.append({Block::Kind::PageBreak, {}, {}, 0, {}}); }
    void spacer(double points) { blocks.append({Block::Kind::Spacer, {}, {}, points, {}}); }
    void figure(Figure f) { blocks.append({Block::Kind::Figure, {}, {}, 0, std::move(f)}); }
};

// Called after each page with (page, pages); false cancels.
using Progress = std::function<bool(int page, int pages)>;

// Lays `document` out on A4 portrait pages of `device` (a QPdfWriter or a QPrinter) and paints
// them. Memory holds one page's layout at a time: text is laid out to measure, then again to
// paint. Returns the page count, 0 when cancelled or when the device cannot be painted on.
int render(const Document &document, QPagedPaintDevice *device, const Progress &progress = {});

// A report laid out on A4 portrait pages, any of which can then be painted on its own, from
// any thread and as often as wanted: how the window's print preview shows the pages a user
// looks at and prints them, all of it off the GUI thread (docs/reports.md).
class PagedReport
{
public:
    ~PagedReport();
    PagedReport(const PagedReport &) = delete;
    PagedReport &operator=(const PagedReport &) = delete;

    // Lays `document` out (the costly part: every text measured); nullptr when `cancelled`
    // says so between blocks.
    static std::shared_ptr<const PagedReport> layOut(Document document,
                                                     const std::function<bool()> &cancelled = {});
    int pageCount() const;
    // The A4 page in points (1/72 inch): 595.28 x 841.89.
    static double pageWidthPoints();
    static double pageHeightPoints();
    // Paints page `index` (from 0) with its header and footer, the page's top left corner at
    // the painter's origin and one point being `pixelsPerPoint` device units.
    void paintPage(QPainter *painter, int index, double pixelsPerPoint) const;

private:
    PagedReport();
    struct Data;
    std::unique_ptr<Data> d;
};

// render() into a PDF file; false and a message when it cannot be written or was cancelled.
bool writePdf(const Document &document, const QString &path, const QString &pdfTitle,
              QString *errorMessage, const Progress &progress = {}, int *pageCount = nullptr);

} // namespace Continuity::Report
