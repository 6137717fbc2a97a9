#pragma once

#include "client/ocpiclient.h"
#include "core/result.h"
#include "trafficrecord.h"

#include <functional>

namespace ocpi {

class PartnerRegistry;

// Sends an outgoing request of the request log again: same method, URL, body and routing headers,
// to the same partner, with the token we hold for it now (the logged one is masked). The new
// exchange is logged like any other call. What cannot be sent again faithfully is refused with the
// reason, before anything is sent:
// - an incoming request (the partner sent it; only the partner can send it again),
// - a request whose partner is unknown, gone or not registered (no token to send),
// - a credentials call (sending one again would re-register or unregister),
// - a body the log cut at its size limit or that carried a masked token.
namespace trafficreplay {

// Why `record` cannot be replayed, or success. `record` must be the full exchange (with its body).
Status check(const TrafficRecord &record);

using Done = std::function<void(Result<OcpiReply>)>;
void replay(const TrafficRecord &record, PartnerRegistry &partners, OcpiClient &client, Done done);

} // namespace trafficreplay

} // namespace ocpi
