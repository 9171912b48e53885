// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessesPage.h"

#include "bia/BiaEditor.h"
#include "document/PlanDocument.h"
#include "itemmodels/ProcessTableModel.h"
#include "tables/PlanTableView.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Continuity {

ProcessesPage::ProcessesPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_split(new QSplitter(Qt::Vertical))
    , m_table(new PlanTableView)
{
    setObjectName(QStringLiteral("processesPage"));
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

} // namespace Continuity
