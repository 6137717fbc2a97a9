#include "profilestore.h"

#include <QJsonDocument>

namespace ocpi {

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> profileOf(const QVariant &column)
{
    if (column.isNull())
        return std::nullopt;
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

} // namespace

Migration ProfileStore::migration()
{
    return {QStringLiteral("charging_profiles"),
            {QStringLiteral("CREATE TABLE charging_profiles (id {auto_id}, country_code TEXT NOT NULL, party_id TEXT NOT NULL,"
                            " session_id TEXT NOT NULL, partner_id BIGINT NOT NULL, profile TEXT, set_ms BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX charging_profiles_session ON charging_profiles (country_code, party_id, session_id)"),
             QStringLiteral("CREATE TABLE charging_profile_updates (partner_id BIGINT NOT NULL, session_id TEXT NOT NULL,"
                            " profile TEXT NOT NULL, received_ms BIGINT NOT NULL, PRIMARY KEY (partner_id, session_id))")}};
}

Status ProfileStore::record(const ObjectKey &session, qint64 partnerId, const std::optional<QJsonObject> &profile,
                            const QDateTime &at)
{
    Statement insert(m_database, QStringLiteral("INSERT INTO charging_profiles (country_code, party_id, session_id, partner_id,"
                                                " profile, set_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(session.owner.countryCode)
        .bind(session.owner.partyId)
        .bind(session.id)
        .bind(partnerId)
        .bind(profile ? QVariant(jsonText(*profile)) : QVariant(QMetaType::fromType<QString>()))
        .bind(at.toMSecsSinceEpoch());
    if (Status s = insert.exec("store a charging profile"); !s)
        return s;
    m_database.noteLocalWrite();
    return Status::success();
}

Result<QList<profiles::ProfileChange>> ProfileStore::history(const ObjectKey &session)
{
    Statement select(m_database, QStringLiteral("SELECT set_ms, profile, partner_id FROM charging_profiles WHERE country_code = ?"
                                                " AND party_id = ? AND session_id = ? ORDER BY id"));
    select.bind(session.owner.countryCode).bind(session.owner.partyId).bind(session.id);
    if (Status s = select.exec("read a session's charging profiles"); !s)
        return s.error();
    QList<profiles::ProfileChange> changes;
    while (select.next()) {
        profiles::ProfileChange change;
        change.at = QDateTime::fromMSecsSinceEpoch(select.value(0).toLongLong(), Qt::UTC);
        change.profile = profileOf(select.value(1));
        change.partnerId = select.value(2).toLongLong();
        changes.append(change);
    }
    return changes;
}

Result<QList<qint64>> ProfileStore::setters(const ObjectKey &session)
{
    Statement select(m_database, QStringLiteral("SELECT DISTINCT partner_id FROM charging_profiles WHERE country_code = ?"
                                                " AND party_id = ? AND session_id = ? AND profile IS NOT NULL"));
    select.bind(session.owner.countryCode).bind(session.owner.partyId).bind(session.id);
    if (Status s = select.exec("read who set a session's charging profiles"); !s)
        return s.error();
    QList<qint64> partners;
    while (select.next())
        partners.append(select.value(0).toLongLong());
    return partners;
}

Result<QList<ProfileStore::SessionProfile>> ProfileStore::latestPerSession(int limit)
{
    // The highest id of a session is its latest change (ids grow with time in both dialects).
    Statement select(m_database, QStringLiteral("SELECT country_code, party_id, session_id, set_ms, profile, partner_id"
                                                " FROM charging_profiles WHERE id IN (SELECT MAX(id) FROM charging_profiles"
                                                " GROUP BY country_code, party_id, session_id) ORDER BY id DESC LIMIT ?"));
    select.bind(limit);
    if (Status s = select.exec("read the latest charging profile of each session"); !s)
        return s.error();
    QList<SessionProfile> latest;
    while (select.next()) {
        SessionProfile row;
        row.session = ObjectKey::of(select.value(0).toString(), select.value(1).toString(), select.value(2).toString());
        row.change.at = QDateTime::fromMSecsSinceEpoch(select.value(3).toLongLong(), Qt::UTC);
        row.change.profile = profileOf(select.value(4));
        row.change.partnerId = select.value(5).toLongLong();
        latest.append(row);
    }
    return latest;
}

Status ProfileStore::storeUpdate(qint64 partnerId, const QString &sessionId, const QJsonObject &active, const QDateTime &at)
{
    Statement upsert(m_database, QStringLiteral("INSERT INTO charging_profile_updates (partner_id, session_id, profile, received_ms)"
                                                " VALUES (?, ?, ?, ?) ON CONFLICT (partner_id, session_id) DO UPDATE SET"
                                                " profile = excluded.profile, received_ms = excluded.received_ms"));
    upsert.bind(partnerId).bind(sessionId).bind(jsonText(active)).bind(at.toMSecsSinceEpoch());
    if (Status s = upsert.exec("store a pushed charging profile"); !s)
        return s;
    m_database.noteLocalWrite();
    return Status::success();
}

Result<std::optional<QJsonObject>> ProfileStore::update(qint64 partnerId, const QString &sessionId)
{
    Statement select(m_database, QStringLiteral("SELECT profile FROM charging_profile_updates WHERE partner_id = ? AND session_id = ?"));
    select.bind(partnerId).bind(sessionId);
    if (Status s = select.exec("read a pushed charging profile"); !s)
        return s.error();
    if (!select.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(select.value(0).toString().toUtf8()).object());
}

Result<QList<ProfileStore::PushedProfile>> ProfileStore::updates(int limit)
{
    Statement select(m_database, QStringLiteral("SELECT partner_id, session_id, profile, received_ms FROM charging_profile_updates"
                                                " ORDER BY received_ms DESC LIMIT ?"));
    select.bind(limit);
    if (Status s = select.exec("read the pushed charging profiles"); !s)
        return s.error();
    QList<PushedProfile> pushed;
    while (select.next()) {
        pushed.append({select.value(0).toLongLong(), select.value(1).toString(),
                       QJsonDocument::fromJson(select.value(2).toString().toUtf8()).object(),
                       QDateTime::fromMSecsSinceEpoch(select.value(3).toLongLong(), Qt::UTC)});
    }
    return pushed;
}

} // namespace ocpi
