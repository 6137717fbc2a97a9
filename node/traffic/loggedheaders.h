#pragma once

#include "trafficrecord.h"

namespace ocpi::loggedheaders {

// The request log keeps headers as "Name: value" lines (masking::headersText): read them back.
HeaderList parse(const QByteArray &text);
// The value of header `name` (any case), empty when absent.
QByteArray value(const HeaderList &headers, QByteArrayView name);

} // namespace ocpi::loggedheaders
