// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QList>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Continuity {

// What a node on the map is drawn as: a process, a service of some kind, or a collapsed
// site or group.
enum class MapNodeKind { Process, Service, CollapsedSite, CollapsedGroup };

// What the map colours nodes by (view state, not an edit).
enum class MapColourMode { Tier, Kind, Scenario };

// A node's state in the scenario overlay (PRODUCT §3 Cascade).
enum class MapScenarioState { None, Up, Failed, Down, Degraded, RedundancyLost };

// Colours, sizes and legend entries of the dependency map, shared by the scene, the legend
// widget and exports so that a picture on the wall says the same as the screen.
namespace MapStyle {

inline constexpr QSizeF NodeSize{184, 64};

QColor tierColour(int tier); // 0..3; anything else: no tier
QColor kindColour(MapNodeKind kind, std::optional<ServiceKind> serviceKind);
QColor scenarioColour(MapScenarioState state);
QColor textColourOn(const QColor &fill);

struct LegendEntry
{
    QColor colour;
    QString text;
};
QList<LegendEntry> legend(MapColourMode mode);
QString colourModeName(MapColourMode mode);

} // namespace MapStyle
} // namespace Continuity
