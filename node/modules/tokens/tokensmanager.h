#pragma once

#include "core/caller.h"
#include "sync/objectsmanager.h"

#include <QJsonObject>

#include <optional>

namespace ocpi {

// The business side of our eMSP tokens (docs/architecture.md): where they come from (ObjectsManager) and
// whether a CPO may start charging with one (real-time authorization, TOK-04..08). An integrator
// who decides with a customer or billing system replaces this one class; the protocol code
// (URLs, key rules, validation, the envelope, 404+2004 for unknown tokens) stays as it is.
class TokensManager : public ObjectsManager
{
public:
    // Decides on one of our tokens, found by find() with one indexed lookup before this call.
    // `locationReferences` is the CPO's LocationReferences, already validated, when it sent one.
    //
    // Returns an AuthorizationInfo: `allowed` (AllowedType) and, as the decision has them,
    // `location` (only the EVSEs the driver may use), `authorization_reference` (CiString(36)) and
    // `info` (DisplayText). `token` may be left out: the service always puts the stored token in.
    // The result is validated before it is sent; an invalid one becomes a 3000 for the CPO.
    //
    // A refusal is an answer, not an error (BLOCKED, NO_CREDIT, ... go out with HTTP 200 + 1000,
    // PIT-04). Errors: {NotEnoughInformation} (2002) when the decision needs location references
    // the CPO did not send (TOK-07); anything else reaches the CPO as its status (e.g. 3000).
    //
    // Runs in the request path of a driver waiting at a charger: answer from local data, do not
    // call slow systems (TOK-09). Do not refuse on opening hours or EVSE status (TOK-08).
    virtual Result<QJsonObject> authorize(const StoredObject &token,
                                          const std::optional<QJsonObject> &locationReferences,
                                          const Caller &cpo) = 0;
};

// The default: our tokens in the node's SQL store (partner_id 0), and a decision from the token
// alone: valid -> ALLOWED with a fresh authorization_reference and the location echoed, not valid
// -> BLOCKED. It never needs location references. Derive from it to change only the decision.
class SqlTokensManager : public TokensManager
{
public:
    explicit SqlTokensManager(Database &database);

    Result<ObjectPage> page(const ObjectFilter &filter, qint64 offset, int limit) override;
    Result<std::optional<StoredObject>> find(const ObjectKey &key) override;
    Result<QList<StoredObject>> list(const ObjectFilter &filter, int limit) override;
    Result<bool> store(const StoredObject &object) override;
    Status remove(const ObjectKey &key) override;

    Result<QJsonObject> authorize(const StoredObject &token, const std::optional<QJsonObject> &locationReferences,
                                  const Caller &cpo) override;

protected:
    // A new reference for an ALLOWED answer: a UUID, 36 printable ASCII characters (CiString(36)).
    virtual QString newAuthorizationReference();

private:
    SqlObjectsManager m_objects;
};

} // namespace ocpi
