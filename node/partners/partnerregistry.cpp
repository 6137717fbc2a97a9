#include "partnerregistry.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "core/secrets.h"

namespace ocpi {

namespace {

constexpr qint64 kContactWriteIntervalSecs = 60;

} // namespace

PartnerRegistry::PartnerRegistry(Database &database, const Clock &clock, int tokenALifetimeDays, QObject *parent)
    : QObject(parent), m_database(database), m_store(database), m_clock(clock), m_tokenALifetimeDays(tokenALifetimeDays)
{
}

void PartnerRegistry::dropCache()
{
    QMutexLocker lock(&m_mutex);
    m_callers.clear();
}

std::optional<Caller> PartnerRegistry::identify(const QString &token)
{
    if (token.size() < secrets::kKeyLength)
        return std::nullopt;
    const QDateTime now = m_clock.now();
    {
        QMutexLocker lock(&m_mutex);
        const qint64 version = m_store.dataVersion();
        if (version != m_cacheVersion) {
            m_callers.clear();
            m_cacheVersion = version;
        }
        const auto cached = m_callers.constFind(token);
        if (cached != m_callers.constEnd())
            return *cached;
    }
    const auto row = m_store.tokenByKey(secrets::lookupKey(token));
    if (!row || !row->has_value())
        return std::nullopt;
    const IncomingToken &stored = **row;
    if (!secrets::verifyToken(stored.salt, stored.hash, token))
        return std::nullopt;
    if (stored.kind == IncomingToken::Kind::A && stored.expiresAt && *stored.expiresAt <= now) {
        qCInfo(lcPartners) << "refused an expired registration token" << secrets::mask(token);
        return std::nullopt;
    }
    const auto partner = m_store.find(stored.partnerId);
    if (!partner || !partner->has_value())
        return std::nullopt;
    auto found = callerFor(**partner);
    if (!found)
        return std::nullopt;
    Caller caller = *found;
    if (stored.kind == IncomingToken::Kind::A)
        caller.kind = Caller::Kind::Invitation;
    caller.token = token;
    caller.encoding = (*partner)->detectedEncoding.value_or(TokenEncoding::Base64);
    QMutexLocker lock(&m_mutex);
    if (stored.kind == IncomingToken::Kind::Live)
        m_callers.insert(token, caller); // token A callers are rare and short-lived: not cached
    if ((*partner)->detectedEncoding)
        m_encodingWritten.insert(caller.partnerId, *(*partner)->detectedEncoding);
    return caller;
}

void PartnerRegistry::setOurParties(const QList<PartyRole> &ours)
{
    m_ourParties = ours;
    dropCache();
}

void PartnerRegistry::setHubDirectory(HubDirectory *directory)
{
    m_hubs = directory;
    dropCache();
}

Result<Caller> PartnerRegistry::callerFor(const Partner &partner)
{
    Caller caller;
    caller.kind = partner.state == PartnerState::Registered ? Caller::Kind::Partner : Caller::Kind::Registering;
    caller.partnerId = partner.id;
    caller.name = partner.label();
    caller.roles = partner.partyRoles();
    caller.encoding = partner.detectedEncoding.value_or(TokenEncoding::Base64);
    if (Status s = fillHubScope(caller, partner); !s)
        return s.error();
    return caller;
}

Status PartnerRegistry::fillHubScope(Caller &caller, const Partner &partner)
{
    if (!partner.isHub())
        return Status::success();
    Caller::HubScope scope;
    for (const PartyRole &ours : std::as_const(m_ourParties))
        scope.others.append(ours.party);
    // A party a partner registered with us directly is that partner's to speak for, not the hub's.
    auto partners = m_store.all();
    if (!partners)
        return partners.error();
    for (const Partner &other : *partners) {
        if (other.id == partner.id || other.state != PartnerState::Registered)
            continue;
        for (const PartyRole &held : other.partyRoles())
            scope.others.append(held.party);
    }
    auto reported = hubParties(partner.id);
    if (!reported)
        return reported.error();
    if (!reported->isEmpty()) {
        QList<PartyRole> listed;
        for (const HubParty &party : *reported)
            listed.append(party.party);
        scope.reported = listed;
    }
    caller.hub = scope;
    return Status::success();
}

Result<QList<HubParty>> PartnerRegistry::hubParties(std::optional<qint64> hubPartnerId)
{
    if (!m_hubs)
        return QList<HubParty>();
    return m_hubs->hubParties(hubPartnerId);
}

Status PartnerRegistry::checkReachable(const Partner &partner, const PartyId &party, std::optional<Role> role)
{
    if (!partner.isHub())
        return Status::success();
    auto reported = hubParties(partner.id);
    if (!reported)
        return reported.error();
    for (const HubParty &entry : *reported) {
        if (!(entry.party.party == party) || (role && entry.party.role != *role)
            || (entry.status != ConnectionStatus::Offline && entry.status != ConnectionStatus::Suspended))
            continue;
        return Error{ErrorKind::PartnerUnreachable,
                     QStringLiteral("party %1%2 is %3 according to hub %4 (hub client info of %5): not sent")
                         .arg(party.toString(), role ? QStringLiteral(" (%1)").arg(roleName(*role)) : QString(),
                              connectionStatusName(entry.status), partner.label(), formatDateTime(entry.lastUpdated))};
    }
    return Status::success();
}

Result<Partner> PartnerRegistry::findRouteTo(const PartyId &party)
{
    auto direct = findByReference(party.toString());
    if (direct)
        return direct;
    auto reported = hubParties();
    if (!reported)
        return reported.error();
    for (const HubParty &entry : *reported) {
        if (!(entry.party.party == party))
            continue;
        auto hub = get(entry.hubPartnerId);
        if (hub && hub->state == PartnerState::Registered)
            return hub;
    }
    return direct.error();
}

void PartnerRegistry::noteEncoding(const Caller &caller, TokenEncoding encoding)
{
    const QDateTime now = m_clock.now();
    bool writeContact = false;
    bool writeEncoding = false;
    {
        QMutexLocker lock(&m_mutex);
        const QDateTime last = m_contactWritten.value(caller.partnerId);
        if (!last.isValid() || last.secsTo(now) >= kContactWriteIntervalSecs) {
            m_contactWritten.insert(caller.partnerId, now);
            writeContact = true;
        }
        const auto known = m_encodingWritten.constFind(caller.partnerId);
        if (known == m_encodingWritten.constEnd() || *known != encoding) {
            m_encodingWritten.insert(caller.partnerId, encoding);
            writeEncoding = true;
        }
    }
    // Both are bookkeeping: written at most once a minute, outside any request transaction.
    if (writeContact)
        (void)m_store.setLastContact(caller.partnerId, now);
    if (writeEncoding)
        (void)m_store.setDetectedEncoding(caller.partnerId, encoding);
}

Status PartnerRegistry::inTransaction(const std::function<Status()> &work)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    if (Status s = work(); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    dropCache();
    emit partnersChanged();
    return Status::success();
}

Result<PartnerRegistry::Invitation> PartnerRegistry::invite(const QString &name, bool initialSync)
{
    const QDateTime now = m_clock.now();
    Invitation invitation;
    invitation.token = secrets::generateToken();
    invitation.expiresAt = now.addDays(m_tokenALifetimeDays);
    Partner partner;
    partner.name = name.trimmed();
    partner.state = PartnerState::Invited;
    partner.initialSync = initialSync;
    partner.createdAt = now;
    const Status status = inTransaction([&]() -> Status {
        auto id = m_store.insert(partner);
        if (!id)
            return id.error();
        invitation.partnerId = *id;
        if (partner.name.isEmpty()) {
            partner.id = *id;
            partner.name = QStringLiteral("partner-%1").arg(*id);
            if (Status s = m_store.update(partner); !s)
                return s;
        }
        return m_store.addToken(*id, IncomingToken::Kind::A, invitation.token, invitation.expiresAt, now);
    });
    if (!status)
        return status.error();
    qCInfo(lcPartners).noquote() << "invited" << (partner.name.isEmpty() ? QStringLiteral("a partner") : partner.name)
                                 << "with token" << secrets::mask(invitation.token);
    return invitation;
}

Result<QList<Partner>> PartnerRegistry::list()
{
    return m_store.all();
}

Result<Partner> PartnerRegistry::get(qint64 id)
{
    auto found = m_store.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no partner %1").arg(id));
    return **found;
}

Result<Partner> PartnerRegistry::findByReference(const QString &reference)
{
    auto partners = m_store.all();
    if (!partners)
        return partners.error();
    const auto party = PartyId::parse(reference);
    QList<Partner> matches;
    for (const Partner &partner : *partners) {
        if (partner.name.compare(reference, Qt::CaseInsensitive) == 0
            || (party && holdsParty(partner.partyRoles(), *party))
            || QString::number(partner.id) == reference) {
            matches.append(partner);
        }
    }
    if (matches.isEmpty())
        return Error::notFound(QStringLiteral("no partner named '%1' or holding party %1").arg(reference));
    if (matches.size() > 1) {
        // Prefer the one that is live: an old unregistered entry may share the party.
        for (const Partner &partner : matches) {
            if (partner.state == PartnerState::Registered)
                return partner;
        }
    }
    return matches.last();
}

Status PartnerRegistry::checkPartiesAvailable(const QList<PartnerRole> &roles, qint64 partnerId,
                                              const QList<PartyRole> &ours)
{
    auto partners = m_store.all();
    if (!partners)
        return partners.error();
    for (const PartnerRole &role : roles) {
        if (holdsParty(ours, role.party.party)) {
            return Error::invalid(QStringLiteral("roles: party %1 is hosted by this node itself")
                                      .arg(role.party.party.toString()));
        }
        for (const Partner &other : *partners) {
            if (other.id == partnerId || other.state != PartnerState::Registered)
                continue;
            if (holdsParty(other.partyRoles(), role.party.party, role.party.role)) {
                return Error::invalid(QStringLiteral("roles: %1 is already registered by another partner (%2)")
                                          .arg(role.party.toString(), other.label()));
            }
        }
    }
    return Status::success();
}

Result<qint64> PartnerRegistry::create(const Partner &partner)
{
    qint64 id = 0;
    const Status status = inTransaction([&]() -> Status {
        auto inserted = m_store.insert(partner);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return Status::success();
    });
    if (!status)
        return status.error();
    return id;
}

Status PartnerRegistry::save(const Partner &partner)
{
    return inTransaction([&] { return m_store.update(partner); });
}

Status PartnerRegistry::completeRegistration(const Partner &partner)
{
    if (Status s = m_store.update(partner); !s)
        return s;
    return m_registrationHook ? m_registrationHook(partner.id) : Status::success();
}

Status PartnerRegistry::remove(qint64 partnerId)
{
    return inTransaction([&] { return m_store.remove(partnerId); });
}

Result<Partner> PartnerRegistry::removeInactive(qint64 partnerId)
{
    Partner removed;
    const Status status = inTransaction([&]() -> Status {
        // Read in the transaction: a registration finishing meanwhile cannot slip past the check.
        auto partner = get(partnerId);
        if (!partner)
            return partner.error();
        if (partner->state == PartnerState::Registered)
            return Error::invalid(QStringLiteral("%1 is registered: unregister it first (its tokens die and it is "
                                                 "told so), then remove it")
                                      .arg(partner->label()));
        if (partner->state == PartnerState::Registering)
            return Error::invalid(QStringLiteral("a registration with %1 is under way: wait until it is registered "
                                                 "or failed")
                                      .arg(partner->label()));
        for (const auto &hook : std::as_const(m_removalHooks)) {
            if (Status s = hook(partnerId); !s)
                return s;
        }
        removed = *partner;
        return m_store.removeRetired(*partner, m_clock.now());
    });
    if (!status)
        return status.error();
    return removed;
}

Result<QString> PartnerRegistry::issueLiveToken(qint64 partnerId)
{
    const QString token = secrets::generateToken();
    if (Status s = m_store.addToken(partnerId, IncomingToken::Kind::Live, token, std::nullopt, m_clock.now()); !s)
        return s.error();
    dropCache();
    return token;
}

Status PartnerRegistry::revokeToken(const QString &token)
{
    const Status status = m_store.removeToken(token);
    dropCache();
    return status;
}

Status PartnerRegistry::revokeLiveTokens(qint64 partnerId)
{
    const Status status = m_store.removeTokens(partnerId, IncomingToken::Kind::Live);
    dropCache();
    return status;
}

Status PartnerRegistry::revokeLiveTokensExcept(qint64 partnerId, const QString &keep)
{
    const Status status = m_store.removeLiveTokensExcept(partnerId, keep);
    dropCache();
    return status;
}

Status PartnerRegistry::revokeInvitation(qint64 partnerId)
{
    const Status status = m_store.removeTokens(partnerId, IncomingToken::Kind::A);
    dropCache();
    return status;
}

Result<int> PartnerRegistry::countFailedHandshake(const QString &tokenA)
{
    auto failures = m_store.addFailedHandshake(tokenA);
    if (!failures)
        return failures.error();
    if (!failures->has_value())
        return 0;
    const int left = qMax(0, kMaxFailedHandshakes - **failures);
    if (left == 0) {
        if (Status s = m_store.removeToken(tokenA); !s)
            return s.error();
        dropCache();
    }
    return left;
}

} // namespace ocpi
