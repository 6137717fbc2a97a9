#include "fuzzcheck.h"
#include "http/authenticator.h"


#include <cstdint>

using namespace ocpi;

namespace {

// Knows two tokens, one that is valid base64 text itself (the raw/base64 ambiguity of TF-07).
class Directory : public CallerDirectory
{
public:
    std::optional<Caller> identify(const QString &token) override
    {
        if (token != QLatin1String("raw-token-1") && token != QLatin1String("QUJDRA"))
            return std::nullopt;
        Caller caller;
        caller.token = token;
        return caller;
    }
    void noteEncoding(const Caller &, TokenEncoding) override {}
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietLogs();
    return 0;
}

// Any Authorization header: never a crash, and a caller is identified only by a header that holds
// one of the known tokens, raw or base64-encoded.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/ocpi/versions");
    request.headers.append({QByteArray("Authorization"), value});
    Directory directory;
    const Result<Caller> caller = authenticate(request, directory);
    if (caller.ok()) {
        const QByteArray token = caller->token.toUtf8();
        // As the HTTP layer reads it: the header trimmed, then what follows the scheme.
        const QByteArray header = value.trimmed();
        const QByteArray presented = header.mid(header.indexOf(' ') + 1).trimmed();
        if (caller->encoding == TokenEncoding::Raw)
            FUZZ_CHECK(presented == token);
        else
            FUZZ_CHECK(QByteArray::fromBase64(presented).startsWith(token));
    }
    return 0;
}
