// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Continuity {

struct Phone;

class PlanDocument;
class ReportExportBar;
class UserDialogs;
struct CallTree;
struct CallTreeNode;
struct Person;
struct Role;
struct PlanChange;

// The People area (product/10-people.md, docs/people.md): persons, roles and call trees side by
// side with one search; the selected one's card (phones as tel: links, e-mail as mailto:, who is
// on call now and the coming shifts) above its form. Every field is written as it is left, one
// undo step each; a refused value says why and shows the stored one again.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    PeoplePage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~PeoplePage() override;

    void showPerson(const QString &id);
    void showRole(const QString &id);
    void showCallTree(const QString &id);
    // What the detail shows: "person", "role", "callTree" or empty, and its id.
    QString currentKind() const { return m_kind; }
    QString currentId() const { return m_id; }
    // The contact sheet (docs/people.md) for a scenario (failed node ids; empty: everyone the
    // plan names) as a PDF: asks where, then writes it in the background.
    void askContactSheet(const QStringList &failed);
    // Opens the people policy (verification period, RTO escalation, defaults per tier).
    void editPolicy();
    bool exportContactSheet(const QString &path, const QStringList &failed);
    bool isExporting() const;

signals:
    void statusMessage(const QString &message, int timeout);

private:
    // A row of the phones table: its kind as a choice, its number as text.
    void addPhoneRow(const Phone &phone);
    void buildUi();
    QWidget *buildPersonForm();
    QWidget *buildRoleForm();
    QWidget *buildTreeForm();
    void onChanged(const PlanChange &change);
    void rebuildLists();
    void filter();
    void show(const QString &kind, const QString &id);
    void loadDetail();
    void loadPerson(const Person &p);
    void loadRole(const Role &r);
    void loadTree(const CallTree &t);
    void refused(const QString &message);
    void commitPerson();
    void commitRole();
    void commitTree();
    void addPerson();
    void addRole();
    void addCallTree();
    void removeCurrent();
    void addTreeNode();
    void removeTreeNode();
    CallTreeNode nodeOf(const QTreeWidgetItem *item) const;
    void fillTreeItem(QTreeWidgetItem *parent, const CallTreeNode &node);
    void fillContactCombo(QComboBox *combo, bool persons, bool roles, bool none) const;

    QPointer<PlanDocument> m_document;
    UserDialogs *m_dialogs;
    QString m_kind;
    QString m_id;
    bool m_loading = false;
    bool m_refreshQueued = false;

    QLineEdit *m_search = nullptr;
    QListWidget *m_persons = nullptr;
    QListWidget *m_roles = nullptr;
    QListWidget *m_trees = nullptr;
    QPushButton *m_remove = nullptr;
    ReportExportBar *m_exportBar = nullptr;
    QStackedWidget *m_detail = nullptr;
    QTextBrowser *m_card = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_forms = nullptr;

    // Person form.
    QLineEdit *m_pName = nullptr;
    QLineEdit *m_pTitle = nullptr;
    QLineEdit *m_pOrganisation = nullptr;
    QLineEdit *m_pEmail = nullptr;
    QTableWidget *m_pPhones = nullptr;
    QComboBox *m_pTimeZone = nullptr;
    QComboBox *m_pDeputy = nullptr;
    QLineEdit *m_pVerified = nullptr;
    QLineEdit *m_pNotes = nullptr;
    // Role form.
    QLineEdit *m_rName = nullptr;
    QComboBox *m_rTeam = nullptr;
    QLineEdit *m_rMobilisation = nullptr;
    QListWidget *m_rMembers = nullptr;
    QComboBox *m_rAddMember = nullptr;
    QCheckBox *m_rHasRota = nullptr;
    QDateTimeEdit *m_rRotaStart = nullptr;
    QComboBox *m_rRotaZone = nullptr;
    QSpinBox *m_rShiftDays = nullptr;
    QTableWidget *m_rOverrides = nullptr;
    QCheckBox *m_rHasEscalation = nullptr;
    QTableWidget *m_rLevels = nullptr;
    QSpinBox *m_rRepeat = nullptr;
    // Call tree form.
    QLineEdit *m_tName = nullptr;
    QDoubleSpinBox *m_tMinutes = nullptr;
    QDoubleSpinBox *m_tTarget = nullptr;
    QTreeWidget *m_tTree = nullptr;
    QComboBox *m_tContact = nullptr;
    QComboBox *m_tFallback = nullptr;
    QLabel *m_tCompletion = nullptr;
};

} // namespace Continuity
