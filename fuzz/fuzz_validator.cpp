#include "fuzzcheck.h"
#include "ocpi/schema.h"
#include "ocpi/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdint>

using namespace ocpi;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    return 0;
}

// Input: an object name on the first line ("Location", "Tariff", "Token", ...), then JSON.
// Validation never crashes, and what it accepts is a fixed point: the canonical object validates
// again (as an object and as a PATCH) and comes back unchanged.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    if (newline <= 0)
        return 0;
    const QString objectName = QString::fromLatin1(input.left(newline));
    if (!OcpiSchema::get().objectNames().contains(objectName))
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(input.mid(newline + 1));
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());

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
