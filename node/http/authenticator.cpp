#include "authenticator.h"

#include "core/logging.h"
#include "core/secrets.h"

namespace ocpi {

namespace {

bool isPrintableToken(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > 64)
        return false;
    for (const char c : bytes) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

Error unauthorized(const QString &message)
{
    return {ErrorKind::Unauthorized, message};
}

} // namespace

Result<Caller> authenticate(const HttpRequest &request, CallerDirectory &directory)
{
    const QByteArray header = request.header("authorization").trimmed();
    if (header.isEmpty())
        return unauthorized(QStringLiteral("missing Authorization header: expected 'Token <credentials token>'"));
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare("token", Qt::CaseInsensitive) != 0)
        return unauthorized(QStringLiteral("Authorization header must use the 'Token' scheme"));
    const QByteArray presented = header.mid(space + 1).trimmed();

    const auto decoded = QByteArray::fromBase64Encoding(presented, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded) {
        QByteArray token = decoded.decoded;
        // Tolerate the trailing newline that `echo | base64` adds (the spec's own example has it).
        while (token.endsWith('\n') || token.endsWith('\r'))
            token.chop(1);
        if (isPrintableToken(token)) {
            if (auto caller = directory.identify(QString::fromLatin1(token))) {
                caller->encoding = TokenEncoding::Base64;
                return *caller;
            }
        }
    }
    if (isPrintableToken(presented)) {
        if (auto caller = directory.identify(QString::fromLatin1(presented))) {
            caller->encoding = TokenEncoding::Raw;
            return *caller;
        }
    }
    qCInfo(lcHttp).noquote() << "rejected unknown token" << secrets::mask(QString::fromLatin1(presented))
                             << "from" << request.remoteAddress;
    return unauthorized(QStringLiteral("unknown credentials token"));
}

} // namespace ocpi
