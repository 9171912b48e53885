// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Continuity {

// A cell editor in a table that is one field of a form (participants, actions): Tab and
// Shift+Tab keep the text typed and go on to the form's next or previous field, as in every
// other field, instead of into the next cell (#18 point 7: Tab moves in reading order). Arrows
// still move between cells.
class FormCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    bool eventFilter(QObject *editor, QEvent *event) override;
};

} // namespace Continuity
