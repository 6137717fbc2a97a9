#include "routingheaders.h"

namespace ocpi {

namespace {

Result<std::optional<PartyId>> parsePair(const HttpRequest &request, const char *direction)
{
    const QByteArray partyHeader = QByteArray("ocpi-") + direction + "-party-id";
    const QByteArray countryHeader = QByteArray("ocpi-") + direction + "-country-code";
    const QByteArray party = request.header(partyHeader).trimmed();
    const QByteArray country = request.header(countryHeader).trimmed();
    if (party.isEmpty() && country.isEmpty())
        return std::optional<PartyId>();
    const PartyId id = PartyId::of(QString::fromLatin1(country), QString::fromLatin1(party));
    if (party.isEmpty() || country.isEmpty() || !id.isValid()) {
        return Error::invalid(QStringLiteral("routing headers OCPI-%1-country-code and OCPI-%1-party-id "
                                             "must both be present, with 2 and 3 letters or digits")
                                  .arg(QLatin1String(direction)));
    }
    return std::optional<PartyId>(id);
}

void setPair(HeaderList &headers, const char *direction, const PartyId &party)
{
    headers.append({QByteArray("OCPI-") + direction + "-country-code", party.countryCode.toLatin1()});
    headers.append({QByteArray("OCPI-") + direction + "-party-id", party.partyId.toLatin1()});
}

} // namespace

Result<RoutingHeaders> RoutingHeaders::parse(const HttpRequest &request)
{
    auto to = parsePair(request, "to");
    if (!to)
        return to.error();
    auto from = parsePair(request, "from");
    if (!from)
        return from.error();
    return RoutingHeaders{*to, *from};
}

void RoutingHeaders::set(HeaderList &headers, const std::optional<PartyId> &to,
                         const std::optional<PartyId> &from)
{
    if (to)
        setPair(headers, "to", *to);
    if (from)
        setPair(headers, "from", *from);
}

void RoutingHeaders::set(HttpResponse &response, const std::optional<PartyId> &to,
                         const std::optional<PartyId> &from)
{
    set(response.headers, to, from);
}

bool isFunctionalModule(const QString &module)
{
    // RT-02: configuration modules (versions, credentials, hubclientinfo) carry no routing headers.
    return !module.isEmpty() && module != QLatin1String("versions")
           && module != QLatin1String("credentials") && module != QLatin1String("hubclientinfo");
}

} // namespace ocpi
