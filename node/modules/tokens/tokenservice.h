#pragma once

#include "authorizationstore.h"
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
    std::optional<PartyId> from;      // the calling party OCPI-from-* named (or the caller's only one)
    std::optional<QJsonValue> locationReferences; // the body, when there was one
    // The console's "what would a CPO be told" (ui/authorizedialog): the same decision and answer,
    // but asked by no CPO party and nothing recorded; a reference made for it is never valid.
    bool preview = false;
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
    // the manager (2002, TOK-07), Forbidden (404 + 2000) when the caller asks as no CPO party:
    // real-time authorization is the CPO's question (TOK-04), and the reference we hand out is
    // recorded for the CPO party that will start the session with it.
    // An ALLOWED answer always carries an authorization_reference: the manager's, or a UUID made
    // here when it gave none. Every reference handed out is recorded (token, partner and CPO party,
    // time, LocationReferences answered) before the answer leaves; one that cannot be recorded
    // fails the request (3000) rather than hand out a reference we could not recognise later.
    Result<QJsonObject> authorize(const Caller &cpo, const AuthorizationRequest &request);

    // An authorization_reference we handed out (case-insensitive, GEN-03); none when it is not one
    // of ours. Sessions and CDRs may carry references we never gave (a CPO's own, or one from
    // StartSession/ReserveNow, SES-12): not finding one is not an error for them.
    Result<std::optional<AuthorizationRecord>> findAuthorization(const QString &reference);

private:
    // One of our tokens by uid and type: one indexed lookup per eMSP party asked (TOK-09).
    Result<std::optional<StoredObject>> findOurs(const AuthorizationRequest &request);

    // The CPO party the caller asks as: the one its routing headers name, else its first CPO role.
    Result<PartyId> callingCpo(const Caller &caller, const AuthorizationRequest &request) const;
    // Fills in a reference for an ALLOWED answer without one and, when `store`, records the
    // reference answered.
    Status recordReference(QJsonObject &info, const StoredObject &token, const Caller &caller, const PartyId &cpo,
                           bool store);

    TokensManager &m_tokens;
    AuthorizationStore m_authorizations;
};

} // namespace ocpi
