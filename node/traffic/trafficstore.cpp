#include "trafficstore.h"

#include "core/datetime.h"

#include <QSqlQuery>
#include <QVariant>

namespace ocpi {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, ts, direction, method, url, partner_id, partner, http_status, ocpi_status, duration_ms, "
    "request_id, correlation_id, warnings");

TrafficRecord summaryFrom(const QSqlQuery &q)
{
    TrafficRecord r;
    r.id = q.value(0).toLongLong();
    r.timestamp = parseDateTime(q.value(1).toString()).value_or(QDateTime());
    r.direction = q.value(2).toString() == QLatin1String("out") ? TrafficRecord::Direction::Outgoing
                                                                : TrafficRecord::Direction::Incoming;
    r.method = q.value(3).toString();
    r.url = q.value(4).toString();
    r.partnerId = q.value(5).toLongLong();
    r.partner = q.value(6).toString();
    r.httpStatus = q.value(7).toInt();
    r.ocpiStatus = q.value(8).toInt();
    r.durationMs = q.value(9).toDouble();
    r.requestId = q.value(10).toString();
    r.correlationId = q.value(11).toString();
    r.warnings = q.value(12).toString();
    return r;
}

Result<QList<TrafficRecord>> collect(QSqlQuery &q, const char *what)
{
    if (Status status = execute(q, what); !status)
        return status.error();
    QList<TrafficRecord> out;
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

} // namespace

Migration TrafficStore::migration()
{
    return {QStringLiteral("request log"),
            {QStringLiteral("CREATE TABLE request_log ("
                            " id {auto_id},"
                            " ts TEXT NOT NULL,"
                            " direction TEXT NOT NULL,"
                            " method TEXT NOT NULL,"
                            " url TEXT NOT NULL,"
                            " partner_id BIGINT,"
                            " partner TEXT,"
                            " http_status INTEGER,"
                            " ocpi_status INTEGER,"
                            " duration_ms DOUBLE PRECISION,"
                            " request_id TEXT,"
                            " correlation_id TEXT,"
                            " request_headers TEXT,"
                            " request_body TEXT,"
                            " response_headers TEXT,"
                            " response_body TEXT)"),
             QStringLiteral("CREATE INDEX request_log_correlation ON request_log (correlation_id)")}};
}

Migration TrafficStore::ageMigration()
{
    return {QStringLiteral("request log by age"), {QStringLiteral("CREATE INDEX request_log_ts ON request_log (ts)")}};
}

Migration TrafficStore::warningsMigration()
{
    return {QStringLiteral("request log warnings"), {QStringLiteral("ALTER TABLE request_log ADD COLUMN warnings TEXT")}};
}

Status TrafficStore::insert(QSqlDatabase db, const QList<TrafficRecord> &records)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO request_log (ts, direction, method, url, partner_id, partner, http_status, "
        "ocpi_status, duration_ms, request_id, correlation_id, request_headers, request_body, "
        "response_headers, response_body, warnings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const SqlDialect dialect = SqlDialect::of(db);
    for (const TrafficRecord &r : records) {
        q.addBindValue(formatDateTime(r.timestamp));
        q.addBindValue(r.direction == TrafficRecord::Direction::Outgoing ? QStringLiteral("out")
                                                                         : QStringLiteral("in"));
        q.addBindValue(r.method);
        q.addBindValue(r.url);
        q.addBindValue(r.partnerId ? QVariant(r.partnerId) : QVariant());
        q.addBindValue(r.partner);
        q.addBindValue(r.httpStatus);
        q.addBindValue(r.ocpiStatus);
        q.addBindValue(r.durationMs);
        q.addBindValue(r.requestId);
        q.addBindValue(r.correlationId);
        // Bound as bytes where the database takes them so: no UTF-16 round trip for every body.
        q.addBindValue(dialect.text(r.requestHeaders));
        q.addBindValue(dialect.text(r.requestBody));
        q.addBindValue(dialect.text(r.responseHeaders));
        q.addBindValue(dialect.text(r.responseBody));
        q.addBindValue(r.warnings.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.warnings));
        if (Status status = execute(q, "writing the request log"); !status)
            return status;
    }
    return Status::success();
}

Status TrafficStore::prune(QSqlDatabase db, qint64 keepRows, const QDateTime &olderThan)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "DELETE FROM request_log WHERE id <= (SELECT MAX(id) FROM request_log) - ?"));
    q.addBindValue(keepRows);
    if (Status s = execute(q, "pruning the request log"); !s || !olderThan.isValid())
        return s;
    // Timestamps are UTC in one format, so their text sorts as time does (index request_log_ts).
    QSqlQuery old(db);
    old.prepare(QStringLiteral("DELETE FROM request_log WHERE ts < ?"));
    old.addBindValue(formatDateTime(olderThan));
    return execute(old, "pruning the request log by age");
}

Result<QList<TrafficRecord>> TrafficStore::recent(QSqlDatabase db, int limit, qint64 beforeId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM request_log WHERE (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?")
                  .arg(kSummaryColumns));
    q.addBindValue(beforeId);
    q.addBindValue(beforeId);
    q.addBindValue(limit);
    return collect(q, "reading the request log");
}

Result<QList<TrafficRecord>> TrafficStore::since(QSqlDatabase db, qint64 afterId, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM request_log WHERE id > ? ORDER BY id ASC LIMIT ?")
                  .arg(kSummaryColumns));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return collect(q, "reading the request log");
}

Result<std::optional<TrafficRecord>> TrafficStore::find(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, request_headers, request_body, response_headers, "
                             "response_body FROM request_log WHERE id = ?")
                  .arg(kSummaryColumns));
    q.addBindValue(id);
    if (Status status = execute(q, "reading a request log entry"); !status)
        return status.error();
    if (!q.next())
        return std::optional<TrafficRecord>();
    TrafficRecord r = summaryFrom(q);
    r.requestHeaders = q.value(13).toByteArray();
    r.requestBody = q.value(14).toByteArray();
    r.responseHeaders = q.value(15).toByteArray();
    r.responseBody = q.value(16).toByteArray();
    return std::optional<TrafficRecord>(r);
}

Result<qint64> TrafficStore::count(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM request_log"));
    if (Status status = execute(q, "counting the request log"); !status)
        return status.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ocpi
