// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompliancePage.h"
#include "ComplianceTables.h"
#include "ContractsPanel.h"

#include "dialogs/ReportExportBar.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/Plan.h"
#include "GovernanceDialogs.h"
#include "io/EvidencePack.h"
#include "report/ControlReport.h"
#include "report/ExecutiveReport.h"
#include "rules/Catalogue.h"
#include "storage/PlanFile.h"
#include "tables/RelativeFont.h"

#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Continuity {
namespace {

using namespace ComplianceTables;
// Most items of one control the table lists (a tier rule on a big plan names thousands).
constexpr int ShownItems = 5000;

// The state in words and a colour that is never the only sign.
QTableWidgetItem *stateCell(ControlState state, bool accepted)
{
    QString text = displayName(state);
    if (accepted)
        text = CompliancePage::tr("%1 (accepted)").arg(text);
    auto *item = cell(text);
    switch (state) {
    case ControlState::Effective:
        item->setForeground(QColor(0x1b, 0x6e, 0x2d));
        break;
    case ControlState::Ineffective:
        item->setForeground(accepted ? QColor(0x8a, 0x5a, 0x00) : QColor(0xb0, 0x1c, 0x1c));
        break;
    case ControlState::Expired:
        item->setForeground(QColor(0x8a, 0x5a, 0x00));
        break;
    case ControlState::NoEvidence:
        break;
    }
    QFont f = item->font();
    f.setBold(state != ControlState::Effective);
    item->setFont(f);
    return item;
}

QPushButton *button(const QString &text, const char *name, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}

} // namespace

CompliancePage::CompliancePage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("compliancePage"));
    auto *heading = new QLabel(tr("Compliance"));
    keepFontRelative(heading, 1.3, true);
    m_at = new QDateEdit(QDate::currentDate());
    m_at->setObjectName(QStringLiteral("complianceAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_at->setToolTip(tr("The day the controls are evaluated for"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    // Wraps rather than widening the window (every area's minimum counts in the stack).
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(m_summary->fontMetrics().averageCharWidth() * 30);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Status on:")));
    top->addWidget(m_at);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    auto *executive = button(tr("Executive Report…"), "complianceExecutiveReport",
                             tr("Availability and resilience for the board, the twelve months up "
                                "to the date shown, as PDF"));
    top->addWidget(executive);
    auto *pack = button(tr("Evidence Pack…"), "complianceEvidencePack",
                        tr("The auditor's evidence pack for the twelve months up to the date "
                           "shown: reports, extracts and attached evidence with a manifest of "
                           "SHA-256s, as ZIP"));
    top->addWidget(pack);

    // Controls: the list, and the items of the selected one below.
    m_controls = newTable("complianceControls",
                          {tr("Id"), tr("Control"), tr("Status"), tr("Evidence"), tr("Frequency"),
                           tr("Owner"), tr("Requirements")},
                          6);
    // The title and the requirements share what is left; both elide with the whole in the
    // tooltip rather than push a column out of view.
    m_controls->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items = newTable("complianceItems", {tr("Item"), tr("Name"), tr("Holds"), tr("Why")}, 3);
    m_itemsHeading = new QLabel;
    m_itemsHeading->setObjectName(QStringLiteral("complianceItemsHeading"));
    m_itemsHeading->setTextFormat(Qt::PlainText);
    m_itemsHeading->setWordWrap(true);
    auto *add = button(tr("Add Control…"), "complianceAddControl",
                       tr("A control, the requirements it answers and how it is evidenced"));
    m_edit = button(tr("Edit…"), "complianceEditControl", tr("Change the selected control"));
    m_remove = button(tr("Delete"), "complianceDeleteControl", tr("Delete the selected control"));
    m_attach = button(tr("Attach Evidence…"), "complianceAttachEvidence",
                      tr("A file that evidences the selected control; its SHA-256 is kept"));
    m_acceptControl = button(tr("Accept Risk…"), "complianceAcceptControl",
                             tr("Accept the selected failing control for a while (an exception)"));
    auto *controlButtons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove, m_attach, m_acceptControl})
        controlButtons->addWidget(b);
    controlButtons->addStretch(1);
    auto *controlsTop = new QWidget;
    auto *controlsTopLayout = new QVBoxLayout(controlsTop);
    controlsTopLayout->setContentsMargins(0, 0, 0, 0);
    controlsTopLayout->addLayout(controlButtons);
    controlsTopLayout->addWidget(m_controls);
    auto *itemsBox = new QWidget;
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_itemsHeading);
    itemsLayout->addWidget(m_items);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(controlsTop);
    split->addWidget(itemsBox);
    split->setChildrenCollapsible(false);

    m_requirements = newTable(
        "complianceRequirements",
        {tr("Framework"), tr("Clause"), tr("Requirement"), tr("Status"), tr("Controls")}, 2);

    m_reviews = newTable("complianceReviews",
                         {tr("Service"), tr("Reviewed by"), tr("Reviewed on"),
                          tr("Accounts reviewed"), tr("Removed"), tr("Note")},
                         5);
    auto *review = button(tr("Record Access Review…"), "complianceRecordReview",
                          tr("Who reviewed the accounts of a service, when, and what was removed"));
    auto *deleteReview =
        button(tr("Delete"), "complianceDeleteReview", tr("Delete the selected access review"));
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(review);
    reviewButtons->addWidget(deleteReview);
    reviewButtons->addStretch(1);
    auto *reviewsTab = new QWidget;
    auto *reviewsLayout = new QVBoxLayout(reviewsTab);
    reviewsLayout->addLayout(reviewButtons);
    reviewsLayout->addWidget(m_reviews);

    m_exceptions = newTable("complianceExceptions",
                            {tr("Id"), tr("Accepting"), tr("Accepted by"), tr("On"), tr("Expires"),
                             tr("Status"), tr("Why"), tr("Compensating control")},
                            7);
    m_exceptions->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_acceptFinding = button(tr("Accept a Finding…"), "complianceAcceptFinding",
                             tr("Accept an error or warning of the plan's check for a while"));
    m_withdraw = button(tr("Withdraw"), "complianceWithdrawException",
                        tr("Withdraw the selected exception: its finding counts again"));
    auto *exceptionButtons = new QHBoxLayout;
    exceptionButtons->addWidget(m_acceptFinding);
    exceptionButtons->addWidget(m_withdraw);
    exceptionButtons->addStretch(1);
    auto *exceptionsTab = new QWidget;
    auto *exceptionsLayout = new QVBoxLayout(exceptionsTab);
    exceptionsLayout->addLayout(exceptionButtons);
    exceptionsLayout->addWidget(m_exceptions);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("complianceTabs"));
    // Seven tabs in German or French are wider than the page may insist on: they scroll.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(split, tr("Controls"));
    m_tabs->addTab(m_requirements, tr("Requirements"));
    m_tabs->addTab(reviewsTab, tr("Access Reviews"));
    m_tabs->addTab(exceptionsTab, tr("Exceptions"));
    m_contracts = new ContractsPanel(document, dialogs);
    m_tabs->addTab(m_contracts, tr("Contracts"));
    m_commitments = new CommitmentsPanel(document, dialogs);
    m_tabs->addTab(m_commitments, tr("Commitments"));
    connect(m_contracts, &ContractsPanel::statusMessage, this, &CompliancePage::statusMessage);

    m_exportBar = new ReportExportBar;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_exportBar);
    connect(m_exportBar, &ReportExportBar::finished, this,
            [this](bool, const QString &message) { emit statusMessage(message, 8000); });

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &CompliancePage::reevaluate);
    connect(document, &PlanDocument::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_timer->start();
    });
    connect(m_at, &QDateEdit::dateChanged, this, [this] { m_timer->start(); });
    connect(&m_run, &QFutureWatcher<Result>::finished, this, &CompliancePage::onEvaluated);
    connect(m_controls, &QTableWidget::itemSelectionChanged, this, [this] {
        showItems();
        updateButtons();
    });
    connect(m_controls, &QTableWidget::cellDoubleClicked, this, &CompliancePage::editControl);
    connect(m_requirements, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QStringList ids = m_requirements->item(row, 0)->data(IdRole + 1).toStringList();
        if (ids.isEmpty())
            return;
        m_tabs->setCurrentIndex(0);
        selectControl(ids.first());
    });
    connect(m_exceptions, &QTableWidget::itemSelectionChanged, this,
            &CompliancePage::updateButtons);
    connect(executive, &QPushButton::clicked, this, &CompliancePage::askExecutiveReport);
    connect(pack, &QPushButton::clicked, this, &CompliancePage::askEvidencePack);
    connect(&m_pack, &QFutureWatcher<PackResult>::finished, this, [this] {
        const PackResult r = m_pack.result();
        QString message = r.message;
        if (r.ok && !r.missing.isEmpty())
            message += QLatin1Char(' ') +
                       tr("Not in the pack: %1").arg(r.missing.join(QStringLiteral("; ")));
        emit statusMessage(message, 10000);
        if (!r.ok && !r.message.isEmpty() && !m_cancelPack->load())
            m_dialogs->showError(this, tr("Evidence Pack"), r.message);
        emit evidencePackWritten(r.ok, message);
    });
    connect(add, &QPushButton::clicked, this, &CompliancePage::addControl);
    connect(m_edit, &QPushButton::clicked, this, &CompliancePage::editControl);
    connect(m_remove, &QPushButton::clicked, this, &CompliancePage::removeControl);
    connect(m_attach, &QPushButton::clicked, this, &CompliancePage::attachEvidence);
    connect(m_acceptControl, &QPushButton::clicked, this, &CompliancePage::acceptControlRisk);
    connect(review, &QPushButton::clicked, this, &CompliancePage::recordAccessReview);
    connect(deleteReview, &QPushButton::clicked, this, [this] {
        const QString id = selectedId(m_reviews);
        QString error;
        if (!id.isEmpty() && !m_document->removeAccessReview(id, &error))
            m_dialogs->showError(this, tr("Delete Access Review"), error);
    });
    connect(m_acceptFinding, &QPushButton::clicked, this, &CompliancePage::acceptFinding);
    connect(m_withdraw, &QPushButton::clicked, this, &CompliancePage::withdrawException);
    connect(&m_hash, &QFutureWatcher<std::pair<QString, qint64>>::finished, this, [this] {
        const auto [hash, size] = m_hash.result();
        const QString path = m_hash.property("path").toString();
        const QString control = m_hash.property("control").toString();
        if (size < 0) {
            m_dialogs->showError(this, tr("Attach Evidence"),
                                 tr("%1 could not be read.").arg(path));
            return;
        }
        EvidenceFile e;
        e.id = m_document->nextRecordId(QStringLiteral("EV-"));
        e.control = control;
        e.path = path;
        e.sha256 = hash;
        e.size = double(size);
        e.addedOn = QDate::currentDate().toString(Qt::ISODate);
        QString error;
        if (!m_document->addEvidence(e, &error))
            m_dialogs->showError(this, tr("Attach Evidence"), error);
        else
            emit statusMessage(tr("%1 attached to %2 (SHA-256 %3…)")
                                   .arg(QFileInfo(path).fileName(), control, hash.left(12)),
                               5000);
    });
    fillReviews();
    fillExceptions();
    updateButtons();
}

CompliancePage::~CompliancePage()
{
    if (m_cancelPack)
        m_cancelPack->store(true);
    m_pack.waitForFinished();
    m_run.waitForFinished();
    m_hash.waitForFinished();
}

void CompliancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reevaluate();
}

void CompliancePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Presentation mode enlarges the font: the columns follow it.
    if (event->type() == QEvent::FontChange) {
        for (QTableWidget *t : {m_controls, m_items, m_requirements, m_reviews, m_exceptions,
                                m_contracts->table(), m_commitments->table()})
            fitNow(t);
    }
}

void CompliancePage::reevaluate()
{
    if (m_run.isRunning()) {
        m_again = true;
        return;
    }
    m_stale = false;
    const QDate at = m_at->date();
    m_summary->setText(tr("Evaluating…"));
    m_run.setFuture(QtConcurrent::run([plan = m_document->plan(), at] {
        Result r;
        r.at = at;
        r.statuses = evaluateControls(plan, at);
        r.findings = checkPlan(GraphSnapshot::fromPlan(plan), plan);
        return r;
    }));
}

const ControlStatus *CompliancePage::statusOf(const QString &control) const
{
    for (const ControlStatus &s : m_result.statuses) {
        if (s.control == control)
            return &s;
    }
    return nullptr;
}

void CompliancePage::onEvaluated()
{
    if (m_again) {
        m_again = false;
        reevaluate();
        return;
    }
    m_result = m_run.result();
    const Plan &plan = m_document->plan();
    const QString selected = currentControl();

    int effective = 0;
    int failing = 0;
    m_controls->setSortingEnabled(false);
    m_controls->setRowCount(0);
    const Catalogue &catalogue = Catalogue::shipped();
    for (const Control &c : plan.controls) {
        const ControlStatus *s = statusOf(c.id);
        if (!s)
            continue; // added after this evaluation; the next one shows it
        const int row = m_controls->rowCount();
        m_controls->insertRow(row);
        auto *id = cell(c.id);
        id->setData(IdRole, c.id);
        m_controls->setItem(row, 0, id);
        m_controls->setItem(row, 1,
                            cell(c.title, c.description.isEmpty() ? c.title : c.description));
        m_controls->setItem(row, 2, stateCell(s->state, !s->acceptedBy.isEmpty()));
        m_controls->setItem(row, 3, cell(displayName(c.rule)));
        m_controls->setItem(row, 4, cell(displayName(c.frequency)));
        m_controls->setItem(row, 5, cell(c.owner));
        QStringList refs;
        for (const QString &r : c.requirements)
            refs.append(catalogue.reference(r));
        m_controls->setItem(row, 6, cell(refs.join(QStringLiteral(", "))));
        effective += s->state == ControlState::Effective;
        failing += (s->state == ControlState::Ineffective || s->state == ControlState::Expired) &&
                   s->acceptedBy.isEmpty();
    }
    if (!selectControl(selected) && m_controls->rowCount() > 0)
        m_controls->selectRow(0);

    m_requirements->setRowCount(0);
    int answered = 0;
    int total = 0;
    for (const RequirementStatus &rs : requirementStatuses(plan, m_result.statuses)) {
        const int row = m_requirements->rowCount();
        m_requirements->insertRow(row);
        auto *framework = cell(rs.framework->title);
        framework->setData(IdRole, rs.requirement->id);
        framework->setData(IdRole + 1, rs.controls);
        m_requirements->setItem(row, 0, framework);
        m_requirements->setItem(row, 1, cell(rs.requirement->clause));
        m_requirements->setItem(row, 2, cell(rs.requirement->title));
        m_requirements->setItem(row, 3,
                                rs.state ? stateCell(*rs.state, false) : cell(tr("No control")));
        m_requirements->setItem(row, 4, cell(rs.controls.join(QStringLiteral(", "))));
        ++total;
        answered += rs.state.has_value();
    }
    fitNow(m_controls);
    fitNow(m_requirements);
    m_summary->setText(tr("%1 of %2 controls effective, %3 failing; %4 of %5 requirements "
                          "answered by a control")
                           .arg(effective)
                           .arg(plan.controls.size())
                           .arg(failing)
                           .arg(answered)
                           .arg(total));
    fillReviews();
    fillExceptions();
    showItems();
    updateButtons();
    emit evaluated();
}

void CompliancePage::showItems()
{
    m_items->setRowCount(0);
    const QString id = currentControl();
    const ControlStatus *s = statusOf(id);
    if (!s) {
        m_itemsHeading->setText(tr("Select a control to see what proves or fails it."));
        fitNow(m_items);
        return;
    }
    QString heading =
        tr("%1 — %2 (%3 to %4)")
            .arg(id, s->summary, s->from.toString(Qt::ISODate), s->to.toString(Qt::ISODate));
    if (!s->acceptedBy.isEmpty())
        heading += QLatin1Char(' ') + tr("Accepted by exception %1.").arg(s->acceptedBy);
    m_itemsHeading->setText(heading);
    const int shown = std::min<int>(int(s->items.size()), ShownItems);
    m_items->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const ControlItem &item = s->items.at(row);
        auto *first = cell(item.id);
        first->setData(IdRole, item.id);
        m_items->setItem(row, 0, first);
        m_items->setItem(row, 1, cell(item.name));
        auto *holds = cell(item.holds ? tr("Holds") : tr("Fails"));
        holds->setForeground(item.holds ? QColor(0x1b, 0x6e, 0x2d) : QColor(0xb0, 0x1c, 0x1c));
        m_items->setItem(row, 2, holds);
        m_items->setItem(row, 3, cell(item.why));
    }
    fitNow(m_items);
}

void CompliancePage::fillReviews()
{
    const Plan &plan = m_document->plan();
    QList<const AccessReview *> reviews;
    for (const AccessReview &r : plan.accessReviews)
        reviews.append(&r);
    std::sort(reviews.begin(), reviews.end(), [](const AccessReview *a, const AccessReview *b) {
        return a->reviewedOn > b->reviewedOn;
    });
    m_reviews->setRowCount(int(reviews.size()));
    for (int row = 0; row < int(reviews.size()); ++row) {
        const AccessReview &r = *reviews.at(row);
        const Service *s = m_document->service(r.node);
        auto *first = cell(s ? QStringLiteral("%1 (%2)").arg(s->name, r.node) : r.node);
        first->setData(IdRole, r.id);
        m_reviews->setItem(row, 0, first);
        m_reviews->setItem(row, 1, cell(r.reviewer));
        m_reviews->setItem(row, 2, cell(r.reviewedOn));
        m_reviews->setItem(
            row, 3,
            cell(r.accountsReviewed ? QString::number(qint64(*r.accountsReviewed)) : QString()));
        m_reviews->setItem(
            row, 4,
            cell(r.accountsRemoved ? QString::number(qint64(*r.accountsRemoved)) : QString()));
        m_reviews->setItem(row, 5, cell(r.note));
    }
    fitNow(m_reviews);
}

void CompliancePage::fillExceptions()
{
    const Plan &plan = m_document->plan();
    const QString selected = selectedId(m_exceptions);
    const QDate today = QDate::currentDate();
    m_exceptions->setRowCount(int(plan.exceptions.size()));
    for (int row = 0; row < int(plan.exceptions.size()); ++row) {
        const RiskException &x = plan.exceptions.at(row);
        auto *first = cell(x.id);
        first->setData(IdRole, x.id);
        m_exceptions->setItem(row, 0, first);
        m_exceptions->setItem(
            row, 1,
            cell(x.control.isEmpty()
                     ? tr("%1 on %2").arg(findingKindTitle(x.findingKind), x.subject)
                     : tr("Control %1").arg(x.control)));
        m_exceptions->setItem(row, 2, cell(x.acceptedBy));
        m_exceptions->setItem(row, 3, cell(x.acceptedOn));
        m_exceptions->setItem(row, 4, cell(x.expires));
        const bool valid = isValidOn(x, today);
        auto *status = cell(valid ? tr("Valid") : tr("Expired"));
        if (!valid)
            status->setForeground(QColor(0xb0, 0x1c, 0x1c));
        m_exceptions->setItem(row, 5, status);
        m_exceptions->setItem(row, 6, cell(x.reason));
        m_exceptions->setItem(row, 7, cell(x.compensatingControl));
    }
    selectRow(m_exceptions, selected);
    fitNow(m_exceptions);
}

void CompliancePage::updateButtons()
{
    const QString id = currentControl();
    const ControlStatus *s = statusOf(id);
    const bool writable = !m_document->isReadOnly();
    m_edit->setEnabled(writable && !id.isEmpty());
    m_remove->setEnabled(writable && !id.isEmpty());
    const Control *c = m_document->control(id);
    m_attach->setEnabled(writable && c && c->rule == ControlRule::Manual);
    m_acceptControl->setEnabled(
        writable && s && s->acceptedBy.isEmpty() &&
        (s->state == ControlState::Ineffective || s->state == ControlState::Expired));
    m_withdraw->setEnabled(writable && !selectedId(m_exceptions).isEmpty());
    m_acceptFinding->setEnabled(writable);
}

QString CompliancePage::currentControl() const
{
    return selectedId(m_controls);
}

bool CompliancePage::selectControl(const QString &id)
{
    return !id.isEmpty() && selectRow(m_controls, id);
}

void CompliancePage::addControl()
{
    auto *dialog = new ControlDialog(m_document, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = dialog->control().id] {
        m_timer->stop();
        reevaluate();
        connect(
            this, &CompliancePage::evaluated, this, [this, id] { selectControl(id); },
            Qt::SingleShotConnection);
    });
    dialog->open();
}

void CompliancePage::editControl()
{
    const Control *c = m_document->control(currentControl());
    if (!c || m_document->isReadOnly())
        return;
    auto *dialog = new ControlDialog(m_document, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CompliancePage::removeControl()
{
    const QString id = currentControl();
    if (id.isEmpty())
        return;
    if (!m_dialogs->confirm(this, tr("Delete Control"),
                            tr("Delete the control %1? Its evidence files and exceptions stay "
                               "as records.")
                                .arg(id),
                            tr("Delete")))
        return;
    QString error;
    if (!m_document->removeControl(id, &error))
        m_dialogs->showError(this, tr("Delete Control"), error);
}

void CompliancePage::attachEvidence()
{
    const QString control = currentControl();
    if (control.isEmpty() || m_hash.isRunning())
        return;
    const QString path =
        m_dialogs->askOpenFile(this, tr("Attach Evidence to %1").arg(control), tr("Any file (*)"));
    if (path.isEmpty())
        return;
    m_hash.setProperty("path", path);
    m_hash.setProperty("control", control);
    emit statusMessage(tr("Computing the SHA-256 of %1…").arg(QFileInfo(path).fileName()));
    m_hash.setFuture(QtConcurrent::run([path]() -> std::pair<QString, qint64> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {QString(), -1};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return {QString(), -1};
        return {QString::fromLatin1(hash.result().toHex()), file.size()};
    }));
}

void CompliancePage::recordAccessReview()
{
    auto *dialog = new AccessReviewDialog(m_document, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CompliancePage::acceptControlRisk()
{
    const QString id = currentControl();
    if (id.isEmpty())
        return;
    auto *dialog = new ExceptionDialog(m_document, id, QString(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CompliancePage::acceptFinding()
{
    // The errors and warnings of the last evaluation that no exception accepts yet.
    QList<const Finding *> open;
    QStringList labels;
    for (const Finding &f : m_result.findings) {
        if (f.severity == Severity::Info || !f.acceptedBy.isEmpty() ||
            f.kind == QLatin1String("exception-expired") ||
            f.kind.startsWith(QLatin1String("control-")))
            continue;
        open.append(&f);
        labels.append(QStringLiteral("%1 — %2: %3")
                          .arg(findingKindTitle(f.kind), f.subject,
                               f.message.left(120) +
                                   (f.message.size() > 120 ? QStringLiteral("…") : QString())));
    }
    if (open.isEmpty()) {
        m_dialogs->showWarning(this, tr("Accept a Finding"),
                               tr("The plan's check has no error or warning left to accept."));
        return;
    }
    const int chosen =
        m_dialogs->chooseItem(this, tr("Accept a Finding"), tr("The finding to accept:"), labels);
    if (chosen < 0 || chosen >= open.size())
        return;
    auto *dialog = new ExceptionDialog(m_document, QString(), open.at(chosen)->kind,
                                       open.at(chosen)->subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CompliancePage::withdrawException()
{
    const QString id = selectedId(m_exceptions);
    if (id.isEmpty())
        return;
    QString error;
    if (!m_document->removeException(id, &error))
        m_dialogs->showError(this, tr("Withdraw Exception"), error);
}

void CompliancePage::printPreview()
{
    const Report::Document document =
        controlStatusReport(m_document->plan(), m_at->date(), QDateTime::currentDateTime());
    ReportExportBar::preview(document, tr("Control status"), this);
}

void CompliancePage::askExportPdf()
{
    const QString suggested =
        QFileInfo(m_document->filePath())
            .dir()
            .filePath(tr("control-status") + QStringLiteral("-") +
                      m_at->date().toString(Qt::ISODate) + QStringLiteral(".pdf"));
    const QString path = m_dialogs->askExportPath(this, tr("Export the Control Status as PDF"),
                                                  suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool CompliancePage::exportPdf(const QString &path)
{
    const Plan plan = m_document->plan();
    const QDate at = m_at->date();
    return m_exportBar->start(
        [plan, at](Report::Document *document, QString *) {
            *document = controlStatusReport(plan, at, QDateTime::currentDateTime());
            return true;
        },
        path, tr("Control status"));
}

bool CompliancePage::isExporting() const
{
    return m_exportBar->isRunning();
}

void CompliancePage::askExecutiveReport()
{
    const QString suggested =
        QFileInfo(m_document->filePath())
            .dir()
            .filePath(tr("executive-report") + QStringLiteral("-") +
                      m_at->date().toString(Qt::ISODate) + QStringLiteral(".pdf"));
    const QString path = m_dialogs->askExportPath(this, tr("Export the Executive Report as PDF"),
                                                  suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportExecutiveReport(path);
}

bool CompliancePage::exportExecutiveReport(const QString &path)
{
    const Plan plan = m_document->plan();
    const QDate to = m_at->date();
    return m_exportBar->start(
        [plan, to](Report::Document *document, QString *) {
            *document =
                executiveReport(plan, to.addYears(-1).addDays(1), to, QDateTime::currentDateTime());
            return true;
        },
        path, tr("Availability and resilience"));
}

void CompliancePage::askEvidencePack()
{
    if (m_pack.isRunning())
        return;
    const QString suggested =
        QFileInfo(m_document->filePath())
            .dir()
            .filePath(tr("evidence-pack") + QStringLiteral("-") +
                      m_at->date().toString(Qt::ISODate) + QStringLiteral(".zip"));
    const QString path = m_dialogs->askExportPath(this, tr("Write the Evidence Pack"), suggested,
                                                  tr("ZIP archive (*.zip)"));
    if (!path.isEmpty())
        writeEvidencePack(path);
}

bool CompliancePage::writeEvidencePack(const QString &path)
{
    if (m_pack.isRunning())
        return false;
    EvidencePack::Input in;
    in.to = m_at->date();
    in.from = in.to.addYears(-1).addDays(1);
    in.planFile = m_document->filePath();
    in.head = m_document->auditHead();
    // The trail is read on the worker over a connection of its own (a long trail takes
    // seconds); the page waits for the pack before it goes, so the file outlives the read.
    const PlanStore *file = m_document->file();
    m_cancelPack = std::make_shared<std::atomic_bool>(false);
    auto *progress =
        new QProgressDialog(tr("Writing the evidence pack…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("evidencePackProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(true);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this,
            [cancel = m_cancelPack] { cancel->store(true); });
    connect(&m_pack, &QFutureWatcher<PackResult>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(&m_pack, &QFutureWatcher<PackResult>::finished, progress, &QProgressDialog::close);
    m_pack.setFuture(QtConcurrent::run([plan = m_document->plan(), in, path, file,
                                        cancel = m_cancelPack](QPromise<PackResult> &promise) {
        promise.setProgressRange(0, 100);
        PackResult r;
        EvidencePack::Input input = in;
        if (!file->runOnOwnConnection(
                [&](QSqlDatabase &db, QString *error) {
                    return Audit::list(db, {}, &input.audit, error);
                },
                &r.message)) {
            promise.addResult(r);
            return;
        }
        EvidencePack::Result written;
        QString message;
        r.ok = EvidencePack::write(plan, input, path, &written, &message, [&](int step, int steps) {
            promise.setProgressValue(steps ? 100 * step / steps : 0);
            return !cancel->load();
        });
        r.message = r.ok ? CompliancePage::tr("Wrote the evidence pack (%1 files) to %2")
                               .arg(written.files)
                               .arg(QDir::toNativeSeparators(path))
                         : message;
        r.missing = written.missingEvidence;
        promise.addResult(r);
    }));
    return true;
}

} // namespace Continuity
