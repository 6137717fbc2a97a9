#pragma once

#include "sync/objectservice.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace ocpi {

class TokensManager;

// A CPO's real-time authorization request, as the route read it (TOK-04).
struct AuthorizationRequest
{
    QString uid;                      // token_uid from the path, unchecked
    QString type;                     // a TokenType (RFID when the URL had none)
    std::optional<PartyId> addressed; // the eMSP party OCPI-to-* named; none: any of ours
    std::optional<QJsonValue> locationReferences; // the body, when there was one
};

// Tokens (TOK-*): our eMSP tokens on the Sender interface (list, real-time authorization) and
// pushed to CPOs; partners' tokens on our CPO Receiver interface, keyed by (country_code,
// party_id, uid, type) (TOK-02, TOK-13). PUT, PATCH, the list and ownership are ObjectService's;
// authorization is here.
class TokenService : public ObjectService
{
    Q_OBJECT

public:
    // What the shared machinery needs to know about this module's objects.
    static const ObjectModule &definition();

    TokenService(Database &database, TokensManager &manager, Outbox &outbox, const Clock &clock,
                 QList<PartyRole> ourParties, const ValidationPolicy &policy = {}, QObject *parent = nullptr);

    // PATCH, received and ours (e.g. {"valid": false} to block a card; tokens are never deleted,
    // TOK-13), is ObjectService's: the key's `type` must match (TOK-02).

    // Sender: real-time authorization (TOK-04..09). Returns the AuthorizationInfo to send with
    // 1000, whatever `allowed` says (PIT-04). Errors: UnknownToken (404 + 2004, TOK-06),
    // InvalidData for a bad uid or malformed LocationReferences (2001), NotEnoughInformation from
    // the manager (2002, TOK-07).
    Result<QJsonObject> authorize(const Caller &cpo, const AuthorizationRequest &request);

private:
    // One of our tokens by uid and type: one indexed lookup per eMSP party asked (TOK-09).
    Result<std::optional<StoredObject>> findOurs(const AuthorizationRequest &request);

    TokensManager &m_tokens;
};

} // namespace ocpi
