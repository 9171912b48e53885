// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushBackDialog.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace Continuity {

struct PushBackDialog::Outcome
{
    Server::PushBackReport report;
    QString error;
    bool ok = false;
};

PushBackDialog::PushBackDialog(const Server::PushBackInput &input, QWidget *parent)
    : QDialog(parent)
    , m_input(input)
    , m_where(new QLabel)
    , m_password(new QLineEdit)
    , m_items(new QListWidget)
    , m_status(new QLabel)
    , m_choice(new QGroupBox(tr("Conflicts: which version wins")))
    , m_keepServer(new QRadioButton(tr("Keep the &server's version of each")))
    , m_useFile(new QRadioButton(tr("Use the &file's version of each (replaces the server's)")))
    , m_push(new QPushButton(tr("&Push Back")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Push Back to Server"));
    setObjectName(QStringLiteral("pushBackDialog"));
    const QDateTime at = QDateTime::fromString(input.origin.at, Qt::ISODateWithMs);
    m_where->setText(
        tr("%1 was taken from plan “%2” on %3 at %4. Its changes since then go back to the "
           "server; what others changed there meanwhile stays.")
            .arg(input.fileName, input.origin.plan, input.origin.url,
                 QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_password->setObjectName(QStringLiteral("pushBackPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the server asks for one"));
    m_items->setObjectName(QStringLiteral("pushBackItems"));
    m_items->setWordWrap(true);
    m_items->setTextElideMode(Qt::ElideNone);
    m_status->setObjectName(QStringLiteral("pushBackStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_choice->setObjectName(QStringLiteral("pushBackChoice"));
    m_keepServer->setObjectName(QStringLiteral("keepServer"));
    m_useFile->setObjectName(QStringLiteral("useFile"));
    m_push->setObjectName(QStringLiteral("pushBack"));
    auto *choices = new QVBoxLayout(m_choice);
    choices->addWidget(m_keepServer);
    choices->addWidget(m_useFile);
    // Neither is chosen at first: a conflict is never decided for the user.
    auto *group = new QButtonGroup(this);
    group->addButton(m_keepServer);
    group->addButton(m_useFile);
    m_choice->setVisible(false);
    m_buttons->addButton(m_push, QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("P&assword:"), m_password);
    auto *itemsLabel = new QLabel(tr("&Changes and conflicts:"));
    itemsLabel->setBuddy(m_items);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addLayout(form);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_choice);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 125, fontMetrics().height() * 34);

    // Enter in the password compares again; only the button pushes.
    m_push->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_password, &QLineEdit::returnPressed, this, &PushBackDialog::compare);
    connect(m_push, &QPushButton::clicked, this, &PushBackDialog::push);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(group, &QButtonGroup::buttonToggled, this, &PushBackDialog::updateButtons);
    compare();
}

void PushBackDialog::compare()
{
    m_compared = false;
    m_items->clear();
    m_status->setText(tr("Comparing the file with the plan on the server…"));
    runOnServer(PlanMerge::Resolution::Refuse, true, [this](const Outcome &outcome) {
        showComparison(outcome);
        emit compared();
    });
}

void PushBackDialog::runOnServer(PlanMerge::Resolution resolution, bool dryRun,
                                 const std::function<void(const Outcome &)> &done)
{
    // On a worker (a server that does not answer keeps only the worker waiting); a newer run
    // makes the answer to an older one moot.
    const int asked = ++m_asked;
    m_busy = true;
    updateButtons();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, asked, done] {
        watcher->deleteLater();
        if (asked != m_asked)
            return;
        m_busy = false;
        done(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([input = m_input, password = m_password->text(), resolution, dryRun] {
            Outcome outcome;
            outcome.ok = Server::pushBackToServer(input, input.origin.url, password, resolution,
                                                  dryRun, &outcome.report, &outcome.error);
            return outcome;
        }));
}

void PushBackDialog::showComparison(const Outcome &outcome)
{
    m_items->clear();
    if (!outcome.ok) {
        m_status->setText(outcome.error);
        m_note.clear();
        updateButtons();
        return;
    }
    m_compared = true;
    const PlanMerge::Result &merge = outcome.report.merge;
    for (const PlanMerge::Taken &t : merge.taken)
        m_items->addItem(tr("To write: %1").arg(PlanMerge::describe(t)));
    for (const QString &line : outcome.report.conflictLines) {
        auto *item = new QListWidgetItem(tr("Conflict: %1").arg(line));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_items->addItem(item);
    }
    m_conflicts = !merge.conflicts.isEmpty();
    QString text = tr("%n change(s) made in the file to write.", nullptr, int(merge.taken.size()));
    text += QLatin1Char(' ') + tr("%n item(s) changed on the server since stay as they are there.",
                                  nullptr, int(merge.theirsKept));
    if (m_conflicts) {
        text += QLatin1Char(' ') +
                tr("%n item(s) changed in both, differently: choose which version wins.", nullptr,
                   int(merge.conflicts.size()));
    } else if (merge.taken.isEmpty()) {
        text += QLatin1Char(' ') + tr("Nothing to write; the file will take the server's plan.");
    }
    m_status->setText(m_note.isEmpty() ? text : m_note + QLatin1Char(' ') + text);
    m_note.clear();
    m_choice->setVisible(m_conflicts);
    updateButtons();
}

void PushBackDialog::push()
{
    if (m_busy || !m_compared)
        return;
    const PlanMerge::Resolution resolution = !m_conflicts ? PlanMerge::Resolution::Refuse
                                             : m_useFile->isChecked()
                                                 ? PlanMerge::Resolution::TakeMine
                                                 : PlanMerge::Resolution::KeepTheirs;
    m_pushing = true;
    m_status->setText(tr("Pushing back…"));
    runOnServer(resolution, false, [this](const Outcome &outcome) {
        m_pushing = false;
        if (outcome.ok && !outcome.report.refused) {
            m_report = outcome.report;
            emit pushFinished();
            accept();
            return;
        }
        emit pushFinished();
        if (outcome.ok) {
            // Someone changed a conflicting item while the user decided: compare again.
            m_note = tr("The plan on the server changed meanwhile; nothing was pushed. Look at "
                        "the comparison again.");
            compare();
            return;
        }
        m_status->setText(outcome.error);
        updateButtons();
    });
}

void PushBackDialog::reject()
{
    if (!m_pushing)
        QDialog::reject();
}

void PushBackDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_pushing);
    m_push->setEnabled(!m_busy && m_compared &&
                       (!m_conflicts || m_keepServer->isChecked() || m_useFile->isChecked()));
    m_password->setEnabled(!m_busy);
}

} // namespace Continuity
