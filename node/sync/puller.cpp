#include "puller.h"

#include "client/ocpiclient.h"
#include "core/datetime.h"
#include "core/logging.h"
#include "ocpi/validator.h"
#include "partners/partnerregistry.h"
#include "store/objecttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace ocpi {

namespace {

constexpr int kMaxPages = 100000;
constexpr int kMaxProblems = 20;
// Delta pulls overlap the previous one a little: clocks differ, and storing twice is harmless.
constexpr qint64 kOverlapSecs = 60;

} // namespace

struct Puller::Run
{
    Partner partner;
    ObjectModule module;
    bool full = false;
    QString baseUrl;
    std::optional<QDateTime> since;
    PullReport report;
    qint64 syncMark = 0;
    QSet<QString> visited;
    int tries = 0;            // of the page being read
    qint64 offset = 0;
    bool fellBack = false;
    QList<PullTarget> targets;
    int target = 0;           // the one being read
    int targetPages = 0;      // pages of that read
    std::optional<PartyId> to;
    std::optional<PartyId> from;
    Caller caller;            // the partner as it speaks to us: whose objects it may hand over
    Done done;
};

// The partner, and the party a read is addressed to when the partner has several.
QString Puller::addressee(const Run &run)
{
    if (run.targets.size() < 2 || !run.to)
        return run.partner.label();
    return QStringLiteral("%1 (party %2)").arg(run.partner.label(), run.to->toString());
}

qint64 PullRetry::delayMs(int tries, const OcpiReply &reply, const QDateTime &now) const
{
    const int exponent = qBound(0, tries - 1, 20);
    return reply.retryDelayMs(qMin<qint64>(firstDelayMs << exponent, maxDelayMs), maxRetryAfterMs, now);
}

Puller::Puller(Database &database, PartnerRegistry &partners, OcpiClient &client, const Clock &clock,
               QList<PartyRole> ourParties, const ValidationPolicy &policy, QObject *parent)
    : QObject(parent), m_database(database), m_partners(partners), m_client(client), m_clock(clock),
      m_ourParties(std::move(ourParties)), m_policy(policy)
{
    m_policy.clock = &m_clock;
}

Migration Puller::migration()
{
    return {QStringLiteral("pull state"),
            {QStringLiteral("CREATE TABLE sync_state ("
                            " partner_id BIGINT NOT NULL,"
                            " module TEXT NOT NULL,"
                            " last_sync_ms BIGINT NOT NULL,"
                            " last_report TEXT,"
                            " PRIMARY KEY (partner_id, module))")}};
}

Result<std::optional<QDateTime>> Puller::lastSync(qint64 partnerId, const QString &module)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT last_sync_ms FROM sync_state WHERE partner_id = ? AND module = ?"));
    q.addBindValue(partnerId);
    q.addBindValue(module);
    if (Status s = execute(q, "reading the pull state"); !s)
        return s.error();
    if (!q.next())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC));
}

std::optional<QString> Puller::nextLink(const QByteArray &header, const QString &current)
{
    // <url>; rel="next", <url>; rel=prev ...
    static const QRegularExpression link(QStringLiteral(R"re(<([^>]*)>\s*((?:;[^,<]*)*))re"));
    static const QRegularExpression relNext(QStringLiteral(R"re(;\s*rel\s*=\s*"?([^";,]*))re"),
                                            QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator links = link.globalMatch(QString::fromUtf8(header));
    while (links.hasNext()) {
        const QRegularExpressionMatch match = links.next();
        QRegularExpressionMatchIterator rels = relNext.globalMatch(match.captured(2));
        while (rels.hasNext()) {
            const QStringList names = rels.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!names.contains(QStringLiteral("next"), Qt::CaseInsensitive))
                continue;
            const QUrl resolved = QUrl(current).resolved(QUrl(match.captured(1).trimmed()));
            if (resolved.isValid() && (resolved.scheme() == QLatin1String("http") || resolved.scheme() == QLatin1String("https")))
                return resolved.toString(QUrl::FullyEncoded);
        }
    }
    return std::nullopt;
}

void Puller::pull(qint64 partnerId, const ObjectModule &module, bool full, Done done)
{
    // Two runs of one partner's module would each remove what the other marked (TF-28).
    const QString running = QString::number(partnerId) + QLatin1Char('/') + module.identifier;
    if (m_running.contains(running)) {
        done(Error{ErrorKind::WrongRegistrationState,
                   QStringLiteral("a pull of %1 from this partner is already running").arg(module.identifier)});
        return;
    }
    m_running.insert(running);
    done = [this, running, done = std::move(done)](Result<PullReport> result) {
        m_running.remove(running);
        done(std::move(result));
    };
    auto partner = m_partners.get(partnerId);
    if (!partner) {
        done(partner.error());
        return;
    }
    const auto endpoint = partner->endpoint(module.identifier, QStringLiteral("SENDER"));
    if (partner->state != PartnerState::Registered || !endpoint) {
        done(Error{ErrorKind::WrongRegistrationState,
                   QStringLiteral("%1 has no %2 Sender endpoint to pull from (state %3)")
                       .arg(partner->label(), module.identifier, partnerStateName(partner->state))});
        return;
    }
    auto run = std::make_shared<Run>();
    run->partner = *partner;
    run->module = module;
    run->full = full;
    // Exactly as announced: a partner's framework may redirect every other spelling (TF-27).
    run->baseUrl = endpoint->url;
    run->report.module = module.identifier;
    run->report.full = full;
    run->report.startedAt = m_clock.now();
    run->done = std::move(done);
    // Every run marks what it saw with a number of its own, also when the clock has not moved since
    // the last one: a full pull removes what its run did not mark (TF-28).
    auto lastMark = ObjectTable(m_database, module.identifier).lastSyncMark(partnerId);
    if (!lastMark) {
        run->done(lastMark.error());
        return;
    }
    run->syncMark = qMax(run->report.startedAt.toMSecsSinceEpoch(), *lastMark + 1);
    run->targets = targets(*partner, module);
    if (run->targets.isEmpty()) {
        run->done(Error{ErrorKind::WrongRegistrationState,
                        QStringLiteral("%1 holds no %2 party to pull %3 from")
                            .arg(partner->label(), roleName(module.ownerRole), module.identifier)});
        return;
    }
    // Which owners the partner may speak for (a hub: the parties behind it), asked once per run.
    auto caller = m_partners.callerFor(*partner);
    if (!caller) {
        run->done(caller.error());
        return;
    }
    run->caller = *caller;
    if (const auto ours = findRole(m_ourParties, module.receiverRole))
        run->from = ours->party;
    if (!full) {
        auto since = lastSync(partnerId, module.identifier);
        if (!since) {
            run->done(since.error());
            return;
        }
        if (*since)
            run->since = (*since)->addSecs(-kOverlapSecs);
    }
    startTarget(run);
}

QList<PullTarget> Puller::targets(const Partner &partner, const ObjectModule &module)
{
    // The rule (docs/pull.md). A partner's version details give one URL per module and role, never
    // one per party, so what the partner announces cannot tell whether that URL lists all of its
    // parties' objects or only those of the party OCPI-to names (RT-04; this node does the latter).
    // A read addressed to one party is therefore the whole truth for that party only: every party
    // the partner holds in the module's owner role is read on its own, and a full pull removes
    // objects of that party alone. A platform that ignores OCPI-to costs one read per party, never
    // data: each read marks what it lists, whoever owns it. With one such party this is one read,
    // the platform once.
    // A hub partner (RT-08) is read once with OCPI-to = the hub, the owners taken from each object;
    // what a full pull may remove is then whatever that connection relayed (no owner list).
    if (const auto hub = findRole(partner.partyRoles(), Role::HUB))
        return {PullTarget{hub->party, {}}};
    QList<PullTarget> list;
    for (const PartyRole &held : partner.partyRoles()) {
        if (held.role != module.ownerRole)
            continue;
        bool known = false;
        for (const PullTarget &target : std::as_const(list))
            known = known || target.to == held.party;
        if (!known)
            list.append({held.party, {held.party}});
    }
    return list;
}

void Puller::startTarget(const std::shared_ptr<Run> &run)
{
    const PullTarget &target = run->targets.at(run->target);
    run->to = target.to;
    if (target.to)
        run->report.parties << target.to->toString();
    // The same URLs again, addressed to another party: pages are per read.
    run->visited.clear();
    run->offset = 0;
    run->targetPages = 0;
    run->fellBack = false;
    QUrl first(run->baseUrl);
    if (run->since) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("date_from"), formatDateTime(*run->since));
        first.setQuery(query);
    }
    fetch(run, first.toString(QUrl::FullyEncoded));
}

void Puller::fetch(const std::shared_ptr<Run> &run, const QString &url)
{
    if (run->visited.contains(url) || run->report.pages >= kMaxPages) {
        // A peer sending us round in circles: what was read is stored, but it is not the whole list,
        // so it is no full pull (nothing removed, TF-28) and not the last successful one.
        run->done(Error{ErrorKind::PartnerRejected, QStringLiteral("pulling %1 from %2 stopped at %3: read before")
                                                        .arg(run->module.identifier, run->partner.label(), url.left(255))});
        return;
    }
    run->visited.insert(url);
    run->tries = 0;
    send(run, url);
}

void Puller::send(const std::shared_ptr<Run> &run, const QString &url)
{
    ++run->tries;
    OutgoingRequest request;
    request.url = url;
    request.token = run->partner.outgoingToken;
    request.encoding = run->partner.outgoingEncoding();
    request.retryOtherEncoding = run->partner.encodingSetting == EncodingSetting::Auto;
    request.to = run->to;
    request.from = run->from;
    request.partnerId = run->partner.id;
    request.partner = run->partner.label();
    // A partner may take a while to start a large page: four times the call timeout (60 s by default).
    request.timeoutMs = 4 * m_client.timeoutMs();
    m_client.send(request, [this, run, url](const OcpiReply &reply) { onPage(run, url, reply); });
}

void Puller::onPage(const std::shared_ptr<Run> &run, const QString &url, const OcpiReply &reply)
{
    if (!reply.ok() && reply.isTransient() && run->tries < m_retry.triesPerPage) {
        // The same page again, not the list from its start: what was read is stored already.
        const qint64 delay = m_retry.delayMs(run->tries, reply, m_clock.now());
        qCInfo(lcModules).noquote() << "pulling" << run->module.identifier << "from" << run->partner.label() << ":"
                                    << url << "failed (" << reply.describe() << "); asking again in" << delay << "ms";
        ++run->report.retries;
        QTimer::singleShot(delay, this, [this, run, url] { send(run, url); });
        return;
    }
    if (!reply.ok()) {
        if (run->targetPages > 0 && !run->fellBack) {
            // A Link that leads nowhere: continue by offset instead (PG-07 fallback).
            run->fellBack = true;
            QUrl next(run->baseUrl);
            QUrlQuery query;
            if (run->since)
                query.addQueryItem(QStringLiteral("date_from"), formatDateTime(*run->since));
            query.addQueryItem(QStringLiteral("offset"), QString::number(run->offset));
            next.setQuery(query);
            // Unless the Link was that very URL: then the page itself failed.
            if (const QString fallback = next.toString(QUrl::FullyEncoded); !run->visited.contains(fallback)) {
                fetch(run, fallback);
                return;
            }
        }
        run->done(Error{reply.httpStatus == 0 ? ErrorKind::PartnerUnreachable : ErrorKind::PartnerRejected,
                        QStringLiteral("pulling %1 from %2 failed at %3 (%4 tries): %5")
                            .arg(run->module.identifier, addressee(*run), url.left(255))
                            .arg(run->tries)
                            .arg(reply.describe())});
        return;
    }
    const QJsonArray objects = reply.dataAsList();
    ++run->report.pages;
    ++run->targetPages;
    if (Status s = storePage(*run, objects); !s) {
        run->done(s.error());
        return;
    }
    run->offset += objects.size();

    bool totalOk = false;
    const qint64 total = reply.header("X-Total-Count").trimmed().toLongLong(&totalOk);
    // A Link back to a page already read is as unusable as none (PG-07): go on by offset.
    if (const auto next = nextLink(reply.header("Link"), url); next && !run->fellBack && !run->visited.contains(*next)) {
        fetch(run, *next);
        return;
    }
    if (totalOk && !objects.isEmpty() && run->offset < total) {
        // No usable Link: compute the next offset ourselves.
        QUrl next(run->baseUrl);
        QUrlQuery query;
        if (run->since)
            query.addQueryItem(QStringLiteral("date_from"), formatDateTime(*run->since));
        query.addQueryItem(QStringLiteral("offset"), QString::number(run->offset));
        query.addQueryItem(QStringLiteral("limit"), QString::number(objects.size()));
        next.setQuery(query);
        fetch(run, next.toString(QUrl::FullyEncoded));
        return;
    }
    finishTarget(run);
}

Status Puller::storePage(Run &run, const QJsonArray &objects)
{
    ObjectTable table(m_database, run.module.identifier);
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    for (const QJsonValue &value : objects) {
        ++run.report.received;
        auto skip = [&run](const QString &why) {
            ++run.report.skipped;
            if (run.report.problems.size() < kMaxProblems)
                run.report.problems << why;
        };
        auto valid = validateObject(run.module.objectName, value, m_policy);
        if (!valid) {
            skip(valid.error().message);
            continue;
        }
        const QJsonObject object = *valid;
        const ObjectKey key = ObjectKey::of(object.value(QLatin1String("country_code")).toString(),
                                            object.value(QLatin1String("party_id")).toString(),
                                            object.value(run.module.idField).toString(),
                                            run.module.keyHasType ? object.value(QLatin1String("type")).toString() : QString());
        if (!mayActFor(run.caller, key.owner, run.module.ownerRole)) {
            skip(QStringLiteral("%1 %2 belongs to %3, not a %4 of this partner")
                     .arg(run.module.objectName, key.id, key.owner.toString(), roleName(run.module.ownerRole)));
            continue;
        }
        StoredObject stored;
        stored.key = key;
        stored.partnerId = run.partner.id;
        stored.lastUpdated = parseDateTime(object.value(QLatin1String("last_updated")).toString()).value_or(QDateTime());
        stored.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (run.module.immutable) {
            // A final object listed again is marked as seen (TF-28) but never changed (CDR-04).
            auto existing = table.find(key);
            if (!existing)
                return existing.error();
            if (existing->has_value() && (*existing)->json != stored.json) {
                if (auto kept = table.put(**existing, run.syncMark); !kept)
                    return kept.error();
                skip(QStringLiteral("%1 %2 of %3 is stored already with other content, and is never changed")
                         .arg(run.module.objectName, key.id, key.owner.toString()));
                continue;
            }
        }
        auto put = table.put(stored, run.syncMark);
        if (!put)
            return put.error();
        ++run.report.stored;
    }
    return transaction.commit();
}

void Puller::finishTarget(const std::shared_ptr<Run> &run)
{
    if (run->full) {
        // This read listed everything of the parties it covers: theirs that it did not list are
        // gone (TF-28); other parties' objects wait for their own read.
        ObjectTable table(m_database, run->module.identifier);
        auto removed = table.removeUnmarked(run->partner.id, run->syncMark, run->targets.at(run->target).covers);
        if (!removed) {
            run->done(removed.error());
            return;
        }
        run->report.removed += *removed;
    }
    if (++run->target < run->targets.size()) {
        startTarget(run);
        return;
    }
    finish(run);
}

void Puller::finish(const std::shared_ptr<Run> &run)
{
    Transaction transaction(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_state (partner_id, module, last_sync_ms, last_report) VALUES (?,?,?,?) "
                             "ON CONFLICT (partner_id, module) DO UPDATE SET last_sync_ms = excluded.last_sync_ms, "
                             "last_report = excluded.last_report"));
    q.addBindValue(run->partner.id);
    q.addBindValue(run->module.identifier);
    q.addBindValue(run->report.startedAt.toMSecsSinceEpoch());
    q.addBindValue(QStringLiteral("%1 stored, %2 skipped, %3 removed").arg(run->report.stored).arg(run->report.skipped).arg(run->report.removed));
    if (Status s = execute(q, "recording a pull"); !s) {
        run->done(s.error());
        return;
    }
    if (Status s = transaction.commit(); !s) {
        run->done(s.error());
        return;
    }
    qCInfo(lcModules).noquote() << "pulled" << run->module.identifier << "from" << run->partner.label() << ":"
                                << run->report.stored << "stored," << run->report.skipped << "skipped,"
                                << run->report.removed << "removed";
    run->done(run->report);
}

Status Puller::forgetPartner(qint64 partnerId)
{
    Statement q(m_database, QStringLiteral("DELETE FROM sync_state WHERE partner_id = ?"));
    q.bind(partnerId);
    return q.exec("removing a partner's pull state");
}

} // namespace ocpi
