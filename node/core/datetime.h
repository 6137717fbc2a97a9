#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace ocpi {

// OCPI DateTime (GEN-05/06, PIT-03). Reader: `YYYY-MM-DDThh:mm:ss[.fraction][Z]`; no designator
// means UTC (never local time); `+00:00`/`-00:00` are tolerated; any other offset is refused.
// Writer: always UTC with `Z`, no fraction or exactly three digits.
std::optional<QDateTime> parseDateTime(QStringView text);
QString formatDateTime(const QDateTime &value);

} // namespace ocpi
