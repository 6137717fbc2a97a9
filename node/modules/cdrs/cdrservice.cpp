#include "cdrservice.h"

#include "cdrsmanager.h"
#include "ocpi/validator.h"
#include "sync/outbox.h"

#include <QJsonDocument>

namespace ocpi {

namespace {

// A normal CDR id is CiString(36); only a credit CDR may use the schema's 39 (CDR-07).
constexpr int kNormalIdLength = 36;

QString headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value).trimmed();
    }
    return QString();
}

} // namespace

const ObjectModule &CdrService::definition()
{
    // CDRs are owned by CPO parties and received by eMSPs.
    static const ObjectModule module{QStringLiteral("cdrs"), QStringLiteral("CDR"), QStringLiteral("id"), Role::CPO,
                                     Role::EMSP, false, true, false};
    return module;
}

CdrService::CdrService(Database &database, CdrsManager &manager, Outbox &outbox, const Clock &clock,
                       QList<PartyRole> ourParties, const ValidationPolicy &policy, QObject *parent)
    : ObjectService(definition(), database, manager, outbox, clock, std::move(ourParties), policy, parent),
      m_cdrs(manager), m_deliveries(database)
{
}

Status CdrService::checkObject(const QJsonObject &object) const
{
    const QString id = object.value(QLatin1String("id")).toString();
    const bool credit = object.value(QLatin1String("credit")).toBool(false);
    if (!credit && id.size() > kNormalIdLength) {
        return Error::invalid(QStringLiteral("id: '%1' has %2 characters; only a credit CDR's id may have more than %3 (CDR-07)")
                                  .arg(id)
                                  .arg(id.size())
                                  .arg(kNormalIdLength));
    }
    if (credit && object.value(QLatin1String("credit_reference_id")).toString().isEmpty())
        return Error::invalid(QStringLiteral("credit_reference_id: a credit CDR names the CDR it credits (CDR-08)"));
    return Status::success();
}

Error CdrService::immutable(const ObjectKey &key) const
{
    return Error::invalid(QStringLiteral("id: CDR %1 of %2 exists already with other content, and CDRs are immutable"
                                         " (CDR-04, CDR-05): correct it with a credit CDR under a new id")
                              .arg(key.id, key.owner.toString()));
}

Status CdrService::checkReplacement(const QJsonObject &stored, const QJsonObject &incoming) const
{
    // The same CDR again is "unchanged" (checkOwn); anything else would change a final CDR.
    if (stored == incoming)
        return Status::success();
    return immutable(keyOf(incoming));
}

PushChange CdrService::wholePush(const QJsonObject &canonical) const
{
    PushChange push = ObjectService::wholePush(canonical);
    // POSTed to the endpoint itself, no country_code/party_id segments (CDR-02), and only to the
    // eMSP whose driver charged.
    push.method = "POST";
    push.path.clear();
    return push;
}

void CdrService::address(PushChange &push, const QJsonObject &canonical) const
{
    push.to = driverEmspOf(canonical);
}

Result<ObjectPage> CdrService::senderPageFor(const Caller &caller, ObjectFilter filter, qint64 offset, int limit)
{
    // CDR-01: an eMSP lists the CDRs of its own drivers only; a hub those of the eMSPs behind it.
    filter.listedOnly = true;
    return m_cdrs.pageFor(filter, readableBy(caller), offset, limit);
}

Result<CdrService::PreparedPost> CdrService::preparePost(const Caller &caller, const QJsonValue &body)
{
    auto valid = validateObject(m_module.objectName, body, m_policy);
    if (!valid)
        return valid.error();
    if (Status s = checkObject(*valid); !s)
        return s.error();
    const ObjectKey key = keyOf(*valid);
    // The body names the owner (no URL segments, CDR-02): the same rules as a Receiver PUT's URL.
    if (Status s = checkCallerOwns(caller, key.owner); !s)
        return s.error();
    if (isOurs(key))
        return ownObjectError(key);
    Posted posted{valid->value(QLatin1String("country_code")).toString(),
                  valid->value(QLatin1String("party_id")).toString(), valid->value(QLatin1String("id")).toString(), false};
    return PreparedPost{[this, cdr = toStored(*valid, caller.partnerId)] { return storePosted(cdr); }, posted};
}

Result<bool> CdrService::storePosted(const StoredObject &cdr)
{
    auto existing = m_table.find(cdr.key);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return m_table.put(cdr);
    if ((*existing)->partnerId == 0)
        return ownObjectError(cdr.key);
    // CDR-05: the same CDR again (a resend after a lost answer) is a success without a second copy.
    if ((*existing)->json == cdr.json)
        return false;
    return immutable(cdr.key);
}

Result<CdrService::Posted> CdrService::post(const Caller &caller, const QJsonValue &body)
{
    auto prepared = preparePost(caller, body);
    if (!prepared)
        return prepared.error();
    auto created = writeNow(prepared->write);
    if (!created)
        return created.error();
    Posted posted = prepared->posted;
    posted.created = *created;
    return posted;
}

void CdrService::postQueued(const Caller &caller, const QJsonValue &body, PostAnswer answer)
{
    auto prepared = preparePost(caller, body);
    if (!prepared)
        return answer(prepared.error());
    submitWrite(caller, prepared->write, [answer = std::move(answer), posted = prepared->posted](const Result<bool> &created) {
        if (!created)
            return answer(created.error());
        Posted done = posted;
        done.created = *created;
        answer(done);
    });
}

Result<QList<CdrDelivery>> CdrService::deliveries(const std::optional<ObjectKey> &key)
{
    return m_deliveries.list(key ? objectKeyText(*key) : QString());
}

Status CdrService::noteDelivered(const OutboxEntry &entry, const HeaderList &headers)
{
    if (entry.method != "POST")
        return Status::success();
    return m_deliveries.record({entry.partnerId, entry.objectKey, headerValue(headers, "Location"), m_clock.now()});
}

} // namespace ocpi
