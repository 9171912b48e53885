// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QPushButton;

namespace Continuity {

namespace Report {
struct Document;
}

// Writes a report to PDF on a worker thread with a progress bar and a Cancel button, hidden
// while idle (docs/reports.md). The document is built by the caller on the GUI thread from the
// plan as it is; laying it out and painting happen off it. Used by every page that prints.
class ReportExportBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReportExportBar(QWidget *parent = nullptr);
    ~ReportExportBar() override;

    // Starts writing `document` to `path`; false when an export is already running.
    bool start(std::shared_ptr<const Report::Document> document, const QString &path,
               const QString &pdfTitle);
    // Builds the document on the worker too (analyses the report needs, an older copy of the
    // plan to read): `build` gets only copies, fills the document or says what went wrong.
    using Builder = std::function<bool(Report::Document *document, QString *errorMessage)>;
    bool start(Builder build, const QString &path, const QString &pdfTitle);
    bool isRunning() const { return m_export.isRunning(); }
    void cancel();

    // The open plan's audit head ("#42 3fa2b4c5d6e7"), printed in the footer of every report
    // exported or previewed from now on (the window sets it after each edit).
    static void setAuditHead(const QString &head);
    static QString auditHead();

    // The print preview of `document` (ReportPreview: laid out, shown and printed off the GUI
    // thread), or of the document `build` makes on a worker.
    static void preview(const Report::Document &document, const QString &title, QWidget *parent);
    static void preview(Builder build, const QString &title, QWidget *parent);

signals:
    // ok: "Wrote PATH"; otherwise what went wrong (or that it was cancelled).
    void finished(bool ok, const QString &message);

private:
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<QString> m_export;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_path;
};

} // namespace Continuity
