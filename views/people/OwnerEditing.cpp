// SPDX-License-Identifier: GPL-3.0-or-later
#include "OwnerEditing.h"

#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"

#include <QCompleter>
#include <QLineEdit>

namespace Continuity {

ContactNames::ContactNames(PlanDocument *document, QObject *parent)
    : QStringListModel(parent)
    , m_document(document)
{
    refresh();
    if (document) {
        connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
            using E = PlanChange::Entity;
            if (change.entity == E::Person || change.entity == E::Role ||
                change.entity == E::WholePlan)
                refresh();
        });
    }
}

void ContactNames::refresh()
{
    QStringList names;
    if (m_document) {
        const Plan &plan = m_document->plan();
        names.reserve(plan.persons.size() + plan.roles.size());
        for (const Person &p : plan.persons)
            names.append(p.name);
        for (const Role &r : plan.roles)
            names.append(r.name);
        names.sort(Qt::CaseInsensitive);
    }
    setStringList(names);
}

namespace OwnerField {

void attach(QLineEdit *edit, QAbstractItemModel *names)
{
    auto *completer = new QCompleter(names, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

QString contactFor(PlanDocument *document, UserDialogs *dialogs, QWidget *parent,
                   const QString &typed)
{
    const QString text = typed.trimmed();
    if (!document || text.isEmpty())
        return text;
    const Plan &plan = document->plan();
    const QString id = Contacts::resolve(plan, text);
    if (Contacts::person(plan, id) || Contacts::role(plan, id))
        return id;
    // A plan without people keeps its owners as text, as it always did.
    if ((plan.persons.isEmpty() && plan.roles.isEmpty()) || document->isReadOnly() || !dialogs)
        return text;
    const int choice = dialogs->choose(
        parent, ContactNames::tr("New Contact"),
        ContactNames::tr("\"%1\" is not a person or role of the plan yet. Add them, so that "
                         "their phones and rota can be kept, or keep the name as text?")
            .arg(text),
        {ContactNames::tr("Add as a Person"), ContactNames::tr("Add as a Role"),
         ContactNames::tr("Keep as Text")});
    QString error;
    if (choice == 0) {
        Person p;
        p.id = document->uniqueContactId(text);
        p.name = text;
        if (document->addPerson(p, &error))
            return p.id;
    } else if (choice == 1) {
        Role r;
        r.id = document->uniqueContactId(text);
        r.name = text;
        if (document->addRole(r, &error))
            return r.id;
    } else {
        return text;
    }
    dialogs->showWarning(parent, ContactNames::tr("New Contact"), error);
    return text;
}

} // namespace OwnerField

OwnerDelegate::OwnerDelegate(PlanDocument *document, UserDialogs *dialogs, QObject *parent)
    : FormCellDelegate(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_names(new ContactNames(document, this))
{}

QWidget *OwnerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        OwnerField::attach(edit, m_names);
    return editor;
}

void OwnerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Unchanged text (the name as shown) is not a new name.
    if (edit->text().trimmed() == index.data(Qt::EditRole).toString().trimmed())
        return;
    const QString owner =
        OwnerField::contactFor(m_document, m_dialogs, editor->window(), edit->text());
    model->setData(index, owner, Qt::EditRole);
}

} // namespace Continuity
