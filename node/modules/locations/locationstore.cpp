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

Result<bool> anyMatches(QSqlQuery &query, const QJsonObject &entry)
{
    if (Status s = execute(query, "reading tokens for a location's visibility"); !s)
        return s.error();
    while (query.next()) {
        if (publishEntryMatches(entry, QJsonDocument::fromJson(query.value(0).toByteArray()).object()))
            return true;
    }
    return false;
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

Result<bool> LocationStore::partnerHoldsToken(qint64 partnerId, const QList<PartyId> &owners, const QJsonObject &entry)
{
    QSqlDatabase db = m_database.connection();
    const QString uid = entry.value(QLatin1String("uid")).toString();
    if (!uid.isEmpty()) {
        const QString type = entry.value(QLatin1String("type")).toString();
        for (const PartyId &owner : owners) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT json FROM tokens WHERE country_code = ? AND party_id = ? AND object_id = ?%1"
                                     " AND partner_id = ?")
                          .arg(type.isEmpty() ? QString() : QStringLiteral(" AND sub_key = ?")));
            q.addBindValue(owner.countryCode);
            q.addBindValue(owner.partyId);
            q.addBindValue(uid.toUpper());
            if (!type.isEmpty())
                q.addBindValue(type.toUpper());
            q.addBindValue(partnerId);
            auto found = anyMatches(q, entry);
            if (!found || *found)
                return found;
        }
        return false;
    }
    const QString needle = entry.value(QLatin1String("group_id")).toString().isEmpty()
                               ? entry.value(QLatin1String("visual_number")).toString()
                               : entry.value(QLatin1String("group_id")).toString();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (searchableAsText(needle)) {
        // The dialect's case-insensitive LIKE, as a CiString group_id must; visual_number is
        // compared exactly afterwards. LIKE never matches bytes as such: read them as text.
        q.prepare(QStringLiteral("SELECT json FROM tokens WHERE partner_id = ? AND %1 %2 ? ESCAPE '\\'")
                      .arg(m_database.dialect().bytesAsText(QStringLiteral("json")), m_database.dialect().caseInsensitiveLike()));
        q.addBindValue(partnerId);
        q.addBindValue(likePattern(needle));
    } else {
        q.prepare(QStringLiteral("SELECT json FROM tokens WHERE partner_id = ?"));
        q.addBindValue(partnerId);
    }
    return anyMatches(q, entry);
}

} // namespace ocpi
