// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenFromServerDialog.h"

#include "server/PgConnection.h"
#include "server/ServerPlan.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace Continuity {

OpenFromServerDialog::OpenFromServerDialog(const QString &server, QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(server))
    , m_password(new QLineEdit)
    , m_plans(new QListWidget)
    , m_status(new QLabel)
    , m_show(new QPushButton(tr("Show Pla&ns")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Open Plan from Server"));
    setObjectName(QStringLiteral("openFromServerDialog"));
    m_server->setObjectName(QStringLiteral("serverAddress"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_server->setMinimumWidth(m_server->fontMetrics().horizontalAdvance(
                                  QStringLiteral("postgresql://planner@db.example.com:5432/bcm")) +
                              24);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the server asks for one"));
    m_plans->setObjectName(QStringLiteral("serverPlans"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    QPushButton *show = m_show;
    show->setObjectName(QStringLiteral("showPlans"));
    auto *address = new QHBoxLayout;
    address->addWidget(m_server, 1);
    address->addWidget(show);
    auto *form = new QFormLayout;
    auto *serverLabel = new QLabel(tr("&Server:"));
    serverLabel->setBuddy(m_server);
    form->addRow(serverLabel, address);
    form->addRow(tr("&Password:"), m_password);
    auto *plansLabel = new QLabel(tr("P&lans you may open:"));
    plansLabel->setBuddy(m_plans);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(plansLabel);
    layout->addWidget(m_plans, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Enter in the address or the password lists the plans; it never opens one unseen (no
    // default button: Enter on a listed plan opens it).
    show->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Open)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Open)->setDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(show, &QPushButton::clicked, this, &OpenFromServerDialog::listPlans);
    connect(m_server, &QLineEdit::returnPressed, this, &OpenFromServerDialog::listPlans);
    connect(m_password, &QLineEdit::returnPressed, this, &OpenFromServerDialog::listPlans);
    connect(m_server, &QLineEdit::textChanged, this, [this] {
        // Whatever was asked of another address is moot.
        ++m_asked;
        m_busy = false;
        m_plans->clear();
        m_status->clear();
        updateButtons();
    });
    connect(m_plans, &QListWidget::currentRowChanged, this, &OpenFromServerDialog::updateButtons);
    connect(m_plans, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

struct OpenFromServerDialog::Listing
{
    QList<Server::PlanEntry> plans;
    QString error;
    bool ok = false;
};

void OpenFromServerDialog::listPlans()
{
    m_plans->clear();
    const QString text = m_server->text().trimmed();
    const QString password = m_password->text();
    // The server is asked on a worker (one that does not answer keeps only the worker waiting);
    // a newer question makes the answer to an older one moot.
    const int asked = ++m_asked;
    m_status->setText(tr("Asking the server for its plans…"));
    m_busy = true;
    updateButtons();
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher, asked] {
        watcher->deleteLater();
        if (asked != m_asked)
            return;
        m_busy = false;
        showPlans(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([text, password] {
        Listing listing;
        Server::ServerUrl url;
        std::unique_ptr<Server::PgConnection> connection;
        listing.ok = Server::ServerUrl::parse(text, &url, &listing.error) &&
                     (connection = Server::PgConnection::connect(url.connection, &listing.error,
                                                                 password)) &&
                     Server::listPlans(*connection, &listing.plans, &listing.error);
        return listing;
    }));
}

void OpenFromServerDialog::showPlans(const Listing &listing)
{
    m_plans->clear();
    if (!listing.ok) {
        m_status->setText(listing.error);
        updateButtons();
        emit plansListed();
        return;
    }
    for (const Server::PlanEntry &plan : listing.plans)
        m_plans->addItem(plan.name);
    m_status->setText(listing.plans.isEmpty()
                          ? tr("This login may open no plan on that server.")
                          : tr("%n plan(s) on the server.", nullptr, int(listing.plans.size())));
    if (!listing.plans.isEmpty()) {
        m_plans->setCurrentRow(0);
        m_plans->setFocus();
    }
    updateButtons();
    emit plansListed();
}

void OpenFromServerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_plans->currentItem() != nullptr);
    m_show->setEnabled(!m_busy);
}

QString OpenFromServerDialog::server() const
{
    return m_server->text().trimmed();
}

QString OpenFromServerDialog::planUrl() const
{
    if (!m_plans->currentItem())
        return QString();
    Server::ServerUrl url;
    QString error;
    if (!Server::ServerUrl::parse(server(), &url, &error))
        return QString();
    url.plan = m_plans->currentItem()->text();
    return url.connection +
           (url.connection.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("plan=") + url.plan;
}

QString OpenFromServerDialog::password() const
{
    return m_password->text();
}

} // namespace Continuity
