#pragma once

#include "client/ocpiclient.h"
#include "commandstore.h"
#include "core/caller.h"
#include "core/clock.h"
#include "ocpi/party.h"
#include "ocpi/validator.h"
#include "partners/partner.h"

#include <QJsonObject>

namespace ocpi {

class Outbox;
class PartnerRegistry;

// What commands and charging profiles share: a request to a partner CPO's Receiver that is
// answered at once ({result, timeout}) and later by a result POSTed to the response_url the
// request carried. Both keep each request with its timeline in a CommandStore table.
namespace asynccalls {

// The synchronous answer: {result, timeout, message?} (CommandResponse, ChargingProfileResponse).
QJsonObject response(const QString &result, int timeoutSeconds, const QString &message = QString());

// ---- the CPO side ----

// Queues `result` for the response_url of received request `record` (retried, then parked where
// the operator sees it) and records it as the request's result.
Status deliverResult(Outbox &outbox, CommandStore &store, const Clock &clock, const QString &module,
                     const CommandRecord &record, const PartyId &from, const PartyId &to, const QJsonObject &result);

// ---- the eMSP side ----

// Where a request to a partner's Receiver of `module` goes, and as which of our parties.
struct Target
{
    Partner partner;
    QString url;                   // the partner's Receiver endpoint
    PartyId from;                  // our eMSP party
    std::optional<PartyId> to;     // the partner's CPO party
};
// `addressee`: the CPO party meant, when the partner is a hub (RT-05) or holds several; none: the
// partner's CPO party, or for a hub no OCPI-to at all (open routing, RT-07). A party its hub
// reports OFFLINE or SUSPENDED is refused here, before anything is sent or stored (HCI-05).
Result<Target> receiverOf(PartnerRegistry &partners, qint64 partnerId, const QString &module,
                          const QList<PartyRole> &ourParties, const std::optional<PartyId> &addressee = std::nullopt);
OutgoingRequest requestTo(const Target &target, const QByteArray &method, const QString &url,
                          const QByteArray &body = QByteArray());

// Records the partner's answer to sent request `uid`, checked to be a `schema` object: its
// result becomes the state, and ACCEPTED sets the deadline for the result (the partner's timeout
// plus `marginSeconds`). Returns the request as stored then.
Result<CommandRecord> recordAnswer(CommandStore &store, const Clock &clock, const ValidationPolicy &policy,
                                   const QString &uid, const OcpiReply &reply, const QString &schema, int marginSeconds);

// The result posted at the response_url of sent request `uid` of `type`: only the partner the
// request went to may post it (to anyone else the URL does not exist); checked to be a `schema`
// object. Returns whether it is new (false: a repeated post, which changes nothing).
Result<bool> recordResult(CommandStore &store, const Clock &clock, const ValidationPolicy &policy, const Caller &caller,
                          const QString &type, const QString &uid, const QJsonValue &body, const QString &schema);

} // namespace asynccalls
} // namespace ocpi
