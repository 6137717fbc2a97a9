#pragma once

// How outbox rows are read, shared by the files of the Outbox class (outbox.cpp, outboxparked.cpp).

#include "outbox.h"

#include "core/datetime.h"

namespace ocpi::outboxrows {

inline const QString kColumns = QStringLiteral(
    "id, partner_id, module, object_key, method, path, url, body, from_cc, from_pid, to_cc, to_pid, on_refusal, "
    "attempts, next_attempt_ms, last_error, parked, created_at");

template <typename Row>
inline OutboxEntry entryFrom(const Row &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.partnerId = q.value(1).toLongLong();
    e.module = q.value(2).toString();
    e.objectKey = q.value(3).toString();
    e.method = q.value(4).toString().toLatin1();
    e.path = q.value(5).toString();
    e.url = q.value(6).toString();
    e.body = q.value(7).toByteArray();
    e.from = PartyId{q.value(8).toString(), q.value(9).toString()};
    e.to = PartyId{q.value(10).toString(), q.value(11).toString()};
    // An unknown name (a newer build wrote it) parks rather than resends: the safe reading.
    e.onRefusal = refusalPolicyFromName(q.value(12).toString()).value_or(RefusalPolicy::Park);
    e.attempts = q.value(13).toInt();
    e.nextAttemptMs = q.value(14).toLongLong();
    e.lastError = q.value(15).toString();
    e.parked = q.value(16).toInt() != 0;
    e.createdAt = parseDateTime(q.value(17).toString()).value_or(QDateTime());
    return e;
}

} // namespace ocpi::outboxrows
