// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExportBar.h"

#include "ReportPreview.h"

#include "report/OdtWriter.h"
#include "report/ReportDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

namespace Continuity {

namespace {
// The open plan's audit head (window thread only).
QString &currentAuditHead()
{
    static QString head;
    return head;
}
} // namespace

void ReportExportBar::setAuditHead(const QString &head)
{
    currentAuditHead() = head;
}

QString ReportExportBar::auditHead()
{
    return currentAuditHead();
}

ReportExportBar::ReportExportBar(QWidget *parent)
    : QWidget(parent)
{
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reportExportProgress"));
    m_cancel = new QPushButton(tr("Cancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QPushButton::clicked, this, &ReportExportBar::cancel);
    connect(&m_export, &QFutureWatcher<QString>::finished, this, [this] {
        hide();
        const QString error = m_export.result();
        emit finished(error.isEmpty(), error.isEmpty()
                                           ? tr("Wrote %1").arg(QDir::toNativeSeparators(m_path))
                                           : error);
    });
}

ReportExportBar::~ReportExportBar()
{
    cancel();
    m_export.waitForFinished();
}

void ReportExportBar::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

bool ReportExportBar::start(std::shared_ptr<const Report::Document> document, const QString &path,
                            const QString &pdfTitle)
{
    return start(
        [document](Report::Document *out, QString *) {
            *out = *document;
            return true;
        },
        path, pdfTitle);
}

bool ReportExportBar::start(Builder build, const QString &path, const QString &pdfTitle)
{
    if (m_export.isRunning())
        return false;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_path = path;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Writing %1 — page %v of %m").arg(QFileInfo(path).fileName()));
    show();
    QPointer<QProgressBar> progress = m_progress;
    auto cancelled = m_cancelled;
    const QString audit = currentAuditHead();
    m_export.setFuture(QtConcurrent::run([build, path, pdfTitle, cancelled, progress, audit]() {
        QString error;
        Report::Document document;
        if (!build(&document, &error))
            return error.isEmpty() ? tr("The report could not be prepared.") : error;
        if (document.footerAudit.isEmpty())
            document.footerAudit = audit;
        if (*cancelled)
            return tr("The report was cancelled.");
        if (path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
            // OpenDocument Text is written in one go: no pages to count.
            Report::writeOdt(document, path, pdfTitle, &error);
            return error;
        }
        Report::writePdf(document, path, pdfTitle, &error, [&](int page, int pages) {
            if (progress)
                QMetaObject::invokeMethod(progress, [progress, page, pages] {
                    if (progress) {
                        progress->setRange(0, pages);
                        progress->setValue(page);
                    }
                });
            return !*cancelled;
        });
        return error;
    }));
    return true;
}

void ReportExportBar::preview(const Report::Document &document, const QString &title,
                              QWidget *parent)
{
    preview(
        [document](Report::Document *out, QString *) {
            *out = document;
            return true;
        },
        title, parent);
}

void ReportExportBar::preview(Builder build, const QString &title, QWidget *parent)
{
    ReportPreview::open(std::move(build), title, parent);
}

} // namespace Continuity
