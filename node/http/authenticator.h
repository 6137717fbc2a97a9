#pragma once

#include "core/caller.h"
#include "core/result.h"
#include "httptypes.h"

namespace ocpi {

// Reads `Authorization: Token <base64 token>` and also the raw token that many peers send
// (TF-02, TF-07, PIT-01). Detection is by lookup, not by whether base64 decoding succeeds: a raw
// token made of base64 characters decodes into garbage.
Result<Caller> authenticate(const HttpRequest &request, CallerDirectory &directory);

} // namespace ocpi
