// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Which back end a storage suite runs on: a project file (the default) or, when CTest runs the
// suite a second time with PARLANCE_TEST_BACKEND=postgres (parlance_add_test_on_server in
// tests/CMakeLists.txt), a database on the throwaway cluster of tests/support/pgcluster.sh. The
// test code is the same; each new project is then a new, empty project schema made by the desk's
// owner, opened as a coder (not the owner, so row-level security applies):
//
//     TestBackend backend;                       // a member of the test class
//     PARLANCE_BACKEND_REQUIRE(backend);         // in initTestCase(): skips without a cluster
//     QString path = backend.newProject(dir, u"p1"_s);   // a file path or a connection string
//     PARLANCE_FILE_ONLY(backend, "why");        // in a test about files alone

#include "pgtestdatabase.h"
#include "projectstate.h"
#include "storage/postgres/transfer.h"

#include <QTemporaryDir>

#include <memory>

namespace Parlance::Test {

class TestBackend {
public:
    TestBackend()
        : m_onServer(qEnvironmentVariable("PARLANCE_TEST_BACKEND") == QLatin1StringView("postgres"))
    {
    }
    /// A suite about the server alone.
    explicit TestBackend(bool onServer)
        : m_onServer(onServer)
    {
    }

    bool onServer() const { return m_onServer; }

    /// Sets up the server's database and roles (once); empty, or why the suite cannot run.
    QString prepare(QString *skip)
    {
        if (!m_onServer || m_db)
            return {};
        m_db = std::make_unique<PgTestDatabase>();
        if (!m_db->skipReason().isEmpty()) {
            *skip = QStringLiteral("the PostgreSQL half of this suite is skipped: ") + m_db->skipReason();
            return {};
        }
        if (!m_db->error().isEmpty())
            return m_db->error();
        m_desk = m_db->createDesk(false);
        // The desk's own schema stays empty; each project gets one of its own (newProject()).
        if (!m_db->error().isEmpty())
            return m_db->error();
        if (!m_owner.open(m_db->connectionString(m_desk.owner)))
            return m_owner.errorMessage();
        return {};
    }

    /// Where a new, empty project is: a file in `dir` named NAME.parlance (created on first open,
    /// with createIfMissing), or on the server a new schema NAME, as a connection string for
    /// `coder` (default: alice, a coder of the desk).
    QString newProject(const QTemporaryDir &dir, const QString &name, const QString &coder = {})
    {
        if (!m_onServer)
            return dir.filePath(name + QStringLiteral(".parlance"));
        Storage::Postgres::Schema::Options options;
        options.schema = name;
        options.coderRole = m_desk.coders;
        options.curatorRole = m_desk.curators;
        if (!Storage::Postgres::Schema::create(m_owner, options))
            qWarning("cannot make the project schema %s: %s", qPrintable(name), qPrintable(m_owner.errorMessage()));
        return connectionString(name, coder.isEmpty() ? m_desk.alice : coder);
    }

    /// The project schema `name` as `role` would open it.
    QString connectionString(const QString &name, const QString &role) const
    {
        return m_db->connectionString(role) + QStringLiteral(" options='-c search_path=") + name + QLatin1Char('\'');
    }

    /// Every table of the project at `path` as projectState() reads a file: a server's project is
    /// pulled into a new file in `dir` first (as the owner, who reads every row).
    QStringList state(const QString &path, const QTemporaryDir &dir, const QSet<QString> &ignored) 
    {
        if (!m_onServer)
            return projectState(path, ignored);
        const QString schema = path.section(QStringLiteral("search_path="), 1).chopped(1);
        const QString file = dir.filePath(QStringLiteral("state-%1.parlance").arg(++m_pulls));
        QString error;
        if (!Storage::Postgres::Transfer::pull(m_owner, schema, file, &error))
            qWarning("cannot pull %s: %s", qPrintable(schema), qPrintable(error));
        return projectState(file, ignored);
    }

    const PgTestDatabase::Desk &desk() const { return m_desk; }
    PgTestDatabase *database() { return m_db.get(); }
    /// The owner's connection (the tables' owner bypasses row-level security).
    Storage::Postgres::Connection &owner() { return m_owner; }

private:
    bool m_onServer = false;
    std::unique_ptr<PgTestDatabase> m_db;
    PgTestDatabase::Desk m_desk;
    Storage::Postgres::Connection m_owner;
    int m_pulls = 0;
};

/// The suite's back end: one per test process, its database dropped when the process ends.
inline TestBackend &testBackend()
{
    static TestBackend backend;
    return backend;
}

} // namespace Parlance::Test

/// In initTestCase(): skips the whole suite on the server without a cluster, fails on a broken one.
#define PARLANCE_BACKEND_REQUIRE(backend)                                                                     \
    do {                                                                                                  \
        QString skip_;                                                                                    \
        const QString error_ = (backend).prepare(&skip_);                                                 \
        if (!skip_.isEmpty())                                                                             \
            QSKIP(qPrintable(skip_));                                                                     \
        if (!error_.isEmpty())                                                                            \
            QFAIL(qPrintable(QStringLiteral("the PostgreSQL test cluster does not work: ") + error_));      \
    } while (false)

/// Skips a test about files alone when the suite runs on the server, saying why.
#define PARLANCE_FILE_ONLY(backend, why)                                                                      \
    do {                                                                                                  \
        if ((backend).onServer())                                                                         \
            QSKIP("about project files only: " why);                                                      \
    } while (false)
