// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Continuity {

namespace Server {
struct PushBackInput;
struct PushBackReport;
} // namespace Server

// The one seam through which the window asks the user things and tells them about errors
// (STYLE "Errors": dialogs go through small seams that tests can script). The default
// implementation uses QMessageBox and QFileDialog; GUI tests install a scripted one.
class UserDialogs
{
public:
    virtual ~UserDialogs() = default;

    virtual void showError(QWidget *parent, const QString &title, const QString &message);
    virtual void showWarning(QWidget *parent, const QString &title, const QString &message);
    // An existing plan file to open; empty when cancelled.
    virtual QString askOpenPath(QWidget *parent, const QString &directory);
    // A plan on a server (OpenFromServerDialog), starting from the address `server`: its URL
    // (postgresql://…?plan=NAME), the address as last typed and a password if one was typed.
    // false when cancelled.
    virtual bool askServerPlan(QWidget *parent, QString *server, QString *url, QString *password);
    // File > Push Back to Server… (PushBackDialog): compares the file with its server's plan,
    // lets the user decide the conflicts and pushes back; false when cancelled, else what was
    // pushed back (the window's file then takes the server's plan).
    virtual bool askPushBack(QWidget *parent, const Server::PushBackInput &input,
                             Server::PushBackReport *report);
    // A path to write a plan to (new plan, Save As, snapshot); empty when cancelled.
    virtual QString askSavePath(QWidget *parent, const QString &title, const QString &suggested);
    // A path to export a picture or report to, `filter` as for QFileDialog ("PNG (*.png);;…");
    // empty when cancelled.
    virtual QString askExportPath(QWidget *parent, const QString &title, const QString &suggested,
                                  const QString &filter);
    // An existing file to read (a CSV export, a mapping file), `filter` as for QFileDialog;
    // empty when cancelled.
    virtual QString askOpenFile(QWidget *parent, const QString &title, const QString &filter);
    // Whether to go on with what `message` describes; `accept` names the action ("End
    // Exercise"). false when cancelled.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &message,
                         const QString &accept);
    // One of `options` (button texts, the first the default); -1 when cancelled.
    virtual int choose(QWidget *parent, const QString &title, const QString &message,
                       const QStringList &options);
    // A line of text (a group name, ...); empty when cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label,
                            const QString &initial);
    // One of a list of items in a drop-down (a supplier, ...); its index, -1 when cancelled.
    virtual int chooseItem(QWidget *parent, const QString &title, const QString &label,
                           const QStringList &items);
};

} // namespace Continuity
