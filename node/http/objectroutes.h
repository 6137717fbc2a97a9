#pragma once

#include "core/result.h"
#include "router.h"
#include "store/objecttable.h"

#include <QString>

#include <functional>

namespace ocpi {

class ObjectService;

// Routes every owned-object module shares, mounted on a module's Sender or Receiver path.
namespace objectroutes {

// The answer to a Sender list GET (PG-01..06): the page parameters read (2001 naming a bad one) into
// `filter`, the page `source` gives for them, with X-Total-Count, X-Limit and Link.
using PageSource = std::function<Result<ObjectPage>(const ObjectFilter &filter, qint64 offset, int limit)>;
HttpResponse pageReply(const RouteCall &call, ObjectFilter filter, const PageSource &source);

// GET {sender}?date_from&date_to&offset&limit: our objects, paginated (PG-01..06).
void mountSenderList(Router &router, ObjectService &service, const QString &path, const QString &summary);

// {receiver}/{country_code}/{party_id}/{id}: the given methods of GET, PUT, PATCH and DELETE on
// partners' objects (TF-10..14, ST-04: 201 when created, 200 when replaced).
void mountReceiverObject(Router &router, ObjectService &service, const QString &path, const QList<QByteArray> &methods);

// The party {country_code}/{party_id} of a URL names, both checked (GEN-03); 2001 naming the bad one.
Result<PartyId> urlParty(const RouteCall &call);

// The object a Receiver URL names, its parts checked (GEN-03); 2001 naming the bad part. Ids are
// CiString(36) but for CDRs (39, CDR-07).
Result<ObjectKey> urlKey(const RouteCall &call, const ObjectService &service, const QString &idParam,
                         const QString &type = QString(), int idLength = 36);

// The `type` query parameter of a module whose key includes it (tokens, TOK-02): RFID when left out,
// else an exact TokenType value (2001 naming `type`, GEN-01). Empty for every other module.
Result<QString> keyType(const RouteCall &call, const ObjectService &service);

// The caller's JSON body as a value (object or otherwise), for validation messages.
QJsonValue bodyValue(const RouteCall &call);

} // namespace objectroutes
} // namespace ocpi
