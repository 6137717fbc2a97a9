#include "fuzzcheck.h"
#include "modules/locations/locationpatch.h"
#include "ocpi/validator.h"


#include <cstdint>

using namespace ocpi;

namespace {

// A small valid Location: one EVSE with one Connector.
const char kLocation[] = R"({"country_code":"NL","party_id":"TNM","id":"LOC1","publish":true,
"address":"Street 1","city":"Town","country":"NLD","coordinates":{"latitude":"52.10000","longitude":"5.10000"},
"time_zone":"Europe/Amsterdam","last_updated":"2024-01-01T00:00:00Z",
"evses":[{"uid":"E1","status":"AVAILABLE","last_updated":"2024-01-01T00:00:00Z",
"connectors":[{"id":"1","standard":"IEC_62196_T2","format":"SOCKET","power_type":"AC_3_PHASE",
"max_voltage":230,"max_amperage":16,"last_updated":"2024-01-01T00:00:00Z"}]}]})";

const QJsonObject &storedLocation()
{
    static const QJsonObject location = [] {
        const Result<QJsonObject> valid =
            validateObject(QStringLiteral("Location"), jsonValue(kLocation));
        FUZZ_CHECK(valid.ok());
        return *valid;
    }();
    return location;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietLogs();
    return 0;
}

// Input: a target on the first line ("", "E1", "E1/1", "E2", "E1/2"), then a PATCH or PUT body.
// The merge never crashes, and a successful PATCH or PUT keeps every EVSE that was there (LOC-08:
// omitted entries are kept; LOC-09: an EVSE is never removed, only marked REMOVED).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray target;
    QByteArray json;
    if (!splitFirstLine(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &target, &json))
        return 0;
    const QList<QByteArray> ids = target.split('/');
    LocationPart part;
    part.evseUid = QString::fromUtf8(ids.value(0));
    part.connectorId = QString::fromUtf8(ids.value(1));
    if (part.evseUid.isEmpty() && !part.connectorId.isEmpty())
        return 0;
    const QJsonValue body = jsonValue(json);
    const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("TNM"), QStringLiteral("LOC1"));

    const QJsonObject before = storedLocation();
    const auto evseCount = before.value(QStringLiteral("evses")).toArray().size();

    QJsonObject patched = before;
    if (const Result<LocationPatch> patch = locationpatch::checkPatch(key, part, body); patch.ok()) {
        // The service applies to a copy and drops it on failure, so only success has a property.
        if (locationpatch::apply(patched, *patch).ok())
            FUZZ_CHECK(patched.value(QStringLiteral("evses")).toArray().size() >= evseCount);
        (void)validateObject(QStringLiteral("Location"), patched);
    }
    if (!part.isLocation()) {
        QJsonObject put = before;
        if (const Result<QJsonObject> object = locationpatch::checkPut(part, body); object.ok()) {
            if (locationpatch::put(put, part, *object).ok())
                FUZZ_CHECK(put.value(QStringLiteral("evses")).toArray().size() >= evseCount);
        }
    }
    return 0;
}
