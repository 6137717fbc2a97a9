#include "outbox.h"

#include "outboxrows.h"

#include "client/ocpiclient.h"
#include "core/datetime.h"
#include "core/logging.h"
#include "partners/partnerregistry.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace ocpi {

using outboxrows::entryFrom;
using outboxrows::kColumns;

QString refusalPolicyName(RefusalPolicy policy)
{
    switch (policy) {
    case RefusalPolicy::ResendWhole:
        return QStringLiteral("resend-whole");
    case RefusalPolicy::Park:
        return QStringLiteral("park");
    case RefusalPolicy::RetryThenPark:
        return QStringLiteral("retry-then-park");
    }
    return QStringLiteral("park");
}

std::optional<RefusalPolicy> refusalPolicyFromName(const QString &name)
{
    for (RefusalPolicy policy : {RefusalPolicy::ResendWhole, RefusalPolicy::Park, RefusalPolicy::RetryThenPark}) {
        if (refusalPolicyName(policy) == name)
            return policy;
    }
    return std::nullopt;
}

QString deliveryUrl(const OutboxEntry &entry, const Partner &partner)
{
    if (!entry.url.isEmpty())
        return entry.url;
    const auto endpoint = partner.endpoint(entry.module, QStringLiteral("RECEIVER"));
    return endpoint ? OcpiClient::joinUrl(endpoint->url, {}) + entry.path : QString();
}

QString objectKeyText(const ObjectKey &key)
{
    QString text = key.owner.countryCode + QLatin1Char('/') + key.owner.partyId + QLatin1Char('/') + key.id;
    if (!key.subKey.isEmpty())
        text += QLatin1Char('/') + key.subKey;
    return text;
}

std::optional<ObjectKey> objectKeyFromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() < 3 || parts.size() > 4)
        return std::nullopt;
    return ObjectKey{PartyId{parts[0], parts[1]}, parts[2], parts.size() > 3 ? parts[3] : QString()};
}

Outbox::Outbox(Database &database, PartnerRegistry &partners, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_partners(partners), m_clock(clock)
{
    connect(&m_partners, &PartnerRegistry::partnersChanged, this, [this] { ++m_partnersVersion; });
}

Migration Outbox::migration()
{
    return {QStringLiteral("outbox"),
            {QStringLiteral("CREATE TABLE outbox ("
                            " id {auto_id},"
                            " partner_id BIGINT NOT NULL,"
                            " module TEXT NOT NULL,"
                            " object_key TEXT NOT NULL,"
                            " method TEXT NOT NULL,"
                            " path TEXT NOT NULL,"
                            " body {bytes},"
                            " from_cc TEXT NOT NULL, from_pid TEXT NOT NULL,"
                            " to_cc TEXT NOT NULL, to_pid TEXT NOT NULL,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " next_attempt_ms BIGINT NOT NULL DEFAULT 0,"
                            " last_error TEXT,"
                            " parked INTEGER NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_object ON outbox (partner_id, module, object_key, id)"),
             QStringLiteral("CREATE INDEX outbox_due ON outbox (parked, next_attempt_ms)")}};
}

Migration Outbox::generalMigration()
{
    // Rows queued by an older build are object pushes: they keep resending the whole object.
    return {QStringLiteral("outbox: absolute URLs, refusal policies, heads"),
            {QStringLiteral("ALTER TABLE outbox ADD COLUMN url TEXT"),
             QStringLiteral("ALTER TABLE outbox ADD COLUMN on_refusal TEXT NOT NULL DEFAULT 'resend-whole'"),
             QStringLiteral("ALTER TABLE outbox ADD COLUMN head INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE outbox SET head = 1 WHERE parked = 0 AND NOT EXISTS (SELECT 1 FROM outbox p"
                            " WHERE p.partner_id = outbox.partner_id AND p.module = outbox.module"
                            " AND p.object_key = outbox.object_key AND p.parked = 0 AND p.id < outbox.id)"),
             QStringLiteral("DROP INDEX outbox_object"),
             QStringLiteral("DROP INDEX outbox_due"),
             QStringLiteral("CREATE INDEX outbox_chain ON outbox (partner_id, module, object_key, parked, id)"),
             QStringLiteral("CREATE INDEX outbox_heads ON outbox (partner_id, next_attempt_ms, id) WHERE head = 1")}};
}

Migration Outbox::claimsMigration()
{
    // Several processes on one PostgreSQL database: a row is sent by the process that claimed it,
    // until its lease (wall-clock milliseconds) runs out.
    return {QStringLiteral("outbox: claims with a lease"),
            {QStringLiteral("ALTER TABLE outbox ADD COLUMN claimed_by TEXT"),
             QStringLiteral("ALTER TABLE outbox ADD COLUMN lease_until_ms BIGINT NOT NULL DEFAULT 0")}};
}

void Outbox::setModule(const QString &module, RefusalPolicy onRefusal, WholeObjectSource whole)
{
    m_modules.insert(module, {onRefusal, std::move(whole)});
}

Result<std::optional<WholeObject>> Outbox::wholeObject(const QString &module, const ObjectKey &key) const
{
    const auto found = m_modules.constFind(module);
    if (found == m_modules.constEnd() || !found->whole)
        return std::optional<WholeObject>();
    return found->whole(key);
}

void Outbox::setDeliveredHook(const QString &module, DeliveredHook hook)
{
    if (hook)
        m_deliveredHooks.insert(module, std::move(hook));
    else
        m_deliveredHooks.remove(module);
}

Status Outbox::noteDelivered(const OutboxEntry &entry, const HeaderList &headers) const
{
    const auto hook = m_deliveredHooks.constFind(entry.module);
    return hook == m_deliveredHooks.constEnd() ? Status::success() : (*hook)(entry, headers);
}

Result<QList<Outbox::Target>> Outbox::targets(const ObjectModule &module)
{
    const qint64 epoch = m_database.changeVersion() * 1000003 + m_partnersVersion;
    if (epoch != m_targetsEpoch) {
        m_targets.clear();
        m_targetsEpoch = epoch;
    }
    const auto cached = m_targets.constFind(module.identifier);
    if (cached != m_targets.constEnd())
        return *cached;
    auto partners = m_partners.list();
    if (!partners)
        return partners.error();
    QList<Target> targets;
    for (const Partner &partner : *partners) {
        if (partner.state != PartnerState::Registered || partner.outgoingToken.isEmpty())
            continue;
        if (!partner.endpoint(module.identifier, QStringLiteral("RECEIVER")))
            continue;
        Target target{partner.id, {}, {}, std::nullopt};
        for (const PartyRole &held : partner.partyRoles()) {
            if (held.role == module.receiverRole)
                target.parties.append(held.party);
        }
        // A hub holds no receiver role itself (CRED-04): it relays to the parties behind it.
        if (const auto hub = findRole(partner.partyRoles(), Role::HUB)) {
            auto caller = m_partners.callerFor(partner);
            if (!caller)
                return caller.error();
            target.hub = *caller;
            target.to = hub->party;
            targets.append(target);
            continue;
        }
        if (target.parties.isEmpty())
            continue;
        target.to = target.parties.first();
        targets.append(target);
    }
    m_targets.insert(module.identifier, targets);
    return targets;
}

Status Outbox::insert(qint64 partnerId, const Delivery &delivery, const QString &createdAt, qint64 nowMs)
{
    // The row is its key's head when no live row of that key is ahead of it; one statement, so the
    // check and the insert see the same state even outside a transaction.
    Statement q(m_database, QStringLiteral(
        "INSERT INTO outbox (partner_id, module, object_key, method, path, url, body, from_cc, from_pid, to_cc, to_pid,"
        " on_refusal, next_attempt_ms, created_at, head) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?, CASE WHEN EXISTS (SELECT 1 FROM"
        " outbox WHERE partner_id = ? AND module = ? AND object_key = ? AND parked = 0) THEN 0 ELSE 1 END)"));
    q.bind(partnerId)
        .bind(delivery.module)
        .bind(delivery.orderingKey)
        .bind(QString::fromLatin1(delivery.method))
        .bind(delivery.url.isEmpty() ? notNull(delivery.path) : QStringLiteral(""))
        .bind(delivery.url.isEmpty() ? QVariant() : QVariant(delivery.url))
        .bind(delivery.body)
        .bind(notNull(delivery.from.countryCode))
        .bind(notNull(delivery.from.partyId))
        .bind(notNull(delivery.to.countryCode))
        .bind(notNull(delivery.to.partyId))
        .bind(refusalPolicyName(delivery.onRefusal))
        // Due from now on: heads are taken in the order they became due, so a retried row and a
        // fresh one take turns by time.
        .bind(nowMs)
        .bind(createdAt)
        .bind(partnerId)
        .bind(delivery.module)
        .bind(delivery.orderingKey);
    return q.exec("queueing a delivery");
}

Status Outbox::enqueue(const PushChange &change)
{
    auto queued = queue(change, std::nullopt);
    return queued ? Status::success() : Status(queued.error());
}

Result<bool> Outbox::enqueueFor(qint64 partnerId, const PushChange &change)
{
    return queue(change, partnerId);
}

Result<bool> Outbox::queue(const PushChange &change, std::optional<qint64> onlyPartner)
{
    auto recipients = targets(change.module);
    if (!recipients)
        return recipients.error();
    Delivery delivery;
    delivery.module = change.module.identifier;
    delivery.orderingKey = objectKeyText(change.key);
    delivery.method = change.method;
    delivery.path = change.path;
    delivery.body = change.body;
    delivery.from = change.key.owner;
    delivery.onRefusal = m_modules.value(delivery.module).onRefusal;
    const QDateTime now = m_clock.now();
    const QString createdAt = formatDateTime(now);
    bool queued = false;
    for (const Target &target : *recipients) {
        if (onlyPartner && target.partnerId != *onlyPartner)
            continue;
        if (change.audience) {
            auto sent = queueForAudience(change, target, delivery, createdAt, now.toMSecsSinceEpoch());
            if (!sent)
                return sent.error();
            queued = *sent || queued;
            continue;
        }
        if (change.to) {
            if (target.hub ? !mayActFor(*target.hub, *change.to, change.module.receiverRole)
                           : !target.parties.contains(*change.to))
                continue;
            if (target.hub) {
                // HCI-05: nothing is queued for a party its hub reports unreachable.
                auto hub = m_partners.get(target.partnerId);
                if (!hub)
                    return hub.error();
                if (Status s = m_partners.checkReachable(*hub, *change.to, change.module.receiverRole); !s)
                    return s.error();
            }
        }
        delivery.to = change.to.value_or(target.to);
        if (Status s = insert(target.partnerId, delivery, createdAt, now.toMSecsSinceEpoch()); !s)
            return s.error();
        queued = true;
    }
    if (queued) {
        emit enqueued();
    } else if (change.to && !onlyPartner) {
        // A record meant for one party that no partner reaches (no direct partner holds it, no hub
        // may speak for it) goes nowhere: the change stands, and the operator can tell why.
        qCInfo(lcOutbox).noquote() << change.module.identifier << objectKeyText(change.key) << "is for"
                                   << change.to->toString() << "and no partner reaches that party: not sent";
    }
    return queued;
}

Result<bool> Outbox::queueForAudience(const PushChange &change, const Target &target, Delivery delivery,
                                      const QString &createdAt, qint64 nowMs)
{
    auto partner = m_partners.get(target.partnerId);
    if (!partner)
        return partner.error();
    auto caller = target.hub ? Result<Caller>(*target.hub) : m_partners.callerFor(*partner);
    if (!caller)
        return caller.error();
    auto parties = change.audience(*caller);
    if (!parties)
        return parties.error();
    if (parties->isEmpty())
        return false;
    if (!target.hub) {
        delivery.to = target.to;
        if (Status s = insert(target.partnerId, delivery, createdAt, nowMs); !s)
            return s.error();
        return true;
    }
    bool queued = false;
    for (const PartyId &party : std::as_const(*parties)) {
        // One party behind the hub being away is no reason to refuse the change for everyone.
        if (Status s = m_partners.checkReachable(*partner, party, change.module.receiverRole); !s) {
            qCInfo(lcOutbox).noquote() << change.module.identifier << objectKeyText(change.key) << s.error().message;
            continue;
        }
        delivery.to = party;
        if (Status s = insert(target.partnerId, delivery, createdAt, nowMs); !s)
            return s.error();
        queued = true;
    }
    return queued;
}

Status Outbox::enqueueTo(qint64 partnerId, const Delivery &delivery)
{
    if (delivery.module.isEmpty() || delivery.orderingKey.isEmpty() || delivery.method.isEmpty())
        return Error::internal(QStringLiteral("a delivery needs a module, an ordering key and a method"));
    // An empty path is the endpoint itself (a CDR POST).
    if (!delivery.url.isEmpty() && !delivery.path.isEmpty())
        return Error::internal(QStringLiteral("a delivery goes either to a path below an endpoint or to a URL"));
    const QDateTime now = m_clock.now();
    if (Status s = insert(partnerId, delivery, formatDateTime(now), now.toMSecsSinceEpoch()); !s)
        return s;
    emit enqueued();
    return Status::success();
}

Result<QList<OutboxEntry>> Outbox::heads(const std::function<int(qint64)> &room, const QString &lockClause)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // Leases are about processes being alive, so they run on the wall clock, whatever clock the
    // node's business runs on.
    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    QList<OutboxEntry> entries;
    // Each partner gets its own share, so one with a long backlog (or hanging calls) does not hold
    // up the others. Partners are found by skipping through the heads index: a few lookups per
    // partner, never a scan of the queue.
    qint64 after = -1;
    for (;;) {
        Statement next(m_database, QStringLiteral(
            "SELECT partner_id FROM outbox WHERE head = 1 AND partner_id > ? ORDER BY partner_id LIMIT 1"));
        next.bind(after);
        if (Status s = next.exec("reading the outbox"); !s)
            return s.error();
        if (!next.next())
            break;
        after = next.value(0).toLongLong();
        const int limit = room(after);
        if (limit <= 0)
            continue;
        // Rows claimed by a live process are in the index range too: at most the calls in flight.
        Statement q(m_database, QStringLiteral("SELECT %1 FROM outbox WHERE head = 1 AND partner_id = ?"
                                               " AND next_attempt_ms <= ? AND (claimed_by IS NULL OR lease_until_ms <= ?)"
                                               " ORDER BY next_attempt_ms, id LIMIT ?%2")
                                    .arg(kColumns, lockClause));
        q.bind(after).bind(now).bind(wallNow).bind(limit);
        if (Status s = q.exec("reading the outbox"); !s)
            return s.error();
        while (q.next())
            entries.append(entryFrom(q));
    }
    return entries;
}

Result<QList<OutboxEntry>> Outbox::due(int perPartner)
{
    return heads([perPartner](qint64) { return perPartner; }, QString());
}

Result<QList<OutboxEntry>> Outbox::claim(const QString &owner, qint64 leaseMs, const std::function<int(qint64)> &room)
{
    // A look first, outside any transaction: most pumps find nothing, and an empty write
    // transaction would still cost a disk flush (SQLite) or the write lock (PostgreSQL).
    auto candidates = heads(room, QString());
    if (!candidates || candidates->isEmpty())
        return candidates;
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    // Chosen again under the write lock: another process may have claimed or settled some meanwhile.
    auto claimed = heads(room, m_database.dialect().skipLockedRows());
    if (!claimed)
        return claimed;
    const qint64 leaseUntil = QDateTime::currentMSecsSinceEpoch() + leaseMs;
    for (const OutboxEntry &entry : std::as_const(*claimed)) {
        Statement q(m_database, QStringLiteral("UPDATE outbox SET claimed_by = ?, lease_until_ms = ? WHERE id = ?"));
        q.bind(owner).bind(leaseUntil).bind(entry.id);
        if (Status s = q.exec("claiming deliveries"); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return claimed;
}

Status Outbox::releaseClaims(const QString &owner, const QList<qint64> &ids)
{
    if (owner.isEmpty()) {
        Statement q(m_database, QStringLiteral(
            "UPDATE outbox SET claimed_by = NULL, lease_until_ms = 0 WHERE claimed_by IS NOT NULL"));
        return q.exec("releasing claims");
    }
    if (ids.isEmpty()) {
        Statement q(m_database, QStringLiteral(
            "UPDATE outbox SET claimed_by = NULL, lease_until_ms = 0 WHERE claimed_by = ?"));
        q.bind(owner);
        return q.exec("releasing claims");
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    for (qint64 id : ids) {
        Statement q(m_database, QStringLiteral(
            "UPDATE outbox SET claimed_by = NULL, lease_until_ms = 0 WHERE id = ? AND claimed_by = ?"));
        q.bind(id).bind(owner);
        if (Status s = q.exec("releasing claims"); !s)
            return s;
    }
    return transaction.commit();
}

Status Outbox::promoteNext(qint64 partnerId, const QString &module, const QString &orderingKey)
{
    Statement q(m_database, QStringLiteral(
        "UPDATE outbox SET head = 1 WHERE id = (SELECT id FROM outbox WHERE partner_id = ? AND module = ?"
        " AND object_key = ? AND parked = 0 ORDER BY id LIMIT 1)"));
    q.bind(partnerId).bind(module).bind(orderingKey);
    return q.exec("advancing the outbox");
}

Status Outbox::settleOne(const Settlement &outcome, const QString &owner)
{
    qint64 partnerId = 0;
    QString module;
    QString orderingKey;
    {
        Statement row(m_database, QStringLiteral("SELECT partner_id, module, object_key, claimed_by FROM outbox WHERE id = ?"));
        row.bind(outcome.id);
        if (Status s = row.exec("reading the outbox"); !s)
            return s;
        if (!row.next())
            return Status::success(); // gone already (settled twice, or removed by an operator)
        // Our lease ran out and another process holds the row now: its outcome counts, not ours
        // (it sends the row again: at least once).
        const QVariant claimedBy = row.value(3);
        if (!owner.isEmpty() && !claimedBy.isNull() && claimedBy.toString() != owner)
            return Status::success();
        partnerId = row.value(0).toLongLong();
        module = row.value(1).toString();
        orderingKey = row.value(2).toString();
    }
    if (outcome.outcome == Settlement::Outcome::RetryLater) {
        Statement q(m_database, QStringLiteral(
            "UPDATE outbox SET attempts = ?, next_attempt_ms = ?, last_error = ?, claimed_by = NULL, lease_until_ms = 0"
            " WHERE id = ?"));
        q.bind(outcome.attempts).bind(outcome.nextAttemptMs).bind(outcome.error.left(500)).bind(outcome.id);
        return q.exec("rescheduling a delivery");
    }
    if (outcome.outcome == Settlement::Outcome::Delivered) {
        Statement q(m_database, QStringLiteral("DELETE FROM outbox WHERE id = ?"));
        q.bind(outcome.id);
        if (Status s = q.exec("removing a delivered push"); !s)
            return s;
    } else {
        Statement q(m_database, QStringLiteral(
            "UPDATE outbox SET parked = 1, head = 0, attempts = attempts + 1, last_error = ?, claimed_by = NULL,"
            " lease_until_ms = 0 WHERE id = ?"));
        q.bind(outcome.error.left(500)).bind(outcome.id);
        if (Status s = q.exec("parking a delivery"); !s)
            return s;
    }
    return promoteNext(partnerId, module, orderingKey);
}

Status Outbox::settle(const QList<Settlement> &outcomes, const QString &owner)
{
    if (outcomes.isEmpty())
        return Status::success();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    for (const Settlement &outcome : outcomes) {
        if (Status s = settleOne(outcome, owner); !s)
            return s;
    }
    return transaction.commit();
}

Result<Outbox::Replacement> Outbox::replaceWithWhole(const OutboxEntry &entry, const QString &error, bool mayPark)
{
    // One transaction from reading the object to replacing the rows: a change made meanwhile (by
    // this process or an import) is queued either before the read, and folded into the PUT, or
    // after the commit, and sent after it.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    const std::optional<ObjectKey> key = objectKeyFromText(entry.objectKey);
    auto whole = key ? wholeObject(entry.module, *key) : Result<std::optional<WholeObject>>(std::optional<WholeObject>());
    if (!whole)
        return whole.error();
    QString parkedBecause;
    if (!whole->has_value())
        parkedBecause = error + QStringLiteral(" (the object no longer exists here)");
    else if (entry.method == "PUT" && entry.path == (*whole)->path)
        parkedBecause = error; // the whole object itself was refused
    if (!parkedBecause.isEmpty()) {
        if (!mayPark)
            return Replacement::Unchanged;
        if (Status s = settleOne({entry.id, Settlement::Outcome::Park, 0, 0, parkedBecause}); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
        return Replacement::Parked;
    }
    // Only the rows for the same addressee: through a hub an unpublished location goes to each
    // party allowed to see it, one row each, in one ordering key (queueForAudience).
    Statement remove(m_database, QStringLiteral(
        "DELETE FROM outbox WHERE partner_id = ? AND module = ? AND object_key = ? AND parked = 0 AND id > ?"
        " AND to_cc = ? AND to_pid = ?"));
    remove.bind(entry.partnerId).bind(entry.module).bind(entry.objectKey).bind(entry.id)
        .bind(notNull(entry.to.countryCode)).bind(notNull(entry.to.partyId));
    if (Status s = remove.exec("collapsing pushes"); !s)
        return s.error();
    Statement update(m_database, QStringLiteral(
        "UPDATE outbox SET method = 'PUT', path = ?, body = ?, attempts = attempts + 1, last_error = ?, claimed_by = NULL,"
        " lease_until_ms = 0 WHERE id = ?"));
    update.bind((*whole)->path).bind((*whole)->body).bind(error.left(500)).bind(entry.id);
    if (Status s = update.exec("collapsing pushes"); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return Replacement::Replaced;
}

Result<QList<PartnerBacklog>> Outbox::backlog()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT o.partner_id, p.name, SUM(CASE WHEN o.parked = 0 THEN 1 ELSE 0 END), SUM(o.parked), "
                             "MIN(o.created_at), (SELECT last_error FROM outbox e WHERE e.partner_id = o.partner_id "
                             "AND e.last_error IS NOT NULL ORDER BY e.id DESC LIMIT 1) "
                             "FROM outbox o LEFT JOIN partners p ON p.id = o.partner_id GROUP BY o.partner_id, p.name "
                             "ORDER BY o.partner_id"));
    if (Status s = execute(q, "summarising the outbox"); !s)
        return s.error();
    QList<PartnerBacklog> backlog;
    while (q.next()) {
        PartnerBacklog b;
        b.partnerId = q.value(0).toLongLong();
        b.partner = q.value(1).toString();
        b.pending = q.value(2).toInt();
        b.parked = q.value(3).toInt();
        b.oldest = parseDateTime(q.value(4).toString()).value_or(QDateTime());
        b.lastError = q.value(5).toString();
        backlog.append(b);
    }
    return backlog;
}

Result<QList<OutboxEntry>> Outbox::entries(qint64 partnerId, int limit)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE partner_id = ? ORDER BY id LIMIT ?").arg(kColumns));
    q.addBindValue(partnerId);
    q.addBindValue(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)); // PostgreSQL refuses LIMIT -1
    if (Status s = execute(q, "reading the outbox"); !s)
        return s.error();
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

} // namespace ocpi
