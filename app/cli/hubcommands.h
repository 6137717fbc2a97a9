#pragma once

#include "command.h"
#include "partners/hubparty.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace ocpi {
class PartnerRegistry;
}

namespace ocpi::cli {

class OperatorSession;

// What hubs reported about the parties behind them (hub client info), for operators.

// `list clientinfo [--json]`: every hub's reports; JSON fields as OCPI spells them (country_code,
// party_id, role, status, last_updated) plus the hub partner (hub, hub_partner_id).
int listClientInfo(CommandContext &context, OperatorSession &session);
// The "hub_parties" of `partners --json`: what this partner reported as a hub (empty for others).
QJsonArray hubPartiesJson(const QList<HubParty> &reported, qint64 partnerId);
// One line per hub for `partners`: "HUB reports: NL-ABC CPO CONNECTED, DE-XYZ EMSP PLANNED".
QStringList hubPartiesLines(const QList<HubParty> &reported, const QHash<qint64, QString> &names);

} // namespace ocpi::cli
