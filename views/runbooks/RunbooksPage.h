// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Continuity {

class PlanDocument;
class ReportExportBar;
class RunbookStepsModel;
class UserDialogs;

// The Runbooks area (PRODUCT §2 Runbook, docs/runbooks.md): the plan's runbooks on the left;
// the selected one's header, checks and steps on the right. Every change is one undo step in
// the document; changing an approved runbook starts a new draft version and keeps the
// approved one. Prints through a preview or to PDF in the background with progress and cancel.
class RunbooksPage : public QWidget
{
    Q_OBJECT

public:
    RunbooksPage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~RunbooksPage() override;

    void showRunbook(const QString &id);
    QString currentRunbook() const;
    QTableView *stepsView() const { return m_steps; }
    RunbookStepsModel *stepsModel() const { return m_model; }
    // Writes the current runbook to `path` in the background; finished() tells the result.
    bool exportPdf(const QString &path);
    bool isExporting() const;

    // The area's report: a print preview, or a PDF written in the background.
    void printPreview();
    void askExportPdf();

signals:
    void statusMessage(const QString &message, int timeout);
    void exportFinished(bool ok, const QString &message);

private:
    void buildUi();
    void rebuildList();
    void rebuildServices();
    void loadCurrent();
    void updateChecks();
    void updateActions();
    void commitHeader();
    void commitStepTexts();
    void onStepChanged();
    void newRunbook();
    void deleteRunbook();
    void approve();
    void retire();
    void addStep();
    void removeStep();
    void moveStep(int delta);

    QPointer<PlanDocument> m_document;
    UserDialogs *m_dialogs;
    RunbookStepsModel *m_model = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_service = nullptr;
    QCheckBox *m_exitPlan = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_author = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_checks = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_retire = nullptr;
    QTableView *m_steps = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QPlainTextEdit *m_rollback = nullptr;
    QLabel *m_stepLabel = nullptr;
    ReportExportBar *m_exportBar = nullptr;
    QWidget *m_editor = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addStepAction = nullptr;
    QAction *m_removeStepAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QTimer m_textCommit;
    int m_editingRow = -1;
    std::pair<int, int> m_keepCell{0, 1}; // row and column kept across model resets
    bool m_loading = false;
    bool m_servicesDirty = true;
};

} // namespace Continuity
