#include "fuzzcheck.h"
#include "ocpi/schema.h"
#include "ocpi/validator.h"


#include <cstdint>

using namespace ocpi;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietLogs();
    return 0;
}

// Input: an object name on the first line ("Location", "Tariff", "Token", ...), then JSON.
// Validation never crashes, and what it accepts is a fixed point: the canonical object validates
// again (as an object and as a PATCH) and comes back unchanged.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray name;
    QByteArray json;
    if (!splitFirstLine(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &name, &json))
        return 0;
    const QString objectName = QString::fromLatin1(name);
    if (!OcpiSchema::get().objectNames().contains(objectName))
        return 0;
    const QJsonValue value = jsonValue(json);

    const Result<QJsonObject> canonical = validateObject(objectName, value);
    (void)validatePatch(objectName, value);
    if (!canonical.ok()) {
        FUZZ_CHECK(canonical.error().kind == ErrorKind::InvalidData);
        FUZZ_CHECK(!canonical.error().message.isEmpty());
        return 0;
    }
    const Result<QJsonObject> again = validateObject(objectName, *canonical);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *canonical);
    FUZZ_CHECK(validatePatch(objectName, *canonical).ok());
    return 0;
}
