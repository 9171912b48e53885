// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeWindowsDialog.h"

#include "analysis/Downtime.h"
#include "document/PlanDocument.h"
#include "itemmodels/TableFormat.h"
#include "tables/RelativeFont.h"

#include <QColor>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Continuity {
namespace {

constexpr int IdRole = Qt::UserRole;

QTableWidget *newTable(const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->setMinimumHeight(t->fontMetrics().lineSpacing() * 10);
    return t;
}

// An instant shown in the window's zone, and typed back.
QString shownIn(const QString &iso, const QString &zone)
{
    const std::optional<qint64> ms = instantMs(iso);
    const QTimeZone z(zone.toUtf8());
    if (!ms || !z.isValid())
        return iso;
    return QDateTime::fromMSecsSinceEpoch(*ms, z).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::optional<QString> typedIn(const QString &text, const QString &zone)
{
    const QString typed = text.trimmed();
    const QDateTime iso = QDateTime::fromString(typed, Qt::ISODateWithMs);
    if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
        return iso.toString(Qt::ISODate);
    const QTimeZone z(zone.toUtf8());
    for (const char *format : {"yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd"}) {
        const QDateTime local = QDateTime::fromString(typed, QLatin1String(format));
        if (local.isValid() && z.isValid())
            return QDateTime(local.date(), local.time(), z).toString(Qt::ISODate);
    }
    return std::nullopt;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QStringList ids(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

ChangeWindowsDialog::ChangeWindowsDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("changeWindowsDialog"));
    setWindowTitle(tr("Freezes and Maintenance Windows"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Times are in each window's time zone. Repeats is an RFC 5545 "
                               "rule such as FREQ=YEARLY or FREQ=WEEKLY;BYDAY=SU; leave it empty "
                               "for once. Scope: all, maxTier (with the tier), nodes or sites "
                               "(with their ids, separated by commas)."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("changeWindowsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTextColour(m_error, QColor(QStringLiteral("#b00020")));
    m_error->hide();
    layout->addWidget(m_error);
    auto *tabs = new QTabWidget;
    layout->addWidget(tabs, 1);

    auto page = [&](QTableWidget *table, const QString &add, auto addSlot, auto removeSlot) {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        auto *bar = new QHBoxLayout;
        auto *addButton = new QPushButton(add);
        auto *remove = new QPushButton(tr("Delete"));
        connect(addButton, &QPushButton::clicked, this, addSlot);
        connect(remove, &QPushButton::clicked, this, removeSlot);
        bar->addWidget(addButton);
        bar->addWidget(remove);
        bar->addStretch(1);
        l->addLayout(bar);
        l->addWidget(table, 1);
        return w;
    };
    m_freezes =
        newTable("freezeTable", {tr("Id"), tr("Name"), tr("Start"), tr("End"), tr("Repeats"),
                                 tr("Time zone"), tr("Scope"), tr("Tier or ids")});
    m_windows =
        newTable("maintenanceTable", {tr("Id"), tr("Name"), tr("Node"), tr("Kind"), tr("Start"),
                                      tr("Hours"), tr("Repeats"), tr("Time zone")});
    tabs->addTab(page(m_freezes, tr("Add Freeze"), &ChangeWindowsDialog::addFreeze,
                      [this] {
                          const int row = m_freezes->currentRow();
                          QString error;
                          if (row >= 0 &&
                              !m_document->removeFreeze(
                                  m_freezes->item(row, 0)->data(IdRole).toString(), &error))
                              refused(error);
                      }),
                 tr("Freezes"));
    tabs->addTab(page(m_windows, tr("Add Maintenance Window"), &ChangeWindowsDialog::addMaintenance,
                      [this] {
                          const int row = m_windows->currentRow();
                          QString error;
                          if (row >= 0 &&
                              !m_document->removeMaintenanceWindow(
                                  m_windows->item(row, 0)->data(IdRole).toString(), &error))
                              refused(error);
                      }),
                 tr("Maintenance windows"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_freezes, &QTableWidget::cellChanged, this, [this](int row) { commitFreeze(row); });
    connect(m_windows, &QTableWidget::cellChanged, this,
            [this](int row) { commitMaintenance(row); });
    connect(m_document, &PlanDocument::changed, this, &ChangeWindowsDialog::onChanged);
    reload();
    // As wide as the freezes' columns need, within the screen.
    m_freezes->ensurePolished();
    m_freezes->resizeColumnsToContents();
    int needed = 0;
    for (int c = 0; c < m_freezes->columnCount(); ++c)
        needed += m_freezes->columnWidth(c);
    const QRect screen = parent ? parent->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(std::min(screen.width() - 40, std::max(900, needed + 120)),
           std::min(screen.height() - 80, 560));
}

void ChangeWindowsDialog::onChanged(const PlanChange &change)
{
    if (change.entity == PlanChange::Entity::Freeze ||
        change.entity == PlanChange::Entity::Maintenance ||
        change.entity == PlanChange::Entity::WholePlan)
        reload();
}

void ChangeWindowsDialog::reload()
{
    const Plan &plan = m_document->plan();
    m_loading = true;
    m_freezes->setRowCount(int(plan.freezes.size()));
    for (int r = 0; r < int(plan.freezes.size()); ++r) {
        const FreezeWindow &f = plan.freezes.at(r);
        QString scopeValue;
        if (f.scope == FreezeScope::MaxTier && f.maxTier)
            scopeValue = QString::number(*f.maxTier);
        else if (f.scope == FreezeScope::Nodes)
            scopeValue = f.nodes.join(QStringLiteral(", "));
        else if (f.scope == FreezeScope::Sites)
            scopeValue = f.sites.join(QStringLiteral(", "));
        const QStringList texts{f.id,
                                f.name,
                                shownIn(f.start, f.timeZone),
                                shownIn(f.end, f.timeZone),
                                f.rrule,
                                f.timeZone,
                                toString(f.scope),
                                scopeValue};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setData(IdRole, f.id);
            if (c == 0)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_freezes->setItem(r, c, item);
        }
    }
    m_windows->setRowCount(int(plan.maintenanceWindows.size()));
    for (int r = 0; r < int(plan.maintenanceWindows.size()); ++r) {
        const MaintenanceWindow &m = plan.maintenanceWindows.at(r);
        const QStringList texts{m.id,
                                m.name,
                                m.node,
                                toString(m.kind),
                                shownIn(m.start, m.timeZone),
                                TableFormat::editText(m.durationHours),
                                m.rrule,
                                m.timeZone};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setData(IdRole, m.id);
            if (c == 0)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_windows->setItem(r, c, item);
        }
    }
    m_loading = false;
}

void ChangeWindowsDialog::refused(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    reload();
}

void ChangeWindowsDialog::commitFreeze(int row)
{
    if (m_loading || m_document->isReadOnly() || !m_freezes->item(row, 0))
        return;
    const FreezeWindow *current =
        m_document->freeze(m_freezes->item(row, 0)->data(IdRole).toString());
    if (!current)
        return;
    FreezeWindow f = *current;
    f.name = cell(m_freezes, row, 1);
    f.rrule = cell(m_freezes, row, 4);
    f.timeZone = cell(m_freezes, row, 5);
    const std::optional<QString> start = typedIn(cell(m_freezes, row, 2), f.timeZone);
    const std::optional<QString> end = typedIn(cell(m_freezes, row, 3), f.timeZone);
    if (!start || !end) {
        refused(tr("Write a start and an end as YYYY-MM-DD HH:MM in the time zone %1.")
                    .arg(f.timeZone));
        return;
    }
    f.start = *start;
    f.end = *end;
    const std::optional<FreezeScope> scope = freezeScopeFromString(cell(m_freezes, row, 6));
    if (!scope) {
        refused(tr("Scope must be one of: %1.").arg(freezeScopeNames().join(QStringLiteral(", "))));
        return;
    }
    f.scope = *scope;
    f.maxTier.reset();
    f.nodes.clear();
    f.sites.clear();
    const QString value = cell(m_freezes, row, 7);
    if (f.scope == FreezeScope::MaxTier) {
        bool ok = false;
        const int tier = value.toInt(&ok);
        if (ok)
            f.maxTier = tier;
    } else if (f.scope == FreezeScope::Nodes) {
        f.nodes = ids(value);
    } else if (f.scope == FreezeScope::Sites) {
        f.sites = ids(value);
    }
    QString error;
    if (!m_document->changeFreeze(f, tr("Edit the freeze window \"%1\"").arg(f.name), &error))
        refused(error);
    else
        m_error->hide();
}

void ChangeWindowsDialog::commitMaintenance(int row)
{
    if (m_loading || m_document->isReadOnly() || !m_windows->item(row, 0))
        return;
    const MaintenanceWindow *current =
        m_document->maintenanceWindow(m_windows->item(row, 0)->data(IdRole).toString());
    if (!current)
        return;
    MaintenanceWindow m = *current;
    m.name = cell(m_windows, row, 1);
    m.node = cell(m_windows, row, 2);
    const std::optional<MaintenanceKind> kind = maintenanceKindFromString(cell(m_windows, row, 3));
    if (!kind) {
        refused(
            tr("Kind must be one of: %1.").arg(maintenanceKindNames().join(QStringLiteral(", "))));
        return;
    }
    m.kind = *kind;
    m.rrule = cell(m_windows, row, 6);
    m.timeZone = cell(m_windows, row, 7);
    const std::optional<QString> start = typedIn(cell(m_windows, row, 4), m.timeZone);
    std::optional<double> hours;
    if (!start || !TableFormat::parseNumber(cell(m_windows, row, 5), &hours)) {
        refused(tr("Write the start as YYYY-MM-DD HH:MM in the time zone %1 and the hours as a "
                   "number.")
                    .arg(m.timeZone));
        return;
    }
    m.start = *start;
    m.durationHours = hours;
    QString error;
    if (!m_document->changeMaintenanceWindow(m, tr("Edit the maintenance window \"%1\"").arg(m.id),
                                             &error))
        refused(error);
    else
        m_error->hide();
}

void ChangeWindowsDialog::addFreeze()
{
    if (m_document->isReadOnly())
        return;
    FreezeWindow f;
    int n = int(m_document->plan().freezes.size()) + 1;
    while (m_document->freeze(QStringLiteral("freeze-%1").arg(n)))
        ++n;
    f.id = QStringLiteral("freeze-%1").arg(n);
    f.name = tr("New freeze");
    f.timeZone = m_document->plan().incidentPolicy.timeZone;
    const QTimeZone zone(f.timeZone.toUtf8());
    const QDate day = QDate::currentDate().addDays(7);
    f.start = QDateTime(day, QTime(0, 0), zone).toString(Qt::ISODate);
    f.end = QDateTime(day.addDays(1), QTime(0, 0), zone).toString(Qt::ISODate);
    f.scope = FreezeScope::MaxTier;
    f.maxTier = 1;
    QString error;
    if (!m_document->addFreeze(f, &error))
        refused(error);
    else
        m_freezes->editItem(m_freezes->item(m_freezes->rowCount() - 1, 1));
}

void ChangeWindowsDialog::addMaintenance()
{
    if (m_document->isReadOnly())
        return;
    const Plan &plan = m_document->plan();
    if (plan.services.isEmpty()) {
        refused(tr("A maintenance window belongs to a service; the plan has none yet."));
        return;
    }
    MaintenanceWindow m;
    int n = int(plan.maintenanceWindows.size()) + 1;
    while (m_document->maintenanceWindow(QStringLiteral("mw-%1").arg(n)))
        ++n;
    m.id = QStringLiteral("mw-%1").arg(n);
    m.name = tr("New maintenance window");
    m.node = plan.services.constFirst().id;
    m.timeZone = plan.incidentPolicy.timeZone;
    const QTimeZone zone(m.timeZone.toUtf8());
    QDate sunday = QDate::currentDate();
    while (sunday.dayOfWeek() != 7)
        sunday = sunday.addDays(1);
    m.start = QDateTime(sunday, QTime(1, 0), zone).toString(Qt::ISODate);
    m.durationHours = 4;
    m.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=SU");
    QString error;
    if (!m_document->addMaintenanceWindow(m, &error))
        refused(error);
    else
        m_windows->editItem(m_windows->item(m_windows->rowCount() - 1, 2));
}

} // namespace Continuity
