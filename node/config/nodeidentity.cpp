#include "nodeidentity.h"

#include "config/nodeconfig.h"
#include "core/datetime.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cerrno>
#include <csignal>

namespace ocpi {

bool processRunning(const QString &host, qint64 pid)
{
    if (host != localHostName())
        return true;
    // Signal 0 only asks whether the process exists; EPERM means it does, under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

bool NodeIdentity::isServing() const
{
    if (!servedOnce() || stoppedAt.isValid())
        return false;
    return processRunning(host, pid);
}

QString NodeIdentity::partiesText() const
{
    QStringList names;
    for (const PartyRole &party : parties)
        names << party.toString();
    return names.join(QStringLiteral(", "));
}

QString NodeIdentity::describe() const
{
    if (!servedOnce())
        return QStringLiteral("created by `ocpi-node init` at %1, never served").arg(formatDateTime(startedAt));
    if (isServing()) {
        return QStringLiteral("serving since %1 as pid %2 on %3").arg(formatDateTime(startedAt)).arg(pid).arg(host);
    }
    return stoppedAt.isValid()
               ? QStringLiteral("last served from %1 until %2").arg(formatDateTime(startedAt), formatDateTime(stoppedAt))
               : QStringLiteral("last served from %1 as pid %2 on %3, which is no longer running")
                     .arg(formatDateTime(startedAt))
                     .arg(pid)
                     .arg(host);
}

NodeIdentity NodeIdentity::fromConfig(const NodeConfig &config, quint16 boundPort, bool serving)
{
    NodeIdentity identity;
    identity.parties = config.parties;
    identity.businessName = config.businessName;
    identity.listenAddress = config.listenAddress.toString();
    identity.port = boundPort;
    // Before serving, a node on "any free port" has no address yet; an explicit --public-url does.
    if (serving || boundPort != 0 || !config.publicUrl.isEmpty()) {
        identity.publicBase = config.publicBase(boundPort);
        identity.versionsUrl = identity.publicBase + QStringLiteral("/ocpi/versions");
    }
    identity.startedAt = QDateTime::currentDateTimeUtc();
    if (serving) {
        identity.pid = QCoreApplication::applicationPid();
        identity.host = localHostName();
    }
    return identity;
}

Migration NodeIdentityStore::migration()
{
    return {QStringLiteral("the identity the node serves as"),
            {QStringLiteral("CREATE TABLE node_identity ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " business_name TEXT,"
                            " listen_address TEXT NOT NULL,"
                            " port INTEGER NOT NULL,"
                            " public_base TEXT,"
                            " versions_url TEXT,"
                            " started_at TEXT NOT NULL,"
                            " stopped_at TEXT,"
                            " pid INTEGER NOT NULL,"
                            " host TEXT)"),
             QStringLiteral("CREATE TABLE node_parties ("
                            " position INTEGER NOT NULL,"
                            " country_code TEXT NOT NULL,"
                            " party_id TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " business_name TEXT NOT NULL,"
                            " PRIMARY KEY (country_code, party_id, role))")}};
}

Status NodeIdentityStore::record(const NodeIdentity &identity)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO node_identity (id, business_name, listen_address, port, "
                               "public_base, versions_url, started_at, stopped_at, pid, host) "
                               "VALUES (1,?,?,?,?,?,?,NULL,?,?) ON CONFLICT (id) DO UPDATE SET "
                               "business_name = excluded.business_name, listen_address = excluded.listen_address, "
                               "port = excluded.port, public_base = excluded.public_base, versions_url = excluded.versions_url, "
                               "started_at = excluded.started_at, stopped_at = NULL, pid = excluded.pid, host = excluded.host"));
    row.addBindValue(identity.businessName.isEmpty() ? QVariant() : QVariant(identity.businessName));
    row.addBindValue(identity.listenAddress);
    row.addBindValue(int(identity.port));
    row.addBindValue(identity.publicBase.isEmpty() ? QVariant() : QVariant(identity.publicBase));
    row.addBindValue(identity.versionsUrl.isEmpty() ? QVariant() : QVariant(identity.versionsUrl));
    row.addBindValue(formatDateTime(identity.startedAt));
    row.addBindValue(identity.pid);
    row.addBindValue(identity.host.isEmpty() ? QVariant() : QVariant(identity.host));
    if (Status s = execute(row, "recording the node's identity"); !s)
        return s;
    if (Status s = executeSql(db, QStringLiteral("DELETE FROM node_parties"), "recording the node's parties"); !s)
        return s;
    QSqlQuery party(db);
    party.prepare(QStringLiteral("INSERT INTO node_parties (position, country_code, party_id, role, business_name) "
                                 "VALUES (?,?,?,?,?)"));
    for (qsizetype i = 0; i < identity.parties.size(); ++i) {
        const PartyRole &p = identity.parties[i];
        party.addBindValue(int(i));
        party.addBindValue(p.party.countryCode);
        party.addBindValue(p.party.partyId);
        party.addBindValue(roleName(p.role));
        party.addBindValue(notNull(p.businessName));
        if (Status s = execute(party, "recording the node's parties"); !s)
            return s;
    }
    m_database.noteLocalWrite();
    return transaction.commit();
}

Status NodeIdentityStore::recordStopped(const QDateTime &when)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE node_identity SET stopped_at = ? WHERE pid = ? AND host = ?"));
    q.addBindValue(formatDateTime(when));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(localHostName());
    return execute(q, "recording that the node stopped");
}

Result<std::optional<NodeIdentity>> NodeIdentityStore::recorded()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery row(db);
    row.prepare(QStringLiteral("SELECT business_name, listen_address, port, public_base, versions_url, started_at, "
                               "stopped_at, pid, host FROM node_identity WHERE id = 1"));
    if (Status s = execute(row, "reading the node's identity"); !s)
        return s.error();
    if (!row.next())
        return std::optional<NodeIdentity>();
    NodeIdentity identity;
    identity.businessName = row.value(0).toString();
    identity.listenAddress = row.value(1).toString();
    identity.port = quint16(row.value(2).toInt());
    identity.publicBase = row.value(3).toString();
    identity.versionsUrl = row.value(4).toString();
    identity.startedAt = parseDateTime(row.value(5).toString()).value_or(QDateTime());
    identity.stoppedAt = parseDateTime(row.value(6).toString()).value_or(QDateTime());
    identity.pid = row.value(7).toLongLong();
    identity.host = row.value(8).toString();
    row.finish();
    QSqlQuery parties(db);
    parties.prepare(QStringLiteral("SELECT country_code, party_id, role, business_name FROM node_parties ORDER BY position"));
    if (Status s = execute(parties, "reading the node's parties"); !s)
        return s.error();
    while (parties.next()) {
        PartyRole party;
        party.party = PartyId{parties.value(0).toString(), parties.value(1).toString()};
        party.role = parseRole(parties.value(2).toString()).value_or(Role::OTHER);
        party.businessName = parties.value(3).toString();
        identity.parties.append(party);
    }
    return std::optional<NodeIdentity>(identity);
}

QString localHostName()
{
    return QHostInfo::localHostName();
}

} // namespace ocpi
