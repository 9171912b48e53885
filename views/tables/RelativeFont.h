// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QColor;
class QWidget;

namespace Continuity {

// Gives `widget` a text `scale` times the size of the text around it (its parent's), bold if
// asked, in `family` if given, and keeps it so whenever the surrounding text changes size
// (presentation mode) or the widget moves into another parent. A size set once in a constructor
// would stay at the size it had then (#18 point 3).
void keepFontRelative(QWidget *widget, qreal scale, bool bold = false,
                      const QString &family = QString());

// Colours `widget`'s text (an error line, a warning) through its palette; an invalid colour
// gives back the style's. A style sheet would do the same but freeze the widget's text at the
// size it had (presentation mode would not enlarge it).
void setTextColour(QWidget *widget, const QColor &colour);

} // namespace Continuity
