// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentsPage.h"

#include "analysis/Cascade.h"
#include "analysis/Dora.h"
#include "analysis/Downtime.h"
#include "analysis/IncidentHistory.h"
#include "dialogs/ReportExportBar.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "itemmodels/TableFormat.h"
#include "report/PostmortemReport.h"
#include "report/ReportDocument.h"
#include "report/ReportFormat.h"
#include "SloView.h"
#include "tables/FormCellDelegate.h"
#include "tables/RelativeFont.h"

#include <QCheckBox>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

constexpr int IdRole = Qt::UserRole;

// Writes a multi-line field when it loses the focus, as a line edit does when editing finishes.
class CommitOnFocusOut : public QObject
{
public:
    CommitOnFocusOut(QObject *parent, std::function<void()> commit)
        : QObject(parent)
        , m_commit(std::move(commit))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_commit();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_commit;
};

// A form label as an undo text names its field: "Title:" and "Titre :" without the colon.
QString fieldName(QString label)
{
    while (!label.isEmpty() && (label.back() == QLatin1Char(':') || label.back().isSpace()))
        label.chop(1);
    return label;
}

QString nodeLabel(const Plan &plan, const QString &id)
{
    for (const Process &p : plan.processes) {
        if (p.id == id)
            return p.name == id ? id : QStringLiteral("%1 (%2)").arg(p.name, id);
    }
    for (const Service &s : plan.services) {
        if (s.id == id)
            return s.name == id ? id : QStringLiteral("%1 (%2)").arg(s.name, id);
    }
    return id; // a node the plan no longer has: the record keeps its id
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString comboData(const QTableWidget *table, int row, int column)
{
    const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, column));
    return combo ? combo->currentData().toString() : QString();
}

QTableWidget *newTable(const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setTabKeyNavigation(false); // Tab goes on to the next field; arrows move in cells
    table->setItemDelegate(new FormCellDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setMinimumSectionSize(60);
    table->setMinimumHeight(120);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

std::optional<double> typedNumber(const QString &text, bool *ok)
{
    std::optional<double> value;
    if (!TableFormat::parseNumber(text, &value))
        *ok = false;
    return value;
}

QString shownNumber(const std::optional<double> &value)
{
    return TableFormat::editText(value);
}

} // namespace

IncidentsPage::IncidentsPage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("incidentsPage"));
    buildUi();
    connect(m_document, &PlanDocument::changed, this, &IncidentsPage::onChanged);
    rebuildList();
    if (m_list->rowCount() > 0)
        m_list->selectRow(0);
    else
        loadDetail();
}

IncidentsPage::~IncidentsPage() = default;

QTimeZone IncidentsPage::zone() const
{
    const QTimeZone z(m_document->plan().incidentPolicy.timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

QString IncidentsPage::shownInstant(const std::optional<QString> &iso, const QTimeZone &zone)
{
    if (!iso)
        return {};
    const QDateTime t = QDateTime::fromString(*iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return *iso;
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::optional<QString> IncidentsPage::typedInstant(const QString &text, const QTimeZone &zone,
                                                   bool *ok)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(typed, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() != Qt::LocalTime)
        return t.toString(Qt::ISODate);
    for (const char *format : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm",
                               "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"}) {
        const QDateTime local = QDateTime::fromString(typed, QLatin1String(format));
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone).toString(Qt::ISODate);
    }
    *ok = false;
    return typed;
}

void IncidentsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Incidents & SLOs"));
    heading->setObjectName(QStringLiteral("incidentsHeading"));
    keepFontRelative(heading, 1.3, true);
    layout->addWidget(heading);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("incidentsTabs"));
    layout->addWidget(m_tabs, 1);
    m_exportBar = new ReportExportBar;
    layout->addWidget(m_exportBar);
    connect(m_exportBar, &ReportExportBar::finished, this,
            [this](bool, const QString &message) { emit statusMessage(message, 8000); });

    // Incidents: the list on the left, the selected one on the right.
    auto *incidents = new QWidget;
    auto *incidentsLayout = new QVBoxLayout(incidents);
    auto *bar = new QHBoxLayout;
    m_newButton = new QPushButton(tr("New Incident"));
    m_newButton->setObjectName(QStringLiteral("newIncidentButton"));
    connect(m_newButton, &QPushButton::clicked, this, &IncidentsPage::newIncident);
    m_deleteButton = new QPushButton(tr("Delete Incident"));
    m_deleteButton->setObjectName(QStringLiteral("deleteIncidentButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, &IncidentsPage::deleteIncident);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_search->setPlaceholderText(tr("Filter by id, title or node"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &IncidentsPage::rebuildList);
    auto *policy = new QPushButton(tr("Incident Policy…"));
    policy->setObjectName(QStringLiteral("incidentPolicyButton"));
    policy->setToolTip(tr("When post-mortems fall due, the plan's time zone, and whether the "
                          "plan is a financial entity's"));
    connect(policy, &QPushButton::clicked, this, &IncidentsPage::editPolicy);
    bar->addWidget(m_newButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(policy);
    bar->addStretch(1);
    bar->addWidget(m_search, 1);
    incidentsLayout->addLayout(bar);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("incidentsSplitter"));
    m_list = new QTableWidget(0, 6);
    m_list->setObjectName(QStringLiteral("incidentList"));
    m_list->setHorizontalHeaderLabels({tr("Id"), tr("Title"), tr("Sev.", "severity, abbreviated"),
                                       tr("Started"), tr("Duration"), tr("Post-mortem")});
    m_list->horizontalHeaderItem(2)->setToolTip(tr("Severity"));
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        m_id = m_list->item(row, 0)->data(IdRole).toString();
        loadDetail();
    });
    splitter->addWidget(m_list);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("incidentError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTextColour(m_error, QColor(QStringLiteral("#b00020")));
    m_error->hide();
    rightLayout->addWidget(m_error);
    m_detail = new QStackedWidget;
    auto *empty = new QLabel(tr("No incident selected. New Incident records one."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_detail->addWidget(empty);
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("incidentDetailTabs"));
    auto scrolled = [](QWidget *form) {
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(form);
        return scroll;
    };
    m_detailTabs->addTab(scrolled(buildIncidentForm()), tr("Incident"));
    m_detailTabs->addTab(scrolled(buildPostmortemForm()), tr("Post-mortem"));
    m_doraTab = scrolled(buildDoraView());
    m_detailTabs->addTab(m_doraTab, tr("DORA"));
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this] { refreshDora(); });
    m_detail->addWidget(m_detailTabs);
    rightLayout->addWidget(m_detail, 1);
    splitter->addWidget(right);
    // The form and its tables need the room more than the list, whose titles wrap.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({540, 740});
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    m_splitter->setObjectName(QStringLiteral("incidentsSplitter"));
    m_normalPoints = QWidget::font().pointSizeF();
    incidentsLayout->addWidget(splitter, 1);
    m_tabs->addTab(incidents, tr("Incidents"));

    m_slos = new SloView(m_document);
    m_tabs->addTab(m_slos, tr("SLOs"));
    m_tabs->addTab(m_slos->historyWidget(), tr("History"));
    connect(m_slos, &SloView::statusMessage, this, &IncidentsPage::statusMessage);
}

QWidget *IncidentsPage::buildIncidentForm()
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    auto line = [&](QLineEdit *&edit, const char *name, const QString &label,
                    const QString &placeholder = QString()) {
        edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, label] { commit(tr("Edit the incident: %1").arg(fieldName(label))); });
        layout->addRow(label, edit);
    };
    m_idLabel = new QLabel;
    m_idLabel->setObjectName(QStringLiteral("incidentId"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Id:"), m_idLabel);
    line(m_title, "incidentTitle", tr("Title:"));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    m_severity->addItem(tr("1 – critical"), 1);
    m_severity->addItem(tr("2 – major"), 2);
    m_severity->addItem(tr("3 – moderate"), 3);
    m_severity->addItem(tr("4 – minor"), 4);
    m_severity->addItem(tr("5 – low"), 5);
    connect(m_severity, &QComboBox::activated, this,
            [this] { commit(tr("Change the incident's severity")); });
    layout->addRow(tr("Severity:"), m_severity);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("incidentStatus"));
    for (IncidentStatus s :
         {IncidentStatus::Active, IncidentStatus::Stable, IncidentStatus::Closed})
        m_status->addItem(displayName(s), toString(s));
    connect(m_status, &QComboBox::activated, this,
            [this] { commit(tr("Change the incident's status")); });
    layout->addRow(tr("Status:"), m_status);
    const QString when = tr("YYYY-MM-DD HH:MM");
    line(m_started, "incidentStarted", tr("Impact began:"), when);
    line(m_detected, "incidentDetected", tr("Detected:"), when);
    line(m_acknowledged, "incidentAcknowledged", tr("Acknowledged:"), when);
    line(m_mitigated, "incidentMitigated", tr("Mitigated:"), when);
    line(m_restored, "incidentRestored", tr("Restored:"), when);
    line(m_closed, "incidentClosed", tr("Closed:"), when);
    line(m_clients, "incidentClients", tr("Clients affected:"));
    line(m_transactions, "incidentTransactions", tr("Transactions affected:"));
    line(m_cost, "incidentCost", tr("Cost:"));
    line(m_change, "incidentChange", tr("Caused by change:"), tr("change number, if any"));
    line(m_externalRef, "incidentExternalRef", tr("External reference:"),
         tr("ticket number elsewhere"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_description->installEventFilter(new CommitOnFocusOut(
        m_description, [this] { commit(tr("Edit the incident's description")); }));
    layout->addRow(tr("Description:"), m_description);

    // A table with Add and Remove under it, as one row of the form.
    auto tableRow = [&](QTableWidget *table, const QString &label, const QString &addText,
                        std::function<void()> add, const QString &removeText,
                        QPushButton *extra = nullptr) {
        auto *box = new QVBoxLayout;
        box->addWidget(table);
        auto *buttons = new QHBoxLayout;
        auto *addButton = new QPushButton(addText);
        addButton->setObjectName(table->objectName() + QStringLiteral("Add"));
        connect(addButton, &QPushButton::clicked, this, std::move(add));
        auto *removeButton = new QPushButton(removeText);
        removeButton->setObjectName(table->objectName() + QStringLiteral("Remove"));
        connect(removeButton, &QPushButton::clicked, this, [this, table] {
            if (table->currentRow() < 0)
                return;
            table->removeRow(table->currentRow());
            commit(tr("Remove a row of the incident"));
        });
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch(1);
        box->addLayout(buttons);
        // A third button on a line of its own: the form stays narrow in every language.
        if (extra) {
            auto *more = new QHBoxLayout;
            more->addWidget(extra);
            more->addStretch(1);
            box->addLayout(more);
        }
        layout->addRow(label, box);
        connect(table, &QTableWidget::cellChanged, this, [this] {
            if (!m_loading)
                commit(tr("Edit the incident"));
        });
    };
    // Asks for a node of the plan: by name or id, typed or chosen.
    auto askNode = [this](const QString &title) -> QString {
        QStringList labels;
        QStringList ids;
        for (const Process &p : m_document->plan().processes) {
            labels.append(nodeLabel(m_document->plan(), p.id));
            ids.append(p.id);
        }
        for (const Service &s : m_document->plan().services) {
            labels.append(nodeLabel(m_document->plan(), s.id));
            ids.append(s.id);
        }
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, title, tr("Process or service:"), labels, 0, true, &ok);
        if (!ok)
            return {};
        const qsizetype i = labels.indexOf(chosen);
        return i >= 0 ? ids.at(i) : (ids.contains(chosen) ? chosen : QString());
    };

    m_affected = newTable("incidentAffected", {tr("Node"), tr("State"), tr("From"), tr("To")});
    m_affected->setToolTip(tr("Empty From and To: from the impact's start until restored."));
    auto *propose = new QPushButton(tr("Propose from Cascade…"));
    propose->setObjectName(QStringLiteral("proposeFromCascadeButton"));
    propose->setToolTip(tr("Add the nodes the cascade takes down or degrades with the ones listed "
                           "down, after you confirm them"));
    connect(propose, &QPushButton::clicked, this, &IncidentsPage::proposeFromCascade);
    tableRow(
        m_affected, tr("Affected:"), tr("Add Node…"),
        [this, askNode] {
            const QString id = askNode(tr("Affected Node"));
            if (id.isEmpty())
                return;
            Incident incident = *m_document->incident(m_id);
            incident.affected.append({id, AffectedState::Down, std::nullopt, std::nullopt});
            QString error;
            if (!m_document->changeIncident(incident, tr("Add an affected node"), &error))
                refused(error);
        },
        tr("Remove Node"), propose);
    // The node's name takes what the times leave; each time fits "2026-03-04 10:00".
    m_affected->horizontalHeader()->setStretchLastSection(false);
    m_affected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_affected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const int timeWidth =
        m_affected->fontMetrics().horizontalAdvance(QStringLiteral("2026-03-04 10:00")) + 16;
    m_affected->setColumnWidth(2, timeWidth);
    m_affected->setColumnWidth(3, timeWidth);

    m_dataLoss = newTable("incidentDataLoss", {tr("Data store"), tr("Hours of data lost")});
    tableRow(
        m_dataLoss, tr("Data lost:"), tr("Add Data Store…"),
        [this, askNode] {
            const QString id = askNode(tr("Data Lost"));
            if (id.isEmpty())
                return;
            Incident incident = *m_document->incident(m_id);
            incident.dataLoss.append({id, 0.0});
            QString error;
            if (!m_document->changeIncident(incident, tr("Add data lost"), &error))
                refused(error);
        },
        tr("Remove Data Store"));

    m_dataLoss->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_factors = newTable("incidentFactors", {tr("Category"), tr("Contributing factor")});
    tableRow(
        m_factors, tr("Contributing factors:"), tr("Add Factor"),
        [this] {
            Incident incident = *m_document->incident(m_id);
            incident.factors.append({FactorCategory::Unknown, QString()});
            QString error;
            if (!m_document->changeIncident(incident, tr("Add a contributing factor"), &error))
                refused(error);
        },
        tr("Remove Factor"));

    m_plans = new QListWidget;
    m_plans->setObjectName(QStringLiteral("incidentPlans"));
    m_plans->setMaximumHeight(110);
    connect(m_plans, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            commit(tr("Change the plans activated"));
    });
    layout->addRow(tr("Runbooks activated:"), m_plans);
    return form;
}

QWidget *IncidentsPage::buildPostmortemForm()
{
    m_postmortemStack = new QStackedWidget;
    auto *none = new QWidget;
    auto *noneLayout = new QVBoxLayout(none);
    auto *noneText = new QLabel(tr("This incident has no post-mortem yet. A blameless review "
                                   "records what happened, what went well and wrong, and the "
                                   "actions that follow."));
    noneText->setWordWrap(true);
    noneLayout->addWidget(noneText);
    auto *start = new QPushButton(tr("Start Post-mortem"));
    start->setObjectName(QStringLiteral("startPostmortemButton"));
    connect(start, &QPushButton::clicked, this, [this] {
        Incident incident = *m_document->incident(m_id);
        incident.postmortem = Postmortem();
        QString error;
        if (!m_document->changeIncident(incident, tr("Start the post-mortem"), &error))
            refused(error);
        else
            m_summary->setFocus();
    });
    noneLayout->addWidget(start, 0, Qt::AlignLeft);
    noneLayout->addStretch(1);
    m_postmortemStack->addWidget(none);

    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    m_due = new QLabel;
    m_due->setObjectName(QStringLiteral("postmortemDue"));
    m_due->setTextFormat(Qt::PlainText);
    layout->addRow(tr("Due:"), m_due);
    auto text = [&](QPlainTextEdit *&edit, const char *name, const QString &label) {
        edit = new QPlainTextEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(80);
        edit->installEventFilter(new CommitOnFocusOut(
            edit, [this, label] { commit(tr("Edit the post-mortem: %1").arg(fieldName(label))); }));
        layout->addRow(label, edit);
    };
    text(m_summary, "postmortemSummary", tr("Summary:"));
    text(m_impact, "postmortemImpact", tr("Impact:"));
    auto tableRow = [&](QTableWidget *table, const QString &label, const QString &addText,
                        std::function<void(Postmortem &)> add) {
        auto *box = new QVBoxLayout;
        box->addWidget(table);
        auto *buttons = new QHBoxLayout;
        auto *addButton = new QPushButton(addText);
        addButton->setObjectName(table->objectName() + QStringLiteral("Add"));
        connect(addButton, &QPushButton::clicked, this, [this, add, table] {
            Incident incident = *m_document->incident(m_id);
            add(*incident.postmortem);
            QString error;
            if (!m_document->changeIncident(incident, tr("Add a row to the post-mortem"), &error)) {
                refused(error);
                return;
            }
            table->setCurrentCell(table->rowCount() - 1, 1);
            table->editItem(table->item(table->rowCount() - 1, 1));
        });
        auto *removeButton = new QPushButton(tr("Remove"));
        removeButton->setObjectName(table->objectName() + QStringLiteral("Remove"));
        connect(removeButton, &QPushButton::clicked, this, [this, table] {
            if (table->currentRow() < 0)
                return;
            table->removeRow(table->currentRow());
            commit(tr("Remove a row of the post-mortem"));
        });
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch(1);
        box->addLayout(buttons);
        layout->addRow(label, box);
        connect(table, &QTableWidget::cellChanged, this, [this] {
            if (!m_loading)
                commit(tr("Edit the post-mortem"));
        });
    };
    m_timeline = newTable("postmortemTimeline", {tr("When"), tr("What happened")});
    tableRow(m_timeline, tr("Timeline:"), tr("Add Entry"), [this](Postmortem &pm) {
        const Incident *incident = m_document->incident(m_id);
        const QString last = pm.timeline.isEmpty() ? incident->startedAt : pm.timeline.last().at;
        pm.timeline.append({last, QString()});
    });
    text(m_wentWell, "postmortemWentWell", tr("What went well:"));
    text(m_wentWrong, "postmortemWentWrong", tr("What went wrong:"));
    text(m_lucky, "postmortemLucky", tr("Where we got lucky:"));
    m_actions = newTable("postmortemActions", {tr("Id"), tr("Action"), tr("Kind"), tr("Owner"),
                                               tr("Due"), tr("Status")});
    tableRow(m_actions, tr("Actions:"), tr("Add Action"), [this](Postmortem &pm) {
        int n = int(pm.actions.size()) + 1;
        QString id;
        auto taken = [&](const QString &candidate) {
            return std::any_of(pm.actions.cbegin(), pm.actions.cend(),
                               [&](const IncidentAction &a) { return a.id == candidate; });
        };
        do {
            id = QStringLiteral("A-%1-%2").arg(m_id).arg(n++);
        } while (taken(id));
        pm.actions.append({id, tr("New action"), ActionKind::Prevent, QString(), std::nullopt,
                           ActionStatus::Open, std::nullopt});
    });
    m_runbookChanges = newTable("postmortemRunbooks", {tr("Runbook"), tr("Version")});
    tableRow(m_runbookChanges, tr("Runbooks changed:"), tr("Add Runbook"), [this](Postmortem &pm) {
        const QList<Runbook> &runbooks = m_document->plan().runbooks;
        pm.runbookChanges.append({runbooks.isEmpty() ? tr("runbook") : runbooks.first().id,
                                  runbooks.isEmpty() ? QString() : runbooks.first().version});
    });
    auto line = [&](QLineEdit *&edit, const char *name, const QString &label,
                    const QString &placeholder) {
        edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::editingFinished, this,
                [this] { commit(tr("Edit the post-mortem's review")); });
        layout->addRow(label, edit);
    };
    line(m_reviewer, "postmortemReviewer", tr("Reviewed by:"), tr("a role, by default"));
    line(m_reviewedOn, "postmortemReviewedOn", tr("Reviewed on:"), tr("YYYY-MM-DD"));
    // Blameless by construction: the printed post-mortem names roles, not people, unless the
    // writer chooses otherwise (remembered for the next one).
    m_printNames = new QCheckBox(tr("Name people when printed"));
    m_printNames->setObjectName(QStringLiteral("postmortemPrintNames"));
    m_printNames->setToolTip(tr("Off: a person named as reviewer or action owner prints as the "
                                "role they hold"));
    m_printNames->setChecked(
        QSettings().value(QStringLiteral("incidents/printNames"), false).toBool());
    connect(m_printNames, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("incidents/printNames"), on); });
    layout->addRow(QString(), m_printNames);
    m_postmortemStack->addWidget(form);
    return m_postmortemStack;
}

void IncidentsPage::onChanged(const PlanChange &change)
{
    if (change.entity == PlanChange::Entity::Incident ||
        change.entity == PlanChange::Entity::WholePlan ||
        change.entity == PlanChange::Entity::IncidentPolicy || change.isNode() ||
        change.entity == PlanChange::Entity::Runbook) {
        if (change.entity == PlanChange::Entity::Incident && change.kind == PlanChange::Kind::Added)
            m_id = change.id();
        rebuildList();
        loadDetail();
    }
}

void IncidentsPage::rebuildList()
{
    const Plan &plan = m_document->plan();
    const QString filter = m_search->text().trimmed();
    QList<const Incident *> shown;
    for (const Incident &i : plan.incidents) {
        bool match = filter.isEmpty() || i.id.contains(filter, Qt::CaseInsensitive) ||
                     i.title.contains(filter, Qt::CaseInsensitive);
        for (const AffectedNode &a : i.affected)
            match = match || nodeLabel(plan, a.node).contains(filter, Qt::CaseInsensitive);
        if (match)
            shown.append(&i);
    }
    // Newest first: the one a coordinator works on is at the top.
    std::sort(shown.begin(), shown.end(), [](const Incident *a, const Incident *b) {
        const auto ta = instantMs(a->startedAt).value_or(0);
        const auto tb = instantMs(b->startedAt).value_or(0);
        return ta != tb ? ta > tb : a->id > b->id;
    });
    const QTimeZone tz = zone();
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_loading = true;
    m_list->setRowCount(int(shown.size()));
    int current = -1;
    for (int row = 0; row < int(shown.size()); ++row) {
        const Incident &i = *shown.at(row);
        auto item = [&](int column, const QString &text) {
            auto *it = new QTableWidgetItem(text);
            it->setData(IdRole, i.id);
            it->setToolTip(text);
            m_list->setItem(row, column, it);
            return it;
        };
        item(0, i.id);
        item(1, i.title);
        item(2, QString::number(i.severity))->setTextAlignment(Qt::AlignCenter);
        // The day is what a list is read by; the form has the minute.
        item(3, shownInstant(i.startedAt, tz).left(10))->setToolTip(shownInstant(i.startedAt, tz));
        const qint64 start = instantMs(i.startedAt).value_or(-1);
        const qint64 restored = i.restoredAt ? instantMs(*i.restoredAt).value_or(-1) : -1;
        const bool timed = start >= 0 && restored >= 0;
        item(4, timed ? Report::duration(double(restored - start) / 3.6e6) : displayName(i.status));
        QString review;
        if (i.postmortem && i.postmortem->reviewedOn)
            review = tr("reviewed");
        else if (i.postmortem)
            review = tr("in progress");
        else if (i.severity <= 2 && timed &&
                 postmortemDue(plan, i.severity, restored) <
                     QDateTime::fromMSecsSinceEpoch(now, tz).date())
            review = tr("missing");
        item(5, review);
        if (review == tr("missing"))
            m_list->item(row, 5)->setForeground(QColor(0xb0, 0x00, 0x20));
        if (i.id == m_id)
            current = row;
    }
    m_loading = false;
    if (current >= 0) {
        m_loading = true;
        m_list->selectRow(current);
        m_loading = false;
    } else if (!m_document->incident(m_id)) {
        m_id.clear();
    }
    m_deleteButton->setEnabled(!m_id.isEmpty());
}

void IncidentsPage::showIncident(const QString &id)
{
    m_tabs->setCurrentIndex(0);
    m_search->clear();
    m_id = id;
    rebuildList();
    loadDetail();
}

void IncidentsPage::addTableRow(QTableWidget *table, const QStringList &texts)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < texts.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(texts.at(c)));
}

void IncidentsPage::loadDetail()
{
    const Incident *incident = m_document->incident(m_id);
    m_deleteButton->setEnabled(incident != nullptr);
    m_detail->setCurrentIndex(incident ? 1 : 0);
    if (!incident)
        return;
    const Plan &plan = m_document->plan();
    const QTimeZone tz = zone();
    const bool editable = !m_document->isReadOnly();
    m_loading = true;
    m_idLabel->setText(incident->id);
    m_title->setText(incident->title);
    m_severity->setCurrentIndex(m_severity->findData(incident->severity));
    m_status->setCurrentIndex(m_status->findData(toString(incident->status)));
    m_started->setText(shownInstant(incident->startedAt, tz));
    m_detected->setText(shownInstant(incident->detectedAt, tz));
    m_acknowledged->setText(shownInstant(incident->acknowledgedAt, tz));
    m_mitigated->setText(shownInstant(incident->mitigatedAt, tz));
    m_restored->setText(shownInstant(incident->restoredAt, tz));
    m_closed->setText(shownInstant(incident->closedAt, tz));
    m_clients->setText(shownNumber(incident->clientsAffected));
    m_transactions->setText(shownNumber(incident->transactionsAffected));
    m_cost->setText(shownNumber(incident->cost));
    m_change->setText(incident->causedByChange);
    m_externalRef->setText(incident->externalRef);
    if (m_description->toPlainText() != incident->description)
        m_description->setPlainText(incident->description);

    m_affected->setRowCount(0);
    for (const AffectedNode &a : incident->affected) {
        addTableRow(m_affected, {nodeLabel(plan, a.node), QString(), shownInstant(a.from, tz),
                                 shownInstant(a.to, tz)});
        const int row = m_affected->rowCount() - 1;
        m_affected->item(row, 0)->setData(IdRole, a.node);
        m_affected->item(row, 0)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        auto *state = new QComboBox;
        state->addItem(tr("down"), toString(AffectedState::Down));
        state->addItem(tr("degraded"), toString(AffectedState::Degraded));
        state->setCurrentIndex(a.state == AffectedState::Down ? 0 : 1);
        connect(state, &QComboBox::activated, this,
                [this] { commit(tr("Change an affected node's state")); });
        m_affected->setCellWidget(row, 1, state);
    }
    m_dataLoss->setRowCount(0);
    for (const DataLoss &d : incident->dataLoss) {
        addTableRow(m_dataLoss, {nodeLabel(plan, d.node), shownNumber(d.hours)});
        const int row = m_dataLoss->rowCount() - 1;
        m_dataLoss->item(row, 0)->setData(IdRole, d.node);
        m_dataLoss->item(row, 0)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    }
    m_factors->setRowCount(0);
    for (const ContributingFactor &f : incident->factors) {
        addTableRow(m_factors, {QString(), f.text});
        auto *category = new QComboBox;
        for (const QString &name : factorCategoryNames())
            category->addItem(displayName(*factorCategoryFromString(name)), name);
        category->setCurrentIndex(category->findData(toString(f.category)));
        connect(category, &QComboBox::activated, this,
                [this] { commit(tr("Change a factor's category")); });
        m_factors->setCellWidget(m_factors->rowCount() - 1, 0, category);
    }
    m_factors->resizeColumnToContents(0);
    m_plans->clear();
    QStringList runbookIds;
    for (const Runbook &r : plan.runbooks)
        runbookIds.append(r.id);
    for (const QString &id : incident->plansActivated) {
        if (!runbookIds.contains(id))
            runbookIds.append(id); // a runbook the plan lost: kept as recorded
    }
    for (const QString &id : std::as_const(runbookIds)) {
        QString title = id;
        for (const Runbook &r : plan.runbooks) {
            if (r.id == id)
                title = QStringLiteral("%1 (%2)").arg(r.title, id);
        }
        auto *item = new QListWidgetItem(title, m_plans);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(incident->plansActivated.contains(id) ? Qt::Checked : Qt::Unchecked);
    }

    // The post-mortem.
    m_postmortemStack->setCurrentIndex(incident->postmortem ? 1 : 0);
    const std::optional<qint64> restored =
        incident->restoredAt ? instantMs(*incident->restoredAt) : std::nullopt;
    m_due->setText(restored ? postmortemDue(plan, incident->severity, *restored)
                                  .toString(QStringLiteral("yyyy-MM-dd"))
                            : tr("once service is restored"));
    if (const std::optional<Postmortem> &pm = incident->postmortem) {
        for (const auto &[edit, value] :
             {std::pair{m_summary, &pm->summary}, std::pair{m_impact, &pm->impact},
              std::pair{m_wentWell, &pm->wentWell}, std::pair{m_wentWrong, &pm->wentWrong},
              std::pair{m_lucky, &pm->lucky}}) {
            if (edit->toPlainText() != *value)
                edit->setPlainText(*value);
        }
        m_timeline->setRowCount(0);
        for (const TimelineEntry &e : pm->timeline)
            addTableRow(m_timeline, {shownInstant(e.at, tz), e.text});
        m_actions->setRowCount(0);
        for (const IncidentAction &a : pm->actions) {
            addTableRow(m_actions,
                        {a.id, a.title, QString(), a.owner, a.due.value_or(QString()), QString()});
            const int row = m_actions->rowCount() - 1;
            auto *kind = new QComboBox;
            for (ActionKind k : {ActionKind::Prevent, ActionKind::Detect, ActionKind::Mitigate})
                kind->addItem(displayName(k), toString(k));
            kind->setCurrentIndex(kind->findData(toString(a.kind)));
            connect(kind, &QComboBox::activated, this,
                    [this] { commit(tr("Change an action's kind")); });
            m_actions->setCellWidget(row, 2, kind);
            auto *status = new QComboBox;
            status->addItem(tr("open"), toString(ActionStatus::Open));
            status->addItem(tr("done"), toString(ActionStatus::Done));
            status->setCurrentIndex(a.status == ActionStatus::Open ? 0 : 1);
            connect(status, &QComboBox::activated, this,
                    [this] { commit(tr("Change an action's status")); });
            m_actions->setCellWidget(row, 5, status);
        }
        // The action's words take what the kind, owner, due date and status leave; the id is
        // the register's key, kept in the row but not shown (the words' tooltip has both).
        m_actions->setColumnHidden(0, true);
        for (int row = 0; row < m_actions->rowCount(); ++row) {
            if (QTableWidgetItem *words = m_actions->item(row, 1))
                words->setToolTip(
                    QStringLiteral("%1 (%2)").arg(words->text(), m_actions->item(row, 0)->text()));
        }
        m_actions->horizontalHeader()->setStretchLastSection(false);
        m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_actions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_actions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
        m_actions->setColumnWidth(
            3, m_actions->fontMetrics().horizontalAdvance(QStringLiteral("crisis-communic")));
        m_actions->resizeRowsToContents();
        m_runbookChanges->setRowCount(0);
        for (const RunbookChange &c : pm->runbookChanges)
            addTableRow(m_runbookChanges, {c.runbook, c.version});
        m_reviewer->setText(pm->reviewer);
        m_reviewedOn->setText(pm->reviewedOn.value_or(QString()));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_detailTabs})
        w->setEnabled(true);
    // The DORA tab is there for a financial entity's plan only.
    m_detailTabs->setTabVisible(m_detailTabs->indexOf(m_doraTab),
                                plan.incidentPolicy.financialEntity);
    refreshDora();
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit != m_search)
            edit->setReadOnly(!editable);
    }
    m_loading = false;
}

bool IncidentsPage::formIncident(Incident *incident, QString *error) const
{
    const QTimeZone tz = zone();
    bool ok = true;
    QStringList bad;
    auto instant = [&](QLineEdit *edit, const QString &label) {
        bool fine = true;
        std::optional<QString> value = typedInstant(edit->text(), tz, &fine);
        if (!fine)
            bad.append(label);
        return value;
    };
    auto number = [&](QLineEdit *edit, const QString &label) {
        bool fine = true;
        const std::optional<double> value = typedNumber(edit->text(), &fine);
        if (!fine)
            bad.append(label);
        return value;
    };
    Incident &i = *incident;
    i.title = m_title->text().trimmed();
    i.severity = m_severity->currentData().toInt();
    i.status = incidentStatusFromString(m_status->currentData().toString()).value_or(i.status);
    i.startedAt = instant(m_started, tr("Impact began")).value_or(QString());
    i.detectedAt = instant(m_detected, tr("Detected"));
    i.acknowledgedAt = instant(m_acknowledged, tr("Acknowledged"));
    i.mitigatedAt = instant(m_mitigated, tr("Mitigated"));
    i.restoredAt = instant(m_restored, tr("Restored"));
    i.closedAt = instant(m_closed, tr("Closed"));
    i.clientsAffected = number(m_clients, tr("Clients affected"));
    i.transactionsAffected = number(m_transactions, tr("Transactions affected"));
    i.cost = number(m_cost, tr("Cost"));
    i.causedByChange = m_change->text().trimmed();
    i.externalRef = m_externalRef->text().trimmed();
    i.description = m_description->toPlainText();
    i.affected.clear();
    for (int row = 0; row < m_affected->rowCount(); ++row) {
        AffectedNode a;
        a.node = m_affected->item(row, 0)->data(IdRole).toString();
        a.state = affectedStateFromString(comboData(m_affected, row, 1)).value_or(a.state);
        bool fine = true;
        a.from = typedInstant(cellText(m_affected, row, 2), tz, &fine);
        a.to = typedInstant(cellText(m_affected, row, 3), tz, &fine);
        if (!fine)
            bad.append(tr("Affected row %1").arg(row + 1));
        i.affected.append(a);
    }
    i.dataLoss.clear();
    for (int row = 0; row < m_dataLoss->rowCount(); ++row) {
        bool fine = true;
        const std::optional<double> hours = typedNumber(cellText(m_dataLoss, row, 1), &fine);
        if (!fine)
            bad.append(tr("Data lost row %1").arg(row + 1));
        i.dataLoss.append({m_dataLoss->item(row, 0)->data(IdRole).toString(), hours});
    }
    i.factors.clear();
    for (int row = 0; row < m_factors->rowCount(); ++row)
        i.factors.append({factorCategoryFromString(comboData(m_factors, row, 0))
                              .value_or(FactorCategory::Unknown),
                          cellText(m_factors, row, 1)});
    i.plansActivated.clear();
    for (int row = 0; row < m_plans->count(); ++row) {
        if (m_plans->item(row)->checkState() == Qt::Checked)
            i.plansActivated.append(m_plans->item(row)->data(IdRole).toString());
    }
    if (i.postmortem) {
        Postmortem &pm = *i.postmortem;
        pm.summary = m_summary->toPlainText();
        pm.impact = m_impact->toPlainText();
        pm.wentWell = m_wentWell->toPlainText();
        pm.wentWrong = m_wentWrong->toPlainText();
        pm.lucky = m_lucky->toPlainText();
        pm.timeline.clear();
        for (int row = 0; row < m_timeline->rowCount(); ++row) {
            bool fine = true;
            const std::optional<QString> at = typedInstant(cellText(m_timeline, row, 0), tz, &fine);
            if (!fine || !at)
                bad.append(tr("Timeline row %1").arg(row + 1));
            pm.timeline.append({at.value_or(QString()), cellText(m_timeline, row, 1)});
        }
        const Incident *stored = m_document->incident(m_id);
        pm.actions.clear();
        for (int row = 0; row < m_actions->rowCount(); ++row) {
            IncidentAction a;
            a.id = cellText(m_actions, row, 0);
            a.title = cellText(m_actions, row, 1);
            a.kind = actionKindFromString(comboData(m_actions, row, 2)).value_or(a.kind);
            a.owner = cellText(m_actions, row, 3);
            const QString due = cellText(m_actions, row, 4);
            a.due = due.isEmpty() ? std::nullopt : std::optional<QString>(due);
            a.status = actionStatusFromString(comboData(m_actions, row, 5)).value_or(a.status);
            // A closed date kept from the stored action, set when first marked done.
            for (const IncidentAction &old : stored->postmortem->actions) {
                if (old.id == a.id)
                    a.closed = old.closed;
            }
            if (a.status == ActionStatus::Done && !a.closed)
                a.closed = QDate::currentDate().toString(Qt::ISODate);
            if (a.status == ActionStatus::Open)
                a.closed.reset();
            pm.actions.append(a);
        }
        pm.runbookChanges.clear();
        for (int row = 0; row < m_runbookChanges->rowCount(); ++row)
            pm.runbookChanges.append(
                {cellText(m_runbookChanges, row, 0), cellText(m_runbookChanges, row, 1)});
        pm.reviewer = m_reviewer->text().trimmed();
        const QString reviewed = m_reviewedOn->text().trimmed();
        pm.reviewedOn = reviewed.isEmpty() ? std::nullopt : std::optional<QString>(reviewed);
    }
    if (!bad.isEmpty()) {
        *error = tr("%1: write a date and time as YYYY-MM-DD HH:MM, a number as digits.")
                     .arg(bad.join(QStringLiteral(", ")));
        ok = false;
    }
    return ok;
}

void IncidentsPage::commit(const QString &text)
{
    if (m_loading || m_document->isReadOnly())
        return;
    const Incident *current = m_document->incident(m_id);
    if (!current)
        return;
    Incident next = *current;
    QString error;
    if (!formIncident(&next, &error)) {
        refused(error);
        return;
    }
    if (next == *current)
        return;
    if (!m_document->changeIncident(next, text, &error))
        refused(error);
    else
        m_error->hide();
}

void IncidentsPage::refused(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    loadDetail();
}

void IncidentsPage::newIncident()
{
    if (m_document->isReadOnly())
        return;
    Incident incident;
    incident.id = m_document->nextIncidentId();
    incident.title = tr("New incident");
    incident.severity = 3;
    incident.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString error;
    if (!m_document->addIncident(incident, &error)) {
        refused(error);
        return;
    }
    showIncident(incident.id);
    m_detailTabs->setCurrentIndex(0);
    m_title->setFocus();
    m_title->selectAll();
}

void IncidentsPage::deleteIncident()
{
    const Incident *incident = m_document->incident(m_id);
    if (!incident || m_document->isReadOnly())
        return;
    if (!m_dialogs->confirm(this, tr("Delete Incident"),
                            tr("Delete incident %1, \"%2\", with its post-mortem? Undo brings "
                               "it back.")
                                .arg(incident->id, incident->title),
                            tr("Delete Incident")))
        return;
    QString error;
    if (!m_document->removeIncident(m_id, &error))
        refused(error);
}

void IncidentsPage::proposeFromCascade()
{
    const Incident *incident = m_document->incident(m_id);
    if (!incident)
        return;
    const Plan &plan = m_document->plan();
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    std::vector<int> scenario;
    QSet<QString> listed;
    for (const AffectedNode &a : incident->affected) {
        listed.insert(a.node);
        const int node = graph.indexOf(a.node);
        if (node >= 0 && a.state == AffectedState::Down)
            scenario.push_back(node);
    }
    if (scenario.empty()) {
        emit statusMessage(tr("List at least one node as down: the cascade starts from them."),
                           6000);
        return;
    }
    const CascadeResult cascade = runCascade(graph, scenario, CascadeOptions{false, {}, {}});
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("cascadeProposalDialog"));
    dialog.setWindowTitle(tr("Propose from Cascade"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("With the nodes listed down, the cascade also takes these down or "
                                "degrades them. Tick the ones the incident affected."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("cascadeProposal"));
    for (int node : cascade.affected) {
        if (listed.contains(graph.id(node)))
            continue;
        const bool down = cascade.state[node] == NodeState::Down;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(nodeLabel(plan, graph.id(node)),
                                                              down ? tr("down") : tr("degraded")),
                                list);
        item->setData(IdRole, graph.id(node));
        item->setData(IdRole + 1, down);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    if (list->count() == 0) {
        emit statusMessage(tr("The cascade takes nothing else down: the incident lists it all."),
                           6000);
        return;
    }
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Ticked Nodes"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Incident next = *incident;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            next.affected.append(
                {item->data(IdRole).toString(),
                 item->data(IdRole + 1).toBool() ? AffectedState::Down : AffectedState::Degraded,
                 std::nullopt, std::nullopt});
    }
    QString error;
    if (next != *incident &&
        !m_document->changeIncident(next, tr("Add the nodes the cascade proposed"), &error))
        refused(error);
}

void IncidentsPage::printPreview()
{
    const Incident *incident = m_document->incident(m_id);
    if (!incident)
        return;
    const Report::Document document = postmortemReport(
        m_document->plan(), *incident, m_printNames->isChecked(), QDateTime::currentDateTime());
    ReportExportBar::preview(document, tr("Post-mortem %1").arg(incident->id), this);
}

void IncidentsPage::askExportPdf()
{
    const Incident *incident = m_document->incident(m_id);
    if (!incident)
        return;
    const QString suggested = QFileInfo(m_document->filePath())
                                  .dir()
                                  .filePath(incident->id + QStringLiteral("-postmortem.pdf"));
    const QString path = m_dialogs->askExportPath(this, tr("Export Post-mortem as PDF"), suggested,
                                                  tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool IncidentsPage::exportPdf(const QString &path)
{
    const Incident *found = m_document->incident(m_id);
    if (!found)
        return false;
    // Copies (implicitly shared, cheap here): the graph is built on the worker.
    const Plan plan = m_document->plan();
    const Incident incident = *found;
    const bool names = m_printNames->isChecked();
    return m_exportBar->start(
        [plan, incident, names](Report::Document *document, QString *) {
            *document = postmortemReport(plan, incident, names, QDateTime::currentDateTime());
            return true;
        },
        path, tr("Post-mortem %1").arg(incident.id));
}

bool IncidentsPage::isExporting() const
{
    return m_exportBar->isRunning();
}

void IncidentsPage::editPolicy()
{
    if (m_document->isReadOnly())
        return;
    const IncidentPolicy current = m_document->plan().incidentPolicy;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("incidentPolicyDialog"));
    dialog->setWindowTitle(tr("Incident Policy"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout;
    auto *days = new QSpinBox;
    days->setObjectName(QStringLiteral("postmortemBusinessDays"));
    days->setRange(1, 365);
    days->setValue(current.postmortemBusinessDays);
    days->setSuffix(tr(" business days"));
    auto *sev1 = new QSpinBox;
    sev1->setObjectName(QStringLiteral("postmortemSev1Days"));
    sev1->setRange(1, 365);
    sev1->setValue(current.postmortemSev1Days);
    sev1->setSuffix(tr(" calendar days"));
    auto *zone = new QComboBox;
    zone->setObjectName(QStringLiteral("incidentTimeZone"));
    zone->setEditable(true);
    zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone->addItem(QString::fromUtf8(id));
    zone->setCurrentText(current.timeZone);
    auto *financial = new QCheckBox(tr("The plan is a financial entity's (EU DORA)"));
    financial->setObjectName(QStringLiteral("financialEntity"));
    financial->setChecked(current.financialEntity);
    form->addRow(tr("Post-mortem due within:"), days);
    form->addRow(tr("For severity 1, within:"), sev1);
    form->addRow(tr("Time zone:"), zone);
    form->addRow(QString(), financial);
    auto *intro = new QLabel(tr("Post-mortems fall due after the service is restored. Times are "
                                "typed and shown, and calendar SLO windows and business days "
                                "counted, in the time zone."));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, days, sev1, zone, financial] {
        IncidentPolicy policy = m_document->plan().incidentPolicy;
        policy.postmortemBusinessDays = days->value();
        policy.postmortemSev1Days = sev1->value();
        policy.timeZone = zone->currentText().trimmed();
        policy.financialEntity = financial->isChecked();
        QString error;
        if (!m_document->setIncidentPolicy(policy, &error))
            m_dialogs->showError(this, tr("Incident Policy Not Changed"), error);
    });
    dialog->open();
}

QWidget *IncidentsPage::buildDoraView()
{
    auto *view = new QWidget;
    auto *layout = new QVBoxLayout(view);
    m_doraVerdict = new QLabel;
    m_doraVerdict->setObjectName(QStringLiteral("doraVerdict"));
    m_doraVerdict->setTextFormat(Qt::PlainText);
    keepFontRelative(m_doraVerdict, 1.15, true);
    m_doraReasons = new QLabel;
    m_doraReasons->setObjectName(QStringLiteral("doraReasons"));
    m_doraReasons->setTextFormat(Qt::PlainText);
    m_doraReasons->setWordWrap(true);
    m_doraCriteria = new QTableWidget(0, 3);
    m_doraCriteria->setObjectName(QStringLiteral("doraCriteria"));
    m_doraCriteria->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Met"), tr("What the plan knows")});
    m_doraCriteria->verticalHeader()->hide();
    m_doraCriteria->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_doraCriteria->setWordWrap(true);
    m_doraCriteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_doraCriteria->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_doraCriteria->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_doraClocks = new QLabel;
    m_doraClocks->setObjectName(QStringLiteral("doraClocks"));
    m_doraClocks->setTextFormat(Qt::PlainText);
    m_doraClocks->setWordWrap(true);
    m_doraRecurring = new QLabel;
    m_doraRecurring->setObjectName(QStringLiteral("doraRecurring"));
    m_doraRecurring->setTextFormat(Qt::PlainText);
    m_doraRecurring->setWordWrap(true);
    m_doraDraft = new QPlainTextEdit;
    m_doraDraft->setObjectName(QStringLiteral("doraDraft"));
    m_doraDraft->setReadOnly(true);
    m_doraDraft->setMinimumHeight(200);
    auto *copy = new QPushButton(tr("Copy Draft"));
    copy->setObjectName(QStringLiteral("copyDoraDraft"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_doraDraft->toPlainText());
        emit statusMessage(tr("The initial notification draft is on the clipboard."), 5000);
    });
    auto *intro = new QLabel(tr("Classification under Delegated Regulation (EU) 2024/1772: "
                                "computed where the plan knows the facts; the rest is for you to "
                                "assess. Critical services are the processes of tier 0 and 1."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_doraVerdict);
    layout->addWidget(m_doraReasons);
    layout->addWidget(m_doraCriteria);
    layout->addWidget(m_doraRecurring);
    layout->addWidget(m_doraClocks);
    auto *draftHeader = new QHBoxLayout;
    draftHeader->addWidget(new QLabel(tr("Initial notification (draft):")), 1);
    draftHeader->addWidget(copy);
    layout->addLayout(draftHeader);
    layout->addWidget(m_doraDraft, 1);
    return view;
}

void IncidentsPage::refreshDora()
{
    const Incident *incident = m_document->incident(m_id);
    const Plan &plan = m_document->plan();
    if (!incident || !plan.incidentPolicy.financialEntity ||
        m_detailTabs->currentWidget() != m_doraTab)
        return;
    // Computed when shown: the graph and the downtime of this incident (and of those it
    // recurs with) through the cascade.
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const DoraClassification c = classifyIncident(plan, graph, *incident, now);
    m_doraVerdict->setText(displayName(c.verdict));
    QPalette palette = m_doraVerdict->palette();
    palette.setColor(QPalette::WindowText, c.verdict == DoraVerdict::Major
                                               ? QColor(0xb0, 0x1c, 0x1c)
                                               : palette.color(QPalette::Text));
    m_doraVerdict->setPalette(palette);
    m_doraReasons->setText(c.reasons);
    m_doraCriteria->setRowCount(int(c.criteria.size()));
    for (int row = 0; row < int(c.criteria.size()); ++row) {
        const DoraCriterionResult &r = c.criteria[std::size_t(row)];
        auto *name = new QTableWidgetItem(displayName(r.criterion));
        auto *state = new QTableWidgetItem(r.state == CriterionState::Met      ? tr("yes")
                                           : r.state == CriterionState::NotMet ? tr("no")
                                                                               : tr("to assess"));
        if (r.state == CriterionState::Met) {
            QFont f = state->font();
            f.setBold(true);
            state->setFont(f);
        }
        auto *evidence = new QTableWidgetItem(r.evidence);
        evidence->setToolTip(r.evidence);
        m_doraCriteria->setItem(row, 0, name);
        m_doraCriteria->setItem(row, 1, state);
        m_doraCriteria->setItem(row, 2, evidence);
    }
    m_doraCriteria->resizeRowsToContents();
    // Every criterion in view, none cut: the tab scrolls, the table does not.
    int height = m_doraCriteria->horizontalHeader()->height() + 2 * m_doraCriteria->frameWidth();
    for (int row = 0; row < m_doraCriteria->rowCount(); ++row)
        height += m_doraCriteria->rowHeight(row);
    m_doraCriteria->setMinimumHeight(height);
    m_doraCriteria->setMaximumHeight(height);
    const QTimeZone tz = zone();
    auto at = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    m_doraClocks->setText(
        c.initialBy ? tr("Reporting clocks (Delegated Regulation (EU) 2025/301, Art. 5): initial "
                         "notification within 4 hours of classifying it as major and by %1 at "
                         "the latest; intermediate report within 72 hours of that (by %2 at the "
                         "latest); final report within a month of the last intermediate report "
                         "(by %3 at the latest).")
                          .arg(at(*c.initialBy), at(*c.intermediateBy), at(*c.finalBy))
                    : tr("No report is due for an incident that is not major."));
    // Recurring incidents assessed together (Art. 8(2)).
    QStringList recurring;
    for (const DoraClassification &group : classifyIncidents(plan, graph, now)) {
        if (group.recurring && group.incidents.contains(incident->id))
            recurring.append(
                tr("Recurring with %1: together, %2")
                    .arg(group.incidents.join(QStringLiteral(", ")), displayName(group.verdict)));
    }
    m_doraRecurring->setText(recurring.join(QLatin1Char('\n')));
    m_doraRecurring->setVisible(!recurring.isEmpty());
    m_doraDraft->setPlainText(initialNotificationDraft(plan, graph, *incident, c));
}

void IncidentsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange || !m_splitter)
        return;
    // The factors' category drop-downs take the new text size.
    QTimer::singleShot(0, this, [this] { m_factors->resizeColumnToContents(0); });
    if (font().pointSizeF() > m_normalPoints + 0.1) {
        if (m_normalSizes.isEmpty())
            m_normalSizes = m_splitter->sizes();
        QTimer::singleShot(0, this, &IncidentsPage::fitListWidth);
    } else if (!m_normalSizes.isEmpty()) {
        m_splitter->setOrientation(Qt::Horizontal);
        m_splitter->setSizes(m_normalSizes); // back as the user left it
        m_normalSizes.clear();
    }
}

void IncidentsPage::fitListWidth()
{
    const int total = m_splitter->width();
    if (total <= 0)
        return;
    int wanted = 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width() +
                 28 * m_list->fontMetrics().averageCharWidth(); // the title
    for (int c = 0; c < m_list->horizontalHeader()->count(); ++c)
        if (c != 1)
            wanted += m_list->horizontalHeader()->sectionSize(c);
    // Where half the width cannot hold the list's columns at the room's text size (a laptop,
    // German or French), the list goes above the form, each the whole width.
    if (wanted > total / 2 && m_splitter->orientation() == Qt::Horizontal) {
        m_splitter->setOrientation(Qt::Vertical);
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 2 / 5, height - height * 2 / 5});
        return;
    }
    if (m_splitter->orientation() == Qt::Vertical)
        return;
    const int list = std::clamp(wanted, total / 3, total / 2);
    m_splitter->setSizes({list, total - list});
}

} // namespace Continuity
