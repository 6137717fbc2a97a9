#pragma once

#include "ocpi/objectpatch.h"
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
// party_id, uid, type) (TOK-02, TOK-13). PUT, the list and ownership are ObjectService's; PATCH and
// authorization are here.
class TokenService : public ObjectService
{
    Q_OBJECT

public:
    // What the shared machinery needs to know about this module's objects.
    static const ObjectModule &definition();

    TokenService(Database &database, TokensManager &manager, Outbox &outbox, const Clock &clock,
                 QList<PartyRole> ourParties, const ValidationPolicy &policy = {}, QObject *parent = nullptr);

    // Receiver: a partner changes part of one of its tokens (TOK-01, TF-10, PIT-07). The body must
    // carry last_updated; the merged token must still be a valid Token, else nothing is stored
    // (2001). A token we do not hold is a 404 like any other unknown object on this URL.
    Status patchReceived(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch);
    // The same, answered after a group commit (the HTTP route; see ObjectService::receiveQueued).
    void patchReceivedQueued(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch, Answer answer);

    // Ours (console, API), e.g. {"valid": false} to block a card (tokens are never deleted,
    // TOK-13). Stores the merged token and queues a PATCH with the given fields to every CPO in
    // the same transaction. last_updated is stamped from our clock when the patch has none.
    Status patchOwn(const ObjectKey &key, const QJsonValue &patch);

    // Sender: real-time authorization (TOK-04..09). Returns the AuthorizationInfo to send with
    // 1000, whatever `allowed` says (PIT-04). Errors: UnknownToken (404 + 2004, TOK-06),
    // InvalidData for a bad uid or malformed LocationReferences (2001), NotEnoughInformation from
    // the manager (2002, TOK-07).
    Result<QJsonObject> authorize(const Caller &cpo, const AuthorizationRequest &request);

private:
    Result<Write> preparePatch(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch);
    // A PATCH body checked for `key`: schema (validatePatch), last_updated, identifying fields.
    Result<CheckedPatch> checkedPatch(const ObjectKey &key, const QJsonValue &patch) const;
    // The stored token with the patch applied, validated as a whole Token.
    Result<QJsonObject> applyPatch(const StoredObject &stored, const CheckedPatch &patch) const;
    // One of our tokens by uid and type: one indexed lookup per eMSP party asked (TOK-09).
    Result<std::optional<StoredObject>> findOurs(const AuthorizationRequest &request);

    TokensManager &m_tokens;
};

} // namespace ocpi
