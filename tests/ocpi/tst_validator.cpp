#include "jsonedit.h"
#include "specexamples.h"
#include "core/clock.h"
#include "ocpi/schema.h"
#include "ocpi/validator.h"
#include "support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString L = QStringLiteral("locations/location_2x2.json");
const QString F = QStringLiteral("locations/location_full.json");
const QString U = QStringLiteral("locations/location_unpublished.json");
const QString T = QStringLiteral("tariffs/tariff_full.json");
const QString K = QStringLiteral("tokens/token_rfid_full.json");
const QString R = QStringLiteral("credentials/credentials_cpo.json");
const QString W = QStringLiteral("credentials/credentials_white_label.json");

QString text(const QString &value) { return QLatin1Char('"') + value + QLatin1Char('"'); }

void row(const char *tag, const char *object, const QString &fixture, const QString &path,
         const QString &value, const QString &expected)
{
    QTest::newRow(tag) << QString::fromLatin1(object) << fixture << path << value << expected;
}

void columns()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    // Each row breaks one field of a valid fixture; the exact status_message is asserted.
    void invalidObject_data()
    {
        columns();
        const QString lat = QStringLiteral(" is not a latitude: degrees with 5 to 7 decimals, e.g. 52.37403");
        const QString lon = QStringLiteral(" is not a longitude: degrees with 5 to 7 decimals, e.g. 4.89075");
        const QString hhmm = QStringLiteral(" is not a time of day: hh:mm from 00:00 to 23:59");
        const QString weekday = QStringLiteral(" is not a weekday 1 (Monday) .. 7 (Sunday)");
        const QString longUrl = text(QStringLiteral("https://img.example.com/") + QString(232, QLatin1Char('a')));
        // GEN-10 cardinality
        row("missing required field, nested with indexes", "Location", L, "evses[1].connectors[0].max_voltage", "<remove>", "evses[1].connectors[0].max_voltage: required field is missing");
        row("missing required top-level field", "Location", L, "time_zone", "<remove>", "time_zone: required field is missing");
        row("required field null", "Location", L, "address", "null", "address: required field is null");
        row("EVSE: empty connectors (+) (LOC-14)", "Location", L, "evses[0].connectors", "[]", "evses[0].connectors: list must not be empty");
        row("EVSE: connectors missing", "Location", L, "evses[0].connectors", "<remove>", "evses[0].connectors: required field is missing");
        row("list expected", "Location", L, "facilities", text("CAFE"), "facilities: expected list, got string");
        row("null element inside a list", "Location", F, "facilities[1]", "null", "facilities[1]: expected string, got null");
        row("object expected", "Location", L, "coordinates", text("52.52,13.41"), "coordinates: expected object, got string");
        // types (GEN-01, GEN-07)
        row("int sent as string", "Location", L, "evses[0].connectors[1].max_amperage", text("16"), "evses[0].connectors[1].max_amperage: expected int, got string");
        row("int with a fraction", "Location", L, "evses[0].connectors[1].max_amperage", "16.5", "evses[0].connectors[1].max_amperage: expected int, got 16.5");
        row("boolean sent as string", "Location", L, "publish", text("true"), "publish: expected boolean, got string");
        row("enum wrong case (GEN-01)", "Location", L, "evses[0].status", text("available"), R"(evses[0].status: "available" is not a valid Status)");
        row("unknown enum value in a list", "Location", L, "evses[1].capabilities[2]", text("UNLOCK"), R"(evses[1].capabilities[2]: "UNLOCK" is not a valid Capability)");
        row("control characters in an echoed value become ?", "Location", L, "evses[0].status", text("AVAIL\\nABLE"), R"(evses[0].status: "AVAIL?ABLE" is not a valid Status)");
        row("echoed value cut after 40 characters", "Location", L, "parking_type", text(QString(41, QLatin1Char('P'))), "parking_type: \"" + QString(40, QLatin1Char('P')) + "...\" is not a valid ParkingType");
        row("enum sent as number", "Location", L, "parking_type", "1", "parking_type: expected string, got number");
        row("number sent as string (GEN-07)", "Location", F, "energy_mix.energy_sources[0].percentage", text("41.5"), "energy_mix.energy_sources[0].percentage: expected number, got string");
        row("DateTime not a date", "Location", L, "last_updated", text("2026-13-01T00:00:00Z"), R"(last_updated: "2026-13-01T00:00:00Z" is not a valid DateTime)");
        row("DateTime with +01:00 offset (GEN-05)", "Location", L, "evses[1].last_updated", text("2026-11-21T18:02:31+01:00"), R"(evses[1].last_updated: "2026-11-21T18:02:31+01:00" is not a valid DateTime)");
        row("DateTime sent as number", "Location", L, "last_updated", "1763744551", "last_updated: expected string, got number");
        // string, CiString, URL (GEN-02/03/04, PIT-12)
        row("over-length string", "Location", L, "name", text(QString(256, QLatin1Char('x'))), "name: 256 characters, at most 255 allowed");
        row("over-length counts characters, not bytes", "Location", L, "city", text(QString(46, QChar(0xE9))), "city: 46 characters, at most 45 allowed");
        row("over-length CiString", "Location", L, "id", text(QString(37, QLatin1Char('A'))), "id: 37 characters, at most 36 allowed");
        row("CiString with non-ASCII (GEN-03)", "Location", L, "id", text(QStringLiteral("BER-\u00c4LX")), "id: character U+00C4 at index 4 is not printable ASCII");
        row("CiString with TAB", "Location", L, "evses[0].uid", text("BER42\\tAC"), "evses[0].uid: character U+0009 at index 5 is not printable ASCII");
        row("LF in string (GEN-02)", "Location", L, "address", text("Alexanderstrasse 7\\nHof"), "address: control character U+000A at index 18");
        row("TAB in string", "Location", L, "name", text("Park\\thaus"), "name: control character U+0009 at index 4");
        row("CR in nested string", "Location", L, "operator.name", text("Example\\r"), "operator.name: control character U+000D at index 7");
        row("URL longer than 255 (GEN-04)", "Location", F, "images[0].url", longUrl, "images[0].url: 256 characters, at most 255 allowed");
        row("int with more digits than allowed", "Location", F, "evses[0].images[0].width", "123456", "evses[0].images[0].width: 123456 has more than 5 digits");
        // codes (GEN-12)
        row("country alpha-2 instead of alpha-3", "Location", L, "country", text("DE"), R"(country: "DE" is not an ISO 3166-1 alpha-3 code (3 upper-case letters))");
        row("country lower case", "Location", L, "country", text("deu"), R"(country: "deu" is not an ISO 3166-1 alpha-3 code (3 upper-case letters))");
        row("country_code with a digit", "Location", L, "country_code", text("D1"), R"(country_code: "D1" is not an ISO 3166-1 alpha-2 code (2 letters))");
        row("country_code alpha-3", "Location", L, "country_code", text("DEU"), "country_code: 3 characters, at most 2 allowed");
        row("party_id too short", "Location", L, "party_id", text("EX"), R"(party_id: "EX" is not a party id (3 ASCII letters or digits))");
        row("party_id with punctuation", "Location", L, "party_id", text("E-C"), R"(party_id: "E-C" is not a party id (3 ASCII letters or digits))");
        row("DisplayText language not letters (GEN-08)", "Location", F, "directions[1].language", text("e1"), R"(directions[1].language: "e1" is not a 2-letter ISO 639-1 language code)");
        row("DisplayText language too long", "Location", F, "directions[1].language", text("eng"), "directions[1].language: 3 characters, at most 2 allowed");
        row("DisplayText text missing", "Location", F, "evses[0].directions[0].text", "<remove>", "evses[0].directions[0].text: required field is missing");
        // GeoLocation (GEN-14)
        row("latitude with too few decimals", "Location", L, "coordinates.latitude", text("52.1"), R"(coordinates.latitude: "52.1")" + lat);
        row("latitude with 3 integer digits", "Location", L, "coordinates.latitude", text("152.12345"), R"(coordinates.latitude: "152.12345")" + lat);
        row("latitude sent as number", "Location", L, "coordinates.latitude", "52.521918", "coordinates.latitude: expected string, got number");
        row("longitude with 8 decimals", "Location", F, "evses[0].coordinates.longitude", text("5.11030000"), R"(evses[0].coordinates.longitude: "5.11030000")" + lon);
        row("longitude with decimal comma", "Location", L, "coordinates.longitude", text("13,413215"), R"(coordinates.longitude: "13,413215")" + lon);
        row("AdditionalGeoLocation latitude", "Location", F, "related_locations[1].latitude", text("52.0890"), R"(related_locations[1].latitude: "52.0890")" + lat);
        // Hours and RegularHours (LOC-18, GEN-15)
        row("not 24/7 without regular_hours", "Location", L, "opening_times.twentyfourseven", "false", "opening_times.regular_hours: at least one entry required when twentyfourseven is false");
        row("not 24/7 with empty regular_hours", "Location", F, "opening_times.regular_hours", "[]", "opening_times.regular_hours: at least one entry required when twentyfourseven is false");
        row("weekday 0", "Location", F, "opening_times.regular_hours[0].weekday", "0", "opening_times.regular_hours[0].weekday: 0" + weekday);
        row("weekday 8", "Location", F, "opening_times.regular_hours[6].weekday", "8", "opening_times.regular_hours[6].weekday: 8" + weekday);
        row("weekday with two digits", "Location", F, "opening_times.regular_hours[6].weekday", "10", "opening_times.regular_hours[6].weekday: 10 has more than 1 digits");
        row("period_begin without leading zero", "Location", F, "opening_times.regular_hours[2].period_begin", text("6:00"), R"(opening_times.regular_hours[2].period_begin: "6:00")" + hhmm);
        row("period_end 24:00", "Location", F, "opening_times.regular_hours[4].period_end", text("24:00"), R"(opening_times.regular_hours[4].period_end: "24:00")" + hhmm);
        row("period_begin minute 60", "Location", F, "opening_times.regular_hours[7].period_begin", text("08:60"), R"(opening_times.regular_hours[7].period_begin: "08:60")" + hhmm);
        row("period_end equal to period_begin", "Location", F, "opening_times.regular_hours[7].period_end", text("08:00"), R"(opening_times.regular_hours[7].period_end: "08:00" is not later than period_begin "08:00")");
        row("period_end before period_begin", "Location", F, "opening_times.regular_hours[0].period_end", text("05:00"), R"(opening_times.regular_hours[0].period_end: "05:00" is not later than period_begin "06:00")");
        // publish_allowed_to (LOC-13)
        row("publish_allowed_to with publish true", "Location", U, "publish", "true", "publish_allowed_to: only allowed when publish is false");
        row("PublishTokenType without uid, visual_number, group_id", "Location", U, "publish_allowed_to[2]", "{}", "publish_allowed_to[2]: at least one of uid, visual_number, group_id required");
        row("PublishTokenType uid without type", "Location", U, "publish_allowed_to[0].type", "<remove>", "publish_allowed_to[0].type: required when uid is given");
        row("PublishTokenType visual_number without issuer", "Location", U, "publish_allowed_to[1].issuer", "<remove>", "publish_allowed_to[1].issuer: required when visual_number is given");
        // EVSE and Connector on their own (PUT of an EVSE or Connector, LOC-04)
        row("EVSE floor_level too long", "EVSE", L + "#evses[0]", "floor_level", text("-1.5m"), "floor_level: 5 characters, at most 4 allowed");
        row("EVSE physical_reference as number (PIT-14)", "EVSE", L + "#evses[0]", "physical_reference", "2", "physical_reference: expected string, got number");
        row("Connector power_type missing", "Connector", L + "#evses[1].connectors[1]", "power_type", "<remove>", "power_type: required field is missing");
        // Tariff (TAR-04, TAR-05, TAR-09)
        row("Tariff last_updated missing", "Tariff", T, "last_updated", "<remove>", "last_updated: required field is missing");
        row("Tariff currency lower case", "Tariff", T, "currency", text("eur"), R"(currency: "eur" is not an ISO 4217 currency code (3 upper-case letters))");
        row("Tariff empty elements", "Tariff", T, "elements", "[]", "elements: list must not be empty");
        row("Tariff empty price_components", "Tariff", T, "elements[4].price_components", "[]", "elements[4].price_components: list must not be empty");
        row("Tariff type unknown", "Tariff", T, "type", text("PROFILE_SLOW"), R"(type: "PROFILE_SLOW" is not a valid TariffType)");
        row("Tariff min_price without excl_vat (GEN-09)", "Tariff", T, "min_price.excl_vat", "<remove>", "min_price.excl_vat: required field is missing");
        row("Tariff alt text with CR LF", "Tariff", T, "tariff_alt_text[1].text", text("Zeile 1\\r\\nZeile 2"), "tariff_alt_text[1].text: control character U+000D at index 7");
        row("PriceComponent price as string", "Tariff", T, "elements[0].price_components[0].price", text("0.2437"), "elements[0].price_components[0].price: expected number, got string");
        row("PriceComponent step_size with fraction", "Tariff", T, "elements[1].price_components[0].step_size", "1.5", "elements[1].price_components[0].step_size: expected int, got 1.5");
        row("PriceComponent step_size missing", "Tariff", T, "elements[2].price_components[0].step_size", "<remove>", "elements[2].price_components[0].step_size: required field is missing");
        row("PriceComponent type wrong case", "Tariff", T, "elements[0].price_components[0].type", text("energy"), R"(elements[0].price_components[0].type: "energy" is not a valid TariffDimensionType)");
        row("restriction start_time 24:00", "Tariff", T, "elements[0].restrictions.start_time", text("24:00"), R"(elements[0].restrictions.start_time: "24:00")" + hhmm);
        row("restriction end_time with seconds", "Tariff", T, "elements[0].restrictions.end_time", text("06:00:00"), "elements[0].restrictions.end_time: 8 characters, at most 5 allowed");
        row("restriction start_date not in the calendar", "Tariff", T, "elements[2].restrictions.start_date", text("2027-02-29"), R"(elements[2].restrictions.start_date: "2027-02-29" is not a valid date YYYY-MM-DD)");
        row("restriction end_date with slashes", "Tariff", T, "elements[2].restrictions.end_date", text("2027/03/01"), R"(elements[2].restrictions.end_date: "2027/03/01" is not a valid date YYYY-MM-DD)");
        row("restriction day_of_week lower case", "Tariff", T, "elements[1].restrictions.day_of_week[4]", text("friday"), R"(elements[1].restrictions.day_of_week[4]: "friday" is not a valid DayOfWeek)");
        row("restriction day_of_week not a list", "Tariff", T, "elements[1].restrictions.day_of_week", text("MONDAY"), "elements[1].restrictions.day_of_week: expected list, got string");
        row("restriction reservation unknown", "Tariff", T, "elements[3].restrictions.reservation", text("RESERVED"), R"(elements[3].restrictions.reservation: "RESERVED" is not a valid ReservationRestrictionType)");
        // Token (TOK-12)
        row("Token type wrong case", "Token", K, "type", text("rfid"), R"(type: "rfid" is not a valid TokenType)");
        row("Token uid over 36", "Token", K, "uid", text(QString(37, QLatin1Char('F'))), "uid: 37 characters, at most 36 allowed");
        row("Token issuer missing", "Token", K, "issuer", "<remove>", "issuer: required field is missing");
        row("Token valid as string", "Token", K, "valid", text("yes"), "valid: expected boolean, got string");
        row("Token whitelist unknown", "Token", K, "whitelist", text("SOMETIMES"), R"(whitelist: "SOMETIMES" is not a valid WhitelistType)");
        row("Token language not letters", "Token", K, "language", text("d3"), R"(language: "d3" is not a 2-letter ISO 639-1 language code)");
        row("Token energy_contract without supplier_name", "Token", K, "energy_contract.supplier_name", "<remove>", "energy_contract.supplier_name: required field is missing");
        // Credentials (CRED-01..03)
        row("credentials token with a space (CRED-02)", "Credentials", R, "token", text("abc def"), "token: character U+0020 at index 3 is not printable non-space ASCII");
        row("credentials token non-ASCII", "Credentials", R, "token", text(QStringLiteral("t\u00f6ken")), "token: character U+00F6 at index 1 is not printable non-space ASCII");
        row("credentials token with TAB", "Credentials", R, "token", text("abc\\tdef"), "token: control character U+0009 at index 3");
        row("credentials token 65 characters", "Credentials", R, "token", text(QString(65, QLatin1Char('t'))), "token: 65 characters, at most 64 allowed");
        row("credentials roles empty", "Credentials", R, "roles", "[]", "roles: list must not be empty");
        row("credentials roles missing", "Credentials", R, "roles", "<remove>", "roles: required field is missing");
        row("credentials url too long", "Credentials", R, "url", longUrl, "url: 256 characters, at most 255 allowed");
        row("credentials duplicate role (CRED-03)", "Credentials", W, "roles[3].country_code", text("DE"), "roles[3]: same role, country_code and party_id as roles[0]");
        row("credentials duplicate role differing in case", "Credentials", W, "roles[2].party_id", text("exc"), "roles[2]: same role, country_code and party_id as roles[0]");
        row("credentials role wrong case", "Credentials", R, "roles[0].role", text("cpo"), R"(roles[0].role: "cpo" is not a valid Role)");
        row("credentials business_details name missing", "Credentials", R, "roles[0].business_details.name", "<remove>", "roles[0].business_details.name: required field is missing");
        // Hardening issue item 7 (GEN-02): a lone UTF-16 surrogate is no character, in any string.
        const QString neg = QStringLiteral(" is negative; must be 0 or more");
        row("lone high surrogate", "Location", L, "name", text("Park\\ud800haus"), "name: unpaired UTF-16 surrogate U+D800 at index 4");
        row("lone low surrogate", "Location", L, "address", text("\\udc00 Platz 1"), "address: unpaired UTF-16 surrogate U+DC00 at index 0");
        row("high surrogate at the end", "Location", L, "evses[0].floor_level", text("-1\\ud83d"), "evses[0].floor_level: unpaired UTF-16 surrogate U+D83D at index 2");
        row("surrogates in the wrong order", "Location", F, "directions[0].text", text("a\\ude0a\\ud83d"), "directions[0].text: unpaired UTF-16 surrogate U+DE0A at index 1");
        row("lone surrogate in a URL", "Location", F, "images[0].url", text("https://img.example.com/\\ud800.jpg"), "images[0].url: unpaired UTF-16 surrogate U+D800 at index 24");
        row("lone surrogate in a Tariff", "Tariff", T, "tariff_alt_text[0].text", text("\\udfff"), "tariff_alt_text[0].text: unpaired UTF-16 surrogate U+DFFF at index 0");
        row("lone surrogate in a Token", "Token", K, "issuer", text("Example \\ud800"), "issuer: unpaired UTF-16 surrogate U+D800 at index 8");
        row("lone surrogate in Credentials", "Credentials", R, "roles[0].business_details.name", text("\\ud800"), "roles[0].business_details.name: unpaired UTF-16 surrogate U+D800 at index 0");
        // Hardening issue item 7: quantities are not negative (LOC-15, TAR-05, TAR-09, GEN-09).
        row("max_voltage -1", "Location", L, "evses[0].connectors[0].max_voltage", "-1", "evses[0].connectors[0].max_voltage: -1" + neg);
        row("max_amperage negative", "Location", L, "evses[1].connectors[1].max_amperage", "-16", "evses[1].connectors[1].max_amperage: -16" + neg);
        row("max_electric_power negative", "Location", L, "evses[0].connectors[0].max_electric_power", "-22080", "evses[0].connectors[0].max_electric_power: -22080" + neg);
        row("EVSE put: max_voltage negative", "EVSE", L + "#evses[0]", "connectors[1].max_voltage", "-230", "connectors[1].max_voltage: -230" + neg);
        row("image width negative", "Location", F, "evses[0].images[0].width", "-1920", "evses[0].images[0].width: -1920" + neg);
        row("logo height negative", "Location", F, "operator.logo.height", "-1", "operator.logo.height: -1" + neg);
        row("energy source percentage over 100", "Location", F, "energy_mix.energy_sources[0].percentage", "100.5", "energy_mix.energy_sources[0].percentage: 100.5 is not a percentage from 0 to 100");
        row("energy source percentage negative", "Location", F, "energy_mix.energy_sources[0].percentage", "-1", "energy_mix.energy_sources[0].percentage: -1 is not a percentage from 0 to 100");
        row("environmental impact negative", "Location", F, "energy_mix.environ_impact[0].amount", "-172.25", "energy_mix.environ_impact[0].amount: -172.25" + neg);
        row("PriceComponent price negative", "Tariff", T, "elements[0].price_components[0].price", "-0.2437", "elements[0].price_components[0].price: -0.2437" + neg);
        row("PriceComponent vat negative", "Tariff", T, "elements[0].price_components[0].vat", "-19", "elements[0].price_components[0].vat: -19" + neg);
        row("PriceComponent step_size negative", "Tariff", T, "elements[1].price_components[0].step_size", "-1", "elements[1].price_components[0].step_size: -1" + neg);
        row("restriction min_kwh negative", "Tariff", T, "elements[2].restrictions.min_kwh", "-0.5", "elements[2].restrictions.min_kwh: -0.5" + neg);
        row("restriction max_power negative", "Tariff", T, "elements[2].restrictions.max_power", "-22", "elements[2].restrictions.max_power: -22" + neg);
        row("restriction min_current negative", "Tariff", T, "elements[2].restrictions.min_current", "-6", "elements[2].restrictions.min_current: -6" + neg);
        row("restriction min_duration negative", "Tariff", T, "elements[1].restrictions.min_duration", "-14400", "elements[1].restrictions.min_duration: -14400" + neg);
        row("Tariff min_price negative", "Tariff", T, "min_price.excl_vat", "-0.5", "min_price.excl_vat: -0.5" + neg);
        row("Tariff max_price incl_vat negative", "Tariff", T, "max_price.incl_vat", "-95.2", "max_price.incl_vat: -95.2" + neg);
        // Hardening issue item 7, LOC-12: time_zone names a zone of the IANA tz database.
        const QString zone = QStringLiteral(" is not a time zone of the IANA tz database");
        row("time_zone empty", "Location", L, "time_zone", text(""), "time_zone: \"\"" + zone);
        row("time_zone unknown", "Location", L, "time_zone", text("Not/AZone"), "time_zone: \"Not/AZone\"" + zone);
        row("time_zone wrong case", "Location", L, "time_zone", text("europe/berlin"), "time_zone: \"europe/berlin\"" + zone);
        row("time_zone trailing slash", "Location", L, "time_zone", text("Europe/Berlin/"), "time_zone: \"Europe/Berlin/\"" + zone);
        row("time_zone a path", "Location", L, "time_zone", text("../../../etc/passwd"), "time_zone: \"../../../etc/passwd\"" + zone);
        row("time_zone a UTC offset", "Location", L, "time_zone", text("UTC+01:00"), "time_zone: \"UTC+01:00\"" + zone);
        row("time_zone a POSIX rule", "Location", L, "time_zone", text("CET-1CEST,M3.5.0,M10.5.0/3"), "time_zone: \"CET-1CEST,M3.5.0,M10.5.0/3\"" + zone);
        row("time_zone a POSIX name", "Location", L, "time_zone", text("ABC3"), "time_zone: \"ABC3\"" + zone);
        // Hardening issue item 7, GEN-04: URL fields are http(s) URLs with a host.
        const QString url = QStringLiteral(" is not an http or https URL with a host");
        row("image URL ftp", "Location", F, "images[0].url", text("ftp://img.example.com/a.jpg"), "images[0].url: \"ftp://img.example.com/a.jpg\"" + url);
        row("image URL javascript", "Location", F, "evses[0].images[0].url", text("javascript:alert(1)"), "evses[0].images[0].url: \"javascript:alert(1)\"" + url);
        row("image URL file", "Location", F, "evses[0].images[0].thumbnail", text("file:///etc/passwd"), "evses[0].images[0].thumbnail: \"file:///etc/passwd\"" + url);
        row("image URL data", "Location", F, "operator.logo.url", text("data:image/png;base64,AAAA"), "operator.logo.url: \"data:image/png;base64,AAAA\"" + url);
        row("image URL relative", "Location", F, "images[0].url", text("/img/a.jpg"), "images[0].url: \"/img/a.jpg\"" + url);
        row("image URL without host", "Location", F, "images[0].url", text("https:///a.jpg"), "images[0].url: \"https:///a.jpg\"" + url);
        row("website not a URL", "Location", L, "operator.website", text("charging.example.com"), "operator.website: \"charging.example.com\"" + url);
        row("terms_and_conditions mailto", "Location", F, "evses[0].connectors[0].terms_and_conditions", text("mailto:a@example.com"), "evses[0].connectors[0].terms_and_conditions: \"mailto:a@example.com\"" + url);
        row("tariff_alt_url gopher", "Tariff", T, "tariff_alt_url", text("gopher://example.com"), "tariff_alt_url: \"gopher://example.com\"" + url);
        row("credentials url empty", "Credentials", R, "url", text(""), "url: \"\"" + url);
    }

    void invalidObject()
    {
        QFETCH(QString, object);
        QFETCH(QString, fixture);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QJsonValue base = test::fixture(fixture);
        QVERIFY2(validateObject(object, base).ok(), "the unmodified fixture must be valid");
        const auto result = validateObject(object, edited(base, path, value));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::InvalidData);
        QCOMPARE(result.error().message, expected);
    }

    // Valid input, changed at one path; the canonical output differs from the fixture only there.
    void canonicalEdit_data()
    {
        columns();
        const QString maxId = text(QString(36, QLatin1Char('Z')));
        row("unknown top-level field dropped (GEN-13)", "Location", L, "x_vendor_rating", "4.5", "<remove>");
        row("unknown nested field dropped", "Location", L, "evses[0].floor", text("1"), "<remove>");
        row("unknown field in a list element dropped", "Location", F, "opening_times.regular_hours[0].note", text("x"), "<remove>");
        row("null optional string dropped (GEN-10)", "Location", L, "name", "null", "<remove>");
        row("null optional object dropped", "Location", L, "operator", "null", "<remove>");
        row("null * list dropped", "Location", L, "evses", "null", "<remove>");
        row("empty * list dropped", "Location", L, "evses[0].capabilities", "[]", "<remove>");
        row("empty publish_allowed_to with publish true", "Location", L, "publish_allowed_to", "[]", "<remove>");
        row("DateTime without Z gets Z (GEN-06)", "Location", L, "last_updated", text("2026-11-21T17:02:31"), text("2026-11-21T17:02:31Z"));
        row("DateTime +00:00 becomes Z", "Location", L, "last_updated", text("2026-11-21T17:02:31+00:00"), text("2026-11-21T17:02:31Z"));
        row("DateTime microseconds cut to milliseconds", "Location", L, "evses[1].connectors[1].last_updated", text("2026-11-21T17:02:31.123456Z"), text("2026-11-21T17:02:31.123Z"));
        row("DateTime one fraction digit padded", "Location", L, "last_updated", text("2026-11-21T17:02:31.5"), text("2026-11-21T17:02:31.500Z"));
        row("DateTime zero fraction dropped", "Location", L, "last_updated", text("2026-11-21T17:02:31.000Z"), text("2026-11-21T17:02:31Z"));
        row("DateTime one-digit month and day", "Location", L, "last_updated", text("2026-1-2T03:04:05Z"), text("2026-01-02T03:04:05Z"));
        row("DateTime over 25 characters read (tolerant reader)", "Location", L, "last_updated", text("2026-11-21T17:02:31.123456789Z"), text("2026-11-21T17:02:31.123Z"));
        row("int written as 230.0", "Location", L, "evses[0].connectors[0].max_voltage", "230.0", "230");
        row("latitude of 11 characters: pattern wins over string(10)", "Location", L, "coordinates.latitude", text("-33.8688197"), text("-33.8688197"));
        row("longitude with 3 integer digits", "Location", L, "coordinates.longitude", text("-151.20930"), text("-151.20930"));
        row("longitude of 12 characters: pattern wins over string(11)", "Location", L, "coordinates.longitude", text("-151.2093000"), text("-151.2093000"));
        row("CiString at its maximum length", "Location", L, "id", maxId, maxId);
        row("CiString case kept as given (GEN-03)", "Location", L, "country_code", text("de"), text("de"));
        row("string length in characters: 45 x e-acute", "Location", L, "city", text(QString(45, QChar(0xE9))), text(QString(45, QChar(0xE9))));
        row("string length in code points: 45 emoji", "Location", L, "city", text(QStringLiteral("\U0001F50C").repeated(45)), text(QStringLiteral("\U0001F50C").repeated(45)));
        row("24/7 with empty regular_hours", "Location", F, "opening_times", R"({"twentyfourseven": true, "regular_hours": []})", R"({"twentyfourseven": true})");
        row("restriction end_time 00:00 (TAR-09)", "Tariff", T, "elements[0].restrictions.end_time", text("00:00"), text("00:00"));
        row("restriction start_date leap day", "Tariff", T, "elements[2].restrictions.start_date", text("2028-02-29"), text("2028-02-29"));
        row("credentials token of visible ASCII", "Credentials", R, "token", text("!~AZaz09"), text("!~AZaz09"));
        // Hardening issue item 7: what the new checks let through.
        row("surrogate pair kept", "Location", L, "name", text("Laden \\ud83d\\udd0c"), text(QStringLiteral("Laden \U0001F50C")));
        row("time_zone canonical, three levels", "Location", L, "time_zone", text("America/Argentina/Buenos_Aires"), text("America/Argentina/Buenos_Aires"));
        row("time_zone tzdata link still sent by partners", "Location", L, "time_zone", text("Europe/Kiev"), text("Europe/Kiev"));
        row("time_zone Etc/GMT+5", "Location", L, "time_zone", text("Etc/GMT+5"), text("Etc/GMT+5"));
        row("time_zone UTC", "Location", L, "time_zone", text("UTC"), text("UTC"));
        row("image URL http", "Location", F, "images[0].url", text("http://img.example.com/a.jpg"), text("http://img.example.com/a.jpg"));
        row("URL scheme and host in upper case kept as sent", "Location", F, "images[0].url", text("HTTPS://IMG.EXAMPLE.COM/A.JPG"), text("HTTPS://IMG.EXAMPLE.COM/A.JPG"));
        row("URL with port and query", "Location", L, "operator.website", text("https://example.com:8443/x?a=1#b"), text("https://example.com:8443/x?a=1#b"));
        row("max_voltage 0", "Location", L, "evses[0].connectors[0].max_voltage", "0", "0");
        row("price 0: free of charge (TAR-08)", "Tariff", T, "elements[0].price_components[0].price", "0", "0");
        row("vat 0 differs from no vat (TAR-05)", "Tariff", T, "elements[0].price_components[0].vat", "0", "0");
        row("percentage 100", "Location", F, "energy_mix.energy_sources[0].percentage", "100", "100");
    }

    void canonicalEdit()
    {
        QFETCH(QString, object);
        QFETCH(QString, fixture);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QJsonValue base = test::fixture(fixture);
        const auto result = validateObject(object, edited(base, path, value));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(compact(*result), compact(edited(base, path, expected)));
    }

    // Whole fixtures: canonical fixtures come back unchanged, the messy one as its .canonical twin.
    void canonicalFixture_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Location 2 EVSEs x 2 connectors") << "Location" << L << L;
        QTest::newRow("Location with every field") << "Location" << F << F;
        QTest::newRow("Location unpublished, publish_allowed_to") << "Location" << U << U;
        QTest::newRow("Location with nulls, [], unknown fields, loose DateTimes")
            << "Location" << "locations/location_messy.json" << "locations/location_messy.canonical.json";
        QTest::newRow("EVSE") << "EVSE" << L + "#evses[1]" << L + "#evses[1]";
        QTest::newRow("Connector") << "Connector" << L + "#evses[1].connectors[0]" << L + "#evses[1].connectors[0]";
        QTest::newRow("Tariff with every restriction") << "Tariff" << T << T;
        QTest::newRow("Tariff free of charge (TAR-08)") << "Tariff" << "tariffs/tariff_free.json" << "tariffs/tariff_free.json";
        QTest::newRow("Token RFID with every field") << "Token" << K << K;
        QTest::newRow("Token APP_USER") << "Token" << "tokens/token_app_user.json" << "tokens/token_app_user.json";
        QTest::newRow("Credentials CPO") << "Credentials" << R << R;
        QTest::newRow("Credentials white label, same party two roles") << "Credentials" << W << W;
    }

    void canonicalFixture()
    {
        QFETCH(QString, object);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = validateObject(object, test::fixture(input));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(compact(*result), compact(test::fixture(expected)));
    }

    void ignoredFieldsAreReported()
    {
        QStringList ignored;
        QVERIFY(validateObject(QStringLiteral("Location"), test::fixture(QStringLiteral("locations/location_messy.json")), &ignored).ok());
        QCOMPARE(ignored, QStringList({"coordinates.altitude", "evses[0].floor", "x_vendor_rating"}));
    }

    void notAnObject()
    {
        const auto list = validateObject(QStringLiteral("Token"), QJsonArray{1});
        QCOMPARE(list.error().message, QStringLiteral("expected object, got list"));
        QCOMPARE(validatePatch(QStringLiteral("Token"), QJsonValue()).error().message, QStringLiteral("expected object, got null"));
        const auto unknown = validateObject(QStringLiteral("Locaton"), QJsonObject());
        QCOMPARE(unknown.error().kind, ErrorKind::Internal);
    }

    // TF-10: only the fields present are checked; expected is the canonical body or the message.
    void patch_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        const QString at = QStringLiteral(R"("last_updated": "2026-11-25T12:00:00Z")");
        auto add = [](const char *tag, const char *object, const QString &body, const QString &expected, const QString &error) {
            QTest::newRow(tag) << QString::fromLatin1(object) << body << expected << error;
        };
        add("EVSE status update, DateTime normalised", "EVSE", R"({"status": "CHARGING", "last_updated": "2026-11-25T12:00:00"})", R"({"status": "CHARGING", )" + at + "}", {});
        add("Connector tariff_ids set", "Connector", R"({"tariff_ids": ["DC-FAST"], )" + at + "}", R"({"tariff_ids": ["DC-FAST"], )" + at + "}", {});
        add("Connector tariff_ids emptied stays []", "Connector", R"({"tariff_ids": [], )" + at + "}", R"({"tariff_ids": [], )" + at + "}", {});
        add("null optional field dropped", "Location", R"({"name": null, )" + at + "}", "{" + at + "}", {});
        add("unknown field dropped", "Location", R"({"x_flag": 1, "publish": false})", R"({"publish": false})", {});
        add("empty body", "Token", "{}", "{}", {});
        add("Token invalidated", "Token", R"({"valid": false, )" + at + "}", R"({"valid": false, )" + at + "}", {});
        add("nested object checked fully", "Location", R"({"coordinates": {"latitude": "52.1"}})", {}, R"(coordinates.latitude: "52.1" is not a latitude: degrees with 5 to 7 decimals, e.g. 52.37403)");
        add("nested EVSE checked fully", "Location", R"({"evses": [{"uid": "X1", "status": "AVAILABLE", )" + at + "}]}", {}, "evses[0].connectors: required field is missing");
        add("enum wrong case", "Token", R"({"whitelist": "never"})", {}, R"(whitelist: "never" is not a valid WhitelistType)");
        add("required field null", "EVSE", R"({"status": null})", {}, "status: required field is null");
        add("non-empty list emptied", "EVSE", R"({"connectors": []})", {}, "connectors: list must not be empty");
        add("publish true with publish_allowed_to", "Location", R"({"publish": true, "publish_allowed_to": [{"group_id": "G1"}]})", {}, "publish_allowed_to: only allowed when publish is false");
        add("number sent as string", "Session", R"({"kwh": "12.5"})", {}, "kwh: expected number, got string");
        // Hardening issue item 7: negative only where the spec gives it no meaning.
        add("Session kwh negative: V2G", "Session", R"({"kwh": -1.5})", R"({"kwh": -1.5})", {});
        add("CDR total_cost negative: credit CDR (PIT-08)", "CDR", R"({"total_cost": {"excl_vat": -10.5}})", R"({"total_cost": {"excl_vat": -10.5}})", {});
        add("CdrDimension volume negative: power to the grid", "ChargingPeriod", R"({"dimensions": [{"type": "POWER", "volume": -7.2}]})", R"({"dimensions": [{"type": "POWER", "volume": -7.2}]})", {});
        add("CDR total_time negative", "CDR", R"({"total_time": -0.5})", {}, "total_time: -0.5 is negative; must be 0 or more");
        add("ChargingProfilePeriod limit negative", "ChargingProfile", R"({"charging_profile_period": [{"start_period": 0, "limit": -16}]})", {}, "charging_profile_period[0].limit: -16 is negative; must be 0 or more");
        add("ChargingProfilePeriod limit with two decimals (CP-08)", "ChargingProfile", R"({"charging_profile_period": [{"start_period": 0, "limit": 16.25}]})", {}, "charging_profile_period[0].limit: 16.25 has more than one decimal");
        add("ChargingProfile min_charging_rate with one decimal", "ChargingProfile", R"({"min_charging_rate": 6.5})", R"({"min_charging_rate": 6.5})", {});
        add("CommandResponse timeout negative", "CommandResponse", R"({"timeout": -30})", {}, "timeout: -30 is negative; must be 0 or more");
        add("StartSession response_url not http", "StartSession", "{\"response_url\": \"ws://emsp.example.com/cmd/1\"}", {},
            "response_url: \"ws://emsp.example.com/cmd/1\" is not an http or https URL with a host");
        add("lone surrogate in a PATCH", "EVSE", "{\"physical_reference\": \"\\ud800\"}", {}, "physical_reference: unpaired UTF-16 surrogate U+D800 at index 0");
    }

    void patch()
    {
        QFETCH(QString, object);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        const auto result = validatePatch(object, literal(body));
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(compact(*result), compact(literal(expected)));
    }

    // Hardening issue item 7: last_updated no further ahead of the clock than the allowed skew
    // (fixedNow() is 2026-11-25T12:00:00Z). Without a clock nothing is compared.
    void lastUpdatedAgainstClock_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<QString>("expected"); // empty: accepted
        auto add = [](const char *tag, const char *object, const QString &fixture, const QString &path, const char *value,
                      qint64 skew, const QString &expected) {
            QTest::newRow(tag) << QString::fromLatin1(object) << fixture << path << text(QLatin1String(value)) << skew << expected;
        };
        const QString ahead = QStringLiteral(" is more than 300 seconds ahead of this node's clock");
        add("in the past", "Location", L, "last_updated", "2015-06-29T20:39:09Z", 300, {});
        add("4 minutes ahead", "Location", L, "last_updated", "2026-11-25T12:04:00Z", 300, {});
        add("exactly the skew ahead", "Location", L, "last_updated", "2026-11-25T12:05:00Z", 300, {});
        add("one second past the skew", "Location", L, "last_updated", "2026-11-25T12:05:01Z", 300, R"(last_updated: "2026-11-25T12:05:01Z")" + ahead);
        add("years ahead", "Location", L, "last_updated", "2031-01-01T00:00:00Z", 300, R"(last_updated: "2031-01-01T00:00:00Z")" + ahead);
        add("without Z, read as UTC (GEN-05)", "Location", L, "last_updated", "2026-11-25T12:05:01", 300, R"(last_updated: "2026-11-25T12:05:01")" + ahead);
        add("EVSE inside the Location", "Location", L, "evses[1].last_updated", "2027-01-01T00:00:00Z", 300, R"(evses[1].last_updated: "2027-01-01T00:00:00Z")" + ahead);
        add("Connector inside the Location", "Location", L, "evses[0].connectors[1].last_updated", "2027-01-01T00:00:00Z", 300, R"(evses[0].connectors[1].last_updated: "2027-01-01T00:00:00Z")" + ahead);
        add("skew 0, one second ahead", "Location", L, "last_updated", "2026-11-25T12:00:01Z", 0, R"(last_updated: "2026-11-25T12:00:01Z" is more than 0 seconds ahead of this node's clock)");
        add("skew 0, now", "Location", L, "last_updated", "2026-11-25T12:00:00Z", 0, {});
        add("skew of a day", "Location", L, "last_updated", "2026-11-26T11:59:59Z", 86400, {});
        add("Tariff", "Tariff", T, "last_updated", "2030-01-01T00:00:00Z", 300, R"(last_updated: "2030-01-01T00:00:00Z")" + ahead);
        add("Tariff end_date_time may be ahead", "Tariff", T, "end_date_time", "2030-01-01T00:00:00Z", 300, {});
        add("Token", "Token", K, "last_updated", "2027-11-25T12:00:00Z", 300, R"(last_updated: "2027-11-25T12:00:00Z")" + ahead);
    }

    void lastUpdatedAgainstClock()
    {
        QFETCH(QString, object);
        QFETCH(QString, fixture);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(qint64, skew);
        QFETCH(QString, expected);
        const QJsonValue input = edited(test::fixture(fixture), path, value);
        const FixedClock clock(test::fixedNow());
        ValidationPolicy policy;
        policy.clock = &clock;
        policy.maxClockSkewSeconds = skew;
        const auto result = validateObject(object, input, policy);
        QVERIFY(validateObject(object, input).ok());
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::InvalidData);
        QCOMPARE(result.error().message, expected);
    }

    void lastUpdatedAgainstClockInPatch()
    {
        const FixedClock clock(test::fixedNow());
        ValidationPolicy policy;
        policy.clock = &clock;
        const auto result = validatePatch(QStringLiteral("EVSE"), literal(R"({"status": "CHARGING", "last_updated": "2031-01-01T00:00:00Z"})"), policy);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral(R"(last_updated: "2031-01-01T00:00:00Z" is more than 300 seconds ahead of this node's clock)"));
        QVERIFY(validatePatch(QStringLiteral("EVSE"), literal(R"({"last_updated": "2026-11-25T11:00:00Z"})"), policy).ok());
    }

    // URL path segments and query parameters (GEN-03, GEN-12, TOK-02).
    void parameters_data()
    {
        QTest::addColumn<int>("check");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("CiString ok") << 0 << "LOC-1" << "";
        QTest::newRow("CiString empty") << 0 << "" << "location_id: must not be empty";
        QTest::newRow("CiString too long") << 0 << QString(37, QLatin1Char('x')) << "location_id: 37 characters, at most 36 allowed";
        QTest::newRow("CiString non-ASCII") << 0 << QStringLiteral("LOC-\u00e9") << "location_id: character U+00E9 at index 4 is not printable ASCII";
        QTest::newRow("country_code ok, any case") << 1 << "nl" << "";
        QTest::newRow("country_code alpha-3") << 1 << "NLD" << R"(country_code: "NLD" is not an ISO 3166-1 alpha-2 code (2 letters))";
        QTest::newRow("party_id ok") << 2 << "TN1" << "";
        QTest::newRow("party_id with space") << 2 << "TN " << R"(party_id: "TN " is not a party id (3 ASCII letters or digits))";
        QTest::newRow("token type ok") << 3 << "APP_USER" << "";
        QTest::newRow("token type wrong case") << 3 << "rfid" << R"(type: "rfid" is not a valid TokenType)";
    }

    void parameters()
    {
        QFETCH(int, check);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const Status status = check == 0 ? checkCiString(QStringLiteral("location_id"), value, 36)
            : check == 1               ? checkCountryCode(QStringLiteral("country_code"), value)
            : check == 2               ? checkPartyId(QStringLiteral("party_id"), value)
                                       : checkEnumValue(QStringLiteral("type"), QStringLiteral("TokenType"), value);
        QCOMPARE(status.ok(), error.isEmpty());
        if (!status.ok())
            QCOMPARE(status.error().message, error);
    }

    void unknownEnumIsInternal()
    {
        QCOMPARE(checkEnumValue("type", "TokenKind", "RFID").error().kind, ErrorKind::Internal);
    }

    // PIT-14: every specification example INDEX.md marks `ok` passes, the known broken ones fail.
    void specificationExamples_data();
    void specificationExamples();

    // Already canonical: the common case of a well-behaved partner.
    void benchmarkLocation2x2()
    {
        const QJsonValue location = test::fixture(L);
        QBENCHMARK {
            const auto result = validateObject(QStringLiteral("Location"), location);
            Q_UNUSED(result);
        }
    }

    // Every DateTime without Z and an unknown field in every connector: each object is rebuilt.
    void benchmarkLocation2x2Rewritten()
    {
        QJsonValue location = test::fixture(L);
        for (const QString &evse : {QStringLiteral("evses[0]"), QStringLiteral("evses[1]")}) {
            location = edited(location, evse + ".last_updated", text("2026-11-21T17:02:31"));
            for (const QString &connector : {QStringLiteral(".connectors[0]"), QStringLiteral(".connectors[1]")}) {
                location = edited(location, evse + connector + ".last_updated", text("2026-11-21T17:02:31"));
                location = edited(location, evse + connector + ".x_vendor", "1");
            }
        }
        QVERIFY(validateObject(QStringLiteral("Location"), location).value() != location.toObject());
        QBENCHMARK {
            const auto result = validateObject(QStringLiteral("Location"), location);
            Q_UNUSED(result);
        }
    }
};

void TestValidator::specificationExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("status");
    const QString dir = QStringLiteral(OCPI_SOURCE_DIR "/../shared/ocpi/examples");
    const QList<SpecExample> examples = QFileInfo::exists(dir) ? readExampleIndex(dir) : QList<SpecExample>();
    if (examples.isEmpty())
        QTest::newRow("examples folder absent") << QString() << QString() << QString() << QString();
    for (const SpecExample &example : examples) {
        QTest::newRow(qPrintable(example.file.mid(dir.size() + 1)))
            << example.file << example.object << example.shape << example.status;
    }
}

void TestValidator::specificationExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, object);
    QFETCH(QString, shape);
    QFETCH(QString, status);
    if (file.isEmpty())
        QSKIP("../shared/ocpi/examples is not next to this checkout");
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (status == QLatin1String("invalid-json")) {
        QVERIFY(parseError.error != QJsonParseError::NoError);
        return;
    }
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY2(OcpiSchema::get().hasObject(object), qPrintable("INDEX.md names no schema object: " + object));
    QJsonValue data = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (shape.startsWith(QLatin1String("envelope"))) {
        const auto envelope = validateObject(QStringLiteral("ResponseEnvelope"), data);
        QVERIFY2(envelope.ok(), qPrintable(envelope.error().message));
        data = data.toObject().value(QLatin1String("data"));
    }
    const QJsonArray items = shape.endsWith(QLatin1String("list")) ? data.toArray() : QJsonArray{data};
    QVERIFY(!items.isEmpty());
    QString failure;
    for (const QJsonValue &item : items) {
        const auto result = shape == QLatin1String("patch") ? validatePatch(object, item) : validateObject(object, item);
        if (!result.ok() && failure.isEmpty())
            failure = result.error().message;
    }
    if (status == QLatin1String("ok")) {
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    } else {
        QCOMPARE(status, QStringLiteral("fails-spec-rules"));
        QVERIFY(!failure.isEmpty());
        if (file.endsWith(QLatin1String("/tariff_put_example.json")))
            QCOMPARE(failure, QStringLiteral("last_updated: required field is missing"));
        if (file.endsWith(QLatin1String("/location_put_example_add_evse.json")))
            QCOMPARE(failure, QStringLiteral("connectors[0].power_type: required field is missing"));
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
