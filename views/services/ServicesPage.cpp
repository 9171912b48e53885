// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicesPage.h"

#include "document/PlanDocument.h"
#include "itemmodels/ServiceTableModel.h"
#include "tables/PlanTableView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace Continuity {

ServicesPage::ServicesPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_table(new PlanTableView)
    , m_siteFilter(new QComboBox)
{
    setObjectName(QStringLiteral("servicesPage"));
    m_heading->setObjectName(QStringLiteral("serviceHeading"));
    m_table->setObjectName(QStringLiteral("serviceTable"));
    auto *search = new QLineEdit;
    search->setObjectName(QStringLiteral("serviceSearch"));
    search->setPlaceholderText(tr("Search services by name, id or owner"));
    search->setClearButtonEnabled(true);
    auto *kindFilter = new QComboBox;
    kindFilter->setObjectName(QStringLiteral("serviceKindFilter"));
    kindFilter->addItem(tr("All kinds"), QString());
    for (const QString &kind : serviceKindNames())
        kindFilter->addItem(displayName(*serviceKindFromString(kind)),
                            displayName(*serviceKindFromString(kind)));
    auto *tierFilter = new QComboBox;
    tierFilter->setObjectName(QStringLiteral("serviceTierFilter"));
    tierFilter->addItem(tr("All tiers"), QString());
    for (int t = MostCriticalTier; t <= LeastCriticalTier; ++t)
        tierFilter->addItem(tr("Tier %1").arg(t), tr("Tier %1").arg(t));
    tierFilter->addItem(tr("No tier"), QStringLiteral("—"));
    m_siteFilter->setObjectName(QStringLiteral("serviceSiteFilter"));
    m_siteFilter->setToolTip(tr("Services at a site: the site and everything that needs it"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(search, 1);
    filters->addWidget(m_siteFilter);
    filters->addWidget(kindFilter);
    filters->addWidget(tierFilter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(search, &QLineEdit::textChanged, m_table, &PlanTableView::setFilterText);
    connect(kindFilter, &QComboBox::currentIndexChanged, this, [this, kindFilter] {
        m_table->setColumnFilter(ServiceTableModel::KindColumn,
                                 kindFilter->currentData().toString());
    });
    connect(tierFilter, &QComboBox::currentIndexChanged, this, [this, tierFilter] {
        m_table->setColumnFilter(ServiceTableModel::TierColumn,
                                 tierFilter->currentData().toString());
    });
    connect(m_siteFilter, &QComboBox::currentIndexChanged, this, &ServicesPage::applySiteFilter);
    rebuildSiteFilter();
}

bool ServicesPage::showService(const QString &id)
{
    if (m_table->selectId(id))
        return true;
    // Hidden by a filter: the filters go back to everything, as the user would set them.
    if (auto *search = findChild<QLineEdit *>(QStringLiteral("serviceSearch")))
        search->clear();
    for (const char *name : {"serviceKindFilter", "serviceTierFilter", "serviceSiteFilter"}) {
        if (auto *box = findChild<QComboBox *>(QLatin1String(name)))
            box->setCurrentIndex(0);
    }
    return m_table->selectId(id);
}

void ServicesPage::setDocument(PlanDocument *document, ServiceTableModel *model)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_table->setSourceModel(model);
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &ServicesPage::onPlanChanged);
    updateHeading();
    rebuildSiteFilter();
}

void ServicesPage::onPlanChanged(const PlanChange &change)
{
    using E = PlanChange::Entity;
    using K = PlanChange::Kind;
    if (change.kind == K::AboutToBeRemoved)
        return;
    if (change.entity == E::WholePlan || change.entity == E::Service) {
        if (change.kind != K::Changed || change.entity == E::WholePlan)
            updateHeading();
        rebuildSiteFilter();
    } else if (change.entity == E::Dependency) {
        applySiteFilter();
    }
}

void ServicesPage::updateHeading()
{
    m_heading->setText(tr("Services, sites, suppliers and teams (%1)")
                           .arg(m_document ? m_document->plan().services.size() : 0));
}

void ServicesPage::rebuildSiteFilter()
{
    const QString current = m_siteFilter->currentData().toString();
    const QSignalBlocker blocker(m_siteFilter);
    m_siteFilter->clear();
    m_siteFilter->addItem(tr("All sites"), QString());
    if (m_document) {
        for (const Service &s : m_document->plan().services) {
            if (s.kind == ServiceKind::Site)
                m_siteFilter->addItem(s.name, s.id);
        }
    }
    m_siteFilter->setCurrentIndex(std::max(0, m_siteFilter->findData(current)));
    applySiteFilter();
}

void ServicesPage::applySiteFilter()
{
    const QString site = m_siteFilter->currentData().toString();
    if (site.isEmpty() || !m_document) {
        m_table->setIdFilter(std::nullopt);
        return;
    }
    // The site and everything that hard-depends on it, directly or not.
    QHash<QString, QStringList> consumers;
    for (const Dependency &d : m_document->plan().dependencies) {
        if (d.strength == Strength::Hard)
            consumers[d.provider].append(d.consumer);
    }
    QSet<QString> at{site};
    QStringList stack{site};
    while (!stack.isEmpty()) {
        for (const QString &c : consumers.value(stack.takeLast())) {
            if (!at.contains(c)) {
                at.insert(c);
                stack.append(c);
            }
        }
    }
    m_table->setIdFilter(at);
}

} // namespace Continuity
