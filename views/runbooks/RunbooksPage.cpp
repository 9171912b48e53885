// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbooksPage.h"
#include "people/OwnerEditing.h"
#include "tables/HeaderFit.h"

#include "domain/Contacts.h"

#include "analysis/RunbookDraft.h"
#include "dialogs/ReportExportBar.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/RunbookSchedule.h"
#include "itemmodels/RunbookStepsModel.h"
#include "report/RunbookReport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Continuity {
namespace {

QString statusName(RunbookStatus status)
{
    switch (status) {
    case RunbookStatus::Draft:
        return RunbooksPage::tr("draft");
    case RunbookStatus::Approved:
        return RunbooksPage::tr("approved");
    case RunbookStatus::Retired:
        return RunbooksPage::tr("retired");
    }
    return {};
}

QString hoursText(double h)
{
    return RunbooksPage::tr("%1 h").arg(QLocale().toString(h, 'g', 4));
}

} // namespace

RunbooksPage::RunbooksPage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("runbooksPage"));
    m_model = new RunbookStepsModel(document, this);
    buildUi();
    m_textCommit.setSingleShot(true);
    m_textCommit.setInterval(800);
    connect(&m_textCommit, &QTimer::timeout, this, &RunbooksPage::commitStepTexts);
    connect(m_model, &RunbookStepsModel::editRefused, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });

    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        using E = PlanChange::Entity;
        using K = PlanChange::Kind;
        if (change.kind == K::AboutToBeRemoved)
            return;
        if (change.entity == E::WholePlan) {
            m_servicesDirty = true;
            rebuildList();
            loadCurrent();
        } else if (change.entity == E::Runbook) {
            rebuildList();
            if (change.kind == K::Added)
                showRunbook(change.id());
            else if (change.kind == K::Removed || change.id() == currentRunbook())
                loadCurrent();
        } else if (change.isNode()) {
            m_servicesDirty = true;
            if (isVisible())
                loadCurrent();
        }
    });
    connect(m_exportBar, &ReportExportBar::finished, this, [this](bool ok, const QString &message) {
        emit statusMessage(message, 8000);
        emit exportFinished(ok, message);
        updateActions();
    });
    rebuildList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    loadCurrent();
}

RunbooksPage::~RunbooksPage() = default;

void RunbooksPage::buildUi()
{
    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("runbookToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newAction = toolbar->addAction(tr("New Runbook"), this, &RunbooksPage::newRunbook);
    m_newAction->setObjectName(QStringLiteral("newRunbookAction"));
    m_deleteAction = toolbar->addAction(tr("Delete Runbook"), this, &RunbooksPage::deleteRunbook);
    m_deleteAction->setObjectName(QStringLiteral("deleteRunbookAction"));
    toolbar->addSeparator();
    m_addStepAction = toolbar->addAction(tr("Add Step"), this, &RunbooksPage::addStep);
    m_addStepAction->setObjectName(QStringLiteral("addStepAction"));
    m_addStepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_addStepAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeStepAction = toolbar->addAction(tr("Delete Step"), this, &RunbooksPage::removeStep);
    m_removeStepAction->setObjectName(QStringLiteral("removeStepAction"));
    m_upAction = toolbar->addAction(tr("Move Up"), this, [this] { moveStep(-1); });
    m_upAction->setObjectName(QStringLiteral("moveStepUpAction"));
    m_upAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_downAction = toolbar->addAction(tr("Move Down"), this, [this] { moveStep(1); });
    m_downAction->setObjectName(QStringLiteral("moveStepDownAction"));
    m_downAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_downAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addSeparator();
    m_previewAction = toolbar->addAction(tr("Print Preview…"), this, &RunbooksPage::printPreview);
    m_previewAction->setObjectName(QStringLiteral("runbookPreviewAction"));
    m_pdfAction = toolbar->addAction(tr("Export PDF…"), this, &RunbooksPage::askExportPdf);
    m_pdfAction->setObjectName(QStringLiteral("runbookPdfAction"));
    for (QAction *a : {m_addStepAction, m_upAction, m_downAction})
        addAction(a);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("runbookList"));
    m_list->setMinimumWidth(240);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    keepWrappedItemsWhole(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        commitStepTexts();
        m_editingRow = -1;
        loadCurrent();
    });

    m_editor = new QWidget;
    auto *form = new QFormLayout;
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("runbookTitle"));
    m_service = new QComboBox;
    m_service->setObjectName(QStringLiteral("runbookService"));
    m_service->setMinimumContentsLength(24);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_version = new QLineEdit;
    m_version->setObjectName(QStringLiteral("runbookVersion"));
    m_author = new QLineEdit;
    m_author->setObjectName(QStringLiteral("runbookAuthor"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("runbookStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_approve = new QPushButton(tr("Approve…"));
    m_approve->setObjectName(QStringLiteral("approveRunbookButton"));
    m_retire = new QPushButton(tr("Retire"));
    m_retire->setObjectName(QStringLiteral("retireRunbookButton"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_approve);
    statusRow->addWidget(m_retire);
    m_exitPlan = new QCheckBox(tr("E&xit plan"));
    m_exitPlan->setObjectName(QStringLiteral("runbookExitPlan"));
    m_exitPlan->setToolTip(tr("How to leave the supplier this runbook is for. An approved exit "
                              "plan is reported in DORA's register of information (B_07.01)."));
    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_service, 1);
    serviceRow->addWidget(m_exitPlan);
    form->addRow(tr("&Title:"), m_title);
    auto *serviceLabel = new QLabel(tr("&Service:"));
    serviceLabel->setBuddy(m_service);
    form->addRow(serviceLabel, serviceRow);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_version);
    versionRow->addWidget(new QLabel(tr("A&uthor:")));
    versionRow->addWidget(m_author, 2);
    static_cast<QLabel *>(versionRow->itemAt(1)->widget())->setBuddy(m_author);
    auto *versionLabel = new QLabel(tr("&Version:"));
    versionLabel->setBuddy(m_version);
    form->addRow(versionLabel, versionRow);
    form->addRow(tr("Status:"), statusRow);
    m_checks = new QLabel;
    m_checks->setObjectName(QStringLiteral("runbookChecks"));
    m_checks->setTextFormat(Qt::PlainText);
    m_checks->setWordWrap(true);
    form->addRow(tr("Checks:"), m_checks);
    for (QLineEdit *edit : {m_title, m_version, m_author})
        connect(edit, &QLineEdit::editingFinished, this, &RunbooksPage::commitHeader);
    connect(m_service, &QComboBox::activated, this, &RunbooksPage::commitHeader);
    connect(m_exitPlan, &QCheckBox::clicked, this, [this] { commitHeader(); });
    connect(m_approve, &QPushButton::clicked, this, &RunbooksPage::approve);
    connect(m_retire, &QPushButton::clicked, this, &RunbooksPage::retire);

    m_steps = new QTableView;
    m_steps->setObjectName(QStringLiteral("runbookSteps"));
    m_steps->setModel(m_model);
    m_steps->setItemDelegateForColumn(RunbookStepsModel::Owner,
                                      new OwnerDelegate(m_document, m_dialogs, m_steps));
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setDragEnabled(true);
    m_steps->setAcceptDrops(true);
    m_steps->setDropIndicatorShown(true);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setWordWrap(true);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setSectionResizeMode(RunbookStepsModel::Title,
                                                      QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(RunbookStepsModel::Verification,
                                                      QHeaderView::Stretch);
    for (int c : {int(RunbookStepsModel::Number), int(RunbookStepsModel::Duration),
                  int(RunbookStepsModel::Start), int(RunbookStepsModel::WaitsFor)})
        m_steps->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    keepHeadersReadable(m_steps->horizontalHeader());
    m_steps->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    auto *deleteShortcut = new QAction(m_steps);
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QAction::triggered, this, &RunbooksPage::removeStep);
    m_steps->addAction(deleteShortcut);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunbooksPage::onStepChanged);
    // Every edit resets the model; the step being worked on stays the current one.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_steps->currentIndex().isValid())
            m_keepCell = {m_steps->currentIndex().row(), m_steps->currentIndex().column()};
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int rows = m_model->rowCount();
        if (rows > 0) {
            const bool loading = std::exchange(m_loading, true);
            m_steps->setCurrentIndex(m_model->index(std::clamp(m_keepCell.first, 0, rows - 1),
                                                    std::max(m_keepCell.second, 1)));
            m_loading = loading;
        }
    });

    m_stepLabel = new QLabel;
    m_stepLabel->setTextFormat(Qt::PlainText);
    m_instructions = new QPlainTextEdit;
    m_instructions->setObjectName(QStringLiteral("stepInstructions"));
    m_instructions->setPlaceholderText(
        tr("What to do, in plain words. Start lines with \"- \" or \"1. \" for lists; "
           "*emphasis* and **strong** print so."));
    m_rollback = new QPlainTextEdit;
    m_rollback->setObjectName(QStringLiteral("stepRollback"));
    m_rollback->setPlaceholderText(tr("How to undo this step if it goes wrong."));
    for (QPlainTextEdit *edit : {m_instructions, m_rollback}) {
        edit->setTabChangesFocus(true);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_textCommit.start();
        });
    }
    auto *texts = new QWidget;
    auto *textsLayout = new QVBoxLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    textsLayout->addWidget(m_stepLabel);
    auto *textSplit = new QHBoxLayout;
    auto *instructionsBox = new QVBoxLayout;
    instructionsBox->addWidget(new QLabel(tr("Instructions:")));
    instructionsBox->addWidget(m_instructions);
    auto *rollbackBox = new QVBoxLayout;
    rollbackBox->addWidget(new QLabel(tr("Rollback:")));
    rollbackBox->addWidget(m_rollback);
    textSplit->addLayout(instructionsBox, 3);
    textSplit->addLayout(rollbackBox, 2);
    textsLayout->addLayout(textSplit);

    auto *stepSplit = new QSplitter(Qt::Vertical);
    stepSplit->addWidget(m_steps);
    stepSplit->addWidget(texts);
    stepSplit->setStretchFactor(0, 3);
    stepSplit->setStretchFactor(1, 2);

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(stepSplit, 1);

    m_exportBar = new ReportExportBar;

    auto *split = new QSplitter;
    split->addWidget(m_list);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 900});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);
    layout->addWidget(m_exportBar);
}

QString RunbooksPage::currentRunbook() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RunbooksPage::showRunbook(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void RunbooksPage::rebuildList()
{
    const QString current = currentRunbook();
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!m_document)
        return;
    for (const Runbook &r : m_document->plan().runbooks) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2 · %3 · %n step(s)", nullptr, int(r.steps.size()))
                .arg(r.title, r.version.isEmpty() ? tr("no version") : tr("v%1").arg(r.version),
                     statusName(r.status)));
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(r.id);
        if (r.status == RunbookStatus::Retired)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_list->addItem(item);
        if (r.id == current)
            m_list->setCurrentItem(item);
    }
}

void RunbooksPage::rebuildServices()
{
    if (!m_servicesDirty || !m_document)
        return;
    m_servicesDirty = false;
    m_service->clear();
    m_service->addItem(tr("(not tied to one service)"), QString());
    QList<std::pair<QString, QString>> nodes;
    for (const Service &s : m_document->plan().services)
        nodes.append({s.name, s.id});
    for (const Process &p : m_document->plan().processes)
        nodes.append({p.name, p.id});
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : nodes)
        m_service->addItem(tr("%1 (%2)").arg(name, id), id);
}

void RunbooksPage::loadCurrent()
{
    m_loading = true;
    const QString id = currentRunbook();
    const Runbook *r = m_document ? m_document->runbook(id) : nullptr;
    if (m_model->runbookId() != id) {
        m_keepCell = {0, 1};
        m_model->setRunbook(id);
    }
    m_editor->setEnabled(r != nullptr);
    if (r) {
        rebuildServices();
        m_title->setText(r->title);
        m_version->setText(r->version);
        m_author->setText(r->author);
        m_service->setCurrentIndex(std::max(0, m_service->findData(r->service)));
        m_exitPlan->setChecked(r->exitPlan);
        QString status = statusName(r->status);
        const QString approvedAt =
            QDateTime::fromString(r->approvedAt.value_or(QString()), Qt::ISODate)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (r->status == RunbookStatus::Approved && r->approvedBy && r->approvalNote)
            status = tr("approved anyway by %1 on %2: %3")
                         .arg(Contacts::displayName(m_document->plan(), *r->approvedBy), approvedAt,
                              *r->approvalNote);
        else if (r->status == RunbookStatus::Approved && r->approvedBy)
            status =
                tr("approved by %1 on %2")
                    .arg(Contacts::displayName(m_document->plan(), *r->approvedBy), approvedAt);
        if (!r->previousVersions.isEmpty())
            status += tr(" · earlier approved: %1").arg(r->previousVersions.last().version);
        m_status->setText(status);
    } else {
        for (QLineEdit *edit : {m_title, m_version, m_author})
            edit->clear();
        m_status->clear();
    }
    m_loading = false;
    onStepChanged();
    updateChecks();
    updateActions();
}

void RunbooksPage::updateChecks()
{
    const Runbook *r = m_model->runbook();
    if (!r) {
        m_checks->setText(m_document && m_document->plan().runbooks.isEmpty()
                              ? tr("No runbooks yet. Make one with New Runbook, or draft one "
                                   "from a recovery analysis (Analyses → Recovery → Draft "
                                   "Runbook).")
                              : QString());
        return;
    }
    // The same findings as `check`, and a word on the critical path when it fits.
    QStringList lines;
    const std::vector<Finding> findings = runbookFindings(m_document->plan(), *r);
    const bool exceeds = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.kind == QLatin1String("runbook-exceeds-rto");
    });
    const RunbookSchedule schedule = scheduleRunbook(*r);
    const std::optional<double> rto =
        r->service.isEmpty() ? std::nullopt : rtoTargetOf(m_document->plan(), r->service);
    if (schedule.hasCycle())
        lines.append(tr("⚠ Steps wait for each other in a circle: %1.")
                         .arg(schedule.cycle.join(QStringLiteral(" → "))));
    else if (rto && !exceeds)
        lines.append(tr("✓ The critical path takes %1, within the RTO target of %2.")
                         .arg(hoursText(schedule.totalHours), hoursText(*rto)));
    else if (!exceeds)
        lines.append(tr("The critical path takes %1.").arg(hoursText(schedule.totalHours)));
    for (const Finding &f : findings)
        lines.append((f.severity == Severity::Info ? QStringLiteral("· ") : QStringLiteral("⚠ ")) +
                     f.message);
    m_checks->setText(lines.join(QLatin1Char('\n')));
}

void RunbooksPage::updateActions()
{
    const Runbook *r = m_model->runbook();
    const bool writable = m_document && !m_document->isReadOnly();
    const bool hasStep = r && m_steps->currentIndex().isValid();
    m_newAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable && r);
    m_addStepAction->setEnabled(writable && r);
    m_removeStepAction->setEnabled(writable && hasStep);
    m_upAction->setEnabled(writable && hasStep && m_steps->currentIndex().row() > 0);
    m_downAction->setEnabled(writable && hasStep &&
                             m_steps->currentIndex().row() + 1 < m_model->rowCount());
    m_previewAction->setEnabled(r != nullptr);
    m_pdfAction->setEnabled(r != nullptr && !m_exportBar->isRunning());
    m_approve->setEnabled(writable && r && r->status != RunbookStatus::Approved &&
                          !r->steps.isEmpty());
    m_retire->setEnabled(writable && r && r->status != RunbookStatus::Retired);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_version, m_author, m_service,
                                                       m_exitPlan, m_instructions, m_rollback})
        w->setEnabled(writable);
}

void RunbooksPage::commitHeader()
{
    const Runbook *current = m_model->runbook();
    if (m_loading || !current)
        return;
    Runbook r = *current;
    r.title = m_title->text().trimmed();
    r.version = m_version->text().trimmed();
    r.author = m_author->text().trimmed();
    r.service = m_service->currentData().toString();
    r.exitPlan = m_exitPlan->isChecked();
    if (r == *current)
        return;
    QString error;
    const bool wasApproved = current->status == RunbookStatus::Approved;
    const QString oldVersion = current->version;
    if (!m_document->changeRunbook(r, tr("Edit runbook \"%1\"").arg(r.title), &error)) {
        emit statusMessage(error, 8000);
        loadCurrent();
        return;
    }
    if (wasApproved)
        emit statusMessage(tr("Approved version %1 kept; this is now draft %2.")
                               .arg(oldVersion, m_document->runbook(r.id)->version),
                           8000);
}

void RunbooksPage::commitStepTexts()
{
    m_textCommit.stop();
    const Runbook *r = m_model->runbook();
    if (!r || m_editingRow < 0 || m_editingRow >= r->steps.size())
        return;
    const int row = m_editingRow;
    const bool wasApproved = r->status == RunbookStatus::Approved;
    const RunbookStep &s = r->steps.at(row);
    const QString instructions = m_instructions->toPlainText();
    const QString rollback = m_rollback->toPlainText();
    if (instructions == s.instructions && rollback == s.rollback)
        return;
    Runbook changed = *r;
    changed.steps[row].instructions = instructions;
    changed.steps[row].rollback = rollback;
    QString error;
    if (!m_document->changeRunbook(
            changed, tr("Edit step %1 of \"%2\"").arg(row + 1).arg(changed.title), &error))
        emit statusMessage(error, 8000);
    else if (wasApproved)
        emit statusMessage(tr("The approved version is kept; this is now a new draft."), 8000);
}

void RunbooksPage::onStepChanged()
{
    if (!m_loading)
        commitStepTexts();
    const Runbook *r = m_model->runbook();
    const QModelIndex current = m_steps->currentIndex();
    const bool loading = std::exchange(m_loading, true);
    if (r && current.isValid() && current.row() < r->steps.size()) {
        m_editingRow = current.row();
        const RunbookStep &s = r->steps.at(current.row());
        m_stepLabel->setText(tr("Step %1: %2").arg(current.row() + 1).arg(s.title));
        if (m_instructions->toPlainText() != s.instructions)
            m_instructions->setPlainText(s.instructions);
        if (m_rollback->toPlainText() != s.rollback)
            m_rollback->setPlainText(s.rollback);
        m_instructions->setEnabled(!m_document->isReadOnly());
        m_rollback->setEnabled(!m_document->isReadOnly());
    } else {
        m_editingRow = -1;
        m_stepLabel->setText(tr("Select a step to write its instructions and rollback."));
        m_instructions->clear();
        m_rollback->clear();
        m_instructions->setEnabled(false);
        m_rollback->setEnabled(false);
    }
    m_loading = loading;
    updateActions();
}

void RunbooksPage::newRunbook()
{
    if (!m_document)
        return;
    const QString title =
        m_dialogs->askText(this, tr("New Runbook"), tr("Title of the runbook:"), QString());
    if (title.trimmed().isEmpty())
        return;
    Runbook r;
    r.id = m_document->uniqueRunbookId(title);
    r.title = title.trimmed();
    r.version = QStringLiteral("0.1");
    r.author = qEnvironmentVariable("USER");
    QString error;
    if (!m_document->addRunbook(r, &error))
        emit statusMessage(error, 8000);
}

void RunbooksPage::deleteRunbook()
{
    const QString id = currentRunbook();
    QString error;
    if (!id.isEmpty() && !m_document->removeRunbook(id, &error))
        emit statusMessage(error, 8000);
    else if (!id.isEmpty())
        emit statusMessage(tr("Runbook deleted. Undo brings it back."), 5000);
}

// Approving names who approves (the last approver, or the user signed in, is offered) and, when
// the runbook's own checks fail, shows them and asks for an explicit "approve anyway" with the
// reason, which is kept with the approval.
void RunbooksPage::approve()
{
    commitStepTexts();
    const Runbook *r = m_model->runbook();
    if (!r)
        return;
    const QString id = r->id;
    QString note;
    const std::vector<Finding> findings = runbookFindings(m_document->plan(), *r);
    if (!findings.empty()) {
        QStringList lines;
        for (const Finding &f : findings)
            lines.append(QStringLiteral("• ") + f.message);
        const QString message =
            tr("The runbook's own checks fail:") + QStringLiteral("\n\n") +
            lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("Approve it as it is only if you accept this; the reason is kept with the "
               "approval.");
        if (!m_dialogs->confirm(this, tr("Approve Runbook Anyway?"), message,
                                tr("Approve Anyway"))) {
            emit statusMessage(tr("Not approved."), 4000);
            return;
        }
        note = m_dialogs->askText(this, tr("Approve Runbook Anyway"),
                                  tr("Why is it approved as it is?"), QString());
        if (note.trimmed().isEmpty()) {
            emit statusMessage(tr("Not approved: approving anyway needs a reason."), 6000);
            return;
        }
    }
    QSettings settings;
    QString offered = settings.value(QStringLiteral("runbooks/lastApprover")).toString();
    if (offered.isEmpty())
        offered = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString who = m_dialogs->askText(this, tr("Approve Runbook"),
                                           tr("Approved by (name and role):"), offered);
    if (who.trimmed().isEmpty())
        return;
    QString error;
    // A person's or role's name names them (docs/people.md); anything else is kept as typed.
    const QString approver = Contacts::resolve(m_document->plan(), who);
    if (!m_document->approveRunbook(id, approver, QString(), &error, note)) {
        emit statusMessage(error, 8000);
        return;
    }
    settings.setValue(QStringLiteral("runbooks/lastApprover"), who.trimmed());
}

void RunbooksPage::retire()
{
    const Runbook *r = m_model->runbook();
    if (!r)
        return;
    Runbook changed = *r;
    changed.status = RunbookStatus::Retired;
    QString error;
    if (!m_document->changeRunbook(changed, tr("Retire runbook \"%1\"").arg(r->title), &error))
        emit statusMessage(error, 8000);
}

void RunbooksPage::addStep()
{
    commitStepTexts();
    const int after = m_steps->currentIndex().isValid() ? m_steps->currentIndex().row() : -1;
    QString error;
    const int row = m_model->insertStep(after, tr("New step"), &error);
    if (row < 0)
        return;
    const QModelIndex title = m_model->index(row, RunbookStepsModel::Title);
    m_steps->setCurrentIndex(title);
    m_steps->setFocus();
    m_steps->edit(title);
}

void RunbooksPage::removeStep()
{
    const QModelIndex current = m_steps->currentIndex();
    if (!current.isValid())
        return;
    m_textCommit.stop();
    m_editingRow = -1;
    m_model->removeStep(current.row());
}

void RunbooksPage::moveStep(int delta)
{
    const QModelIndex current = m_steps->currentIndex();
    if (!current.isValid())
        return;
    commitStepTexts();
    const int to = current.row() + delta;
    if (to < 0 || to >= m_model->rowCount())
        return;
    if (m_model->moveStep(current.row(), to))
        m_steps->setCurrentIndex(m_model->index(to, current.column()));
}

void RunbooksPage::printPreview()
{
    commitStepTexts();
    const Runbook *r = m_model->runbook();
    if (!r)
        return;
    const Report::Document document =
        runbookReport(m_document->plan(), *r, QDateTime::currentDateTime());
    ReportExportBar::preview(document, r->title, this);
}

void RunbooksPage::askExportPdf()
{
    const Runbook *r = m_model->runbook();
    if (!r)
        return;
    const QString suggested =
        QFileInfo(m_document->filePath()).dir().filePath(r->id + QStringLiteral(".pdf"));
    const QString path =
        m_dialogs->askExportPath(this, tr("Export Runbook as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool RunbooksPage::exportPdf(const QString &path)
{
    commitStepTexts();
    const Runbook *r = m_model->runbook();
    if (!r)
        return false;
    // Built here from the plan as it is now; laid out and painted on a worker thread.
    auto document = std::make_shared<const Report::Document>(
        runbookReport(m_document->plan(), *r, QDateTime::currentDateTime()));
    const bool started = m_exportBar->start(document, path, r->title);
    updateActions();
    return started;
}

bool RunbooksPage::isExporting() const
{
    return m_exportBar->isRunning();
}

} // namespace Continuity
