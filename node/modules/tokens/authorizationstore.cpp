#include "authorizationstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace ocpi {

namespace {

QByteArray evseList(const QStringList &uids)
{
    return QJsonDocument(QJsonArray::fromStringList(uids)).toJson(QJsonDocument::Compact);
}

QStringList evseUids(const QByteArray &json)
{
    QStringList uids;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &uid : array)
        uids.append(uid.toString());
    return uids;
}

} // namespace

Migration AuthorizationStore::migration()
{
    // `reference_key` is the reference upper-cased (CiString, GEN-03); `reference` as handed out.
    return {QStringLiteral("tokens_authorizations"),
            {QStringLiteral("CREATE TABLE token_authorizations ("
                            " reference_key TEXT PRIMARY KEY,"
                            " reference TEXT NOT NULL,"
                            " token_country_code TEXT NOT NULL,"
                            " token_party_id TEXT NOT NULL,"
                            " token_uid TEXT NOT NULL,"
                            " token_type TEXT NOT NULL,"
                            " allowed TEXT NOT NULL,"
                            " partner_id BIGINT NOT NULL,"
                            " cpo_country_code TEXT NOT NULL,"
                            " cpo_party_id TEXT NOT NULL,"
                            " authorized_ms BIGINT NOT NULL,"
                            " location_id TEXT NOT NULL DEFAULT '',"
                            " evse_uids TEXT NOT NULL DEFAULT '[]')")}};
}

Status AuthorizationStore::record(const AuthorizationRecord &record)
{
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO token_authorizations (reference_key, reference, token_country_code,"
                                    " token_party_id, token_uid, token_type, allowed, partner_id, cpo_country_code,"
                                    " cpo_party_id, authorized_ms, location_id, evse_uids)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (reference_key) DO UPDATE SET reference = excluded.reference,"
                                    " token_country_code = excluded.token_country_code,"
                                    " token_party_id = excluded.token_party_id, token_uid = excluded.token_uid,"
                                    " token_type = excluded.token_type, allowed = excluded.allowed,"
                                    " partner_id = excluded.partner_id, cpo_country_code = excluded.cpo_country_code,"
                                    " cpo_party_id = excluded.cpo_party_id, authorized_ms = excluded.authorized_ms,"
                                    " location_id = excluded.location_id, evse_uids = excluded.evse_uids"));
    insert.bind(record.reference.toUpper())
        .bind(record.reference)
        .bind(record.token.owner.countryCode)
        .bind(record.token.owner.partyId)
        .bind(record.token.id)
        .bind(notNull(record.token.subKey))
        .bind(record.allowed)
        .bind(record.partnerId)
        .bind(record.cpo.countryCode)
        .bind(record.cpo.partyId)
        .bind(record.authorizedAt.toMSecsSinceEpoch())
        .bind(notNull(record.locationId))
        .bind(QString::fromUtf8(evseList(record.evseUids)));
    if (Status s = insert.exec("recording an authorization"); !s)
        return s;
    m_database.noteLocalWrite();
    return Status::success();
}

Result<std::optional<AuthorizationRecord>> AuthorizationStore::find(const QString &reference)
{
    Statement query(m_database,
                    QStringLiteral("SELECT reference, token_country_code, token_party_id, token_uid, token_type, allowed,"
                                   " partner_id, cpo_country_code, cpo_party_id, authorized_ms, location_id, evse_uids"
                                   " FROM token_authorizations WHERE reference_key = ?"));
    query.bind(reference.toUpper());
    if (Status s = query.exec("reading an authorization"); !s)
        return s.error();
    if (!query.next())
        return std::optional<AuthorizationRecord>();
    AuthorizationRecord record;
    record.reference = query.value(0).toString();
    record.token = ObjectKey::of(query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toString());
    record.allowed = query.value(5).toString();
    record.partnerId = query.value(6).toLongLong();
    record.cpo = PartyId{query.value(7).toString(), query.value(8).toString()};
    record.authorizedAt = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
    record.locationId = query.value(10).toString();
    record.evseUids = evseUids(query.value(11).toString().toUtf8());
    return std::optional<AuthorizationRecord>(record);
}

} // namespace ocpi
