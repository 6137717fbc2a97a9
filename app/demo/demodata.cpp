#include "demodata.h"

#include "core/datetime.h"

namespace ocpi::demo::data {

namespace {

// Charging sites at real Amsterdam addresses. Coordinates to six decimals, as OCPI writes them.
struct Site
{
    const char *name;
    const char *address;
    const char *postalCode;
    const char *latitude;
    const char *longitude;
    const char *parkingType;
    bool fastCharger;
};

constexpr Site kSites[] = {
    {"Stationsplein Centraal", "Stationsplein 10", "1012 AB", "52.378901", "4.900272", "ON_STREET", false},
    {"Muziekgebouw aan 't IJ", "Piet Heinkade 1", "1019 BR", "52.376330", "4.912330", "PARKING_GARAGE", true},
    {"Parkeergarage Museumplein", "Van Baerlestraat 31", "1071 AN", "52.358270", "4.881220", "UNDERGROUND_GARAGE", false},
    {"RAI Europaplein", "Europaplein 24", "1078 GZ", "52.341360", "4.889140", "PARKING_LOT", true},
    {"Johan Cruijff ArenA P1", "Arena Boulevard 61", "1101 DL", "52.312940", "4.940910", "PARKING_LOT", true},
    {"Spui", "Spui 21", "1012 WX", "52.368590", "4.889990", "ON_STREET", false},
};

const QString kAcTariff = QStringLiteral("AMS-AC");
const QString kDcTariff = QStringLiteral("AMS-DC");

QString siteCode(int index)
{
    return QStringLiteral("AMS%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

QJsonObject connector(const char *standard, const char *format, const char *powerType, int voltage, int amperage,
                      int watts, const QString &tariff, const QString &stamp)
{
    return {{QStringLiteral("id"), QStringLiteral("1")},
            {QStringLiteral("standard"), QLatin1String(standard)},
            {QStringLiteral("format"), QLatin1String(format)},
            {QStringLiteral("power_type"), QLatin1String(powerType)},
            {QStringLiteral("max_voltage"), voltage},
            {QStringLiteral("max_amperage"), amperage},
            {QStringLiteral("max_electric_power"), watts},
            {QStringLiteral("tariff_ids"), QJsonArray{tariff}},
            {QStringLiteral("last_updated"), stamp}};
}

// EVSE `number` of site `index`: its uid (AMS01-AC-1) and its eMI3 evse_id (NL*DCP*E0001*1).
QJsonObject evse(int index, int number, bool dc, const QString &stamp)
{
    const PartyId cpo = cpoParty().party;
    const QString uid = QStringLiteral("%1-%2-%3").arg(siteCode(index), dc ? QStringLiteral("DC") : QStringLiteral("AC")).arg(number);
    const QString evseId = QStringLiteral("%1*%2*E%3*%4")
                               .arg(cpo.countryCode, cpo.partyId)
                               .arg(index + 1, 4, 10, QLatin1Char('0'))
                               .arg(number);
    QJsonArray capabilities{QStringLiteral("RFID_READER"), QStringLiteral("REMOTE_START_STOP_CAPABLE"),
                            QStringLiteral("RESERVABLE"), QStringLiteral("CHARGING_PROFILE_CAPABLE")};
    const QJsonObject plug = dc ? connector("IEC_62196_T2_COMBO", "CABLE", "DC", 920, 125, 50000, kDcTariff, stamp)
                                : connector("IEC_62196_T2", "SOCKET", "AC_3_PHASE", 230, 32, 22080, kAcTariff, stamp);
    return {{QStringLiteral("uid"), uid},
            {QStringLiteral("evse_id"), evseId},
            {QStringLiteral("status"), QStringLiteral("AVAILABLE")},
            {QStringLiteral("capabilities"), capabilities},
            {QStringLiteral("connectors"), QJsonArray{plug}},
            {QStringLiteral("physical_reference"), QString::number(number)},
            {QStringLiteral("last_updated"), stamp}};
}

QJsonObject component(const char *type, double price)
{
    return {{QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("price"), price},
            {QStringLiteral("vat"), 21},
            {QStringLiteral("step_size"), 1}};
}

QJsonObject tariff(const QString &id, const QString &text, const QJsonArray &elements, const QString &stamp)
{
    const PartyId cpo = cpoParty().party;
    return {{QStringLiteral("country_code"), cpo.countryCode},
            {QStringLiteral("party_id"), cpo.partyId},
            {QStringLiteral("id"), id},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("type"), QStringLiteral("REGULAR")},
            {QStringLiteral("tariff_alt_text"),
             QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("en")}, {QStringLiteral("text"), text}}}},
            {QStringLiteral("elements"), elements},
            {QStringLiteral("last_updated"), stamp}};
}

} // namespace

PartyRole cpoParty()
{
    return {PartyId{QStringLiteral("NL"), QStringLiteral("DCP")}, Role::CPO, QStringLiteral("Demo Charge Points Amsterdam")};
}

PartyRole emspParty()
{
    return {PartyId{QStringLiteral("NL"), QStringLiteral("DMS")}, Role::EMSP, QStringLiteral("Demo Mobility Services")};
}

QJsonArray locations(const QDateTime &at)
{
    const QString stamp = formatDateTime(at);
    const PartyId cpo = cpoParty().party;
    QJsonArray all;
    for (int index = 0; index < int(std::size(kSites)); ++index) {
        const Site &site = kSites[index];
        QJsonArray evses{evse(index, 1, false, stamp), evse(index, 2, false, stamp)};
        if (site.fastCharger)
            evses.append(evse(index, 3, true, stamp));
        all.append(QJsonObject{
            {QStringLiteral("country_code"), cpo.countryCode},
            {QStringLiteral("party_id"), cpo.partyId},
            {QStringLiteral("id"), QStringLiteral("DCP-%1").arg(siteCode(index))},
            {QStringLiteral("publish"), true},
            {QStringLiteral("name"), QString::fromUtf8(site.name)},
            {QStringLiteral("address"), QString::fromUtf8(site.address)},
            {QStringLiteral("city"), QStringLiteral("Amsterdam")},
            {QStringLiteral("postal_code"), QLatin1String(site.postalCode)},
            {QStringLiteral("country"), QStringLiteral("NLD")},
            {QStringLiteral("coordinates"), QJsonObject{{QStringLiteral("latitude"), QLatin1String(site.latitude)},
                                                        {QStringLiteral("longitude"), QLatin1String(site.longitude)}}},
            {QStringLiteral("parking_type"), QLatin1String(site.parkingType)},
            {QStringLiteral("evses"), evses},
            {QStringLiteral("operator"), QJsonObject{{QStringLiteral("name"), cpoParty().businessName}}},
            {QStringLiteral("time_zone"), QStringLiteral("Europe/Amsterdam")},
            {QStringLiteral("opening_times"), QJsonObject{{QStringLiteral("twentyfourseven"), true}}},
            {QStringLiteral("last_updated"), stamp}});
    }
    return all;
}

QJsonArray tariffs(const QDateTime &at)
{
    const QString stamp = formatDateTime(at);
    // AC: 0.50 a charge, 0.35 /kWh, 1.00 /h charging; a reservation's time costs 1.20 /h.
    const QJsonArray ac{QJsonObject{{QStringLiteral("price_components"), QJsonArray{component("TIME", 1.20)}},
                                    {QStringLiteral("restrictions"), QJsonObject{{QStringLiteral("reservation"), QStringLiteral("RESERVATION")}}}},
                        QJsonObject{{QStringLiteral("price_components"),
                                     QJsonArray{component("FLAT", 0.50), component("ENERGY", 0.35), component("TIME", 1.00)}}}};
    const QJsonArray dc{QJsonObject{{QStringLiteral("price_components"), QJsonArray{component("FLAT", 1.00), component("ENERGY", 0.59)}}}};
    return {tariff(kAcTariff, QStringLiteral("0.35 EUR/kWh + 1.00 EUR/h + 0.50 EUR a charge, excl. 21 % VAT"), ac, stamp),
            tariff(kDcTariff, QStringLiteral("0.59 EUR/kWh + 1.00 EUR a charge, excl. 21 % VAT"), dc, stamp)};
}

QJsonArray tokens(const QDateTime &at)
{
    const QString stamp = formatDateTime(at);
    const PartyId emsp = emspParty().party;
    const char *uids[] = {"04A2C91B7E5D80", "04B7E3F21A9C44", "04C19D0E6B2F73"};
    QJsonArray all;
    for (int i = 0; i < int(std::size(uids)); ++i) {
        const QString contract = QStringLiteral("%1-%2-C%3-%4").arg(emsp.countryCode, emsp.partyId).arg(1000101 + i).arg(i + 1);
        all.append(QJsonObject{{QStringLiteral("country_code"), emsp.countryCode},
                               {QStringLiteral("party_id"), emsp.partyId},
                               {QStringLiteral("uid"), QLatin1String(uids[i])},
                               {QStringLiteral("type"), QStringLiteral("RFID")},
                               {QStringLiteral("contract_id"), contract},
                               {QStringLiteral("visual_number"), contract},
                               {QStringLiteral("issuer"), emspParty().businessName},
                               {QStringLiteral("valid"), true},
                               {QStringLiteral("whitelist"), QStringLiteral("ALLOWED")},
                               {QStringLiteral("language"), QStringLiteral("nl")},
                               {QStringLiteral("last_updated"), stamp}});
    }
    return all;
}

QString storyLocation()
{
    return QStringLiteral("DCP-AMS01");
}

QString storyEvse()
{
    return QStringLiteral("AMS01-AC-1");
}

QString reservationEvse()
{
    return QStringLiteral("AMS01-AC-2");
}

} // namespace ocpi::demo::data
