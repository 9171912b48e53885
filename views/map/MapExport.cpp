// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapExport.h"

#include "MapLegend.h"
#include "MapScene.h"

#include "io/AtomicFile.h"
#include "io/TextSafety.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>

#include <cmath>

namespace Continuity::MapExport {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::MapExport)
};

constexpr double Margin = 36;
constexpr double HeaderHeight = 56;
constexpr double FooterHeight = 40;
constexpr double MaxPixels = 16000;      // per side of a PNG
constexpr double MaxArea = 24'000'000.0; // pixels: under Qt's 128 MB image reading limit

// Title, the map, and the legend under it, in scene units scaled by `scale`.
void paintPage(QPainter *painter, MapScene *scene, const QRectF &source, const QString &title,
               double scale)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF page(0, 0, source.width() * scale + 2 * Margin,
                      source.height() * scale + 2 * Margin + HeaderHeight + FooterHeight);
    painter->fillRect(page, Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(22);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x21, 0x21, 0x21));
    painter->drawText(QRectF(Margin, Margin / 2, page.width() - 2 * Margin, 30),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    font.setPixelSize(13);
    font.setBold(false);
    painter->setFont(font);
    QString subtitle = Tr::tr("Dependency map drawn %1 · nodes shown: %2")
                           .arg(QDate::currentDate().toString(Qt::ISODate))
                           .arg(scene->shownNodeCount());
    if (const QString scenario = scenarioLine(scene); !scenario.isEmpty())
        subtitle = scenario + QStringLiteral(" · ") + subtitle;
    painter->drawText(
        QRectF(Margin, Margin / 2 + 28, page.width() - 2 * Margin, 20),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetricsF(font).elidedText(subtitle, Qt::ElideRight, page.width() - 2 * Margin));
    const QRectF target(Margin, Margin + HeaderHeight, source.width() * scale,
                        source.height() * scale);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
    font.setPixelSize(12);
    painter->setFont(font);
    MapLegend::paint(painter, QPointF(Margin, target.bottom() + 14), scene->colourMode(), true);
}

// Wall prints, in points (the PDF is written at 72 dots per inch).
constexpr double PaperMargin = 28; // about 10 mm: what most printers cannot reach
constexpr double PageHeader = 24;
constexpr double PageFooter = 18;
constexpr double Overlap = 28; // the glue strip each page shares with its neighbour
constexpr int MaxWallPages = 64;
constexpr double SourcePadding = 20;

QRectF wallSource(MapScene *scene)
{
    return scene->contentRect().adjusted(-SourcePadding, -SourcePadding, SourcePadding,
                                         SourcePadding);
}

QSizeF landscape(QPageSize::PageSizeId paper)
{
    const QSizeF size = QPageSize(paper).size(QPageSize::Point);
    return QSizeF(std::max(size.width(), size.height()), std::min(size.width(), size.height()));
}

// Where the map goes on every page.
QRectF mapArea(const QSizeF &page)
{
    return QRectF(PaperMargin, PaperMargin + PageHeader, page.width() - 2 * PaperMargin,
                  page.height() - 2 * PaperMargin - PageHeader - PageFooter);
}

int pagesFor(double length, double window)
{
    if (length <= window)
        return 1;
    return int(std::ceil((length - Overlap) / (window - Overlap)));
}

// "B3": rows by letter, columns by number, as on a street map.
QString pageName(int row, int column)
{
    QString letters;
    for (int r = row + 1; r > 0; r = (r - 1) / 26)
        letters.prepend(QChar(u'A' + (r - 1) % 26));
    return letters + QString::number(column + 1);
}

void drawHeader(QPainter *painter, const QSizeF &page, const QString &left, const QString &right)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x21, 0x21, 0x21));
    const QFontMetricsF metrics(font, painter->device());
    const double rightWidth = metrics.horizontalAdvance(right) + 4;
    const QRectF line(PaperMargin, PaperMargin, page.width() - 2 * PaperMargin, PageHeader - 6);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, right);
    painter->drawText(line.adjusted(0, 0, -rightWidth - 16, 0),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      metrics.elidedText(left, Qt::ElideRight, line.width() - rightWidth - 16));
}

void drawFooter(QPainter *painter, const QSizeF &page, const QString &text)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(8);
    painter->setFont(font);
    painter->setPen(QColor(0x61, 0x61, 0x61));
    const QRectF line(PaperMargin, page.height() - PaperMargin - PageFooter + 4,
                      page.width() - 2 * PaperMargin, PageFooter - 4);
    painter->drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetricsF(font, painter->device()).elidedText(text, Qt::ElideRight, line.width()));
}

QString titleLine(MapScene *scene, const QString &title)
{
    const QString scenario = scenarioLine(scene);
    return scenario.isEmpty() ? title : Tr::tr("%1 — %2").arg(title, scenario);
}

// Page 1: the whole map with the grid of pages over it, and the legend.
void paintAssembly(QPainter *painter, MapScene *scene, const QSizeF &page, const QString &title,
                   const WallPrintPages &pages, const QRectF &source, const QString &paperName)
{
    drawHeader(painter, page, titleLine(scene, title), Tr::tr("Assembly plan"));
    QRectF area = mapArea(page);
    area.setBottom(area.bottom() - 40); // room for the legend
    // The grid covers the map and the unused rest of the last row and column of pages.
    const QRectF window = mapArea(page);
    const double stepX = (window.width() - Overlap) / pages.scale;
    const double stepY = (window.height() - Overlap) / pages.scale;
    const QRectF grid(source.topLeft(), QSizeF(pages.across * stepX + Overlap / pages.scale,
                                               pages.down * stepY + Overlap / pages.scale));
    const double fit = std::min(area.width() / grid.width(), area.height() / grid.height());
    const QRectF target(area.center().x() - grid.width() * fit / 2,
                        area.center().y() - grid.height() * fit / 2, grid.width() * fit,
                        grid.height() * fit);
    scene->render(painter, QRectF(target.topLeft(), source.size() * fit), source,
                  Qt::IgnoreAspectRatio);

    // The grid: each page's part of the map, named as on the page itself.
    const double cellW = window.width() / pages.scale * fit;
    const double cellH = window.height() / pages.scale * fit;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(int(std::clamp(std::min(stepX, stepY) * fit / 4, 9.0, 36.0)));
    painter->setFont(font);
    for (int row = 0; row < pages.down; ++row) {
        for (int column = 0; column < pages.across; ++column) {
            const QRectF cell(target.left() + column * stepX * fit,
                              target.top() + row * stepY * fit, cellW, cellH);
            painter->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(cell);
            painter->setPen(QColor(0x1e, 0x88, 0xe5, 150));
            painter->drawText(QRectF(cell.topLeft(), QSizeF(stepX * fit, stepY * fit)),
                              Qt::AlignCenter, pageName(row, column));
        }
    }
    // The legend in a row, smaller when the paper is narrower than it.
    QFont legendFont(QStringLiteral("DejaVu Sans"));
    legendFont.setPixelSize(10);
    QSizeF legendSize;
    {
        QPicture measured;
        QPainter measure(&measured);
        measure.setFont(legendFont);
        legendSize = MapLegend::paint(&measure, QPointF(0, 0), scene->colourMode(), true);
    }
    const double legendScale =
        std::min(1.0, (page.width() - 2 * PaperMargin) / std::max(1.0, legendSize.width()));
    painter->save();
    painter->translate(PaperMargin, area.bottom() + 14);
    painter->scale(legendScale, legendScale);
    painter->setFont(legendFont);
    MapLegend::paint(painter, QPointF(0, 0), scene->colourMode(), true);
    painter->restore();
    drawFooter(painter, page,
               Tr::tr("Drawn %1 · %2 map pages follow, %3 across and %4 down, on %5 · Cut "
                      "along the dashed line on the left or top of a page and lay it over its "
                      "neighbour's dashed line")
                   .arg(QDate::currentDate().toString(Qt::ISODate))
                   .arg(pages.count())
                   .arg(pages.across)
                   .arg(pages.down)
                   .arg(paperName));
}

// One page of the map: its window of the map, the glue strips marked where it has neighbours.
void paintTile(QPainter *painter, MapScene *scene, const QSizeF &page, const QString &title,
               const WallPrintPages &pages, const QRectF &source, int row, int column)
{
    const QRectF area = mapArea(page);
    drawHeader(painter, page, titleLine(scene, title),
               Tr::tr("Page %1 · row %2 of %3, column %4 of %5")
                   .arg(pageName(row, column))
                   .arg(row + 1)
                   .arg(pages.down)
                   .arg(column + 1)
                   .arg(pages.across));
    const QRectF window(source.left() + column * (area.width() - Overlap) / pages.scale,
                        source.top() + row * (area.height() - Overlap) / pages.scale,
                        area.width() / pages.scale, area.height() / pages.scale);
    painter->save();
    painter->setClipRect(area);
    scene->render(painter, area, window, Qt::IgnoreAspectRatio);
    painter->restore();

    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 0.5));
    painter->drawRect(area);
    // Glue strips: the dashed line is where the neighbour's picture starts; ticks in the margin
    // line the two pages up.
    const QPen dashed(QColor(0x42, 0x42, 0x42), 0.8, Qt::DashLine);
    const QPen tick(QColor(0x21, 0x21, 0x21), 0.8);
    auto vertical = [&](double x) {
        painter->setPen(dashed);
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        painter->setPen(tick);
        painter->drawLine(QPointF(x, area.top() - 10), QPointF(x, area.top() - 2));
        painter->drawLine(QPointF(x, area.bottom() + 2), QPointF(x, area.bottom() + 10));
    };
    auto horizontal = [&](double y) {
        painter->setPen(dashed);
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter->setPen(tick);
        painter->drawLine(QPointF(area.left() - 10, y), QPointF(area.left() - 2, y));
        painter->drawLine(QPointF(area.right() + 2, y), QPointF(area.right() + 10, y));
    };
    QStringList neighbours;
    if (column > 0) {
        vertical(area.left() + Overlap);
        neighbours.append(Tr::tr("left: %1").arg(pageName(row, column - 1)));
    }
    if (column + 1 < pages.across) {
        vertical(area.right() - Overlap);
        neighbours.append(Tr::tr("right: %1").arg(pageName(row, column + 1)));
    }
    if (row > 0) {
        horizontal(area.top() + Overlap);
        neighbours.append(Tr::tr("above: %1").arg(pageName(row - 1, column)));
    }
    if (row + 1 < pages.down) {
        horizontal(area.bottom() - Overlap);
        neighbours.append(Tr::tr("below: %1").arg(pageName(row + 1, column)));
    }
    drawFooter(painter, page,
               Tr::tr("Neighbours %1 · Legend and assembly plan on page 1")
                   .arg(neighbours.join(QStringLiteral(", "))));
}

} // namespace

QString scenarioLine(MapScene *scene)
{
    // Only when the colours show it: a title naming a scenario over tier colours would mislead.
    const QStringList names =
        scene->colourMode() == MapColourMode::Scenario ? scene->scenarioNames() : QStringList();
    if (names.isEmpty())
        return QString();
    return Tr::tr("Scenario: %1 failed", nullptr, int(names.size()))
        .arg(QLocale().createSeparatedList(names));
}

WallPrintPages planWallPrint(MapScene *scene, const WallPrint &options)
{
    scene->flush();
    const QRectF source = wallSource(scene);
    const QRectF area = mapArea(landscape(options.paper));
    WallPrintPages pages;
    if (options.across > 0) {
        // Exactly that many pages side by side.
        pages.scale = (options.across * (area.width() - Overlap) + Overlap) / source.width();
    } else {
        // Names at their natural size, smaller only to stay within a sensible wall.
        pages.scale = 1.0;
        while (pagesFor(source.width() * pages.scale, area.width()) *
                       pagesFor(source.height() * pages.scale, area.height()) >
                   MaxWallPages &&
               pages.scale > 0.01)
            pages.scale *= 0.9;
    }
    pages.across = pagesFor(source.width() * pages.scale, area.width());
    pages.down = pagesFor(source.height() * pages.scale, area.height());
    return pages;
}

bool writeWallPrint(MapScene *scene, const QString &path, const QString &title,
                    const WallPrint &options, WallPrintPages *pagesOut, QString *errorMessage)
{
    if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf")) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1: a wall print is written as a .pdf file.")
                                .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (options.across < 0 || options.across > MaxWallPages) {
        if (errorMessage)
            *errorMessage = Tr::tr("A wall print has 1 to %1 pages across, not %2.")
                                .arg(MaxWallPages)
                                .arg(options.across);
        return false;
    }
    const WallPrintPages pages = planWallPrint(scene, options);
    const QRectF source = wallSource(scene);
    const QSizeF page = landscape(options.paper);
    const QString paperName = QPageSize(options.paper).name();
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();

    QBuffer file;
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        QPdfWriter pdf(&file);
        pdf.setTitle(titleLine(scene, title));
        pdf.setCreator(QStringLiteral("Continuity"));
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(page, QPageSize::Point, paperName, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            paintAssembly(&painter, scene, page, title, pages, source, paperName);
            for (int row = 0; row < pages.down && ok; ++row) {
                for (int column = 0; column < pages.across && ok; ++column) {
                    ok = pdf.newPage();
                    if (ok)
                        paintTile(&painter, scene, page, title, pages, source, row, column);
                }
            }
            painter.end();
        }
    }
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    file.close();
    if (!ok) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(path), Tr::tr("painting failed"));
        return false;
    }
    if (pagesOut)
        *pagesOut = pages;
    return AtomicFile::write(path, file.data(), errorMessage);
}

bool isSupported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
           suffix == QLatin1String("pdf");
}

bool write(MapScene *scene, const QString &path, const QString &title, QString *errorMessage)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isSupported(path)) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1: the map can be written as .png, .svg or .pdf.")
                                .arg(QDir::toNativeSeparators(path));
        return false;
    }
    scene->flush();
    // Selection and search marks are for the screen, not for the wall.
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();
    QRectF source = scene->contentRect();
    // The legend needs room even on a tiny map.
    source.setWidth(std::max(source.width(), 900.0));

    // Drawn in memory, then written whole or not at all (AtomicFile).
    QBuffer file;
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && suffix == QLatin1String("png")) {
        const double width = source.width() + 2 * Margin;
        const double height = source.height() + 2 * Margin + HeaderHeight + FooterHeight;
        const double scale = std::min(
            {2.0, MaxPixels / std::max(width, height), std::sqrt(MaxArea / (width * height))});
        QImage image(
            QSize(int(std::ceil(source.width() * scale + 2 * Margin * scale)),
                  int(std::ceil((source.height() + 2 * Margin + HeaderHeight + FooterHeight) *
                                scale))),
            QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        // A high-density picture painted in map units: lines and text keep their weight.
        image.setDevicePixelRatio(scale);
        {
            QPainter painter(&image);
            paintPage(&painter, scene, source, title, 1.0);
        }
        image.setDevicePixelRatio(1.0);
        ok = image.save(&file, "PNG");
    } else if (ok && suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        const QSizeF size(source.width() + 2 * Margin,
                          source.height() + 2 * Margin + HeaderHeight + FooterHeight);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        // Qt writes the title and description into the SVG as they are given: escaped here.
        svg.setTitle(TextSafety::xmlText(title));
        svg.setDescription(TextSafety::xmlText(Tr::tr("Dependency map exported by Continuity")));
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            paintPage(&painter, scene, source, title, 1.0);
            painter.end();
        }
    } else if (ok) {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Continuity"));
        pdf.setResolution(72);
        const QSizeF size(source.width() + 2 * Margin,
                          source.height() + 2 * Margin + HeaderHeight + FooterHeight);
        // One page the shape of the map; a plotter or "fit to page" prints it on any paper.
        const double longest = std::max(size.width(), size.height());
        const double pageScale = longest > 14400 ? 14400 / longest : 1.0; // PDF's 200-inch limit
        pdf.setPageSize(QPageSize(size * pageScale, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            painter.scale(pageScale, pageScale);
            paintPage(&painter, scene, source, title, 1.0);
            painter.end();
        }
    }
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    file.close();
    if (!ok) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(path), Tr::tr("painting failed"));
        return false;
    }
    // Text drawn from the plan is escaped by the generator, but XML cannot hold control
    // characters at all: they go.
    const QByteArray bytes =
        suffix == QLatin1String("svg") ? TextSafety::xmlSafeUtf8(file.data()) : file.data();
    return AtomicFile::write(path, bytes, errorMessage);
}

} // namespace Continuity::MapExport
