// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Continuity {

// A combo box for long choices in a narrow form (a licensed activity, an ICT service type):
// the current choice is drawn elided with "…" where the box is too narrow, never clipped
// mid-letter, and then its full text is the tooltip (issue #18 point 2). The list that opens is
// as wide as its longest choice, up to the screen. Without a cut it shows the tooltip it was
// given.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // Whether the current choice is drawn shortened.
    bool isElided() const;
    void setToolTip(const QString &text);
    void showPopup() override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString m_toolTip;
};

} // namespace Continuity
