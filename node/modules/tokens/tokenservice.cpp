#include "tokenservice.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "ocpi/validator.h"
#include "tokenjson.h"
#include "tokensmanager.h"

#include <QJsonDocument>

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
      m_tokens(manager)
{
}

Result<CheckedPatch> TokenService::checkedPatch(const ObjectKey &key, const QJsonValue &patch) const
{
    // Every name a PATCH repeats must be the URL's; a different `type` would move the token to
    // another key (TOK-02).
    const PatchTarget target{m_module.objectName,
                             {{QStringLiteral("country_code"), key.owner.countryCode, "TF-12"},
                              {QStringLiteral("party_id"), key.owner.partyId, "TF-12"},
                              {QStringLiteral("uid"), key.id, "TF-13"},
                              {QStringLiteral("type"), key.subKey, "TOK-02"}},
                             {}};
    return objectpatch::check(target, patch, m_policy);
}

Result<QJsonObject> TokenService::applyPatch(const StoredObject &stored, const CheckedPatch &patch) const
{
    QJsonObject token = QJsonDocument::fromJson(stored.json).object();
    if (Status s = objectpatch::apply(token, PatchTarget{m_module.objectName, {}, {}}, patch, m_policy); !s)
        return s.error();
    auto whole = validateObject(m_module.objectName, token, m_policy);
    if (!whole)
        return Error::invalid(QStringLiteral("the patched token would be invalid: %1").arg(whole.error().message));
    if (Status s = checkObject(*whole); !s)
        return s.error();
    return whole;
}

Result<ObjectService::Write> TokenService::preparePatch(const Caller &caller, const ObjectKey &urlKey,
                                                        const QJsonValue &patch)
{
    if (Status s = checkCallerOwns(caller, urlKey.owner); !s)
        return s.error();
    auto changes = checkedPatch(urlKey, patch);
    if (!changes)
        return changes.error();
    return Write([this, caller, urlKey, changes = *changes]() -> Result<bool> {
        // Unknown token: 404 + 2000, as GET and every other unknown object on a Receiver URL
        // (ST-03). 2004 is the authorization answer of the token's owner (TOK-06), not of a CPO's
        // copy; a pushing eMSP reads any 2xxx as "send the whole token" (TF-11).
        auto stored = received(caller, urlKey);
        if (!stored)
            return stored.error();
        auto token = applyPatch(*stored, changes);
        if (!token)
            return token.error();
        auto put = m_table.put(toStored(*token, caller.partnerId));
        if (!put)
            return put.error();
        return false;
    });
}

Status TokenService::patchReceived(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch)
{
    auto write = preparePatch(caller, urlKey, patch);
    if (!write)
        return write.error();
    auto written = writeNow(*write);
    return written ? Status::success() : Status(written.error());
}

void TokenService::patchReceivedQueued(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch,
                                       Answer answer)
{
    submitWrite(caller, preparePatch(caller, urlKey, patch), std::move(answer));
}

Status TokenService::patchOwn(const ObjectKey &key, const QJsonValue &patch)
{
    if (!holdsParty(m_ourParties, key.owner, m_module.ownerRole)) {
        return Error::invalid(QStringLiteral("country_code/party_id: %1 is not a %2 party of this node")
                                  .arg(key.owner.toString(), roleName(m_module.ownerRole)));
    }
    QJsonValue stamped = patch;
    if (patch.isObject() && !tokenjson::hasLastUpdated(patch.toObject()))
        stamped = tokenjson::withLastUpdated(patch.toObject(), formatDateTime(m_clock.now()));
    auto changes = checkedPatch(key, stamped);
    if (!changes)
        return changes.error();
    auto found = m_manager.find(key);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no token %1 here").arg(describe(key)));
    auto token = applyPatch(**found, *changes);
    if (!token)
        return token.error();
    const QString path = receiverPath(*token); // with its type (TOK-01)
    auto stored = storeOwn(*token, "PATCH", path, QJsonDocument(changes->fields).toJson(QJsonDocument::Compact));
    return stored ? Status::success() : Status(stored.error());
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

Result<QJsonObject> TokenService::authorize(const Caller &cpo, const AuthorizationRequest &request)
{
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
    return info;
}

} // namespace ocpi
