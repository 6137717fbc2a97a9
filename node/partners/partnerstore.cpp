#include "partnerstore.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "core/secrets.h"
#include "store/sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ocpi {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, state, state_reason, versions_url, version, outgoing_token, encoding_setting, "
    "detected_encoding, last_contact, created_at, "
    "(SELECT COUNT(*) FROM partner_tokens t WHERE t.partner_id = partners.id AND t.kind = 'live'), initial_sync");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(formatDateTime(when)) : QVariant();
}

QString encodingName(TokenEncoding encoding)
{
    return encoding == TokenEncoding::Raw ? QStringLiteral("raw") : QStringLiteral("base64");
}

// The columns insert and update both write, in kColumnNames order.
const QString kColumnNames = QStringLiteral("name, state, state_reason, versions_url, version, outgoing_token, "
                                            "encoding_setting, detected_encoding, last_contact, initial_sync");

void bindColumns(QSqlQuery &q, const Partner &partner)
{
    q.addBindValue(notNull(partner.name));
    q.addBindValue(partnerStateName(partner.state));
    q.addBindValue(textOrNull(partner.stateReason));
    q.addBindValue(textOrNull(partner.versionsUrl));
    q.addBindValue(textOrNull(partner.version));
    q.addBindValue(textOrNull(partner.outgoingToken));
    q.addBindValue(encodingSettingName(partner.encodingSetting));
    q.addBindValue(partner.detectedEncoding ? QVariant(encodingName(*partner.detectedEncoding)) : QVariant());
    q.addBindValue(timeOrNull(partner.lastContact));
    q.addBindValue(partner.initialSync ? 1 : 0);
}

Partner partnerFrom(const QSqlQuery &q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.state = parsePartnerState(q.value(2).toString()).value_or(PartnerState::Failed);
    p.stateReason = q.value(3).toString();
    p.versionsUrl = q.value(4).toString();
    p.version = q.value(5).toString();
    p.outgoingToken = q.value(6).toString();
    p.encodingSetting = parseEncodingSetting(q.value(7).toString()).value_or(EncodingSetting::Auto);
    const QString detected = q.value(8).toString();
    if (!detected.isEmpty())
        p.detectedEncoding = detected == QLatin1String("raw") ? TokenEncoding::Raw : TokenEncoding::Base64;
    p.lastContact = parseDateTime(q.value(9).toString()).value_or(QDateTime());
    p.createdAt = parseDateTime(q.value(10).toString()).value_or(QDateTime());
    p.hasIncomingToken = q.value(11).toInt() > 0;
    p.initialSync = q.value(12).toInt() != 0;
    return p;
}

} // namespace

Migration PartnerStore::migration()
{
    return {QStringLiteral("partner registry"),
            {QStringLiteral("CREATE TABLE partners ("
                            " id {auto_id},"
                            " name TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " state_reason TEXT,"
                            " versions_url TEXT,"
                            " version TEXT,"
                            " outgoing_token TEXT,"
                            " encoding_setting TEXT NOT NULL DEFAULT 'auto',"
                            " detected_encoding TEXT,"
                            " last_contact TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE partner_roles ("
                            " partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " country_code TEXT NOT NULL,"
                            " party_id TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " business_name TEXT NOT NULL,"
                            " business_website TEXT,"
                            " business_logo TEXT,"
                            " PRIMARY KEY (partner_id, country_code, party_id, role))"),
             QStringLiteral("CREATE INDEX partner_roles_party ON partner_roles (country_code, party_id)"),
             QStringLiteral("CREATE TABLE partner_endpoints ("
                            " partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " identifier TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " url TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE partner_tokens ("
                            " lookup_key TEXT PRIMARY KEY,"
                            " partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " salt TEXT NOT NULL,"
                            " hash TEXT NOT NULL,"
                            " expires_at TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX partner_tokens_partner ON partner_tokens (partner_id)")}};
}

Migration PartnerStore::handshakeFailuresMigration()
{
    return {QStringLiteral("failed handshakes per token A"),
            {QStringLiteral("ALTER TABLE partner_tokens ADD COLUMN failed_handshakes INTEGER NOT NULL DEFAULT 0")}};
}

Migration PartnerStore::partyClaimsMigration()
{
    // `held` marks the roles of registered partners: only those claim their party. Rows of invited,
    // failed or unregistered partners stay (they are shown) but claim nothing. A database from
    // before this check may already hold one party twice; the partner that registered it later
    // loses it and must register again, and says why.
    return {QStringLiteral("one registered partner per party and role"),
            {QStringLiteral("ALTER TABLE partner_roles ADD COLUMN held INTEGER CHECK (held IS NULL OR held = 1)"),
             QStringLiteral("UPDATE partners SET state = 'failed', state_reason = 'another partner registered the "
                            "same party and role first; unregister one of them and register again' "
                            "WHERE state = 'registered' AND EXISTS (SELECT 1 FROM partner_roles mine "
                            " JOIN partner_roles theirs ON theirs.country_code = mine.country_code"
                            "  AND theirs.party_id = mine.party_id AND theirs.role = mine.role"
                            "  AND theirs.partner_id < mine.partner_id"
                            " JOIN partners other ON other.id = theirs.partner_id AND other.state = 'registered'"
                            " WHERE mine.partner_id = partners.id)"),
             QStringLiteral("UPDATE partner_roles SET held = 1 "
                            "WHERE partner_id IN (SELECT id FROM partners WHERE state = 'registered')"),
             QStringLiteral("CREATE UNIQUE INDEX partner_roles_held ON partner_roles (country_code, party_id, role) "
                            "WHERE held = 1")}};
}

Migration PartnerStore::removedPartnersMigration()
{
    return {QStringLiteral("removed partners keep their ids"),
            {QStringLiteral("CREATE TABLE removed_partners (id BIGINT PRIMARY KEY, name TEXT NOT NULL, "
                            "removed_at TEXT NOT NULL)")}};
}

Migration PartnerStore::initialSyncMigration()
{
    return {QStringLiteral("initial sync per partner"),
            {QStringLiteral("ALTER TABLE partners ADD COLUMN initial_sync INTEGER NOT NULL DEFAULT 0")}};
}

Result<qint64> PartnerStore::insert(const Partner &partner)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    // SQLite gives a new row the highest id + 1, which may be a removed partner's; PostgreSQL's
    // identity never goes back.
    const bool pickId = !SqlDialect::of(db).isPostgres();
    q.prepare(pickId ? QStringLiteral("INSERT INTO partners (id, %1, created_at) VALUES ((SELECT MAX(m) + 1 FROM "
                                      "(SELECT COALESCE(MAX(id), 0) AS m FROM partners UNION ALL "
                                      "SELECT COALESCE(MAX(id), 0) FROM removed_partners) AS ids),"
                                      "?,?,?,?,?,?,?,?,?,?,?) RETURNING id")
                           .arg(kColumnNames)
                     : QStringLiteral("INSERT INTO partners (%1, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id")
                           .arg(kColumnNames));
    bindColumns(q, partner);
    q.addBindValue(formatDateTime(partner.createdAt.isValid() ? partner.createdAt : QDateTime::currentDateTimeUtc()));
    if (Status s = execute(q, "adding a partner"); !s)
        return s.error();
    Partner stored = partner;
    // RETURNING rather than lastInsertId(): QPSQL only knows OIDs, which our tables have none of.
    if (!q.next())
        return Error::internal(QStringLiteral("storage error while adding a partner"));
    stored.id = q.value(0).toLongLong();
    q.finish();
    if (Status s = replaceChildren(db, stored); !s)
        return s.error();
    return stored.id;
}

Status PartnerStore::update(const Partner &partner)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    QString assignments = kColumnNames;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    q.prepare(QStringLiteral("UPDATE partners SET %1 = ? WHERE id = ?").arg(assignments));
    bindColumns(q, partner);
    q.addBindValue(partner.id);
    if (Status s = execute(q, "updating a partner"); !s)
        return s;
    return replaceChildren(db, partner);
}

Status PartnerStore::replaceChildren(QSqlDatabase db, const Partner &partner)
{
    for (const char *table : {"partner_roles", "partner_endpoints"}) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE partner_id = ?").arg(QLatin1String(table)));
        clear.addBindValue(partner.id);
        if (Status s = execute(clear, "updating a partner"); !s)
            return s;
    }
    QSqlQuery role(db);
    role.prepare(QStringLiteral("INSERT INTO partner_roles (partner_id, position, country_code, party_id, role, "
                                "business_name, business_website, business_logo, held) VALUES (?,?,?,?,?,?,?,?,?)"));
    const QVariant held = partner.state == PartnerState::Registered ? QVariant(1) : QVariant();
    for (qsizetype i = 0; i < partner.roles.size(); ++i) {
        const PartnerRole &r = partner.roles[i];
        role.addBindValue(partner.id);
        role.addBindValue(int(i));
        role.addBindValue(r.party.party.countryCode);
        role.addBindValue(r.party.party.partyId);
        role.addBindValue(roleName(r.party.role));
        role.addBindValue(r.business.name);
        role.addBindValue(textOrNull(r.business.website));
        role.addBindValue(textOrNull(r.business.logoJson));
        role.addBindValue(held);
        if (role.exec())
            continue;
        // The unique index caught a claim the registry's check did not see: say what, not "storage error".
        const QString problem = role.lastError().databaseText();
        if (sqlerrors::violatesUnique(role.lastError(), QStringLiteral("partner_roles"), QStringLiteral("partner_roles_held"),
                                      QStringLiteral("country_code"))) {
            qCWarning(lcStore).noquote() << "refused a second claim of" << r.party.toString() << ":" << problem;
            return Error::invalid(QStringLiteral("roles: %1 is already registered by another partner")
                                      .arg(r.party.toString()));
        }
        qCWarning(lcStore).noquote() << "SQL failed while storing a partner's roles:" << role.lastError().text();
        return Error::internal(QStringLiteral("storage error while storing a partner's roles"));
    }
    QSqlQuery endpoint(db);
    endpoint.prepare(QStringLiteral("INSERT INTO partner_endpoints (partner_id, position, identifier, role, url) "
                                    "VALUES (?,?,?,?,?)"));
    for (qsizetype i = 0; i < partner.endpoints.size(); ++i) {
        const PartnerEndpoint &e = partner.endpoints[i];
        endpoint.addBindValue(partner.id);
        endpoint.addBindValue(int(i));
        endpoint.addBindValue(e.identifier);
        endpoint.addBindValue(e.role);
        endpoint.addBindValue(e.url);
        if (Status s = execute(endpoint, "storing a partner's endpoints"); !s)
            return s;
    }
    return Status::success();
}

Status PartnerStore::loadChildren(QSqlDatabase db, Partner &partner)
{
    QSqlQuery roles(db);
    roles.prepare(QStringLiteral("SELECT country_code, party_id, role, business_name, business_website, "
                                 "business_logo FROM partner_roles WHERE partner_id = ? ORDER BY position"));
    roles.addBindValue(partner.id);
    if (Status s = execute(roles, "reading a partner's roles"); !s)
        return s;
    while (roles.next()) {
        PartnerRole r;
        r.party.party = PartyId{roles.value(0).toString(), roles.value(1).toString()};
        r.party.role = parseRole(roles.value(2).toString()).value_or(Role::OTHER);
        r.business = {roles.value(3).toString(), roles.value(4).toString(), roles.value(5).toString()};
        r.party.businessName = r.business.name;
        partner.roles.append(r);
    }
    QSqlQuery endpoints(db);
    endpoints.prepare(QStringLiteral("SELECT identifier, role, url FROM partner_endpoints WHERE partner_id = ? "
                                     "ORDER BY position"));
    endpoints.addBindValue(partner.id);
    if (Status s = execute(endpoints, "reading a partner's endpoints"); !s)
        return s;
    while (endpoints.next())
        partner.endpoints.append({endpoints.value(0).toString(), endpoints.value(1).toString(), endpoints.value(2).toString()});
    return Status::success();
}

Result<std::optional<Partner>> PartnerStore::find(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM partners WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = execute(q, "reading a partner"); !s)
        return s.error();
    if (!q.next())
        return std::optional<Partner>();
    Partner partner = partnerFrom(q);
    if (Status s = loadChildren(db, partner); !s)
        return s.error();
    return std::optional<Partner>(partner);
}

Result<QList<Partner>> PartnerStore::all()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM partners ORDER BY id").arg(kColumns));
    if (Status s = execute(q, "listing partners"); !s)
        return s.error();
    QList<Partner> partners;
    while (q.next())
        partners.append(partnerFrom(q));
    for (Partner &partner : partners) {
        if (Status s = loadChildren(db, partner); !s)
            return s.error();
    }
    return partners;
}

Status PartnerStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM partners WHERE id = ?"));
    q.addBindValue(id);
    return execute(q, "removing a partner");
}

Status PartnerStore::removeRetired(const Partner &partner, const QDateTime &now)
{
    QSqlQuery keep(m_database.connection());
    keep.prepare(QStringLiteral("INSERT INTO removed_partners (id, name, removed_at) VALUES (?,?,?)"));
    keep.addBindValue(partner.id);
    keep.addBindValue(partner.label());
    keep.addBindValue(formatDateTime(now));
    if (Status s = execute(keep, "keeping a removed partner's id"); !s)
        return s;
    // Tokens, roles and endpoints follow (ON DELETE CASCADE).
    return remove(partner.id);
}

Status PartnerStore::addToken(qint64 partnerId, IncomingToken::Kind kind, const QString &token,
                              const std::optional<QDateTime> &expiresAt, const QDateTime &now)
{
    const QByteArray salt = secrets::newSalt();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO partner_tokens (lookup_key, partner_id, kind, salt, hash, expires_at, "
                             "created_at) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(secrets::lookupKey(token));
    q.addBindValue(partnerId);
    q.addBindValue(kind == IncomingToken::Kind::A ? QStringLiteral("a") : QStringLiteral("live"));
    q.addBindValue(QString::fromLatin1(salt));
    q.addBindValue(QString::fromLatin1(secrets::hashToken(salt, token)));
    q.addBindValue(expiresAt ? QVariant(formatDateTime(*expiresAt)) : QVariant());
    q.addBindValue(formatDateTime(now));
    return execute(q, "storing a token");
}

Status PartnerStore::removeTokens(qint64 partnerId, IncomingToken::Kind kind)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM partner_tokens WHERE partner_id = ? AND kind = ?"));
    q.addBindValue(partnerId);
    q.addBindValue(kind == IncomingToken::Kind::A ? QStringLiteral("a") : QStringLiteral("live"));
    return execute(q, "removing tokens");
}

Status PartnerStore::removeToken(const QString &token)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM partner_tokens WHERE lookup_key = ?"));
    q.addBindValue(secrets::lookupKey(token));
    return execute(q, "removing a token");
}

Status PartnerStore::removeLiveTokensExcept(qint64 partnerId, const QString &keep)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM partner_tokens WHERE partner_id = ? AND kind = 'live' AND lookup_key <> ?"));
    q.addBindValue(partnerId);
    q.addBindValue(secrets::lookupKey(keep));
    return execute(q, "retiring old tokens");
}

Result<std::optional<IncomingToken>> PartnerStore::tokenByKey(const QString &key)
{
    Statement q(m_database, QStringLiteral("SELECT partner_id, kind, salt, hash, expires_at FROM partner_tokens WHERE lookup_key = ?"));
    q.bind(key);
    if (Status s = q.exec("looking up a token"); !s)
        return s.error();
    if (!q.next())
        return std::optional<IncomingToken>();
    IncomingToken token;
    token.partnerId = q.value(0).toLongLong();
    token.kind = q.value(1).toString() == QLatin1String("a") ? IncomingToken::Kind::A : IncomingToken::Kind::Live;
    token.salt = q.value(2).toString().toLatin1();
    token.hash = q.value(3).toString().toLatin1();
    if (!q.value(4).isNull())
        token.expiresAt = parseDateTime(q.value(4).toString());
    return std::optional<IncomingToken>(token);
}

Result<std::optional<int>> PartnerStore::addFailedHandshake(const QString &tokenA)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery add(db);
    add.prepare(QStringLiteral("UPDATE partner_tokens SET failed_handshakes = failed_handshakes + 1 "
                               "WHERE lookup_key = ? AND kind = 'a'"));
    add.addBindValue(secrets::lookupKey(tokenA));
    if (Status s = execute(add, "counting a failed handshake"); !s)
        return s.error();
    if (add.numRowsAffected() == 0)
        return std::optional<int>();
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT failed_handshakes FROM partner_tokens WHERE lookup_key = ?"));
    read.addBindValue(secrets::lookupKey(tokenA));
    if (Status s = execute(read, "counting a failed handshake"); !s)
        return s.error();
    return read.next() ? std::optional<int>(read.value(0).toInt()) : std::optional<int>();
}

Status PartnerStore::setLastContact(qint64 partnerId, const QDateTime &when)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE partners SET last_contact = ? WHERE id = ?"));
    q.addBindValue(formatDateTime(when));
    q.addBindValue(partnerId);
    return execute(q, "recording contact with a partner");
}

Status PartnerStore::setDetectedEncoding(qint64 partnerId, TokenEncoding encoding)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE partners SET detected_encoding = ? WHERE id = ?"));
    q.addBindValue(encodingName(encoding));
    q.addBindValue(partnerId);
    return execute(q, "recording a partner's token encoding");
}

qint64 PartnerStore::dataVersion()
{
    return m_database.changeVersion();
}

} // namespace ocpi
