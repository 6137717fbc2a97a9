#pragma once

#include <QString>

class QSqlError;

namespace ocpi::sqlerrors {

// Whether `error` is a unique-index violation of `index` on `table`, whose first column is
// `firstColumn`: SQLite names the columns in its message, PostgreSQL names the index and sets
// SQLSTATE 23505. For code that turns a particular conflict into a clear message.
bool violatesUnique(const QSqlError &error, const QString &table, const QString &index, const QString &firstColumn);

} // namespace ocpi::sqlerrors
