// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Continuity {

class MapScene;

// Writes what the map shows (its filter, colours and overlay) to a picture for the wall:
// PNG, SVG or PDF by the file's suffix, with a title line and the legend. Names are text in
// SVG and PDF. Used by the Dependency map area and by `continuity-cli map`.
namespace MapExport {

bool write(MapScene *scene, const QString &path, const QString &title, QString *errorMessage);
bool isSupported(const QString &path);

} // namespace MapExport
} // namespace Continuity
