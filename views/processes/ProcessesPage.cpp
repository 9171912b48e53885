// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessesPage.h"

#include "bia/BiaEditor.h"
#include "document/PlanDocument.h"
#include "itemmodels/ProcessTableModel.h"
#include "tables/PlanTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Continuity {

ProcessesPage::ProcessesPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_split(new QSplitter(Qt::Vertical))
    , m_table(new PlanTableView)
{
    setObjectName(QStringLiteral("processesPage"));
    m_normalPoints = font().pointSizeF();
    m_heading->setObjectName(QStringLiteral("processHeading"));
    m_split->setObjectName(QStringLiteral("processArea"));
    m_table->setObjectName(QStringLiteral("processTable"));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_split->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_split, 1);
    // The BIA editor follows the current process, for every plan.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_bia)
            m_bia->setProcess(m_table->currentId());
    });
}

void ProcessesPage::setDocument(PlanDocument *document, ProcessTableModel *model, BiaEditor *bia)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_bia = bia;
    m_table->setSourceModel(model);
    if (m_bia) {
        m_split->addWidget(m_bia);
        m_split->setStretchFactor(0, 2);
        m_split->setStretchFactor(1, 3);
        m_split->setSizes({300, 450});
    }
    if (m_document) {
        connect(m_document, &PlanDocument::changed, this, [this](const PlanChange &change) {
            if (change.entity == PlanChange::Entity::WholePlan ||
                (change.entity == PlanChange::Entity::Process &&
                 (change.kind == PlanChange::Kind::Added ||
                  change.kind == PlanChange::Kind::Removed)))
                updateHeading();
        });
    }
    if (model && m_table->model()->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
    updateHeading();
}

void ProcessesPage::updateHeading()
{
    m_heading->setText(
        tr("Business processes (%1)").arg(m_document ? m_document->plan().processes.size() : 0));
}

// In presentation mode the room reads the BIA grid and its chart: the table of processes keeps
// a few rows and the editor takes the rest (on a laptop the grid ran over its own text). The
// split comes back as the user left it.
void ProcessesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange || !m_bia || m_split->count() < 2)
        return;
    if (font().pointSizeF() > m_normalPoints + 0.1) {
        if (m_normalSizes.isEmpty())
            m_normalSizes = m_split->sizes();
        QTimer::singleShot(0, this, [this] {
            const int total = m_split->height();
            const int rows = m_table->horizontalHeader()->height() +
                             3 * m_table->verticalHeader()->defaultSectionSize() +
                             2 * m_table->frameWidth();
            const int table = std::min(rows, total / 4);
            m_split->setSizes({table, total - table});
        });
    } else if (!m_normalSizes.isEmpty()) {
        m_split->setSizes(m_normalSizes);
        m_normalSizes.clear();
    }
}

} // namespace Continuity
