// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExercisesPage.h"
#include "people/OwnerEditing.h"
#include "tables/ElidingLabel.h"
#include "tables/FormCellDelegate.h"
#include "tables/HeaderFit.h"

#include "domain/Contacts.h"

#include "analysis/ExerciseResults.h"
#include "dialogs/ReportExportBar.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/ExerciseLog.h"
#include "domain/Plan.h"
#include "DrillConsole.h"
#include "ExerciseConsole.h"
#include "ExerciseFollowUpView.h"
#include "ExerciseResultsView.h"
#include "report/ExerciseReport.h"
#include "tables/PageFit.h"
#include "tables/RelativeFont.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QToolBar>
#include <QVBoxLayout>

namespace Continuity {

namespace {

constexpr ExerciseType AllTypes[] = {ExerciseType::Tabletop,         ExerciseType::Walkthrough,
                                     ExerciseType::Simulation,       ExerciseType::Parallel,
                                     ExerciseType::FullInterruption, ExerciseType::CallTree};

// "Ledger database (db-ledger)": what the scope picker lists and accepts.
QString pickerText(const QString &name, const QString &id)
{
    return ExercisesPage::tr("%1 (%2)").arg(name, id);
}

} // namespace

ExercisesPage::ExercisesPage(PlanDocument *document, UserDialogs *dialogs,
                             AnalysisController *analysis, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("exercisesPage"));
    buildUi();
    if (analysis)
        m_followUp->setAnalysis(analysis);
    m_objectivesCommit.setSingleShot(true);
    m_objectivesCommit.setInterval(800);
    connect(&m_objectivesCommit, &QTimer::timeout, this, &ExercisesPage::commitObjectives);

    connect(document, &PlanDocument::changed, this, &ExercisesPage::onPlanChanged);
    connect(m_exportBar, &ReportExportBar::finished, this, [this](bool ok, const QString &message) {
        emit statusMessage(message, 8000);
        emit exportFinished(ok, message);
        m_pdfAction->setEnabled(!currentExercise().isEmpty());
    });
    connect(m_console, &ExerciseConsole::statusMessage, this, &ExercisesPage::statusMessage);
    connect(m_drill, &DrillConsole::statusMessage, this, &ExercisesPage::statusMessage);
    connect(m_results, &ExerciseResultsView::statusMessage, this, &ExercisesPage::statusMessage);
    m_addService->installEventFilter(this);
    rebuildList();
    // The exercise nearest to today: the next one planned, else the latest.
    int pick = m_list->count() - 1;
    const QString today = m_now().date().toString(Qt::ISODate);
    for (int i = 0; i < m_list->count(); ++i) {
        const Exercise *e = document->exercise(m_list->item(i)->data(Qt::UserRole).toString());
        if (e && e->date >= today && exerciseStatus(*e) != ExerciseStatus::Ended) {
            pick = i;
            break;
        }
    }
    m_list->setCurrentRow(pick);
    loadCurrent();
}

void ExercisesPage::onPlanChanged(const PlanChange &change)
{
    using E = PlanChange::Entity;
    using K = PlanChange::Kind;
    if (change.kind == K::AboutToBeRemoved)
        return;
    if (change.entity == E::WholePlan) {
        m_pickerDirty = true;
        rebuildList();
        loadCurrent();
        return;
    }
    if (change.entity == E::CallTree) {
        loadCurrent();
        return;
    }
    if (change.entity == E::Runbook || change.entity == E::Service) {
        // The completer of every service is built when it is about to be used, not on each
        // change of a big plan.
        m_pickerDirty = true;
        loadCurrent();
        return;
    }
    if (change.entity != E::Exercise)
        return;
    const QString id = change.id();
    if (change.kind == K::Added) {
        rebuildList();
        showExercise(id);
    } else if (change.kind == K::Removed) {
        rebuildList();
        loadCurrent();
    } else {
        if (m_committing) {
            // The edit came from a list or table of this page, inside its own signal: rebuild
            // those widgets once that signal has returned.
            QTimer::singleShot(0, this, [this] {
                rebuildList();
                loadCurrent();
            });
            return;
        }
        rebuildList();
        if (id == currentExercise())
            loadCurrent();
    }
}

ExercisesPage::~ExercisesPage()
{
    commitObjectives();
}

void ExercisesPage::buildUi()
{
    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("exerciseToolbar"));
    m_newAction = toolbar->addAction(tr("New Exercise…"), this, &ExercisesPage::newExercise);
    m_newAction->setObjectName(QStringLiteral("newExerciseAction"));
    m_deleteAction =
        toolbar->addAction(tr("Delete Exercise"), this, &ExercisesPage::deleteExercise);
    toolbar->addSeparator();
    m_previewAction = toolbar->addAction(tr("Print Preview…"), this, &ExercisesPage::printPreview);
    m_pdfAction = toolbar->addAction(tr("Export PDF…"), this, &ExercisesPage::askExportPdf);
    m_pdfAction->setObjectName(QStringLiteral("exercisePdfAction"));

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    keepWrappedItemsWhole(m_list);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        commitObjectives();
        loadCurrent();
    });
    m_calendar = new QCalendarWidget;
    m_calendar->setObjectName(QStringLiteral("exerciseCalendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setToolTip(tr("Days with an exercise are bold. Pick one to open its exercise; "
                              "New Exercise… plans one on the picked day."));
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
        for (int i = 0; i < m_list->count(); ++i) {
            const Exercise *e =
                m_document->exercise(m_list->item(i)->data(Qt::UserRole).toString());
            if (e && e->date == date.toString(Qt::ISODate)) {
                m_list->setCurrentRow(i);
                return;
            }
        }
    });
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_calendar);

    // Plan tab.
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("exerciseDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("exerciseType"));
    for (ExerciseType type : AllTypes)
        m_type->addItem(toDisplayString(type), int(type));
    m_callTree = new QComboBox;
    m_callTree->setObjectName(QStringLiteral("exerciseCallTree"));
    m_callTree->setToolTip(tr("The call tree this drill calls; fixed once the drill is declared"));
    m_runbooks = new QListWidget;
    m_runbooks->setObjectName(QStringLiteral("exerciseRunbooks"));
    m_runbooks->setMaximumHeight(140);
    m_services = new QListWidget;
    m_services->setObjectName(QStringLiteral("exerciseServices"));
    m_services->setMaximumHeight(110);
    m_services->setToolTip(tr("Services tested besides those of the runbooks. Delete removes "
                              "the selected one."));
    m_addService = new QLineEdit;
    m_addService->setObjectName(QStringLiteral("exerciseAddService"));
    m_addService->setPlaceholderText(tr("type a service name and press Enter to add it"));
    auto *removeService = new QAction(m_services);
    removeService->setShortcut(QKeySequence::Delete);
    removeService->setShortcutContext(Qt::WidgetShortcut);
    m_services->addAction(removeService);
    connect(removeService, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_services->currentItem()) {
            delete item;
            onScopeItemChanged();
        }
    });
    m_participants = new QTableWidget(0, 2);
    m_participants->setObjectName(QStringLiteral("exerciseParticipants"));
    m_participants->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_participants->verticalHeader()->hide();
    m_participants->horizontalHeader()->setStretchLastSection(true);
    m_participants->setColumnWidth(0, 220);
    // Tab goes on to the next field; arrows move between the cells.
    m_participants->setTabKeyNavigation(false);
    m_participants->setItemDelegateForColumn(
        0, new OwnerDelegate(m_document, m_dialogs, m_participants));
    m_participants->setItemDelegateForColumn(1, new FormCellDelegate(m_participants));
    m_participants->setToolTip(tr("Type into the last row to add someone; clear a name to "
                                  "remove them."));
    m_objectives = new QPlainTextEdit;
    m_objectives->setObjectName(QStringLiteral("exerciseObjectives"));
    m_objectives->setPlaceholderText(tr("What the exercise must show, in plain words"));
    m_objectives->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    auto *typeLabel = new QLabel(tr("T&ype:"));
    typeLabel->setBuddy(m_type);
    dateRow->addSpacing(12);
    dateRow->addWidget(typeLabel);
    dateRow->addWidget(m_type);
    dateRow->addStretch(1);
    auto *dateLabel = new QLabel(tr("&Date:"));
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    auto *callTreeLabel = new QLabel(tr("&Call tree:"));
    callTreeLabel->setBuddy(m_callTree);
    m_callTreeLabel = callTreeLabel;
    form->addRow(callTreeLabel, m_callTree);
    auto *runbooksLabel = new QLabel(tr("&Runbooks:"));
    runbooksLabel->setBuddy(m_runbooks);
    m_runbooksLabel = runbooksLabel;
    form->addRow(runbooksLabel, m_runbooks);
    m_servicesBox = new QWidget;
    auto *servicesBox = new QVBoxLayout(m_servicesBox);
    servicesBox->setContentsMargins(0, 0, 0, 0);
    servicesBox->addWidget(m_services);
    servicesBox->addWidget(m_addService);
    auto *servicesLabel = new QLabel(tr("Other &services:"));
    servicesLabel->setBuddy(m_addService);
    m_servicesLabel = servicesLabel;
    form->addRow(servicesLabel, m_servicesBox);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("&Objectives:"), m_objectives);
    auto *planTab = new QWidget;
    planTab->setLayout(form);

    m_console = new ExerciseConsole(m_document, m_dialogs);
    m_drill = new DrillConsole(m_document, m_dialogs);
    m_live = new QStackedWidget;
    m_live->addWidget(m_console);
    m_live->addWidget(m_drill);
    m_results = new ExerciseResultsView(m_document, m_dialogs);
    m_followUp = new ExerciseFollowUpView(m_document, m_dialogs);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("exerciseTabs"));
    m_tabs->addTab(planTab, tr("Plan"));
    m_tabs->addTab(m_live, tr("Live Console"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_followUp, tr("Actions and Schedule"));
    sizeToCurrentPage(m_tabs); // the drill's console is wider than the plan beside the list

    // One line whatever the title, so the tabs below never move; a long title ends in "…".
    m_heading = new ElidingLabel;
    keepFontRelative(m_heading, 1.4, true);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_tabs, 1);

    m_exportBar = new ReportExportBar;
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    m_listPane = left;
    connect(m_tabs, &QTabWidget::currentChanged, this, &ExercisesPage::fitToRoom);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 1000});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);
    layout->addWidget(m_exportBar);

    connect(m_title, &QLineEdit::editingFinished, this, &ExercisesPage::commitPlan);
    connect(m_date, &QDateEdit::dateChanged, this, &ExercisesPage::commitPlan);
    connect(m_type, &QComboBox::activated, this, &ExercisesPage::commitPlan);
    connect(m_callTree, &QComboBox::activated, this, &ExercisesPage::commitPlan);
    connect(m_runbooks, &QListWidget::itemChanged, this, &ExercisesPage::onScopeItemChanged);
    connect(m_addService, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_addService->text().trimmed();
        if (text.isEmpty())
            return;
        // "Name (id)" from the completer, a bare id, or a unique name.
        QString id;
        const Plan &plan = m_document->plan();
        for (const Service &s : plan.services) {
            if (text == pickerText(s.name, s.id) || text == s.id ||
                text.compare(s.name, Qt::CaseInsensitive) == 0)
                id = s.id;
        }
        if (id.isEmpty()) {
            m_dialogs->showWarning(this, tr("Add Service"),
                                   tr("There is no service \"%1\" in the plan.").arg(text));
            return;
        }
        const Exercise *current = m_document->exercise(currentExercise());
        if (!current || current->services.contains(id)) {
            m_addService->clear();
            return;
        }
        Exercise e = *current;
        e.services.append(id);
        QString error;
        if (m_document->changeExercise(e, tr("Add %1 to the exercise").arg(id), &error))
            m_addService->clear();
        else
            m_dialogs->showWarning(this, tr("Add Service"), error);
    });
    connect(m_participants, &QTableWidget::cellChanged, this, &ExercisesPage::onParticipantChanged);
    connect(m_objectives, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_objectivesCommit.start();
    });
}

void ExercisesPage::setClock(Clock clock)
{
    m_now = clock;
    m_console->setClock(clock);
    m_drill->setClock(clock);
    m_followUp->setToday([clock] { return clock().toLocalTime().date(); });
    rebuildList();
}

QString ExercisesPage::currentExercise() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ExercisesPage::showExercise(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void ExercisesPage::setPresentation(bool on)
{
    m_presentation = on;
    fitToRoom();
}

void ExercisesPage::fitToRoom()
{
    const bool room = m_presentation && m_tabs->currentIndex() == ConsoleTab;
    m_listPane->setVisible(!room);
    emit roomViewChanged(room);
}

void ExercisesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ExercisesPage::rebuildList()
{
    const QString keep = currentExercise();
    const bool blocked = m_list->blockSignals(true);
    m_list->clear();
    QList<const Exercise *> sorted;
    for (const Exercise &e : m_document->plan().exercises)
        sorted.append(&e);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Exercise *a, const Exercise *b) { return a->date > b->date; });
    const QDate today = m_now().toLocalTime().date();
    for (const Exercise *e : sorted) {
        const ExerciseStatus status = exerciseStatus(*e);
        QString state = toDisplayString(status);
        if (status == ExerciseStatus::Planned && QDate::fromString(e->date, Qt::ISODate) < today)
            state = tr("planned, date passed");
        auto *item = new QListWidgetItem(
            tr("%1  %2\n%3 · %4").arg(e->date, e->title, toDisplayString(e->type), state), m_list);
        item->setData(Qt::UserRole, e->id);
        if (status == ExerciseStatus::Running || status == ExerciseStatus::Paused) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == keep)
            m_list->setCurrentRow(i);
    }
    m_list->blockSignals(blocked);
    updateCalendar();
}

void ExercisesPage::updateCalendar()
{
    for (const QDate &date : std::as_const(m_markedDates))
        m_calendar->setDateTextFormat(date, QTextCharFormat());
    m_markedDates.clear();
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setBackground(QColor(0xc9, 0xdc, 0xf0));
    marked.setForeground(QColor(0x10, 0x20, 0x40));
    for (const Exercise &e : m_document->plan().exercises) {
        const QDate date = QDate::fromString(e.date, Qt::ISODate);
        if (!date.isValid())
            continue;
        QTextCharFormat format = marked;
        format.setToolTip(e.title);
        m_calendar->setDateTextFormat(date, format);
        m_markedDates.append(date);
    }
}

bool ExercisesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_addService && event->type() == QEvent::FocusIn && m_pickerDirty)
        rebuildPicker();
    return QWidget::eventFilter(watched, event);
}

void ExercisesPage::rebuildPicker()
{
    m_pickerDirty = false;
    QStringList entries;
    for (const Service &s : m_document->plan().services)
        entries.append(pickerText(s.name, s.id));
    auto *completer = new QCompleter(entries, m_addService);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_addService->completer();
    m_addService->setCompleter(completer);
}

void ExercisesPage::loadCurrent()
{
    const QString id = currentExercise();
    const Exercise *e = m_document->exercise(id);
    const bool writable = e && !m_document->isReadOnly();
    m_loading = true;
    m_heading->setText(e ? tr("%1 — %2").arg(e->title, e->date) : tr("No exercise"));
    m_title->setText(e ? e->title : QString());
    m_date->setDate(e ? QDate::fromString(e->date, Qt::ISODate) : m_now().date());
    m_type->setCurrentIndex(e ? m_type->findData(int(e->type)) : 0);
    // A call-tree drill calls a tree instead of running runbooks.
    const bool drill = e && e->type == ExerciseType::CallTree;
    m_callTree->clear();
    if (drill) {
        for (const CallTree &t : m_document->plan().callTrees)
            m_callTree->addItem(t.name, t.id);
        if (!e->callTree.isEmpty() && m_callTree->findData(e->callTree) < 0)
            m_callTree->addItem(tr("%1 (no longer in the plan)").arg(e->callTree), e->callTree);
        m_callTree->setCurrentIndex(m_callTree->findData(e->callTree));
    }
    for (QWidget *w : {m_callTreeLabel, static_cast<QWidget *>(m_callTree)})
        w->setVisible(drill);
    for (QWidget *w :
         {m_runbooksLabel, static_cast<QWidget *>(m_runbooks), m_servicesLabel, m_servicesBox})
        w->setVisible(!drill);
    m_live->setCurrentWidget(drill ? static_cast<QWidget *>(m_drill) : m_console);
    m_tabs->setTabVisible(ResultsTab, !drill);
    m_runbooks->clear();
    const Plan &plan = m_document->plan();
    for (const Runbook &r : plan.runbooks) {
        auto *item = new QListWidgetItem(tr("%1 (version %2)").arg(r.title, r.version), m_runbooks);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | (writable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(e && e->runbooks.contains(r.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (e) {
        for (const QString &gone : e->runbooks) {
            if (m_document->runbook(gone))
                continue;
            auto *item =
                new QListWidgetItem(tr("%1 (no longer in the plan)").arg(gone), m_runbooks);
            item->setData(Qt::UserRole, gone);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_services->clear();
    if (e) {
        for (const QString &sid : e->services) {
            const qsizetype index = m_document->serviceIndex(sid);
            const QString name = index >= 0 ? plan.services.at(index).name : sid;
            auto *item = new QListWidgetItem(pickerText(name, sid), m_services);
            item->setData(Qt::UserRole, sid);
        }
    }
    m_participants->setRowCount(0);
    if (e) {
        m_participants->setRowCount(int(e->participants.size()) + 1);
        for (int row = 0; row < e->participants.size(); ++row) {
            m_participants->setItem(row, 0,
                                    new QTableWidgetItem(Contacts::displayName(
                                        m_document->plan(), e->participants.at(row).name)));
            m_participants->setItem(row, 1, new QTableWidgetItem(e->participants.at(row).role));
        }
    }
    if (m_objectives->toPlainText() != (e ? e->objectives : QString()))
        m_objectives->setPlainText(e ? e->objectives : QString());
    m_objectivesOf = id;
    if (e && QDate::fromString(e->date, Qt::ISODate).isValid())
        m_calendar->setSelectedDate(QDate::fromString(e->date, Qt::ISODate));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_date, m_type, m_addService, m_objectives})
        w->setEnabled(writable);
    m_callTree->setEnabled(writable && drill && !e->declaredAt);
    m_participants->setEditTriggers(writable ? QAbstractItemView::AllEditTriggers
                                             : QAbstractItemView::NoEditTriggers);
    m_deleteAction->setEnabled(writable);
    m_newAction->setEnabled(!m_document->isReadOnly());
    m_previewAction->setEnabled(e != nullptr);
    m_pdfAction->setEnabled(e != nullptr && !m_exportBar->isRunning());
    m_loading = false;
    if (m_console->property("exerciseId").toString() != id) {
        m_console->setProperty("exerciseId", id);
        m_console->setExercise(id);
        m_drill->setExercise(id);
        m_results->setExercise(id);
        m_followUp->setExercise(id);
    }
}

void ExercisesPage::commitPlan()
{
    const Exercise *current = m_document->exercise(currentExercise());
    if (m_loading || !current)
        return;
    Exercise e = *current;
    e.title = m_title->text().trimmed();
    e.date = m_date->date().toString(Qt::ISODate);
    e.type = ExerciseType(m_type->currentData().toInt());
    if (e.type != ExerciseType::CallTree) {
        e.callTree.clear();
    } else if (!m_callTree->isHidden() && m_callTree->currentIndex() >= 0) {
        e.callTree = m_callTree->currentData().toString();
    } else if (e.callTree.isEmpty() && !m_document->plan().callTrees.isEmpty()) {
        // Just made a drill: the plan's first call tree until another is chosen.
        e.callTree = m_document->plan().callTrees.constFirst().id;
    }
    if (e == *current)
        return;
    QString error;
    if (!m_document->changeExercise(e, tr("Change exercise \"%1\"").arg(current->title), &error)) {
        m_dialogs->showWarning(this, tr("Exercise"), error);
        loadCurrent();
    }
}

void ExercisesPage::commitObjectives()
{
    m_objectivesCommit.stop();
    if (!m_document)
        return;
    // The text belongs to the exercise it was loaded for, which is no longer the current one
    // when the selection has just moved.
    const Exercise *current = m_document->exercise(m_objectivesOf);
    if (m_loading || !current || m_objectives->toPlainText() == current->objectives)
        return;
    Exercise e = *current;
    e.objectives = m_objectives->toPlainText();
    QString error;
    if (!m_document->changeExercise(e, tr("Change objectives"), &error))
        m_dialogs->showWarning(this, tr("Exercise"), error);
}

void ExercisesPage::onScopeItemChanged()
{
    const Exercise *current = m_document->exercise(currentExercise());
    if (m_loading || !current)
        return;
    Exercise e = *current;
    e.runbooks.clear();
    for (int i = 0; i < m_runbooks->count(); ++i) {
        if (m_runbooks->item(i)->checkState() == Qt::Checked)
            e.runbooks.append(m_runbooks->item(i)->data(Qt::UserRole).toString());
    }
    e.services.clear();
    for (int i = 0; i < m_services->count(); ++i)
        e.services.append(m_services->item(i)->data(Qt::UserRole).toString());
    QString error;
    m_committing = true;
    const bool changed =
        m_document->changeExercise(e, tr("Change the scope of \"%1\"").arg(e.title), &error);
    m_committing = false;
    if (!changed) {
        m_dialogs->showWarning(this, tr("Exercise"), error);
        QTimer::singleShot(0, this, &ExercisesPage::loadCurrent);
    }
}

void ExercisesPage::onParticipantChanged(int, int)
{
    const Exercise *current = m_document->exercise(currentExercise());
    if (m_loading || !current)
        return;
    Exercise e = *current;
    e.participants.clear();
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QTableWidgetItem *name = m_participants->item(row, 0);
        const QTableWidgetItem *role = m_participants->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            e.participants.append({Contacts::resolve(m_document->plan(), name->text()),
                                   role ? role->text().trimmed() : QString()});
    }
    if (e.participants == current->participants)
        return;
    QString error;
    m_committing = true;
    const bool changed = m_document->changeExercise(e, tr("Change participants"), &error);
    m_committing = false;
    if (!changed) {
        m_dialogs->showWarning(this, tr("Exercise"), error);
        QTimer::singleShot(0, this, &ExercisesPage::loadCurrent);
    }
    // loadCurrent() after the change keeps an empty row at the end for the next person.
}

void ExercisesPage::newExercise()
{
    if (m_document->isReadOnly())
        return;
    const QString title = m_dialogs->askText(this, tr("New Exercise"), tr("Title of the exercise:"),
                                             tr("DR exercise"));
    if (title.trimmed().isEmpty())
        return;
    Exercise e;
    QDate date = m_calendar->selectedDate();
    if (!date.isValid())
        date = m_now().toLocalTime().date();
    e.date = date.toString(Qt::ISODate);
    e.id = m_document->uniqueExerciseId(e.date);
    e.title = title.trimmed();
    e.type = ExerciseType::Tabletop;
    QString error;
    if (!m_document->addExercise(e, &error))
        m_dialogs->showWarning(this, tr("New Exercise"), error);
    else
        showTab(PlanTab);
}

void ExercisesPage::deleteExercise()
{
    const QString id = currentExercise();
    if (id.isEmpty())
        return;
    QString error;
    if (!m_document->removeExercise(id, &error))
        m_dialogs->showWarning(this, tr("Delete Exercise"), error);
    else
        emit statusMessage(tr("Deleted the exercise; Undo brings it back."), 6000);
}

void ExercisesPage::printPreview()
{
    const Exercise *e = m_document->exercise(currentExercise());
    if (!e)
        return;
    const Report::Document document =
        exerciseReport(m_document->plan(), *e, QDateTime::currentDateTime());
    ReportExportBar::preview(document, e->title, this);
}

void ExercisesPage::askExportPdf()
{
    const Exercise *e = m_document->exercise(currentExercise());
    if (!e)
        return;
    const QString suggested =
        QFileInfo(m_document->filePath()).dir().filePath(e->id + QStringLiteral(".pdf"));
    const QString path = m_dialogs->askExportPath(this, tr("Export Exercise Report as PDF"),
                                                  suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool ExercisesPage::exportPdf(const QString &path)
{
    commitObjectives();
    const Exercise *e = m_document->exercise(currentExercise());
    if (!e)
        return false;
    auto document = std::make_shared<const Report::Document>(
        exerciseReport(m_document->plan(), *e, QDateTime::currentDateTime()));
    const bool started = m_exportBar->start(document, path, e->title);
    m_pdfAction->setEnabled(!started);
    return started;
}

bool ExercisesPage::isExporting() const
{
    return m_exportBar->isRunning();
}

} // namespace Continuity
