#include "pricing.h"

#include "restrictions.h"

#include <algorithm>

namespace ocpi::pricing {

namespace {

// One CDR cost field while it is summed. incl_vat is known only while every non-zero contribution
// came from a component with a `vat` (TAR-05: an omitted vat means none applicable, which is not
// 0%; we cannot state a price incl. VAT for it, and CDR Price.incl_vat is optional for that case).
struct Accumulator
{
    Amount excl;
    Amount incl;
    bool vatKnown = true;

    void add(const Amount &amount, const PriceComponent &component)
    {
        excl += amount;
        if (component.vatMicroPercent)
            incl += amount.withVat(*component.vatMicroPercent);
        else if (!amount.isZero())
            vatKnown = false;
    }
    void add(const Accumulator &other)
    {
        excl += other.excl;
        incl += other.incl;
        vatKnown = vatKnown && other.vatKnown;
    }
    Price price() const { return {excl, vatKnown ? std::optional<Amount>(incl) : std::nullopt}; }
};

// A time or energy dimension: its cost, the quantity its components priced, and the component of
// the last slice that had some of it (whose step_size rounds the total, TAR-10).
struct Metered
{
    Accumulator cost;
    qint64 quantity = 0;
    const PriceComponent *last = nullptr;

    void add(const PriceComponent *component, qint64 amount, Amount (*perUnit)(qint64, qint64))
    {
        if (!component || amount == 0)
            return;
        cost.add(perUnit(component->priceMicros, amount), *component);
        quantity += amount;
        last = component;
    }
    // TAR-10: once per session, on the total, with the last relevant step_size; the extra is priced
    // by that last component. stepUnit: ENERGY steps are Wh (1000 mWh), time steps seconds.
    void roundUp(qint64 stepUnit, Amount (*perUnit)(qint64, qint64))
    {
        if (!last)
            return;
        const qint64 step = last->stepSize * stepUnit;
        const qint64 extra = (step - quantity % step) % step;
        if (extra > 0)
            cost.add(perUnit(last->priceMicros, extra), *last);
    }
};

Moment momentOf(const SessionFacts &facts, const Slice &slice)
{
    const ChargingPeriod &period = facts.periods.at(slice.period);
    Moment moment;
    moment.local = slice.start.toTimeZone(facts.zone);
    moment.durationMs = facts.start.msecsTo(slice.start);
    moment.energyMwh = slice.energyBeforeMwh;
    moment.milliamp = periodMilliamp(period);
    moment.watt = periodWatt(period);
    moment.inReservation = slice.kind == Slice::Kind::Reservation;
    moment.reservation = facts.reservation;
    return moment;
}

// The first moment of the charging part (after any reservation time) or of the reservation, where
// FLAT is decided.
Moment flatMoment(const SessionFacts &facts, const QList<Slice> &slices, bool reservation)
{
    for (const Slice &slice : slices) {
        if ((slice.kind == Slice::Kind::Reservation) == reservation)
            return momentOf(facts, slice);
    }
    Moment moment;
    moment.local = facts.start.toTimeZone(facts.zone);
    moment.inReservation = reservation;
    moment.reservation = facts.reservation;
    return moment;
}

bool hasSlice(const QList<Slice> &slices, bool reservation)
{
    return std::any_of(slices.begin(), slices.end(), [&](const Slice &slice) {
        return (slice.kind == Slice::Kind::Reservation) == reservation;
    });
}

Amount boundedExclBy(Amount value, const std::optional<PriceBound> &min, const std::optional<PriceBound> &max)
{
    if (min && value < Amount::fromMicros(min->exclMicros))
        value = Amount::fromMicros(min->exclMicros);
    if (max && Amount::fromMicros(max->exclMicros) < value)
        value = Amount::fromMicros(max->exclMicros);
    return value;
}

Amount boundedInclBy(Amount value, const std::optional<PriceBound> &min, const std::optional<PriceBound> &max)
{
    if (min && min->inclMicros && value < Amount::fromMicros(*min->inclMicros))
        value = Amount::fromMicros(*min->inclMicros);
    if (max && max->inclMicros && Amount::fromMicros(*max->inclMicros) < value)
        value = Amount::fromMicros(*max->inclMicros);
    return value;
}

struct SliceComponents
{
    int energy = -1, time = -1, parking = -1;
    bool operator==(const SliceComponents &o) const
    {
        return energy == o.energy && time == o.time && parking == o.parking;
    }
};

} // namespace

Costs priceSession(const Tariff &tariff, const SessionFacts &facts)
{
    const QList<Slice> slices = slicePeriods(tariff, facts);
    Costs costs;
    Metered energy, time, parking, reservationTime;
    Accumulator fixed, reservationFixed;

    // FLAT is charged once per session (decision): the charging FLAT from the first element whose
    // restrictions match at the start of charging, unless the session was only a reservation
    // (expired or cancelled: nothing was charged); a reservation FLAT likewise at the start of the
    // reservation time.
    const bool onlyReserved = facts.reservation == Reservation::Expired || facts.reservation == Reservation::Cancelled;
    if (!onlyReserved) {
        if (const auto *flat = applicableComponent(tariff, Dimension::Flat, flatMoment(facts, slices, false)))
            fixed.add(Amount::fromMicros(flat->priceMicros), *flat);
    }
    if (hasSlice(slices, true)) {
        if (const auto *flat = applicableComponent(tariff, Dimension::Flat, flatMoment(facts, slices, true)))
            reservationFixed.add(Amount::fromMicros(flat->priceMicros), *flat);
    }

    ChargingPeriod *open = nullptr;
    SliceComponents openComponents;
    Slice::Kind openKind = Slice::Kind::Charging;
    int openPeriod = -1;
    for (const Slice &slice : slices) {
        const Moment moment = momentOf(facts, slice);
        SliceComponents used;
        const PriceComponent *applied = nullptr;
        switch (slice.kind) {
        case Slice::Kind::Reservation:
            applied = applicableComponent(tariff, Dimension::Time, moment, &used.time);
            reservationTime.add(applied, slice.durationMs, &Amount::perHour);
            costs.reservationMs += slice.durationMs;
            break;
        case Slice::Kind::Charging: {
            const auto *energyComponent = applicableComponent(tariff, Dimension::Energy, moment, &used.energy);
            energy.add(energyComponent, slice.energyMwh, &Amount::perKwh);
            applied = applicableComponent(tariff, Dimension::Time, moment, &used.time);
            time.add(applied, slice.durationMs, &Amount::perHour);
            applied = applied ? applied : energyComponent;
            costs.energyMwh += slice.energyMwh;
            costs.timeMs += slice.durationMs;
            break;
        }
        case Slice::Kind::Parking:
            applied = applicableComponent(tariff, Dimension::ParkingTime, moment, &used.parking);
            parking.add(applied, slice.durationMs, &Amount::perHour);
            costs.timeMs += slice.durationMs;
            costs.parkingMs += slice.durationMs;
            break;
        }

        // CDR-10: a new period when the source period, the kind of time or a component changes.
        if (!open || openPeriod != slice.period || openKind != slice.kind || !(openComponents == used)) {
            const ChargingPeriod &source = facts.periods.at(slice.period);
            ChargingPeriod period;
            period.start = slice.start;
            period.currentMa = source.currentMa;
            period.minCurrentMa = source.minCurrentMa;
            period.maxCurrentMa = source.maxCurrentMa;
            period.powerW = source.powerW;
            period.minPowerW = source.minPowerW;
            period.maxPowerW = source.maxPowerW;
            costs.periods.append(period);
            open = &costs.periods.last();
            openPeriod = slice.period;
            openKind = slice.kind;
            openComponents = used;
        }
        switch (slice.kind) {
        case Slice::Kind::Reservation:
            open->reservationMs = open->reservationMs.value_or(0) + slice.durationMs;
            break;
        case Slice::Kind::Charging:
            open->energyMwh = open->energyMwh.value_or(0) + slice.energyMwh;
            open->timeMs = open->timeMs.value_or(0) + slice.durationMs;
            break;
        case Slice::Kind::Parking:
            open->parkingMs = open->parkingMs.value_or(0) + slice.durationMs;
            break;
        }
        if (applied)
            open->tariffId = tariff.id;
    }

    // TAR-10: ENERGY rounds on its own; TIME and PARKING_TIME round as one, and when the session
    // used both only the parking total is rounded. Reservation time rounds on its own (decision:
    // it is priced by TIME components of reservation elements, apart from charging time).
    energy.roundUp(1000, &Amount::perKwh);
    if (parking.quantity > 0)
        parking.roundUp(1000, &Amount::perHour);
    else
        time.roundUp(1000, &Amount::perHour);
    reservationTime.roundUp(1000, &Amount::perHour);

    Accumulator reservation = reservationFixed;
    reservation.add(reservationTime.cost);
    Accumulator total;
    for (const Accumulator *part : {&energy.cost, &time.cost, &parking.cost, &fixed, &reservation})
        total.add(*part);

    costs.energy = energy.cost.price();
    costs.time = time.cost.price();
    costs.parking = parking.cost.price();
    costs.fixed = fixed.price();
    costs.reservation = reservation.price();
    // TAR-12: min_price and max_price bound excl. VAT and incl. VAT independently; only total_cost
    // is bounded, the parts keep what the elements cost.
    costs.total = total.price();
    costs.total.exclVat = boundedExclBy(costs.total.exclVat, tariff.minPrice, tariff.maxPrice);
    if (costs.total.inclVat)
        costs.total.inclVat = boundedInclBy(*costs.total.inclVat, tariff.minPrice, tariff.maxPrice);
    return costs;
}

QList<ChargingPeriod> splitPeriods(const Tariff &tariff, const SessionFacts &facts)
{
    return priceSession(tariff, facts).periods;
}

QJsonObject priceToJson(const Price &price)
{
    QJsonObject json{{QStringLiteral("excl_vat"), double(price.exclVat.toTenThousandths()) / 10000.0}};
    if (price.inclVat)
        json.insert(QStringLiteral("incl_vat"), double(price.inclVat->toTenThousandths()) / 10000.0);
    return json;
}

QJsonObject Costs::toCdrFields() const
{
    const auto hours = [](qint64 ms) { return double((ms * 10 + 18) / 36) / double(MicrosPerUnit); };
    return {{QStringLiteral("total_cost"), priceToJson(total)},
            {QStringLiteral("total_energy"), double(energyMwh) / double(MwhPerKwh)},
            {QStringLiteral("total_time"), hours(timeMs)},
            {QStringLiteral("total_parking_time"), hours(parkingMs)},
            {QStringLiteral("total_energy_cost"), priceToJson(energy)},
            {QStringLiteral("total_time_cost"), priceToJson(time)},
            {QStringLiteral("total_parking_cost"), priceToJson(parking)},
            {QStringLiteral("total_fixed_cost"), priceToJson(fixed)},
            {QStringLiteral("total_reservation_cost"), priceToJson(reservation)}};
}

} // namespace ocpi::pricing
