#pragma once

#include "ocpi/party.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace ocpi::demo {

// The objects the demo's nodes start with, generated from a small built-in list of charging sites
// in Amsterdam: real street addresses and their coordinates, EVSE ids in the eMI3 form of the
// CPO's party (NL*DCP*E...), tariffs with flat, energy, time and reservation prices, and the
// eMSP's RFID cards. Stamped `at` (the demo clock's start).
namespace data {

// The demo's parties.
PartyRole cpoParty();
PartyRole emspParty();

QJsonArray locations(const QDateTime &at);
QJsonArray tariffs(const QDateTime &at);
QJsonArray tokens(const QDateTime &at);

// Where the story charges: the first location's AC EVSE, with its tariff.
QString storyLocation();
QString storyEvse();
// Where the reservation is made (another EVSE of the same location, so the CDR of the first
// charge and the reservation never meet).
QString reservationEvse();

} // namespace data
} // namespace ocpi::demo
