// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tables/FormCellDelegate.h"
#include <QPointer>
#include <QStringListModel>

class QLineEdit;

namespace Continuity {

class PlanDocument;
class UserDialogs;

// Owner fields everywhere (docs/people.md): they complete over the plan's persons and roles,
// and a name that is neither can become a new person or role on the spot.

// The names of the plan's persons and roles, kept current as people change.
class ContactNames : public QStringListModel
{
    Q_OBJECT

public:
    ContactNames(PlanDocument *document, QObject *parent = nullptr);

private:
    void refresh();
    QPointer<PlanDocument> m_document;
};

namespace OwnerField {

// Gives `edit` a completer over `names` (case-insensitive, anywhere in the name).
void attach(QLineEdit *edit, QAbstractItemModel *names);
// What an owner typed as `text` is to be stored as: the contact it names; or, when it names
// nobody in a plan that has people, what the user chooses: a new person or role of that name
// (added as an undo step of its own, and its id returned), or the text as it is.
QString contactFor(PlanDocument *document, UserDialogs *dialogs, QWidget *parent,
                   const QString &text);

} // namespace OwnerField

// An owner column of a table: edited with completion, and a new name offered as a new contact.
class OwnerDelegate : public FormCellDelegate
{
    Q_OBJECT

public:
    OwnerDelegate(PlanDocument *document, UserDialogs *dialogs, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QPointer<PlanDocument> m_document;
    UserDialogs *m_dialogs;
    ContactNames *m_names;
};

} // namespace Continuity
