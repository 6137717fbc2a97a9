#include "urlpolicy.h"

#include <cstring>

namespace ocpi {

namespace {

bool inV4(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == network;
}

constexpr quint32 v4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | d;
}

AddressScope classifyV4(quint32 a)
{
    if (inV4(a, v4(0, 0, 0, 0), 8))
        return AddressScope::Unspecified;
    if (inV4(a, v4(127, 0, 0, 0), 8))
        return AddressScope::Loopback;
    if (inV4(a, v4(10, 0, 0, 0), 8) || inV4(a, v4(172, 16, 0, 0), 12) || inV4(a, v4(192, 168, 0, 0), 16))
        return AddressScope::Private;
    if (inV4(a, v4(100, 64, 0, 0), 10))
        return AddressScope::SharedCgnat;
    if (inV4(a, v4(169, 254, 0, 0), 16))
        return AddressScope::LinkLocal;
    if (inV4(a, v4(224, 0, 0, 0), 4))
        return AddressScope::Multicast;
    if (inV4(a, v4(240, 0, 0, 0), 4))
        return AddressScope::Reserved;
    return AddressScope::Public;
}

// The IPv4 address in the last 32 bits of an IPv6 address.
quint32 lastV4(const Q_IPV6ADDR &a)
{
    return v4(a[12], a[13], a[14], a[15]);
}

bool leadingZeroBytes(const Q_IPV6ADDR &a, int count)
{
    for (int i = 0; i < count; ++i) {
        if (a[i] != 0)
            return false;
    }
    return true;
}

AddressScope classifyV6(const Q_IPV6ADDR &a)
{
    if (leadingZeroBytes(a, 15) && a[15] == 0)
        return AddressScope::Unspecified;
    if (leadingZeroBytes(a, 15) && a[15] == 1)
        return AddressScope::Loopback;
    // Deprecated IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms lead to an IPv4
    // address: judge that one.
    if (leadingZeroBytes(a, 12))
        return classifyV4(lastV4(a));
    static constexpr quint8 kNat64[12] = {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    if (std::memcmp(a.c, kNat64, sizeof kNat64) == 0)
        return classifyV4(lastV4(a));
    if ((a[0] & 0xfe) == 0xfc)
        return AddressScope::Private; // unique local fc00::/7
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
        return AddressScope::Private; // site-local fec0::/10, deprecated but still private
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
        return AddressScope::LinkLocal;
    if (a[0] == 0xff)
        return AddressScope::Multicast;
    return AddressScope::Public;
}

} // namespace

std::optional<PartnerUrlPolicy> parsePartnerUrlPolicy(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("any"))
        return PartnerUrlPolicy::Any;
    if (name == QLatin1String("public-only"))
        return PartnerUrlPolicy::PublicOnly;
    return std::nullopt;
}

QString partnerUrlPolicyName(PartnerUrlPolicy policy)
{
    return policy == PartnerUrlPolicy::PublicOnly ? QStringLiteral("public-only") : QStringLiteral("any");
}

AddressScope classifyAddress(const QHostAddress &address)
{
    if (address.isNull())
        return AddressScope::Invalid;
    if (address == QHostAddress(QHostAddress::Any))
        return AddressScope::Unspecified;
    bool isV4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isV4); // also true for ::ffff:a.b.c.d
    if (isV4)
        return classifyV4(ipv4);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return AddressScope::Invalid;
    return classifyV6(address.toIPv6Address());
}

QString addressScopeName(AddressScope scope)
{
    switch (scope) {
    case AddressScope::Public: return QStringLiteral("public");
    case AddressScope::Unspecified: return QStringLiteral("unspecified");
    case AddressScope::Loopback: return QStringLiteral("loopback");
    case AddressScope::Private: return QStringLiteral("private");
    case AddressScope::SharedCgnat: return QStringLiteral("shared (CGNAT)");
    case AddressScope::LinkLocal: return QStringLiteral("link-local");
    case AddressScope::Multicast: return QStringLiteral("multicast");
    case AddressScope::Reserved: return QStringLiteral("reserved");
    case AddressScope::Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

} // namespace ocpi
