#include "restrictions.h"

#include <algorithm>

namespace ocpi::pricing {

namespace {

constexpr qint64 MsPerMinute = 60000;
constexpr qint64 MsPerDay = 24 * 60 * MsPerMinute;

bool timeOfDayMatches(const TariffRestrictions &r, qint64 msOfDay)
{
    if (!r.startMinute && !r.endMinute)
        return true;
    const qint64 start = r.startMinute.value_or(0) * MsPerMinute;
    // "00:00" as end_time is the end of the day (TAR-09), so is an absent end_time.
    const qint64 end = (r.endMinute && *r.endMinute != 0) ? *r.endMinute * MsPerMinute : MsPerDay;
    if (start == end)
        return true; // a window of the whole day
    if (start < end)
        return msOfDay >= start && msOfDay < end;
    return msOfDay >= start || msOfDay < end; // end before start: wraps past midnight
}

template <typename T>
bool inRange(const std::optional<T> &value, const std::optional<qint64> &min, const std::optional<qint64> &max)
{
    if (!min && !max)
        return true;
    // An unknown current or power cannot be shown to meet a bound, so the element does not apply.
    if (!value)
        return false;
    return (!min || *value >= *min) && (!max || *value < *max);
}

bool reservationMatches(const TariffRestrictions &r, const Moment &moment)
{
    // Decision: reservation time is priced only by elements restricted to reservations, and such
    // elements price nothing but reservation time. RESERVATION matches any reservation (used or
    // expired: an expired one was a reservation too); RESERVATION_EXPIRES only an expired one.
    if (!r.reservation)
        return !moment.inReservation;
    if (!moment.inReservation)
        return false;
    if (*r.reservation == ReservationRestriction::ReservationExpires)
        return moment.reservation == Reservation::Expired;
    return moment.reservation != Reservation::None;
}

} // namespace

bool matches(const TariffRestrictions &r, const Moment &moment)
{
    const QDate day = moment.local.date();
    return reservationMatches(r, moment) && timeOfDayMatches(r, moment.local.time().msecsSinceStartOfDay())
        && (!r.startDate || day >= *r.startDate) && (!r.endDate || day < *r.endDate)
        && (r.daysOfWeek.isEmpty() || r.daysOfWeek.contains(day.dayOfWeek()))
        && (!r.minMwh || moment.energyMwh >= *r.minMwh) && (!r.maxMwh || moment.energyMwh < *r.maxMwh)
        && inRange(moment.milliamp, r.minMilliamp, r.maxMilliamp) && inRange(moment.watt, r.minWatt, r.maxWatt)
        && (!r.minDurationMs || moment.durationMs >= *r.minDurationMs)
        && (!r.maxDurationMs || moment.durationMs < *r.maxDurationMs);
}

const PriceComponent *applicableComponent(const Tariff &tariff, Dimension dimension, const Moment &moment,
                                          int *elementIndex)
{
    for (int i = 0; i < tariff.elements.size(); ++i) {
        const TariffElement &element = tariff.elements.at(i);
        const PriceComponent *component = element.component(dimension);
        if (component && matches(element.restrictions, moment)) {
            if (elementIndex)
                *elementIndex = i;
            return component;
        }
    }
    if (elementIndex)
        *elementIndex = -1;
    return nullptr;
}

QList<QDateTime> timeBoundaries(const Tariff &tariff, const QTimeZone &zone, const QDateTime &sessionStart,
                                const QDateTime &from, const QDateTime &to)
{
    QList<int> minutes{0}; // local midnight: dates and days of week change there
    QList<qint64> durations;
    for (const TariffElement &element : tariff.elements) {
        const TariffRestrictions &r = element.restrictions;
        for (const auto &minute : {r.startMinute, r.endMinute}) {
            if (minute)
                minutes.append(*minute);
        }
        for (const auto &duration : {r.minDurationMs, r.maxDurationMs}) {
            if (duration)
                durations.append(*duration);
        }
    }
    QList<QDateTime> result;
    const auto keep = [&](const QDateTime &at) {
        if (at.isValid() && at > from && at < to)
            result.append(at.toUTC());
    };
    // Every local time of day under every UTC offset the zone has around [from, to]: a time that
    // occurs twice when the clocks go back yields both instants. A time a DST gap skips is caught
    // by the offset transition itself, which is a boundary too. Extra cuts are harmless: slices
    // with the same components are merged again.
    QList<int> offsets{zone.offsetFromUtc(from), zone.offsetFromUtc(to)};
    for (const QTimeZone::OffsetData &transition : zone.transitions(from.addDays(-1), to.addDays(1))) {
        offsets.append(transition.offsetFromUtc);
        keep(transition.atUtc);
    }
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    for (QDate day = from.toTimeZone(zone).date().addDays(-1); day <= to.toTimeZone(zone).date().addDays(1);
         day = day.addDays(1)) {
        for (int minute : minutes) {
            const QDateTime asUtc(day, QTime(minute / 60, minute % 60), Qt::UTC);
            for (int offset : offsets)
                keep(asUtc.addSecs(-offset));
        }
    }
    for (qint64 duration : durations)
        keep(sessionStart.addMSecs(duration));
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

QList<qint64> energyThresholds(const Tariff &tariff)
{
    QList<qint64> result;
    for (const TariffElement &element : tariff.elements) {
        for (const auto &threshold : {element.restrictions.minMwh, element.restrictions.maxMwh}) {
            if (threshold)
                result.append(*threshold);
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

} // namespace ocpi::pricing
