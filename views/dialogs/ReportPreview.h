// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Continuity {

namespace Report {
struct Document;
class PagedReport;
} // namespace Report

class PreviewPages;

// File > Print Preview (Ctrl+P): a report's pages on screen and on paper, with nothing of it on
// the GUI thread (issue #21 point 5, docs/decisions/print-preview.md). The report is built and
// laid out on a worker with a busy bar and Cancel; each page is painted on a worker when it
// scrolls into view, at the zoom shown; Print… paints every page on a worker with progress and
// Cancel. Not modal: the plan stays usable while a big report is prepared or printed.
class ReportPreview : public QDialog
{
    Q_OBJECT

public:
    // Builds the document from copies only (it runs on a worker): fills it or says what is wrong.
    using Builder = std::function<bool(Report::Document *document, QString *errorMessage)>;

    ReportPreview(Builder build, const QString &title, QWidget *parent = nullptr);
    ~ReportPreview() override;

    // Opens a preview on `parent` that deletes itself when closed.
    static ReportPreview *open(Builder build, const QString &title, QWidget *parent);

    bool isReady() const;
    int pageCount() const;
    // What the dialog says while it prepares, or why it could not (empty once ready).
    QString statusText() const;
    // The page shown at the top of the view (from 1), as the label says "Page 2 of 9".
    int currentPage() const;
    double zoom() const;
    void setZoom(double zoom);
    // Prints every page (or the printer's range) to `printer` on a worker; false when not
    // ready or already printing. The dialog's Print… asks the printer first; tests print to PDF.
    bool printTo(std::shared_ptr<QPrinter> printer);
    bool isPrinting() const { return m_print.isRunning(); }

signals:
    void ready();
    // ok: every page went to the printer; otherwise what went wrong or that it was cancelled.
    void printed(bool ok, const QString &message);

private:
    void askPrint();
    void cancel();
    void updatePageLabel();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QScrollArea *m_scroll = nullptr;
    PreviewPages *m_pages = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_printButton = nullptr;
    QString m_title;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<std::shared_ptr<const Report::PagedReport>> m_layout;
    QString m_layoutError;
    std::shared_ptr<const Report::PagedReport> m_report;
    QFutureWatcher<QString> m_print;
    std::shared_ptr<QPrinter> m_printer;
};

} // namespace Continuity
