// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QStringListModel;
class QTableWidget;
class QPushButton;

namespace Continuity {

class PlanDocument;
class UserDialogs;

// The inspector (PRODUCT §4): every attribute of the selected process or service (PRODUCT §2),
// edited in place; each change is one undoable edit of the document, and a refused one says
// why under the form and shows the stored value again. Below, the selection's providers with
// their strength and group, to add, change and remove. Follows the document, so undo and
// edits elsewhere show at once.
class NodeInspector : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeInspector)

public:
    explicit NodeInspector(PlanDocument *document, QWidget *parent = nullptr);
    ~NodeInspector() override;

    void setNode(const QString &id);
    QString node() const { return m_id; }
    // Asks whether a new owner name becomes a new person or role; none: kept as text.
    void setDialogs(UserDialogs *dialogs);
    QSize sizeHint() const override { return {440, 600}; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Labels beside their fields where both fit, above them where the dock is too narrow for
    // the longest label and a field of readable width (German and French labels are long).
    void fitForm(QFormLayout *form);
    void load();
    QString ownerFrom(QLineEdit *edit, const QString &current);
    void commitProcess();
    void commitService();
    void refused(const QString &message);
    void loadDependencies();
    void addDependency();

    PlanDocument *m_document;
    QStringListModel *m_contactNames = nullptr;
    UserDialogs *m_dialogs = nullptr;
    QString m_id;
    bool m_loading = false;
    QLabel *m_title;
    QLabel *m_error;
    QStackedWidget *m_forms;
    QList<QFormLayout *> m_formLayouts;
    // Process form.
    QLineEdit *m_pName;
    QLineEdit *m_pOwner;
    QPlainTextEdit *m_pDescription;
    QComboBox *m_pTier;
    QComboBox *m_pActivity;
    QLineEdit *m_pTierReason;
    QLineEdit *m_pMtd;
    QLineEdit *m_pRto;
    QLineEdit *m_pRpo;
    QLineEdit *m_pLoss;
    QLineEdit *m_pRecovery;
    // Service form.
    QLineEdit *m_sName;
    QComboBox *m_sKind;
    QLineEdit *m_sOwner;
    QPlainTextEdit *m_sDescription;
    QComboBox *m_sEnvironment;
    QLineEdit *m_sProvider;
    QComboBox *m_sDeployment;
    QComboBox *m_sReplication;
    QLineEdit *m_sReplicationHours;
    QLineEdit *m_sRecovery;
    QLineEdit *m_sRto;
    QLineEdit *m_sRpo;
    QLineEdit *m_sMtbf;
    QLineEdit *m_sMttr;
    QComboBox *m_sTier;
    QLineEdit *m_sTierReason;
    QLineEdit *m_sTags;
    QLabel *m_sAttributes = nullptr;
    QLabel *m_sAttributesLabel = nullptr;
    // Dependencies.
    QTableWidget *m_providers;
    QComboBox *m_newProvider;
    QComboBox *m_newStrength;
    QPushButton *m_add;
    QTableWidget *m_groups;
    QLineEdit *m_newGroup;
    QPushButton *m_addGroup;
    QListWidget *m_consumers;
};

} // namespace Continuity
