#include "trafficreplay.h"

#include "loggedheaders.h"
#include "partners/partnerregistry.h"
#include "trafficfilter.h"

#include <QCoreApplication>

namespace ocpi::trafficreplay {

namespace {

// The refusals are shown in the console: one translation context, whatever function writes them
// (lupdate would file a bare ReplayText::tr() under this namespace, a context nothing looks up).
struct ReplayText
{
    Q_DECLARE_TR_FUNCTIONS(TrafficReplay)
};

std::optional<PartyId> loggedParty(const TrafficRecord &record, const char *countryHeader, const char *partyHeader)
{
    const HeaderList headers = loggedheaders::parse(record.requestHeaders);
    const QString country = QString::fromUtf8(loggedheaders::value(headers, countryHeader));
    const QString party = QString::fromUtf8(loggedheaders::value(headers, partyHeader));
    if (country.isEmpty() || party.isEmpty())
        return std::nullopt;
    return PartyId{country, party};
}

} // namespace

Status check(const TrafficRecord &record)
{
    if (record.direction != TrafficRecord::Direction::Outgoing)
        return Error::invalid(ReplayText::tr("this request came from the partner: only the partner can send it again. Replay "
                                 "sends requests this node made."));
    if (record.partnerId == 0)
        return Error::invalid(ReplayText::tr("the request was not made to a known partner (a registration before the partner "
                                 "existed): there is no token to send it with"));
    if (trafficurl::moduleOf(record.url) == QLatin1String("credentials"))
        return Error::invalid(ReplayText::tr("a credentials call is not replayed: it would register, update or unregister "
                                 "again; use register, update or unregister"));
    if (record.requestBody.contains("…(truncated, "))
        return Error::invalid(ReplayText::tr("the request log kept only the start of this request's body (its size limit): "
                                 "sending it again would send a cut body"));
    if (record.requestBody.contains(" chars)\""))
        return Error::invalid(ReplayText::tr("the body carried a token that the request log masked: it cannot be sent again "
                                 "as it was"));
    return Status::success();
}

void replay(const TrafficRecord &record, PartnerRegistry &partners, OcpiClient &client, Done done)
{
    if (Status allowed = check(record); !allowed) {
        done(allowed.error());
        return;
    }
    auto partner = partners.get(record.partnerId);
    if (!partner) {
        done(Error::invalid(ReplayText::tr("the partner of this request is gone (%1)").arg(partner.error().message)));
        return;
    }
    if (partner->state != PartnerState::Registered || partner->outgoingToken.isEmpty()) {
        done(Error::invalid(ReplayText::tr("%1 is %2, not registered: there is no token to send the request with")
                                .arg(partner->label(), partnerStateName(partner->state))));
        return;
    }
    OutgoingRequest request;
    request.method = record.method.toLatin1();
    request.url = record.url;
    request.body = record.requestBody;
    request.token = partner->outgoingToken;
    request.encoding = partner->outgoingEncoding();
    request.retryOtherEncoding = partner->encodingSetting == EncodingSetting::Auto;
    request.to = loggedParty(record, "OCPI-to-country-code", "OCPI-to-party-id");
    request.from = loggedParty(record, "OCPI-from-country-code", "OCPI-from-party-id");
    request.partnerId = partner->id;
    request.partner = partner->label();
    client.send(std::move(request), [done = std::move(done)](const OcpiReply &reply) { done(reply); });
}

} // namespace ocpi::trafficreplay
