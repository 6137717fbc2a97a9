#pragma once

// Helpers for the system tests: real ocpi-node processes driven through their command line and
// their HTTP interface, the way an operator and a partner would.

#include "support/testsupport.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ocpi::test {

// The options a serving node and the operator commands on its database share.
QStringList nodeOptions(const QString &db, quint16 port, const QString &party, const QStringList &extra = {});

// `ocpi-node invite --json`: token A and the node's versions URL, or empty strings.
struct Invitation
{
    QString tokenA;
    QString versionsUrl;
};
Invitation invite(const QStringList &options);

// A partner's side of the handshake (CRED-06..09): POSTs its credentials (its token for the node,
// its versions URL, one role) to the node with token A; returns the token the node issued (token C)
// or an empty string, with the reason in `error`.
QString postCredentials(const QString &nodeVersionsUrl, const QString &tokenA, const QString &partnerToken,
                        const QString &partnerVersionsUrl, const QString &countryCode, const QString &partyId,
                        const QString &role, QString *error);

// An endpoint's URL from the node's 2.2.1 version details (TF-26), or an empty string.
QString endpointUrl(const QString &nodeVersionsUrl, const QString &token, const QString &identifier,
                    const QString &role);

// SIGTERM, then waits; returns the exit code (-1: it did not end normally in time).
int stopNode(QProcess &process, int timeoutMs = 15000);

// utrecht_station.json as the node stores it (canonical, GEN-10), with another id and name and no
// tariff_ids.
QJsonObject stationNamed(const QString &id, const QString &name, const QString &lastUpdated);

// Versions of many stations for delivery tests: `ocpi-node import locations` (with `options`) of
// `count` stations with ids "PREFIX-000".., each named "PREFIX n version V" and last updated on
// day 20 + V of November 2026; the file is written in `dir`.
NodeRun importStationVersion(const QTemporaryDir &dir, const QStringList &options, const QString &prefix, int count,
                             int version);
// The version a pushed station's name carries ("... version 3"), 0 when it is not one of those.
int stationVersion(const QByteArray &body);

// Requests with several in flight: each lane is one connection of its own (QNetworkAccessManager
// opens at most 6 per host), sending its next request when the previous one is answered.
class RequestLanes
{
public:
    struct Answer
    {
        int status = 0;          // 0: no HTTP answer (connection refused or reset, node killed)
        QByteArray body;
        QJsonObject json() const;
        bool acknowledged() const;   // 2xx with OCPI status_code 1000 (TF-20)
    };
    struct Call
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
        std::function<void(const Answer &)> done;
    };
    using Source = std::function<std::optional<Call>()>; // nullopt: nothing more to send

    RequestLanes(int lanes, QByteArray authorization);
    ~RequestLanes();

    // Starts every lane on `source`; calls go out until the source runs dry or stop() is called.
    void run(Source source);
    void stop() { m_stopped = true; }
    int inFlight() const { return m_inFlight; }
    // Spins the event loop until no call is in flight.
    bool waitIdle(int timeoutMs);

private:
    void next(int lane);

    QByteArray m_authorization;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_lanes;
    Source m_source;
    int m_inFlight = 0;
    bool m_stopped = false;
};

} // namespace ocpi::test
