// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElidingComboBox.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QScreen>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace Continuity {

namespace {

// The room the style leaves for the current choice's text.
QRect textRect(const QComboBox *box, const QStyleOptionComboBox &option)
{
    return box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField,
                                        box);
}

} // namespace

ElidingComboBox::ElidingComboBox(QWidget *parent)
    : QComboBox(parent)
{}

bool ElidingComboBox::isElided() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const int room = textRect(this, option).width() - 4;
    return fontMetrics().horizontalAdvance(currentText()) > room;
}

void ElidingComboBox::setToolTip(const QString &text)
{
    m_toolTip = text;
    QComboBox::setToolTip(text);
}

void ElidingComboBox::showPopup()
{
    // As wide as the longest choice (and its scroll bar), never narrower than the box.
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, view()->fontMetrics().horizontalAdvance(itemText(i)));
    const int margins = 8 * view()->fontMetrics().averageCharWidth();
    int width = std::max(this->width(), widest + margins);
    if (const QScreen *s = screen())
        width = std::min(width, s->availableGeometry().width());
    view()->setMinimumWidth(width);
    QComboBox::showPopup();
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const int room = textRect(this, option).width() - 4;
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, room);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidingComboBox::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && isElided()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_toolTip.isEmpty()
                                 ? currentText()
                                 : currentText() + QStringLiteral("\n\n") + m_toolTip;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QComboBox::event(event);
}

} // namespace Continuity
