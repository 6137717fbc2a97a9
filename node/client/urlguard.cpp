#include "urlguard.h"

#include <QHostInfo>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace ocpi {

namespace {

Error refusal(const QString &url, const QString &why)
{
    return {ErrorKind::PartnerUnreachable,
            QStringLiteral("refused by --partner-url-policy public-only: %1 %2").arg(url.left(255), why)};
}

// The lookups of one check(): the first refusal answers, or the last allowed host does.
struct Pending
{
    qsizetype remaining = 0;
    bool answered = false;
    UrlGuard::Done done;

    void settle(const QString &url, const QList<QHostAddress> &addresses)
    {
        if (answered)
            return;
        if (addresses.isEmpty()) {
            answered = true;
            done(refusal(url, QStringLiteral("does not resolve to any address")));
            return;
        }
        for (const QHostAddress &address : addresses) {
            const AddressScope scope = classifyAddress(address);
            if (scope != AddressScope::Public) {
                answered = true;
                done(refusal(url, QStringLiteral("leads to %1 (%2)").arg(address.toString(), addressScopeName(scope))));
                return;
            }
        }
        if (--remaining == 0) {
            answered = true;
            done(Status::success());
        }
    }
};

} // namespace

void UrlGuard::check(const QStringList &urls, Done done)
{
    if (m_policy == PartnerUrlPolicy::Any) {
        done(Status::success());
        return;
    }
    // One lookup per host, remembering a URL that names it for the message.
    QList<QPair<QString, QString>> hosts;
    for (const QString &text : urls) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty()) {
            done(refusal(text, QStringLiteral("names no host")));
            return;
        }
        const QString host = url.host();
        if (std::none_of(hosts.cbegin(), hosts.cend(), [&](const auto &known) { return known.first == host; }))
            hosts.append({host, text});
    }
    if (hosts.isEmpty()) {
        done(Status::success());
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->remaining = hosts.size();
    pending->done = std::move(done);
    for (const auto &[host, url] : std::as_const(hosts)) {
        if (pending->answered)
            break;
        // A literal address is judged as written: QHostInfo would do a reverse lookup on it.
        if (QHostAddress literal; literal.setAddress(host)) {
            pending->settle(url, {literal});
            continue;
        }
        QHostInfo::lookupHost(host, this, [pending, url = url](const QHostInfo &info) {
            pending->settle(url, info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>());
        });
    }
}

} // namespace ocpi
