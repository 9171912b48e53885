// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseConsole.h"
#include "analysis/OnCall.h"
#include "analysis/WhoToCall.h"
#include "ConsoleSupport.h"
#include "domain/Contacts.h"

#include "analysis/ExerciseResults.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/ExerciseLog.h"
#include "domain/Plan.h"
#include "itemmodels/ExerciseStepsModel.h"
#include "itemmodels/TableFormat.h"
#include "tables/HeaderFit.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Continuity {

namespace {

QString shortDuration(double hours)
{
    const qint64 minutes = qint64(std::abs(hours) * 60 + 0.5);
    if (minutes < 60)
        return ExerciseConsole::tr("%n min", nullptr, int(minutes));
    return ExerciseConsole::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

ExerciseConsole::ExerciseConsole(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("exerciseConsole"));
    m_model = new ExerciseStepsModel(document, this);

    m_clock = ConsoleSupport::makeClock(QStringLiteral("exerciseClock"),
                                        tr("Time since the declaration"));
    m_state = new QLabel;
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);

    m_declare = new QPushButton(tr("&Declare Start (D)"));
    m_declare->setObjectName(QStringLiteral("declareButton"));
    m_declare->setToolTip(tr("Start the exercise clock now"));
    m_pause = new QPushButton(tr("Pause (P)"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_end = new QPushButton(tr("&End Exercise (Ctrl+E)"));
    m_end->setObjectName(QStringLiteral("endButton"));
    m_reporter = new QLineEdit;
    m_reporter->setObjectName(QStringLiteral("reporterEdit"));
    m_reporter->setPlaceholderText(tr("who reports the next step"));
    m_reporter->setClearButtonEnabled(true);

    m_steps = new QTableView;
    m_steps->setObjectName(QStringLiteral("exerciseStepsView"));
    m_steps->setModel(m_model);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_steps->verticalHeader()->hide();
    m_steps->setWordWrap(false);
    // The times and short columns as wide as what they hold, at any scale; the step's title
    // takes what is left (its full text in the tooltip), the note a fixed share at the end.
    QHeaderView *stepsHeader = m_steps->horizontalHeader();
    stepsHeader->setStretchLastSection(false);
    stepsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    stepsHeader->setSectionResizeMode(ExerciseStepsModel::StepColumn, QHeaderView::Stretch);
    // The step's title is what the room reads: it takes the room; a note shows its start (the
    // whole in its tooltip and the timeline).
    stepsHeader->setSectionResizeMode(ExerciseStepsModel::NoteColumn, QHeaderView::Interactive);
    stepsHeader->setSectionResizeMode(ExerciseStepsModel::OwnerColumn, QHeaderView::Interactive);

    m_start = new QPushButton(tr("&Start Step (S)"));
    m_start->setObjectName(QStringLiteral("startStepButton"));
    m_finish = new QPushButton(tr("&Finish Step (F)"));
    m_finish->setObjectName(QStringLiteral("finishStepButton"));
    m_correct = new QPushButton(tr("&Correct Time… (C)"));
    m_note = new QPushButton(tr("Timeline &Note… (N)"));
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_start);
    stepButtons->addWidget(m_finish);
    stepButtons->addWidget(m_correct);
    stepButtons->addWidget(m_note);
    stepButtons->addStretch(1);

    m_standing = new QTableWidget(0, 4);
    m_standing->setObjectName(QStringLiteral("rtoStandingView"));
    m_standing->setHorizontalHeaderLabels(
        {tr("Service"), tr("RTO target"), tr("Elapsed"), tr("Standing")});
    m_standing->verticalHeader()->hide();
    m_standing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A service is picked with the mouse (for "Service Recovered"); the keys stay on the steps.
    m_standing->setSelectionMode(QAbstractItemView::SingleSelection);
    m_standing->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_standing->setFocusPolicy(Qt::NoFocus);
    // The service's name and its standing share the width; each in full in its tooltip.
    m_standing->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_standing->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // Who to call for each service still down, under the table (docs/people.md).
    m_callNow = new QLabel;
    m_callNow->setObjectName(QStringLiteral("callNowLabel"));
    m_callNow->setTextFormat(Qt::PlainText);
    m_callNow->setWordWrap(true);
    m_callNow->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Top: the clock with its controls, and the services against their RTO; below: the steps.
    auto *clockColumn = new QVBoxLayout;
    clockColumn->addWidget(m_clock);
    clockColumn->addWidget(m_state);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_declare);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_end);
    buttons->addStretch(1);
    clockColumn->addLayout(buttons);
    auto *reporterRow = new QHBoxLayout;
    auto *reporterLabel = new QLabel(tr("Reported &by:"));
    reporterLabel->setBuddy(m_reporter);
    reporterRow->addWidget(reporterLabel);
    reporterRow->addWidget(m_reporter, 1);
    clockColumn->addLayout(reporterRow);
    clockColumn->addStretch(1);
    auto *clockBox = new QWidget;
    clockBox->setLayout(clockColumn);
    // As wide as the clock and its buttons need at any scale and in every language.
    clockBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *standingBox = new QVBoxLayout;
    auto *standingTitle = new QLabel(tr("Services against their RTO"));
    m_titles.append(standingTitle);
    m_recovered = new QPushButton(tr("Service &Recovered (R)"));
    m_recovered->setObjectName(QStringLiteral("serviceRecoveredButton"));
    m_recovered->setToolTip(tr("The service chosen in the table is back now: its measured RTO is "
                               "the exercise clock at this moment"));
    standingBox->addWidget(standingTitle);
    standingBox->addWidget(m_standing, 1);
    auto *recoveredRow = new QHBoxLayout;
    recoveredRow->addWidget(m_recovered);
    recoveredRow->addStretch(1);
    standingBox->addLayout(recoveredRow);
    standingBox->addWidget(m_callNow);
    auto *top = new QHBoxLayout;
    top->addWidget(clockBox);
    top->addLayout(standingBox, 1);
    auto *topWidget = new QWidget;
    topWidget->setLayout(top);
    // What happened, in order: steps started and finished, notes, corrections.
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("exerciseTimeline"));
    m_timeline->setFocusPolicy(Qt::NoFocus);
    m_timeline->setWordWrap(true);
    keepWrappedItemsWhole(m_timeline);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    auto *timelineBox = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    auto *timelineTitle = new QLabel(tr("Timeline"));
    m_titles.append(timelineTitle);
    timelineLayout->addWidget(timelineTitle);
    timelineLayout->addWidget(m_timeline, 1);
    auto *stepsAndTimeline = new QSplitter(Qt::Horizontal);
    stepsAndTimeline->addWidget(m_steps);
    stepsAndTimeline->addWidget(timelineBox);
    stepsAndTimeline->setStretchFactor(0, 4);
    stepsAndTimeline->setStretchFactor(1, 1);
    stepsAndTimeline->setChildrenCollapsible(false);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(stepsAndTimeline, 1);
    bottomLayout->addLayout(stepButtons);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(topWidget);
    split->addWidget(bottom);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_split = split;
    m_top = topWidget;
    applyFonts();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);

    auto shortcut = [this](const QKeySequence &key, void (ExerciseConsole::*slot)()) {
        ConsoleSupport::addKey(this, key, [this, slot] { (this->*slot)(); });
    };
    shortcut(QKeySequence(Qt::Key_S), &ExerciseConsole::startCurrentStep);
    shortcut(QKeySequence(Qt::Key_F), &ExerciseConsole::finishCurrentStep);
    shortcut(QKeySequence(Qt::Key_N), &ExerciseConsole::addNote);
    shortcut(QKeySequence(Qt::Key_P), &ExerciseConsole::togglePause);
    shortcut(QKeySequence(Qt::Key_C), &ExerciseConsole::correctCurrentTime);
    shortcut(QKeySequence(Qt::Key_D), &ExerciseConsole::declare);
    shortcut(QKeySequence(Qt::Key_R), &ExerciseConsole::markServiceRecovered);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &ExerciseConsole::end);
    // Enter in "Reported by" goes back to the steps, where the keys act.
    connect(m_reporter, &QLineEdit::returnPressed, this, &ExerciseConsole::backToSteps);

    connect(m_declare, &QPushButton::clicked, this, &ExerciseConsole::declare);
    connect(m_pause, &QPushButton::clicked, this, &ExerciseConsole::togglePause);
    connect(m_end, &QPushButton::clicked, this, &ExerciseConsole::end);
    connect(m_start, &QPushButton::clicked, this, &ExerciseConsole::startCurrentStep);
    connect(m_finish, &QPushButton::clicked, this, &ExerciseConsole::finishCurrentStep);
    connect(m_correct, &QPushButton::clicked, this, &ExerciseConsole::correctCurrentTime);
    connect(m_note, &QPushButton::clicked, this, &ExerciseConsole::addNote);
    connect(m_recovered, &QPushButton::clicked, this, &ExerciseConsole::markServiceRecovered);
    connect(m_model, &ExerciseStepsModel::editRefused, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExerciseConsole::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExerciseConsole::refresh);
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        using E = PlanChange::Entity;
        if (change.kind == PlanChange::Kind::AboutToBeRemoved)
            return;
        if (change.entity == E::WholePlan || change.isNode() ||
            (change.entity == E::Exercise && change.id() == m_exerciseId))
            refresh();
    });

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ExerciseConsole::tick);
    refresh();
}

void ExerciseConsole::setExercise(const QString &id)
{
    m_exerciseId = id;
    m_model->setExercise(id);
    if (m_model->rowCount() > 0)
        selectNextPending(0);
    refresh();
}

void ExerciseConsole::setClock(Clock clock)
{
    m_now = std::move(clock);
    refresh();
}

const Exercise *ExerciseConsole::exercise() const
{
    return m_document && !m_exerciseId.isEmpty() ? m_document->exercise(m_exerciseId) : nullptr;
}

QString ExerciseConsole::now() const
{
    return ConsoleSupport::logTime(m_now());
}

bool ExerciseConsole::apply(const QString &text,
                            const std::function<bool(Exercise &, QString *)> &edit)
{
    if (!ConsoleSupport::applyEdit(m_document, m_dialogs, this, m_exerciseId, text, tr("Exercise"),
                                   edit))
        return false;
    emit statusMessage(text, 4000);
    return true;
}

void ExerciseConsole::declare()
{
    const Exercise *e = exercise();
    if (!e || exerciseStatus(*e) != ExerciseStatus::Planned) {
        backToSteps();
        return;
    }
    const QString at = now();
    apply(tr("Declare the exercise"),
          [&](Exercise &x, QString *error) { return declareExercise(x, at, error); });
    backToSteps();
}

void ExerciseConsole::backToSteps()
{
    m_steps->setFocus(Qt::OtherFocusReason);
    if (!m_steps->currentIndex().isValid() && m_model->rowCount() > 0)
        selectNextPending(0);
}

void ExerciseConsole::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitTop();
    backToSteps();
}

void ExerciseConsole::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        QTimer::singleShot(0, this, [this] {
            // Rows as tall as the steps' larger text needs, whatever the window set.
            const int row = QFontMetrics(m_steps->font()).height() * 3 / 2;
            for (QTableView *table :
                 {static_cast<QTableView *>(m_steps), static_cast<QTableView *>(m_standing)})
                if (table->verticalHeader()->defaultSectionSize() < row)
                    table->verticalHeader()->setDefaultSectionSize(row);
            fitTop();
        });
    }
}

void ExerciseConsole::applyFonts()
{
    // Relative to the console's own font, which follows presentation mode: the state line, the
    // steps and the services a little larger, as the room reads them.
    const QFont base = font();
    QFont state = base;
    state.setPointSizeF(base.pointSizeF() * 1.3);
    m_state->setFont(state);
    QFont big = base;
    big.setPointSizeF(base.pointSizeF() * 1.15);
    m_steps->setFont(big);
    m_standing->setFont(big);
    const QFontMetrics metrics(big);
    m_standing->setColumnWidth(1, metrics.horizontalAdvance(tr("RTO target")) + 24);
    m_standing->setColumnWidth(2, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    m_standing->setMinimumHeight(metrics.height() * 5);
    m_steps->horizontalHeader()->resizeSection(ExerciseStepsModel::OwnerColumn,
                                               metrics.averageCharWidth() * 14);
    m_steps->horizontalHeader()->resizeSection(
        ExerciseStepsModel::NoteColumn,
        metrics.horizontalAdvance(m_steps->model()
                                      ->headerData(ExerciseStepsModel::NoteColumn, Qt::Horizontal)
                                      .toString()) +
            metrics.averageCharWidth() * 6);
    QFont title = base;
    title.setBold(true);
    for (QLabel *label : std::as_const(m_titles))
        label->setFont(title);
}

void ExerciseConsole::fitTop()
{
    // The standing table shows up to six services without scrolling; the steps keep at least
    // half of the height.
    const int rows = std::clamp(m_standing->rowCount(), 3, 6);
    const int table = m_standing->horizontalHeader()->sizeHint().height() +
                      rows * m_standing->verticalHeader()->defaultSectionSize() +
                      2 * m_standing->frameWidth();
    const int wanted =
        std::max(m_top->sizeHint().height(),
                 m_top->sizeHint().height() - m_standing->sizeHint().height() + table);
    const int total = m_split->height();
    if (total <= 0)
        return;
    const int top = std::min(wanted, total / 2);
    m_split->setSizes({top, total - top});
}

void ExerciseConsole::togglePause()
{
    const Exercise *e = exercise();
    if (!e)
        return;
    const QString at = now();
    if (exerciseStatus(*e) == ExerciseStatus::Paused)
        apply(tr("Resume the exercise"),
              [&](Exercise &x, QString *error) { return resumeExercise(x, at, error); });
    else
        apply(tr("Pause the exercise"),
              [&](Exercise &x, QString *error) { return pauseExercise(x, at, error); });
    backToSteps();
}

void ExerciseConsole::end()
{
    const Exercise *e = exercise();
    if (!e)
        return;
    // A half-run exercise is ended only when the coordinator says so, knowing what is kept.
    int running = 0;
    int notStarted = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->stateOf(row);
        running += state == ExerciseStepsModel::StepState::Running;
        notStarted += state == ExerciseStepsModel::StepState::Pending;
    }
    const ExerciseStatus status = exerciseStatus(*e);
    if ((status == ExerciseStatus::Running || status == ExerciseStatus::Paused) &&
        (running > 0 || notStarted > 0)) {
        const QString message =
            tr("%n step(s) still running", nullptr, running) + QStringLiteral(", ") +
            tr("%n step(s) not started", nullptr, notStarted) + QStringLiteral(".\n\n") +
            tr("Ending now records the exercise as ended at %1 (%2 on the clock). Running steps "
               "keep their start and no finish; steps not started stay unstarted; a service "
               "whose runbook did not finish counts as not recovered in the results.")
                .arg(m_now().toLocalTime().toString(QStringLiteral("HH:mm:ss")), m_clock->text());
        if (!m_dialogs->confirm(this, tr("End the Exercise?"), message, tr("End Exercise"))) {
            backToSteps();
            return;
        }
    }
    const QString at = now();
    apply(tr("End the exercise"),
          [&](Exercise &x, QString *error) { return endExercise(x, at, error); });
    backToSteps();
}

ExerciseConsole::CurrentStep ExerciseConsole::currentStep() const
{
    CurrentStep out;
    out.row = m_steps->currentIndex().row();
    if (out.row < 0)
        return out;
    const QModelIndex index = m_model->index(out.row, 0);
    out.runbook = index.data(ExerciseStepsModel::RunbookIdRole).toString();
    out.step = index.data(ExerciseStepsModel::StepIdRole).toString();
    out.title = m_model->index(out.row, ExerciseStepsModel::StepColumn).data().toString();
    return out;
}

void ExerciseConsole::startCurrentStep()
{
    const CurrentStep c = currentStep();
    if (c.row < 0)
        return;
    const QString at = now();
    const QString who = m_reporter->text();
    apply(tr("Start step \"%1\"").arg(c.title), [&](Exercise &e, QString *error) {
        return startStep(e, c.runbook, c.step, at, who, error);
    });
}

void ExerciseConsole::finishCurrentStep()
{
    const CurrentStep c = currentStep();
    if (c.row < 0)
        return;
    const QString at = now();
    const QString who = m_reporter->text();
    if (apply(tr("Finish step \"%1\"").arg(c.title), [&](Exercise &e, QString *error) {
            return finishStep(e, c.runbook, c.step, at, who, error);
        }))
        selectNextPending(m_model->rowOf(c.runbook, c.step));
}

void ExerciseConsole::correctCurrentTime()
{
    const auto back = qScopeGuard([this] { backToSteps(); });
    const Exercise *e = exercise();
    const CurrentStep c = currentStep();
    if (!e || c.row < 0)
        return;
    const QString &runbook = c.runbook;
    const QString &step = c.step;
    const ExerciseLogEntry *entry = logEntry(*e, runbook, step);
    if (!entry) {
        m_dialogs->showWarning(this, tr("Correct Time"),
                               tr("The step has not started: there is no time to correct."));
        return;
    }
    // The finish when the finish column is current and there is one; else the start.
    const bool finish =
        entry->finishedAt && m_steps->currentIndex().column() != ExerciseStepsModel::StartedColumn;
    const QString field = finish ? QStringLiteral("finishedAt") : QStringLiteral("startedAt");
    const QDateTime original =
        exerciseTime(finish ? *entry->finishedAt : entry->startedAt).toLocalTime();
    const QString typed = m_dialogs->askText(
        this, tr("Correct Time"),
        finish ? tr("Finished at (HH:mm:ss, %1):").arg(QLocale().toString(original.date()))
               : tr("Started at (HH:mm:ss, %1):").arg(QLocale().toString(original.date())),
        original.toString(QStringLiteral("HH:mm:ss")));
    if (typed.isEmpty())
        return;
    QTime time = QTime::fromString(typed.trimmed(), QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        time = QTime::fromString(typed.trimmed(), QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        m_dialogs->showWarning(this, tr("Correct Time"),
                               tr("\"%1\" is not a time: write it as 09:41:30.").arg(typed));
        return;
    }
    const QString reason =
        m_dialogs->askText(this, tr("Correct Time"), tr("Why is the time corrected?"), QString());
    if (reason.trimmed().isEmpty())
        return;
    QString by = m_reporter->text().trimmed();
    if (by.isEmpty())
        by = m_dialogs->askText(this, tr("Correct Time"), tr("Who corrects it?"), QString());
    if (by.trimmed().isEmpty())
        return;
    const QString corrected = QDateTime(original.date(), time).toUTC().toString(Qt::ISODate);
    const QString at = now();
    apply(tr("Correct the time of step \"%1\"").arg(step), [&](Exercise &x, QString *error) {
        return correctTimestamp(x, runbook, step, field, corrected, by, at, reason, error);
    });
}

void ExerciseConsole::addNote()
{
    if (!exercise())
        return;
    const QString note =
        m_dialogs->askText(this, tr("Timeline Note"), tr("What happened?"), QString());
    if (note.trimmed().isEmpty()) {
        backToSteps();
        return;
    }
    const QString at = now();
    const QString who = m_reporter->text();
    apply(tr("Add a timeline note"),
          [&](Exercise &e, QString *error) { return addTimelineNote(e, at, note, who, error); });
    backToSteps();
}

void ExerciseConsole::markServiceRecovered()
{
    const auto back = qScopeGuard([this] { backToSteps(); });
    const Exercise *e = exercise();
    if (!e || exerciseStatus(*e) == ExerciseStatus::Planned)
        return;
    const int row = m_standing->currentRow();
    if (row < 0 || row >= m_measures.size()) {
        emit statusMessage(tr("Choose the service in \"Services against their RTO\" first."), 6000);
        return;
    }
    const QString service = m_measures.at(row).service;
    const QString name = m_measures.at(row).name;
    // On the exercise clock, to the minute a coordinator can tell.
    const double hours = std::round(elapsedHours(*e, m_now().toUTC()) * 60) / 60;
    apply(tr("%1 recovered").arg(name), [&](Exercise &x, QString *) {
        auto it = std::find_if(x.results.begin(), x.results.end(),
                               [&](const ExerciseResult &r) { return r.service == service; });
        if (it == x.results.end()) {
            ExerciseResult result;
            result.service = service;
            x.results.append(result);
            it = x.results.end() - 1;
        }
        it->measuredRtoHours = hours;
        std::sort(
            x.results.begin(), x.results.end(),
            [](const ExerciseResult &a, const ExerciseResult &b) { return a.service < b.service; });
        return true;
    });
}

void ExerciseConsole::selectNextPending(int fromRow)
{
    const int rows = m_model->rowCount();
    for (int i = 0; i < rows; ++i) {
        const int row = (std::max(fromRow, 0) + i) % rows;
        if (m_model->stateOf(row) != ExerciseStepsModel::StepState::Done) {
            m_steps->setCurrentIndex(m_model->index(row, ExerciseStepsModel::StepColumn));
            return;
        }
    }
}

void ExerciseConsole::refresh()
{
    m_measured = false;
    m_calls.clear();
    const Exercise *e = exercise();
    const bool writable = m_document && !m_document->isReadOnly();
    const ExerciseStatus status = e ? exerciseStatus(*e) : ExerciseStatus::Planned;
    m_steps->setColumnHidden(ExerciseStepsModel::RunbookColumn, !e || e->runbooks.size() < 2);
    m_declare->setEnabled(e && writable && status == ExerciseStatus::Planned);
    m_pause->setEnabled(e && writable &&
                        (status == ExerciseStatus::Running || status == ExerciseStatus::Paused));
    m_pause->setText(status == ExerciseStatus::Paused ? tr("Resume (P)") : tr("Pause (P)"));
    m_end->setEnabled(e && writable &&
                      (status == ExerciseStatus::Running || status == ExerciseStatus::Paused));
    const int row = m_steps->currentIndex().row();
    const auto state = m_model->stateOf(row);
    const bool running = status == ExerciseStatus::Running;
    m_start->setEnabled(writable && running && row >= 0 &&
                        state == ExerciseStepsModel::StepState::Pending);
    m_finish->setEnabled(writable && running && row >= 0 &&
                         state != ExerciseStepsModel::StepState::Done);
    m_correct->setEnabled(writable && e && status != ExerciseStatus::Planned && row >= 0 &&
                          state != ExerciseStepsModel::StepState::Pending);
    m_note->setEnabled(writable && e && status != ExerciseStatus::Planned);
    m_recovered->setEnabled(
        writable && (status == ExerciseStatus::Running || status == ExerciseStatus::Paused));
    if (e)
        refreshTimeline(*e);
    else
        m_timeline->clear();
    if (running && !m_timer.isActive())
        m_timer.start();
    else if (!running)
        m_timer.stop();
    tick();
}

void ExerciseConsole::refreshTimeline(const Exercise &e)
{
    struct Line
    {
        QString at;
        QString text;
    };
    QList<Line> lines;
    auto stepTitle = [this](const QString &runbook, const QString &step) {
        if (const Runbook *r = m_document->runbook(runbook)) {
            for (const RunbookStep &s : r->steps) {
                if (s.id == step)
                    return s.title;
            }
        }
        return step;
    };
    auto by = [](const QString &who) {
        return who.trimmed().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who);
    };
    if (e.declaredAt)
        lines.append({*e.declaredAt, tr("Declared")});
    for (const ExercisePause &p : e.pauses) {
        lines.append({p.pausedAt, tr("Paused")});
        if (p.resumedAt)
            lines.append({*p.resumedAt, tr("Resumed")});
    }
    for (const ExerciseLogEntry &l : e.log) {
        if (l.isNote()) {
            lines.append({l.startedAt, tr("Note: %1").arg(l.note) + by(l.reportedBy)});
            continue;
        }
        const QString title = stepTitle(l.runbook, l.step);
        lines.append({l.startedAt, tr("Started: %1").arg(title) + by(l.reportedBy)});
        if (l.finishedAt)
            lines.append({*l.finishedAt, tr("Finished: %1").arg(title) + by(l.reportedBy)});
    }
    for (const TimestampCorrection &c : e.corrections) {
        lines.append({c.at, tr("Corrected %1 of %2: %3 → %4 (%5: %6)")
                                .arg(c.field == QLatin1String("finishedAt") ? tr("the finish")
                                                                            : tr("the start"),
                                     stepTitle(c.runbook, c.step), localClock(c.original),
                                     localClock(c.corrected), c.by, c.reason)});
    }
    if (e.endedAt)
        lines.append({*e.endedAt, tr("Ended")});
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.at < b.at; });
    m_timeline->clear();
    for (const Line &line : std::as_const(lines))
        m_timeline->addItem(localClock(line.at) + QStringLiteral("  ") + line.text);
    m_timeline->scrollToBottom();
}

void ExerciseConsole::tick()
{
    const Exercise *e = exercise();
    if (!e) {
        m_clock->setText(QStringLiteral("--:--:--"));
        m_state->setText(tr("No exercise selected."));
        m_standing->setRowCount(0);
        return;
    }
    const QDateTime nowTime = m_now().toUTC();
    const double elapsed = elapsedHours(*e, nowTime);
    m_clock->setText(clockText(elapsed, 2));
    const ExerciseStatus status = exerciseStatus(*e);
    QString state;
    switch (status) {
    case ExerciseStatus::Planned:
        state = tr("Planned for %1. Declare the start when the scenario is announced: the clock "
                   "starts then.")
                    .arg(QLocale().toString(QDate::fromString(e->date, Qt::ISODate)));
        break;
    case ExerciseStatus::Running:
        state = tr("Running since %1.").arg(localClock(*e->declaredAt));
        break;
    case ExerciseStatus::Paused:
        state = tr("Paused at %1: the clock stands still until you resume.")
                    .arg(localClock(e->pauses.constLast().pausedAt));
        break;
    case ExerciseStatus::Ended:
        state = tr("Ended at %1.").arg(localClock(*e->endedAt));
        break;
    }
    m_state->setText(state);

    // Measured once per change of the exercise or the plan, not on every tick.
    if (!m_measured) {
        m_measures = measureExercise(m_document->plan(), *e);
        m_measured = true;
    }
    const QList<ServiceMeasure> &measures = m_measures;
    if (m_calls.size() != measures.size() || !m_callsAt.isValid() ||
        m_callsAt.secsTo(nowTime) > 300 || m_callsAt > nowTime) {
        m_calls.clear();
        for (const ServiceMeasure &m : measures) {
            // The one who recovers it first; else whoever owns or recovers it.
            const QString recoverer = recovererOf(m_document->plan(), m.service);
            const QList<CallEntry> entries = whoToCall(m_document->plan(), {m.service}, nowTime);
            CallNow call;
            for (const CallEntry &e : entries) {
                if (call.contact.isEmpty() || e.contact == recoverer)
                    call = {e.contact, e.callFirst};
                if (e.contact == recoverer)
                    break;
            }
            m_calls.append(call);
        }
        m_callsAt = nowTime;
    }
    m_standing->setRowCount(int(measures.size()));
    QStringList callLines;
    for (int i = 0; i < measures.size(); ++i) {
        const ServiceMeasure &m = measures.at(i);
        const RtoStanding standing = rtoStanding(m, elapsed);
        auto set = [&](int column, const QString &text) {
            QTableWidgetItem *item = m_standing->item(i, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_standing->setItem(i, column, item);
            }
            item->setText(text);
            return item;
        };
        set(0, m.name)->setToolTip(QStringLiteral("%1 (%2)").arg(m.name, m.service));
        set(1, m.rtoTarget ? TableFormat::hours(m.rtoTarget) : QString());
        set(2, clockText(m.measuredRto.value_or(elapsed), 2));
        QString text;
        QColor background;
        QColor foreground(0x20, 0x20, 0x20);
        switch (standing) {
        case RtoStanding::NoTarget:
            text = tr("no RTO target");
            break;
        case RtoStanding::WithinTarget:
            text = tr("%1 left").arg(shortDuration(*m.rtoTarget - elapsed));
            background = QColor(0xdc, 0xef, 0xdc);
            break;
        case RtoStanding::Approaching:
            text = tr("approaching: %1 left").arg(shortDuration(*m.rtoTarget - elapsed));
            background = QColor(0xfb, 0xd9, 0x8a);
            break;
        case RtoStanding::Beyond:
            text = tr("BEYOND RTO by %1").arg(shortDuration(elapsed - *m.rtoTarget));
            background = QColor(0xb0, 0x1e, 0x1e);
            foreground = Qt::white;
            break;
        case RtoStanding::Recovered:
            text = tr("recovered in %1").arg(shortDuration(*m.measuredRto));
            background = QColor(0xa8, 0xd8, 0xa8);
            break;
        case RtoStanding::RecoveredLate:
            text = tr("recovered late, %1 over").arg(shortDuration(*m.rtoGap()));
            background = QColor(0xe8, 0xa0, 0xa0);
            break;
        }
        // Who to call now, and whom the role's escalation policy has reached by this time of the
        // exercise (its levels count from the declaration).
        const CallNow &call = m_calls.at(i);
        const Plan &plan = m_document->plan();
        QString callText;
        if (!call.contact.isEmpty() && standing != RtoStanding::Recovered &&
            standing != RtoStanding::RecoveredLate) {
            callText = Contacts::displayName(plan, call.person);
            if (const Person *p = Contacts::person(plan, call.person); p && !p->phones.isEmpty())
                callText += QStringLiteral(" ") + p->phones.constFirst().number;
            if (Contacts::role(plan, call.contact))
                callText = tr("%1: %2").arg(Contacts::displayName(plan, call.contact), callText);
            // The role's own escalation, else its tier's default (docs/people.md).
            if (const EscalationPolicy *policy = Contacts::escalationOf(plan, call.contact)) {
                const EscalationLevel *reached = nullptr;
                for (const EscalationLevel &level : policy->levels) {
                    if (level.afterMinutes > 0 && level.afterMinutes <= elapsed * 60)
                        reached = &level;
                }
                if (reached) {
                    QStringList names;
                    for (const QString &id : reached->notify)
                        names.append(Contacts::displayName(plan, id));
                    callText += QStringLiteral(" · ") +
                                tr("escalate to %1").arg(names.join(QStringLiteral(", ")));
                }
            }
        }
        // The plan's RTO escalation: the last of its steps this service's clock has passed.
        if (m.rtoTarget && *m.rtoTarget > 0 && standing != RtoStanding::Recovered &&
            standing != RtoStanding::RecoveredLate) {
            const RtoEscalationStep *passed = nullptr;
            for (const RtoEscalationStep &step : plan.peoplePolicy.rtoEscalation) {
                if (elapsed >= step.fraction * *m.rtoTarget)
                    passed = &step;
            }
            if (passed && !passed->notify.isEmpty()) {
                QStringList names;
                for (const QString &id : passed->notify) {
                    QString name = Contacts::displayName(plan, id);
                    const QString person = OnCall::personFor(plan, id, m_now());
                    if (const Person *p = Contacts::person(plan, person);
                        p && person != id && !p->phones.isEmpty())
                        name +=
                            QStringLiteral(" (%1 %2)").arg(p->name, p->phones.constFirst().number);
                    else if (p && !p->phones.isEmpty())
                        name += QStringLiteral(" %1").arg(p->phones.constFirst().number);
                    names.append(name);
                }
                const QString notify = tr("%1 % of the RTO gone: notify %2")
                                           .arg(QLocale().toString(passed->fraction * 100, 'f', 0),
                                                names.join(QStringLiteral(", ")));
                callText = callText.isEmpty() ? notify : callText + QStringLiteral(" · ") + notify;
            }
        }
        if (!callText.isEmpty())
            callLines.append(tr("%1 — call %2").arg(m.name, callText));
        for (int c = 0; c < 4; ++c) {
            QTableWidgetItem *item = c == 3 ? set(3, text) : m_standing->item(i, c);
            if (c == 3)
                item->setToolTip(text); // in full where the column is too narrow
            item->setBackground(background.isValid() ? QBrush(background) : QBrush());
            item->setForeground(background.isValid() ? QBrush(foreground) : QBrush());
            if (c == 3)
                item->setData(Qt::UserRole, int(standing));
        }
    }
    m_callNow->setText(callLines.join(QLatin1Char('\n')));
    m_callNow->setVisible(!callLines.isEmpty());
}

} // namespace Continuity
