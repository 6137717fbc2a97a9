#include "clientinfostore.h"

#include <QDateTime>
#include <QVariant>

namespace ocpi {

namespace {

const QString kColumns = QStringLiteral("partner_id, country_code, party_id, role, status, last_updated_ms, json");

StoredClientInfo rowOf(const Statement &q)
{
    StoredClientInfo info;
    info.party.hubPartnerId = q.value(0).toLongLong();
    info.party.party.party = PartyId{q.value(1).toString(), q.value(2).toString()};
    info.party.party.role = parseRole(q.value(3).toString()).value_or(Role::OTHER);
    info.party.party.businessName = info.party.party.party.toString();
    // An unknown word (a newer build wrote it) reads as the safe one: not reachable.
    info.party.status = parseConnectionStatus(q.value(4).toString()).value_or(ConnectionStatus::Suspended);
    info.party.lastUpdated = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    info.json = q.value(6).toString().toUtf8();
    return info;
}

// The table's statement as the first migration wrote it (keep it so), with `extra` columns and
// primary key `key`.
QString createTable(const QString &name, const QString &extra, const QString &key)
{
    return QStringLiteral("CREATE TABLE %1 ("
                          " partner_id BIGINT NOT NULL,"
                          " country_code TEXT NOT NULL,"
                          " party_id TEXT NOT NULL,"
                          " role TEXT NOT NULL,"
                          " status TEXT NOT NULL,"
                          " last_updated_ms BIGINT NOT NULL,"
                          " json TEXT NOT NULL,"
                          "%2"
                          " PRIMARY KEY (%3))")
        .arg(name, extra, key);
}

} // namespace

Migration ClientInfoStore::migration()
{
    // One row per (hub, party): the URL names a party by country_code/party_id only (HCI-02).
    return {QStringLiteral("hub client info"),
            {createTable(QStringLiteral("hub_client_info"), QString(), QStringLiteral("partner_id, country_code, party_id"))}};
}

Migration ClientInfoStore::roleMigration()
{
    // A party that is both CPO and eMSP behind one hub has a ClientInfo per role (the body's role
    // tells them apart, the URL cannot). The key grows by the role, which SQLite cannot add to a
    // primary key in place: the table is copied. received_seq orders the PUTs (a GET answers with
    // the last one); the rows copied keep the order of their last_updated.
    return {QStringLiteral("hub client info: one row per role"),
            {createTable(QStringLiteral("hub_client_info_by_role"), QStringLiteral(" received_seq BIGINT NOT NULL DEFAULT 0,"),
                         QStringLiteral("partner_id, country_code, party_id, role")),
             QStringLiteral("INSERT INTO hub_client_info_by_role (%1, received_seq) SELECT %1, last_updated_ms"
                            " FROM hub_client_info").arg(kColumns),
             QStringLiteral("DROP TABLE hub_client_info"),
             QStringLiteral("ALTER TABLE hub_client_info_by_role RENAME TO hub_client_info")}};
}

Result<bool> ClientInfoStore::put(const StoredClientInfo &info)
{
    Statement existing(m_database, QStringLiteral("SELECT 1 FROM hub_client_info WHERE partner_id = ? AND country_code = ?"
                                                  " AND party_id = ? AND role = ?"));
    existing.bind(info.party.hubPartnerId)
        .bind(info.party.party.party.countryCode)
        .bind(info.party.party.party.partyId)
        .bind(roleName(info.party.party.role));
    if (Status s = existing.exec("reading a hub's client info"); !s)
        return s.error();
    const bool created = !existing.next();
    Statement q(m_database, QStringLiteral("INSERT INTO hub_client_info (%1, received_seq) VALUES (?,?,?,?,?,?,?,"
                                           " (SELECT COALESCE(MAX(received_seq), 0) + 1 FROM hub_client_info))"
                                           " ON CONFLICT (partner_id, country_code, party_id, role) DO UPDATE SET"
                                           " status = excluded.status, last_updated_ms = excluded.last_updated_ms,"
                                           " json = excluded.json, received_seq = excluded.received_seq")
                                .arg(kColumns));
    q.bind(info.party.hubPartnerId)
        .bind(info.party.party.party.countryCode)
        .bind(info.party.party.party.partyId)
        .bind(roleName(info.party.party.role))
        .bind(connectionStatusName(info.party.status))
        .bind(info.party.lastUpdated.toMSecsSinceEpoch())
        .bind(QString::fromUtf8(info.json));
    if (Status s = q.exec("storing a hub's client info"); !s)
        return s.error();
    m_database.noteLocalWrite();
    return created;
}

Result<std::optional<StoredClientInfo>> ClientInfoStore::find(qint64 hubPartnerId, const PartyId &party)
{
    Statement q(m_database, QStringLiteral("SELECT %1 FROM hub_client_info WHERE partner_id = ? AND country_code = ?"
                                           " AND party_id = ? ORDER BY received_seq DESC LIMIT 1")
                                .arg(kColumns));
    q.bind(hubPartnerId).bind(party.countryCode).bind(party.partyId);
    if (Status s = q.exec("reading a hub's client info"); !s)
        return s.error();
    if (!q.next())
        return std::optional<StoredClientInfo>();
    return std::optional<StoredClientInfo>(rowOf(q));
}

Result<QList<StoredClientInfo>> ClientInfoStore::list(std::optional<qint64> hubPartnerId)
{
    Statement q(m_database, QStringLiteral("SELECT %1 FROM hub_client_info%2 ORDER BY partner_id, country_code, party_id, role")
                                .arg(kColumns, hubPartnerId ? QStringLiteral(" WHERE partner_id = ?") : QString()));
    if (hubPartnerId)
        q.bind(*hubPartnerId);
    if (Status s = q.exec("listing hubs' client info"); !s)
        return s.error();
    QList<StoredClientInfo> rows;
    while (q.next())
        rows.append(rowOf(q));
    return rows;
}

} // namespace ocpi
