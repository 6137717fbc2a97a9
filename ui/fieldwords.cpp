#include "fieldwords.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ocpi::fieldwords {

namespace {

struct Label
{
    const char *field;
    const char *text;
};

// Every field of Location, Tariff, Token and the objects nested in them (schema/ocpi-2.2.1.json),
// so lupdate sees each label; the wire name is the key.
const Label kLabels[] = {
    {"country_code", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Country code")},
    {"party_id", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Party ID")},
    {"id", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "ID")},
    {"publish", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Publish")},
    {"publish_allowed_to", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Publish allowed to")},
    {"uid", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "UID")},
    {"type", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Type")},
    {"visual_number", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Visual number")},
    {"issuer", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Issuer")},
    {"group_id", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Group ID")},
    {"name", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Name")},
    {"address", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Address")},
    {"city", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "City")},
    {"postal_code", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Postal code")},
    {"state", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "State")},
    {"country", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Country")},
    {"coordinates", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Coordinates")},
    {"latitude", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Latitude")},
    {"longitude", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Longitude")},
    {"related_locations", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Related locations")},
    {"language", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Language")},
    {"text", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Text")},
    {"parking_type", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Parking type")},
    {"evses", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "EVSEs")},
    {"evse_id", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "EVSE ID")},
    {"status", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Status")},
    {"status_schedule", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Status schedule")},
    {"period_begin", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Period begin")},
    {"period_end", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Period end")},
    {"capabilities", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Capabilities")},
    {"connectors", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Connectors")},
    {"standard", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Standard")},
    {"format", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Format")},
    {"power_type", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Power type")},
    {"max_voltage", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Max voltage")},
    {"max_amperage", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Max amperage")},
    {"max_electric_power", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Max electric power")},
    {"tariff_ids", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Tariff IDs")},
    {"terms_and_conditions", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Terms and conditions")},
    {"last_updated", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Last updated")},
    {"floor_level", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Floor level")},
    {"physical_reference", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Physical reference")},
    {"directions", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Directions")},
    {"parking_restrictions", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Parking restrictions")},
    {"images", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Images")},
    {"url", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "URL")},
    {"thumbnail", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Thumbnail")},
    {"category", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Category")},
    {"width", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Width")},
    {"height", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Height")},
    {"operator", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Operator")},
    {"website", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Website")},
    {"logo", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Logo")},
    {"suboperator", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Sub-operator")},
    {"owner", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Owner")},
    {"facilities", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Facilities")},
    {"time_zone", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Time zone")},
    {"opening_times", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Opening times")},
    {"twentyfourseven", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Open 24/7")},
    {"regular_hours", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Regular hours")},
    {"weekday", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Weekday")},
    {"exceptional_openings", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Exceptional openings")},
    {"exceptional_closings", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Exceptional closings")},
    {"charging_when_closed", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Charging when closed")},
    {"energy_mix", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Energy mix")},
    {"is_green_energy", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Green energy")},
    {"energy_sources", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Energy sources")},
    {"source", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Source")},
    {"percentage", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Percentage")},
    {"environ_impact", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Environmental impact")},
    {"amount", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Amount")},
    {"supplier_name", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Supplier name")},
    {"energy_product_name", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Energy product name")},
    {"currency", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Currency")},
    {"tariff_alt_text", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Alternative text")},
    {"tariff_alt_url", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Alternative URL")},
    {"min_price", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Min price")},
    {"excl_vat", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Excl. VAT")},
    {"incl_vat", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Incl. VAT")},
    {"max_price", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Max price")},
    {"elements", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Elements")},
    {"price_components", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Price components")},
    {"price", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Price")},
    {"vat", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "VAT")},
    {"step_size", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Step size")},
    {"restrictions", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Restrictions")},
    {"start_time", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Start time")},
    {"end_time", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "End time")},
    {"start_date", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Start date")},
    {"end_date", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "End date")},
    {"min_kwh", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Min kWh")},
    {"max_kwh", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Max kWh")},
    {"min_current", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Min current")},
    {"max_current", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Max current")},
    {"min_power", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Min power")},
    {"max_power", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Max power")},
    {"min_duration", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Min duration")},
    {"max_duration", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Max duration")},
    {"day_of_week", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Days of the week")},
    {"reservation", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Reservation")},
    {"start_date_time", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Start date and time")},
    {"end_date_time", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "End date and time")},
    {"contract_id", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Contract ID")},
    {"valid", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Valid")},
    {"whitelist", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Whitelist")},
    {"default_profile_type", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Default profile type")},
    {"energy_contract", QT_TRANSLATE_NOOP("ocpi::FieldLabels", "Energy contract")},
};

const char *kContext = "ocpi::FieldLabels";

} // namespace

QString label(const QString &fieldName)
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> labels;
        for (const Label &label : kLabels)
            labels.insert(QString::fromLatin1(label.field), label.text);
        return labels;
    }();
    if (const char *text = table.value(fieldName))
        return QCoreApplication::translate(kContext, text);
    QString words = fieldName;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString problem(const QString &message)
{
    // The validator's messages (validator.cpp, textcheck.cpp, objectrules.cpp), most common first.
    if (message == QLatin1String("required field is missing") || message == QLatin1String("required field is null"))
        return QCoreApplication::translate("ocpi::FieldWords", "Required.");
    if (message == QLatin1String("list must not be empty") || message.endsWith(QLatin1String("must not be empty")))
        return QCoreApplication::translate("ocpi::FieldWords", "Add at least one.");
    static const QRegularExpression tooLong(QStringLiteral("^(\\d+) characters, at most (\\d+) allowed$"));
    if (const auto match = tooLong.match(message); match.hasMatch())
        return QCoreApplication::translate("ocpi::FieldWords", "At most %1 characters.").arg(match.captured(2));
    static const QRegularExpression tooManyDigits(QStringLiteral("^-?\\d+ has more than (\\d+) digits$"));
    if (const auto match = tooManyDigits.match(message); match.hasMatch())
        return QCoreApplication::translate("ocpi::FieldWords", "At most %1 digits.").arg(match.captured(1));
    static const QRegularExpression tooMany(QStringLiteral("^(\\d+) items, at most (\\d+) allowed$"));
    if (const auto match = tooMany.match(message); match.hasMatch())
        return QCoreApplication::translate("ocpi::FieldWords", "At most %1 entries.").arg(match.captured(2));
    if (message.startsWith(QLatin1String("expected int,")))
        return QCoreApplication::translate("ocpi::FieldWords", "Enter a whole number.");
    if (message.startsWith(QLatin1String("expected number,")))
        return QCoreApplication::translate("ocpi::FieldWords", "Enter a number.");
    if (message.startsWith(QLatin1String("expected boolean,")))
        return QCoreApplication::translate("ocpi::FieldWords", "Choose yes or no.");
    if (message.endsWith(QLatin1String(" is not a valid DateTime")))
        return QCoreApplication::translate("ocpi::FieldWords", "Enter a date and time such as 2025-01-31T14:30:00Z.");
    static const QRegularExpression notInEnum(QStringLiteral("^\".*\" is not a valid [A-Za-z]+$"));
    if (notInEnum.match(message).hasMatch())
        return QCoreApplication::translate("ocpi::FieldWords", "Choose one of the listed values.");
    if (message.endsWith(QLatin1String(" is negative; must be 0 or more")))
        return QCoreApplication::translate("ocpi::FieldWords", "Enter 0 or more.");
    return message;
}

} // namespace ocpi::fieldwords
