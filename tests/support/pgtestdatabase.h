// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A database of its own on the throwaway cluster that tests/support/pgcluster.sh starts (a CTest
// fixture, see tests/postgres/CMakeLists.txt), and roles whose names start with the database's so
// that suites running at once do not meet. Dropped again when the object goes. Without a cluster
// the test skips with the fixture's reason:
//
//     PgTestDatabase db;
//     PARLANCE_PG_REQUIRE(db);
//     Postgres::Connection c; c.open(db.connectionString());

#include "storage/postgres/pg.h"
#include "storage/postgres/pgschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTest>

// Suites not registered with a cluster (the file half of a suite that runs on both) have no state file.
#ifndef PARLANCE_PG_STATE_FILE
#define PARLANCE_PG_STATE_FILE ""
#endif

namespace Parlance::Test {

class PgTestDatabase {
public:
    /// `suffix` tells apart several databases of one suite.
    explicit PgTestDatabase(const QString &suffix = {})
    {
        const QHash<QString, QString> state = readState();
        if (state.contains(QStringLiteral("PARLANCE_PG_UNAVAILABLE"))) {
            m_skipReason = state.value(QStringLiteral("PARLANCE_PG_UNAVAILABLE"));
            return;
        }
        m_clusterInfo = state.value(QStringLiteral("PARLANCE_PG_CONNINFO"));
        if (m_clusterInfo.isEmpty()) {
            m_skipReason = QStringLiteral("no PostgreSQL test cluster: run this suite through ctest (the fixture "
                                          "postgres_cluster_start starts one) or set PARLANCE_PG_CONNINFO");
            return;
        }
        m_name = QStringLiteral("t_%1_%2%3")
                     .arg(QCoreApplication::applicationName().toLower())
                     .arg(QCoreApplication::applicationPid())
                     .arg(suffix.isEmpty() ? QString() : QLatin1Char('_') + suffix);
        if (!m_admin.open(m_clusterInfo)) {
            m_error = m_admin.errorMessage();
            return;
        }
        m_admin.run("DROP DATABASE IF EXISTS " + m_admin.quoteIdentifier(m_name) + " WITH (FORCE)");
        if (!m_admin.run("CREATE DATABASE " + m_admin.quoteIdentifier(m_name)))
            m_error = m_admin.errorMessage();
    }

    ~PgTestDatabase()
    {
        if (!m_admin.isOpen())
            return;
        m_admin.run("DROP DATABASE IF EXISTS " + m_admin.quoteIdentifier(m_name) + " WITH (FORCE)");
        for (const QString &role : std::as_const(m_roles))
            m_admin.run("DROP ROLE IF EXISTS " + m_admin.quoteIdentifier(role));
    }

    /// Why there is no database: a skip reason (no server) …
    QString skipReason() const { return m_skipReason; }
    /// … or a failure (a server that does not work).
    QString error() const { return m_error; }
    QString name() const { return m_name; }

    /// A connection string for this database as `role` (default: the superuser).
    QString connectionString(const QString &role = QStringLiteral("postgres")) const
    {
        QString info = m_clusterInfo;
        info.replace(QStringLiteral("dbname=postgres"), QStringLiteral("dbname=") + m_name);
        info.replace(QStringLiteral("user=postgres"), QStringLiteral("user=") + role);
        return info;
    }

    /// Creates a login role named NAME_suffix (dropped with the database) and returns its name.
    QString createRole(const QString &suffix, const QByteArray &options = "LOGIN")
    {
        const QString role = m_name + QLatin1Char('_') + suffix;
        m_admin.run("DROP ROLE IF EXISTS " + m_admin.quoteIdentifier(role));
        if (!m_admin.run("CREATE ROLE " + m_admin.quoteIdentifier(role) + ' ' + options))
            m_error = m_admin.errorMessage();
        m_roles.prepend(role); // dropped in reverse order: members before their groups
        return role;
    }

    /// The roles of a desk, as doc/postgresql.md sets them up: the owner of the tables (not used by
    /// the app), the coders' and the curators' group roles, coders alice and bob, and carol, a coder
    /// who is also a curator.
    struct Desk {
        QString owner, coders, curators, alice, bob, carol;
    };

    /// Creates the desk's roles and, as its owner, the project schema. Check error() after.
    Desk createDesk(bool blind)
    {
        Desk desk;
        desk.owner = createRole(QStringLiteral("owner"));
        desk.coders = createRole(QStringLiteral("coders"), "NOLOGIN");
        desk.curators = createRole(QStringLiteral("curators"), "NOLOGIN");
        const QByteArray inCoders = "LOGIN IN ROLE " + m_admin.quoteIdentifier(desk.coders);
        desk.alice = createRole(QStringLiteral("alice"), inCoders);
        desk.bob = createRole(QStringLiteral("bob"), inCoders);
        desk.carol = createRole(QStringLiteral("carol"), inCoders + ", " + m_admin.quoteIdentifier(desk.curators));
        if (!m_admin.run("GRANT CREATE ON DATABASE " + m_admin.quoteIdentifier(m_name) + " TO " + m_admin.quoteIdentifier(desk.owner)))
            m_error = m_admin.errorMessage();
        Storage::Postgres::Connection owner;
        if (!owner.open(connectionString(desk.owner))) {
            m_error = owner.errorMessage();
            return desk;
        }
        Storage::Postgres::Schema::Options options;
        options.coderRole = desk.coders;
        options.curatorRole = desk.curators;
        options.blind = blind;
        if (!Storage::Postgres::Schema::create(owner, options))
            m_error = QStringLiteral("cannot create the project schema: ") + owner.errorMessage();
        return desk;
    }

    /// The superuser's connection to the cluster (not to this database).
    Storage::Postgres::Connection &admin() { return m_admin; }

    static QHash<QString, QString> readState()
    {
        QHash<QString, QString> state;
        if (qEnvironmentVariableIsSet("PARLANCE_PG_CONNINFO")) {
            state.insert(QStringLiteral("PARLANCE_PG_CONNINFO"), qEnvironmentVariable("PARLANCE_PG_CONNINFO"));
            return state;
        }
        QFile file(QStringLiteral(PARLANCE_PG_STATE_FILE));
        if (!file.open(QIODevice::ReadOnly))
            return state;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                state.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return state;
    }

private:
    Storage::Postgres::Connection m_admin;
    QString m_clusterInfo;
    QString m_name;
    QString m_skipReason;
    QString m_error;
    QStringList m_roles;
};

} // namespace Parlance::Test

/// Skips the test without a cluster; fails it when the cluster does not work.
#define PARLANCE_PG_REQUIRE(db)                                                                                   \
    do {                                                                                                      \
        if (!(db).skipReason().isEmpty())                                                                     \
            QSKIP(qPrintable((db).skipReason()));                                                             \
        if (!(db).error().isEmpty())                                                                          \
            QFAIL(qPrintable(QStringLiteral("the PostgreSQL test cluster does not work: ") + (db).error()));    \
    } while (false)
