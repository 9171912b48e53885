// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Continuity {

// A table for BIA ratings that takes them from the keyboard: a digit 0-4 rates the current
// cell and moves to the next horizon (then to the next category); arrows, tab and shift+tab
// move as usual.
class BiaTableView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BiaTableView)

public:
    explicit BiaTableView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Continuity
