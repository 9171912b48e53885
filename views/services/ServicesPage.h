// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Continuity {

class PlanDocument;
class PlanTableView;
class ServiceTableModel;
struct PlanChange;

// The Services area: a heading that counts them, a search, filters by kind, tier and site
// (a site and everything that hard-depends on it), and the table. Built once by the window;
// setDocument() shows a document's services through a model the document's workspace owns.
class ServicesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    explicit ServicesPage(QWidget *parent = nullptr);

    PlanTableView *table() const { return m_table; }
    QLabel *heading() const { return m_heading; }
    // `document` and `model` may be null (no plan open).
    void setDocument(PlanDocument *document, ServiceTableModel *model);
    // Makes the service current, clearing the search and filters if they hide it.
    bool showService(const QString &id);

private:
    void onPlanChanged(const PlanChange &change);
    void updateHeading();
    void rebuildSiteFilter();
    void applySiteFilter();

    PlanDocument *m_document = nullptr;
    QLabel *m_heading;
    PlanTableView *m_table;
    QComboBox *m_siteFilter;
};

} // namespace Continuity
