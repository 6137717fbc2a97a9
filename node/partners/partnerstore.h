#pragma once

#include "core/result.h"
#include "partner.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace ocpi {

// A credentials token a partner presents to us, stored as a salted hash (never in plain).
struct IncomingToken
{
    enum class Kind { A, Live }; // A: single-use registration token; Live: the partner's B or C

    qint64 partnerId = 0;
    Kind kind = Kind::Live;
    QByteArray salt;
    QByteArray hash;
    std::optional<QDateTime> expiresAt;
};

// SQL of the partner registry: partners, their roles and endpoints, and the tokens they hold.
class PartnerStore
{
public:
    explicit PartnerStore(Database &database) : m_database(database) {}

    static Migration migration();
    // Counts failed handshakes per token A (hardening issue item 5).
    static Migration handshakeFailuresMigration();
    // A party and role is held by one registered partner at most, enforced by a unique index
    // (security: two registrations at the same moment could both claim one party).
    static Migration partyClaimsMigration();
    // Whether a partner gets our current objects when it registers (Partner::initialSync).
    static Migration initialSyncMigration();
    // Ids of removed partners, so that SQLite never gives one to a new partner (rows elsewhere
    // that still name it, such as the request log's, must not point at someone else).
    static Migration removedPartnersMigration();

    Result<qint64> insert(const Partner &partner);
    // Replaces every column, the roles and the endpoints.
    Status update(const Partner &partner);
    Result<std::optional<Partner>> find(qint64 id);
    Result<QList<Partner>> all();
    Status remove(qint64 id);
    // Deletes the partner (roles, endpoints and tokens go with it) and keeps its id as used.
    Status removeRetired(const Partner &partner, const QDateTime &now);

    Status addToken(qint64 partnerId, IncomingToken::Kind kind, const QString &token,
                    const std::optional<QDateTime> &expiresAt, const QDateTime &now);
    Status removeTokens(qint64 partnerId, IncomingToken::Kind kind);
    Status removeToken(const QString &token);
    // Every live token of the partner but the one `keep` (used when a rotation succeeded).
    Status removeLiveTokensExcept(qint64 partnerId, const QString &keep);
    Result<std::optional<IncomingToken>> tokenByKey(const QString &key);
    // One more failed handshake with this token A; its failures so far, nullopt when it is gone.
    Result<std::optional<int>> addFailedHandshake(const QString &tokenA);

    Status setLastContact(qint64 partnerId, const QDateTime &when);
    Status setDetectedEncoding(qint64 partnerId, TokenEncoding encoding);

    // Changes when another connection committed (Database::changeVersion()).
    qint64 dataVersion();

    QSqlDatabase db() { return m_database.connection(); }

private:
    Status replaceChildren(QSqlDatabase db, const Partner &partner);
    Status loadChildren(QSqlDatabase db, Partner &partner);

    Database &m_database;
};

} // namespace ocpi
