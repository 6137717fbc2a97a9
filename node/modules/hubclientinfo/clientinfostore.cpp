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

} // namespace

Migration ClientInfoStore::migration()
{
    // One row per (hub, party): the URL names a party by country_code/party_id only (HCI-02).
    return {QStringLiteral("hub client info"),
            {QStringLiteral("CREATE TABLE hub_client_info ("
                            " partner_id BIGINT NOT NULL,"
                            " country_code TEXT NOT NULL,"
                            " party_id TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " last_updated_ms BIGINT NOT NULL,"
                            " json TEXT NOT NULL,"
                            " PRIMARY KEY (partner_id, country_code, party_id))")}};
}

Result<bool> ClientInfoStore::put(const StoredClientInfo &info)
{
    auto existing = find(info.party.hubPartnerId, info.party.party.party);
    if (!existing)
        return existing.error();
    Statement q(m_database, QStringLiteral("INSERT INTO hub_client_info (%1) VALUES (?,?,?,?,?,?,?)"
                                           " ON CONFLICT (partner_id, country_code, party_id) DO UPDATE SET"
                                           " role = excluded.role, status = excluded.status,"
                                           " last_updated_ms = excluded.last_updated_ms, json = excluded.json")
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
    return !existing->has_value();
}

Result<std::optional<StoredClientInfo>> ClientInfoStore::find(qint64 hubPartnerId, const PartyId &party)
{
    Statement q(m_database, QStringLiteral("SELECT %1 FROM hub_client_info WHERE partner_id = ? AND country_code = ?"
                                           " AND party_id = ?")
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
    Statement q(m_database, QStringLiteral("SELECT %1 FROM hub_client_info%2 ORDER BY partner_id, country_code, party_id")
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
