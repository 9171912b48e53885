// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QSplitter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTimeZone;

namespace Continuity {

class PlanDocument;
class ReportExportBar;
class UserDialogs;
class SloView;
struct Incident;
struct PlanChange;

// The Incidents & SLOs area (product/13-incidents-slos.md, docs/incidents.md): the incidents
// with the selected one's form and post-mortem beside them, the SLOs with their error budgets,
// and the history charts. Every field is written as it is left, one undo step each; a refused
// value says why and shows the stored one again. Instants are typed and shown in the plan's
// time zone (the incident policy's).
class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    IncidentsPage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~IncidentsPage() override;

    void showIncident(const QString &id);
    QString currentIncident() const { return m_id; }
    // Adds an incident started now and opens it for typing its title.
    void newIncident();
    // Asks, then deletes the current incident (one undo step).
    void deleteIncident();
    // Proposes the nodes the cascade takes down with the ones listed down, for the user to
    // confirm; the confirmed ones are added to the incident (one undo step).
    void proposeFromCascade();
    SloView *sloView() const { return m_slos; }
    // The plan's incident policy (post-mortem due days, time zone, financial entity) in a
    // window-modal dialog; OK writes it as one undo step.
    void editPolicy();

    // The area's report, the current incident's post-mortem (product/13-incidents-slos.md): a
    // print preview, or a PDF written in the background with progress and Cancel. People print
    // by role unless "Name people when printed" is ticked.
    void printPreview();
    void askExportPdf();
    bool exportPdf(const QString &path);
    bool isExporting() const;

    // "2026-03-04 10:00" in `zone`; empty for none.
    static QString shownInstant(const std::optional<QString> &iso, const QTimeZone &zone);
    // Typed text in `zone` ("2026-03-04 10:00", or ISO-8601 with its offset) as the instant
    // plan JSON keeps; nullopt for empty text; `ok` false when it does not read.
    static std::optional<QString> typedInstant(const QString &text, const QTimeZone &zone,
                                               bool *ok);

signals:
    void statusMessage(const QString &message, int timeout);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The list as wide as its short columns and a readable title need, at most half the width
    // (presentation mode enlarges the text, not the window).
    void fitListWidth();
    QSplitter *m_splitter = nullptr;
    double m_normalPoints = 0; // the text size the page was made at
    QList<int> m_normalSizes;  // the user's split, kept while the text is larger
    void buildUi();
    QWidget *buildIncidentForm();
    QWidget *buildPostmortemForm();
    QWidget *buildDoraView();
    // The DORA classification of the current incident, when the plan is a financial entity's
    // and its tab is shown (docs/dora.md).
    void refreshDora();
    void onChanged(const PlanChange &change);
    void rebuildList();
    void loadDetail();
    void commit(const QString &text);
    // The incident as the form holds it, from the stored one; false (and a message) when a
    // typed value does not read.
    bool formIncident(Incident *incident, QString *error) const;
    void refused(const QString &message);
    QTimeZone zone() const;
    void addTableRow(QTableWidget *table, const QStringList &texts);

    PlanDocument *m_document;
    UserDialogs *m_dialogs;
    QString m_id;
    bool m_loading = false;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_list = nullptr;
    QStackedWidget *m_detail = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    // The incident's form.
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_started = nullptr;
    QLineEdit *m_detected = nullptr;
    QLineEdit *m_acknowledged = nullptr;
    QLineEdit *m_mitigated = nullptr;
    QLineEdit *m_restored = nullptr;
    QLineEdit *m_closed = nullptr;
    QLineEdit *m_clients = nullptr;
    QLineEdit *m_transactions = nullptr;
    QLineEdit *m_cost = nullptr;
    QLineEdit *m_change = nullptr;
    QLineEdit *m_externalRef = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QTableWidget *m_affected = nullptr;
    QTableWidget *m_dataLoss = nullptr;
    QTableWidget *m_factors = nullptr;
    QListWidget *m_plans = nullptr;
    // The post-mortem.
    QStackedWidget *m_postmortemStack = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_impact = nullptr;
    QPlainTextEdit *m_wentWell = nullptr;
    QPlainTextEdit *m_wentWrong = nullptr;
    QPlainTextEdit *m_lucky = nullptr;
    QTableWidget *m_timeline = nullptr;
    QTableWidget *m_actions = nullptr;
    QTableWidget *m_runbookChanges = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_reviewedOn = nullptr;
    QLabel *m_due = nullptr;
    QCheckBox *m_printNames = nullptr;
    // DORA.
    QWidget *m_doraTab = nullptr;
    QLabel *m_doraVerdict = nullptr;
    QLabel *m_doraReasons = nullptr;
    QTableWidget *m_doraCriteria = nullptr;
    QLabel *m_doraClocks = nullptr;
    QLabel *m_doraRecurring = nullptr;
    QPlainTextEdit *m_doraDraft = nullptr;
    SloView *m_slos = nullptr;
    ReportExportBar *m_exportBar = nullptr;
};

} // namespace Continuity
