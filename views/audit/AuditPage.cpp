// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditPage.h"

#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "io/AtomicFile.h"
#include "itemmodels/AuditTableModel.h"
#include "storage/PlanFile.h"
#include "tables/HeaderFit.h"
#include "tables/RelativeFont.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QVBoxLayout>

namespace Continuity {

AuditPage::AuditPage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_model(new AuditTableModel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *heading = new QLabel(tr("Audit trail"));
    keepFontRelative(heading, 1.3, true);
    heading->setContentsMargins(6, 6, 6, 0);
    auto *intro = new QLabel(tr("Every change to this plan, oldest at the bottom: who made it, "
                                "when, and the fields before and after. Each record carries the "
                                "hash of the one before it, so a record changed or removed "
                                "afterwards is found."));
    intro->setWordWrap(true);
    intro->setContentsMargins(6, 0, 6, 0);

    const QDate today = QDate::currentDate();
    m_fromOn = new QCheckBox(tr("From"));
    m_fromOn->setObjectName(QStringLiteral("auditFromOn"));
    m_from = new QDateEdit(today.addMonths(-1));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setEnabled(false);
    m_toOn = new QCheckBox(tr("To"));
    m_toOn->setObjectName(QStringLiteral("auditToOn"));
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setEnabled(false);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("User"));
    m_user->setClearButtonEnabled(true);
    m_object = new QLineEdit;
    m_object->setObjectName(QStringLiteral("auditObject"));
    m_object->setPlaceholderText(tr("Object (kind or id)"));
    m_object->setClearButtonEnabled(true);
    m_action = new QLineEdit;
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setPlaceholderText(tr("Action"));
    m_action->setClearButtonEnabled(true);
    m_exportButton = new QPushButton(tr("Export CSV…"));
    m_exportButton->setObjectName(QStringLiteral("auditExportCsv"));
    m_exportButton->setToolTip(tr("The records shown, as CSV for a spreadsheet or an auditor"));

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 0, 6, 0);
    filters->addWidget(m_fromOn);
    filters->addWidget(m_from);
    filters->addWidget(m_toOn);
    filters->addWidget(m_to);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_object, 1);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_exportButton);

    m_chain = new QLabel;
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setTextFormat(Qt::PlainText);
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setTextFormat(Qt::PlainText);
    auto *status = new QHBoxLayout;
    status->setContentsMargins(6, 0, 6, 0);
    status->addWidget(m_chain, 1);
    status->addWidget(m_count);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    keepHeadersReadable(m_table->horizontalHeader());
    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a record to see its fields before and after."));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addLayout(status);
    layout->addWidget(split, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &AuditPage::reload);
    const auto later = [this] {
        if (isVisible())
            m_reloadTimer->start();
        else
            m_stale = true;
    };
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromOn, m_toOn})
        connect(box, &QCheckBox::toggled, this, later);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, later);
    for (QLineEdit *edit : {m_user, m_object, m_action})
        connect(edit, &QLineEdit::textChanged, this, later);
    connect(m_document, &PlanDocument::changed, this, later);
    connect(m_document, &PlanDocument::wholePlanWritten, this, later);
    connect(&m_load, &QFutureWatcher<Load>::finished, this, &AuditPage::onLoaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showSelected);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

AuditPage::~AuditPage()
{
    m_load.waitForFinished();
}

Audit::Filter AuditPage::filter() const
{
    Audit::Filter f;
    if (m_fromOn->isChecked())
        f.from = QDateTime(m_from->date(), QTime(0, 0)); // the local day
    if (m_toOn->isChecked())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0));
    f.user = m_user->text().trimmed();
    f.object = m_object->text().trimmed();
    f.action = m_action->text().trimmed();
    return f;
}

void AuditPage::reload()
{
    m_stale = false;
    if (m_load.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_chain->setText(tr("Reading the audit trail…"));
    const PlanStore *file = m_document->file();
    const Audit::Filter f = filter();
    m_load.setFuture(QtConcurrent::run([file, f] {
        Load load;
        file->runOnOwnConnection(
            [&](QSqlDatabase &db, QString *error) {
                load.verification = Audit::verify(db);
                return Audit::list(db, f, &load.records, error, ShownRecords, &load.matched);
            },
            &load.error);
        return load;
    }));
}

void AuditPage::onLoaded()
{
    const Load load = m_load.result();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    // The record selected before stays selected (by its number; 0: none).
    const Audit::Record *selected = m_table->currentIndex().isValid()
                                        ? m_model->record(m_table->currentIndex().row())
                                        : nullptr;
    const qint64 previous = selected ? selected->seq : 0;
    m_model->setRecords(load.records);
    // Columns fitted to the first records shown; after that the user's widths stay.
    if (!m_columnsFitted && !load.records.isEmpty()) {
        fitColumns();
        m_columnsFitted = true;
    }
    QPalette palette = m_chain->palette();
    const Audit::Verification &v = load.verification;
    if (!load.error.isEmpty()) {
        m_chain->setText(load.error);
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    } else if (v.ok) {
        m_chain->setText(v.head.isEmpty() ? tr("No changes recorded yet.")
                                          : tr("✓ Chain verified: %n record(s), head %1", nullptr,
                                               int(v.records))
                                                .arg(v.head.shortText()));
        palette.setColor(QPalette::WindowText, QColor(0x1b, 0x6e, 0x20));
    } else {
        m_chain->setText(v.brokenSeq > 0
                             ? tr("✗ Chain broken at record %1: %2").arg(v.brokenSeq).arg(v.problem)
                             : v.problem);
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    }
    m_chain->setPalette(palette);
    m_count->setText(
        load.matched > load.records.size()
            ? tr("Showing the newest %1 of %2 records")
                  .arg(QLocale().toString(load.records.size()), QLocale().toString(load.matched))
            : tr("%n record(s)", nullptr, int(load.matched)));
    m_exportButton->setEnabled(!load.records.isEmpty());
    for (int row = 0; previous > 0 && row < m_model->rowCount(); ++row) {
        if (m_model->record(row)->seq == previous) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    showSelected();
    emit loaded();
}

void AuditPage::showSelected()
{
    const Audit::Record *r = m_table->currentIndex().isValid()
                                 ? m_model->record(m_table->currentIndex().row())
                                 : nullptr;
    if (!r) {
        m_details->clear();
        return;
    }
    const QJsonDocument details = QJsonDocument::fromJson(r->details.toUtf8());
    QString text = tr("Record %1 · %2 · %3\n%4 %5\n")
                       .arg(r->seq)
                       .arg(r->at, r->user, r->objectKind, r->objectId);
    text +=
        details.isNull() ? r->details : QString::fromUtf8(details.toJson(QJsonDocument::Indented));
    text += tr("\nLink: %1\nHash: %2").arg(r->prev, r->hash);
    m_details->setPlainText(text);
}

void AuditPage::exportCsv()
{
    const QString suggested =
        QFileInfo(m_document->filePath()).completeBaseName() + QStringLiteral("-audit.csv");
    const QString path = m_dialogs->askExportPath(this, tr("Export Audit Trail"), suggested,
                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<Audit::Record> records;
    for (int row = m_model->rowCount() - 1; row >= 0; --row)
        records.append(*m_model->record(row));
    QString error;
    if (!AtomicFile::write(path, Audit::toCsv(records), &error)) {
        m_dialogs->showError(this, tr("Export Audit Trail"), error);
        return;
    }
    emit statusMessage(tr("Wrote %n record(s) to %1", nullptr, int(records.size()))
                           .arg(QFileInfo(path).fileName()),
                       5000);
}

void AuditPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    for (int c = 0; c < AuditTableModel::Changed; ++c)
        m_table->setColumnWidth(
            c, std::min(m_table->columnWidth(c), 30 * fontMetrics().averageCharWidth()));
}

void AuditPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Presentation mode enlarges the text: the columns fitted to it follow.
    if (event->type() == QEvent::FontChange && m_columnsFitted)
        QTimer::singleShot(0, this, &AuditPage::fitColumns);
}

} // namespace Continuity
