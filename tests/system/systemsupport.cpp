#include "systemsupport.h"

#include "ocpi/validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <csignal>

namespace ocpi::test {

QStringList nodeOptions(const QString &db, quint16 port, const QString &party, const QStringList &extra)
{
    return QStringList{QStringLiteral("--db"), db, QStringLiteral("--port"), QString::number(port), QStringLiteral("--party"),
                       party, QStringLiteral("--log-level"), QStringLiteral("warning")}
           + extra;
}

Invitation invite(const QStringList &options)
{
    const NodeRun run = runNode(QStringList{QStringLiteral("invite"), QStringLiteral("--json")} + options);
    const QJsonObject answer = run.json().object();
    return {answer.value(QStringLiteral("token")).toString(), answer.value(QStringLiteral("versions_url")).toString()};
}

QString postCredentials(const QString &nodeVersionsUrl, const QString &tokenA, const QString &partnerToken,
                        const QString &partnerVersionsUrl, const QString &countryCode, const QString &partyId,
                        const QString &role, QString *error)
{
    const QString credentials = endpointUrl(nodeVersionsUrl, tokenA, QStringLiteral("credentials"), QString());
    if (credentials.isEmpty()) {
        *error = QStringLiteral("no credentials endpoint in the node's version details");
        return QString();
    }
    const QJsonObject body{{QStringLiteral("token"), partnerToken},
                           {QStringLiteral("url"), partnerVersionsUrl},
                           {QStringLiteral("roles"),
                            QJsonArray{QJsonObject{{QStringLiteral("role"), role},
                                                   {QStringLiteral("business_details"),
                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("System test partner")}}},
                                                   {QStringLiteral("party_id"), partyId},
                                                   {QStringLiteral("country_code"), countryCode}}}}};
    // The node calls the partner back (versions, details) before it answers.
    const HttpResult posted = request("POST", QUrl(credentials), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                      {{"Authorization", tokenHeader(tokenA)}}, 30000);
    if (posted.status != 200 || posted.ocpiStatus() != 1000) {
        *error = QStringLiteral("POST credentials: HTTP %1 %2").arg(posted.status).arg(QString::fromUtf8(posted.body));
        return QString();
    }
    return posted.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
}

QString endpointUrl(const QString &nodeVersionsUrl, const QString &token, const QString &identifier, const QString &role)
{
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", tokenHeader(token)}};
    QString detailsUrl;
    for (const QJsonValue &version : request("GET", QUrl(nodeVersionsUrl), {}, auth).json().value(QStringLiteral("data")).toArray()) {
        if (version.toObject().value(QStringLiteral("version")).toString() == QLatin1String("2.2.1"))
            detailsUrl = version.toObject().value(QStringLiteral("url")).toString();
    }
    if (detailsUrl.isEmpty())
        return QString();
    const QJsonObject details = request("GET", QUrl(detailsUrl), {}, auth).json().value(QStringLiteral("data")).toObject();
    for (const QJsonValue &endpoint : details.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject e = endpoint.toObject();
        if (e.value(QStringLiteral("identifier")).toString() == identifier
            && (role.isEmpty() || e.value(QStringLiteral("role")).toString() == role)) {
            return e.value(QStringLiteral("url")).toString();
        }
    }
    return QString();
}

int stopNode(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ::kill(pid_t(process.processId()), SIGTERM);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QJsonObject stationNamed(const QString &id, const QString &name, const QString &lastUpdated)
{
    QJsonObject station = QJsonDocument::fromJson(readTestData(QStringLiteral("locations/utrecht_station.json"))).object();
    station.insert(QStringLiteral("id"), id);
    station.insert(QStringLiteral("name"), name);
    station.insert(QStringLiteral("last_updated"), lastUpdated);
    // No tariff_ids: these tests are about delivery, and our locations may only name tariffs the
    // node holds (LOC-22), which would add tariff pushes to every backlog they count.
    station = withoutTariffIds(station);
    auto canonical = validateObject(QStringLiteral("Location"), station);
    if (!canonical)
        qFatal("the test location is invalid: %s", qPrintable(canonical.error().message));
    return *canonical;
}

NodeRun importStationVersion(const QTemporaryDir &dir, const QStringList &options, const QString &prefix, int count,
                             int version)
{
    QJsonArray locations;
    for (int n = 0; n < count; ++n) {
        locations.append(stationNamed(QStringLiteral("%1-%2").arg(prefix).arg(n, 3, 10, QLatin1Char('0')),
                                      QStringLiteral("%1 %2 version %3").arg(prefix).arg(n).arg(version),
                                      QStringLiteral("2026-11-2%1T08:00:00Z").arg(version)));
    }
    const QString path = dir.filePath(QStringLiteral("%1-v%2.json").arg(prefix).arg(version));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(locations).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    return runNode(QStringList{QStringLiteral("import"), QStringLiteral("locations"), path, QStringLiteral("--json")} + options);
}

int stationVersion(const QByteArray &body)
{
    const QString name = QJsonDocument::fromJson(body).object().value(QStringLiteral("name")).toString();
    const qsizetype at = name.lastIndexOf(QLatin1String(" version "));
    return at < 0 ? 0 : name.mid(at + 9).toInt();
}

QJsonObject RequestLanes::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool RequestLanes::Answer::acknowledged() const
{
    return status >= 200 && status < 300 && json().value(QStringLiteral("status_code")).toInt() == 1000;
}

RequestLanes::RequestLanes(int lanes, QByteArray authorization) : m_authorization(std::move(authorization))
{
    for (int i = 0; i < lanes; ++i)
        m_lanes.push_back(std::make_unique<QNetworkAccessManager>());
}

RequestLanes::~RequestLanes()
{
    m_stopped = true;
    waitIdle(5000);
}

void RequestLanes::run(Source source)
{
    m_source = std::move(source);
    m_stopped = false;
    for (int lane = 0; lane < int(m_lanes.size()); ++lane)
        next(lane);
}

void RequestLanes::next(int lane)
{
    if (m_stopped)
        return;
    std::optional<Call> call = m_source();
    if (!call)
        return;
    QNetworkRequest request(call->url);
    request.setRawHeader("Authorization", m_authorization);
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // A killed node leaves requests unanswered; they must end so the lane can be counted idle.
    request.setTransferTimeout(20000);
    ++m_inFlight;
    QNetworkReply *reply = m_lanes[size_t(lane)]->sendCustomRequest(request, call->method, call->body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, lane, reply, done = std::move(call->done)] {
        reply->deleteLater();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        --m_inFlight;
        done(answer);
        next(lane);
    });
}

bool RequestLanes::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_inFlight == 0; }, timeoutMs);
}

} // namespace ocpi::test
