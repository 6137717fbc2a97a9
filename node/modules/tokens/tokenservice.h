#pragma once

#include "sync/objectservice.h"

namespace ocpi {

// Tokens (TOK-*): our eMSP tokens on the Sender interface and pushed to CPOs; partners' tokens on
// our CPO Receiver interface, keyed by (country_code, party_id, uid, type).
class TokenService : public ObjectService
{
    Q_OBJECT

public:
    TokenService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                 QList<PartyRole> ourParties, QObject *parent = nullptr);
};

} // namespace ocpi
