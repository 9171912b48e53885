// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

namespace Continuity {

// Calls `act` from the event loop after `watched` is resized, shown, or given another font or
// style (presentation mode), however many of those arrive at once: one call. `act` is kept by an
// object that is a child of `owner` and dies with it. Returns a function that asks for the call
// too (for a model's or a chart's own signals). The one mechanism behind "lay this out again
// when the room or the text size changes" (header widths, wrapped lists, chart labels, the last
// column).
std::function<void()> relayoutWhenChanged(QObject *owner, QObject *watched,
                                          std::function<void()> act);

} // namespace Continuity
