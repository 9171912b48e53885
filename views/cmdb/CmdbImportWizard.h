// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CmdbImport.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Continuity {

class PlanDocument;
class UserDialogs;

// The CMDB import in the window (issue 8, docs/cmdb-import.md): choose the ServiceNow CI and
// relationship exports; edit the mapping (class → kind, relationship type → meaning,
// criticality → tier), load it from or save it to a mapping file; see, computed in the
// background with progress and cancel, what the import will add, change, remove and ignore and
// every bad row with its file, line and reason; then import as one undo step. The mapping is
// saved in the plan with the import. Large imports are written by a worker thread.
class CmdbImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPageId, MappingPageId, PreviewPageId };

    CmdbImportWizard(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~CmdbImportWizard() override;

    // For tests and for the Browse buttons.
    void setFiles(const QString &cis, const QString &relationships);
    void setMapping(const CmdbMapping &mapping);
    CmdbMapping mapping() const; // as the mapping page shows it now
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemsTable() const { return m_problems; }
    QCheckBox *skipBadRows() const { return m_skip; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isPreviewReady() const { return m_result.has_value(); }
    bool isBusy() const { return m_computing.isRunning() || m_writing; }
    void cancelWork();

    bool validateCurrentPage() override;
    void reject() override;

signals:
    void previewReady();
    void imported(bool ok, const QString &message);

private:
    QWizardPage *buildFilesPage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildPreviewPage();
    void showMapping(const CmdbMapping &mapping);
    void loadMappingFile();
    void saveMappingFile();
    void startPreview();
    void showPreview();
    void startWrite();
    void finishWrite(bool ok, const QString &error);
    void addRow(QTableWidget *table);

    struct Preview
    {
        QString change; // added, changed, removed
        QString id;
        QString name;
        QString kind;
    };
    struct Computed
    {
        std::optional<CmdbImportResult> result;
        QList<Preview> rows;
        QString error;
    };

    QPointer<PlanDocument> m_document;
    UserDialogs *m_dialogs;
    QLineEdit *m_cis = nullptr;
    QLineEdit *m_rels = nullptr;
    QTableWidget *m_classes = nullptr;
    QTableWidget *m_relations = nullptr;
    QTableWidget *m_criticality = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_skip = nullptr;
    QFutureWatcher<Computed> m_computing;
    bool m_writing = false; // the document is writing the import
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::optional<CmdbImportResult> m_result;
    CmdbMapping m_used; // the mapping the preview was computed with
    Plan m_previous;    // the plan before the import, for its undo
    bool m_done = false;
};

} // namespace Continuity
