#pragma once

#include <QtGlobal>

#include <optional>

namespace ocpi::pricing {

// Pricing arithmetic is exact integer arithmetic (TAR-14 DECIDE: decimal, never binary double).
//
// Inputs are read once into integer units:
//   money        micro-units (1e-6 of the currency)        price 0.25 -> 250000
//   VAT          micro-percent                             vat 20.0   -> 20000000
//   energy       mWh (1e-6 kWh)                            1.5 kWh    -> 1500000
//   time         milliseconds
//   current      mA, power W
// QJsonValue hands numbers over as double; llround(value * scale) recovers the written decimal
// exactly for up to six fractional digits (the double's error is far below half a unit).
//
// Costs are accumulated as an Amount: an exact fraction of the currency with one fixed
// denominator, large enough that price x quantity x (100% + VAT) never needs rounding. The only
// rounding is Amount::toTenThousandths(): half away from zero to 4 decimals, once per reported
// figure (each CDR cost field is rounded from its own exact value).

__extension__ typedef __int128 Int128;

inline constexpr qint64 MicrosPerUnit = 1000000;        // money and VAT percent
inline constexpr qint64 MwhPerKwh = 1000000;
inline constexpr qint64 MsPerHour = 3600000;
inline constexpr qint64 PercentScale = 100 * MicrosPerUnit; // 100% in micro-percent

qint64 toScaled(double value, qint64 scale);

class Amount
{
public:
    // lcm(MwhPerKwh, MsPerHour) = 18e6: both quantity units divide it, so price x quantity is exact.
    static constexpr qint64 QuantityDenominator = 18000000;

    Amount() = default;

    static Amount fromMicros(qint64 micros);
    // price (micros per kWh) x energy (mWh), or price (micros per hour) x time (ms)
    static Amount perKwh(qint64 priceMicros, qint64 mwh);
    static Amount perHour(qint64 priceMicros, qint64 ms);

    // This amount with VAT added: x (100% + vat) / 100%, still exact.
    Amount withVat(qint64 vatMicroPercent) const;

    Amount &operator+=(const Amount &other) { m_value += other.m_value; return *this; }
    friend Amount operator+(Amount a, const Amount &b) { return a += b; }
    friend bool operator<(const Amount &a, const Amount &b) { return a.m_value < b.m_value; }
    friend bool operator==(const Amount &a, const Amount &b) { return a.m_value == b.m_value; }
    bool isZero() const { return m_value == 0; }

    // Rounded half away from zero to 1e-4 of the currency: the only rounding in pricing.
    qint64 toTenThousandths() const;

private:
    explicit Amount(Int128 value) : m_value(value) {}
    // The exact value is m_value / (MicrosPerUnit * QuantityDenominator * PercentScale).
    Int128 m_value = 0;
};

// A CDR Price: excl_vat always, incl_vat only when VAT is known (see Costs in pricing.h).
struct Price
{
    Amount exclVat;
    std::optional<Amount> inclVat;
};

} // namespace ocpi::pricing
