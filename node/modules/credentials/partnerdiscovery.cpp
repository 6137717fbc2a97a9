#include "partnerdiscovery.h"

#include "client/ocpiclient.h"
#include "credentialsjson.h"
#include "ocpi/versionnumber.h"

namespace ocpi {

namespace {

Error unreachable(const QString &what, const QString &url, const QString &why)
{
    return {ErrorKind::PartnerUnreachable, QStringLiteral("cannot read %1 at %2: %3").arg(what, url.left(255), why)};
}

OutgoingRequest getRequest(const DiscoveryRequest &request, const QString &url, TokenEncoding encoding)
{
    OutgoingRequest get;
    get.url = url;
    get.token = request.token;
    get.encoding = encoding;
    get.retryOtherEncoding = request.tryOtherEncoding;
    get.correlationId = request.correlationId;
    get.partnerId = request.partnerId;
    get.partner = request.partner;
    return get;
}

} // namespace

void discoverPartner(OcpiClient &client, const DiscoveryRequest &request,
                     std::function<void(Result<Discovery>)> done)
{
    client.send(getRequest(request, request.versionsUrl, request.encoding),
                [&client, request, done](const OcpiReply &versionsReply) {
        if (!versionsReply.ok()) {
            done(unreachable(QStringLiteral("versions"), request.versionsUrl, versionsReply.describe()));
            return;
        }
        const auto versions = credentialsjson::readVersions(versionsReply.dataAsList());
        if (!versions) {
            done(unreachable(QStringLiteral("versions"), request.versionsUrl, versions.error().message));
            return;
        }
        QStringList offered;
        for (const VersionEntry &entry : *versions)
            offered << entry.version;
        const auto chosen = highestMutualVersion({kOcpiVersion}, offered);
        if (!chosen) {
            done(Error{ErrorKind::UnsupportedVersion,
                       QStringLiteral("no mutual OCPI version: the partner offers %1, this node speaks %2")
                           .arg(offered.join(QStringLiteral(", ")), kOcpiVersion)});
            return;
        }
        QString detailsUrl;
        for (const VersionEntry &entry : *versions) {
            if (entry.version == *chosen)
                detailsUrl = entry.url;
        }
        const TokenEncoding accepted = versionsReply.encodingUsed;
        client.send(getRequest(request, detailsUrl, accepted),
                    [&client, request, done, detailsUrl, chosen](const OcpiReply &detailsReply) {
            if (!detailsReply.ok()) {
                done(unreachable(QStringLiteral("version details"), detailsUrl, detailsReply.describe()));
                return;
            }
            const auto endpoints = credentialsjson::readEndpoints(detailsReply.dataAsObject());
            if (!endpoints) {
                done(unreachable(QStringLiteral("version details"), detailsUrl, endpoints.error().message));
                return;
            }
            Discovery discovery{*chosen, *endpoints, detailsReply.encodingUsed};
            bool hasCredentials = false;
            for (const PartnerEndpoint &endpoint : discovery.endpoints)
                hasCredentials = hasCredentials || endpoint.identifier == QLatin1String("credentials");
            if (!hasCredentials) {
                done(Error{ErrorKind::MissingEndpoints,
                           QStringLiteral("the version details at %1 list no credentials endpoint").arg(detailsUrl.left(255))});
                return;
            }
            // Every announced endpoint is called later (pushes, pulls, our credentials POST): hold
            // them all against the URL policy now, while it is still the handshake that fails.
            QStringList urls;
            for (const PartnerEndpoint &endpoint : discovery.endpoints)
                urls << endpoint.url;
            client.checkUrls(urls, [done, discovery, detailsUrl](Status allowed) {
                if (!allowed) {
                    done(Error{ErrorKind::PartnerUnreachable,
                               QStringLiteral("the version details at %1 announce an endpoint that is %2")
                                   .arg(detailsUrl.left(255), allowed.error().message)});
                    return;
                }
                done(discovery);
            });
        });
    });
}

} // namespace ocpi
