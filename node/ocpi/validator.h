#pragma once

#include "core/result.h"
#include "objectlimits.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ocpi {

// The gate every OCPI object passes before it is stored or accepted. Driven by the field tables
// of OcpiSchema (type, cardinality, max length, enum) plus the special rules in objectrules.cpp.
//
// On success the result is the CANONICAL object, the form we store and serve:
// - only fields the specification defines; unknown fields are dropped (GEN-13, tolerant reader)
//   and, when `ignoredFields` is given, their paths are appended to it for logging;
// - null optional fields are removed, and so are empty `*` lists: omitted, null and [] mean the
//   same (GEN-10), so the canonical form is "omitted";
// - DateTime values rewritten by formatDateTime(): UTC with Z, no fraction or 3 digits (GEN-06);
// - int values as JSON integers (230.0 becomes 230); CiStrings keep the case they were sent in;
// - nested objects and list elements canonicalised the same way.
// QJsonObject keeps keys sorted, so the canonical JSON text is deterministic. Input that already
// is canonical comes back as a shallow copy (nothing rebuilt). GeoLocation latitude/longitude
// are bounded by their pattern only: string(10)/(11) would refuse "-33.8688197" (objectrules.h).
//
// Beyond the tables (hardening issue item 7): a string holding an unpaired UTF-16 surrogate is
// refused (it cannot be written as UTF-8); numbers that count or measure something (voltages,
// prices, step_size, durations, ...) must not be negative, except where the specification gives
// a negative value a meaning (CdrDimension volumes, CDR and Session energy: V2G; Price: credit
// CDRs carry negative costs); time_zone must name a zone of the tz database; a URL must be http or
// https with a host.
// A ValidationPolicy adds (item 3) limits on list lengths, checked before a list's items are, and
// on the size of the canonical JSON; and, given a clock, refuses a last_updated further in the
// future than the allowed clock skew. Without one, the default limits apply and last_updated is
// not compared with the time.
//
// On failure: Error{InvalidData, "<path>: <problem>"} for the first problem found (fields in
// specification order), e.g. "evses[1].connectors[0].max_voltage: required field is missing",
// "evses: 1001 items, at most 1000 allowed", "Location: 1100000 bytes of canonical JSON, at most
// 1048576 allowed". The message goes to the partner in status_message (2001). An objectName that
// is not an OCPI object is a programming error: Error{Internal}.

// How validation messages name a JSON value's type: "list", "object", "string", ...
QString jsonTypeName(const QJsonValue &value);

// Full object: PUT, POST, imports, pulled lists.
Result<QJsonObject> validateObject(const QString &objectName, const QJsonValue &value,
                                   QStringList *ignoredFields = nullptr);
Result<QJsonObject> validateObject(const QString &objectName, const QJsonValue &value,
                                   const ValidationPolicy &policy, QStringList *ignoredFields = nullptr);

// PATCH body (TF-10): checks only the fields present and requires none; a present required field
// must not be null. A nested object given is validated as a full object. Differences to the full
// canonical form: an empty `*` list given at the top level stays [] (the sender asked to empty
// it; whether that is allowed is the module's decision, LOC-07), null optional fields are dropped
// (a PATCH cannot remove information, LOC-07). Modules add their own "last_updated required".
Result<QJsonObject> validatePatch(const QString &objectName, const QJsonValue &value,
                                  QStringList *ignoredFields = nullptr);
Result<QJsonObject> validatePatch(const QString &objectName, const QJsonValue &value,
                                  const ValidationPolicy &policy, QStringList *ignoredFields = nullptr);

// One problem of an object: where (a path such as "evses[1].connectors[0].max_voltage", empty for
// the object as a whole) and what, in the words of validateObject's messages.
struct ValidationProblem
{
    QString path;
    QString message;
};

// Every problem of a full object at once, for the operator's forms and `import`: the checks of
// validateObject, but a failed field does not stop the walk of its siblings. An object's own rules
// (objectrules.cpp, e.g. "type required when uid is given") are checked once its fields are valid.
// Empty: the object is valid. Slower than validateObject; partners' requests never take this path.
QList<ValidationProblem> validationProblems(const QString &objectName, const QJsonValue &value,
                                            const ValidationPolicy &policy = ValidationPolicy());

// URL path and query parameters. Messages read "<what>: <problem>".
// CiString (GEN-03): printable ASCII, 1..maxLength characters (an id in a URL is never empty).
Status checkCiString(const QString &what, QStringView value, int maxLength);
// country_code: 2 ASCII letters; party_id: 3 ASCII letters or digits (either case, GEN-12).
Status checkCountryCode(const QString &what, QStringView value);
Status checkPartyId(const QString &what, QStringView value);
// An exact (case-sensitive, GEN-01) value of a schema enum, e.g. ("type", "TokenType", "RFID").
Status checkEnumValue(const QString &what, const QString &enumName, const QString &value);

} // namespace ocpi
