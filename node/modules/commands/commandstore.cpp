#include "commandstore.h"

#include <QJsonDocument>

namespace ocpi {

namespace {

const QString kColumns = QStringLiteral("id, uid, direction, partner_id, type, request, response_url, response, result, "
                                        "state, error, created_ms, responded_ms, result_ms, deadline_ms");

QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> jsonOrNothing(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

CommandRecord readRow(const Statement &row)
{
    CommandRecord command;
    command.id = row.value(0).toLongLong();
    command.uid = row.value(1).toString();
    command.direction = row.value(2).toString() == QLatin1String("received") ? CommandRecord::Direction::Received
                                                                            : CommandRecord::Direction::Sent;
    command.partnerId = row.value(3).toLongLong();
    command.type = row.value(4).toString();
    command.request = QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object();
    command.responseUrl = row.value(6).toString();
    command.response = jsonOrNothing(row.value(7));
    command.result = jsonOrNothing(row.value(8));
    command.state = row.value(9).toString();
    command.error = row.value(10).toString();
    command.createdAt = fromMs(row.value(11));
    command.respondedAt = fromMs(row.value(12));
    command.resultAt = fromMs(row.value(13));
    command.deadline = fromMs(row.value(14));
    return command;
}

} // namespace

QString directionName(CommandRecord::Direction direction)
{
    return direction == CommandRecord::Direction::Sent ? QStringLiteral("sent") : QStringLiteral("received");
}

Migration CommandStore::migration(const QString &table)
{
    return {table,
            {QStringLiteral("CREATE TABLE %1 (id {auto_id}, uid TEXT NOT NULL UNIQUE, direction TEXT NOT NULL,"
                            " partner_id INTEGER NOT NULL, type TEXT NOT NULL, request TEXT NOT NULL,"
                            " response_url TEXT NOT NULL, response TEXT, result TEXT, state TEXT NOT NULL,"
                            " error TEXT NOT NULL DEFAULT '', created_ms BIGINT NOT NULL, responded_ms BIGINT,"
                            " result_ms BIGINT, deadline_ms BIGINT)").arg(table),
             // The timeout sweep reads only commands still waiting.
             QStringLiteral("CREATE INDEX %1_waiting ON %1 (deadline_ms) WHERE result IS NULL AND deadline_ms IS NOT NULL").arg(table)}};
}

Result<qint64> CommandStore::insert(const CommandRecord &command)
{
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO %1 (uid, direction, partner_id, type, request, response_url, state,"
                                    " created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id").arg(m_table));
    insert.bind(command.uid)
        .bind(directionName(command.direction))
        .bind(command.partnerId)
        .bind(command.type)
        .bind(jsonText(command.request))
        .bind(notNull(command.responseUrl))
        .bind(command.state)
        .bind(command.createdAt.toMSecsSinceEpoch());
    if (Status s = insert.exec("store a command"); !s)
        return s.error();
    if (!insert.next())
        return Error::internal(QStringLiteral("a stored command has no id"));
    m_database.noteLocalWrite();
    return insert.value(0).toLongLong();
}

Result<std::optional<CommandRecord>> CommandStore::find(const QString &uid)
{
    Statement select(m_database, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM %1 WHERE uid = ?").arg(m_table));
    select.bind(uid);
    if (Status s = select.exec("read a command"); !s)
        return s.error();
    if (!select.next())
        return std::optional<CommandRecord>();
    return std::optional<CommandRecord>(readRow(select));
}

Status CommandStore::recordResponse(const QString &uid, const std::optional<QJsonObject> &response, const QString &state,
                                    const QString &error, const QDateTime &at, const QDateTime &deadline)
{
    // A result that came in before the answer (the CPO was quick) keeps the state it set.
    Statement update(m_database,
                     QStringLiteral("UPDATE %1 SET response = ?, responded_ms = ?, error = ?, deadline_ms = ?,"
                                    " state = CASE WHEN result IS NULL THEN ? ELSE state END WHERE uid = ?").arg(m_table));
    update.bind(response ? QVariant(jsonText(*response)) : QVariant(QMetaType::fromType<QString>()))
        .bind(at.toMSecsSinceEpoch())
        .bind(notNull(error))
        .bind(msOrNull(deadline))
        .bind(state)
        .bind(uid);
    if (Status s = update.exec("record a command's answer"); !s)
        return s;
    m_database.noteLocalWrite();
    return Status::success();
}

Result<bool> CommandStore::recordResult(const QString &uid, const QJsonObject &result, const QDateTime &at)
{
    Statement update(m_database, QStringLiteral("UPDATE %1 SET result = ?, result_ms = ?, state = ?"
                                                " WHERE uid = ? AND result IS NULL").arg(m_table));
    update.bind(jsonText(result)).bind(at.toMSecsSinceEpoch()).bind(result.value(QStringLiteral("result")).toString()).bind(uid);
    if (Status s = update.exec("record a command's result"); !s)
        return s.error();
    m_database.noteLocalWrite();
    return update.rowsAffected() > 0;
}

Result<int> CommandStore::expireOverdue(const QDateTime &now)
{
    // Runs every second: a read first, so that a quiet node never writes (on PostgreSQL even an
    // UPDATE of no row bumps the change counters every cache watches).
    {
        Statement overdue(m_database, QStringLiteral("SELECT 1 FROM %1 WHERE result IS NULL AND deadline_ms IS NOT NULL"
                                                     " AND deadline_ms < ? LIMIT 1").arg(m_table));
        overdue.bind(now.toMSecsSinceEpoch());
        if (Status s = overdue.exec("look for commands past their deadline"); !s)
            return s.error();
        if (!overdue.next())
            return 0;
    }
    Statement update(m_database, QStringLiteral("UPDATE %1 SET state = 'TIMEOUT', deadline_ms = NULL"
                                                " WHERE result IS NULL AND deadline_ms IS NOT NULL AND deadline_ms < ?").arg(m_table));
    update.bind(now.toMSecsSinceEpoch());
    if (Status s = update.exec("time out commands"); !s)
        return s.error();
    if (update.rowsAffected() > 0)
        m_database.noteLocalWrite();
    return update.rowsAffected();
}

Result<QList<CommandRecord>> CommandStore::list(int limit)
{
    Statement select(m_database, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM %1 ORDER BY id DESC LIMIT ?").arg(m_table));
    select.bind(limit);
    if (Status s = select.exec("list commands"); !s)
        return s.error();
    QList<CommandRecord> commands;
    while (select.next())
        commands.append(readRow(select));
    return commands;
}

} // namespace ocpi
