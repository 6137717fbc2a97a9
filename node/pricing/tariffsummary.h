#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace ocpi::pricing {

// One line a person reads instead of a tariff's elements, e.g. "0.30 €/kWh + 1.00 € start,
// excl. 21 % VAT". Where elements give a dimension different prices (by time of day, by power...)
// the line shows the range and says that it varies; reservation elements (TAR-09) are left out and
// mentioned. Prices are shown as written (excl. VAT, TAR-05), numbers in `locale`.
// A tariff pricing cannot read gives "(unreadable tariff: ...)" rather than a wrong price.
QString tariffPriceSummary(const QJsonObject &tariff, const QLocale &locale = QLocale());

} // namespace ocpi::pricing
