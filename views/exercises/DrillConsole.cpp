// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrillConsole.h"
#include "ConsoleSupport.h"

#include "analysis/Drill.h"
#include "analysis/ExerciseResults.h"
#include "analysis/OnCall.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/Contacts.h"
#include "domain/ExerciseLog.h"
#include "domain/Plan.h"
#include "tables/HeaderFit.h"
#include "tables/RelativeFont.h"
#include "tables/Relayout.h"

#include <QAction>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Continuity {

namespace {

enum Column {
    PersonColumn,
    PhoneColumn,
    CallerColumn,
    ExpectedColumn,
    AnswerColumn,
    AtColumn,
    DetailsColumn,
    ColumnCount
};

QString minutesText(double minutes)
{
    return DrillConsole::tr("%1 min").arg(QLocale().toString(minutes, 'f', 0));
}

const CallTree *treeOf(const Plan &plan, const Exercise &e)
{
    for (const CallTree &t : plan.callTrees) {
        if (t.id == e.callTree)
            return &t;
    }
    return nullptr;
}

} // namespace

DrillConsole::DrillConsole(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("drillConsole"));
    m_clock = ConsoleSupport::makeClock(QStringLiteral("drillClock"),
                                        tr("Time since the drill was declared"));
    m_state = new QLabel;
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    keepFontRelative(m_state, 1.3);
    m_declare = new QPushButton(tr("&Declare Start (D)"));
    m_declare->setObjectName(QStringLiteral("drillDeclareButton"));
    m_declare->setToolTip(tr("Start the drill's clock now and call the tree's root"));
    m_pause = new QPushButton(tr("Pause (P)"));
    m_end = new QPushButton(tr("&End Drill (Ctrl+E)"));
    m_end->setObjectName(QStringLiteral("drillEndButton"));

    m_calls = new QTableWidget(0, ColumnCount);
    m_calls->setObjectName(QStringLiteral("drillCallsView"));
    m_calls->setHorizontalHeaderLabels({tr("Person"), tr("Phone"), tr("Called by"), tr("Expected"),
                                        tr("Answer"), tr("At"), tr("Details")});
    m_calls->horizontalHeaderItem(DetailsColumn)
        ->setToolTip(tr("Contact details found wrong or changed during the drill"));
    m_calls->verticalHeader()->hide();
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calls->setWordWrap(false);
    keepFontRelative(m_calls, 1.15);
    // Every column as wide as what it holds at the current text size; the details take the rest.
    for (int col = 0; col < DetailsColumn; ++col)
        m_calls->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    fillWithLastColumn(m_calls);

    m_confirm = new QPushButton(tr("Confirmed (&R)"));
    m_confirm->setObjectName(QStringLiteral("drillConfirmButton"));
    m_confirm->setToolTip(tr("The person answered and confirmed, now"));
    m_unreachable = new QPushButton(tr("&Unreachable (U)"));
    m_unreachable->setToolTip(tr("Nobody answered on any number: their fallback calls their "
                                 "people"));
    m_clear = new QPushButton(tr("Not Confirmed (Backspace)"));
    m_details = new QPushButton(tr("Details Wrong… (&E)"));
    m_details->setToolTip(tr("A number or address found wrong or changed during the drill"));
    m_note = new QPushButton(tr("Timeline &Note… (N)"));
    // The answers on one row, what is written down on the next: both fit at presentation scale
    // in every language.
    auto *callButtons = new QGridLayout;
    callButtons->addWidget(m_confirm, 0, 0);
    callButtons->addWidget(m_unreachable, 0, 1);
    callButtons->addWidget(m_clear, 0, 2);
    callButtons->addWidget(m_details, 1, 0);
    callButtons->addWidget(m_note, 1, 1);
    callButtons->setColumnStretch(3, 1);

    m_results = new QLabel;
    m_results->setObjectName(QStringLiteral("drillResultsLabel"));
    m_results->setTextFormat(Qt::PlainText);
    // One result a line, never wrapped: a wrapped label's height is not what its layout
    // reserves, and at presentation scale it ran over the table below.
    m_results->setWordWrap(false);
    keepFontRelative(m_results, 1.3);
    m_mobilisation = new QTableWidget(0, 4);
    m_mobilisation->setObjectName(QStringLiteral("drillMobilisationView"));
    m_mobilisation->setHorizontalHeaderLabels(
        {tr("Role"), tr("Confirmed"), tr("Measured"), tr("In the plan")});
    m_mobilisation->verticalHeader()->hide();
    m_mobilisation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mobilisation->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mobilisation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mobilisation->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_mobilisation->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Room for the header and three roles at the current text size (presentation mode too).
    relayoutWhenChanged(m_mobilisation, m_mobilisation, [this] {
        const int rows = std::max(m_mobilisation->verticalHeader()->defaultSectionSize(),
                                  m_mobilisation->fontMetrics().height() * 3 / 2);
        m_mobilisation->setMinimumHeight(m_mobilisation->horizontalHeader()->sizeHint().height() +
                                         rows * 3 + 2 * m_mobilisation->frameWidth());
    });
    m_apply = new QPushButton(tr("&Apply to the Role"));
    m_apply->setObjectName(QStringLiteral("drillApplyButton"));
    m_apply->setToolTip(tr("Sets the selected role's mobilisation hours to what the drill "
                           "measured; the recovery analysis then uses it. One undo step."));

    auto *clockColumn = new QVBoxLayout;
    clockColumn->addWidget(m_clock);
    clockColumn->addWidget(m_state);
    // Start and pause side by side, the end below: as wide as the clock at any scale.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_declare, 0, 0);
    buttons->addWidget(m_pause, 0, 1);
    buttons->addWidget(m_end, 1, 0, 1, 2);
    buttons->setColumnStretch(2, 1);
    clockColumn->addLayout(buttons);
    clockColumn->addStretch(1);
    auto *clockBox = new QWidget;
    clockBox->setLayout(clockColumn);
    // As wide as the clock and its buttons need, in every language; the rest to the results.
    clockBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *resultsBox = new QVBoxLayout;
    auto *resultsTitle = new QLabel(tr("Results"));
    keepFontRelative(resultsTitle, 1, true);
    resultsBox->addWidget(resultsTitle);
    resultsBox->addWidget(m_results);
    auto *mobilisationTitle = new QLabel(tr("Measured &mobilisation per role"));
    mobilisationTitle->setBuddy(m_mobilisation);
    keepFontRelative(mobilisationTitle, 1, true);
    resultsBox->addWidget(mobilisationTitle);
    resultsBox->addWidget(m_mobilisation, 1);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_apply);
    applyRow->addStretch(1);
    resultsBox->addLayout(applyRow);
    // What happened, in order: the declaration, answers, notes, pauses.
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("drillTimeline"));
    m_timeline->setFocusPolicy(Qt::NoFocus);
    m_timeline->setWordWrap(true);
    keepWrappedItemsWhole(m_timeline);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    auto *timelineBox = new QVBoxLayout;
    auto *timelineTitle = new QLabel(tr("Timeline"));
    keepFontRelative(timelineTitle, 1, true);
    timelineBox->addWidget(timelineTitle);
    timelineBox->addWidget(m_timeline, 1);
    // Top: the clock, the results and the timeline; below, the whole width for the calls.
    auto *top = new QHBoxLayout;
    top->addWidget(clockBox);
    top->addLayout(resultsBox, 5);
    top->addLayout(timelineBox, 2);
    auto *topWidget = new QWidget;
    topWidget->setLayout(top);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_calls, 1);
    bottomLayout->addLayout(callButtons);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(topWidget);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);

    auto shortcut = [this](const QKeySequence &key, void (DrillConsole::*slot)()) {
        ConsoleSupport::addKey(this, key, [this, slot] { (this->*slot)(); });
    };
    shortcut(QKeySequence(Qt::Key_R), &DrillConsole::confirmCurrent);
    shortcut(QKeySequence(Qt::Key_U), &DrillConsole::unreachableCurrent);
    shortcut(QKeySequence(Qt::Key_Backspace), &DrillConsole::clearCurrent);
    shortcut(QKeySequence(Qt::Key_E), &DrillConsole::noteDetails);
    shortcut(QKeySequence(Qt::Key_N), &DrillConsole::addNote);
    shortcut(QKeySequence(Qt::Key_P), &DrillConsole::togglePause);
    shortcut(QKeySequence(Qt::Key_D), &DrillConsole::declare);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &DrillConsole::end);

    connect(m_declare, &QPushButton::clicked, this, &DrillConsole::declare);
    connect(m_pause, &QPushButton::clicked, this, &DrillConsole::togglePause);
    connect(m_end, &QPushButton::clicked, this, &DrillConsole::end);
    connect(m_confirm, &QPushButton::clicked, this, &DrillConsole::confirmCurrent);
    connect(m_unreachable, &QPushButton::clicked, this, &DrillConsole::unreachableCurrent);
    connect(m_clear, &QPushButton::clicked, this, &DrillConsole::clearCurrent);
    connect(m_details, &QPushButton::clicked, this, &DrillConsole::noteDetails);
    connect(m_note, &QPushButton::clicked, this, &DrillConsole::addNote);
    connect(m_apply, &QPushButton::clicked, this, &DrillConsole::applyMobilisation);
    connect(m_mobilisation, &QTableWidget::currentCellChanged, this, [this] {
        const int row = m_mobilisation->currentRow();
        const QTableWidgetItem *item = row >= 0 ? m_mobilisation->item(row, 0) : nullptr;
        m_apply->setEnabled(m_document && !m_document->isReadOnly() && item &&
                            !item->data(Qt::UserRole + 1).isNull());
    });
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        using E = PlanChange::Entity;
        if (change.kind == PlanChange::Kind::AboutToBeRemoved)
            return;
        if (change.entity == E::WholePlan || change.entity == E::Person ||
            change.entity == E::Role || change.entity == E::CallTree ||
            (change.entity == E::Exercise && change.id() == m_exerciseId))
            refresh();
    });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DrillConsole::tick);
    refresh();
}

void DrillConsole::setExercise(const QString &id)
{
    m_exerciseId = id;
    refresh();
    selectNextOpen(0);
}

void DrillConsole::setClock(Clock clock)
{
    m_now = std::move(clock);
    refresh();
}

const Exercise *DrillConsole::exercise() const
{
    return m_document && !m_exerciseId.isEmpty() ? m_document->exercise(m_exerciseId) : nullptr;
}

QString DrillConsole::now() const
{
    return ConsoleSupport::logTime(m_now());
}

bool DrillConsole::apply(const QString &text,
                         const std::function<bool(Exercise &, QString *)> &edit)
{
    if (!ConsoleSupport::applyEdit(m_document, m_dialogs, this, m_exerciseId, text,
                                   tr("Call-Tree Drill"), edit))
        return false;
    emit statusMessage(text, 4000);
    return true;
}

void DrillConsole::declare()
{
    const Exercise *e = exercise();
    if (!e || exerciseStatus(*e) != ExerciseStatus::Planned) {
        backToCalls();
        return;
    }
    const CallTree *tree = treeOf(m_document->plan(), *e);
    if (!tree) {
        m_dialogs->showWarning(this, tr("Call-Tree Drill"),
                               tr("Choose the call tree to drill on the Plan tab first."));
        backToCalls();
        return;
    }
    const QString at = now();
    const QList<DrillCall> calls =
        Drill::callsOf(m_document->plan(), *tree, QDateTime::fromString(at, Qt::ISODate));
    apply(tr("Declare the drill"), [&](Exercise &x, QString *error) {
        if (!declareExercise(x, at, error))
            return false;
        x.drill = calls;
        return true;
    });
    selectNextOpen(0);
    backToCalls();
}

void DrillConsole::togglePause()
{
    const Exercise *e = exercise();
    if (!e)
        return;
    const QString at = now();
    if (exerciseStatus(*e) == ExerciseStatus::Paused)
        apply(tr("Resume the drill"),
              [&](Exercise &x, QString *error) { return resumeExercise(x, at, error); });
    else
        apply(tr("Pause the drill"),
              [&](Exercise &x, QString *error) { return pauseExercise(x, at, error); });
    backToCalls();
}

void DrillConsole::end()
{
    const Exercise *e = exercise();
    if (!e)
        return;
    const ExerciseStatus status = exerciseStatus(*e);
    int open = 0;
    for (const DrillCall &c : e->drill)
        open += c.status == DrillStatus::NotConfirmed;
    if ((status == ExerciseStatus::Running || status == ExerciseStatus::Paused) && open > 0) {
        const QString message =
            tr("%n person(s) have not confirmed.", nullptr, open) + QStringLiteral("\n\n") +
            tr("Ending now records the drill as ended at %1 (%2 on the clock); everyone who has "
               "not confirmed is reported as never reached.")
                .arg(m_now().toLocalTime().toString(QStringLiteral("HH:mm:ss")), m_clock->text());
        if (!m_dialogs->confirm(this, tr("End the Drill?"), message, tr("End Drill"))) {
            backToCalls();
            return;
        }
    }
    const QString at = now();
    apply(tr("End the drill"),
          [&](Exercise &x, QString *error) { return endExercise(x, at, error); });
    backToCalls();
}

void DrillConsole::answerCurrent(int status)
{
    const int row = m_calls->currentRow();
    const Exercise *e = exercise();
    if (!e || row < 0 || row >= e->drill.size())
        return;
    const DrillStatus answer = DrillStatus(status);
    const QString name =
        Contacts::displayName(m_document->plan(), Drill::answerer(e->drill.at(row)));
    const QString text = answer == DrillStatus::Confirmed     ? tr("%1 confirmed").arg(name)
                         : answer == DrillStatus::Unreachable ? tr("%1 unreachable").arg(name)
                                                              : tr("%1 not confirmed").arg(name);
    const QString at = now();
    if (apply(text, [&](Exercise &x,
                        QString *error) { return Drill::answer(x, row, answer, at, error); }) &&
        answer != DrillStatus::NotConfirmed)
        selectNextOpen(row + 1);
    backToCalls();
}

void DrillConsole::confirmCurrent()
{
    answerCurrent(int(DrillStatus::Confirmed));
}

void DrillConsole::unreachableCurrent()
{
    answerCurrent(int(DrillStatus::Unreachable));
}

void DrillConsole::clearCurrent()
{
    answerCurrent(int(DrillStatus::NotConfirmed));
}

void DrillConsole::noteDetails()
{
    const int row = m_calls->currentRow();
    const Exercise *e = exercise();
    if (!e || row < 0 || row >= e->drill.size() || exerciseStatus(*e) == ExerciseStatus::Planned ||
        exerciseStatus(*e) == ExerciseStatus::Ended) {
        backToCalls();
        return;
    }
    const DrillCall &call = e->drill.at(row);
    const QString name = Contacts::displayName(m_document->plan(), Drill::answerer(call));
    const QString note = m_dialogs->askText(
        this, tr("Details Found Wrong"),
        tr("What was wrong or changed in %1's contact details?").arg(name), call.note);
    if (note.trimmed() != call.note.trimmed() && !note.isNull())
        apply(tr("Details of %1").arg(name),
              [&](Exercise &x, QString *error) { return Drill::setNote(x, row, note, error); });
    backToCalls();
}

void DrillConsole::addNote()
{
    const Exercise *e = exercise();
    if (!e || exerciseStatus(*e) == ExerciseStatus::Planned) {
        backToCalls();
        return;
    }
    const QString note =
        m_dialogs->askText(this, tr("Timeline Note"), tr("What happened?"), QString());
    if (!note.trimmed().isEmpty()) {
        const QString at = now();
        apply(tr("Add a timeline note"), [&](Exercise &x, QString *error) {
            return addTimelineNote(x, at, note, QString(), error);
        });
    }
    backToCalls();
}

void DrillConsole::applyMobilisation()
{
    const int row = m_mobilisation->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_mobilisation->item(row, 0) : nullptr;
    if (!item || item->data(Qt::UserRole + 1).isNull() || !m_document)
        return;
    const Role *role = Contacts::role(m_document->plan(), item->data(Qt::UserRole).toString());
    if (!role)
        return;
    Role changed = *role;
    // Minutes are what a drill measures; kept to the minute.
    changed.mobilisationHours = std::round(item->data(Qt::UserRole + 1).toDouble() * 60) / 60;
    QString error;
    if (!m_document->changeRole(changed, &error))
        m_dialogs->showWarning(this, tr("Apply Mobilisation"), error);
    else
        emit statusMessage(tr("Mobilisation of %1 set to %2 from the drill; Undo takes it back.")
                               .arg(changed.name, minutesText(*changed.mobilisationHours * 60)),
                           6000);
}

void DrillConsole::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    backToCalls();
}

void DrillConsole::backToCalls()
{
    m_calls->setFocus(Qt::OtherFocusReason);
    if (m_calls->currentRow() < 0 && m_calls->rowCount() > 0)
        selectNextOpen(0);
}

void DrillConsole::selectNextOpen(int fromRow)
{
    const Exercise *e = exercise();
    const int rows = m_calls->rowCount();
    if (!e || rows == 0)
        return;
    for (int i = 0; i < rows; ++i) {
        const int row = (std::max(fromRow, 0) + i) % rows;
        if (row < e->drill.size() && e->drill.at(row).status == DrillStatus::NotConfirmed) {
            m_calls->setCurrentCell(row, PersonColumn);
            return;
        }
    }
    m_calls->setCurrentCell(std::clamp(fromRow, 0, rows - 1), PersonColumn);
}

void DrillConsole::refresh()
{
    const Exercise *e = exercise();
    const bool writable = m_document && !m_document->isReadOnly();
    const ExerciseStatus status = e ? exerciseStatus(*e) : ExerciseStatus::Planned;
    const bool live = status == ExerciseStatus::Running || status == ExerciseStatus::Paused;
    m_declare->setEnabled(e && writable && status == ExerciseStatus::Planned);
    m_pause->setEnabled(e && writable && live);
    m_pause->setText(status == ExerciseStatus::Paused ? tr("Resume (P)") : tr("Pause (P)"));
    m_end->setEnabled(e && writable && live);
    for (QPushButton *b : {m_confirm, m_unreachable, m_clear, m_details})
        b->setEnabled(e && writable && live);
    m_note->setEnabled(e && writable && status != ExerciseStatus::Planned);

    const Plan &plan = m_document->plan();
    const CallTree *tree = e ? treeOf(plan, *e) : nullptr;
    // Before the declaration the tree as it would be called now; after it, the drill's calls.
    QList<DrillCall> calls;
    QList<OnCall::Reach> reach;
    QDateTime declared;
    if (e && e->declaredAt)
        declared = exerciseTime(*e->declaredAt);
    if (tree)
        reach = OnCall::expectedReach(plan, *tree, declared.isValid() ? declared : m_now());
    if (e && !e->drill.isEmpty()) {
        calls = e->drill;
    } else if (tree) {
        calls = Drill::callsOf(plan, *tree, m_now());
    }
    const bool sameTree = reach.size() == calls.size();
    const int current = m_calls->currentRow();
    m_calls->setRowCount(int(calls.size()));
    for (int row = 0; row < calls.size(); ++row) {
        const DrillCall &c = calls.at(row);
        const int depth = sameTree ? reach.at(row).depth : 0;
        const QString person = Contacts::displayName(plan, Drill::answerer(c));
        QString who = QString(depth * 4, QLatin1Char(' '));
        if (c.contact != c.person && Contacts::role(plan, c.contact))
            who += tr("%1: %2").arg(Contacts::displayName(plan, c.contact), person);
        else
            who += person;
        QString caller;
        if (sameTree && row > 0) {
            const QString by = Drill::callerNow(reach, calls, row);
            caller = by.isEmpty() ? tr("nobody: cut off") : Contacts::displayName(plan, by);
        }
        QString answer;
        QColor background;
        switch (c.status) {
        case DrillStatus::Confirmed:
            answer = tr("confirmed");
            background = QColor(0xdc, 0xef, 0xdc);
            break;
        case DrillStatus::Unreachable:
            answer = tr("unreachable");
            background = QColor(0xe8, 0xa0, 0xa0);
            break;
        case DrillStatus::NotConfirmed:
            answer = !e || e->drill.isEmpty()          ? QString()
                     : status == ExerciseStatus::Ended ? tr("never reached")
                                                       : tr("waiting");
            break;
        }
        const std::optional<double> minutes = e ? Drill::minutesOf(*e, c) : std::nullopt;
        const QStringList numbers = Contacts::phoneNumbers(plan, c.person);
        const QString phones = numbers.join(QStringLiteral(", "));
        const QStringList cells = {
            who,    numbers.value(0), // the number to dial first
            caller, sameTree ? minutesText(reach.at(row).reachMinutes) : QString(),
            answer, minutes ? clockText(*minutes / 60) : QString(),
            c.note};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(col == PhoneColumn ? phones : cells.at(col).trimmed());
            if (col == AnswerColumn && background.isValid()) {
                item->setBackground(background);
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            m_calls->setItem(row, col, item);
        }
    }
    if (current >= 0 && current < m_calls->rowCount())
        m_calls->setCurrentCell(current, PersonColumn);

    // Results and mobilisation.
    m_mobilisation->setRowCount(0);
    if (e && !e->drill.isEmpty()) {
        const Drill::Results r = Drill::results(plan, *e);
        auto t = [](const std::optional<double> &m) { return m ? minutesText(*m) : tr("not yet"); };
        m_results->setText(
            tr("%1 of %2 confirmed").arg(r.confirmed).arg(r.people) + QLatin1Char('\n') +
            tr("T50 %1 · T90 %2 · T100 %3").arg(t(r.t50), t(r.t90), t(r.t100)) + QLatin1Char('\n') +
            tr("Within the target of %1: %2 of %3 (%4 %)")
                .arg(minutesText(r.targetMinutes))
                .arg(r.withinTarget)
                .arg(r.people)
                .arg(QLocale().toString(100.0 * r.withinTargetShare(), 'f', 0)) +
            QLatin1Char('\n') +
            (status == ExerciseStatus::Ended ? tr("Cut off: %1") : tr("Cut off or waiting: %1"))
                .arg(r.cutOff.size()));
        m_mobilisation->setRowCount(int(r.mobilisation.size()));
        for (int row = 0; row < r.mobilisation.size(); ++row) {
            const Drill::RoleMobilisation &m = r.mobilisation.at(row);
            const Role *role = Contacts::role(plan, m.role);
            auto *name = new QTableWidgetItem(Contacts::displayName(plan, m.role));
            name->setData(Qt::UserRole, m.role);
            name->setData(Qt::UserRole + 1, m.hours ? QVariant(*m.hours) : QVariant());
            m_mobilisation->setItem(row, 0, name);
            m_mobilisation->setItem(
                row, 1, new QTableWidgetItem(tr("%1 of %2").arg(m.confirmed).arg(m.members)));
            m_mobilisation->setItem(
                row, 2, new QTableWidgetItem(m.hours ? minutesText(*m.hours * 60) : tr("—")));
            m_mobilisation->setItem(
                row, 3,
                new QTableWidgetItem(role && role->mobilisationHours
                                         ? minutesText(*role->mobilisationHours * 60)
                                         : tr("—")));
        }
    } else if (e && !tree) {
        m_results->setText(tr("Choose the call tree to drill on the Plan tab."));
    } else {
        m_results->setText(tr("Declare the drill to start the clock; then mark each person as "
                              "they confirm (R) or cannot be reached (U)."));
    }
    m_apply->setEnabled(false);

    // The timeline: declaration, pauses, answers and notes in time order.
    struct Line
    {
        QString at;
        QString text;
    };
    QList<Line> lines;
    if (e) {
        if (e->declaredAt)
            lines.append({*e->declaredAt, tr("Declared")});
        for (const ExercisePause &p : e->pauses) {
            lines.append({p.pausedAt, tr("Paused")});
            if (p.resumedAt)
                lines.append({*p.resumedAt, tr("Resumed")});
        }
        for (const DrillCall &c : e->drill) {
            if (!c.at)
                continue;
            const QString name = Contacts::displayName(plan, Drill::answerer(c));
            lines.append({*c.at, c.status == DrillStatus::Confirmed
                                     ? tr("%1 confirmed").arg(name)
                                     : tr("%1 unreachable").arg(name)});
        }
        for (const ExerciseLogEntry &l : e->log) {
            if (l.isNote())
                lines.append({l.startedAt, tr("Note: %1").arg(l.note)});
        }
        if (e->endedAt)
            lines.append({*e->endedAt, tr("Ended")});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.at < b.at; });
    m_timeline->clear();
    for (const Line &l : lines)
        m_timeline->addItem(localClock(l.at) + QStringLiteral("  ") + l.text);
    m_timeline->scrollToBottom();

    if (status == ExerciseStatus::Running && !m_timer.isActive())
        m_timer.start();
    else if (status != ExerciseStatus::Running)
        m_timer.stop();
    tick();
}

void DrillConsole::tick()
{
    const Exercise *e = exercise();
    if (!e) {
        m_clock->setText(QStringLiteral("00:00:00"));
        m_state->clear();
        return;
    }
    const ExerciseStatus status = exerciseStatus(*e);
    const QDateTime end = e->endedAt ? exerciseTime(*e->endedAt) : m_now();
    m_clock->setText(clockText(elapsedHours(*e, end), 2));
    const Plan &plan = m_document->plan();
    const CallTree *tree = treeOf(plan, *e);
    const QString treeName = tree ? tree->name : e->callTree;
    switch (status) {
    case ExerciseStatus::Planned:
        m_state->setText(tr("Planned: %1").arg(treeName));
        break;
    case ExerciseStatus::Running:
        m_state->setText(tr("Calling: %1").arg(treeName));
        break;
    case ExerciseStatus::Paused:
        m_state->setText(tr("Paused: %1").arg(treeName));
        break;
    case ExerciseStatus::Ended:
        m_state->setText(tr("Ended: %1").arg(treeName));
        break;
    }
}

} // namespace Continuity
