// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPreview.h"

#include "report/ReportDocument.h"
#include "ReportExportBar.h"

#include <QAction>
#include <QHash>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPageLayout>
#include <QPainter>
#include <QPaintEvent>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

#include <cmath>

namespace Continuity {

namespace {

constexpr int Gap = 16;         // pixels between pages and around them
constexpr int CachedPages = 24; // painted pages kept; the farthest from view go first

} // namespace

// The pages one below the other, each painted on a worker the first time it shows at the zoom
// shown; until then a white page.
class PreviewPages : public QWidget
{
public:
    explicit PreviewPages(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("reportPreviewPages"));
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    void setReport(std::shared_ptr<const Report::PagedReport> report)
    {
        m_report = std::move(report);
        relayout();
    }

    double zoom() const { return m_zoom; }
    void setZoom(double zoom)
    {
        zoom = std::clamp(zoom, 0.25, 4.0);
        if (std::abs(zoom - m_zoom) < 1e-6)
            return;
        m_zoom = zoom;
        relayout();
    }

    // Device-independent pixels per point at the zoom shown.
    double pixelsPerPoint() const { return m_zoom * logicalDpiX() / 72.0; }
    QSize pageSize() const
    {
        return {int(std::lround(Report::PagedReport::pageWidthPoints() * pixelsPerPoint())),
                int(std::lround(Report::PagedReport::pageHeightPoints() * pixelsPerPoint()))};
    }
    QRect pageRect(int page) const
    {
        const QSize size = pageSize();
        return {std::max(Gap, (width() - size.width()) / 2), Gap + page * (size.height() + Gap),
                size.width(), size.height()};
    }
    // The page whose area holds `y` (or the nearest one), from 0.
    int pageAt(int y) const
    {
        if (!m_report || m_report->pageCount() == 0)
            return 0;
        const int step = pageSize().height() + Gap;
        return std::clamp((y - Gap / 2) / std::max(1, step), 0, m_report->pageCount() - 1);
    }
    // How many pages are painted and kept (tests wait for the first).
    qsizetype paintedPages() const { return m_images.size(); }
    QImage paintedPage(int page) const { return m_images.value(page); }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().color(QPalette::Dark));
        if (!m_report)
            return;
        const int first = pageAt(event->rect().top());
        const int last = pageAt(event->rect().bottom());
        for (int page = first; page <= last; ++page) {
            const QRect r = pageRect(page);
            painter.fillRect(r.translated(2, 2), QColor(0, 0, 0, 60));
            const auto image = m_images.constFind(page);
            if (image != m_images.cend()) {
                painter.drawImage(r, *image);
            } else {
                painter.fillRect(r, Qt::white);
                request(page);
            }
        }
        keepNear(first, last);
    }

private:
    void relayout()
    {
        ++m_generation;
        m_images.clear();
        m_inFlight.clear();
        const int pages = m_report ? m_report->pageCount() : 0;
        const QSize page = pageSize();
        setFixedSize(page.width() + 2 * Gap, Gap + pages * (page.height() + Gap));
        update();
    }

    void request(int page)
    {
        if (m_inFlight.contains(page))
            return;
        m_inFlight.insert(page);
        const double ratio = devicePixelRatioF();
        const double pixelsPerPoint = this->pixelsPerPoint() * ratio;
        const QSize size = pageSize() * ratio;
        const int generation = m_generation;
        QtConcurrent::run([report = m_report, page, pixelsPerPoint, size, ratio] {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::TextAntialiasing);
            report->paintPage(&painter, page, pixelsPerPoint);
            painter.end();
            image.setDevicePixelRatio(ratio);
            return image;
        }).then(this, [this, page, generation](const QImage &image) {
            if (generation != m_generation)
                return;
            m_inFlight.remove(page);
            m_images.insert(page, image);
            update(pageRect(page));
        });
    }

    // Drops the painted pages farthest from [first, last] beyond the few kept.
    void keepNear(int first, int last)
    {
        while (m_images.size() > CachedPages) {
            int farthest = -1;
            int distance = -1;
            for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
                const int d = it.key() < first  ? first - it.key()
                              : it.key() > last ? it.key() - last
                                                : 0;
                if (d > distance) {
                    distance = d;
                    farthest = it.key();
                }
            }
            m_images.remove(farthest);
        }
    }

    std::shared_ptr<const Report::PagedReport> m_report;
    double m_zoom = 1.0;
    int m_generation = 0;
    QHash<int, QImage> m_images;
    QSet<int> m_inFlight;
};

ReportPreview::ReportPreview(Builder build, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
{
    setObjectName(QStringLiteral("reportPreview"));
    setWindowTitle(tr("Print Preview — %1").arg(title));

    m_printButton = new QPushButton(tr("&Print…"));
    m_printButton->setObjectName(QStringLiteral("reportPreviewPrint"));
    m_printButton->setToolTip(tr("Print the report (Ctrl+P)"));
    m_printButton->setEnabled(false);
    connect(m_printButton, &QPushButton::clicked, this, &ReportPreview::askPrint);
    auto *zoomOut = new QPushButton(tr("Zoom &Out"));
    zoomOut->setObjectName(QStringLiteral("reportPreviewZoomOut"));
    zoomOut->setToolTip(tr("Smaller pages (Ctrl+-)"));
    auto *zoomIn = new QPushButton(tr("Zoom &In"));
    zoomIn->setObjectName(QStringLiteral("reportPreviewZoomIn"));
    zoomIn->setToolTip(tr("Larger pages (Ctrl++)"));
    auto *fit = new QPushButton(tr("&Fit Width"));
    fit->setObjectName(QStringLiteral("reportPreviewFit"));
    fit->setToolTip(tr("Pages as wide as the window"));
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("reportPreviewPage"));
    // As wide as its longest text, so that nothing moves as pages scroll by.
    m_pageLabel->setMinimumWidth(
        m_pageLabel->fontMetrics().horizontalAdvance(tr("Page %1 of %2").arg(8888).arg(8888)));
    m_pageLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_printButton);
    bar->addSpacing(12);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addStretch(1);
    bar->addWidget(m_pageLabel);

    // While the report is prepared: what is happening, and Cancel.
    auto *waiting = new QWidget;
    m_status = new QLabel(tr("Preparing the report…"));
    m_status->setObjectName(QStringLiteral("reportPreviewStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reportPreviewProgress"));
    m_progress->setRange(0, 0);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("reportPreviewCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ReportPreview::cancel);
    auto *waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addStretch(1);
    waitingLayout->addWidget(m_status);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    waitingLayout->addLayout(progressRow);
    waitingLayout->addStretch(1);

    m_pages = new PreviewPages;
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("reportPreviewScroll"));
    m_scroll->setWidget(m_pages);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ReportPreview::updatePageLabel);

    m_stack = new QStackedWidget;
    m_stack->addWidget(waiting);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    const auto zoomBy = [this](double factor) { setZoom(zoom() * factor); };
    connect(zoomIn, &QPushButton::clicked, this, [zoomBy] { zoomBy(1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [zoomBy] { zoomBy(1 / 1.25); });
    const auto fitWidth = [this] {
        // Room for the vertical scroll bar too, which a long report shows.
        const int room = m_scroll->viewport()->width() - 2 * Gap -
                         (m_scroll->verticalScrollBar()->isVisible()
                              ? 0
                              : m_scroll->verticalScrollBar()->sizeHint().width());
        const double page =
            Report::PagedReport::pageWidthPoints() * logicalDpiX() / 72.0; // at zoom 1
        setZoom(std::max(0.25, room / page));
    };
    connect(fit, &QPushButton::clicked, this, fitWidth);
    auto *print = new QAction(this);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, &ReportPreview::askPrint);
    auto *in = new QAction(this);
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(in, &QAction::triggered, this, [zoomBy] { zoomBy(1.25); });
    auto *out = new QAction(this);
    out->setShortcut(QKeySequence::ZoomOut);
    connect(out, &QAction::triggered, this, [zoomBy] { zoomBy(1 / 1.25); });
    addActions({print, in, out});

    // Built and laid out on a worker; the dialog shows the pages when they are ready.
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    auto error = std::make_shared<QString>();
    const QString audit = ReportExportBar::auditHead();
    m_layout.setFuture(QtConcurrent::run([build, cancelled, error, audit] {
        Report::Document document;
        if (!build(&document, error.get())) {
            if (error->isEmpty())
                *error = tr("The report could not be prepared.");
            return std::shared_ptr<const Report::PagedReport>();
        }
        if (document.footerAudit.isEmpty())
            document.footerAudit = audit;
        return Report::PagedReport::layOut(std::move(document),
                                           [cancelled] { return cancelled->load(); });
    }));
    connect(&m_layout, &QFutureWatcher<std::shared_ptr<const Report::PagedReport>>::finished, this,
            [this, error, fitWidth] {
                m_report = m_layout.result();
                if (!m_report) {
                    m_layoutError = *m_cancelled ? tr("The report was cancelled.") : *error;
                    m_status->setText(m_layoutError);
                    m_progress->hide();
                    m_cancel->setText(tr("Close"));
                    return;
                }
                m_pages->setReport(m_report);
                m_stack->setCurrentWidget(m_scroll);
                fitWidth();
                m_printButton->setEnabled(true);
                m_scroll->setFocus();
                updatePageLabel();
                emit ready();
            });

    // Printing: a progress bar with Cancel under the pages while it runs.
    connect(&m_print, &QFutureWatcher<QString>::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_stack->setEnabled(true);
        m_printButton->setEnabled(true);
        const QString problem = m_print.result();
        m_pageLabel->setText(problem.isEmpty() ? tr("Printed %n page(s)", nullptr, pageCount())
                                               : problem);
        emit printed(problem.isEmpty(), problem);
    });
    resize(900, 1000);
}

ReportPreview::~ReportPreview()
{
    // Preparing holds nothing of this dialog and ends on its own; printing stops at the next page.
    *m_cancelled = true;
    m_print.waitForFinished();
}

ReportPreview *ReportPreview::open(Builder build, const QString &title, QWidget *parent)
{
    auto *preview = new ReportPreview(std::move(build), title, parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->show();
    return preview;
}

bool ReportPreview::isReady() const
{
    return m_report != nullptr;
}

int ReportPreview::pageCount() const
{
    return m_report ? m_report->pageCount() : 0;
}

QString ReportPreview::statusText() const
{
    return m_report ? QString() : m_status->text();
}

int ReportPreview::currentPage() const
{
    return m_report ? m_pages->pageAt(m_scroll->verticalScrollBar()->value() +
                                      m_scroll->viewport()->height() / 3) +
                          1
                    : 0;
}

double ReportPreview::zoom() const
{
    return m_pages->zoom();
}

void ReportPreview::setZoom(double zoom)
{
    // The page at the top stays at the top.
    const int page = currentPage();
    m_pages->setZoom(zoom);
    if (page > 0)
        m_scroll->verticalScrollBar()->setValue(m_pages->pageRect(page - 1).top() - Gap);
    updatePageLabel();
}

void ReportPreview::updatePageLabel()
{
    if (m_report && !isPrinting())
        m_pageLabel->setText(tr("Page %1 of %2").arg(currentPage()).arg(pageCount()));
}

void ReportPreview::cancel()
{
    if (isPrinting()) {
        *m_cancelled = true;
        return;
    }
    if (!m_layout.isFinished())
        *m_cancelled = true;
    reject();
}

void ReportPreview::askPrint()
{
    if (!m_report || isPrinting())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_title);
    printer->setFullPage(true);
    printer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPrintDialog dialog(printer.get(), this);
    dialog.setMinMax(1, pageCount());
    dialog.setWindowTitle(tr("Print %1").arg(m_title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(printer);
}

bool ReportPreview::printTo(std::shared_ptr<QPrinter> printer)
{
    if (!m_report || isPrinting())
        return false;
    m_printer = std::move(printer);
    *m_cancelled = false;
    const int count = pageCount();
    const int first = m_printer->fromPage() > 0 ? m_printer->fromPage() - 1 : 0;
    const int last = m_printer->toPage() > 0 ? std::min(count, m_printer->toPage()) - 1 : count - 1;
    m_progress->setRange(0, last - first + 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Printing page %v of %m"));
    // The bar and Cancel move under the pages for printing (once: they stay there after).
    if (m_progress->parentWidget() != this) {
        auto *bar = qobject_cast<QBoxLayout *>(layout());
        bar->addWidget(m_progress);
        bar->addWidget(m_cancel);
    }
    m_cancel->setText(tr("Cancel"));
    m_progress->show();
    m_cancel->show();
    m_printButton->setEnabled(false);
    m_pageLabel->setText(tr("Printing…"));
    QPointer<QProgressBar> progress = m_progress;
    m_print.setFuture(QtConcurrent::run(
        [report = m_report, printer = m_printer, cancelled = m_cancelled, first, last, progress] {
            QPainter painter;
            if (!painter.begin(printer.get()))
                return tr("The printer cannot be used.");
            const double pixelsPerPoint = printer->logicalDpiX() / 72.0;
            for (int page = first; page <= last; ++page) {
                if (page > first && !printer->newPage()) {
                    painter.end();
                    return tr("The printer stopped at page %1.").arg(page + 1);
                }
                report->paintPage(&painter, page, pixelsPerPoint);
                QMetaObject::invokeMethod(progress, [progress, done = page - first + 1] {
                    if (progress)
                        progress->setValue(done);
                });
                if (*cancelled) {
                    printer->abort();
                    return tr("Printing was cancelled.");
                }
            }
            painter.end();
            return QString();
        }));
    return true;
}

} // namespace Continuity
