// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseFollowUpView.h"
#include "people/OwnerEditing.h"
#include "tables/ChartLabels.h"
#include "tables/HeaderFit.h"

#include "domain/Contacts.h"

#include "analysis/AnalysisRun.h"
#include "analysis/ExerciseResults.h"
#include "dialogs/UserDialogs.h"
#include "document/AnalysisController.h"
#include "document/PlanDocument.h"
#include "domain/Plan.h"
#include "rules/Validation.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Continuity {

namespace {

QString dateText(const std::optional<QDate> &date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

const QColor OverdueBackground(0xf4, 0xc7, 0xc3);

} // namespace

ExerciseFollowUpView::ExerciseFollowUpView(PlanDocument *document, UserDialogs *dialogs,
                                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_today([] { return QDate::currentDate(); })
{
    // Edits made in this view's tables come back as document signals while the table is still
    // inside its own signal: refresh once control is back in the event loop.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExerciseFollowUpView::refresh);
    setObjectName(QStringLiteral("exerciseFollowUp"));
    QFont bold = font();
    bold.setBold(true);

    m_actions = new QTableWidget(0, ActionColumnCount);
    m_actions->setObjectName(QStringLiteral("exerciseActionsTable"));
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Done"),
                                          tr("Raised in"), tr("Raised"), tr("Closed")});
    m_actions->verticalHeader()->hide();
    m_actions->setColumnWidth(ActionTitleColumn, 300);
    m_actions->setColumnWidth(ActionOwnerColumn, 140);
    m_actions->setItemDelegateForColumn(ActionOwnerColumn,
                                        new OwnerDelegate(m_document, m_dialogs, m_actions));
    m_actions->setColumnWidth(ActionDueColumn, 100);
    m_actions->setColumnWidth(ActionDoneColumn, 60);
    m_actions->setColumnWidth(ActionExerciseColumn, 220);
    // The title takes what the other columns, each at least as wide as its header, leave.
    m_actions->horizontalHeader()->setSectionResizeMode(ActionTitleColumn, QHeaderView::Stretch);
    keepHeadersReadable(m_actions->horizontalHeader());
    m_add = new QPushButton(tr("Add Action…"));
    m_add->setObjectName(QStringLiteral("addActionButton"));
    auto *actionsLabel = new QLabel(tr("Action items of every exercise and post-mortem (open "
                                       "ones first; overdue in red)"));
    actionsLabel->setFont(bold);
    actionsLabel->setWordWrap(true);

    m_tests = new QTableWidget(0, 6);
    m_tests->setObjectName(QStringLiteral("testsDueTable"));
    m_tests->setHorizontalHeaderLabels({tr("Service"), tr("Tier"), tr("Test every"),
                                        tr("Last tested"), tr("Next test due"), tr("Planned")});
    m_tests->verticalHeader()->hide();
    m_tests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The service and the planned exercise share what the dates and counts leave.
    m_tests->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tests->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tests->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    auto *testsLabel = new QLabel(tr("Next test due per tier-0/1 service (tier policy)"));
    testsLabel->setFont(bold);

    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("actionsChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    auto *actionsBox = new QWidget;
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *actionsHeader = new QHBoxLayout;
    actionsHeader->addWidget(actionsLabel, 1);
    actionsHeader->addWidget(m_add);
    actionsLayout->addLayout(actionsHeader);
    actionsLayout->addWidget(m_actions);
    auto *testsBox = new QWidget;
    auto *testsLayout = new QVBoxLayout(testsBox);
    testsLayout->setContentsMargins(0, 0, 0, 0);
    testsLayout->addWidget(testsLabel);
    testsLayout->addWidget(m_tests);
    // Actions, then the tests due across the whole width, then the chart.
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(actionsBox);
    split->addWidget(testsBox);
    split->addWidget(m_chart);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_add, &QPushButton::clicked, this, &ExerciseFollowUpView::addAction);
    connect(m_actions, &QTableWidget::cellChanged, this, &ExerciseFollowUpView::onActionChanged);
    // Tests due and actions follow exercises, services, runbooks, dependencies and the policy.
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.entity != PlanChange::Entity::Positions &&
            change.entity != PlanChange::Entity::PlanName &&
            change.entity != PlanChange::Entity::CmdbMapping)
            scheduleRefresh();
    });
    refresh();
}

void ExerciseFollowUpView::setExercise(const QString &id)
{
    m_exerciseId = id;
    m_add->setEnabled(!id.isEmpty() && m_document && !m_document->isReadOnly());
}

void ExerciseFollowUpView::setAnalysis(AnalysisController *analysis)
{
    m_analysis = analysis;
    if (analysis)
        connect(analysis, &AnalysisController::resultsChanged, this,
                &ExerciseFollowUpView::scheduleRefresh);
    scheduleRefresh();
}

void ExerciseFollowUpView::setToday(std::function<QDate()> today)
{
    m_today = std::move(today);
    refresh();
}

void ExerciseFollowUpView::refresh()
{
    if (!m_document)
        return;
    const Plan &plan = m_document->plan();
    const QDate today = m_today();
    const bool writable = !m_document->isReadOnly();
    m_loading = true;
    const QList<ActionRef> actions = allActions(plan, today);
    m_actions->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const ActionRef &a = actions.at(row);
        auto cell = [&](int column, const QString &text, bool editable) {
            auto *item = new QTableWidgetItem(text);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (editable && writable)
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            if (a.overdue) {
                item->setBackground(OverdueBackground);
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            m_actions->setItem(row, column, item);
            return item;
        };
        QTableWidgetItem *title = cell(ActionTitleColumn, a.action.title, true);
        title->setData(Qt::UserRole, a.exercise);
        title->setData(Qt::UserRole + 1, a.action.id);
        title->setData(Qt::UserRole + 2, a.incident);
        if (a.overdue)
            title->setToolTip(tr("Overdue since %1").arg(*a.action.due));
        cell(ActionOwnerColumn, Contacts::displayName(m_document->plan(), a.action.owner), true);
        cell(ActionDueColumn, a.action.due.value_or(QString()), true)->setToolTip(tr("YYYY-MM-DD"));
        QTableWidgetItem *done = cell(ActionDoneColumn, QString(), false);
        done->setFlags(done->flags() | (writable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        done->setCheckState(a.action.status == ActionStatus::Done ? Qt::Checked : Qt::Unchecked);
        cell(ActionExerciseColumn, a.exerciseTitle, false);
        cell(ActionRaisedColumn, a.raised.toString(Qt::ISODate), false);
        cell(ActionClosedColumn, a.action.closed.value_or(QString()), false);
    }

    RequiredTier required;
    if (m_analysis) {
        const std::shared_ptr<const AnalysisOutput> analysed = m_analysis->results();
        required = [analysed](const QString &id) {
            return analysed ? analysed->requiredTierOf(id) : -1;
        };
    }
    const QList<TestDue> due = testsDue(plan, today, required);
    m_tests->setRowCount(int(due.size()));
    for (int row = 0; row < due.size(); ++row) {
        const TestDue &d = due.at(row);
        const QString next =
            d.nextDue ? d.nextDue->toString(Qt::ISODate) : tr("now (never tested)");
        const QStringList texts{d.name,
                                QString::number(d.tier),
                                tr("%n month(s)", nullptr, d.everyMonths),
                                dateText(d.lastTested),
                                d.overdue ? tr("%1 — overdue").arg(next) : next,
                                dateText(d.planned)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == 0)
                item->setToolTip(d.service);
            if (d.overdue) {
                item->setBackground(OverdueBackground);
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            m_tests->setItem(row, column, item);
        }
    }
    m_loading = false;
    updateChart();
}

void ExerciseFollowUpView::onActionChanged(int row, int column)
{
    if (m_loading || !m_document)
        return;
    const QTableWidgetItem *key = m_actions->item(row, ActionTitleColumn);
    const QString actionId = key->data(Qt::UserRole + 1).toString();
    // The action as the register shows it, edited here and written back to where it lives: its
    // exercise, or its incident's post-mortem.
    std::optional<Exercise> exercise;
    std::optional<Incident> incident;
    ActionItem action;
    if (const Exercise *e = m_document->exercise(key->data(Qt::UserRole).toString())) {
        exercise = *e;
        const auto it = std::find_if(exercise->actions.cbegin(), exercise->actions.cend(),
                                     [&](const ActionItem &a) { return a.id == actionId; });
        if (it == exercise->actions.cend())
            return;
        action = *it;
    } else if (const Incident *i = m_document->incident(key->data(Qt::UserRole + 2).toString());
               i && i->postmortem) {
        incident = *i;
        const auto &actions = incident->postmortem->actions;
        const auto it = std::find_if(actions.cbegin(), actions.cend(),
                                     [&](const IncidentAction &a) { return a.id == actionId; });
        if (it == actions.cend())
            return;
        action = postmortemActionItem(*incident, *it);
    } else {
        return;
    }
    const QString text = m_actions->item(row, column)->text().trimmed();
    QString what;
    QString error;
    switch (column) {
    case ActionTitleColumn:
        action.title = text;
        what = tr("Rename action");
        break;
    case ActionOwnerColumn:
        action.owner = Contacts::resolve(m_document->plan(), text);
        what = tr("Change action owner");
        break;
    case ActionDueColumn:
        if (!text.isEmpty() && !isIsoDate(text))
            error = tr("\"%1\" is not a date: write it as 2026-04-30.").arg(text);
        action.due = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        what = tr("Change action due date");
        break;
    case ActionDoneColumn: {
        const bool done = m_actions->item(row, column)->checkState() == Qt::Checked;
        action.status = done ? ActionStatus::Done : ActionStatus::Open;
        action.closed =
            done ? std::optional<QString>(m_today().toString(Qt::ISODate)) : std::nullopt;
        what = done ? tr("Close action \"%1\"").arg(action.title)
                    : tr("Reopen action \"%1\"").arg(action.title);
        break;
    }
    default:
        return;
    }
    if (error.isEmpty() && exercise) {
        for (ActionItem &a : exercise->actions) {
            if (a.id == actionId)
                a = action;
        }
        m_document->changeExercise(*exercise, what, &error);
    } else if (error.isEmpty() && incident) {
        for (IncidentAction &a : incident->postmortem->actions) {
            if (a.id != actionId)
                continue;
            a.title = action.title;
            a.owner = action.owner;
            a.due = action.due;
            a.status = action.status;
            a.closed = action.closed;
        }
        m_document->changeIncident(*incident, what, &error);
    }
    if (!error.isEmpty()) {
        m_dialogs->showWarning(this, tr("Actions"), error);
        scheduleRefresh();
    }
}

void ExerciseFollowUpView::addAction()
{
    const Exercise *current = m_document ? m_document->exercise(m_exerciseId) : nullptr;
    if (!current)
        return;
    const QString title = m_dialogs->askText(this, tr("Add Action"),
                                             tr("What must be done? (owner and due date in the "
                                                "table)"),
                                             QString());
    if (title.trimmed().isEmpty())
        return;
    Exercise e = *current;
    QString id;
    for (int n = 1;; ++n) {
        id = QStringLiteral("a%1").arg(n);
        if (std::none_of(e.actions.cbegin(), e.actions.cend(),
                         [&](const ActionItem &a) { return a.id == id; }))
            break;
    }
    ActionItem a;
    a.id = id;
    a.title = title.trimmed();
    a.raised = m_today().toString(Qt::ISODate);
    e.actions.append(a);
    QString error;
    if (!m_document->changeExercise(e, tr("Add action \"%1\"").arg(a.title), &error))
        m_dialogs->showWarning(this, tr("Add Action"), error);
}

void ExerciseFollowUpView::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Action items over time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<ActionCount> counts =
        m_document ? actionsOverTime(m_document->plan(), m_today()) : QList<ActionCount>();
    if (!counts.isEmpty()) {
        auto *open = new QLineSeries;
        open->setName(tr("Open"));
        open->setColor(QColor(0xb0, 0x1e, 0x1e));
        auto *closed = new QLineSeries;
        closed->setName(tr("Closed"));
        closed->setColor(QColor(0x2e, 0x7d, 0x32));
        int top = 0;
        for (const ActionCount &c : counts) {
            const qreal x = qreal(QDateTime(c.date, QTime(12, 0)).toMSecsSinceEpoch());
            open->append(x, c.open);
            closed->append(x, c.closed);
            top = std::max({top, c.open, c.closed});
        }
        for (QLineSeries *s : {open, closed}) {
            s->setPointsVisible(true);
            chart->addSeries(s);
        }
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("MMM yyyy"));
        const qint64 margin = qint64(15) * 24 * 3600 * 1000;
        x->setRange(QDateTime(counts.constFirst().date, QTime(12, 0)).addMSecs(-margin),
                    QDateTime(counts.constLast().date, QTime(12, 0)).addMSecs(margin));
        x->setTickCount(5);
        auto *y = new QValueAxis;
        // Whole numbers of actions: a tick on each while they fit, nice numbers beyond.
        const int ceiling = std::max(2, top + 1);
        y->setRange(0, ceiling);
        if (ceiling <= 10)
            y->setTickCount(ceiling + 1);
        else
            y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries *s : {open, closed}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }
    QChart *old = m_chart->chart();
    ChartLabels::keepLabelsWhole(chart);
    m_chart->setChart(chart);
    delete old;
}

} // namespace Continuity

namespace Continuity {

void ExerciseFollowUpView::scheduleRefresh()
{
    m_refreshTimer.start();
}

} // namespace Continuity
