#include "outbox.h"

#include "core/datetime.h"
#include "partners/partnerregistry.h"

#include <QSqlQuery>
#include <QVariant>

namespace ocpi {

namespace {

const QString kColumns = QStringLiteral(
    "id, partner_id, module, object_key, method, path, body, from_cc, from_pid, to_cc, to_pid, attempts, "
    "next_attempt_ms, last_error, parked, created_at");

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.partnerId = q.value(1).toLongLong();
    e.module = q.value(2).toString();
    e.objectKey = q.value(3).toString();
    e.method = q.value(4).toString().toLatin1();
    e.path = q.value(5).toString();
    e.body = q.value(6).toByteArray();
    e.from = PartyId{q.value(7).toString(), q.value(8).toString()};
    e.to = PartyId{q.value(9).toString(), q.value(10).toString()};
    e.attempts = q.value(11).toInt();
    e.nextAttemptMs = q.value(12).toLongLong();
    e.lastError = q.value(13).toString();
    e.parked = q.value(14).toInt() != 0;
    e.createdAt = parseDateTime(q.value(15).toString()).value_or(QDateTime());
    return e;
}

} // namespace

QString objectKeyText(const ObjectKey &key)
{
    QString text = key.owner.countryCode + QLatin1Char('/') + key.owner.partyId + QLatin1Char('/') + key.id;
    if (!key.subKey.isEmpty())
        text += QLatin1Char('/') + key.subKey;
    return text;
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
                            " id INTEGER PRIMARY KEY,"
                            " partner_id BIGINT NOT NULL,"
                            " module TEXT NOT NULL,"
                            " object_key TEXT NOT NULL,"
                            " method TEXT NOT NULL,"
                            " path TEXT NOT NULL,"
                            " body BLOB,"
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

Result<QList<Outbox::Target>> Outbox::targets(const ObjectModule &module)
{
    QSqlQuery version(m_database.connection());
    const qint64 external = version.exec(QStringLiteral("PRAGMA data_version")) && version.next() ? version.value(0).toLongLong() : -1;
    const qint64 epoch = external * 1000003 + m_partnersVersion;
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
        if (const auto to = findRole(partner.partyRoles(), module.receiverRole))
            targets.append({partner.id, to->party});
    }
    m_targets.insert(module.identifier, targets);
    return targets;
}

Status Outbox::enqueue(const PushChange &change)
{
    auto recipients = targets(change.module);
    if (!recipients)
        return recipients.error();
    if (recipients->isEmpty())
        return Status::success();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (partner_id, module, object_key, method, path, body, from_cc, from_pid, "
                             "to_cc, to_pid, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    const QString createdAt = formatDateTime(m_clock.now());
    for (const Target &target : *recipients) {
        q.addBindValue(target.partnerId);
        q.addBindValue(change.module.identifier);
        q.addBindValue(objectKeyText(change.key));
        q.addBindValue(QString::fromLatin1(change.method));
        q.addBindValue(change.path);
        q.addBindValue(change.body);
        q.addBindValue(change.key.owner.countryCode);
        q.addBindValue(change.key.owner.partyId);
        q.addBindValue(target.to.countryCode);
        q.addBindValue(target.to.partyId);
        q.addBindValue(createdAt);
        if (Status s = execute(q, "queueing a push"); !s)
            return s;
    }
    emit enqueued();
    return Status::success();
}

Result<QList<OutboxEntry>> Outbox::due(int perPartner)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Per object only the oldest live entry may go: pushes of one object arrive in order.
    // Each partner gets its own share, so one with a long backlog (or hanging calls) does not hold
    // up the others.
    q.prepare(QStringLiteral("SELECT %1 FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY id) AS n"
                             " FROM outbox o WHERE parked = 0 AND next_attempt_ms <= ? AND NOT EXISTS ("
                             " SELECT 1 FROM outbox p WHERE p.partner_id = o.partner_id AND p.module = o.module"
                             " AND p.object_key = o.object_key AND p.parked = 0 AND p.id < o.id))"
                             " WHERE n <= ? ORDER BY id")
                  .arg(kColumns));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(perPartner);
    if (Status s = execute(q, "reading the outbox"); !s)
        return s.error();
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

Status Outbox::delivered(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    return execute(q, "removing a delivered push");
}

Status Outbox::retryLater(qint64 id, int attempts, qint64 nextAttemptMs, const QString &error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_ms = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(nextAttemptMs);
    q.addBindValue(error.left(500));
    q.addBindValue(id);
    return execute(q, "rescheduling a push");
}

Status Outbox::park(qint64 id, const QString &error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET parked = 1, attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.addBindValue(error.left(500));
    q.addBindValue(id);
    return execute(q, "parking a push");
}

Status Outbox::collapseToPut(const OutboxEntry &entry, const QString &path, const QByteArray &body)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE partner_id = ? AND module = ? AND object_key = ? AND parked = 0 AND id > ?"));
    remove.addBindValue(entry.partnerId);
    remove.addBindValue(entry.module);
    remove.addBindValue(entry.objectKey);
    remove.addBindValue(entry.id);
    if (Status s = execute(remove, "collapsing pushes"); !s)
        return s;
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE outbox SET method = 'PUT', path = ?, body = ?, attempts = attempts + 1, "
                                  "last_error = ? WHERE id = ?"));
    update.addBindValue(path);
    update.addBindValue(body);
    update.addBindValue(entry.lastError);
    update.addBindValue(entry.id);
    if (Status s = execute(update, "collapsing pushes"); !s)
        return s;
    return transaction.commit();
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
    q.addBindValue(limit);
    if (Status s = execute(q, "reading the outbox"); !s)
        return s.error();
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

} // namespace ocpi
