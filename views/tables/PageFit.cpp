// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFit.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QVariant>

namespace Continuity {

namespace {

constexpr const char *OwnPolicy = "continuityOwnSizePolicy";

// The current page keeps its own policy, the others ignore their size.
template <typename Pages> void fit(Pages *pages)
{
    const int current = pages->currentIndex();
    for (int i = 0; i < pages->count(); ++i) {
        QWidget *page = pages->widget(i);
        if (!page)
            continue;
        QVariant own = page->property(OwnPolicy);
        if (!own.isValid()) {
            own = QVariant::fromValue(page->sizePolicy());
            page->setProperty(OwnPolicy, own);
        }
        const QSizePolicy wanted = i == current
                                       ? own.value<QSizePolicy>()
                                       : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        if (page->sizePolicy() != wanted)
            page->setSizePolicy(wanted);
    }
    pages->updateGeometry();
}

} // namespace

void sizeToCurrentPage(QStackedWidget *stack)
{
    fit(stack);
    QObject::connect(stack, &QStackedWidget::currentChanged, stack, [stack] { fit(stack); });
}

void sizeToCurrentPage(QTabWidget *tabs)
{
    fit(tabs);
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [tabs] { fit(tabs); });
}

} // namespace Continuity
