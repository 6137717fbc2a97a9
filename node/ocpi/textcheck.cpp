#include "textcheck.h"

#include "compiledschema.h"
#include "objectrules.h"
#include "validator.h"

// The text rules, and the URL parameter checks of validator.h built on them.

namespace ocpi {

namespace rules {

// GEN-02/03/04: characters and length of string, CiString and URL values. Length counts
// characters (code points), not UTF-16 units. A surrogate must be half of a pair: a lone one
// ("\ud800" in the JSON text) is no character at all and has no UTF-8 form (hardening issue item
// 7). *jsonBytes gets an upper bound of the value's bytes in compact JSON (quotes included).
// Returns an empty string when fine.
QString checkText(QStringView text, bool asciiOnly, int maxLength, qint64 *jsonBytes)
{
    qsizetype pairs = 0;
    qint64 bytes = 2;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7F) {
            bytes += (c == u'"' || c == u'\\') ? 2 : 1;
            continue;
        }
        if (asciiOnly)
            return QStringLiteral("character %1 at index %2 is not printable ASCII").arg(codePoint(c)).arg(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            return QStringLiteral("control character %1 at index %2").arg(codePoint(c)).arg(i);
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++pairs;
            ++i;
            bytes += 4;
            continue;
        }
        if (QChar::isSurrogate(c))
            return QStringLiteral("unpaired UTF-16 surrogate %1 at index %2").arg(codePoint(c)).arg(i);
        bytes += 3;
    }
    const qsizetype length = text.size() - pairs;
    if (maxLength >= 0 && length > maxLength)
        return QStringLiteral("%1 characters, at most %2 allowed").arg(length).arg(maxLength);
    if (jsonBytes)
        *jsonBytes += bytes;
    return {};
}

} // namespace rules

namespace {

Status prefixed(const QString &what, const QString &problem)
{
    if (problem.isEmpty())
        return Status::success();
    return Error::invalid(what + QLatin1String(": ") + problem);
}

} // namespace

Status checkCiString(const QString &what, QStringView value, int maxLength)
{
    if (value.isEmpty())
        return prefixed(what, QStringLiteral("must not be empty"));
    return prefixed(what, rules::checkText(value, true, maxLength));
}

Status checkCountryCode(const QString &what, QStringView value)
{
    return prefixed(what, rules::countryCodeRule(value));
}

Status checkPartyId(const QString &what, QStringView value)
{
    return prefixed(what, rules::partyIdRule(value));
}

Status checkEnumValue(const QString &what, const QString &enumName, const QString &value)
{
    const QSet<QString> *values = CompiledSchema::get().enumValues(enumName);
    if (!values)
        return Error::internal(QLatin1String("not an OCPI enum: ") + enumName);
    if (values->contains(value))
        return Status::success();
    return prefixed(what, rules::quoted(value) + QLatin1String(" is not a valid ") + enumName);
}

} // namespace ocpi
