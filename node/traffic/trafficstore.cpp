#include "trafficstore.h"

#include "core/datetime.h"

#include <QSqlQuery>

#include <algorithm>
#include <QVariant>

namespace ocpi {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, ts, direction, method, url, partner_id, partner, http_status, ocpi_status, duration_ms, "
    "request_id, correlation_id, warnings, error");
constexpr int kDetailColumn = 14; // request_headers, request_body, response_headers, response_body follow

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
    r.error = q.value(13).toString();
    return r;
}

TrafficRecord fullFrom(const QSqlQuery &q)
{
    TrafficRecord r = summaryFrom(q);
    r.requestHeaders = q.value(kDetailColumn).toByteArray();
    r.requestBody = q.value(kDetailColumn + 1).toByteArray();
    r.responseHeaders = q.value(kDetailColumn + 2).toByteArray();
    r.responseBody = q.value(kDetailColumn + 3).toByteArray();
    return r;
}

// A WHERE condition for `filter` ("1=1" when it narrows nothing) and its bound values, in order.
struct Condition
{
    QStringList terms;
    QVariantList values;

    void add(const QString &term, const QVariantList &termValues)
    {
        terms.append(term);
        values.append(termValues);
    }
    void addRange(const QString &column, const std::optional<StatusRange> &range)
    {
        if (range)
            add(QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column), {range->from, range->to});
    }
    QString sql() const { return terms.isEmpty() ? QStringLiteral("1=1") : terms.join(QLatin1String(" AND ")); }
    void bind(QSqlQuery &q) const
    {
        for (const QVariant &value : values)
            q.addBindValue(value);
    }
};

Condition conditionOf(const TrafficFilter &filter)
{
    Condition c;
    if (!filter.partner.isEmpty())
        c.add(QStringLiteral("partner = ?"), {filter.partner});
    if (!filter.module.isEmpty()) {
        // The module is a path segment: followed by '/', the query or nothing.
        const QString segment = QLatin1Char('/') + filter.module;
        c.add(QStringLiteral("(url LIKE ? OR url LIKE ? OR url LIKE ?)"),
              {QString(QLatin1Char('%') + segment + QLatin1String("/%")), QString(QLatin1Char('%') + segment),
               QString(QLatin1Char('%') + segment + QLatin1String("?%"))});
    }
    if (filter.direction)
        c.add(QStringLiteral("direction = ?"),
              {*filter.direction == TrafficRecord::Direction::Outgoing ? QStringLiteral("out") : QStringLiteral("in")});
    if (!filter.method.isEmpty())
        c.add(QStringLiteral("method = ?"), {filter.method.toUpper()});
    c.addRange(QStringLiteral("http_status"), filter.httpStatus);
    c.addRange(QStringLiteral("ocpi_status"), filter.ocpiStatus);
    if (filter.errorsOnly) {
        // TrafficRecord::isError() in SQL.
        c.add(QStringLiteral("((direction = 'out' AND COALESCE(http_status, 0) = 0) OR http_status >= 400 "
                             "OR (COALESCE(ocpi_status, 0) <> 0 AND (ocpi_status < 1000 OR ocpi_status >= 2000)))"),
              {});
    }
    return c;
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

Migration TrafficStore::errorsMigration()
{
    return {QStringLiteral("request log errors"), {QStringLiteral("ALTER TABLE request_log ADD COLUMN error TEXT")}};
}

Status TrafficStore::insert(QSqlDatabase db, const QList<TrafficRecord> &records)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO request_log (ts, direction, method, url, partner_id, partner, http_status, "
        "ocpi_status, duration_ms, request_id, correlation_id, request_headers, request_body, "
        "response_headers, response_body, warnings, error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
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
        q.addBindValue(r.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.error));
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

Result<QList<TrafficRecord>> TrafficStore::recent(QSqlDatabase db, int limit, qint64 beforeId,
                                                  const TrafficFilter &filter)
{
    const Condition condition = conditionOf(filter);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM request_log WHERE (? = 0 OR id < ?) AND %2 ORDER BY id DESC LIMIT ?")
                  .arg(kSummaryColumns, condition.sql()));
    q.addBindValue(beforeId);
    q.addBindValue(beforeId);
    condition.bind(q);
    q.addBindValue(limit);
    return collect(q, "reading the request log");
}

Result<QList<TrafficRecord>> TrafficStore::since(QSqlDatabase db, qint64 afterId, int limit,
                                                 const TrafficFilter &filter)
{
    const Condition condition = conditionOf(filter);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM request_log WHERE id > ? AND %2 ORDER BY id ASC LIMIT ?")
                  .arg(kSummaryColumns, condition.sql()));
    q.addBindValue(afterId);
    condition.bind(q);
    q.addBindValue(limit);
    return collect(q, "reading the request log");
}

Result<std::optional<TrafficRecord>> TrafficStore::find(QSqlDatabase db, qint64 id)
{
    auto found = findAll(db, {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<TrafficRecord>() : std::optional<TrafficRecord>(found->first());
}

Result<QList<TrafficRecord>> TrafficStore::findAll(QSqlDatabase db, const QList<qint64> &ids)
{
    QList<TrafficRecord> out;
    // In chunks: bound parameters are limited (SQLite: 32766, PostgreSQL: 65535).
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1, request_headers, request_body, response_headers, response_body "
                                 "FROM request_log WHERE id IN (%2)")
                      .arg(kSummaryColumns, marks.join(QLatin1Char(','))));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (Status status = execute(q, "reading request log entries"); !status)
            return status.error();
        while (q.next())
            out.append(fullFrom(q));
    }
    std::sort(out.begin(), out.end(), [](const TrafficRecord &a, const TrafficRecord &b) { return a.id < b.id; });
    return out;
}

Result<QStringList> TrafficStore::partners(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT partner FROM request_log WHERE partner IS NOT NULL AND partner <> '' "
                             "ORDER BY partner"));
    if (Status status = execute(q, "reading the request log's partners"); !status)
        return status.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
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
