#pragma once

#include "core/result.h"
#include "store/database.h"
#include "trafficrecord.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ocpi {

// SQL for the request log table.
class TrafficStore
{
public:
    static Migration migration();
    // The index that makes pruning by age cheap.
    static Migration ageMigration();
    // Deviations accepted from partners (TrafficRecord::warnings).
    static Migration warningsMigration();

    static Status insert(QSqlDatabase db, const QList<TrafficRecord> &records);
    // Keeps the newest `keepRows` entries, and none older than `olderThan` (invalid: no age limit).
    static Status prune(QSqlDatabase db, qint64 keepRows, const QDateTime &olderThan = QDateTime());

    // Newest first, without bodies (for lists); `beforeId` pages backwards, 0 = from the newest.
    static Result<QList<TrafficRecord>> recent(QSqlDatabase db, int limit, qint64 beforeId = 0);
    // Oldest first, ids greater than `afterId` (for live views).
    static Result<QList<TrafficRecord>> since(QSqlDatabase db, qint64 afterId, int limit);
    static Result<std::optional<TrafficRecord>> find(QSqlDatabase db, qint64 id);
    static Result<qint64> count(QSqlDatabase db);
};

} // namespace ocpi
