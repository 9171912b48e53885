// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStores.h"

#include "TemporaryPostgres.h"
#include "TestSupport.h"

#include "document/PlanDocument.h"
#include "server/PgConnection.h"
#include "server/ServerPlan.h"

namespace Continuity::TestSupport {

TestStores::TestStores()
{
    if (onServer())
        m_server = std::make_unique<TemporaryPostgres>();
}

TestStores::~TestStores() = default;

bool TestStores::onServer()
{
    return qEnvironmentVariable("CONTINUITY_TEST_STORE") == QLatin1String("server");
}

QString TestStores::problem() const
{
    if (!m_dir.isValid())
        return m_dir.errorString();
    if (m_server && !m_server->isRunning())
        return m_server->errorString();
    return QString();
}

QString TestStores::location(const QString &name)
{
    if (!onServer())
        return m_dir.filePath(name);
    if (!m_plans.contains(name))
        m_plans.insert(name, QStringLiteral("t%1").arg(m_plans.size() + 1));
    return m_server->url(QStringLiteral("admin"), m_plans.value(name));
}

std::unique_ptr<PlanDocument> TestStores::newDocument(const QString &name, const Plan &plan)
{
    QString error;
    std::unique_ptr<PlanDocument> doc;
    if (onServer()) {
        const QString url = location(name);
        const QString file = m_dir.filePath(QStringLiteral("push-") + name);
        Server::ServerUrl parsed;
        std::unique_ptr<Server::PgConnection> connection;
        if (PlanDocument::create(file, plan, &error) &&
            Server::ServerUrl::parse(url, &parsed, &error) &&
            (connection = Server::PgConnection::connect(parsed.connection, &error)) &&
            Server::push(file, *connection, parsed.plan, {}, &error))
            doc = PlanDocument::open(url, &error);
    } else {
        doc = PlanDocument::create(m_dir.filePath(name), plan, &error);
    }
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

QByteArray TestStores::storedAt(const QString &location)
{
    if (!Server::ServerUrl::isServerUrl(location))
        return readAll(location);
    QString error;
    std::unique_ptr<PlanDocument> doc = PlanDocument::open(location, &error);
    if (!doc)
        return error.toUtf8();
    return canonical(doc->plan()) + '\n' + QByteArray::number(doc->auditHead().seq);
}

} // namespace Continuity::TestSupport
