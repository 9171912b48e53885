// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Continuity {

// A one-line heading that never asks for more width than it is given and never wraps (so what
// is below it does not move when the text changes): a text too long for the room ends in "…"
// and then the whole text is the tooltip (#18 point 2).
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    // Whether the text is drawn shortened.
    bool isElided() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace Continuity
