#include "locationservice.h"

#include "evseids.h"

#include <QJsonArray>
#include <QJsonDocument>

// LocationService, continued: what only our own locations must satisfy: EVSE ids in the eMI3
// format (LOC-14), and connectors' tariff_ids naming our tariffs (LOC-15, LOC-22, TAR-03).
//
// Only our own locations are checked. A partner's Location received on the Receiver interface is
// stored whatever its tariff_ids name: LOC-22 makes the Locations Receiver depend on Tariffs but
// asks for no check, pushes of different modules are not ordered (a Location may arrive before
// the Tariff it names, or the Tariffs module may be pulled later, TF-24/25), and TAR-02 lets the
// Sender DELETE a tariff at our Receiver without asking us (TAR-03 is the Sender's duty). Refusing
// such a Location would only lose it.

namespace ocpi {

namespace {

const QString kTariffs = QStringLiteral("tariffs");
const QString kTariffIds = QStringLiteral("tariff_ids");

// One tariff id of one connector: where it is ("evses[0].connectors[1].tariff_ids[0]") and what.
struct TariffIdAt
{
    QString path;
    QString evseUid;
    QString connectorId;
    QString tariffId;
};

// Calls `visit(TariffIdAt)` for every tariff id of every connector; stops at the first one it
// answers false for.
template <typename Visit>
void forEachTariffId(const QJsonObject &location, Visit visit)
{
    const QJsonArray evses = location.value(QLatin1String("evses")).toArray();
    for (qsizetype e = 0; e < evses.size(); ++e) {
        const QJsonObject evse = evses.at(e).toObject();
        const QJsonArray connectors = evse.value(QLatin1String("connectors")).toArray();
        for (qsizetype c = 0; c < connectors.size(); ++c) {
            const QJsonObject connector = connectors.at(c).toObject();
            const QJsonArray ids = connector.value(kTariffIds).toArray();
            for (qsizetype t = 0; t < ids.size(); ++t) {
                const TariffIdAt at{QStringLiteral("evses[%1].connectors[%2].%3[%4]").arg(e).arg(c).arg(kTariffIds).arg(t),
                                    evse.value(QLatin1String("uid")).toString(),
                                    connector.value(QLatin1String("id")).toString(), ids.at(t).toString()};
                if (!visit(at))
                    return;
            }
        }
    }
}

} // namespace

void LocationService::linkModules(const QList<ObjectService *> &services)
{
    m_tariffs = nullptr;
    for (ObjectService *service : services) {
        if (service->module().identifier == kTariffs)
            m_tariffs = service;
    }
}

Status LocationService::checkOwnObject(const QJsonObject &location)
{
    // Our own EVSE ids follow the specification's format; a partner's are stored as sent and the
    // deviation is noted in the request log (evseids.h).
    if (const QStringList wrong = evseids::deviations(location); !wrong.isEmpty()) {
        return Error::invalid(QStringLiteral("%1 is not an EVSE ID in the eMI3 format the specification asks for "
                                             "(country, operator and E + outlet id, e.g. NL*TNM*E00001; LOC-14)")
                                  .arg(wrong.first()));
    }
    if (!m_tariffs) // a node without the tariffs module (or a service built alone) has none to check
        return Status::success();
    const QString countryCode = location.value(QLatin1String("country_code")).toString();
    const QString partyId = location.value(QLatin1String("party_id")).toString();
    Status result = Status::success();
    forEachTariffId(location, [&](const TariffIdAt &at) {
        // Our tariffs of the Location's own party: a CPO's connectors name its own tariffs.
        auto found = m_tariffs->findOwn(ObjectKey::of(countryCode, partyId, at.tariffId));
        if (!found) {
            result = found.error();
            return false;
        }
        if (found->has_value())
            return true;
        result = Error::invalid(QStringLiteral("%1: no tariff '%2' of %3-%4 here (EVSE %5, connector %6); store the "
                                               "tariff first (LOC-22)")
                                    .arg(at.path, at.tariffId, countryCode, partyId, at.evseUid, at.connectorId));
        return false;
    });
    return result;
}

Result<QString> LocationService::ownReferenceTo(const QString &module, const ObjectKey &key)
{
    if (module != kTariffs)
        return QString();
    ObjectFilter filter;
    filter.source = ObjectFilter::Source::Ours;
    filter.owners = {key.owner};
    auto ours = m_manager.list(filter, -1);
    if (!ours)
        return ours.error();
    for (const StoredObject &stored : std::as_const(*ours)) {
        const QJsonObject location = QJsonDocument::fromJson(stored.json).object();
        QString naming;
        forEachTariffId(location, [&](const TariffIdAt &at) {
            if (at.tariffId.compare(key.id, Qt::CaseInsensitive) != 0) // CiString (GEN-03)
                return true;
            naming = QStringLiteral("location %1, EVSE %2, connector %3")
                         .arg(location.value(QLatin1String("id")).toString(), at.evseUid, at.connectorId);
            return false;
        });
        if (!naming.isEmpty())
            return naming;
    }
    return QString();
}

} // namespace ocpi
