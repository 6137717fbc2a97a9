#pragma once

#include "core/result.h"

#include <QString>

namespace ocpi {

// Where the store lives, as given with --db / OCPI_DB / the INI key `node/db`: a file path (SQLite)
// or `postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=...&...]` (PostgreSQL through Qt's
// QPSQL driver). Without a password in the URL, libpq reads PGPASSWORD or ~/.pgpass itself.
struct DatabaseLocation
{
    enum class Kind { SQLite, PostgreSQL };
    Kind kind = Kind::SQLite;
    QString path; // SQLite
    QString host; // PostgreSQL; empty: libpq's default (its unix socket)
    int port = -1;
    QString user;
    QString password;
    QString database;
    QString schema;         // our own parameter: the tables live in this schema (created if needed)
    QString connectOptions; // the other libpq parameters, "key=value;key=value" as QPSQL takes them

    bool isPostgres() const { return kind == Kind::PostgreSQL; }

    // Names the database in messages and logs: never carries the password.
    QString displayName() const;

    static bool looksLikeUrl(const QString &text);
    static Result<DatabaseLocation> parse(const QString &text);
};

// The one way to name a --db value in a message: a URL loses its password, a path stays as it is.
QString displayDatabase(const QString &text);

} // namespace ocpi
