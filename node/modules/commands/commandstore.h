#pragma once

#include "core/result.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ocpi {

// One command with its timeline: sent by us to a partner CPO (eMSP role) or received from a
// partner eMSP (CPO role). `state` is where it stands: SENT (no answer yet), then the
// CommandResponse's result (ACCEPTED, REJECTED, NOT_SUPPORTED, UNKNOWN_SESSION) or FAILED (no
// usable answer), then the CommandResult's result (ACCEPTED, EVSE_OCCUPIED, ...), or TIMEOUT.
struct CommandRecord
{
    enum class Direction { Sent, Received };

    qint64 id = 0;
    QString uid;                 // ours: the last segment of our response_url, or the id we gave a received one
    Direction direction = Direction::Sent;
    qint64 partnerId = 0;
    QString type;                // START_SESSION, ...
    QJsonObject request;         // the command object, response_url included
    QString responseUrl;
    std::optional<QJsonObject> response; // CommandResponse
    std::optional<QJsonObject> result;   // CommandResult
    QString state;
    QString error;               // why FAILED (what the partner or the network said)
    QDateTime createdAt;
    QDateTime respondedAt;
    QDateTime resultAt;
    QDateTime deadline;          // sent and ACCEPTED: TIMEOUT after this without a result (CMD-06)
};

QString directionName(CommandRecord::Direction direction);

// The commands table (migration "commands"), or another table of the same shape: the charging
// profile requests (GET, SET, CLEAR) have the same timeline.
class CommandStore
{
public:
    explicit CommandStore(Database &database, QString table = QStringLiteral("commands"))
        : m_database(database), m_table(std::move(table))
    {
    }

    // Creates `table`; the migration is named after it.
    static Migration migration(const QString &table = QStringLiteral("commands"));

    Result<qint64> insert(const CommandRecord &command);
    Result<std::optional<CommandRecord>> find(const QString &uid);
    // The answer to a command: response and state; the deadline when a result is awaited.
    Status recordResponse(const QString &uid, const std::optional<QJsonObject> &response, const QString &state,
                          const QString &error, const QDateTime &at, const QDateTime &deadline);
    // The result, unless one is already there (a partner posting twice). Returns false then.
    Result<bool> recordResult(const QString &uid, const QJsonObject &result, const QDateTime &at);
    // Sent commands still waiting for their result after their deadline become TIMEOUT. Returns how many.
    Result<int> expireOverdue(const QDateTime &now);
    // Newest first.
    Result<QList<CommandRecord>> list(int limit = 200);

private:
    Database &m_database;
    QString m_table;
};

} // namespace ocpi
