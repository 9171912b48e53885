// SPDX-License-Identifier: GPL-3.0-or-later
#include "CmdbImportWizard.h"

#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "io/AtomicFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace Continuity {

namespace {

// Rows shown in the preview; the summary counts them all.
constexpr int PreviewRows = 2000;

const CmdbRelation AllRelations[] = {CmdbRelation::ParentNeedsChild, CmdbRelation::ChildNeedsParent,
                                     CmdbRelation::ParentNeedsOneOfChildren,
                                     CmdbRelation::ChildSoftNeedsParent, CmdbRelation::Ignore};

QString relationText(CmdbRelation relation)
{
    switch (relation) {
    case CmdbRelation::ParentNeedsChild:
        return CmdbImportWizard::tr("parent depends on child (hard)");
    case CmdbRelation::ChildNeedsParent:
        return CmdbImportWizard::tr("child depends on parent (hard)");
    case CmdbRelation::ParentNeedsOneOfChildren:
        return CmdbImportWizard::tr("parent needs 1 of its children (group)");
    case CmdbRelation::ChildSoftNeedsParent:
        return CmdbImportWizard::tr("child depends on parent (soft)");
    case CmdbRelation::Ignore:
        return CmdbImportWizard::tr("ignore");
    }
    return {};
}

QComboBox *kindBox(const std::optional<ServiceKind> &kind, bool allowLeaveOut)
{
    auto *box = new QComboBox;
    if (allowLeaveOut)
        box->addItem(CmdbImportWizard::tr("leave out"), QString());
    for (const QString &name : serviceKindNames())
        box->addItem(name, name);
    box->setCurrentIndex(kind ? box->findData(toString(*kind)) : 0);
    return box;
}

bool readFile(const QString &path, CmdbFile *file, QString *error)
{
    std::optional<CmdbFile> read = CmdbFile::read(path, QFileInfo(path).fileName(), error);
    if (read)
        *file = std::move(*read);
    return read.has_value();
}

QTableWidget *table(const QStringList &headers, const char *name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

// The preview page is complete when the preview is there and bad rows, if any, are explicitly
// left out.
class PreviewPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete && complete(); }
};

} // namespace

CmdbImportWizard::CmdbImportWizard(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("cmdbImportWizard"));
    setWindowTitle(tr("Import from a CMDB"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilesPageId, buildFilesPage());
    setPage(MappingPageId, buildMappingPage());
    setPage(PreviewPageId, buildPreviewPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(980, 680);

    CmdbMapping mapping = CmdbMapping::defaults();
    if (!document->plan().cmdbMapping.isEmpty()) {
        QStringList ignored;
        if (auto saved = CmdbMapping::fromJson(document->plan().cmdbMapping.toUtf8(), &ignored))
            mapping = *saved;
    }
    showMapping(mapping);

    connect(&m_computing, &QFutureWatcher<Computed>::finished, this,
            &CmdbImportWizard::showPreview);
    // The document writes the import and pushes its undo step (no thread of the wizard's own).
    connect(document, &PlanDocument::wholePlanWritten, this,
            [this](bool ok, const QString &message) {
                if (m_writing)
                    finishWrite(ok, message);
            });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PreviewPageId)
            startPreview();
    });
}

CmdbImportWizard::~CmdbImportWizard()
{
    cancelWork();
    m_computing.waitForFinished();
}

QWizardPage *CmdbImportWizard::buildFilesPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("The exports"));
    page->setSubTitle(tr("A ServiceNow CI list and its relationship list (cmdb_rel_ci), as CSV. "
                         "A newer export of the same CMDB updates what an earlier import "
                         "added, matched by sys_id."));
    m_cis = new QLineEdit;
    m_cis->setObjectName(QStringLiteral("cmdbCisPath"));
    m_rels = new QLineEdit;
    m_rels->setObjectName(QStringLiteral("cmdbRelsPath"));
    auto row = [this](QLineEdit *edit, const QString &title) {
        auto *layout = new QHBoxLayout;
        layout->addWidget(edit, 1);
        auto *browse = new QPushButton(tr("Browse…"));
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString path =
                m_dialogs->askOpenFile(this, title, tr("CSV files (*.csv);;All files (*)"));
            if (!path.isEmpty())
                edit->setText(path);
        });
        layout->addWidget(browse);
        return layout;
    };
    auto *form = new QFormLayout(page);
    form->addRow(tr("&CI list:"), row(m_cis, tr("CI List Export")));
    form->addRow(tr("&Relationships:"), row(m_rels, tr("Relationship Export")));
    auto *hint = new QLabel(tr("Columns: sys_id, name, sys_class_name and optionally "
                               "busines_criticality, location, owned_by, support_group, "
                               "operational_status; relationships: parent, type, child (or "
                               "parent.sys_id, child.sys_id)."));
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

QWizardPage *CmdbImportWizard::buildMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("The mapping"));
    page->setSubTitle(tr("How CIs and relationships become services and dependencies. Saved in "
                         "the plan with the import, so that next month's import maps the same."));
    m_classes = table({tr("Class (* matches any text)"), tr("Kind")}, "cmdbClassTable");
    m_relations = table({tr("Relationship type"), tr("Meaning")}, "cmdbRelationTable");
    m_criticality = table({tr("Criticality"), tr("Tier")}, "cmdbCriticalityTable");
    auto *tabs = new QTabWidget;
    auto tab = [this, tabs](QTableWidget *t, const QString &title, const QString &note) {
        auto *w = new QWidget;
        auto *layout = new QVBoxLayout(w);
        auto *label = new QLabel(note);
        label->setWordWrap(true);
        layout->addWidget(label);
        layout->addWidget(t, 1);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add Row"));
        auto *remove = new QPushButton(tr("Remove Row"));
        connect(add, &QPushButton::clicked, this, [this, t] { addRow(t); });
        connect(remove, &QPushButton::clicked, this, [t] {
            if (t->currentRow() >= 0)
                t->removeRow(t->currentRow());
        });
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        tabs->addTab(w, title);
    };
    tab(m_classes, tr("Classes"),
        tr("The first matching rule gives a CI its kind; \"leave out\" does not import the "
           "class. A class no rule matches becomes an application."));
    tab(m_relations, tr("Relationships"),
        tr("Types not listed are ignored and counted. Several relationships between the same two "
           "CIs make one dependency."));
    tab(m_criticality, tr("Criticality"),
        tr("busines_criticality values and the tier each gives (0 most critical)."));
    auto *load = new QPushButton(tr("Load Mapping File…"));
    auto *save = new QPushButton(tr("Save Mapping File…"));
    auto *reset = new QPushButton(tr("Reset to Defaults"));
    connect(load, &QPushButton::clicked, this, &CmdbImportWizard::loadMappingFile);
    connect(save, &QPushButton::clicked, this, &CmdbImportWizard::saveMappingFile);
    connect(reset, &QPushButton::clicked, this, [this] { showMapping(CmdbMapping::defaults()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(reset);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(tabs, 1);
    layout->addLayout(buttons);
    return page;
}

QWizardPage *CmdbImportWizard::buildPreviewPage()
{
    auto *page = new PreviewPage;
    page->complete = [this] {
        return m_result && !m_writing && (m_result->problems.isEmpty() || m_skip->isChecked());
    };
    page->setTitle(tr("What the import will do"));
    page->setSubTitle(tr("Nothing has been written yet."));
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &CmdbImportWizard::cancelWork);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("cmdbSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_preview = table({tr("Change"), tr("Id"), tr("Name"), tr("Kind")}, "cmdbPreviewTable");
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setColumnWidth(0, 90);
    m_preview->setColumnWidth(1, 220);
    m_preview->setColumnWidth(2, 320);
    m_problems = table({tr("File"), tr("Line"), tr("Reason")}, "cmdbProblemsTable");
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setColumnWidth(0, 160);
    m_problems->setColumnWidth(1, 70);
    m_skip = new QCheckBox(tr("Leave the bad rows out and import the rest"));
    m_skip->setObjectName(QStringLiteral("cmdbSkipBadRows"));
    connect(m_skip, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("cmdbPreviewTabs"));
    tabs->addTab(m_preview, tr("Services"));
    tabs->addTab(m_problems, tr("Bad rows"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_skip);
    connect(this, &CmdbImportWizard::previewReady, page, &QWizardPage::completeChanged);
    return page;
}

void CmdbImportWizard::setFiles(const QString &cis, const QString &relationships)
{
    m_cis->setText(cis);
    m_rels->setText(relationships);
}

void CmdbImportWizard::addRow(QTableWidget *t)
{
    const int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, 0, new QTableWidgetItem);
    if (t == m_classes)
        t->setCellWidget(row, 1, kindBox(ServiceKind::Application, true));
    else if (t == m_relations) {
        auto *box = new QComboBox;
        for (CmdbRelation r : AllRelations)
            box->addItem(relationText(r), toString(r));
        t->setCellWidget(row, 1, box);
    } else
        t->setItem(row, 1, new QTableWidgetItem(QStringLiteral("3")));
    t->setCurrentCell(row, 0);
    t->editItem(t->item(row, 0));
}

void CmdbImportWizard::showMapping(const CmdbMapping &mapping)
{
    m_classes->setRowCount(0);
    for (const CmdbMapping::ClassRule &rule : mapping.classes) {
        const int row = m_classes->rowCount();
        m_classes->insertRow(row);
        m_classes->setItem(row, 0, new QTableWidgetItem(rule.pattern));
        m_classes->setCellWidget(row, 1, kindBox(rule.kind, true));
    }
    m_relations->setRowCount(0);
    QStringList types = mapping.relations.keys();
    types.sort();
    for (const QString &type : types) {
        const int row = m_relations->rowCount();
        m_relations->insertRow(row);
        m_relations->setItem(row, 0, new QTableWidgetItem(type));
        auto *box = new QComboBox;
        for (CmdbRelation r : AllRelations)
            box->addItem(relationText(r), toString(r));
        box->setCurrentIndex(box->findData(toString(mapping.relations.value(type))));
        m_relations->setCellWidget(row, 1, box);
    }
    m_criticality->setRowCount(0);
    QStringList levels = mapping.criticality.keys();
    levels.sort();
    for (const QString &level : levels) {
        const int row = m_criticality->rowCount();
        m_criticality->insertRow(row);
        m_criticality->setItem(row, 0, new QTableWidgetItem(level));
        m_criticality->setItem(
            row, 1, new QTableWidgetItem(QString::number(mapping.criticality.value(level))));
    }
    for (QTableWidget *t : {m_classes, m_relations, m_criticality})
        t->resizeColumnToContents(0);
}

void CmdbImportWizard::setMapping(const CmdbMapping &mapping)
{
    showMapping(mapping);
}

CmdbMapping CmdbImportWizard::mapping() const
{
    CmdbMapping m;
    m.defaultKind = ServiceKind::Application;
    for (int row = 0; row < m_classes->rowCount(); ++row) {
        const QString pattern =
            m_classes->item(row, 0) ? m_classes->item(row, 0)->text().trimmed() : QString();
        if (pattern.isEmpty())
            continue;
        const auto *box = qobject_cast<QComboBox *>(m_classes->cellWidget(row, 1));
        m.classes.append(
            {pattern, box ? serviceKindFromString(box->currentData().toString()) : std::nullopt});
    }
    for (int row = 0; row < m_relations->rowCount(); ++row) {
        const QString type = m_relations->item(row, 0)
                                 ? m_relations->item(row, 0)->text().trimmed().toLower()
                                 : QString();
        const auto *box = qobject_cast<QComboBox *>(m_relations->cellWidget(row, 1));
        if (type.isEmpty() || !box)
            continue;
        if (const auto relation = cmdbRelationFromString(box->currentData().toString()))
            m.relations.insert(type, *relation);
    }
    for (int row = 0; row < m_criticality->rowCount(); ++row) {
        const QString level =
            m_criticality->item(row, 0) ? m_criticality->item(row, 0)->text().trimmed() : QString();
        bool ok = false;
        const int tier =
            m_criticality->item(row, 1) ? m_criticality->item(row, 1)->text().toInt(&ok) : -1;
        if (!level.isEmpty() && ok && tier >= 0 && tier <= 3)
            m.criticality.insert(level, tier);
    }
    return m;
}

bool CmdbImportWizard::validateCurrentPage()
{
    if (currentId() == FilesPageId) {
        for (QLineEdit *edit : {m_cis, m_rels}) {
            if (!QFileInfo(edit->text().trimmed()).isFile()) {
                m_dialogs->showWarning(this, windowTitle(),
                                       tr("\"%1\" is not a file that can be read.")
                                           .arg(QDir::toNativeSeparators(edit->text())));
                return false;
            }
        }
    }
    if (currentId() == MappingPageId) {
        for (int row = 0; row < m_criticality->rowCount(); ++row) {
            bool ok = false;
            const int tier =
                m_criticality->item(row, 1) ? m_criticality->item(row, 1)->text().toInt(&ok) : -1;
            if (!ok || tier < 0 || tier > 3) {
                m_dialogs->showWarning(
                    this, windowTitle(),
                    tr("Criticality row %1: the tier must be 0, 1, 2 or 3.").arg(row + 1));
                return false;
            }
        }
    }
    if (currentId() == PreviewPageId) {
        if (!m_result || m_done)
            return m_done;
        if (!m_result->problems.isEmpty() && !m_skip->isChecked())
            return false;
        startWrite();
        return false; // the wizard closes when the write has finished
    }
    return QWizard::validateCurrentPage();
}

void CmdbImportWizard::loadMappingFile()
{
    const QString path = m_dialogs->askOpenFile(this, tr("Load Mapping File"),
                                                tr("Mapping files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    CmdbFile file;
    QString error;
    if (!readFile(path, &file, &error)) {
        m_dialogs->showWarning(this, tr("Load Mapping File"), error);
        return;
    }
    QStringList problems;
    const std::optional<CmdbMapping> loaded = CmdbMapping::fromJson(file.bytes, &problems);
    if (!loaded) {
        m_dialogs->showWarning(this, tr("Load Mapping File"),
                               tr("%1: %2").arg(file.name, problems.join(QStringLiteral("; "))));
        return;
    }
    showMapping(*loaded);
}

void CmdbImportWizard::saveMappingFile()
{
    const QString path =
        m_dialogs->askExportPath(this, tr("Save Mapping File"), QStringLiteral("cmdb-mapping.json"),
                                 tr("Mapping files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!AtomicFile::write(path, mapping().toJson(), &error))
        m_dialogs->showWarning(this, tr("Save Mapping File"), error);
}

void CmdbImportWizard::reject()
{
    if (m_writing)
        return; // the write finishes (or fails) whole; closing now would hide which
    cancelWork();
    QWizard::reject();
}

void CmdbImportWizard::cancelWork()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void CmdbImportWizard::startPreview()
{
    if (m_computing.isRunning())
        return;
    m_result.reset();
    m_done = false;
    m_preview->setRowCount(0);
    m_problems->setRowCount(0);
    m_summary->clear();
    m_skip->setChecked(false);
    m_skip->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Reading and mapping the exports…"));
    emit previewReady();

    CmdbFile cis;
    CmdbFile rels;
    QString error;
    if (!readFile(m_cis->text().trimmed(), &cis, &error) ||
        !readFile(m_rels->text().trimmed(), &rels, &error)) {
        m_status->setText(error);
        m_progress->hide();
        m_cancel->hide();
        return;
    }
    m_used = mapping();
    m_previous = m_document->plan();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    QPointer<QProgressBar> progress = m_progress;
    // The plan is copied for the worker; the window stays responsive meanwhile.
    m_computing.setFuture(
        QtConcurrent::run([current = m_previous, cis, rels, used = m_used, cancelled, progress]() {
            Computed out;
            out.result = importCmdb(current, cis, rels, used, &out.error, [&](int percent) {
                if (progress)
                    QMetaObject::invokeMethod(progress, [progress, percent] {
                        if (progress)
                            progress->setValue(percent);
                    });
                return !*cancelled;
            });
            if (!out.result)
                return out;
            // What changes, service by service.
            QHash<QString, const Service *> before;
            for (const Service &s : current.services)
                before.insert(s.id, &s);
            QSet<QString> after;
            for (const Service &s : out.result->plan.services) {
                after.insert(s.id);
                const Service *old = before.value(s.id);
                if (!old || !(*old == s))
                    out.rows.append(
                        {old ? tr("changed") : tr("added"), s.id, s.name, toString(s.kind)});
            }
            for (const Service &s : current.services) {
                if (!after.contains(s.id))
                    out.rows.append({tr("removed"), s.id, s.name, toString(s.kind)});
            }
            return out;
        }));
}

void CmdbImportWizard::showPreview()
{
    m_progress->hide();
    m_cancel->hide();
    const Computed computed = m_computing.result();
    if (!computed.result) {
        m_status->setText(computed.error);
        return;
    }
    m_result = computed.result;
    const CmdbImportResult &r = *m_result;
    m_status->setText(r.problems.isEmpty()
                          ? tr("Ready to import. Import writes it all as one step that Undo "
                               "takes back.")
                          : tr("Bad rows: %1. Fix them in the exports and go Back, or leave "
                               "them out below.")
                                .arg(r.problems.size()));
    QStringList lines{tr("Services: %1 added, %2 changed, %3 removed, %4 unchanged.")
                          .arg(r.added)
                          .arg(r.changed)
                          .arg(r.removed)
                          .arg(r.unchanged),
                      tr("Dependencies: %1 added, %2 removed.")
                          .arg(r.dependenciesAdded)
                          .arg(r.dependenciesRemoved)};
    if (r.cisLeftOut > 0)
        lines.append(tr("CIs left out by their class: %1.").arg(r.cisLeftOut));
    for (auto it = r.relationshipsIgnored.cbegin(); it != r.relationshipsIgnored.cend(); ++it)
        lines.append(tr("Relationships ignored: %1 × %2.").arg(it.value()).arg(it.key()));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    const int shown = int(std::min<qsizetype>(computed.rows.size(), PreviewRows));
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const Preview &p = computed.rows.at(row);
        const QStringList cells{p.change, p.id, p.name, p.kind};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    if (computed.rows.size() > shown)
        m_summary->setText(m_summary->text() + QLatin1Char('\n') +
                           tr("The first %1 of %2 changed services are listed.")
                               .arg(shown)
                               .arg(computed.rows.size()));
    m_problems->setRowCount(int(r.problems.size()));
    for (int row = 0; row < r.problems.size(); ++row) {
        const CmdbProblem &p = r.problems.at(row);
        m_problems->setItem(row, 0, new QTableWidgetItem(p.file));
        m_problems->setItem(row, 1, new QTableWidgetItem(QString::number(p.line)));
        m_problems->setItem(row, 2, new QTableWidgetItem(p.reason));
    }
    m_skip->setEnabled(!r.problems.isEmpty());
    if (!r.problems.isEmpty())
        findChild<QTabWidget *>(QStringLiteral("cmdbPreviewTabs"))->setCurrentIndex(1);
    emit previewReady();
}

void CmdbImportWizard::startWrite()
{
    if (m_writing || !m_result || !m_document)
        return;
    Plan plan = m_result->plan;
    plan.cmdbMapping = QString::fromUtf8(m_used.toJson());
    m_status->setText(tr("Writing the plan…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);
    m_writing = true;
    QString error;
    const QString text = tr("Import from CMDB (%1 added, %2 changed, %3 removed)")
                             .arg(m_result->added)
                             .arg(m_result->changed)
                             .arg(m_result->removed);
    if (!m_document->replacePlanInBackground(plan, text, &error))
        finishWrite(false, error.isEmpty() ? tr("The plan is busy; try again.") : error);
}

void CmdbImportWizard::finishWrite(bool ok, const QString &error)
{
    m_writing = false;
    m_progress->setRange(0, 100);
    m_progress->hide();
    if (!m_document)
        return;
    button(QWizard::CancelButton)->setEnabled(true);
    if (!ok) {
        m_status->setText(tr("Nothing was imported: %1").arg(error));
        button(QWizard::BackButton)->setEnabled(true);
        emit imported(false, error);
        return;
    }
    m_done = true;
    emit imported(true, tr("Imported: %1 services added, %2 changed, %3 removed.")
                            .arg(m_result->added)
                            .arg(m_result->changed)
                            .arg(m_result->removed));
    accept();
}

} // namespace Continuity
