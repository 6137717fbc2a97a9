#pragma once

#include "ocpi/party.h"

#include <QString>

namespace ocpi {

// What the generic machinery (push, pull, import, export, list) needs to know about a module whose
// objects are owned by one party and copied to its partners: locations, tariffs, tokens. Each such
// module defines its own in its folder and hands it over through OcpiModule::objectModule().
struct ObjectModule
{
    QString identifier;    // ModuleID, also the table name: "locations"
    QString objectName;    // schema object: "Location"
    QString idField;       // "id", or "uid" for tokens
    Role ownerRole;        // who owns the objects: CPO, or EMSP for tokens
    Role receiverRole;     // who receives them: EMSP, or CPO for tokens
    bool keyHasType = false; // tokens: the key includes `type` (TOK-02)
    bool immutable = false;  // CDRs: a stored object is final; a pull never changes it (CDR-04)
    // Whether a partner that registers gets our current objects (InitialSync): the network and the
    // tokens, yes; sessions and CDRs are records, each told to the eMSP concerned when it happened.
    bool initialSync = true;

    // The Receiver path of an object below the partner's endpoint: "/NL/TNM/LOC1" (+ "?type=RFID").
    QString objectPath(const QString &countryCode, const QString &partyId, const QString &id,
                       const QString &type = QString()) const;
};

} // namespace ocpi
