#include "tariffmodel.h"

#include "decimal.h"

#include <QJsonArray>
#include <QTime>

namespace ocpi::pricing {

namespace {

QString field(const char *name) { return QString::fromLatin1(name); }

std::optional<qint64> scaled(const QJsonObject &json, const char *name, qint64 scale)
{
    const QJsonValue value = json.value(field(name));
    if (!value.isDouble())
        return std::nullopt;
    return toScaled(value.toDouble(), scale);
}

Result<std::optional<int>> minuteOfDay(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(field(name));
    if (value.isUndefined() || value.isNull())
        return std::optional<int>();
    const QTime time = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    if (!time.isValid())
        return Error::invalid(QStringLiteral("restrictions.%1: not a time HH:MM").arg(field(name)));
    return std::optional<int>(time.hour() * 60 + time.minute());
}

Result<std::optional<QDate>> date(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(field(name));
    if (value.isUndefined() || value.isNull())
        return std::optional<QDate>();
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    if (!parsed.isValid())
        return Error::invalid(QStringLiteral("restrictions.%1: not a date YYYY-MM-DD").arg(field(name)));
    return std::optional<QDate>(parsed);
}

Result<TariffRestrictions> restrictionsFromJson(const QJsonObject &json)
{
    TariffRestrictions r;
    auto start = minuteOfDay(json, "start_time");
    auto end = minuteOfDay(json, "end_time");
    auto startDate = date(json, "start_date");
    auto endDate = date(json, "end_date");
    for (const Error *error : {start.ok() ? nullptr : &start.error(), end.ok() ? nullptr : &end.error(),
                               startDate.ok() ? nullptr : &startDate.error(),
                               endDate.ok() ? nullptr : &endDate.error()}) {
        if (error)
            return *error;
    }
    r.startMinute = *start;
    r.endMinute = *end;
    r.startDate = *startDate;
    r.endDate = *endDate;
    r.minMwh = scaled(json, "min_kwh", MwhPerKwh);
    r.maxMwh = scaled(json, "max_kwh", MwhPerKwh);
    r.minMilliamp = scaled(json, "min_current", 1000);
    r.maxMilliamp = scaled(json, "max_current", 1000);
    r.minWatt = scaled(json, "min_power", 1000);
    r.maxWatt = scaled(json, "max_power", 1000);
    r.minDurationMs = scaled(json, "min_duration", 1000);
    r.maxDurationMs = scaled(json, "max_duration", 1000);
    static const QStringList days{QStringLiteral("MONDAY"), QStringLiteral("TUESDAY"), QStringLiteral("WEDNESDAY"),
                                  QStringLiteral("THURSDAY"), QStringLiteral("FRIDAY"), QStringLiteral("SATURDAY"),
                                  QStringLiteral("SUNDAY")};
    for (const QJsonValue &day : json.value(field("day_of_week")).toArray()) {
        const qsizetype index = days.indexOf(day.toString());
        if (index < 0)
            return Error::invalid(QStringLiteral("restrictions.day_of_week: unknown day %1").arg(day.toString()));
        r.daysOfWeek.append(int(index) + 1);
    }
    const QString reservation = json.value(field("reservation")).toString();
    if (reservation == QLatin1String("RESERVATION"))
        r.reservation = ReservationRestriction::Reservation;
    else if (reservation == QLatin1String("RESERVATION_EXPIRES"))
        r.reservation = ReservationRestriction::ReservationExpires;
    else if (!reservation.isEmpty())
        return Error::invalid(QStringLiteral("restrictions.reservation: unknown value %1").arg(reservation));
    return r;
}

Result<PriceComponent> componentFromJson(const QJsonObject &json)
{
    PriceComponent c;
    const QString type = json.value(field("type")).toString();
    if (type == QLatin1String("ENERGY"))
        c.type = Dimension::Energy;
    else if (type == QLatin1String("FLAT"))
        c.type = Dimension::Flat;
    else if (type == QLatin1String("PARKING_TIME"))
        c.type = Dimension::ParkingTime;
    else if (type == QLatin1String("TIME"))
        c.type = Dimension::Time;
    else
        return Error::invalid(QStringLiteral("price_components.type: unknown dimension %1").arg(type));
    c.priceMicros = scaled(json, "price", MicrosPerUnit).value_or(0);
    c.vatMicroPercent = scaled(json, "vat", MicrosPerUnit);
    // A step below 1 would make rounding meaningless; treat it as 1 (no rounding).
    c.stepSize = qMax<qint64>(1, json.value(field("step_size")).toInteger(1));
    return c;
}

std::optional<PriceBound> boundFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    return PriceBound{scaled(json, "excl_vat", MicrosPerUnit).value_or(0), scaled(json, "incl_vat", MicrosPerUnit)};
}

} // namespace

const PriceComponent *TariffElement::component(Dimension type) const
{
    for (const PriceComponent &c : components) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

Result<Tariff> tariffFromJson(const QJsonObject &json)
{
    Tariff tariff;
    tariff.id = json.value(field("id")).toString();
    tariff.currency = json.value(field("currency")).toString();
    tariff.minPrice = boundFromJson(json.value(field("min_price")));
    tariff.maxPrice = boundFromJson(json.value(field("max_price")));
    for (const QJsonValue &elementValue : json.value(field("elements")).toArray()) {
        const QJsonObject elementJson = elementValue.toObject();
        TariffElement element;
        for (const QJsonValue &componentValue : elementJson.value(field("price_components")).toArray()) {
            auto component = componentFromJson(componentValue.toObject());
            if (!component.ok())
                return component.error();
            element.components.append(*component);
        }
        auto restrictions = restrictionsFromJson(elementJson.value(field("restrictions")).toObject());
        if (!restrictions.ok())
            return restrictions.error();
        element.restrictions = *restrictions;
        tariff.elements.append(element);
    }
    return tariff;
}

} // namespace ocpi::pricing
