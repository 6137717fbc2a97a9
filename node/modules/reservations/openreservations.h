#pragma once

#include "core/result.h"
#include "store/database.h"
#include "store/objecttable.h"

#include <QDateTime>
#include <QList>

namespace ocpi {

// The CPO side's open reservations (OFFERED, ACCEPTED, ACTIVE) and when the clock must next look at
// each one. The once-a-second tick and the overlap checks read these few rows through an index,
// never the whole history of the reservations table, which keeps every reservation a partner may
// still GET. Written in the transaction that stores the reservation's change.
class OpenReservations
{
public:
    explicit OpenReservations(Database &database) : m_database(database) {}

    // Creates the table and marks every reservation stored before it as due now, so the first tick
    // sorts them out (a closed one is dropped from it at once).
    static Migration migration();

    // Open, to be looked at again at `due`.
    Status arm(const ObjectKey &key, const QDateTime &due);
    // Closed: the clock has nothing more to do with it.
    Status disarm(const ObjectKey &key);
    // Those due at `now`, the most overdue first, at most `limit`.
    Result<QList<ObjectKey>> due(const QDateTime &now, int limit);
    // All of them.
    Result<QList<ObjectKey>> all();

private:
    Result<QList<ObjectKey>> keys(Statement &select);

    Database &m_database;
};

} // namespace ocpi
