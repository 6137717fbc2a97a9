#include "outbox.h"

#include "outboxrows.h"

#include <QVariant>

namespace ocpi {

using outboxrows::entryFrom;
using outboxrows::kColumns;

// The operator's side of the outbox (`ocpi-node outbox`, the console): parked deliveries, listed,
// queued again or dropped.

Result<QList<OutboxEntry>> Outbox::parkedEntries(std::optional<qint64> partnerId, int limit)
{
    Statement q(m_database, QStringLiteral("SELECT %1 FROM outbox WHERE parked = 1 AND (? = 0 OR partner_id = ?)"
                                           " ORDER BY partner_id, id LIMIT ?").arg(kColumns));
    q.bind(partnerId ? 1 : 0).bind(partnerId.value_or(0)).bind(limit);
    if (Status s = q.exec("reading the parked deliveries"); !s)
        return s.error();
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

Result<int> Outbox::unpark(std::optional<qint64> partnerId, std::optional<qint64> deliveryId)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    Statement rows(m_database, QStringLiteral("SELECT id, partner_id, module, object_key FROM outbox WHERE parked = 1"
                                              " AND (? = 0 OR partner_id = ?) AND (? = 0 OR id = ?) ORDER BY id"));
    rows.bind(partnerId ? 1 : 0).bind(partnerId.value_or(0)).bind(deliveryId ? 1 : 0).bind(deliveryId.value_or(0));
    if (Status s = rows.exec("reading the parked deliveries"); !s)
        return s.error();
    struct Key
    {
        qint64 partnerId;
        QString module;
        QString orderingKey;
        bool operator==(const Key &o) const { return partnerId == o.partnerId && module == o.module && orderingKey == o.orderingKey; }
    };
    QList<qint64> ids;
    QList<Key> keys;
    while (rows.next()) {
        ids.append(rows.value(0).toLongLong());
        const Key key{rows.value(1).toLongLong(), rows.value(2).toString(), rows.value(3).toString()};
        if (!keys.contains(key))
            keys.append(key);
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    for (qint64 id : std::as_const(ids)) {
        Statement q(m_database, QStringLiteral("UPDATE outbox SET parked = 0, head = 0, attempts = 0, next_attempt_ms = ?,"
                                               " claimed_by = NULL, lease_until_ms = 0 WHERE id = ?"));
        q.bind(now).bind(id);
        if (Status s = q.exec("queueing a parked delivery again"); !s)
            return s.error();
    }
    // The oldest live row of each key is its head again: usually the row just queued, as it was
    // queued first. A head in flight (claimed under a live lease) keeps its place until it is
    // settled; then the oldest takes over (promoteNext).
    for (const Key &key : std::as_const(keys)) {
        Statement demote(m_database, QStringLiteral(
            "UPDATE outbox SET head = 0 WHERE partner_id = ? AND module = ? AND object_key = ? AND head = 1"
            " AND (claimed_by IS NULL OR lease_until_ms <= ?)"));
        demote.bind(key.partnerId).bind(key.module).bind(key.orderingKey).bind(QDateTime::currentMSecsSinceEpoch());
        if (Status s = demote.exec("queueing a parked delivery again"); !s)
            return s.error();
        Statement heads(m_database, QStringLiteral(
            "SELECT COUNT(*) FROM outbox WHERE partner_id = ? AND module = ? AND object_key = ? AND head = 1"));
        heads.bind(key.partnerId).bind(key.module).bind(key.orderingKey);
        if (Status s = heads.exec("queueing a parked delivery again"); !s)
            return s.error();
        if (heads.next() && heads.value(0).toLongLong() > 0)
            continue;
        if (Status s = promoteNext(key.partnerId, key.module, key.orderingKey); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (!ids.isEmpty())
        emit enqueued();
    return int(ids.size());
}

Result<bool> Outbox::drop(qint64 deliveryId)
{
    // Parked rows are never heads: nothing behind them waits for this one.
    Statement q(m_database, QStringLiteral("DELETE FROM outbox WHERE id = ? AND parked = 1"));
    q.bind(deliveryId);
    if (Status s = q.exec("dropping a parked delivery"); !s)
        return s.error();
    return q.rowsAffected() > 0;
}

Result<int> Outbox::forgetPartner(qint64 partnerId)
{
    // All of its rows, heads or not: no chain of another partner passes through them.
    Statement q(m_database, QStringLiteral("DELETE FROM outbox WHERE partner_id = ?"));
    q.bind(partnerId);
    if (Status s = q.exec("removing a partner's deliveries"); !s)
        return s.error();
    return q.rowsAffected();
}

} // namespace ocpi
