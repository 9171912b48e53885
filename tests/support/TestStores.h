// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Continuity {
class PlanDocument;
}

namespace Continuity::TestSupport {

class TemporaryPostgres;

// Where the plans of a suite that runs against both stores are kept (docs/team-server.md): plan
// files in a temporary folder, or, with CONTINUITY_TEST_STORE=server (ctest's *_server tests),
// plans on a throwaway PostgreSQL server, each pushed from a new file and opened by its URL.
class TestStores
{
public:
    TestStores();
    ~TestStores();
    TestStores(const TestStores &) = delete;
    TestStores &operator=(const TestStores &) = delete;

    static bool onServer();
    // Empty when the store is ready; else why not (the server did not start).
    QString problem() const;
    // Where the plan called `name` is kept: a file path, or a server plan's URL.
    QString location(const QString &name);
    // A new plan `name` holding `plan`, opened by the window's document; nullptr (and a warning)
    // on failure.
    std::unique_ptr<PlanDocument> newDocument(const QString &name, const Plan &plan);
    // What is stored at `location`, to compare before and after a refused edit: a file's bytes,
    // a server plan's content (canonical plan JSON) and audit trail length.
    static QByteArray storedAt(const QString &location);
    // A file of the test's own (copies, exports), whichever the store.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryPostgres> m_server;
    QHash<QString, QString> m_plans;
};

} // namespace Continuity::TestSupport
