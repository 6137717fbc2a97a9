#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "objectmodule.h"
#include "ocpi/objectlimits.h"
#include "partners/partner.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace ocpi {

class OcpiClient;
class PartnerRegistry;
struct OcpiReply;


struct PullReport
{
    QString module;
    bool full = false;
    int pages = 0;
    int received = 0;
    int stored = 0;
    int skipped = 0;          // invalid, or owned by a party the partner does not hold (TF-15)
    int removed = 0;          // no longer listed by the partner (full pulls, TF-28)
    int retries = 0;          // pages asked again after a transient failure
    QStringList parties;      // the parties addressed (OCPI-to), one list read each (Puller::targets)
    QStringList problems;     // the first few reasons objects were skipped
    QDateTime startedAt;
};

// How a page that failed for a reason that may pass (no answer, 5xx, 429, ...) is asked again: up
// to `triesPerPage` times in all, waiting `firstDelayMs` doubling to `maxDelayMs`, or what the
// partner's Retry-After asks for on a 429/503, capped at `maxRetryAfterMs`.
struct PullRetry
{
    int triesPerPage = 4;
    qint64 firstDelayMs = 1000;
    qint64 maxDelayMs = 30000;
    qint64 maxRetryAfterMs = 120000;

    // The wait before asking again after try `tries` failed with `reply`.
    qint64 delayMs(int tries, const OcpiReply &reply, const QDateTime &now) const;
};

// One read of a partner's Sender list within a pull: the party it is addressed to (OCPI-to) and the
// owners whose objects that read lists completely, so that a full pull may remove those of them it
// did not list (TF-28) and nobody else's.
struct PullTarget
{
    std::optional<PartyId> to;
    QList<PartyId> covers;    // empty: every owner (a read that lists all parties behind a hub)
};

// Reads a partner's Sender list of one module, all pages (following Link, or offset and
// X-Total-Count when the Link is missing or unusable, PG-07), full or since the last successful
// pull, and stores what is valid as that partner's objects: valid under the same policy as what
// partners push (limits, last_updated no further ahead of our clock than the skew allows). A page
// that fails transiently is asked again (PullRetry) and the pull goes on from there.
class Puller : public QObject
{
    Q_OBJECT

public:
    Puller(Database &database, PartnerRegistry &partners, OcpiClient &client, const Clock &clock,
           QList<PartyRole> ourParties, const ValidationPolicy &policy = {}, QObject *parent = nullptr);

    static Migration migration();
    // Forgets what is kept for a partner that is being removed.
    Status forgetPartner(qint64 partnerId);

    using Done = std::function<void(Result<PullReport>)>;
    void pull(qint64 partnerId, const ObjectModule &module, bool full, Done done);

    Result<std::optional<QDateTime>> lastSync(qint64 partnerId, const QString &module);

    void setRetry(const PullRetry &retry) { m_retry = retry; }
    const PullRetry &retry() const { return m_retry; }

    // Whom a pull of `module` from `partner` addresses, one read each, in order: the one place that
    // decides it (docs/pull.md, "Which parties a pull addresses"). Empty: nobody to pull from.
    static QList<PullTarget> targets(const Partner &partner, const ObjectModule &module);

    // The next page from a Link header (RFC 8288), resolved against the URL just read.
    static std::optional<QString> nextLink(const QByteArray &header, const QString &current);

private:
    struct Run;
    static QString addressee(const Run &run);
    void startTarget(const std::shared_ptr<Run> &run);
    void fetch(const std::shared_ptr<Run> &run, const QString &url);
    void send(const std::shared_ptr<Run> &run, const QString &url);
    void onPage(const std::shared_ptr<Run> &run, const QString &url, const OcpiReply &reply);
    Status storePage(Run &run, const QJsonArray &objects);
    void finishTarget(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run);

    Database &m_database;
    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    const Clock &m_clock;
    QList<PartyRole> m_ourParties;
    ValidationPolicy m_policy; // its clock is m_clock
    PullRetry m_retry;
    QSet<QString> m_running; // "partner/module" pulls under way
};

} // namespace ocpi
