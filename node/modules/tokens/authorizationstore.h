#pragma once

#include "core/result.h"
#include "ocpi/party.h"
#include "store/database.h"
#include "store/objecttable.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ocpi {

// One authorization_reference this node handed out in a real-time authorization (TOK-05): the
// Session and CDR the CPO starts with it carry it back (SES-12, CDR-13), and this says what it was.
struct AuthorizationRecord
{
    QString reference;     // as handed out (CiString(36); looked up case-insensitively, GEN-03)
    ObjectKey token;       // our token: country_code, party_id, uid, type
    QString allowed;       // the AllowedType answered with it
    qint64 partnerId = 0;  // the partner that asked
    PartyId cpo;           // the CPO party it asked as
    QDateTime authorizedAt;
    QString locationId;    // the LocationReferences answered, if any
    QStringList evseUids;
};

// SQL of the tokens module beyond the shared object table: the authorizations it answered.
class AuthorizationStore
{
public:
    explicit AuthorizationStore(Database &database) : m_database(database) {}

    static Migration migration();

    // Records one; a reference already recorded (an integrator's manager may hand out its own) is
    // replaced: the last authorization given under it is what a Session then refers to (SES-12).
    Status record(const AuthorizationRecord &record);
    Result<std::optional<AuthorizationRecord>> find(const QString &reference);

private:
    Database &m_database;
};

} // namespace ocpi
