#pragma once

#include "core/result.h"
#include "store/database.h"
#include "trafficfilter.h"
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
    // Why an outgoing call got no answer (TrafficRecord::error).
    static Migration errorsMigration();

    static Status insert(QSqlDatabase db, const QList<TrafficRecord> &records);
    // Keeps the newest `keepRows` entries, and none older than `olderThan` (invalid: no age limit).
    static Status prune(QSqlDatabase db, qint64 keepRows, const QDateTime &olderThan = QDateTime());

    // Newest first, without bodies (for lists); `beforeId` pages backwards, 0 = from the newest.
    // Only entries that pass `filter`.
    static Result<QList<TrafficRecord>> recent(QSqlDatabase db, int limit, qint64 beforeId = 0,
                                               const TrafficFilter &filter = {});
    // Oldest first, ids greater than `afterId` (for live views), only entries that pass `filter`.
    static Result<QList<TrafficRecord>> since(QSqlDatabase db, qint64 afterId, int limit,
                                              const TrafficFilter &filter = {});
    // Full exchanges (headers and bodies) of `ids`, oldest first; ids no longer stored are left out.
    static Result<QList<TrafficRecord>> findAll(QSqlDatabase db, const QList<qint64> &ids);
    // The partner labels in the log, sorted (filter choices).
    static Result<QStringList> partners(QSqlDatabase db);
    static Result<std::optional<TrafficRecord>> find(QSqlDatabase db, qint64 id);
    static Result<qint64> count(QSqlDatabase db);
};

} // namespace ocpi
