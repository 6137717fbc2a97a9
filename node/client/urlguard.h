#pragma once

#include "core/result.h"
#include "urlpolicy.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace ocpi {

// Holds partner-supplied URLs against --partner-url-policy before anything is sent to them. Under
// public-only every host is resolved (a literal address is read as is, without a lookup) and
// refused when any address it resolves to is not public.
//
// The name is resolved again when the request is made, so a partner controlling its DNS could
// answer differently the second time (rebinding). Closing that needs the connection pinned to
// the checked address, which QNetworkAccessManager does not offer without breaking TLS host
// checks; firewall rules remain the complete answer and the README says so.
class UrlGuard : public QObject
{
    Q_OBJECT

public:
    explicit UrlGuard(QObject *parent = nullptr) : QObject(parent) {}

    void setPolicy(PartnerUrlPolicy policy) { m_policy = policy; }
    PartnerUrlPolicy policy() const { return m_policy; }

    using Done = std::function<void(Status)>;
    // Success when the policy allows every URL; otherwise a PartnerUnreachable error naming the
    // URL, the address and why. `done` runs before check() returns when no lookup is needed.
    void check(const QStringList &urls, Done done);

private:
    PartnerUrlPolicy m_policy = PartnerUrlPolicy::Any;
};

} // namespace ocpi
