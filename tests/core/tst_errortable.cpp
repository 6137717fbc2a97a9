#include "core/error.h"

#include <QSet>
#include <QTest>

using namespace ocpi;

Q_DECLARE_METATYPE(ocpi::ErrorKind)

namespace {

struct Expected
{
    const char *tag;
    ErrorKind kind;
    int httpStatus;
    int ocpiStatus;
    const char *name;
};

// docs/architecture.md: one table maps an error to (HTTP status, OCPI status_code). This is the table we
// intend, written out independently of node/core/error.cpp.
constexpr Expected kExpected[] = {
    // ST-01: a body that is not JSON is an HTTP 400.
    {"ST-01 invalid JSON -> 400/2001", ErrorKind::InvalidJson, 400, 2001, "invalid_json"},
    // ST-02/PIT-04: authenticated, valid JSON, existing resource -> HTTP 200, outcome in status_code.
    {"ST-02 invalid data -> 200/2001", ErrorKind::InvalidData, 200, 2001, "invalid_data"},
    {"ST-06 not enough information -> 200/2002", ErrorKind::NotEnoughInformation, 200, 2002, "not_enough_information"},
    // ST-03: GET of something that does not exist -> 404 with a fitting 2xxx code.
    {"ST-03 unknown location -> 404/2003", ErrorKind::UnknownLocation, 404, 2003, "unknown_location"},
    // PIT-04/05: real-time authorization of an unknown token -> 404 + 2004.
    {"PIT-05 unknown token -> 404/2004", ErrorKind::UnknownToken, 404, 2004, "unknown_token"},
    {"SES-04 unknown session -> 404/2001", ErrorKind::UnknownSession, 404, 2001, "unknown_session"},
    {"ST-03 not found -> 404/2000", ErrorKind::NotFound, 404, 2000, "not_found"},
    {"method not allowed -> 405/2000", ErrorKind::MethodNotAllowed, 405, 2000, "method_not_allowed"},
    // TF-04: missing, malformed or unknown token -> 401 with a 2xxx code.
    {"TF-04 unauthorized -> 401/2000", ErrorKind::Unauthorized, 401, 2000, "unauthorized"},
    // TF-14 DECIDE: another party's objects are hidden behind HTTP 404 (OCPI defines no 403).
    {"TF-14 forbidden -> 404/2000", ErrorKind::Forbidden, 404, 2000, "forbidden"},
    {"RT-04 unknown hosted party -> 404/2000", ErrorKind::UnknownParty, 404, 2000, "unknown_party"},
    // CRED-13: credentials POST while registered, PUT/DELETE while not -> 405.
    {"CRED-13 wrong registration state -> 405/2000", ErrorKind::WrongRegistrationState, 405, 2000, "wrong_registration_state"},
    {"body too large -> 413/2000", ErrorKind::PayloadTooLarge, 413, 2000, "payload_too_large"},
    {"headers too large -> 431/2000", ErrorKind::HeadersTooLarge, 431, 2000, "headers_too_large"},
    // RFC 9112 §6.3: ambiguous or broken framing is refused with 400 and the connection closed.
    {"malformed request -> 400/2000", ErrorKind::MalformedRequest, 400, 2000, "malformed_request"},
    {"request timeout -> 408/2000", ErrorKind::RequestTimeout, 408, 2000, "request_timeout"},
    {"too many connections -> 503/2000", ErrorKind::TooManyConnections, 503, 2000, "too_many_connections"},
    // ST-10 DECIDE: a processing fault after authentication is HTTP 200 + 3000 (letter of ST-02).
    {"ST-10 internal -> 200/3000", ErrorKind::Internal, 200, 3000, "internal"},
    // ST-07 / CRED-12: server errors travel in status_code with HTTP 200.
    {"CRED-12 partner unreachable -> 200/3001", ErrorKind::PartnerUnreachable, 200, 3001, "partner_unreachable"},
    {"CRED-12 unsupported version -> 200/3002", ErrorKind::UnsupportedVersion, 200, 3002, "unsupported_version"},
    {"CRED-12 missing endpoints -> 200/3003", ErrorKind::MissingEndpoints, 200, 3003, "missing_endpoints"},
    {"partner rejected -> 200/3000", ErrorKind::PartnerRejected, 200, 3000, "partner_rejected"},
};

// The last enumerator of ErrorKind: a kind added after it must be added here and above.
constexpr int kKindCount = int(ErrorKind::PartnerRejected) + 1;

} // namespace

class TestErrorTable : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("name");
        for (const Expected &row : kExpected)
            QTest::newRow(row.tag) << row.kind << row.httpStatus << row.ocpiStatus << QString::fromLatin1(row.name);
    }

    void mapping()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, name);
        const StatusMapping mapping = statusFor(kind);
        QCOMPARE(mapping.httpStatus, httpStatus);
        QCOMPARE(mapping.ocpiStatus, ocpiStatus);
        QCOMPARE(errorKindName(kind), name);
    }

    // The expected table above names every kind exactly once.
    void expectedTableCoversEveryKind()
    {
        QCOMPARE(int(std::size(kExpected)), kKindCount);
        QSet<int> kinds;
        for (const Expected &row : kExpected)
            kinds.insert(int(row.kind));
        QCOMPARE(kinds.size(), kKindCount);
    }

    // Every kind has a row of its own in error.cpp: a kind without one falls back to Internal's
    // row, which shows up as a repeated name.
    void everyKindHasItsOwnRow()
    {
        QSet<QString> names;
        for (int i = 0; i < kKindCount; ++i) {
            const QString name = errorKindName(ErrorKind(i));
            QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("kind %1 has no name").arg(i)));
            QVERIFY2(!names.contains(name),
                     qPrintable(QStringLiteral("kind %1 has no row of its own (name %2 repeats)").arg(i).arg(name)));
            names.insert(name);
        }
    }

    // ST-05..09: error codes stay in the error ranges and out of the custom x9xx range; HTTP is
    // either 200 (ST-02), a 4xx, or 503 for a connection the node has no room for. Every status
    // has its own reason phrase for the status line.
    void codesInRange()
    {
        for (int i = 0; i < kKindCount; ++i) {
            const StatusMapping mapping = statusFor(ErrorKind(i));
            const QByteArray name = errorKindName(ErrorKind(i)).toLatin1();
            QVERIFY2(mapping.ocpiStatus >= 2000 && mapping.ocpiStatus < 5000, name.constData());
            QVERIFY2(mapping.ocpiStatus % 1000 < 900, name.constData());
            QVERIFY2(mapping.httpStatus == 200 || (mapping.httpStatus >= 400 && mapping.httpStatus < 500)
                         || (mapping.httpStatus == 503 && ErrorKind(i) == ErrorKind::TooManyConnections),
                     name.constData());
            QVERIFY2(httpReasonPhrase(mapping.httpStatus) != "Status", name.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestErrorTable)
#include "tst_errortable.moc"
