// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Continuity::HelpDialogs {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::HelpDialogs)
};

// A menu text as it reads: "&Processes && BIA" is "Processes & BIA".
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void addRow(QTableWidget *table, const QString &where, const QString &what, const QString &keys)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(where));
    table->setItem(row, 1, new QTableWidgetItem(what));
    table->setItem(row, 2, new QTableWidgetItem(keys));
}

void addMenu(QTableWidget *table, QMenu *menu, const QString &where)
{
    for (QAction *action : menu->actions()) {
        if (QMenu *sub = action->menu()) {
            addMenu(table, sub, where + QStringLiteral(" › ") + plain(sub->title()));
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            addRow(table, where, plain(action->text()), keys.join(Tr::tr(" or ")));
    }
}

} // namespace

void showShortcuts(QMainWindow *window)
{
    QDialog dialog(window);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(Tr::tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 3, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({Tr::tr("Where"), Tr::tr("What"), Tr::tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (QAction *top : window->menuBar()->actions()) {
        if (QMenu *menu = top->menu())
            addMenu(table, menu, plain(menu->title()));
    }
    // Keys of places that are not menu items.
    const QString console = Tr::tr("Live console");
    addRow(table, console, Tr::tr("Start the selected step"), QStringLiteral("S"));
    addRow(table, console, Tr::tr("Finish the selected step"), QStringLiteral("F"));
    addRow(table, console, Tr::tr("Add a note to the timeline"), QStringLiteral("N"));
    addRow(table, console, Tr::tr("Pause or resume the exercise"), QStringLiteral("P"));
    addRow(table, console, Tr::tr("Declare the start"), QStringLiteral("D"));
    addRow(table, console, Tr::tr("Correct the selected time"), QStringLiteral("C"));
    addRow(table, console, Tr::tr("The service chosen above is recovered"), QStringLiteral("R"));
    addRow(table, console, Tr::tr("End the exercise"), QStringLiteral("Ctrl+E"));
    const QString drill = Tr::tr("Call-tree drill");
    addRow(table, drill, Tr::tr("The selected person confirmed"), QStringLiteral("R"));
    addRow(table, drill, Tr::tr("The selected person cannot be reached"), QStringLiteral("U"));
    addRow(table, drill, Tr::tr("Not confirmed after all"), QStringLiteral("Backspace"));
    addRow(table, drill, Tr::tr("Their contact details were wrong"), QStringLiteral("E"));
    const QString map = Tr::tr("Dependency map");
    addRow(table, map, Tr::tr("Find a node"),
           QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    addRow(table, map, Tr::tr("Delete the selection"),
           QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(std::max(640, table->horizontalHeader()->length() + 60), 680);
    dialog.exec();
}

void showUserGuide(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("userGuideDialog"));
    dialog.setWindowTitle(Tr::tr("Continuity User Guide"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("userGuide"));
    // Our own text; links inside it are anchors, nothing outside is followed or loaded.
    browser->setOpenLinks(false);
    QFile guide(QStringLiteral(":/continuity/user-guide.md"));
    browser->setMarkdown(guide.open(QIODevice::ReadOnly) ? QString::fromUtf8(guide.readAll())
                                                         : Tr::tr("The user guide is missing."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(820, 720);
    dialog.exec();
}

} // namespace Continuity::HelpDialogs
