#include "databaselocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace ocpi {

namespace {

bool isPostgresScheme(const QString &scheme)
{
    return scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres");
}

// QPSQL splices its connect options into a libpq connection string: a value with a space, quote or
// separator could smuggle in other parameters, so only plain values pass.
bool isPlainValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@+,-]+$"));
    return plain.match(value).hasMatch();
}

const QString kUsage = QStringLiteral("use postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=...] or a file path");

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1String("://"));
    return colon > 0 && isPostgresScheme(text.left(colon).toLower());
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation location;
    if (!looksLikeUrl(text)) {
        location.path = text;
        return location;
    }
    location.kind = Kind::PostgreSQL;
    const QUrl url(text, QUrl::StrictMode);
    // The message names what is wrong without repeating the URL: it may hold a password.
    if (!url.isValid())
        return Error::invalid(QStringLiteral("--db: not a valid PostgreSQL URL (%1)").arg(kUsage));
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return Error::invalid(QStringLiteral("--db: the PostgreSQL URL names no database (%1)").arg(kUsage));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("host")) { // a unix socket folder, as libpq allows
            location.host = value;
            continue;
        }
        if (!isPlainValue(key) || !isPlainValue(value))
            return Error::invalid(QStringLiteral("--db: the URL parameter '%1' has a value that is not allowed").arg(key));
        if (key == QLatin1String("schema")) {
            static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
            if (!identifier.match(value).hasMatch())
                return Error::invalid(QStringLiteral("--db: the schema must be a lower-case SQL name, not '%1'").arg(value));
            location.schema = value;
        }
        else if (key == QLatin1String("password") || key == QLatin1String("user") || key == QLatin1String("dbname")
                 || key == QLatin1String("port") || key == QLatin1String("options"))
            return Error::invalid(QStringLiteral("--db: give '%1' in the URL itself, not as a parameter (%2)").arg(key, kUsage));
        else
            options << key + QLatin1Char('=') + value;
    }
    // A server that does not answer should not hang the node for libpq's default (forever).
    if (!url.hasQuery() || !QUrlQuery(url).hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    // The server's notices (CREATE ... IF NOT EXISTS that skipped) are not for operators: libpq
    // would print each on stderr.
    QStringList serverOptions{QStringLiteral("-cclient_min_messages=warning")};
    if (!location.schema.isEmpty())
        serverOptions << QStringLiteral("-csearch_path=") + location.schema;
    options << QStringLiteral("options='%1'").arg(serverOptions.join(QLatin1Char(' ')));
    location.connectOptions = options.join(QLatin1Char(';'));
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (!isPostgres())
        return path;
    QString shown = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        shown += user + (password.isEmpty() ? QStringLiteral("@") : QStringLiteral(":***@"));
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        shown += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        shown += QLatin1Char(':') + QString::number(port);
    shown += QLatin1Char('/') + database;
    if (socket)
        shown += QStringLiteral("?host=") + host;
    if (!schema.isEmpty())
        shown += (socket ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("schema=") + schema;
    return shown;
}

QString displayDatabase(const QString &text)
{
    if (!DatabaseLocation::looksLikeUrl(text))
        return text;
    const auto location = DatabaseLocation::parse(text);
    return location ? location->displayName() : QStringLiteral("postgresql://(an invalid URL)");
}

} // namespace ocpi
