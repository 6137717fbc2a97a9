#include "secrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ocpi::secrets {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

} // namespace

QString generateToken()
{
    // QRandomGenerator::system() is the operating system's CSPRNG.
    QRandomGenerator *random = QRandomGenerator::system();
    constexpr int alphabetSize = sizeof kAlphabet - 1;
    QString token;
    token.reserve(kTokenLength);
    for (int i = 0; i < kTokenLength; ++i)
        token.append(QLatin1Char(kAlphabet[random->bounded(alphabetSize)]));
    return token;
}

QString lookupKey(QStringView token)
{
    return token.left(kKeyLength).toString();
}

QByteArray newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / int(sizeof(quint32)));
    return salt.toHex();
}

QByteArray hashToken(const QByteArray &salt, QStringView token)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(token.toUtf8());
    return hash.result().toHex();
}

bool verifyToken(const QByteArray &salt, const QByteArray &expectedHash, QStringView token)
{
    const QByteArray actual = hashToken(salt, token);
    if (actual.size() != expectedHash.size())
        return false;
    // Constant-time comparison: no early exit on the first differing byte.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference |= static_cast<unsigned char>(actual[i] ^ expectedHash[i]);
    return difference == 0;
}

QString mask(QStringView token)
{
    if (token.isEmpty())
        return QStringLiteral("(none)");
    const qsizetype shown = token.size() >= 12 ? 4 : 0;
    return token.left(shown).toString() + QStringLiteral("…(%1 chars)").arg(token.size());
}

} // namespace ocpi::secrets
