// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDialogs.h"

#include "OpenFromServerDialog.h"
#include "PushBackDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace Continuity {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::UserDialogs)
};

QString planFilter()
{
    return Tr::tr("Continuity plans (*.continuity);;All files (*)");
}

void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                 const QString &message)
{
    QMessageBox box(icon, title, message, QMessageBox::Ok, parent);
    // File names and messages may hold anything the user typed: never rich text.
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
} // namespace

void UserDialogs::showError(QWidget *parent, const QString &title, const QString &message)
{
    showMessage(parent, QMessageBox::Critical, title, message);
}

void UserDialogs::showWarning(QWidget *parent, const QString &title, const QString &message)
{
    showMessage(parent, QMessageBox::Warning, title, message);
}

QString UserDialogs::askOpenPath(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, Tr::tr("Open Plan"), directory, planFilter());
}

bool UserDialogs::askPushBack(QWidget *parent, const Server::PushBackInput &input,
                              Server::PushBackReport *report)
{
    PushBackDialog dialog(input, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *report = dialog.report();
    return true;
}

bool UserDialogs::askServerPlan(QWidget *parent, QString *server, QString *url, QString *password)
{
    OpenFromServerDialog dialog(*server, parent);
    if (!server->isEmpty())
        dialog.listPlans();
    const bool chosen = dialog.exec() == QDialog::Accepted && !dialog.planUrl().isEmpty();
    *server = dialog.server();
    if (chosen) {
        *url = dialog.planUrl();
        *password = dialog.password();
    }
    return chosen;
}

QString UserDialogs::askSavePath(QWidget *parent, const QString &title, const QString &suggested)
{
    QString path = QFileDialog::getSaveFileName(parent, title, suggested, planFilter());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".continuity")))
        path += QStringLiteral(".continuity");
    return path;
}

QString UserDialogs::askExportPath(QWidget *parent, const QString &title, const QString &suggested,
                                   const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString UserDialogs::askOpenFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

bool UserDialogs::confirm(QWidget *parent, const QString &title, const QString &message,
                          const QString &accept)
{
    QMessageBox box(QMessageBox::Question, title, message, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *yes = box.addButton(accept, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

int UserDialogs::choose(QWidget *parent, const QString &title, const QString &message,
                        const QStringList &options)
{
    QMessageBox box(QMessageBox::Question, title, message, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QAbstractButton *> buttons;
    for (const QString &option : options)
        buttons.append(box.addButton(option, QMessageBox::AcceptRole));
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.constFirst()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

QString UserDialogs::askText(QWidget *parent, const QString &title, const QString &label,
                             const QString &initial)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? text.trimmed() : QString();
}

int UserDialogs::chooseItem(QWidget *parent, const QString &title, const QString &label,
                            const QStringList &items)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(item)) : -1;
}

} // namespace Continuity
