#include "locationstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ocpi {

namespace {

// Only plain printable ASCII is searched as text: anything JSON could escape differently would
// make the narrowing miss a token.
bool searchableAsText(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\')
            return false;
    }
    return !value.isEmpty();
}

QString likePattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QStringLiteral("%\"") + escaped + QStringLiteral("\"%");
}

// Adds the owner of every token `query` (country_code, party_id, json) finds matching `entry`.
Status collectMatches(QSqlQuery &query, const QJsonObject &entry, QList<PartyId> &owners)
{
    if (Status s = execute(query, "reading tokens for a location's visibility"); !s)
        return s;
    while (query.next()) {
        const PartyId owner = PartyId::of(query.value(0).toString(), query.value(1).toString());
        if (!owners.contains(owner) && publishEntryMatches(entry, QJsonDocument::fromJson(query.value(2).toByteArray()).object()))
            owners.append(owner);
    }
    return Status::success();
}

} // namespace

bool publishEntryMatches(const QJsonObject &entry, const QJsonObject &token)
{
    bool any = false;
    for (const char *field : {"uid", "type", "visual_number", "issuer", "group_id"}) {
        const QString name = QLatin1String(field);
        const QJsonValue wanted = entry.value(name);
        if (!wanted.isString())
            continue;
        any = true;
        const bool ciString = name == QLatin1String("uid") || name == QLatin1String("group_id");
        const QString held = token.value(name).toString();
        if (held.compare(wanted.toString(), ciString ? Qt::CaseInsensitive : Qt::CaseSensitive) != 0 || held.isEmpty())
            return false;
    }
    return any;
}

Migration LocationStore::migration()
{
    return {QStringLiteral("locations_unlisted"),
            {QStringLiteral("CREATE INDEX locations_unlisted ON locations (partner_id, seq) WHERE listed = 0")}};
}

Result<QList<PartyId>> LocationStore::tokenOwnersMatching(qint64 partnerId, const std::optional<QList<PartyId>> &owners,
                                                          const QJsonObject &entry) const
{
    QSqlDatabase db = m_database.connection();
    QList<PartyId> found;
    const QString uid = entry.value(QLatin1String("uid")).toString();
    if (!uid.isEmpty()) {
        const QString type = entry.value(QLatin1String("type")).toString();
        const QString typeClause = type.isEmpty() ? QString() : QStringLiteral(" AND sub_key = ?");
        // Known owners: one indexed lookup each. Any owner (a hub's parties): the partner's tokens
        // with that uid.
        QList<std::optional<PartyId>> lookups;
        if (owners) {
            for (const PartyId &owner : *owners)
                lookups.append(owner);
        } else {
            lookups.append(std::nullopt);
        }
        for (const std::optional<PartyId> &owner : lookups) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT country_code, party_id, json FROM tokens WHERE %1object_id = ?%2 AND partner_id = ?")
                          .arg(owner ? QStringLiteral("country_code = ? AND party_id = ? AND ") : QString(), typeClause));
            if (owner) {
                q.addBindValue(owner->countryCode);
                q.addBindValue(owner->partyId);
            }
            q.addBindValue(uid.toUpper());
            if (!type.isEmpty())
                q.addBindValue(type.toUpper());
            q.addBindValue(partnerId);
            if (Status s = collectMatches(q, entry, found); !s)
                return s.error();
        }
        return found;
    }
    const QString needle = entry.value(QLatin1String("group_id")).toString().isEmpty()
                               ? entry.value(QLatin1String("visual_number")).toString()
                               : entry.value(QLatin1String("group_id")).toString();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (searchableAsText(needle)) {
        // The dialect's case-insensitive LIKE, as a CiString group_id must; visual_number is
        // compared exactly afterwards. LIKE never matches bytes as such: read them as text.
        q.prepare(QStringLiteral("SELECT country_code, party_id, json FROM tokens WHERE partner_id = ? AND %1 %2 ? ESCAPE '\\'")
                      .arg(m_database.dialect().bytesAsText(QStringLiteral("json")), m_database.dialect().caseInsensitiveLike()));
        q.addBindValue(partnerId);
        q.addBindValue(likePattern(needle));
    } else {
        q.prepare(QStringLiteral("SELECT country_code, party_id, json FROM tokens WHERE partner_id = ?"));
        q.addBindValue(partnerId);
    }
    if (Status s = collectMatches(q, entry, found); !s)
        return s.error();
    if (owners) {
        found.removeIf([&owners](const PartyId &owner) { return !owners->contains(owner); });
    }
    return found;
}

} // namespace ocpi
