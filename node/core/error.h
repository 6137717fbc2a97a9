#pragma once

#include <QByteArray>
#include <QString>

namespace ocpi {

// Every failure the node can report, independent of transport. The HTTP layer turns a kind into
// (HTTP status, OCPI status_code) through the one table in error.cpp; nothing else picks codes.
enum class ErrorKind {
    InvalidJson,             // body is not JSON
    InvalidData,             // a field or parameter is missing or wrong (OCPI 2001)
    NotEnoughInformation,    // OCPI 2002
    UnknownLocation,         // OCPI 2003
    UnknownToken,            // OCPI 2004
    UnknownSession,          // charging preferences for a session not known here: 404 + 2001 (SES-04)
    NotFound,                // no such path or object
    MethodNotAllowed,        // path exists, method does not
    Unauthorized,            // missing or unknown token, or token A outside versions/credentials
    Forbidden,               // authenticated, but the object belongs to a party the caller does not own
    UnknownParty,            // OCPI-to-* names a party this node does not host
    WrongRegistrationState,  // credentials POST while registered, PUT/DELETE while not (CRED-13)
    PayloadTooLarge,
    HeadersTooLarge,
    MalformedRequest,        // HTTP framing that is broken or ambiguous (RFC 9112): 400, then close
    RequestTimeout,          // the request head or body did not arrive in time: 408, then close
    TooManyConnections,      // the connection cap is reached and nothing can make room: 503

    Internal,                // store or programming fault; never carries internals to the wire
    PartnerUnreachable,      // OCPI 3001
    UnsupportedVersion,      // OCPI 3002
    MissingEndpoints,        // OCPI 3003
    PartnerRejected,         // the partner answered with an OCPI error of its own
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;

    static Error invalid(const QString &message) { return {ErrorKind::InvalidData, message}; }
    static Error notFound(const QString &message) { return {ErrorKind::NotFound, message}; }
    static Error internal(const QString &message) { return {ErrorKind::Internal, message}; }
};

struct StatusMapping
{
    int httpStatus;
    int ocpiStatus;
};

// The table: ErrorKind -> (HTTP status, OCPI status_code).
StatusMapping statusFor(ErrorKind kind);

// Stable name of a kind, for logs and --json output.
QString errorKindName(ErrorKind kind);

// The reason phrase of an HTTP status line ("Not Found"); every status the table and the HTTP
// front end use has one.
QByteArray httpReasonPhrase(int status);

} // namespace ocpi
