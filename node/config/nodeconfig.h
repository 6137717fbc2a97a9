#pragma once

#include "client/urlpolicy.h"
#include "core/result.h"
#include "ocpi/objectlimits.h"
#include "ocpi/party.h"

#include <QCommandLineParser>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace ocpi {

// Everything an operator can set. Each value comes from, in order: the command line, the
// environment (OCPI_*), the INI file given by --config, the default.
struct NodeConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8180;
    QString publicUrl;              // empty: derived from listen address and bound port
    QString databasePath;
    QList<PartyRole> parties;
    bool partiesDefaulted = false;  // no --party given: a demo identity was used
    QString businessName;
    int pageLimit = 100;
    qint64 maxHeaderBytes = 32 * 1024;
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    int idleTimeoutSeconds = 30;
    int headerTimeoutSeconds = 10;
    int bodyTimeoutSeconds = 60;
    int maxConnections = 1024;
    int maxConnectionsPerClient = 128;
    ObjectLimits objectLimits;       // what one partner's object may grow to (objectlimits.h)
    qint64 maxClockSkewSeconds = 300; // how far ahead of our clock a last_updated may be
    QString logLevel = QStringLiteral("info");
    qint64 logRetentionRows = 100000;
    int logRetentionDays = 30;         // 0: entries are kept by number only
    qint64 logBodyBytes = 8192;
    int tokenALifetimeDays = 7;
    PartnerUrlPolicy partnerUrlPolicy = PartnerUrlPolicy::Any;
    int partnerTimeoutSeconds = 15;     // every call to a partner
    int retryMaxDelaySeconds = 300;     // longest backoff between delivery attempts
    int simSpeed = 1;                   // simulated charge points: cars charge this many times faster
    bool reservations = false;          // the custom reservations module (docs/reservations.md)
    QString swaggerUiDir;
    // Where each setting the operator gave came from, by option name: "--port", "OCPI_PORT" or
    // "node/port in FILE". Settings left at their default are absent.
    QHash<QString, QString> origins;
    // The INI file the settings were read from (--config or OCPI_CONFIG); empty: none.
    QString configFile;

    bool isGiven(const QString &option) const { return origins.contains(option); }

    // Declares the options on a parser (used for --help and parsing).
    static void addOptions(QCommandLineParser &parser);
    static Result<NodeConfig> load(const QCommandLineParser &parser,
                                   const QProcessEnvironment &environment);

    // The INI keys the node knows ("node/port", ...).
    static QStringList knownKeys();
    // The INI key of an option ("port" -> "node/port"); empty for an unknown option.
    static QString iniKey(const QString &option);

    // "http://127.0.0.1:8180" once the port is known.
    QString publicBase(quint16 boundPort) const;
};

} // namespace ocpi
