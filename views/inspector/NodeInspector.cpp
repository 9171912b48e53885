// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeInspector.h"

#include "people/OwnerEditing.h"
#include "tables/ElidingComboBox.h"

#include "domain/Contacts.h"
#include "domain/DoraLists.h"

#include "document/PlanDocument.h"
#include "itemmodels/TableFormat.h"
#include "tables/RelativeFont.h"

#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Continuity {
namespace {

QComboBox *tierCombo(const QString &unset)
{
    auto *combo = new QComboBox;
    combo->addItem(unset, -1);
    for (int t = MostCriticalTier; t <= LeastCriticalTier; ++t)
        combo->addItem(QCoreApplication::translate("Continuity::NodeInspector", "Tier %1").arg(t),
                       t);
    return combo;
}

QToolButton *removeButton(const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setText(QStringLiteral("✕"));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

void setCombo(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

NodeInspector::NodeInspector(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel)
    , m_error(new QLabel)
    , m_forms(new QStackedWidget)
{
    setObjectName(QStringLiteral("inspector"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_error->setObjectName(QStringLiteral("inspectorError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    setTextColour(m_error, QColor(QStringLiteral("#b01c1c")));

    auto line = [](const char *name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    // Process form.
    auto *processForm = new QWidget;
    auto *pf = new QFormLayout(processForm);
    m_formLayouts.append(pf);
    processForm->installEventFilter(this);
    m_pName = line("inspectProcessName");
    m_pOwner = line("inspectProcessOwner");
    m_pDescription = new QPlainTextEdit;
    m_pDescription->setMaximumHeight(80);
    m_pTier = tierCombo(tr("From the tier policy"));
    m_pTier->setObjectName(QStringLiteral("inspectProcessTier"));
    m_pTierReason = line("inspectProcessTierReason");
    m_pMtd = line("inspectProcessMtd");
    m_pRto = line("inspectProcessRto");
    m_pRpo = line("inspectProcessRpo");
    m_pLoss = line("inspectProcessLoss");
    m_pRecovery = line("inspectProcessRecovery");
    // DORA (docs/dora-register.md): the licensed activity that makes the process a function.
    auto *activity = new ElidingComboBox;
    m_pActivity = activity;
    m_pActivity->setObjectName(QStringLiteral("inspectProcessActivity"));
    m_pActivity->addItem(tr("Not a function"), QString());
    for (const DoraLists::Entry &e : DoraLists::licensedActivities()) {
        const QString key = QLatin1String(e.key);
        m_pActivity->addItem(
            e.label ? QStringLiteral("%1 (%2)").arg(
                          DoraLists::labelOf(DoraLists::licensedActivities(), key), key)
                    : key,
            key);
    }
    activity->setToolTip(tr("The licensed activity the process performs as a function of a "
                            "financial entity (DORA's register of information); codes of the "
                            "EBA taxonomy"));
    // Long activity names elide in the narrow inspector rather than widen it (the full name in
    // the tooltip and the list that opens).
    m_pActivity->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_pActivity->setMinimumWidth(m_pActivity->fontMetrics().averageCharWidth() * 12);
    pf->addRow(tr("Name"), m_pName);
    pf->addRow(tr("Owner"), m_pOwner);
    pf->addRow(tr("Description"), m_pDescription);
    pf->addRow(tr("Tier"), m_pTier);
    pf->addRow(tr("Why this tier"), m_pTierReason);
    pf->addRow(tr("MTD (hours)"), m_pMtd);
    pf->addRow(tr("RTO (hours)"), m_pRto);
    pf->addRow(tr("RPO (hours)"), m_pRpo);
    pf->addRow(tr("Loss per hour"), m_pLoss);
    pf->addRow(tr("Recovery time (hours)"), m_pRecovery);
    pf->addRow(tr("Licensed activity"), m_pActivity);

    // Service form.
    auto *serviceForm = new QWidget;
    auto *sf = new QFormLayout(serviceForm);
    m_formLayouts.append(sf);
    serviceForm->installEventFilter(this);
    m_sName = line("inspectServiceName");
    m_sKind = new QComboBox;
    m_sKind->setObjectName(QStringLiteral("inspectServiceKind"));
    for (const QString &k : serviceKindNames())
        m_sKind->addItem(displayName(*serviceKindFromString(k)), k);
    m_sOwner = line("inspectServiceOwner");
    m_sDescription = new QPlainTextEdit;
    m_sDescription->setMaximumHeight(80);
    m_sEnvironment = new QComboBox;
    m_sEnvironment->setObjectName(QStringLiteral("inspectServiceEnvironment"));
    m_sEnvironment->addItem(tr("Not given"), toString(Environment::Unspecified));
    m_sEnvironment->addItem(tr("On premises"), toString(Environment::OnPremises));
    m_sEnvironment->addItem(tr("Cloud"), toString(Environment::Cloud));
    m_sEnvironment->addItem(tr("SaaS"), toString(Environment::Saas));
    m_sProvider = line("inspectServiceProvider");
    m_sDeployment = new QComboBox;
    m_sDeployment->setObjectName(QStringLiteral("inspectServiceDeployment"));
    m_sDeployment->addItem(tr("Single"), toString(Deployment::Single));
    m_sDeployment->addItem(tr("Active-passive"), toString(Deployment::ActivePassive));
    m_sDeployment->addItem(tr("Active-active"), toString(Deployment::ActiveActive));
    m_sDeployment->addItem(tr("Multi-region"), toString(Deployment::MultiRegion));
    m_sReplication = new QComboBox;
    m_sReplication->setObjectName(QStringLiteral("inspectServiceReplication"));
    m_sReplication->addItem(tr("None"), toString(ReplicationMode::None));
    m_sReplication->addItem(tr("Synchronous"), toString(ReplicationMode::Sync));
    m_sReplication->addItem(tr("Asynchronous, with a lag of"), toString(ReplicationMode::Async));
    m_sReplication->addItem(tr("Backups only, every"), toString(ReplicationMode::Backup));
    m_sReplicationHours = line("inspectServiceReplicationHours");
    m_sReplicationHours->setPlaceholderText(tr("hours"));
    auto *replicationRow = new QHBoxLayout;
    replicationRow->addWidget(m_sReplication, 1);
    replicationRow->addWidget(m_sReplicationHours);
    m_sRecovery = line("inspectServiceRecovery");
    m_sRto = line("inspectServiceRto");
    m_sRpo = line("inspectServiceRpo");
    // Predicted availability (docs/incidents.md): entered, or measured from incidents when empty.
    m_sMtbf = line("inspectServiceMtbf");
    m_sMtbf->setPlaceholderText(tr("measured from incidents"));
    m_sMtbf->setToolTip(tr("Mean time between failures, in hours; empty: measured from the "
                           "incidents that listed this service"));
    m_sMttr = line("inspectServiceMttr");
    m_sMttr->setPlaceholderText(tr("measured from incidents"));
    m_sMttr->setToolTip(tr("Mean time to repair, in hours; empty: measured from the incidents "
                           "that listed this service"));
    m_sTier = tierCombo(tr("No tier"));
    m_sTier->setObjectName(QStringLiteral("inspectServiceTier"));
    m_sTierReason = line("inspectServiceTierReason");
    m_sTags = line("inspectServiceTags");
    m_sTags->setPlaceholderText(tr("GDPR, PCI-DSS, …"));
    sf->addRow(tr("Name"), m_sName);
    sf->addRow(tr("Kind"), m_sKind);
    sf->addRow(tr("Owner"), m_sOwner);
    sf->addRow(tr("Description"), m_sDescription);
    sf->addRow(tr("Environment"), m_sEnvironment);
    sf->addRow(tr("Provider or vendor"), m_sProvider);
    sf->addRow(tr("Deployment"), m_sDeployment);
    sf->addRow(tr("Replication"), replicationRow);
    sf->addRow(tr("Recovery time (hours)"), m_sRecovery);
    sf->addRow(tr("RTO (hours)"), m_sRto);
    sf->addRow(tr("RPO (hours)"), m_sRpo);
    sf->addRow(tr("MTBF (hours)"), m_sMtbf);
    sf->addRow(tr("MTTR (hours)"), m_sMttr);
    sf->addRow(tr("Tier"), m_sTier);
    sf->addRow(tr("Why this tier"), m_sTierReason);
    sf->addRow(tr("Regulatory tags"), m_sTags);
    // What a CMDB import kept (sys_id, location, ...): shown, not edited; the next import
    // would overwrite an edit.
    m_sAttributes = new QLabel;
    m_sAttributes->setObjectName(QStringLiteral("inspectServiceAttributes"));
    m_sAttributes->setTextFormat(Qt::PlainText);
    m_sAttributes->setWordWrap(true);
    m_sAttributes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sAttributesLabel = new QLabel(tr("From the CMDB"));
    sf->addRow(m_sAttributesLabel, m_sAttributes);

    auto *empty = new QLabel(tr("Select a process or service to see and edit it here."));
    empty->setWordWrap(true);
    m_forms->addWidget(empty);
    // Choices do not ask for the width of their longest entry: in German that alone would make
    // the forms wider than the inspector (the list still shows every entry in full).
    for (QWidget *form : {processForm, serviceForm}) {
        for (QComboBox *combo : form->findChildren<QComboBox *>()) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(6);
        }
    }
    m_forms->addWidget(processForm);
    m_forms->addWidget(serviceForm);

    // What the selection depends on.
    m_providers = new QTableWidget(0, 4);
    m_providers->setObjectName(QStringLiteral("inspectProviders"));
    m_providers->setHorizontalHeaderLabels(
        {tr("Depends on"), tr("Strength"), tr("Group"), QString()});
    m_providers->verticalHeader()->setVisible(false);
    m_providers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_providers->horizontalHeader()->setSectionResizeMode(column,
                                                              QHeaderView::ResizeToContents);
    m_providers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_providers->setMinimumHeight(160);
    m_newProvider = new QComboBox;
    m_newProvider->setObjectName(QStringLiteral("inspectNewProvider"));
    m_newProvider->setEditable(true);
    m_newProvider->setInsertPolicy(QComboBox::NoInsert);
    m_newProvider->completer()->setFilterMode(Qt::MatchContains);
    m_newProvider->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_newStrength = new QComboBox;
    m_newStrength->setObjectName(QStringLiteral("inspectNewStrength"));
    m_newStrength->addItem(tr("hard"), toString(Strength::Hard));
    m_newStrength->addItem(tr("soft"), toString(Strength::Soft));
    m_add = new QPushButton(tr("Add"));
    m_add->setObjectName(QStringLiteral("inspectAddProvider"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newProvider, 1);
    addRow->addWidget(m_newStrength);
    addRow->addWidget(m_add);

    // Everything in one scrolling column: each part keeps a usable height on small screens.
    auto *content = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_forms);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Dependencies")));
    layout->addWidget(m_providers, 1);
    layout->addLayout(addRow);

    // Redundancy groups of the selection: k of n providers needed.
    m_groups = new QTableWidget(0, 3);
    m_groups->setObjectName(QStringLiteral("inspectGroups"));
    m_groups->setHorizontalHeaderLabels({tr("Redundancy group"), tr("Needs"), QString()});
    m_groups->verticalHeader()->setVisible(false);
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->setMaximumHeight(120);
    m_newGroup = new QLineEdit;
    m_newGroup->setObjectName(QStringLiteral("inspectNewGroup"));
    m_newGroup->setPlaceholderText(tr("New group, e.g. \"sites\""));
    m_addGroup = new QPushButton(tr("Add group"));
    m_addGroup->setObjectName(QStringLiteral("inspectAddGroup"));
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_newGroup, 1);
    groupRow->addWidget(m_addGroup);
    layout->addWidget(m_groups);
    layout->addLayout(groupRow);
    m_consumers = new QListWidget;
    m_consumers->setObjectName(QStringLiteral("inspectConsumers"));
    m_consumers->setSelectionMode(QAbstractItemView::NoSelection);
    m_consumers->setMaximumHeight(110);
    layout->addWidget(new QLabel(tr("Needed by")));
    layout->addWidget(m_consumers);
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_document->addGroup({m_id, m_newGroup->text().trimmed(), 1}, &error)) {
            refused(error);
        } else {
            m_newGroup->clear();
            m_error->clear();
        }
    });

    for (QLineEdit *edit :
         {m_pName, m_pOwner, m_pTierReason, m_pMtd, m_pRto, m_pRpo, m_pLoss, m_pRecovery})
        connect(edit, &QLineEdit::editingFinished, this, &NodeInspector::commitProcess);
    connect(m_pTier, &QComboBox::activated, this, &NodeInspector::commitProcess);
    connect(m_pActivity, &QComboBox::activated, this, &NodeInspector::commitProcess);
    for (QLineEdit *edit : {m_sName, m_sOwner, m_sProvider, m_sReplicationHours, m_sRecovery,
                            m_sRto, m_sRpo, m_sMtbf, m_sMttr, m_sTierReason, m_sTags})
        connect(edit, &QLineEdit::editingFinished, this, &NodeInspector::commitService);
    for (QComboBox *combo : {m_sKind, m_sEnvironment, m_sDeployment, m_sReplication, m_sTier})
        connect(combo, &QComboBox::activated, this, &NodeInspector::commitService);
    // Descriptions are committed when typing pauses.
    auto *descriptionTimer = new QTimer(this);
    descriptionTimer->setSingleShot(true);
    descriptionTimer->setInterval(700);
    connect(descriptionTimer, &QTimer::timeout, this, [this] {
        if (m_document->process(m_id))
            commitProcess();
        else
            commitService();
    });
    for (QPlainTextEdit *edit : {m_pDescription, m_sDescription}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, descriptionTimer] {
            if (!m_loading)
                descriptionTimer->start();
        });
    }
    connect(m_add, &QPushButton::clicked, this, &NodeInspector::addDependency);

    // Owners complete over the plan's persons and roles (docs/people.md); a name typed in full
    // names that person or role, anything else stays free text.
    m_contactNames = new ContactNames(document, this);
    for (QLineEdit *owner : {m_pOwner, m_sOwner}) {
        OwnerField::attach(owner, m_contactNames);
        owner->setPlaceholderText(tr("a person or role of the plan, or a name"));
    }
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        using E = PlanChange::Entity;
        using K = PlanChange::Kind;
        if (m_id.isEmpty())
            return;
        switch (change.entity) {
        case E::WholePlan:
            setNode(m_document->containsNode(m_id) ? m_id : QString());
            break;
        case E::Process:
        case E::Service:
            if (change.id() != m_id)
                break;
            if (change.kind == K::Removed)
                setNode(QString());
            else if (change.kind == K::Changed)
                load();
            break;
        case E::Dependency:
            if (change.ids.contains(m_id))
                loadDependencies();
            break;
        case E::Group:
            if (change.id() == m_id)
                loadDependencies();
            break;
        default:
            break;
        }
    });
    setNode(QString());
}

NodeInspector::~NodeInspector() = default;

void NodeInspector::setDialogs(UserDialogs *dialogs)
{
    m_dialogs = dialogs;
}

QString NodeInspector::ownerFrom(QLineEdit *edit, const QString &current)
{
    // The owner as shown is the owner as stored: only a new text is looked up (and may become
    // a new person or role).
    if (edit->text().trimmed() == Contacts::displayName(m_document->plan(), current))
        return current;
    return OwnerField::contactFor(m_document, m_dialogs, this, edit->text());
}

bool NodeInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        for (QFormLayout *form : std::as_const(m_formLayouts))
            if (form->parentWidget() == watched)
                fitForm(form);
    return QWidget::eventFilter(watched, event);
}

void NodeInspector::fitForm(QFormLayout *form)
{
    int label = 0;
    for (int row = 0; row < form->rowCount(); ++row)
        if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
            label = std::max(label, item->sizeHint().width());
    const QMargins margins = form->contentsMargins();
    const int room = form->parentWidget()->width() - margins.left() - margins.right() -
                     form->horizontalSpacing();
    const int field = fontMetrics().averageCharWidth() * 28;
    const auto policy =
        label + field <= room ? QFormLayout::DontWrapRows : QFormLayout::WrapAllRows;
    if (form->rowWrapPolicy() != policy)
        form->setRowWrapPolicy(policy);
}

void NodeInspector::setNode(const QString &id)
{
    m_id = id;
    m_error->clear();
    load();
}

void NodeInspector::load()
{
    m_loading = true;
    const bool readOnly = m_document->isReadOnly();
    if (const Process *p = m_document->process(m_id)) {
        m_forms->setCurrentIndex(1);
        m_title->setText(tr("Process \"%1\" (%2)").arg(p->name, p->id));
        m_pName->setText(p->name);
        m_pOwner->setText(Contacts::displayName(m_document->plan(), p->owner));
        if (m_pDescription->toPlainText() != p->description)
            m_pDescription->setPlainText(p->description);
        setCombo(m_pTier, p->tier.value_or(-1));
        m_pTierReason->setText(p->tierReason);
        m_pMtd->setText(TableFormat::editText(p->mtdHours));
        m_pRto->setText(TableFormat::editText(p->rtoHours));
        m_pRpo->setText(TableFormat::editText(p->rpoHours));
        m_pLoss->setText(TableFormat::editText(p->lossPerHour));
        m_pRecovery->setText(TableFormat::editText(p->recoveryHours));
        m_pActivity->setCurrentIndex(std::max(0, m_pActivity->findData(p->licensedActivity)));
    } else if (const Service *s = m_document->service(m_id)) {
        m_forms->setCurrentIndex(2);
        m_title->setText(tr("%1 \"%2\" (%3)").arg(displayName(s->kind), s->name, s->id));
        m_sName->setText(s->name);
        setCombo(m_sKind, toString(s->kind));
        m_sOwner->setText(Contacts::displayName(m_document->plan(), s->owner));
        if (m_sDescription->toPlainText() != s->description)
            m_sDescription->setPlainText(s->description);
        setCombo(m_sEnvironment, toString(s->environment));
        m_sProvider->setText(s->provider);
        setCombo(m_sDeployment, toString(s->deployment));
        setCombo(m_sReplication, toString(s->replication.mode));
        m_sReplicationHours->setText(TableFormat::editText(
            s->replication.mode == ReplicationMode::Backup ? s->replication.intervalHours
                                                           : s->replication.lagHours));
        m_sReplicationHours->setEnabled(s->replication.mode == ReplicationMode::Async ||
                                        s->replication.mode == ReplicationMode::Backup);
        m_sRecovery->setText(TableFormat::editText(s->recoveryHours));
        m_sRto->setText(TableFormat::editText(s->rtoHours));
        m_sRpo->setText(TableFormat::editText(s->rpoHours));
        m_sMtbf->setText(TableFormat::editText(s->mtbfHours));
        m_sMttr->setText(TableFormat::editText(s->mttrHours));
        setCombo(m_sTier, s->tier.value_or(-1));
        m_sTierReason->setText(s->tierReason);
        m_sTags->setText(s->tags.join(QStringLiteral(", ")));
        QStringList facts;
        for (auto it = s->attributes.cbegin(); it != s->attributes.cend(); ++it)
            facts.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
        m_sAttributes->setText(facts.join(QLatin1Char('\n')));
        m_sAttributes->setVisible(!facts.isEmpty());
        m_sAttributesLabel->setVisible(!facts.isEmpty());
    } else {
        m_forms->setCurrentIndex(0);
        m_title->setText(tr("Inspector"));
    }
    // A value longer than its field shows from its start, whole in the tooltip; a choice too
    // long for its box too (#18 point 2).
    for (QLineEdit *edit : m_forms->findChildren<QLineEdit *>()) {
        if (edit->parent() && qobject_cast<QComboBox *>(edit->parent()))
            continue;
        edit->setCursorPosition(0);
        edit->setToolTip(edit->fontMetrics().horizontalAdvance(edit->text()) >
                                 edit->contentsRect().width() - 8
                             ? edit->text()
                             : QString());
    }
    for (QComboBox *combo : m_forms->findChildren<QComboBox *>())
        combo->setToolTip(combo->currentText());
    m_forms->setEnabled(!readOnly);
    m_loading = false;
    loadDependencies();
}

void NodeInspector::refused(const QString &message)
{
    m_error->setText(message);
    load(); // show what is stored again
}

void NodeInspector::commitProcess()
{
    const Process *current = m_document->process(m_id);
    if (m_loading || !current)
        return;
    Process p = *current;
    p.name = m_pName->text().trimmed();
    p.owner = ownerFrom(m_pOwner, current->owner);
    p.description = m_pDescription->toPlainText();
    const int tier = m_pTier->currentData().toInt();
    p.tier = tier < 0 ? std::nullopt : std::optional<int>(tier);
    p.tierReason = m_pTierReason->text().trimmed();
    p.licensedActivity = m_pActivity->currentData().toString();
    const std::pair<QLineEdit *, std::optional<double> *> numbers[] = {
        {m_pMtd, &p.mtdHours},
        {m_pRto, &p.rtoHours},
        {m_pRpo, &p.rpoHours},
        {m_pLoss, &p.lossPerHour},
        {m_pRecovery, &p.recoveryHours}};
    for (const auto &[edit, value] : numbers) {
        if (!TableFormat::parseNumber(edit->text(), value)) {
            refused(tr("\"%1\" is not a number.").arg(edit->text()));
            return;
        }
    }
    QString error;
    if (!m_document->changeProcess(p, &error))
        refused(error);
    else
        m_error->clear();
}

void NodeInspector::commitService()
{
    const Service *current = m_document->service(m_id);
    if (m_loading || !current)
        return;
    Service s = *current;
    s.name = m_sName->text().trimmed();
    s.kind = *serviceKindFromString(m_sKind->currentData().toString());
    s.owner = ownerFrom(m_sOwner, current->owner);
    s.description = m_sDescription->toPlainText();
    s.environment = *environmentFromString(m_sEnvironment->currentData().toString());
    s.provider = m_sProvider->text().trimmed();
    s.deployment = *deploymentFromString(m_sDeployment->currentData().toString());
    s.replication = {*replicationModeFromString(m_sReplication->currentData().toString()), {}, {}};
    std::optional<double> replicationHours;
    const std::pair<QLineEdit *, std::optional<double> *> numbers[] = {
        {m_sReplicationHours, &replicationHours},
        {m_sRecovery, &s.recoveryHours},
        {m_sRto, &s.rtoHours},
        {m_sRpo, &s.rpoHours},
        {m_sMtbf, &s.mtbfHours},
        {m_sMttr, &s.mttrHours}};
    for (const auto &[edit, value] : numbers) {
        if (!TableFormat::parseNumber(edit->text(), value)) {
            refused(tr("\"%1\" is not a number.").arg(edit->text()));
            return;
        }
    }
    if (s.replication.mode == ReplicationMode::Async)
        s.replication.lagHours = replicationHours;
    else if (s.replication.mode == ReplicationMode::Backup)
        s.replication.intervalHours = replicationHours;
    const int tier = m_sTier->currentData().toInt();
    s.tier = tier < 0 ? std::nullopt : std::optional<int>(tier);
    s.tierReason = m_sTierReason->text().trimmed();
    s.tags.clear();
    for (const QString &tag : m_sTags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !s.tags.contains(tag.trimmed()))
            s.tags.append(tag.trimmed());
    }
    QString error;
    if (!m_document->changeService(s, &error))
        refused(error);
    else
        m_error->clear();
}

void NodeInspector::loadDependencies()
{
    m_providers->setRowCount(0);
    m_groups->setRowCount(0);
    m_consumers->clear();
    m_newProvider->clear();
    const bool known = m_document->containsNode(m_id);
    m_newGroup->setEnabled(known && !m_document->isReadOnly());
    m_addGroup->setEnabled(known && !m_document->isReadOnly());
    m_providers->setEnabled(known);
    m_newProvider->setEnabled(known && !m_document->isReadOnly());
    m_add->setEnabled(known && !m_document->isReadOnly());
    if (!known)
        return;
    const Plan &plan = m_document->plan();
    auto nameOf = [&](const QString &id) {
        if (const Process *p = m_document->process(id))
            return p->name;
        if (const Service *s = m_document->service(id))
            return s->name;
        return id;
    };
    for (const Dependency &d : plan.dependencies) {
        if (d.consumer != m_id)
            continue;
        const int row = m_providers->rowCount();
        m_providers->insertRow(row);
        m_providers->setItem(row, 0, new QTableWidgetItem(nameOf(d.provider)));
        m_providers->item(row, 0)->setData(Qt::UserRole, d.provider);
        m_providers->item(row, 0)->setToolTip(nameOf(d.provider)); // when the column elides it
        auto *strength = new QComboBox;
        strength->addItem(tr("hard"), toString(Strength::Hard));
        strength->addItem(tr("soft"), toString(Strength::Soft));
        setCombo(strength, toString(d.strength));
        strength->setEnabled(!m_document->isReadOnly());
        const Dependency dependency = d;
        connect(strength, &QComboBox::activated, this, [this, dependency, strength] {
            Dependency changed = dependency;
            changed.strength = *strengthFromString(strength->currentData().toString());
            if (changed.strength == Strength::Soft)
                changed.group.clear();
            QString error;
            if (!m_document->changeDependency(changed, &error))
                refused(error);
        });
        m_providers->setCellWidget(row, 1, strength);
        // The group a hard dependency belongs to, chosen among the consumer's groups.
        auto *group = new QComboBox;
        group->addItem(tr("—"), QString());
        for (const RedundancyGroup &g : plan.groups) {
            if (g.consumer == m_id)
                group->addItem(g.name, g.name);
        }
        setCombo(group, d.group);
        group->setEnabled(!m_document->isReadOnly() && d.strength == Strength::Hard &&
                          group->count() > 1);
        connect(group, &QComboBox::activated, this, [this, dependency, group] {
            Dependency changed = dependency;
            changed.group = group->currentData().toString();
            QString error;
            if (!m_document->changeDependency(changed, &error))
                refused(error);
        });
        m_providers->setCellWidget(row, 2, group);
        // A small cross rather than a word: the names keep the room (#18 point 2).
        auto *remove = removeButton(tr("Remove the dependency on %1").arg(nameOf(d.provider)));
        remove->setEnabled(!m_document->isReadOnly());
        connect(remove, &QToolButton::clicked, this, [this, dependency] {
            QString error;
            if (!m_document->removeDependency(dependency.consumer, dependency.provider, &error))
                refused(error);
        });
        m_providers->setCellWidget(row, 3, remove);
    }
    m_providers->resizeColumnToContents(1);
    m_providers->resizeColumnToContents(3);
    for (const RedundancyGroup &g : plan.groups) {
        if (g.consumer != m_id)
            continue;
        const int row = m_groups->rowCount();
        m_groups->insertRow(row);
        m_groups->setItem(row, 0, new QTableWidgetItem(g.name));
        const int size = m_document->groupSize(g.consumer, g.name);
        auto *quorum = new QSpinBox;
        quorum->setRange(1, std::max(1, size));
        quorum->setValue(g.quorum);
        quorum->setSuffix(tr(" of %1").arg(size));
        quorum->setEnabled(!m_document->isReadOnly());
        const RedundancyGroup group = g;
        connect(quorum, &QSpinBox::editingFinished, this, [this, group, quorum] {
            if (quorum->value() == group.quorum)
                return;
            QString error;
            if (!m_document->changeGroup({group.consumer, group.name, quorum->value()}, &error))
                refused(error);
        });
        m_groups->setCellWidget(row, 1, quorum);
        auto *remove = removeButton(tr("Remove the group %1").arg(g.name));
        remove->setEnabled(!m_document->isReadOnly());
        connect(remove, &QToolButton::clicked, this, [this, group] {
            QString error;
            if (!m_document->removeGroup(group.consumer, group.name, &error))
                refused(error);
        });
        m_groups->setCellWidget(row, 2, remove);
    }
    m_groups->resizeColumnToContents(1);
    m_groups->resizeColumnToContents(2);
    for (const Dependency &d : plan.dependencies) {
        if (d.provider != m_id)
            continue;
        QString text = nameOf(d.consumer);
        if (d.strength == Strength::Soft)
            text += tr(" (soft)");
        else if (!d.group.isEmpty())
            text += tr(" (in its group \"%1\")").arg(d.group);
        m_consumers->addItem(text);
    }
    if (m_consumers->count() == 0)
        m_consumers->addItem(tr("Nothing depends on it."));

    QList<QPair<QString, QString>> candidates;
    for (const Service &s : plan.services) {
        if (s.id != m_id)
            candidates.append({s.name, s.id});
    }
    for (const Process &p : plan.processes) {
        if (p.id != m_id)
            candidates.append({p.name, p.id});
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : candidates)
        m_newProvider->addItem(name, id);
    m_newProvider->setCurrentIndex(-1);
    m_newProvider->setEditText(QString());
}

void NodeInspector::addDependency()
{
    const int index = m_newProvider->findText(m_newProvider->currentText());
    if (index < 0) {
        refused(tr("Choose what it depends on from the list."));
        return;
    }
    Dependency d{m_id, m_newProvider->itemData(index).toString(),
                 *strengthFromString(m_newStrength->currentData().toString()), QString()};
    QString error;
    if (!m_document->addDependency(d, &error))
        refused(error);
    else
        m_error->clear();
}

} // namespace Continuity
