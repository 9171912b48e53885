// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Continuity {

// File > Open from Server… (docs/team-server.md): a server's address
// (postgresql://user@host:5432/database), the plans on it that the login may read, and a
// password when the server asks for one and neither the address nor ~/.pgpass gives it. The
// password lives only as long as the window's connection; Continuity never writes it anywhere.
class OpenFromServerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenFromServerDialog)

public:
    explicit OpenFromServerDialog(const QString &server, QWidget *parent = nullptr);

    // The chosen plan's URL (the server's address with plan=NAME), and the password typed.
    QString planUrl() const;
    QString password() const;
    QString server() const;

    // Asks the server for its plans (also what "Show Plans" does), on a worker: the dialog
    // says it is asking, and shows the plans or what is wrong when the answer comes
    // (plansListed).
    void listPlans();

signals:
    void plansListed();

private:
    struct Listing;
    void showPlans(const Listing &listing);
    void updateButtons();

    QLineEdit *m_server;
    QLineEdit *m_password;
    QListWidget *m_plans;
    QLabel *m_status;
    QPushButton *m_show;
    int m_asked = 0; // the question whose answer is awaited
    bool m_busy = false;
    QDialogButtonBox *m_buttons;
};

} // namespace Continuity
