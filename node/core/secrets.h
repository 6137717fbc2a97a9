#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace ocpi::secrets {

// Credentials tokens this node issues (A, and B or C) look like `<key><secret>`: the first
// kKeyLength characters find the stored row, the whole token is checked against a salted hash.
// The node can verify such a token but cannot print it again.
constexpr int kKeyLength = 8;
constexpr int kTokenLength = 48;

QString generateToken();
QString lookupKey(QStringView token);
QByteArray newSalt();
QByteArray hashToken(const QByteArray &salt, QStringView token);
bool verifyToken(const QByteArray &salt, const QByteArray &expectedHash, QStringView token);

// What logs and screens show of a token: never the whole of it.
QString mask(QStringView token);

} // namespace ocpi::secrets
