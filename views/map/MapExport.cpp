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
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
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
    painter->drawText(QRectF(Margin, Margin / 2 + 28, page.width() - 2 * Margin, 20),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      Tr::tr("Dependency map drawn %1 · nodes shown: %2")
                          .arg(QDate::currentDate().toString(Qt::ISODate))
                          .arg(scene->shownNodeCount()));
    const QRectF target(Margin, Margin + HeaderHeight, source.width() * scale,
                        source.height() * scale);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
    font.setPixelSize(12);
    painter->setFont(font);
    MapLegend::paint(painter, QPointF(Margin, target.bottom() + 14), scene->colourMode(), true);
}

} // namespace

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
