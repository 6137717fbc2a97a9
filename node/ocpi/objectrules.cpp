#include "objectrules.h"

#include <QDate>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

#include <cmath>
#include <utility>

namespace ocpi::rules {

namespace {

// Only ASCII: QChar::isDigit()/isLetter() would let Arabic-Indic digits or accented letters
// through the code-list checks.
bool asciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
bool asciiUpper(QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; }
bool asciiLetter(QChar c) { return asciiUpper(c) || (c.unicode() >= u'a' && c.unicode() <= u'z'); }

template <typename Predicate>
bool exactly(QStringView value, qsizetype count, Predicate accepted)
{
    if (value.size() != count)
        return false;
    for (QChar c : value) {
        if (!accepted(c))
            return false;
    }
    return true;
}

// GEN-14: -?[0-9]{1,N}\.[0-9]{5,7}, written by hand (runs for every coordinate of every EVSE).
bool isCoordinate(QStringView s, qsizetype maxIntegerDigits)
{
    qsizetype i = (!s.isEmpty() && s.front() == u'-') ? 1 : 0;
    const qsizetype integerStart = i;
    while (i < s.size() && asciiDigit(s[i]))
        ++i;
    const qsizetype integerDigits = i - integerStart;
    if (integerDigits < 1 || integerDigits > maxIntegerDigits || i == s.size() || s[i] != u'.')
        return false;
    const qsizetype fractionStart = ++i;
    while (i < s.size() && asciiDigit(s[i]))
        ++i;
    const qsizetype fractionDigits = i - fractionStart;
    return i == s.size() && fractionDigits >= 5 && fractionDigits <= 7;
}

QString latitudeRule(QStringView value)
{
    if (isCoordinate(value, 2))
        return {};
    return quoted(value) + QLatin1String(" is not a latitude: degrees with 5 to 7 decimals, e.g. 52.37403");
}

QString longitudeRule(QStringView value)
{
    if (isCoordinate(value, 3))
        return {};
    return quoted(value) + QLatin1String(" is not a longitude: degrees with 5 to 7 decimals, e.g. 4.89075");
}

// GEN-15: local time of day HH:MM, 00:00..23:59 with leading zeros.
QString timeOfDayRule(QStringView s)
{
    const bool ok = s.size() == 5 && s[0] >= u'0' && s[0] <= u'2' && asciiDigit(s[1])
        && (s[0] != u'2' || s[1] <= u'3') && s[2] == u':' && s[3] >= u'0' && s[3] <= u'5'
        && asciiDigit(s[4]);
    if (ok)
        return {};
    return quoted(s) + QLatin1String(" is not a time of day: hh:mm from 00:00 to 23:59");
}

// GEN-15: local date YYYY-MM-DD that exists in the calendar.
QString localDateRule(QStringView s)
{
    bool shaped = s.size() == 10 && s[4] == u'-' && s[7] == u'-';
    for (qsizetype i = 0; shaped && i < s.size(); ++i)
        shaped = i == 4 || i == 7 || asciiDigit(s[i]);
    if (shaped && QDate(s.left(4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt()).isValid())
        return {};
    return quoted(s) + QLatin1String(" is not a valid date YYYY-MM-DD");
}

QString weekdayRule(qint64 value)
{
    if (value >= 1 && value <= 7)
        return {};
    return QString::number(value) + QLatin1String(" is not a weekday 1 (Monday) .. 7 (Sunday)");
}

// GEN-08 (DisplayText), TOK-12 (Token.language): ISO 639-1.
QString languageRule(QStringView value)
{
    if (exactly(value, 2, asciiLetter))
        return {};
    return quoted(value) + QLatin1String(" is not a 2-letter ISO 639-1 language code");
}

// GEN-12: Location/CdrLocation.country is ISO 3166-1 alpha-3, unlike country_code.
QString countryAlpha3Rule(QStringView value)
{
    if (exactly(value, 3, asciiUpper))
        return {};
    return quoted(value) + QLatin1String(" is not an ISO 3166-1 alpha-3 code (3 upper-case letters)");
}

// GEN-12: ISO 4217.
QString currencyRule(QStringView value)
{
    if (exactly(value, 3, asciiUpper))
        return {};
    return quoted(value) + QLatin1String(" is not an ISO 4217 currency code (3 upper-case letters)");
}

// CRED-02: the token goes into an Authorization header, so no spaces and ASCII only.
QString credentialsTokenRule(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c < 0x21 || c > 0x7E) {
            return QStringLiteral("character %1 at index %2 is not printable non-space ASCII")
                .arg(codePoint(c)).arg(i);
        }
    }
    return {};
}

// Quantities that cannot be below zero (hardening issue item 7). Left out on purpose: Price (a
// credit CDR negates its costs, PIT-08), and CdrDimension.volume, CDR.total_energy, Session.kwh:
// with V2G energy flows back from the EV, and the CDR dimension texts give negative values that
// meaning.
constexpr std::pair<const char *, const char *> kNonNegative[] = {
    {"Connector", "max_voltage"}, {"Connector", "max_amperage"}, {"Connector", "max_electric_power"},
    {"Image", "width"}, {"Image", "height"},
    {"PriceComponent", "price"}, {"PriceComponent", "vat"}, {"PriceComponent", "step_size"},
    {"EnvironmentalImpact", "amount"},
    {"TariffRestrictions", "min_kwh"}, {"TariffRestrictions", "max_kwh"},
    {"TariffRestrictions", "min_current"}, {"TariffRestrictions", "max_current"},
    {"TariffRestrictions", "min_power"}, {"TariffRestrictions", "max_power"},
    {"TariffRestrictions", "min_duration"}, {"TariffRestrictions", "max_duration"},
    {"CDR", "total_time"}, {"CDR", "total_parking_time"},
    {"SignedData", "encoding_method_version"},
    {"ChargingPreferences", "energy_need"},
    {"ChargingProfile", "duration"}, {"ChargingProfile", "min_charging_rate"},
    {"ChargingProfilePeriod", "start_period"}, {"ChargingProfilePeriod", "limit"},
    {"CommandResponse", "timeout"}, {"ChargingProfileResponse", "timeout"},
};

QString nonNegativeInt(qint64 value)
{
    if (value >= 0)
        return {};
    return QString::number(value) + QLatin1String(" is negative; must be 0 or more");
}

QString nonNegativeNumber(double value)
{
    if (value >= 0)
        return {};
    return QString::number(value, 'g', 15) + QLatin1String(" is negative; must be 0 or more");
}

// CP-08: a charging rate (W or A) has at most one decimal, and is not negative.
QString chargingRateRule(double value)
{
    if (const QString negative = nonNegativeNumber(value); !negative.isEmpty())
        return negative;
    if (std::abs(value * 10 - std::round(value * 10)) < 1e-6)
        return {};
    return QString::number(value, 'g', 15) + QLatin1String(" has more than one decimal");
}

QString percentageRule(double value)
{
    if (value >= 0 && value <= 100)
        return {};
    return QString::number(value, 'g', 15) + QLatin1String(" is not a percentage from 0 to 100");
}

// Area/Location names as the tz database spells them: ASCII segments that start with a letter.
// It keeps path tricks ("../") and POSIX rule strings ("EST5EDT,M3.2.0") away from QTimeZone,
// which reads both.
bool isZoneShaped(QStringView value)
{
    if (value.isEmpty())
        return false;
    for (QStringView segment : value.split(u'/')) {
        if (segment.isEmpty() || segment.size() > 30 || !asciiLetter(segment.front()))
            return false;
        for (QChar c : segment) {
            if (!asciiLetter(c) && !asciiDigit(c) && c != u'_' && c != u'-' && c != u'+')
                return false;
        }
    }
    return true;
}

// LOC-12, hardening issue item 7: the IANA name the Location's local times are read in (GEN-15).
// QTimeZone lists the canonical names (zone.tab); the older names tzdata keeps as links
// ("Europe/Kiev", "US/Eastern", "Etc/UTC") are still sent by partners, so an Area/Location name the
// system's tz database can load passes too.
QString timeZoneRule(QStringView value)
{
    if (isZoneShaped(value)) {
        const QByteArray id = value.toLatin1();
        if (QTimeZone::isTimeZoneIdAvailable(id) || (value.contains(u'/') && QTimeZone(id).isValid()))
            return {};
    }
    return quoted(value) + QLatin1String(" is not a time zone of the IANA tz database");
}

bool fail(RuleFailure *failure, const QString &path, const QString &message)
{
    *failure = {path, message};
    return false;
}

// LOC-18, GEN-15: the period lies within one day (HH:MM compares as text).
bool regularHoursRule(const QJsonObject &o, bool, RuleFailure *failure)
{
    const QJsonValue begin = o.value(QLatin1String("period_begin"));
    const QJsonValue end = o.value(QLatin1String("period_end"));
    if (begin.isString() && end.isString() && end.toString() <= begin.toString()) {
        return fail(failure, QStringLiteral("period_end"),
                    quoted(end.toString()) + QLatin1String(" is not later than period_begin ")
                        + quoted(begin.toString()));
    }
    return true;
}

// LOC-18: a place that is not always open must say when it is.
bool hoursRule(const QJsonObject &o, bool partial, RuleFailure *failure)
{
    if (partial)
        return true;
    const QJsonValue always = o.value(QLatin1String("twentyfourseven"));
    if (always.isBool() && !always.toBool() && !o.contains(QLatin1String("regular_hours"))) {
        return fail(failure, QStringLiteral("regular_hours"),
                    QStringLiteral("at least one entry required when twentyfourseven is false"));
    }
    return true;
}

// LOC-13: a token reference must be resolvable to tokens.
bool publishTokenRule(const QJsonObject &o, bool partial, RuleFailure *failure)
{
    if (partial)
        return true;
    const bool uid = o.contains(QLatin1String("uid"));
    const bool visualNumber = o.contains(QLatin1String("visual_number"));
    if (!uid && !visualNumber && !o.contains(QLatin1String("group_id")))
        return fail(failure, {}, QStringLiteral("at least one of uid, visual_number, group_id required"));
    if (uid && !o.contains(QLatin1String("type")))
        return fail(failure, QStringLiteral("type"), QStringLiteral("required when uid is given"));
    if (visualNumber && !o.contains(QLatin1String("issuer")))
        return fail(failure, QStringLiteral("issuer"), QStringLiteral("required when visual_number is given"));
    return true;
}

// LOC-13: publish_allowed_to only narrows an unpublished Location.
bool locationRule(const QJsonObject &o, bool, RuleFailure *failure)
{
    const QJsonValue publish = o.value(QLatin1String("publish"));
    const QJsonValue allowed = o.value(QLatin1String("publish_allowed_to"));
    if (publish.isBool() && publish.toBool() && allowed.isArray() && !allowed.toArray().isEmpty()) {
        return fail(failure, QStringLiteral("publish_allowed_to"),
                    QStringLiteral("only allowed when publish is false"));
    }
    return true;
}

// CRED-03: (role, party_id, country_code) identifies one role entry; the ids are CiStrings.
bool credentialsRule(const QJsonObject &o, bool, RuleFailure *failure)
{
    const QJsonArray roles = o.value(QLatin1String("roles")).toArray();
    QStringList seen;
    seen.reserve(roles.size());
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QJsonObject role = roles.at(i).toObject();
        const QString key = role.value(QLatin1String("role")).toString() + QLatin1Char('/')
            + role.value(QLatin1String("country_code")).toString().toUpper() + QLatin1Char('/')
            + role.value(QLatin1String("party_id")).toString().toUpper();
        const qsizetype first = seen.indexOf(key);
        if (first >= 0) {
            return fail(failure, QStringLiteral("roles[%1]").arg(i),
                        QStringLiteral("same role, country_code and party_id as roles[%1]").arg(first));
        }
        seen.append(key);
    }
    return true;
}

// GEN-09, hardening issue item 7: a tariff's bounds are amounts to pay, never credits (Price
// itself may be negative: credit CDRs).
bool tariffRule(const QJsonObject &o, bool, RuleFailure *failure)
{
    for (const char *bound : {"min_price", "max_price"}) {
        const QJsonObject price = o.value(QLatin1String(bound)).toObject();
        for (const char *part : {"excl_vat", "incl_vat"}) {
            const QJsonValue amount = price.value(QLatin1String(part));
            if (amount.isDouble() && amount.toDouble() < 0) {
                return fail(failure, QLatin1String(bound) + QLatin1Char('.') + QLatin1String(part),
                            nonNegativeNumber(amount.toDouble()));
            }
        }
    }
    return true;
}

} // namespace

QString httpUrlRule(QStringView value)
{
    const QUrl url(value.toString());
    const QString scheme = url.scheme(); // QUrl folds the scheme to lower case
    if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty())
        return {};
    return quoted(value) + QLatin1String(" is not an http or https URL with a host");
}

QString quoted(QStringView value)
{
    constexpr qsizetype shown = 40;
    QString text = QLatin1Char('"') + value.left(shown).toString();
    // The message travels in status_message and into logs: no raw control characters.
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            c = QLatin1Char('?');
    }
    return text + QLatin1String(value.size() > shown ? "...\"" : "\"");
}

QString codePoint(char16_t c)
{
    return QLatin1String("U+") + QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

// GEN-12: ISO 3166-1 alpha-2. Any case: country_code is a CiString (GEN-03).
QString countryCodeRule(QStringView value)
{
    if (exactly(value, 2, asciiLetter))
        return {};
    return quoted(value) + QLatin1String(" is not an ISO 3166-1 alpha-2 code (2 letters)");
}

QString partyIdRule(QStringView value)
{
    if (exactly(value, 3, [](QChar c) { return asciiLetter(c) || asciiDigit(c); }))
        return {};
    return quoted(value) + QLatin1String(" is not a party id (3 ASCII letters or digits)");
}

FieldRule fieldRuleFor(const QString &object, const QString &field)
{
    const auto is = [&](QLatin1String o, QLatin1String f) { return object == o && field == f; };
    // Same meaning wherever these names appear (Location, Tariff, Token, CdrToken, Credentials...).
    if (field == QLatin1String("country_code"))
        return {countryCodeRule};
    if (field == QLatin1String("party_id"))
        return {partyIdRule};
    if (field == QLatin1String("currency"))
        return {currencyRule};
    if (field == QLatin1String("latitude"))   // GeoLocation, AdditionalGeoLocation
        return {latitudeRule, nullptr, true};
    if (field == QLatin1String("longitude"))
        return {longitudeRule, nullptr, true};
    if (is(QLatin1String("RegularHours"), QLatin1String("weekday")))
        return {nullptr, weekdayRule};
    if (is(QLatin1String("RegularHours"), QLatin1String("period_begin"))
        || is(QLatin1String("RegularHours"), QLatin1String("period_end"))
        || is(QLatin1String("TariffRestrictions"), QLatin1String("start_time"))
        || is(QLatin1String("TariffRestrictions"), QLatin1String("end_time"))) {
        return {timeOfDayRule};
    }
    if (is(QLatin1String("TariffRestrictions"), QLatin1String("start_date"))
        || is(QLatin1String("TariffRestrictions"), QLatin1String("end_date"))) {
        return {localDateRule};
    }
    if (is(QLatin1String("DisplayText"), QLatin1String("language"))
        || is(QLatin1String("Token"), QLatin1String("language"))) {
        return {languageRule};
    }
    if (is(QLatin1String("Location"), QLatin1String("country"))
        || is(QLatin1String("CdrLocation"), QLatin1String("country"))) {
        return {countryAlpha3Rule};
    }
    if (is(QLatin1String("Credentials"), QLatin1String("token")))
        return {credentialsTokenRule};
    if (is(QLatin1String("Location"), QLatin1String("time_zone")))
        return {timeZoneRule};
    if (is(QLatin1String("EnergySource"), QLatin1String("percentage")))
        return {nullptr, nullptr, false, percentageRule};
    if (is(QLatin1String("ChargingProfilePeriod"), QLatin1String("limit"))
        || is(QLatin1String("ChargingProfile"), QLatin1String("min_charging_rate")))
        return {nullptr, nonNegativeInt, false, chargingRateRule};
    for (const auto &[o, f] : kNonNegative) {
        // The same rule for both JSON number kinds: the validator calls the one of the field's type.
        if (is(QLatin1String(o), QLatin1String(f)))
            return {nullptr, nonNegativeInt, false, nonNegativeNumber};
    }
    return {};
}

ObjectRule objectRuleFor(const QString &object)
{
    if (object == QLatin1String("RegularHours"))
        return regularHoursRule;
    if (object == QLatin1String("Hours"))
        return hoursRule;
    if (object == QLatin1String("PublishTokenType"))
        return publishTokenRule;
    if (object == QLatin1String("Location"))
        return locationRule;
    if (object == QLatin1String("Credentials"))
        return credentialsRule;
    if (object == QLatin1String("Tariff"))
        return tariffRule;
    return nullptr;
}

} // namespace ocpi::rules
