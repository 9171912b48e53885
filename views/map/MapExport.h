// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>
#include <QString>

namespace Continuity {

class MapScene;

// Writes what the map shows (its filter, colours and overlay) to a picture for the wall:
// PNG, SVG or PDF by the file's suffix, with a title line and the legend. Names are text in
// SVG and PDF. Used by the Dependency map area and by `continuity-cli map`.
namespace MapExport {

bool write(MapScene *scene, const QString &path, const QString &title, QString *errorMessage);
bool isSupported(const QString &path);

// A wall print: the map tiled onto landscape pages of one paper size, each page overlapping its
// neighbours by a glue strip marked on both, after an assembly page with the whole map, the
// grid of pages and the legend. Every page is titled with the plan and the scenario.
struct WallPrint
{
    QPageSize::PageSizeId paper = QPageSize::A3;
    int across = 0; // pages side by side; 0: names at their natural size (about 10 pt)
};

struct WallPrintPages
{
    int across = 0;
    int down = 0;
    double scale = 0; // points on paper per map unit
    int count() const { return across * down; }
};

// The pages `options` gives for what the map shows now.
WallPrintPages planWallPrint(MapScene *scene, const WallPrint &options);
// Writes the wall print as one PDF, whole or not at all.
bool writeWallPrint(MapScene *scene, const QString &path, const QString &title,
                    const WallPrint &options, WallPrintPages *pages, QString *errorMessage);
// The line naming the scenario the map shows ("Scenario: Frankfurt data centre failed"), or
// empty.
QString scenarioLine(MapScene *scene);

} // namespace MapExport
} // namespace Continuity
