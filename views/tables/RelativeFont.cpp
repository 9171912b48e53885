// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelativeFont.h"

#include <QApplication>
#include <QColor>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

namespace Continuity {

namespace {

// Watches the widget for a new parent and the parent for a new font. A widget whose own font
// fixes its size is not told when its parent's text grows (Qt sees nothing of its own change),
// hence the parent is watched rather than the widget.
class RelativeFont : public QObject
{
public:
    RelativeFont(QWidget *widget, qreal scale, bool bold, const QString &family)
        : QObject(widget)
        , m_widget(widget)
        , m_scale(scale)
        , m_bold(bold)
        , m_family(family)
    {
        widget->installEventFilter(this);
        watchParent();
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Only pointers are compared here: a widget being destroyed still sends some events.
        if (watched == m_widget && event->type() == QEvent::ParentChange) {
            watchParent();
            apply();
        } else if (watched == m_parent && event->type() == QEvent::FontChange) {
            apply();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void watchParent()
    {
        if (m_parent)
            m_parent->removeEventFilter(this);
        m_parent = m_widget->parentWidget();
        if (m_parent)
            m_parent->installEventFilter(this);
    }

    void apply()
    {
        const QFont base = m_parent ? m_parent->font() : QApplication::font(m_widget);
        QFont font = base;
        if (!m_family.isEmpty())
            font.setFamily(m_family);
        font.setPointSizeF(base.pointSizeF() * m_scale);
        if (m_bold)
            font.setBold(true);
        if (m_widget->font() != font)
            m_widget->setFont(font);
    }

    // The object's parent: alive whenever this is.
    QWidget *m_widget;
    QPointer<QWidget> m_parent;
    qreal m_scale;
    bool m_bold;
    QString m_family;
};

} // namespace

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    const QPalette natural =
        widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text}) {
        palette.setColor(QPalette::Active, role,
                         colour.isValid() ? colour : natural.color(QPalette::Active, role));
        palette.setColor(QPalette::Inactive, role,
                         colour.isValid() ? colour : natural.color(QPalette::Inactive, role));
    }
    widget->setPalette(palette);
}

void keepFontRelative(QWidget *widget, qreal scale, bool bold, const QString &family)
{
    new RelativeFont(widget, scale, bold, family);
}

} // namespace Continuity
