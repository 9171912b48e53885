// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QCalendarWidget;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace Continuity {

struct PlanChange;

class AnalysisController;
class DrillConsole;
class ExerciseConsole;
class ExerciseFollowUpView;
class ExerciseResultsView;
class PlanDocument;
class ReportExportBar;
class UserDialogs;

// The Exercises area (issue 7, docs/exercises.md): the plan's DR tests as a list and on a
// calendar; for the selected one its plan (date, type, runbooks and services in scope,
// participants, objectives; a call-tree drill: the call tree), the live console (a drill's
// own), the results, and the follow-up of every exercise (actions, next test due). Prints the
// exercise report through a preview or to PDF in the background. Every edit is one undo step in the
// document.
class ExercisesPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { PlanTab, ConsoleTab, ResultsTab, FollowUpTab };
    using Clock = std::function<QDateTime()>;

    // `analysis` (optional) provides the required tiers for the test schedule.
    ExercisesPage(PlanDocument *document, UserDialogs *dialogs,
                  AnalysisController *analysis = nullptr, QWidget *parent = nullptr);
    ~ExercisesPage() override;

    void showExercise(const QString &id);
    QString currentExercise() const;
    void showTab(Tab tab);
    // For tests: the time the console stamps and "today" for due dates.
    void setClock(Clock clock);
    ExerciseConsole *console() const { return m_console; }
    DrillConsole *drillConsole() const { return m_drill; }
    ExerciseResultsView *results() const { return m_results; }
    ExerciseFollowUpView *followUp() const { return m_followUp; }
    QCalendarWidget *calendar() const { return m_calendar; }
    bool exportPdf(const QString &path);
    bool isExporting() const;
    void newExercise();

    // Presentation mode: while the live console is shown, the list of exercises makes room for
    // it (the Plan tab brings the list back).
    void setPresentation(bool on);

    // The area's report: a print preview, or a PDF written in the background.
    void printPreview();
    void askExportPdf();

signals:
    void statusMessage(const QString &message, int timeout);
    void exportFinished(bool ok, const QString &message);
    // The live console took (or gave back) the whole width for the room: in presentation mode
    // the window's area list makes way too, as this page's exercise list does.
    void roomViewChanged(bool console);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void fitToRoom();
    bool m_presentation = false;
    QWidget *m_listPane = nullptr;
    void onPlanChanged(const PlanChange &change);
    void rebuildList();
    void rebuildPicker();
    void loadCurrent();
    void commitPlan();
    void commitObjectives();
    void onScopeItemChanged();
    void onParticipantChanged(int row, int column);
    void deleteExercise();
    void updateCalendar();

    QPointer<PlanDocument> m_document;
    UserDialogs *m_dialogs;
    Clock m_now;
    QListWidget *m_list = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_callTree = nullptr;
    QWidget *m_callTreeLabel = nullptr;
    QWidget *m_runbooksLabel = nullptr;
    QWidget *m_servicesLabel = nullptr;
    QWidget *m_servicesBox = nullptr;
    QListWidget *m_runbooks = nullptr;
    QListWidget *m_services = nullptr;
    QLineEdit *m_addService = nullptr;
    QTableWidget *m_participants = nullptr;
    QPlainTextEdit *m_objectives = nullptr;
    ExerciseConsole *m_console = nullptr;
    DrillConsole *m_drill = nullptr;
    QStackedWidget *m_live = nullptr; // the console, or the drill console for a call-tree drill
    ExerciseResultsView *m_results = nullptr;
    ExerciseFollowUpView *m_followUp = nullptr;
    ReportExportBar *m_exportBar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QTimer m_objectivesCommit;
    QString m_objectivesOf; // the exercise whose objectives the editor holds
    QList<QDate> m_markedDates;
    bool m_loading = false;
    bool m_pickerDirty = true; // the service completer needs building
    bool m_committing = false; // an edit of this page's lists is being written
};

} // namespace Continuity
