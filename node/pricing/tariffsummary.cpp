#include "tariffsummary.h"

#include "decimal.h"
#include "tariffmodel.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <set>

namespace ocpi::pricing {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TariffSummary)
};

QString currencySymbol(const QString &code)
{
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    return code;
}

// At least two decimals, more only when the price has them (0.295 stays 0.295).
QString number(qint64 micros, const QLocale &locale)
{
    int decimals = 2;
    qint64 unit = MicrosPerUnit / 100;
    while (decimals < 6 && micros % unit != 0) {
        ++decimals;
        unit /= 10;
    }
    return locale.toString(double(micros) / MicrosPerUnit, 'f', decimals);
}

QString money(qint64 micros, const QString &symbol, const QLocale &locale)
{
    return Text::tr("%1 %2", "amount, currency symbol").arg(number(micros, locale), symbol);
}

QString range(const std::set<qint64> &prices, const QLocale &locale)
{
    if (prices.size() == 1)
        return number(*prices.begin(), locale);
    return Text::tr("%1–%2", "a price range").arg(number(*prices.begin(), locale), number(*prices.rbegin(), locale));
}

QString dimensionText(Dimension dimension, const QString &amount, const QString &symbol)
{
    switch (dimension) {
    case Dimension::Energy: return Text::tr("%1 %2/kWh").arg(amount, symbol);
    case Dimension::Time: return Text::tr("%1 %2/h charging").arg(amount, symbol);
    case Dimension::ParkingTime: return Text::tr("%1 %2/h parking").arg(amount, symbol);
    case Dimension::Flat: return Text::tr("%1 %2 start").arg(amount, symbol);
    }
    return amount;
}

bool restricted(const TariffRestrictions &r)
{
    return r.startMinute || r.endMinute || r.startDate || r.endDate || r.minMwh || r.maxMwh || r.minMilliamp
           || r.maxMilliamp || r.minWatt || r.maxWatt || r.minDurationMs || r.maxDurationMs || !r.daysOfWeek.isEmpty();
}

QString vatText(const Tariff &tariff, const QLocale &locale)
{
    std::set<qint64> rates;
    bool omitted = false;
    for (const TariffElement &element : tariff.elements) {
        for (const PriceComponent &component : element.components) {
            if (component.vatMicroPercent)
                rates.insert(*component.vatMicroPercent);
            else
                omitted = true;
        }
    }
    if (rates.empty())
        return Text::tr("no VAT");
    if (rates.size() == 1 && !omitted)
        return Text::tr("excl. %1 % VAT").arg(locale.toString(double(*rates.begin()) / MicrosPerUnit, 'g', 6));
    return Text::tr("excl. VAT");
}

} // namespace

QString tariffPriceSummary(const QJsonObject &json, const QLocale &locale)
{
    const Result<Tariff> read = tariffFromJson(json);
    if (!read)
        return Text::tr("(unreadable tariff: %1)").arg(read.error().message);
    const Tariff &tariff = *read;
    const QString symbol = currencySymbol(tariff.currency);

    // In the order a driver thinks of them: what the energy costs, then time, then the fixed part.
    const Dimension order[] = {Dimension::Energy, Dimension::Time, Dimension::ParkingTime, Dimension::Flat};
    QStringList parts;
    bool varies = false;
    bool reservationElements = false;
    bool anyPrice = false;
    for (Dimension dimension : order) {
        std::set<qint64> prices;
        for (const TariffElement &element : tariff.elements) {
            if (element.restrictions.reservation) {
                reservationElements = true;
                continue;
            }
            if (const PriceComponent *component = element.component(dimension)) {
                prices.insert(component->priceMicros);
                varies = varies || restricted(element.restrictions);
            }
        }
        if (prices.empty())
            continue;
        varies = varies || prices.size() > 1;
        anyPrice = anyPrice || *prices.rbegin() != 0;
        // A zero FLAT next to other prices says nothing; alone it is the "free" tariff (TAR-08).
        if (dimension == Dimension::Flat && prices.size() == 1 && *prices.begin() == 0)
            continue;
        parts << dimensionText(dimension, range(prices, locale), symbol);
    }
    if (!anyPrice && !reservationElements)
        return Text::tr("free of charge");

    QString text = parts.join(QStringLiteral(" + "));
    QStringList notes;
    if (varies)
        notes << Text::tr("varies by time or use");
    if (tariff.minPrice)
        notes << Text::tr("min %1").arg(money(tariff.minPrice->exclMicros, symbol, locale));
    if (tariff.maxPrice)
        notes << Text::tr("max %1").arg(money(tariff.maxPrice->exclMicros, symbol, locale));
    if (reservationElements)
        notes << Text::tr("reservation priced apart");
    notes << vatText(tariff, locale);
    if (text.isEmpty())
        return notes.join(QStringLiteral(", "));
    return text + QStringLiteral(", ") + notes.join(QStringLiteral(", "));
}

} // namespace ocpi::pricing
