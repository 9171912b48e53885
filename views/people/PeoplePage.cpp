// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeoplePage.h"
#include "PeoplePolicyDialog.h"
#include "tables/FormCellDelegate.h"

#include "PeopleCards.h"

#include "analysis/OnCall.h"
#include "dialogs/ReportExportBar.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/Contacts.h"
#include "report/ContactSheet.h"
#include "tables/RelativeFont.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace Continuity {
namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int FallbackRole = Qt::UserRole + 1;

enum Form { PersonForm, RoleForm, TreeForm };

// A tree whose rows move by drag; `dropped` runs after each drop (the call tree is written).
class CallTreeWidget : public QTreeWidget
{
public:
    std::function<void()> dropped;

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidget::dropEvent(event);
        if (dropped)
            dropped();
    }
};

QStringList timeZoneNames()
{
    QStringList names;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/'))
            names.append(QString::fromLatin1(id));
    }
    return names;
}

QListWidgetItem *itemFor(QListWidget *list, const QString &text, const QString &id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(IdRole, id);
    item->setToolTip(text);
    return item;
}

} // namespace

PeoplePage::PeoplePage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("peoplePage"));
    buildUi();
    connect(document, &PlanDocument::changed, this, &PeoplePage::onChanged);
    rebuildLists();
    loadDetail();
}

PeoplePage::~PeoplePage()
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
}

void PeoplePage::buildUi()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setPlaceholderText(tr("Search people, roles and call trees"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &PeoplePage::filter);

    auto makeList = [this](const char *name) {
        auto *list = new QListWidget;
        list->setObjectName(QLatin1String(name));
        list->setUniformItemSizes(true);
        connect(list, &QListWidget::currentItemChanged, this, [this, list](QListWidgetItem *item) {
            if (!item || m_loading)
                return;
            const QString kind = list == m_persons ? QStringLiteral("person")
                                 : list == m_roles ? QStringLiteral("role")
                                                   : QStringLiteral("callTree");
            show(kind, item->data(IdRole).toString());
        });
        return list;
    };
    m_persons = makeList("personsList");
    m_roles = makeList("rolesList");
    m_trees = makeList("callTreesList");

    auto *addPerson = new QPushButton(tr("Add Person"));
    addPerson->setObjectName(QStringLiteral("addPersonButton"));
    connect(addPerson, &QPushButton::clicked, this, &PeoplePage::addPerson);
    auto *addRole = new QPushButton(tr("Add Role"));
    addRole->setObjectName(QStringLiteral("addRoleButton"));
    connect(addRole, &QPushButton::clicked, this, &PeoplePage::addRole);
    auto *addTree = new QPushButton(tr("Add Call Tree"));
    addTree->setObjectName(QStringLiteral("addCallTreeButton"));
    connect(addTree, &QPushButton::clicked, this, &PeoplePage::addCallTree);
    m_remove = new QPushButton(tr("Delete"));
    m_remove->setObjectName(QStringLiteral("removePeopleButton"));
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removeCurrent);

    auto *personsPane = new QWidget;
    auto *personsLayout = new QVBoxLayout(personsPane);
    personsLayout->setContentsMargins(0, 0, 0, 0);
    personsLayout->addWidget(new QLabel(tr("Persons")));
    personsLayout->addWidget(m_persons, 1);
    personsLayout->addWidget(addPerson);

    auto *rolesPane = new QWidget;
    auto *rolesLayout = new QVBoxLayout(rolesPane);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->addWidget(new QLabel(tr("Roles")));
    rolesLayout->addWidget(m_roles, 2);
    rolesLayout->addWidget(addRole);
    rolesLayout->addWidget(new QLabel(tr("Call trees")));
    rolesLayout->addWidget(m_trees, 1);
    rolesLayout->addWidget(addTree);

    // The detail: the card, a refusal, the form.
    m_card = new QTextBrowser;
    m_card->setObjectName(QStringLiteral("peopleCard"));
    m_card->setOpenExternalLinks(true);
    m_card->setOpenLinks(true);
    m_card->setMinimumHeight(200);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("peopleError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTextColour(m_error, QColor(QStringLiteral("#b00020")));
    m_error->hide();
    m_forms = new QStackedWidget;
    // Each form at the top of its page, the rows at their own height.
    for (QWidget *form : {buildPersonForm(), buildRoleForm(), buildTreeForm()}) {
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->addWidget(form);
        pageLayout->addStretch(1);
        m_forms->addWidget(page);
    }

    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->addWidget(m_card, 2);
    detailLayout->addWidget(m_error);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_forms);
    scroll->setFrameShape(QFrame::NoFrame);
    detailLayout->addWidget(scroll, 3);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    detailLayout->addLayout(removeRow);

    auto *empty = new QLabel(tr("Choose a person, a role or a call tree, or add one."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_detail = new QStackedWidget;
    m_detail->addWidget(empty);
    m_detail->addWidget(detailPane);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("peopleSplitter"));
    splitter->addWidget(personsPane);
    splitter->addWidget(rolesPane);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({240, 240, 720});
    splitter->setChildrenCollapsible(false);

    auto *sheet = new QPushButton(tr("Contact Sheet PDF…"));
    sheet->setObjectName(QStringLiteral("contactSheetButton"));
    sheet->setToolTip(tr("Everyone the plan names, by what they own, with their phones and the "
                         "call trees: to print and carry"));
    connect(sheet, &QPushButton::clicked, this, [this] { askContactSheet({}); });
    m_exportBar = new ReportExportBar;
    connect(m_exportBar, &ReportExportBar::finished, this,
            [this](bool, const QString &message) { emit statusMessage(message, 8000); });
    auto *policy = new QPushButton(tr("People Policy…"));
    policy->setObjectName(QStringLiteral("peoplePolicyButton"));
    policy->setToolTip(tr("How often contacts confirm their details, whom to notify as a "
                          "service's RTO runs out, and the default escalation of each tier"));
    connect(policy, &QPushButton::clicked, this, &PeoplePage::editPolicy);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(policy);
    top->addWidget(sheet);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_exportBar);
}

QWidget *PeoplePage::buildPersonForm()
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    auto line = [&](QLineEdit *&edit, const char *name, const QString &label) {
        edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::editingFinished, this, &PeoplePage::commitPerson);
        layout->addRow(label, edit);
    };
    line(m_pName, "personName", tr("Name:"));
    line(m_pTitle, "personTitle", tr("Title:"));
    line(m_pOrganisation, "personOrganisation", tr("Organisation:"));
    line(m_pEmail, "personEmail", tr("E-mail:"));
    m_pEmail->setPlaceholderText(QStringLiteral("name@example.com"));

    m_pPhones = new QTableWidget(0, 2);
    m_pPhones->setObjectName(QStringLiteral("personPhones"));
    // Tab goes on to the next field; arrows move between the cells.
    m_pPhones->setTabKeyNavigation(false);
    m_pPhones->setItemDelegateForColumn(1, new FormCellDelegate(m_pPhones));
    m_pPhones->setHorizontalHeaderLabels({tr("Kind"), tr("Number")});
    m_pPhones->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_pPhones->horizontalHeader()->setStretchLastSection(true);
    m_pPhones->verticalHeader()->hide();
    m_pPhones->setMinimumHeight(110);
    m_pPhones->setMaximumHeight(160);
    connect(m_pPhones, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            commitPerson();
    });
    auto *addPhone = new QPushButton(tr("Add Phone"));
    addPhone->setObjectName(QStringLiteral("addPhoneButton"));
    connect(addPhone, &QPushButton::clicked, this, [this] {
        const int row = m_pPhones->rowCount();
        m_loading = true;
        addPhoneRow({PhoneKind::Mobile, QString()});
        m_loading = false;
        m_pPhones->setCurrentCell(row, 1);
        m_pPhones->editItem(m_pPhones->item(row, 1));
    });
    auto *removePhone = new QPushButton(tr("Remove Phone"));
    connect(removePhone, &QPushButton::clicked, this, [this] {
        const int row = m_pPhones->currentRow();
        if (row < 0)
            return;
        m_pPhones->removeRow(row);
        commitPerson();
    });
    auto *phoneButtons = new QHBoxLayout;
    phoneButtons->addWidget(addPhone);
    phoneButtons->addWidget(removePhone);
    phoneButtons->addStretch(1);
    auto *phones = new QVBoxLayout;
    phones->addWidget(m_pPhones);
    phones->addLayout(phoneButtons);
    layout->addRow(tr("Phones:"), phones);

    m_pTimeZone = new QComboBox;
    m_pTimeZone->setObjectName(QStringLiteral("personTimeZone"));
    m_pTimeZone->addItem(tr("(the plan's local time)"), QString());
    for (const QString &zone : timeZoneNames())
        m_pTimeZone->addItem(zone, zone);
    connect(m_pTimeZone, &QComboBox::activated, this, &PeoplePage::commitPerson);
    layout->addRow(tr("Time zone:"), m_pTimeZone);
    m_pDeputy = new QComboBox;
    m_pDeputy->setObjectName(QStringLiteral("personDeputy"));
    connect(m_pDeputy, &QComboBox::activated, this, &PeoplePage::commitPerson);
    layout->addRow(tr("Deputy:"), m_pDeputy);
    m_pVerified = new QLineEdit;
    m_pVerified->setObjectName(QStringLiteral("personVerified"));
    m_pVerified->setPlaceholderText(tr("YYYY-MM-DD"));
    connect(m_pVerified, &QLineEdit::editingFinished, this, &PeoplePage::commitPerson);
    auto *today = new QPushButton(tr("Confirmed Today"));
    today->setObjectName(QStringLiteral("personConfirmedToday"));
    connect(today, &QPushButton::clicked, this, [this] {
        m_pVerified->setText(QDate::currentDate().toString(Qt::ISODate));
        commitPerson();
    });
    auto *verified = new QHBoxLayout;
    verified->addWidget(m_pVerified, 1);
    verified->addWidget(today);
    layout->addRow(tr("Details confirmed:"), verified);
    line(m_pNotes, "personNotes", tr("Notes:"));
    return form;
}

QWidget *PeoplePage::buildRoleForm()
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    m_rName = new QLineEdit;
    m_rName->setObjectName(QStringLiteral("roleName"));
    connect(m_rName, &QLineEdit::editingFinished, this, &PeoplePage::commitRole);
    layout->addRow(tr("Name:"), m_rName);
    m_rTeam = new QComboBox;
    m_rTeam->setObjectName(QStringLiteral("roleTeam"));
    connect(m_rTeam, &QComboBox::activated, this, &PeoplePage::commitRole);
    layout->addRow(tr("Team it staffs:"), m_rTeam);
    m_rMobilisation = new QLineEdit;
    m_rMobilisation->setObjectName(QStringLiteral("roleMobilisation"));
    m_rMobilisation->setPlaceholderText(tr("hours, e.g. 1.5"));
    connect(m_rMobilisation, &QLineEdit::editingFinished, this, &PeoplePage::commitRole);
    layout->addRow(tr("Mobilisation:"), m_rMobilisation);

    m_rMembers = new QListWidget;
    m_rMembers->setObjectName(QStringLiteral("roleMembers"));
    m_rMembers->setDragDropMode(QAbstractItemView::InternalMove);
    m_rMembers->setMinimumHeight(100);
    m_rMembers->setMaximumHeight(160);
    connect(m_rMembers->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_loading)
            commitRole();
    });
    m_rAddMember = new QComboBox;
    m_rAddMember->setObjectName(QStringLiteral("roleAddMember"));
    auto *add = new QPushButton(tr("Add Member"));
    add->setObjectName(QStringLiteral("roleAddMemberButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString id = m_rAddMember->currentData().toString();
        if (id.isEmpty())
            return;
        itemFor(m_rMembers, m_document->contactName(id), id);
        commitRole();
    });
    auto *remove = new QPushButton(tr("Remove Member"));
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_rMembers->currentItem();
        commitRole();
    });
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_rAddMember, 1);
    memberButtons->addWidget(add);
    memberButtons->addWidget(remove);
    auto *members = new QVBoxLayout;
    members->addWidget(m_rMembers);
    members->addLayout(memberButtons);
    auto *membersHint =
        new QLabel(tr("The first is primary, the rest alternates; drag to reorder."));
    membersHint->setWordWrap(true);
    members->addWidget(membersHint);
    layout->addRow(tr("Members:"), members);

    auto *rota = new QGroupBox(tr("On-call rota"));
    auto *rotaLayout = new QFormLayout(rota);
    m_rHasRota = new QCheckBox(tr("Members take turns on call, in their order"));
    m_rHasRota->setObjectName(QStringLiteral("roleHasRota"));
    connect(m_rHasRota, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            commitRole();
    });
    rotaLayout->addRow(m_rHasRota);
    m_rRotaStart = new QDateTimeEdit;
    m_rRotaStart->setObjectName(QStringLiteral("roleRotaStart"));
    m_rRotaStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_rRotaStart->setCalendarPopup(true);
    connect(m_rRotaStart, &QDateTimeEdit::editingFinished, this, &PeoplePage::commitRole);
    rotaLayout->addRow(tr("First handover:"), m_rRotaStart);
    m_rRotaZone = new QComboBox;
    m_rRotaZone->setObjectName(QStringLiteral("roleRotaZone"));
    for (const QString &zone : timeZoneNames())
        m_rRotaZone->addItem(zone, zone);
    connect(m_rRotaZone, &QComboBox::activated, this, &PeoplePage::commitRole);
    rotaLayout->addRow(tr("Time zone:"), m_rRotaZone);
    m_rShiftDays = new QSpinBox;
    m_rShiftDays->setObjectName(QStringLiteral("roleShiftDays"));
    m_rShiftDays->setRange(1, 366);
    m_rShiftDays->setSuffix(tr(" days"));
    connect(m_rShiftDays, &QSpinBox::editingFinished, this, &PeoplePage::commitRole);
    rotaLayout->addRow(tr("Shift length:"), m_rShiftDays);
    m_rOverrides = new QTableWidget(0, 3);
    m_rOverrides->setObjectName(QStringLiteral("roleOverrides"));
    m_rOverrides->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Stands in")});
    m_rOverrides->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rOverrides->verticalHeader()->hide();
    m_rOverrides->setMinimumHeight(90);
    m_rOverrides->setMaximumHeight(150);
    connect(m_rOverrides, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            commitRole();
    });
    auto *addOverride = new QPushButton(tr("Add Override"));
    connect(addOverride, &QPushButton::clicked, this, [this] {
        m_loading = true;
        const int row = m_rOverrides->rowCount();
        m_rOverrides->insertRow(row);
        const QDateTime start = QDateTime::currentDateTime();
        m_rOverrides->setItem(
            row, 0,
            new QTableWidgetItem(
                start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate)));
        m_rOverrides->setItem(
            row, 1,
            new QTableWidgetItem(
                start.addDays(1).toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate)));
        m_rOverrides->setItem(row, 2, new QTableWidgetItem);
        m_loading = false;
        m_rOverrides->editItem(m_rOverrides->item(row, 2));
    });
    auto *removeOverride = new QPushButton(tr("Remove Override"));
    connect(removeOverride, &QPushButton::clicked, this, [this] {
        if (m_rOverrides->currentRow() < 0)
            return;
        m_rOverrides->removeRow(m_rOverrides->currentRow());
        commitRole();
    });
    auto *overrideButtons = new QHBoxLayout;
    overrideButtons->addWidget(addOverride);
    overrideButtons->addWidget(removeOverride);
    overrideButtons->addStretch(1);
    rotaLayout->addRow(tr("Overrides:"), m_rOverrides);
    rotaLayout->addRow(QString(), overrideButtons);
    layout->addRow(rota);

    auto *escalation = new QGroupBox(tr("Escalation policy"));
    auto *escalationLayout = new QFormLayout(escalation);
    m_rHasEscalation = new QCheckBox(tr("Escalate when nobody answers"));
    m_rHasEscalation->setObjectName(QStringLiteral("roleHasEscalation"));
    connect(m_rHasEscalation, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            commitRole();
    });
    escalationLayout->addRow(m_rHasEscalation);
    m_rLevels = new QTableWidget(0, 2);
    m_rLevels->setObjectName(QStringLiteral("roleLevels"));
    m_rLevels->setHorizontalHeaderLabels(
        {tr("After (min)"), tr("Notify (names, comma-separated)")});
    m_rLevels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rLevels->horizontalHeader()->setStretchLastSection(true);
    m_rLevels->verticalHeader()->hide();
    m_rLevels->setMinimumHeight(90);
    m_rLevels->setMaximumHeight(150);
    connect(m_rLevels, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            commitRole();
    });
    auto *addLevel = new QPushButton(tr("Add Level"));
    connect(addLevel, &QPushButton::clicked, this, [this] {
        m_loading = true;
        const int row = m_rLevels->rowCount();
        m_rLevels->insertRow(row);
        m_rLevels->setItem(row, 0, new QTableWidgetItem(QString::number(row * 15)));
        m_rLevels->setItem(row, 1, new QTableWidgetItem);
        m_loading = false;
        m_rLevels->editItem(m_rLevels->item(row, 1));
    });
    auto *removeLevel = new QPushButton(tr("Remove Level"));
    connect(removeLevel, &QPushButton::clicked, this, [this] {
        if (m_rLevels->currentRow() < 0)
            return;
        m_rLevels->removeRow(m_rLevels->currentRow());
        commitRole();
    });
    auto *levelButtons = new QHBoxLayout;
    levelButtons->addWidget(addLevel);
    levelButtons->addWidget(removeLevel);
    levelButtons->addStretch(1);
    escalationLayout->addRow(m_rLevels);
    escalationLayout->addRow(levelButtons);
    m_rRepeat = new QSpinBox;
    m_rRepeat->setObjectName(QStringLiteral("roleRepeat"));
    m_rRepeat->setRange(0, 20);
    connect(m_rRepeat, &QSpinBox::editingFinished, this, &PeoplePage::commitRole);
    escalationLayout->addRow(tr("Repeat the whole policy:"), m_rRepeat);
    layout->addRow(escalation);
    return form;
}

QWidget *PeoplePage::buildTreeForm()
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    m_tName = new QLineEdit;
    m_tName->setObjectName(QStringLiteral("callTreeName"));
    connect(m_tName, &QLineEdit::editingFinished, this, &PeoplePage::commitTree);
    layout->addRow(tr("Name:"), m_tName);
    m_tMinutes = new QDoubleSpinBox;
    m_tMinutes->setObjectName(QStringLiteral("callTreeMinutes"));
    m_tMinutes->setRange(0.5, 1440);
    m_tMinutes->setDecimals(1);
    m_tMinutes->setSuffix(tr(" min"));
    connect(m_tMinutes, &QDoubleSpinBox::editingFinished, this, &PeoplePage::commitTree);
    layout->addRow(tr("Each call takes:"), m_tMinutes);
    m_tTarget = new QDoubleSpinBox;
    m_tTarget->setObjectName(QStringLiteral("callTreeTarget"));
    m_tTarget->setRange(1, 100000);
    m_tTarget->setDecimals(0);
    m_tTarget->setSuffix(tr(" min"));
    connect(m_tTarget, &QDoubleSpinBox::editingFinished, this, &PeoplePage::commitTree);
    layout->addRow(tr("Everyone reached within:"), m_tTarget);

    auto *tree = new CallTreeWidget;
    tree->dropped = [this] { commitTree(); };
    m_tTree = tree;
    m_tTree->setObjectName(QStringLiteral("callTreeView"));
    m_tTree->setColumnCount(3);
    m_tTree->setHeaderLabels({tr("Who"), tr("Reached after"), tr("If unreachable")});
    m_tTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tTree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tTree->setMinimumHeight(220);
    m_tTree->setMaximumHeight(380);
    layout->addRow(m_tTree);
    auto *hint = new QLabel(tr("Each caller rings the people under them in order; drag a row "
                               "onto another to move it there."));
    hint->setWordWrap(true);
    layout->addRow(hint);
    m_tCompletion = new QLabel;
    m_tCompletion->setObjectName(QStringLiteral("callTreeCompletion"));
    m_tCompletion->setTextFormat(Qt::PlainText);
    layout->addRow(m_tCompletion);

    m_tContact = new QComboBox;
    m_tContact->setObjectName(QStringLiteral("callTreeContact"));
    auto *add = new QPushButton(tr("Add Under Selected"));
    add->setObjectName(QStringLiteral("callTreeAddButton"));
    connect(add, &QPushButton::clicked, this, &PeoplePage::addTreeNode);
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("callTreeRemoveButton"));
    connect(remove, &QPushButton::clicked, this, &PeoplePage::removeTreeNode);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tContact, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addRow(tr("Person or role:"), row);
    m_tFallback = new QComboBox;
    m_tFallback->setObjectName(QStringLiteral("callTreeFallback"));
    connect(m_tFallback, &QComboBox::activated, this, [this] {
        QTreeWidgetItem *item = m_tTree->currentItem();
        if (!item)
            return;
        item->setData(0, FallbackRole, m_tFallback->currentData());
        commitTree();
    });
    layout->addRow(tr("Selected one's fallback:"), m_tFallback);
    connect(m_tTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString fallback = item ? item->data(0, FallbackRole).toString() : QString();
        m_tFallback->setCurrentIndex(std::max(0, m_tFallback->findData(fallback)));
    });
    return form;
}

void PeoplePage::onChanged(const PlanChange &change)
{
    using E = PlanChange::Entity;
    if (change.entity == E::Positions || m_refreshQueued)
        return;
    // Later, once: the change may come from inside a signal of the very table or list the
    // refresh rebuilds (a phone number typed into its cell), which must not be deleted under
    // it; and an import announces many changes at once.
    m_refreshQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refreshQueued = false;
            rebuildLists();
            loadDetail();
        },
        Qt::QueuedConnection);
}

void PeoplePage::fillContactCombo(QComboBox *combo, bool persons, bool roles, bool none) const
{
    const QVariant current = combo->currentData();
    combo->clear();
    if (none)
        combo->addItem(tr("(nobody)"), QString());
    if (persons) {
        for (const Person &p : m_document->plan().persons)
            combo->addItem(p.name, p.id);
    }
    if (roles) {
        for (const Role &r : m_document->plan().roles)
            combo->addItem(tr("%1 (role)").arg(r.name), r.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void PeoplePage::rebuildLists()
{
    if (!m_document)
        return;
    m_loading = true;
    const Plan &plan = m_document->plan();
    auto refill = [&](QListWidget *list, const auto &items, const QString &kind) {
        list->clear();
        for (const auto &item : items) {
            QListWidgetItem *row = itemFor(list, item.name, item.id);
            if (m_kind == kind && m_id == item.id)
                list->setCurrentItem(row);
        }
    };
    refill(m_persons, plan.persons, QStringLiteral("person"));
    refill(m_roles, plan.roles, QStringLiteral("role"));
    refill(m_trees, plan.callTrees, QStringLiteral("callTree"));
    fillContactCombo(m_pDeputy, true, false, true);
    fillContactCombo(m_rAddMember, true, false, false);
    fillContactCombo(m_tContact, true, true, false);
    fillContactCombo(m_tFallback, true, true, true);
    const QVariant team = m_rTeam->currentData();
    m_rTeam->clear();
    m_rTeam->addItem(tr("(none)"), QString());
    for (const Service &s : plan.services) {
        if (s.kind == ServiceKind::Team)
            m_rTeam->addItem(s.name, s.id);
    }
    m_rTeam->setCurrentIndex(std::max(0, m_rTeam->findData(team)));
    m_loading = false;
    filter();
}

void PeoplePage::filter()
{
    const QString text = m_search->text().trimmed();
    for (QListWidget *list : {m_persons, m_roles, m_trees}) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            QString haystack = item->text() + QLatin1Char(' ') + item->data(IdRole).toString();
            if (list == m_persons) {
                if (const Person *p = m_document->person(item->data(IdRole).toString())) {
                    haystack += QLatin1Char(' ') + p->title + QLatin1Char(' ') + p->email;
                    for (const Phone &phone : p->phones)
                        haystack += QLatin1Char(' ') + phone.number;
                }
            }
            item->setHidden(!text.isEmpty() && !haystack.contains(text, Qt::CaseInsensitive));
        }
    }
}

void PeoplePage::showPerson(const QString &id)
{
    show(QStringLiteral("person"), id);
}

void PeoplePage::showRole(const QString &id)
{
    show(QStringLiteral("role"), id);
}

void PeoplePage::showCallTree(const QString &id)
{
    show(QStringLiteral("callTree"), id);
}

void PeoplePage::show(const QString &kind, const QString &id)
{
    m_kind = kind;
    m_id = id;
    m_error->hide();
    m_loading = true;
    for (QListWidget *list : {m_persons, m_roles, m_trees}) {
        const bool mine = (list == m_persons && kind == QLatin1String("person")) ||
                          (list == m_roles && kind == QLatin1String("role")) ||
                          (list == m_trees && kind == QLatin1String("callTree"));
        QListWidgetItem *selected = nullptr;
        for (int i = 0; mine && i < list->count(); ++i) {
            if (list->item(i)->data(IdRole).toString() == id)
                selected = list->item(i);
        }
        list->setCurrentItem(selected);
        if (!selected)
            list->clearSelection();
    }
    m_loading = false;
    loadDetail();
}

void PeoplePage::loadDetail()
{
    if (!m_document)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const Plan &plan = m_document->plan();
    if (const Person *p = m_kind == QLatin1String("person") ? m_document->person(m_id) : nullptr) {
        m_card->setHtml(PeopleCards::personHtml(plan, *p, now));
        loadPerson(*p);
        m_forms->setCurrentIndex(PersonForm);
    } else if (const Role *r = m_kind == QLatin1String("role") ? m_document->role(m_id) : nullptr) {
        m_card->setHtml(PeopleCards::roleHtml(plan, *r, now));
        loadRole(*r);
        m_forms->setCurrentIndex(RoleForm);
    } else if (const CallTree *t =
                   m_kind == QLatin1String("callTree") ? m_document->callTree(m_id) : nullptr) {
        loadTree(*t);
        m_forms->setCurrentIndex(TreeForm);
    } else {
        m_kind.clear();
        m_id.clear();
        m_detail->setCurrentIndex(0);
        m_remove->setEnabled(false);
        return;
    }
    m_detail->setCurrentIndex(1);
    m_card->setVisible(m_kind != QLatin1String("callTree"));
    const bool editable = !m_document->isReadOnly();
    m_forms->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void PeoplePage::loadPerson(const Person &p)
{
    m_loading = true;
    m_pName->setText(p.name);
    m_pTitle->setText(p.title);
    m_pOrganisation->setText(p.organisation);
    m_pEmail->setText(p.email);
    m_pPhones->setRowCount(0);
    for (const Phone &phone : p.phones)
        addPhoneRow(phone);
    m_pTimeZone->setCurrentIndex(std::max(0, m_pTimeZone->findData(p.timeZone)));
    m_pDeputy->setCurrentIndex(std::max(0, m_pDeputy->findData(p.deputy)));
    m_pVerified->setText(p.verifiedOn.value_or(QString()));
    m_pNotes->setText(p.notes);
    m_loading = false;
}

void PeoplePage::loadRole(const Role &r)
{
    m_loading = true;
    m_rName->setText(r.name);
    m_rTeam->setCurrentIndex(std::max(0, m_rTeam->findData(r.team)));
    m_rMobilisation->setText(r.mobilisationHours ? QLocale().toString(*r.mobilisationHours)
                                                 : QString());
    m_rMembers->clear();
    for (const QString &id : r.members)
        itemFor(m_rMembers, m_document->contactName(id), id);
    m_rHasRota->setChecked(r.rota.has_value());
    const Rota rota = r.rota.value_or(Rota{});
    const QDateTime start = QDateTime::fromString(rota.start, Qt::ISODate);
    m_rRotaStart->setDateTime(start.isValid() ? start
                                              : QDateTime(QDate::currentDate(), QTime(9, 0)));
    m_rRotaZone->setCurrentIndex(
        std::max(0, m_rRotaZone->findData(rota.timeZone.isEmpty()
                                              ? QString::fromLatin1(QTimeZone::systemTimeZoneId())
                                              : rota.timeZone)));
    m_rShiftDays->setValue(rota.shiftDays);
    m_rOverrides->setRowCount(0);
    for (const RotaOverride &o : rota.overrides) {
        const int row = m_rOverrides->rowCount();
        m_rOverrides->insertRow(row);
        m_rOverrides->setItem(row, 0, new QTableWidgetItem(o.from));
        m_rOverrides->setItem(row, 1, new QTableWidgetItem(o.to));
        m_rOverrides->setItem(row, 2, new QTableWidgetItem(m_document->contactName(o.person)));
    }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_rRotaStart, m_rRotaZone, m_rShiftDays, m_rOverrides})
        w->setEnabled(r.rota.has_value());
    m_rHasEscalation->setChecked(r.escalation.has_value());
    m_rLevels->setRowCount(0);
    if (r.escalation) {
        for (const EscalationLevel &level : r.escalation->levels) {
            const int row = m_rLevels->rowCount();
            m_rLevels->insertRow(row);
            QStringList names;
            for (const QString &id : level.notify)
                names.append(m_document->contactName(id));
            m_rLevels->setItem(row, 0,
                               new QTableWidgetItem(QLocale().toString(level.afterMinutes)));
            m_rLevels->setItem(row, 1, new QTableWidgetItem(names.join(QStringLiteral(", "))));
        }
        m_rRepeat->setValue(r.escalation->repeat);
    }
    m_rLevels->setEnabled(r.escalation.has_value());
    m_rRepeat->setEnabled(r.escalation.has_value());
    m_loading = false;
}

void PeoplePage::fillTreeItem(QTreeWidgetItem *item, const CallTreeNode &node)
{
    // A role rings its on-call person (or first member): named beside it.
    QString who = m_document->contactName(node.contact);
    if (m_document->role(node.contact)) {
        const QString person =
            OnCall::personFor(m_document->plan(), node.contact, QDateTime::currentDateTimeUtc());
        who = person.isEmpty() ? tr("%1 (role): nobody").arg(who)
                               : tr("%1 (role): %2").arg(who, m_document->contactName(person));
    }
    item->setText(0, who);
    item->setData(0, IdRole, node.contact);
    item->setData(0, FallbackRole, node.fallback);
    item->setText(2, node.fallback.isEmpty() ? QString() : m_document->contactName(node.fallback));
    for (const CallTreeNode &child : node.children)
        fillTreeItem(new QTreeWidgetItem(item), child);
}

void PeoplePage::loadTree(const CallTree &t)
{
    m_loading = true;
    m_tName->setText(t.name);
    m_tMinutes->setValue(t.callMinutes());
    m_tTarget->setValue(t.target());
    const QString current =
        m_tTree->currentItem() ? m_tTree->currentItem()->data(0, IdRole).toString() : QString();
    m_tTree->clear();
    auto *root = new QTreeWidgetItem(m_tTree);
    fillTreeItem(root, t.root);
    m_tTree->expandAll();
    // Reach times in the tree's own depth-first order.
    const QList<OnCall::Reach> reach =
        OnCall::expectedReach(m_document->plan(), t, QDateTime::currentDateTimeUtc());
    int i = 0;
    for (QTreeWidgetItemIterator it(m_tTree); *it && i < reach.size(); ++it, ++i) {
        (*it)->setText(1, tr("%1 min").arg(QLocale().toString(reach.at(i).reachMinutes)));
        if ((*it)->data(0, IdRole).toString() == current)
            m_tTree->setCurrentItem(*it);
    }
    const double completion = OnCall::completionMinutes(reach);
    m_tCompletion->setText(
        completion > t.target()
            ? tr("Everyone is reached after %1 min: over the target of %2 min.")
                  .arg(QLocale().toString(completion), QLocale().toString(t.target()))
            : tr("Everyone is reached after %1 min, within the target of %2 min.")
                  .arg(QLocale().toString(completion), QLocale().toString(t.target())));
    m_loading = false;
}

void PeoplePage::refused(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    loadDetail();
    m_error->show();
}

void PeoplePage::commitPerson()
{
    if (m_loading || !m_document || m_kind != QLatin1String("person"))
        return;
    const Person *current = m_document->person(m_id);
    if (!current)
        return;
    Person p = *current;
    p.name = m_pName->text().trimmed();
    p.title = m_pTitle->text().trimmed();
    p.organisation = m_pOrganisation->text().trimmed();
    p.email = m_pEmail->text().trimmed();
    p.phones.clear();
    for (int row = 0; row < m_pPhones->rowCount(); ++row) {
        const QTableWidgetItem *number = m_pPhones->item(row, 1);
        const auto *kind = qobject_cast<QComboBox *>(m_pPhones->cellWidget(row, 0));
        if (!number || number->text().trimmed().isEmpty())
            continue; // a row being typed into
        p.phones.append({phoneKindFromString(kind ? kind->currentData().toString() : QString())
                             .value_or(PhoneKind::Other),
                         number->text().trimmed()});
    }
    p.timeZone = m_pTimeZone->currentData().toString();
    p.deputy = m_pDeputy->currentData().toString();
    const QString verified = m_pVerified->text().trimmed();
    p.verifiedOn = verified.isEmpty() ? std::nullopt : std::optional<QString>(verified);
    p.notes = m_pNotes->text();
    if (p == *current)
        return;
    QString error;
    if (!m_document->changePerson(p, &error))
        refused(error);
    else
        m_error->hide();
}

void PeoplePage::commitRole()
{
    if (m_loading || !m_document || m_kind != QLatin1String("role"))
        return;
    const Role *current = m_document->role(m_id);
    if (!current)
        return;
    // Names typed into the tables name people by name or id.
    auto contactId = [this](const QString &text) {
        return Contacts::resolve(m_document->plan(), text);
    };
    Role r = *current;
    r.name = m_rName->text().trimmed();
    r.team = m_rTeam->currentData().toString();
    const QString mobilisation = m_rMobilisation->text().trimmed();
    bool ok = true;
    r.mobilisationHours = mobilisation.isEmpty()
                              ? std::nullopt
                              : std::optional<double>(QLocale().toDouble(mobilisation, &ok));
    if (!ok) {
        refused(
            tr("Mobilisation: enter a number of hours, such as %1.").arg(QLocale().toString(1.5)));
        return;
    }
    r.members.clear();
    for (int i = 0; i < m_rMembers->count(); ++i)
        r.members.append(m_rMembers->item(i)->data(IdRole).toString());
    if (m_rHasRota->isChecked()) {
        Rota rota = current->rota.value_or(Rota{});
        rota.start = m_rRotaStart->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        rota.timeZone = m_rRotaZone->currentData().toString();
        rota.shiftDays = m_rShiftDays->value();
        // The rota goes round the members in their order.
        rota.order = r.members;
        rota.overrides.clear();
        for (int row = 0; row < m_rOverrides->rowCount(); ++row) {
            auto text = [&](int column) {
                const QTableWidgetItem *item = m_rOverrides->item(row, column);
                return item ? item->text().trimmed() : QString();
            };
            rota.overrides.append({text(0), text(1), contactId(text(2))});
        }
        r.rota = rota;
    } else {
        r.rota.reset();
    }
    if (m_rHasEscalation->isChecked()) {
        EscalationPolicy policy;
        policy.repeat = m_rRepeat->value();
        for (int row = 0; row < m_rLevels->rowCount(); ++row) {
            const QTableWidgetItem *after = m_rLevels->item(row, 0);
            const QTableWidgetItem *notify = m_rLevels->item(row, 1);
            EscalationLevel level;
            level.afterMinutes = after ? QLocale().toDouble(after->text()) : 0;
            for (const QString &name :
                 (notify ? notify->text() : QString()).split(QLatin1Char(','), Qt::SkipEmptyParts))
                level.notify.append(contactId(name));
            policy.levels.append(level);
        }
        if (policy.levels.isEmpty())
            policy.levels.append({0, {r.id}});
        r.escalation = policy;
    } else {
        r.escalation.reset();
    }
    if (r == *current)
        return;
    QString error;
    if (!m_document->changeRole(r, &error))
        refused(error);
    else
        m_error->hide();
}

CallTreeNode PeoplePage::nodeOf(const QTreeWidgetItem *item) const
{
    CallTreeNode node;
    node.contact = item->data(0, IdRole).toString();
    node.fallback = item->data(0, FallbackRole).toString();
    for (int i = 0; i < item->childCount(); ++i)
        node.children.append(nodeOf(item->child(i)));
    return node;
}

void PeoplePage::commitTree()
{
    if (m_loading || !m_document || m_kind != QLatin1String("callTree"))
        return;
    const CallTree *current = m_document->callTree(m_id);
    if (!current)
        return;
    if (m_tTree->topLevelItemCount() != 1) {
        refused(tr("A call tree starts with one person or role; drop the others under someone."));
        return;
    }
    CallTree t = *current;
    t.name = m_tName->text().trimmed();
    t.minutesPerCall = m_tMinutes->value();
    t.targetMinutes = m_tTarget->value();
    t.root = nodeOf(m_tTree->topLevelItem(0));
    if (t == *current)
        return;
    QString error;
    if (!m_document->changeCallTree(t, &error))
        refused(error);
    else
        m_error->hide();
}

void PeoplePage::addPhoneRow(const Phone &phone)
{
    const int row = m_pPhones->rowCount();
    m_pPhones->insertRow(row);
    auto *kind = new QComboBox;
    for (PhoneKind k : {PhoneKind::Mobile, PhoneKind::Office, PhoneKind::Home, PhoneKind::Satellite,
                        PhoneKind::Other})
        kind->addItem(displayName(k), toString(k));
    kind->setCurrentIndex(kind->findData(toString(phone.kind)));
    connect(kind, &QComboBox::currentIndexChanged, this, &PeoplePage::commitPerson);
    m_pPhones->setCellWidget(row, 0, kind);
    m_pPhones->setItem(row, 1, new QTableWidgetItem(phone.number));
    // Tab in reading order: the table, then each row's kind, then the buttons under it.
    QWidget::setTabOrder(row > 0 ? m_pPhones->cellWidget(row - 1, 0) : m_pPhones, kind);
}

void PeoplePage::editPolicy()
{
    if (!m_document)
        return;
    // Window-modal but not blocking, as the tier policy: the plan stays in view behind it.
    auto *dialog = new PeoplePolicyDialog(m_document->plan(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEnabled(!m_document->isReadOnly());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        PeoplePolicy policy;
        QString error;
        if (m_document && dialog->policy(&policy, &error) &&
            !m_document->setPeoplePolicy(policy, &error))
            m_dialogs->showWarning(this, tr("People Policy Not Changed"), error);
    });
    dialog->open();
}

void PeoplePage::askContactSheet(const QStringList &failed)
{
    if (!m_document)
        return;
    const QString suggested = QFileInfo(m_document->filePath())
                                  .dir()
                                  .filePath(QFileInfo(m_document->filePath()).completeBaseName() +
                                            tr("-contacts") + QStringLiteral(".pdf"));
    const QString path = m_dialogs->askExportPath(this, tr("Export the Contact Sheet as PDF"),
                                                  suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportContactSheet(path, failed);
}

bool PeoplePage::exportContactSheet(const QString &path, const QStringList &failed)
{
    if (!m_document)
        return false;
    // Built here from the plan as it is now; laid out and painted on a worker thread.
    auto document = std::make_shared<const Report::Document>(
        contactSheet(m_document->plan(), failed, QDateTime::currentDateTime()));
    return m_exportBar->start(document, path, tr("Contact sheet"));
}

bool PeoplePage::isExporting() const
{
    return m_exportBar->isRunning();
}

void PeoplePage::addTreeNode()
{
    QTreeWidgetItem *under =
        m_tTree->currentItem() ? m_tTree->currentItem() : m_tTree->topLevelItem(0);
    const QString contact = m_tContact->currentData().toString();
    if (!under || contact.isEmpty())
        return;
    auto *item = new QTreeWidgetItem(under);
    item->setData(0, IdRole, contact);
    item->setText(0, m_document->contactName(contact));
    commitTree();
}

void PeoplePage::removeTreeNode()
{
    QTreeWidgetItem *item = m_tTree->currentItem();
    if (!item || !item->parent())
        return; // the root stays: a tree needs one
    delete item;
    commitTree();
}

void PeoplePage::addPerson()
{
    if (!m_document)
        return;
    Person p;
    p.name = tr("New person");
    p.id = m_document->uniqueContactId(p.name);
    QString error;
    if (!m_document->addPerson(p, &error)) {
        m_dialogs->showError(this, tr("Add Person"), error);
        return;
    }
    showPerson(p.id);
    // After the refresh the addition queued: its new name ready to be typed over.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pName->setFocus();
            m_pName->selectAll();
        },
        Qt::QueuedConnection);
}

void PeoplePage::addRole()
{
    if (!m_document)
        return;
    Role r;
    r.name = tr("New role");
    r.id = m_document->uniqueContactId(r.name);
    QString error;
    if (!m_document->addRole(r, &error)) {
        m_dialogs->showError(this, tr("Add Role"), error);
        return;
    }
    showRole(r.id);
    // After the refresh the addition queued: its new name ready to be typed over.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_rName->setFocus();
            m_rName->selectAll();
        },
        Qt::QueuedConnection);
}

void PeoplePage::addCallTree()
{
    if (!m_document)
        return;
    const Plan &plan = m_document->plan();
    if (plan.persons.isEmpty() && plan.roles.isEmpty()) {
        m_dialogs->showError(this, tr("Add Call Tree"),
                             tr("A call tree starts with a person or a role: add one first."));
        return;
    }
    CallTree t;
    t.name = tr("New call tree");
    t.id = m_document->uniqueCallTreeId(t.name);
    t.root.contact =
        !plan.roles.isEmpty() ? plan.roles.constFirst().id : plan.persons.constFirst().id;
    QString error;
    if (!m_document->addCallTree(t, &error)) {
        m_dialogs->showError(this, tr("Add Call Tree"), error);
        return;
    }
    showCallTree(t.id);
    // After the refresh the addition queued: its new name ready to be typed over.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_tName->setFocus();
            m_tName->selectAll();
        },
        Qt::QueuedConnection);
}

void PeoplePage::removeCurrent()
{
    if (!m_document || m_id.isEmpty())
        return;
    QString error;
    const QString kind = m_kind;
    const bool ok = kind == QLatin1String("person") ? m_document->removePerson(m_id, &error)
                    : kind == QLatin1String("role") ? m_document->removeRole(m_id, &error)
                                                    : m_document->removeCallTree(m_id, &error);
    if (!ok) {
        m_dialogs->showError(this, tr("Delete"), error);
        return;
    }
    show(QString(), QString());
}

} // namespace Continuity
