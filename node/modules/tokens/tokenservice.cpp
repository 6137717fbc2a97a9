#include "tokenservice.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "ocpi/validator.h"
#include "tokenjson.h"
#include "tokensmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ocpi {

namespace {

QString describe(const ObjectKey &key)
{
    return QStringLiteral("%1 (type %2) of %3").arg(key.id, key.subKey, key.owner.toString());
}

} // namespace

const ObjectModule &TokenService::definition()
{
    // Tokens are owned by eMSP parties and received by CPOs; their key includes the type (TOK-02).
    static const ObjectModule module{QStringLiteral("tokens"), QStringLiteral("Token"), QStringLiteral("uid"), Role::EMSP, Role::CPO, true};
    return module;
}

TokenService::TokenService(Database &database, TokensManager &manager, Outbox &outbox, const Clock &clock,
                           QList<PartyRole> ourParties, const ValidationPolicy &policy, QObject *parent)
    : ObjectService(definition(), database, manager, outbox, clock, std::move(ourParties), policy, parent),
      m_tokens(manager), m_authorizations(database)
{
}

Result<std::optional<StoredObject>> TokenService::findOurs(const AuthorizationRequest &request)
{
    for (const PartyRole &ours : std::as_const(m_ourParties)) {
        if (ours.role != m_module.ownerRole || (request.addressed && !(ours.party == *request.addressed)))
            continue;
        auto found = m_tokens.find(ObjectKey::of(ours.party.countryCode, ours.party.partyId, request.uid, request.type));
        if (!found || found->has_value())
            return found;
    }
    return std::optional<StoredObject>();
}

Result<PartyId> TokenService::callingCpo(const Caller &caller, const AuthorizationRequest &request) const
{
    if (request.preview) // the operator, asking as a CPO would; nothing is recorded for it
        return PartyId();
    if (request.from) {
        if (mayActFor(caller, *request.from, Role::CPO))
            return *request.from;
        return Error{ErrorKind::Forbidden,
                     QStringLiteral("real-time authorization is asked by a CPO (TOK-04): %1 is not a CPO party of yours")
                         .arg(request.from->toString())};
    }
    for (const PartyRole &role : caller.roles) {
        if (role.role == Role::CPO)
            return role.party;
    }
    return Error{ErrorKind::Forbidden,
                 QStringLiteral("real-time authorization is asked by a CPO (TOK-04): none of your registered roles is CPO")};
}

Status TokenService::recordReference(QJsonObject &info, const StoredObject &token, const Caller &caller,
                                     const PartyId &cpo, bool store)
{
    const QString referenceField = QStringLiteral("authorization_reference");
    QString reference = info.value(referenceField).toString();
    if (reference.isEmpty() && info.value(QLatin1String("allowed")).toString() == tokenjson::allowed()) {
        // A UUID: 36 printable ASCII characters (CiString(36)), unique without asking the store.
        reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
        info.insert(referenceField, reference);
    }
    if (reference.isEmpty() || !store)
        return Status::success(); // nothing handed out, or a preview
    AuthorizationRecord record;
    record.reference = reference;
    record.token = token.key;
    record.allowed = info.value(QLatin1String("allowed")).toString();
    record.partnerId = caller.partnerId;
    record.cpo = cpo;
    record.authorizedAt = m_clock.now();
    const QJsonObject location = info.value(QLatin1String("location")).toObject();
    record.locationId = location.value(QLatin1String("location_id")).toString();
    const QJsonArray evses = location.value(QLatin1String("evse_uids")).toArray();
    for (const QJsonValue &uid : evses)
        record.evseUids.append(uid.toString());
    return m_authorizations.record(record);
}

Result<std::optional<AuthorizationRecord>> TokenService::findAuthorization(const QString &reference)
{
    if (reference.isEmpty())
        return std::optional<AuthorizationRecord>();
    return m_authorizations.find(reference);
}

Result<QJsonObject> TokenService::authorize(const Caller &cpo, const AuthorizationRequest &request)
{
    auto cpoParty = callingCpo(cpo, request);
    if (!cpoParty)
        return cpoParty.error();
    if (Status s = checkCiString(QStringLiteral("token_uid"), request.uid, 36); !s)
        return s.error();
    if (Status s = checkEnumValue(QStringLiteral("type"), QStringLiteral("TokenType"), request.type); !s)
        return s.error();
    std::optional<QJsonObject> location;
    if (request.locationReferences) {
        auto references = validateObject(QStringLiteral("LocationReferences"), *request.locationReferences, m_policy);
        if (!references)
            return Error::invalid(QStringLiteral("LocationReferences: %1").arg(references.error().message));
        location = *references;
    }
    auto found = findOurs(request);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // TOK-06: the status says "unknown token"; the message names what was asked for.
        return Error{ErrorKind::UnknownToken,
                     QStringLiteral("unknown token %1 (type %2)").arg(request.uid, request.type)};
    }
    auto decided = m_tokens.authorize(**found, location, cpo);
    if (!decided)
        return decided.error();
    const QJsonObject token = QJsonDocument::fromJson((*found)->json).object();
    auto info = validateObject(QStringLiteral("AuthorizationInfo"), tokenjson::withToken(*decided, token));
    if (!info) {
        // Strict writer: a decision we cannot send correctly is our fault, not the CPO's.
        qCWarning(lcModules).noquote() << "tokens manager answered an invalid AuthorizationInfo for"
                                       << describe((*found)->key) << ":" << info.error().message;
        return Error::internal(QStringLiteral("the authorization decision could not be formed"));
    }
    QJsonObject answer = *info;
    if (Status s = recordReference(answer, **found, cpo, *cpoParty, !request.preview); !s)
        return s.error();
    return answer;
}

} // namespace ocpi
