#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QStringList>

namespace ocpi::evseids {

// The EVSE ID format the specification names for `evse_id` (LOC-14: eMI3 V1.0, part 2, as in ISO
// 15118): country code, operator id, "E", then the outlet id, with `*` separators used both times
// or neither: "NL*TNM*E00001", "NLTNME00001". Case does not matter (CiString).
bool isEmi3(const QString &evseId);

// Every evse_id not in that format, as "evses[1].evse_id: 'X'": of a Location (its EVSEs), an EVSE,
// or a PATCH body of either.
QStringList deviations(const QJsonObject &locationOrEvse);

} // namespace ocpi::evseids
