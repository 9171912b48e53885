// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimeZone;
class QHBoxLayout;
class QTabWidget;
class QChartView;

namespace Continuity {

class PlanDocument;
class ReportExportBar;
class ChangeCalendar;
class UserDialogs;
class RadiusMapView;
struct Change;
struct ChangeAssessment;
struct PlanChange;

// The Changes area (product/12-changes.md, docs/changes.md): the changes with filters by
// state, risk, class and date; the selected change's form with its assessment beside it (blast
// radius, processes hit with their loss and headroom, conflicts, missing controls), computed on a
// worker after every edit; and the state moves with their refusals. Every field is written as it
// is left, one undo step each; times are typed and shown in the plan's time zone.
class ChangesPage : public QWidget
{
    Q_OBJECT

public:
    ChangesPage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~ChangesPage() override;

    void showChange(const QString &id);
    QString currentChange() const { return m_id; }
    // Adds a normal change created now and opens it for typing its title.
    void newChange();
    void deleteChange();
    // Moves the current change to `to`, or says why the rules refuse it.
    bool moveTo(int state);
    // The plain-language notice of the current change for people outside IT (M9): as text, as
    // a one-page document, and in a window-modal dialog to copy, print or export as PDF.
    QString stakeholderNotice() const;
    void showNotice();
    bool exportNoticePdf(const QString &path);
    // Whether an assessment is being computed (tests wait for it).
    bool isAssessing() const;
    ChangeCalendar *calendar() const { return m_calendar; }
    // The area's report, the CAB pack of the next two weeks (product/12-changes.md): a print
    // preview, or a PDF written in the background with progress and Cancel.
    void printPreview();
    void askExportPdf();
    bool exportPdf(const QString &path);
    bool isExporting() const;
    // The plan's freeze and maintenance windows in a window-modal dialog.
    void editWindows();
    // Shows the list (0) or the calendar (1).
    void showTab(int index);

signals:
    void statusMessage(const QString &message, int timeout);

private:
    void buildUi();
    QWidget *buildForm();
    QWidget *buildAssessment();
    QWidget *buildCalendar();
    QWidget *buildMetrics();
    void refreshMetrics();
    void onChanged(const PlanChange &change);
    void rebuildList();
    void loadDetail();
    void showAssessment();
    void reassess();
    void commit(const QString &text);
    bool formChange(Change *change, QString *error) const;
    void refused(const QString &message);
    QTimeZone zone() const;
    void rebuildChoices();

    struct Assessments;
    PlanDocument *m_document;
    UserDialogs *m_dialogs;
    QString m_id;
    bool m_loading = false;
    std::unique_ptr<Assessments> m_assessments;
    QTabWidget *m_tabs = nullptr;
    ChangeCalendar *m_calendar = nullptr;
    QLabel *m_calendarTitle = nullptr;
    ReportExportBar *m_exportBar = nullptr;
    QTableWidget *m_metrics = nullptr;
    QChartView *m_metricsChart = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_riskFilter = nullptr;
    QComboBox *m_classFilter = nullptr;
    QComboBox *m_dateFilter = nullptr;
    QTableWidget *m_list = nullptr;
    QStackedWidget *m_detail = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_noticeButton = nullptr;
    // The form.
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_class = nullptr;
    QLabel *m_state = nullptr;
    QHBoxLayout *m_moves = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    QListWidget *m_targets = nullptr;
    QComboBox *m_addTarget = nullptr;
    QComboBox *m_implementer = nullptr;
    QComboBox *m_reviewer = nullptr;
    QComboBox *m_backoutRunbook = nullptr;
    QPlainTextEdit *m_backoutPlan = nullptr;
    QComboBox *m_cab = nullptr;
    QLineEdit *m_cabOn = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_externalRef = nullptr;
    QPlainTextEdit *m_description = nullptr;
    // The assessment.
    QLabel *m_risk = nullptr;
    QLabel *m_riskDetail = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_missing = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QTableWidget *m_processes = nullptr;
    QTableWidget *m_radius = nullptr;
    RadiusMapView *m_radiusMap = nullptr;
};

} // namespace Continuity
