#include "decimal.h"

#include <cmath>

namespace ocpi::pricing {

namespace {

constexpr Int128 Denominator = Int128(MicrosPerUnit) * Amount::QuantityDenominator * PercentScale;

} // namespace

qint64 toScaled(double value, qint64 scale)
{
    return std::llround(value * double(scale));
}

Amount Amount::fromMicros(qint64 micros)
{
    return Amount(Int128(micros) * QuantityDenominator * PercentScale);
}

Amount Amount::perKwh(qint64 priceMicros, qint64 mwh)
{
    return Amount(Int128(priceMicros) * mwh * (QuantityDenominator / MwhPerKwh) * PercentScale);
}

Amount Amount::perHour(qint64 priceMicros, qint64 ms)
{
    return Amount(Int128(priceMicros) * ms * (QuantityDenominator / MsPerHour) * PercentScale);
}

Amount Amount::withVat(qint64 vatMicroPercent) const
{
    // m_value already carries the PercentScale factor, so the division is exact.
    return Amount(m_value / PercentScale * (PercentScale + vatMicroPercent));
}

qint64 Amount::toTenThousandths() const
{
    const Int128 unit = Denominator / 10000;
    const Int128 magnitude = m_value < 0 ? -m_value : m_value;
    const Int128 rounded = (magnitude + unit / 2) / unit;
    return qint64(m_value < 0 ? -rounded : rounded);
}

} // namespace ocpi::pricing
