#pragma once

#include "cdrdeliverystore.h"
#include "sync/objectservice.h"

namespace ocpi {

class CdrsManager;

// CDRs (CDR-*): our CPO CDRs on the Sender list, each eMSP seeing those of its own drivers
// (CDR-01), and POSTed once to the token's eMSP (CDR-02), a refusal parked for the operator; the
// partner's answer says where it keeps the CDR (its Location header, recorded per partner).
// Partners' CDRs on our eMSP Receiver interface: POST stores, GET reads back. A CDR is final: never
// replaced, patched or deleted (CDR-04), ours or a partner's; corrections are credit CDRs with ids
// of their own (CDR-07/08).
class CdrService : public ObjectService
{
    Q_OBJECT

public:
    // What the shared machinery needs to know about this module's objects.
    static const ObjectModule &definition();

    CdrService(Database &database, CdrsManager &manager, Outbox &outbox, const Clock &clock,
               QList<PartyRole> ourParties, const ValidationPolicy &policy = {}, QObject *parent = nullptr);

    // Receiver: a partner POSTs one of its CDRs (CDR-02, CDR-05). The CDR names its owner; the
    // caller must hold it as a CPO party. The same CDR again is a success that stores nothing; a
    // different one under a stored id is refused (2001) and changes nothing.
    struct Posted
    {
        QString countryCode;  // as the CDR spells them, for the Location URL
        QString partyId;
        QString id;
        bool created = false; // false: the identical CDR was stored already
    };
    using PostAnswer = std::function<void(const Result<Posted> &)>;
    Result<Posted> post(const Caller &caller, const QJsonValue &body);
    // The same, answered after a commit shared with other requests' writes (the HTTP route).
    void postQueued(const Caller &caller, const QJsonValue &body, PostAnswer answer);

    Result<ObjectPage> senderPageFor(const Caller &caller, ObjectFilter filter, qint64 offset, int limit) override;

    // Where partners keep our CDRs (their answers' Location headers): for one CDR, or for all.
    Result<QList<CdrDelivery>> deliveries(const std::optional<ObjectKey> &key = std::nullopt);
    // The outbox's delivered hook: a partner accepted our POST of a CDR.
    Status noteDelivered(const OutboxEntry &entry, const HeaderList &headers);

protected:
    Status checkObject(const QJsonObject &object) const override;
    Status checkReplacement(const QJsonObject &stored, const QJsonObject &incoming) const override;
    PushChange wholePush(const QJsonObject &canonical) const override;
    void address(PushChange &push, const QJsonObject &canonical) const override;

private:
    struct PreparedPost
    {
        Write write;
        Posted posted;
    };
    Result<PreparedPost> preparePost(const Caller &caller, const QJsonValue &body);
    Result<bool> storePosted(const StoredObject &cdr);
    Error immutable(const ObjectKey &key) const;

    CdrsManager &m_cdrs;
    CdrDeliveryStore m_deliveries;
};

} // namespace ocpi
