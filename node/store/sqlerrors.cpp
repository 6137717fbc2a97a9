#include "sqlerrors.h"

#include <QSqlError>

namespace ocpi::sqlerrors {

bool violatesUnique(const QSqlError &error, const QString &table, const QString &index, const QString &firstColumn)
{
    const QString text = error.databaseText();
    if (error.nativeErrorCode() == QLatin1String("23505")) // PostgreSQL: unique_violation
        return text.contains(QLatin1Char('"') + index + QLatin1Char('"'));
    return text.contains(QStringLiteral("UNIQUE constraint failed: %1.%2").arg(table, firstColumn));
}

} // namespace ocpi::sqlerrors
