#include "profileoverview.h"

#include "core/datetime.h"

#include <QHash>

#include <algorithm>

namespace ocpi {

namespace {

QString sessionOf(const CommandRecord &request)
{
    return request.request.value(QLatin1String("session_id")).toString();
}

// Session ids are CiStrings (GEN-03): one entry whatever the case a partner used.
QString entryKey(ProfileEntry::Side side, qint64 partnerId, const QString &sessionId)
{
    return side == ProfileEntry::Side::Emsp ? QStringLiteral("E/%1/%2").arg(partnerId).arg(sessionId.toUpper())
                                            : QStringLiteral("C/%1").arg(sessionId.toUpper());
}

// The later of two moments; a moment not reached yet (invalid) never wins.
QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b > a ? b : a;
}

QDateTime latestOf(const CommandRecord &request)
{
    return later(later(request.createdAt, request.respondedAt), request.resultAt);
}

bool accepted(const CommandRecord &request)
{
    return request.result && request.result->value(QLatin1String("result")).toString() == QLatin1String("ACCEPTED");
}

// A change of the profile known on the eMSP side, applied when newer than the one the entry holds.
void learn(ProfileEntry &entry, QDateTime &knownAt, const QDateTime &at, const QJsonObject &active, bool cleared)
{
    if (knownAt.isValid() && at < knownAt)
        return;
    knownAt = at;
    entry.active = active;
    entry.cleared = cleared;
}

} // namespace

QJsonObject activeFrom(const QJsonObject &chargingProfile, const QDateTime &from)
{
    const QString start = chargingProfile.value(QLatin1String("start_date_time")).toString();
    return {{QStringLiteral("start_date_time"), start.isEmpty() ? formatDateTime(from) : start},
            {QStringLiteral("charging_profile"), chargingProfile}};
}

Result<QList<ProfileEntry>> profileOverview(CommandStore &requests, ProfileStore &profiles, int limit)
{
    auto recent = requests.list(limit);
    if (!recent)
        return recent.error();
    auto pushed = profiles.updates(limit);
    if (!pushed)
        return pushed.error();
    auto ours = profiles.latestPerSession(limit);
    if (!ours)
        return ours.error();

    QHash<QString, ProfileEntry> entries;
    QHash<QString, QDateTime> profileKnownAt; // eMSP side: when the profile an entry holds was learnt
    const auto entryFor = [&entries](ProfileEntry::Side side, qint64 partnerId, const QString &sessionId) -> ProfileEntry & {
        const QString key = entryKey(side, partnerId, sessionId);
        auto found = entries.find(key);
        if (found == entries.end()) {
            ProfileEntry entry;
            entry.side = side;
            entry.partnerId = partnerId;
            entry.sessionId = sessionId;
            found = entries.insert(key, entry);
        }
        return *found;
    };

    // Oldest first, so each later request replaces the one before as the entry's last.
    for (auto it = recent->crbegin(); it != recent->crend(); ++it) {
        const CommandRecord &request = *it;
        const bool sent = request.direction == CommandRecord::Direction::Sent;
        ProfileEntry &entry = entryFor(sent ? ProfileEntry::Side::Emsp : ProfileEntry::Side::Cpo, request.partnerId,
                                       sessionOf(request));
        entry.partnerId = request.partnerId;
        entry.lastRequest = request;
        entry.updatedAt = later(entry.updatedAt, latestOf(request));
        if (!sent || !accepted(request))
            continue;
        // What an accepted result tells the eMSP of the limit now in force.
        QDateTime &knownAt = profileKnownAt[entryKey(entry.side, entry.partnerId, entry.sessionId)];
        if (request.type == QLatin1String("GET"))
            learn(entry, knownAt, request.resultAt, request.result->value(QLatin1String("profile")).toObject(), false);
        else if (request.type == QLatin1String("SET"))
            learn(entry, knownAt, request.resultAt,
                  activeFrom(request.request.value(QLatin1String("charging_profile")).toObject(), request.resultAt), false);
        else
            learn(entry, knownAt, request.resultAt, QJsonObject(), true);
    }
    for (const ProfileStore::PushedProfile &update : std::as_const(*pushed)) {
        ProfileEntry &entry = entryFor(ProfileEntry::Side::Emsp, update.partnerId, update.sessionId);
        learn(entry, profileKnownAt[entryKey(entry.side, entry.partnerId, entry.sessionId)], update.receivedAt, update.active, false);
        entry.updatedAt = later(entry.updatedAt, update.receivedAt);
    }
    for (const ProfileStore::SessionProfile &latest : std::as_const(*ours)) {
        ProfileEntry &entry = entryFor(ProfileEntry::Side::Cpo, latest.change.partnerId, latest.session.id);
        entry.active = latest.change.profile ? activeFrom(*latest.change.profile, latest.change.at) : QJsonObject();
        entry.cleared = !latest.change.profile.has_value();
        entry.updatedAt = later(entry.updatedAt, latest.change.at);
    }

    QList<ProfileEntry> overview = entries.values();
    std::sort(overview.begin(), overview.end(), [](const ProfileEntry &a, const ProfileEntry &b) {
        if (a.updatedAt != b.updatedAt)
            return a.updatedAt > b.updatedAt;
        return a.sessionId < b.sessionId; // a stable order for entries changed in the same millisecond
    });
    if (overview.size() > limit)
        overview.resize(limit);
    return overview;
}

} // namespace ocpi
