#include "hubcommands.h"
#include "clitext.h"

#include "operatorsession.h"

#include "core/datetime.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace ocpi::cli {

namespace {


QJsonObject clientInfoJson(const HubParty &party)
{
    return {{QStringLiteral("country_code"), party.party.party.countryCode},
            {QStringLiteral("party_id"), party.party.party.partyId},
            {QStringLiteral("role"), roleName(party.party.role)},
            {QStringLiteral("status"), connectionStatusName(party.status)},
            {QStringLiteral("last_updated"), formatDateTime(party.lastUpdated)}};
}

} // namespace

QJsonArray hubPartiesJson(const QList<HubParty> &reported, qint64 partnerId)
{
    QJsonArray parties;
    for (const HubParty &party : reported) {
        if (party.hubPartnerId == partnerId)
            parties.append(clientInfoJson(party));
    }
    return parties;
}

QStringList hubPartiesLines(const QList<HubParty> &reported, const QHash<qint64, QString> &names)
{
    QMap<qint64, QStringList> byHub;
    for (const HubParty &party : reported) {
        byHub[party.hubPartnerId] << QStringLiteral("%1 %2 %3").arg(party.party.party.toString(), roleName(party.party.role),
                                                                     connectionStatusName(party.status));
    }
    QStringList lines;
    for (auto hub = byHub.cbegin(); hub != byHub.cend(); ++hub)
        lines << CliText::tr("%1 (hub) reports: %2").arg(names.value(hub.key()), hub.value().join(QStringLiteral(", ")));
    return lines;
}

int listClientInfo(CommandContext &context, OperatorSession &session)
{
    PartnerRegistry &registry = session.services().partners();
    auto reported = registry.hubParties();
    auto partners = registry.list();
    if (!reported || !partners) {
        context.fail(!reported ? reported.error().message : partners.error().message);
        return Failure;
    }
    QHash<qint64, QString> names;
    for (const Partner &partner : *partners)
        names.insert(partner.id, partner.label());
    if (context.json) {
        QJsonArray array;
        for (const HubParty &party : *reported) {
            QJsonObject entry = clientInfoJson(party);
            entry.insert(QStringLiteral("hub"), names.value(party.hubPartnerId));
            entry.insert(QStringLiteral("hub_partner_id"), party.hubPartnerId);
            array.append(entry);
        }
        printJson(context.out, array);
        return Success;
    }
    QList<QStringList> rows;
    for (const HubParty &party : *reported) {
        rows.append({names.value(party.hubPartnerId), party.party.party.toString(), roleName(party.party.role),
                     connectionStatusName(party.status), formatDateTime(party.lastUpdated)});
    }
    printTable(context.out, {CliText::tr("HUB"), CliText::tr("PARTY"), CliText::tr("ROLE"), CliText::tr("STATUS"), CliText::tr("LAST UPDATED")}, rows);
    return Success;
}

} // namespace ocpi::cli
