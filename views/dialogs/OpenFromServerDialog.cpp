// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenFromServerDialog.h"

#include "server/PgConnection.h"
#include "server/ServerPlan.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Continuity {

OpenFromServerDialog::OpenFromServerDialog(const QString &server, QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(server))
    , m_password(new QLineEdit)
    , m_plans(new QListWidget)
    , m_status(new QLabel)
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

    auto *show = new QPushButton(tr("Show Pla&ns"));
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
        m_plans->clear();
        updateButtons();
    });
    connect(m_plans, &QListWidget::currentRowChanged, this, &OpenFromServerDialog::updateButtons);
    connect(m_plans, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void OpenFromServerDialog::listPlans()
{
    m_plans->clear();
    Server::ServerUrl url;
    QString error;
    const QString text = m_server->text().trimmed();
    std::unique_ptr<Server::PgConnection> connection;
    QList<Server::PlanEntry> plans;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok =
        Server::ServerUrl::parse(text, &url, &error) &&
        (connection = Server::PgConnection::connect(url.connection, &error, m_password->text())) &&
        Server::listPlans(*connection, &plans, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        m_status->setText(error);
        updateButtons();
        return;
    }
    for (const Server::PlanEntry &plan : std::as_const(plans))
        m_plans->addItem(plan.name);
    m_status->setText(plans.isEmpty()
                          ? tr("This login may open no plan on that server.")
                          : tr("%n plan(s) on the server.", nullptr, int(plans.size())));
    if (!plans.isEmpty()) {
        m_plans->setCurrentRow(0);
        m_plans->setFocus();
    }
    updateButtons();
}

void OpenFromServerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_plans->currentItem() != nullptr);
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
