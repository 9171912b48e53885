// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "analysis/ExerciseResults.h"

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QSplitter;
class QTableWidget;

namespace Continuity {

class ExerciseStepsModel;
class PlanDocument;
class UserDialogs;

// The live console of an exercise (issue 7, docs/exercises.md): a large clock since the
// declaration, the runbooks' steps started and finished by keyboard (S, F) or click, who
// reported each, notes, corrections of times that keep the original, and per service in
// scope the elapsed time against its RTO in colour. Pause and resume stop the clock. Every
// action is one undo step written to the plan at once, so a crash loses nothing reported.
// Owned by the Exercises page.
class ExerciseConsole : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    ExerciseConsole(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);

    void setExercise(const QString &id);
    // The time source: QDateTime::currentDateTimeUtc unless a test injects another.
    void setClock(Clock clock);
    QTableView *stepsView() const { return m_steps; }
    QTableWidget *standingView() const { return m_standing; }
    // Who to call for each service still down: "Service — call Role: Person phone · escalate".
    QLabel *callNowLabel() const { return m_callNow; }
    QLabel *clockLabel() const { return m_clock; }
    QLineEdit *reporterEdit() const { return m_reporter; }
    QListWidget *timelineView() const { return m_timeline; }

    // The actions behind the buttons, for the keyboard and for tests.
    void declare();
    void togglePause();
    void end();
    void startCurrentStep();
    void finishCurrentStep();
    void correctCurrentTime();
    void addNote();
    // The service chosen in the standing table is back: its measured RTO is the clock now.
    void markServiceRecovered();

signals:
    void statusMessage(const QString &message, int timeout);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The clock and the services against their RTO as tall as they need (presentation mode
    // enlarges them), the steps below taking the rest.
    void fitTop();
    void applyFonts();
    const Exercise *exercise() const;
    struct CurrentStep
    {
        int row = -1;
        QString runbook;
        QString step;
        QString title;
    };
    CurrentStep currentStep() const;
    QString now() const;
    bool apply(const QString &text, const std::function<bool(Exercise &, QString *)> &edit);
    void refresh();
    void tick();
    void selectNextPending(int fromRow);
    // After every action and dialog the keys act on the steps again (S, F, N, P, C).
    void backToSteps();
    void refreshTimeline(const Exercise &e);

    QPointer<PlanDocument> m_document;
    UserDialogs *m_dialogs;
    QString m_exerciseId;
    Clock m_now;
    ExerciseStepsModel *m_model = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_state = nullptr;
    QLineEdit *m_reporter = nullptr;
    QPushButton *m_declare = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_recovered = nullptr;
    QTableView *m_steps = nullptr;
    QList<QLabel *> m_titles;
    QSplitter *m_split = nullptr;
    QWidget *m_top = nullptr;
    QTableWidget *m_standing = nullptr;
    QLabel *m_callNow = nullptr;
    QListWidget *m_timeline = nullptr;
    QTimer m_timer;
    QList<ServiceMeasure> m_measures; // of the exercise as it is; refresh() renews them
    bool m_measured = false;
    // Who to call for each measured service (docs/people.md): the contact that owns or recovers
    // it and the person to call now; renewed with the measures and every few minutes.
    struct CallNow
    {
        QString contact;
        QString person;
    };
    QList<CallNow> m_calls;
    QDateTime m_callsAt;
};

} // namespace Continuity
