// The eMSP's side of reservations: the Receiver interface the CPO pushes to, and the requests we
// send to a CPO's Sender interface.

#include "reservationservice.h"

#include "client/ocpiclient.h"
#include "core/datetime.h"
#include "ocpi/objectpatch.h"
#include "ocpi/validator.h"
#include "partners/partnerregistry.h"

#include <QJsonDocument>
#include <QUuid>

namespace ocpi {

namespace {

ObjectKey keyOf(const QJsonObject &reservation)
{
    return ObjectKey::of(reservation.value(QStringLiteral("country_code")).toString(),
                         reservation.value(QStringLiteral("party_id")).toString(),
                         reservation.value(QStringLiteral("id")).toString());
}

PatchTarget patchTarget(const ObjectKey &key)
{
    return PatchTarget{QStringLiteral("Reservation"),
                       {{QStringLiteral("country_code"), key.owner.countryCode, "TF-12"},
                        {QStringLiteral("party_id"), key.owner.partyId, "TF-12"},
                        {QStringLiteral("id"), key.id, "TF-13"}},
                       {}};
}

} // namespace

Result<QJsonObject> ReservationService::received(const Caller &caller, const ObjectKey &key)
{
    auto row = callersRow(caller, key, Side::Emsp);
    if (!row)
        return row.error();
    return object(*row);
}

Result<bool> ReservationService::receive(const Caller &caller, const ObjectKey &key, const QJsonValue &body)
{
    auto valid = validateObject(QStringLiteral("Reservation"), body, m_policy);
    if (!valid)
        return valid.error();
    const ObjectKey bodyKey = keyOf(*valid);
    if (!(bodyKey.owner == key.owner))
        return Error::invalid(QStringLiteral("country_code/party_id: the body names %1 but the URL %2 (TF-12)")
                                  .arg(bodyKey.owner.toString(), key.owner.toString()));
    if (bodyKey.id != key.id)
        return Error::invalid(QStringLiteral("id: the body names '%1' but the URL '%2' (TF-13)")
                                  .arg(valid->value(QStringLiteral("id")).toString(), key.id));
    // Only reservations of our own eMSP parties come here, each from the CPO it was asked of.
    if (!isOurs(key.owner, Role::EMSP))
        return Error::notFound(QStringLiteral("country_code/party_id: %1 is not an eMSP party of this node").arg(key.owner.toString()));
    auto found = m_table.find(key);
    if (!found)
        return found.error();
    if (found->has_value() && (*found)->partnerId != caller.partnerId)
        return Error::notFound(QStringLiteral("no reservation %1 of %2 was asked of you").arg(key.id, key.owner.toString()));
    if (Status s = keep(*valid, caller.partnerId); !s)
        return s.error();
    emit reservationsChanged();
    return !found->has_value();
}

Status ReservationService::patchReceived(const Caller &caller, const ObjectKey &key, const QJsonValue &body)
{
    auto row = callersRow(caller, key, Side::Emsp);
    if (!row)
        return row.error();
    const PatchTarget target = patchTarget(key);
    auto patch = objectpatch::check(target, body, m_policy);
    if (!patch)
        return patch.error();
    QJsonObject reservation = object(*row);
    if (Status s = objectpatch::checkNotOlder(*patch, reservation, QStringLiteral("reservation ") + key.id); !s)
        return s;
    if (Status s = objectpatch::apply(reservation, target, *patch, m_policy); !s)
        return s;
    auto valid = validateObject(QStringLiteral("Reservation"), reservation, m_policy);
    if (!valid)
        return valid.error();
    if (Status s = keep(*valid, caller.partnerId); !s)
        return s;
    emit reservationsChanged();
    return Status::success();
}

Result<QString> ReservationService::senderUrl(qint64 partnerId, const ObjectKey &key)
{
    auto partner = m_partners.get(partnerId);
    if (!partner)
        return partner.error();
    const auto endpoint = partner->endpoint(QString::fromLatin1(kIdentifier), QStringLiteral("SENDER"));
    if (partner->state != PartnerState::Registered || !endpoint)
        return Error{ErrorKind::WrongRegistrationState,
                     QStringLiteral("%1 has no reservations Sender endpoint (state %2; is the module on there?)")
                         .arg(partner->label(), partnerStateName(partner->state))};
    return OcpiClient::joinUrl(endpoint->url, {key.owner.countryCode, key.owner.partyId, key.id});
}

QJsonObject ReservationService::newRequest(const QString &locationId, const QString &evseUid, const QJsonObject &token,
                                           const QDateTime &start, const QDateTime &end)
{
    QJsonObject request{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("location_id"), locationId},
                        {QStringLiteral("token"), token},
                        {QStringLiteral("start"), formatDateTime(start)},
                        {QStringLiteral("end"), formatDateTime(end)}};
    if (!evseUid.isEmpty())
        request.insert(QStringLiteral("evse_uid"), evseUid);
    return request;
}

void ReservationService::send(qint64 partnerId, QJsonObject reservation, Answered done)
{
    const auto ours = findRole(m_ourParties, Role::EMSP);
    if (!ours)
        return done(Error::invalid(QStringLiteral("this node holds no eMSP party to reserve as")));
    if (!reservation.contains(QStringLiteral("country_code"))) {
        reservation.insert(QStringLiteral("country_code"), ours->party.countryCode);
        reservation.insert(QStringLiteral("party_id"), ours->party.partyId);
    }
    reservation.insert(QStringLiteral("status"), QStringLiteral("REQUESTED"));
    reservation.insert(QStringLiteral("last_updated"), formatDateTime(m_clock.now()));
    auto valid = validateObject(QStringLiteral("Reservation"), reservation, m_policy);
    if (!valid)
        return done(valid.error());
    const ObjectKey key = keyOf(*valid);
    if (!isOurs(key.owner, Role::EMSP))
        return done(Error::invalid(QStringLiteral("country_code/party_id: %1 is not an eMSP party of this node").arg(key.owner.toString())));
    auto url = senderUrl(partnerId, key);
    if (!url)
        return done(url.error());
    call(partnerId, "POST", *url, *valid, std::move(done));
}

void ReservationService::answer(qint64 partnerId, const ObjectKey &key, const QString &status, Answered done)
{
    auto url = senderUrl(partnerId, key);
    if (!url)
        return done(url.error());
    call(partnerId, "PATCH", *url, QJsonObject{{QStringLiteral("status"), status}}, std::move(done));
}

void ReservationService::call(qint64 partnerId, const QByteArray &method, const QString &url, const QJsonObject &body,
                              Answered done)
{
    auto partner = m_partners.get(partnerId);
    if (!partner)
        return done(partner.error());
    OutgoingRequest request;
    request.method = method;
    request.url = url;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.token = partner->outgoingToken;
    request.encoding = partner->outgoingEncoding();
    request.retryOtherEncoding = partner->encodingSetting == EncodingSetting::Auto;
    if (const auto ours = findRole(m_ourParties, Role::EMSP))
        request.from = ours->party;
    if (const auto theirs = findRole(partner->partyRoles(), Role::CPO))
        request.to = theirs->party;
    request.partnerId = partner->id;
    request.partner = partner->label();
    m_client.send(request, [this, partnerId, done = std::move(done)](const OcpiReply &reply) {
        if (!reply.ok() || !reply.data.isObject())
            return done(Error{ErrorKind::PartnerRejected, reply.describe()});
        auto valid = validateObject(QStringLiteral("Reservation"), reply.data, m_policy);
        if (!valid)
            return done(Error{ErrorKind::PartnerRejected, QStringLiteral("the CPO's reservation is invalid: ") + valid.error().message});
        // The CPO's push of the same state may have come first; this keeps the newer.
        auto found = m_table.find(keyOf(*valid));
        if (!found)
            return done(found.error());
        const bool newer = !found->has_value() || (*found)->lastUpdated <= parseDateTime(valid->value(QStringLiteral("last_updated")).toString());
        if (newer) {
            if (Status s = keep(*valid, partnerId); !s)
                return done(s.error());
            emit reservationsChanged();
        }
        done(*valid);
    });
}

} // namespace ocpi
