// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/PushBack.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Continuity {

// File > Push Back to Server… (docs/decisions/offline-push-back.md): compares the plan file,
// taken offline from a server, with the plan on the server (on a worker), lists what the file
// changed since and every conflict with who changed it on the server, and pushes back once the
// user has said which version of each conflict wins. Nothing is decided silently.
class PushBackDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushBackDialog)

public:
    explicit PushBackDialog(const Server::PushBackInput &input, QWidget *parent = nullptr);

    // After accept(): what was pushed back (the window's file then takes the server's plan).
    const Server::PushBackReport &report() const { return m_report; }

    // Compares the file with the server's plan again (on a worker); compared() when done.
    void compare();

    // Not while pushing: the server's write goes on whatever the dialog does, and the file must
    // then take its result.
    void reject() override;

signals:
    void compared();
    // A push-back finished; the dialog is accepted when it went through.
    void pushFinished();

private:
    struct Outcome;
    void runOnServer(PlanMerge::Resolution resolution, bool dryRun,
                     const std::function<void(const Outcome &)> &done);
    void showComparison(const Outcome &outcome);
    void push();
    void updateButtons();

    Server::PushBackInput m_input;
    Server::PushBackReport m_report;
    QLabel *m_where;
    QLineEdit *m_password;
    QListWidget *m_items;
    QLabel *m_status;
    QGroupBox *m_choice;
    QRadioButton *m_keepServer;
    QRadioButton *m_useFile;
    QPushButton *m_push;
    QDialogButtonBox *m_buttons;
    QString m_note;  // said before the next comparison's result
    int m_asked = 0; // the question whose answer is awaited
    bool m_busy = false;
    bool m_pushing = false;
    bool m_compared = false;
    bool m_conflicts = false;
};

} // namespace Continuity
