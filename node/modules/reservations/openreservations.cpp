#include "openreservations.h"

namespace ocpi {

Migration OpenReservations::migration()
{
    return {QStringLiteral("open_reservations"),
            {QStringLiteral("CREATE TABLE open_reservations (country_code TEXT NOT NULL, party_id TEXT NOT NULL,"
                            " object_id TEXT NOT NULL, due_ms BIGINT NOT NULL,"
                            " PRIMARY KEY (country_code, party_id, object_id))"),
             QStringLiteral("CREATE INDEX open_reservations_due ON open_reservations (due_ms)"),
             QStringLiteral("INSERT INTO open_reservations (country_code, party_id, object_id, due_ms)"
                            " SELECT country_code, party_id, object_id, 0 FROM reservations WHERE partner_id <> 0")}};
}

Status OpenReservations::arm(const ObjectKey &key, const QDateTime &due)
{
    Statement upsert(m_database, QStringLiteral("INSERT INTO open_reservations (country_code, party_id, object_id, due_ms)"
                                                " VALUES (?, ?, ?, ?) ON CONFLICT (country_code, party_id, object_id)"
                                                " DO UPDATE SET due_ms = excluded.due_ms"));
    upsert.bind(key.owner.countryCode).bind(key.owner.partyId).bind(key.id).bind(due.toMSecsSinceEpoch());
    if (Status s = upsert.exec("note an open reservation"); !s)
        return s;
    m_database.noteLocalWrite();
    return Status::success();
}

Status OpenReservations::disarm(const ObjectKey &key)
{
    Statement remove(m_database, QStringLiteral("DELETE FROM open_reservations WHERE country_code = ? AND party_id = ?"
                                                " AND object_id = ?"));
    remove.bind(key.owner.countryCode).bind(key.owner.partyId).bind(key.id);
    if (Status s = remove.exec("close a reservation"); !s)
        return s;
    if (remove.rowsAffected() > 0)
        m_database.noteLocalWrite();
    return Status::success();
}

Result<QList<ObjectKey>> OpenReservations::due(const QDateTime &now, int limit)
{
    Statement select(m_database, QStringLiteral("SELECT country_code, party_id, object_id FROM open_reservations"
                                                " WHERE due_ms <= ? ORDER BY due_ms LIMIT ?"));
    select.bind(now.toMSecsSinceEpoch()).bind(limit);
    return keys(select);
}

Result<QList<ObjectKey>> OpenReservations::all()
{
    Statement select(m_database, QStringLiteral("SELECT country_code, party_id, object_id FROM open_reservations"));
    return keys(select);
}

Result<QList<ObjectKey>> OpenReservations::keys(Statement &select)
{
    if (Status s = select.exec("read the open reservations"); !s)
        return s.error();
    QList<ObjectKey> keys;
    while (select.next())
        keys.append(ObjectKey::of(select.value(0).toString(), select.value(1).toString(), select.value(2).toString()));
    return keys;
}

} // namespace ocpi
