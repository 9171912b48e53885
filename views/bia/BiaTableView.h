// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Continuity {

// A table for BIA ratings that takes them from the keyboard: a digit 0-4 rates the current
// cell and moves to the next horizon (then to the next category); arrows, tab and shift+tab
// move as usual; any other digit or letter is refused with the reason.
class BiaTableView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BiaTableView)

public:
    explicit BiaTableView(QWidget *parent = nullptr);

signals:
    // A key that rates nothing was typed ("7", "x"): why, for the status bar.
    void keyRefused(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Continuity
