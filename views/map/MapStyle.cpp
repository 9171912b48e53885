// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapStyle.h"

#include "map/MapGraph.h"

#include <QCoreApplication>

namespace Continuity::MapStyle {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::MapStyle)
};

} // namespace

// Tier colours run from urgent to relaxed and stay apart for the common forms of colour
// blindness (hue and lightness both change); text on them is picked for contrast.
QColor tierColour(int tier)
{
    switch (tier) {
    case 0:
        return QColor(0xc6, 0x28, 0x28);
    case 1:
        return QColor(0xef, 0x8a, 0x17);
    case 2:
        return QColor(0xf6, 0xd3, 0x65);
    case 3:
        return QColor(0x9c, 0xcf, 0xe8);
    default:
        return QColor(0xe4, 0xe4, 0xe4);
    }
}

QColor kindColour(MapNodeKind kind, std::optional<ServiceKind> serviceKind)
{
    if (kind == MapNodeKind::Process)
        return QColor(0x3f, 0x51, 0xb5);
    if (kind == MapNodeKind::CollapsedSite)
        return QColor(0x6d, 0x4c, 0x41);
    if (kind == MapNodeKind::CollapsedGroup)
        return QColor(0x60, 0x7d, 0x8b);
    switch (serviceKind.value_or(ServiceKind::Application)) {
    case ServiceKind::Application:
        return QColor(0x42, 0x9a, 0xd8);
    case ServiceKind::DataStore:
        return QColor(0x2e, 0x9e, 0x7a);
    case ServiceKind::Infrastructure:
        return QColor(0x9e, 0x9e, 0x9e);
    case ServiceKind::Network:
        return QColor(0x8e, 0x6c, 0xc9);
    case ServiceKind::Site:
        return QColor(0xa1, 0x88, 0x7f);
    case ServiceKind::Supplier:
        return QColor(0xe0, 0x9f, 0x3e);
    case ServiceKind::Team:
        return QColor(0xd8, 0x70, 0x9a);
    }
    return Qt::lightGray;
}

QColor scenarioColour(MapScenarioState state)
{
    switch (state) {
    case MapScenarioState::Failed:
        return QColor(0x7f, 0x00, 0x00);
    case MapScenarioState::Down:
        return QColor(0xd3, 0x2f, 0x2f);
    case MapScenarioState::Degraded:
        return QColor(0xf5, 0xa6, 0x23);
    case MapScenarioState::RedundancyLost:
        return QColor(0xfb, 0xe9, 0x7a);
    case MapScenarioState::Up:
        return QColor(0xd9, 0xf0, 0xd3);
    case MapScenarioState::None:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QColor textColourOn(const QColor &fill)
{
    // Relative luminance, as WCAG defines contrast.
    const double l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l > 0.5 ? QColor(0x1a, 0x1a, 0x1a) : Qt::white;
}

QString colourModeName(MapColourMode mode)
{
    switch (mode) {
    case MapColourMode::Tier:
        return Tr::tr("Tier");
    case MapColourMode::Kind:
        return Tr::tr("Kind");
    case MapColourMode::Scenario:
        return Tr::tr("Scenario");
    }
    return {};
}

QList<LegendEntry> legend(MapColourMode mode)
{
    QList<LegendEntry> entries;
    switch (mode) {
    case MapColourMode::Tier:
        for (int t = 0; t <= 3; ++t)
            entries.append({tierColour(t), Tr::tr("Tier %1").arg(t)});
        entries.append({tierColour(MapFilter::UntieredTier), Tr::tr("No tier")});
        break;
    case MapColourMode::Kind:
        entries.append({kindColour(MapNodeKind::Process, std::nullopt), Tr::tr("Process")});
        for (const QString &name : serviceKindNames()) {
            const ServiceKind kind = *serviceKindFromString(name);
            entries.append({kindColour(MapNodeKind::Service, kind), displayName(kind)});
        }
        break;
    case MapColourMode::Scenario:
        entries.append({scenarioColour(MapScenarioState::Failed), Tr::tr("Failed (scenario)")});
        entries.append({scenarioColour(MapScenarioState::Down), Tr::tr("Down")});
        entries.append({scenarioColour(MapScenarioState::Degraded), Tr::tr("Degraded")});
        entries.append(
            {scenarioColour(MapScenarioState::RedundancyLost), Tr::tr("Up, redundancy lost")});
        entries.append({scenarioColour(MapScenarioState::Up), Tr::tr("Up")});
        break;
    }
    return entries;
}

} // namespace Continuity::MapStyle
