#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace ocpi {

// Which addresses a partner-supplied URL may lead to (--partner-url-policy, hardening issue item 5).
// A partner that registers hands us a versions URL and then endpoint URLs; without a limit, a token
// A holder can make the node call into the operator's own network.
enum class PartnerUrlPolicy {
    Any,        // every address: test set-ups and private networks of partners
    PublicOnly, // only addresses that are routed on the public internet
};

std::optional<PartnerUrlPolicy> parsePartnerUrlPolicy(const QString &text);
QString partnerUrlPolicyName(PartnerUrlPolicy policy);

// What kind of address this is, as far as reaching it from the internet goes.
enum class AddressScope {
    Public,
    Unspecified,  // 0.0.0.0/8, ::  (0.0.0.0 reaches the local host on Linux)
    Loopback,     // 127/8, ::1
    Private,      // 10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10
    SharedCgnat,  // 100.64/10 (carrier-grade NAT, RFC 6598)
    LinkLocal,    // 169.254/16, fe80::/10 (cloud metadata services live here)
    Multicast,    // 224/4, ff00::/8
    Reserved,     // 240/4 (future use) and 255.255.255.255
    Invalid,      // not an IP address at all
};

// Pure: no lookup. IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are judged by their IPv4 part.
AddressScope classifyAddress(const QHostAddress &address);
QString addressScopeName(AddressScope scope);

} // namespace ocpi
