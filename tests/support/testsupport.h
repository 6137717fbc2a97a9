#pragma once

#include "config/nodeconfig.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace ocpi::test {

// The fixed instant tests run at.
QDateTime fixedNow();

// The database a test opens as `name`: a file in `dir`, or in the `postgresql` copies of the tests
// (OCPI_TEST_DATABASE=postgresql, ctest label postgresql) a fresh database on the server at
// OCPI_TEST_PG_URL (scripts/pg-throwaway), the same one for the same dir and name, dropped when the
// test program ends. Without OCPI_TEST_PG_URL those copies exit as skipped (77).
QString testDatabase(const QTemporaryDir &dir, const QString &name);

// A node configuration for tests: 127.0.0.1, port 0, a database inside `dir` (testDatabase).
NodeConfig nodeConfig(const QTemporaryDir &dir, const QStringList &parties = {QStringLiteral("NL-TNM:CPO")},
                      const QString &dbName = QStringLiteral("node.sqlite"));

// "Token <base64(token)>" (TF-02).
QByteArray tokenHeader(const QString &token);

struct HttpResult
{
    int status = 0;                          // 0: no answer (timeout or connection error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    int ocpiStatus() const { return json().value(QStringLiteral("status_code")).toInt(); }
};

// A blocking HTTP exchange over a real socket (spins an event loop while waiting, so a node in the
// same thread keeps serving).
HttpResult request(const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray(),
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);

// Raw bytes over TCP, for what QNetworkAccessManager cannot send (oversized headers, half requests).
// Returns everything read until the peer closes or `timeoutMs` passes.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 3000);

QByteArray readTestData(const QString &relativePath);

// A Location whose connectors name no tariffs, for tests about something else (our own locations
// may only name tariffs the node holds, LOC-22).
QJsonObject withoutTariffIds(QJsonObject location);

// A TCP port nobody listens on right now (for nodes that must keep their port across a restart).
quint16 freePort();

// The built ocpi-node binary as a process.
struct NodeRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};
// `ocpi-node serve <args>`, returned once it printed its first line (the versions URL) or ended;
// the line is left unread. `launcher` runs the node through another program that execs it (e.g.
// {"prlimit", "--nofile=256:256"}), so the process id is still the node's.
std::unique_ptr<class QProcess> serveNode(const QStringList &args, const QStringList &launcher = {});
// `ocpi-node <args>` to completion (the event loop keeps running meanwhile).
NodeRun runNode(const QStringList &args, int timeoutMs = 30000);

} // namespace ocpi::test
