#pragma once

#include "sync/objectservice.h"

namespace ocpi {

class SessionsManager;

// Sessions (SES-*): our CPO sessions on the Sender interface (the list, charging preferences) and
// pushed to the driver's eMSP (PUT when created, PATCH on every change); partners' sessions on our eMSP
// Receiver interface (GET, PUT, PATCH; never deleted, SES-08). A PATCH's charging_periods are
// appended to the stored ones (SES-07); everything else is ObjectService's.
class SessionService : public ObjectService
{
    Q_OBJECT

public:
    // What the shared machinery needs to know about this module's objects.
    static const ObjectModule &definition();

    SessionService(Database &database, SessionsManager &manager, Outbox &outbox, const Clock &clock,
                   QList<PartyRole> ourParties, const ValidationPolicy &policy = {}, QObject *parent = nullptr);

    // Sender: the eMSP whose driver charges tells us their preferences (SES-02, SES-15). Returns a
    // ChargingPreferencesResponse value. Unknown session, or one not charged with a token of the
    // caller's: 404 + 2001 (SES-04 DECIDE), so an eMSP learns nothing of others' sessions.
    Result<QString> chargingPreferences(const Caller &emsp, const std::optional<PartyId> &addressed,
                                        const QString &sessionId, const QJsonValue &preferences);

    // SES-01 with CDR-01's rule: an eMSP lists the sessions of its own drivers only, a hub those of
    // the eMSPs behind it; another eMSP's sessions are not its business.
    Result<ObjectPage> senderPageFor(const Caller &caller, ObjectFilter filter, qint64 offset, int limit) override;

protected:
    PatchTarget patchTarget(const ObjectKey &key) const override;
    // Every PUT and PATCH of a session goes to its driver's eMSP alone (RT-05), never broadcast.
    void address(PushChange &push, const QJsonObject &canonical) const override;

private:
    SessionsManager &m_sessions;
};

} // namespace ocpi
