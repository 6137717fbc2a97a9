#include "nodeconfig.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <utility>

namespace ocpi {

namespace {

// The one table of settings: INI key, command-line option, environment variable, help.
struct Setting
{
    const char *key;
    const char *option;
    const char *env;
    const char *valueName;
    const char *help;
};

constexpr Setting kSettings[] = {
    {"node/listen", "listen", "OCPI_LISTEN", "ADDR", "Address to listen on (default 127.0.0.1)."},
    {"node/port", "port", "OCPI_PORT", "N", "TCP port (default 8180; 0 picks a free port)."},
    {"node/public_url", "public-url", "OCPI_PUBLIC_URL", "URL",
     "Base URL partners reach this node at (default http://ADDR:PORT)."},
    {"node/db", "db", "OCPI_DB", "PATH|URL",
     "SQLite database file (default in the user's data folder), or postgresql://USER@HOST[:PORT]/DBNAME for PostgreSQL."},
    {"node/party", "party", "OCPI_PARTY", "CC-PID:ROLE",
     "A party this node hosts, e.g. NL-TNM:CPO (repeatable; roles CPO, EMSP, HUB)."},
    {"node/business_name", "business-name", "OCPI_BUSINESS_NAME", "NAME",
     "Business name announced in credentials (default: the party id)."},
    {"ocpi/page_limit", "page-limit", "OCPI_PAGE_LIMIT", "N", "Largest page a list returns (X-Limit, default 100)."},
    {"http/max_header_bytes", "max-header-bytes", "OCPI_MAX_HEADER_BYTES", "BYTES",
     "Largest request line plus headers (default 32768)."},
    {"http/max_body_bytes", "max-body-bytes", "OCPI_MAX_BODY_BYTES", "BYTES",
     "Largest request body (default 2097152)."},
    {"http/idle_timeout", "idle-timeout", "OCPI_IDLE_TIMEOUT", "SECONDS",
     "Close connections idle this long (default 30)."},
    {"http/header_timeout", "header-timeout", "OCPI_HEADER_TIMEOUT", "SECONDS",
     "A request's line and headers must arrive within this time of its first byte (default 10)."},
    {"http/body_timeout", "body-timeout", "OCPI_BODY_TIMEOUT", "SECONDS",
     "A whole request must arrive within this time of its first byte (default 60)."},
    {"http/max_connections", "max-connections", "OCPI_MAX_CONNECTIONS", "N",
     "Open connections at most; the oldest idle one makes room for a new one (default 1024)."},
    {"http/max_connections_per_client", "max-connections-per-client", "OCPI_MAX_CONNECTIONS_PER_CLIENT", "N",
     "Open connections from one client address at most (default 128)."},
    {"limits/max_object_bytes", "max-object-bytes", "OCPI_MAX_OBJECT_BYTES", "BYTES",
     "Largest object stored, as canonical JSON (default 1048576)."},
    {"limits/max_evses", "max-evses", "OCPI_MAX_EVSES", "N", "Most EVSEs in one location (default 1000)."},
    {"limits/max_connectors", "max-connectors", "OCPI_MAX_CONNECTORS", "N",
     "Most connectors in one EVSE (default 32)."},
    {"limits/max_images", "max-images", "OCPI_MAX_IMAGES", "N", "Most images of one location or EVSE (default 32)."},
    {"limits/max_capabilities", "max-capabilities", "OCPI_MAX_CAPABILITIES", "N",
     "Most capabilities of one EVSE (default 32)."},
    {"limits/max_charging_periods", "max-charging-periods", "OCPI_MAX_CHARGING_PERIODS", "N",
     "Most charging periods of one session or CDR (default 10000)."},
    {"limits/max_list_items", "max-list-items", "OCPI_MAX_LIST_ITEMS", "N",
     "Most items in any other list of an object (default 1000)."},
    {"ocpi/max_clock_skew", "max-clock-skew", "OCPI_MAX_CLOCK_SKEW", "SECONDS",
     "How far ahead of this node's clock a last_updated may be (default 300)."},
    {"log/level", "log-level", "OCPI_LOG_LEVEL", "LEVEL", "debug, info, warning or error (default info)."},
    {"log/retention_rows", "log-retention", "OCPI_LOG_RETENTION", "ROWS",
     "Request log entries kept (default 100000)."},
    {"log/retention_days", "log-retention-days", "OCPI_LOG_RETENTION_DAYS", "DAYS",
     "Days request log entries are kept, whatever their number (default 30; 0: no age limit)."},
    {"log/body_bytes", "log-body-bytes", "OCPI_LOG_BODY_BYTES", "BYTES",
     "Bytes of each body kept in the request log (default 8192)."},
    {"credentials/token_a_days", "token-a-days", "OCPI_TOKEN_A_DAYS", "DAYS",
     "Days a registration token (token A) stays valid (default 7)."},
    {"credentials/partner_url_policy", "partner-url-policy", "OCPI_PARTNER_URL_POLICY", "POLICY",
     "any, or public-only: never call a partner URL whose host resolves to a loopback, private, "
     "link-local or other non-public address (default any)."},
    {"partners/timeout", "partner-timeout", "OCPI_PARTNER_TIMEOUT", "SECONDS",
     "Give up on a call to a partner that sends nothing for this long (default 15)."},
    {"partners/retry_max_delay", "retry-max-delay", "OCPI_RETRY_MAX_DELAY", "SECONDS",
     "Longest wait between attempts to deliver a change to a partner (default 300)."},
    {"simulator/speed", "sim-speed", "OCPI_SIM_SPEED", "N",
     "Simulated charge points: cars charge N times faster, for demos (default 1; timestamps stay real)."},
    {"modules/reservations", "reservations", "OCPI_RESERVATIONS", "on|off",
     "Serve the custom reservations module (docs/reservations.md) and announce it (default off)."},
    {"docs/swagger_ui_dir", "swagger-ui-dir", "OCPI_SWAGGER_UI_DIR", "DIR",
     "Folder of the swagger-ui-dist package for /docs."},
};

class Source
{
public:
    Source(const QCommandLineParser &parser, const QProcessEnvironment &environment, QSettings *ini)
        : m_parser(parser), m_environment(environment), m_ini(ini)
    {
    }

    QStringList values(const Setting &setting) const
    {
        // Only --party is a list (comma-separated outside the command line); every other value
        // keeps its commas ("Acme, Inc.", a path).
        const bool list = qstrcmp(setting.option, "party") == 0;
        const QString option = QLatin1String(setting.option);
        if (m_parser.isSet(option))
            return m_parser.values(option);
        const QString env = QLatin1String(setting.env);
        if (m_environment.contains(env)) {
            const QString text = m_environment.value(env);
            return list ? text.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{text};
        }
        if (m_ini && m_ini->contains(QLatin1String(setting.key))) {
            const QVariant value = m_ini->value(QLatin1String(setting.key));
            // QSettings turns an unquoted "a, b" into a list; a quoted value arrives whole.
            if (value.userType() == QMetaType::QStringList)
                return list ? value.toStringList() : QStringList{value.toStringList().join(QStringLiteral(", "))};
            return list ? value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{value.toString()};
        }
        return {};
    }

    // Where the value of `setting` comes from, for messages; empty when it is not set.
    QString origin(const Setting &setting) const
    {
        if (m_parser.isSet(QLatin1String(setting.option)))
            return QStringLiteral("--") + QLatin1String(setting.option);
        if (m_environment.contains(QLatin1String(setting.env)))
            return QLatin1String(setting.env);
        if (m_ini && m_ini->contains(QLatin1String(setting.key)))
            return QStringLiteral("%1 in %2").arg(QLatin1String(setting.key), m_ini->fileName());
        return QString();
    }

    QString value(const char *option) const
    {
        for (const Setting &s : kSettings) {
            if (qstrcmp(s.option, option) == 0) {
                const QStringList found = values(s);
                return found.isEmpty() ? QString() : found.last().trimmed();
            }
        }
        return QString();
    }

private:
    const QCommandLineParser &m_parser;
    const QProcessEnvironment &m_environment;
    QSettings *m_ini;
};

// Edits to turn one key into another (Levenshtein), for "did you mean".
qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = qMin(qMin(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The known key an unknown one most likely meant: a near spelling, or the same name in another
// section ("http/port" -> "node/port", a sectionless "port" -> "node/port").
QString nearestKey(const QString &unknown)
{
    const QString lower = unknown.toLower();
    const QString name = lower.section(QLatin1Char('/'), -1);
    QString best;
    qsizetype bestDistance = 4; // more edits than this is a different word
    for (const Setting &s : kSettings) {
        const QString key = QLatin1String(s.key);
        qsizetype distance = editDistance(lower, key);
        if (key.section(QLatin1Char('/'), -1) == name)
            distance = qMin<qsizetype>(distance, 1);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = key;
        }
    }
    return best;
}

// A key the node does not know is refused, not skipped: a misspelt `partner_url_policy` would
// otherwise leave a node quietly less protected than its operator thinks.
Status checkKeys(const QSettings &ini)
{
    QStringList problems;
    for (const QString &key : ini.allKeys()) {
        bool known = false;
        for (const Setting &s : kSettings)
            known = known || key == QLatin1String(s.key);
        if (known)
            continue;
        const QString nearest = nearestKey(key);
        problems << (nearest.isEmpty() ? QStringLiteral("'%1'").arg(key)
                                       : QStringLiteral("'%1' (did you mean '%2'?)").arg(key, nearest));
    }
    if (problems.isEmpty())
        return Status::success();
    return Error::invalid(QStringLiteral("configuration file %1: unknown key%2 %3 (the README's "
                                         "Configuration table lists every key)")
                              .arg(ini.fileName(), problems.size() > 1 ? QStringLiteral("s") : QString(),
                                   problems.join(QStringLiteral(", "))));
}

template <typename T>
Status readNumber(const Source &source, const char *option, T minimum, T maximum, T *out)
{
    const QString text = source.value(option);
    if (text.isEmpty())
        return Status::success();
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < qlonglong(minimum) || value > qlonglong(maximum)) {
        return Error::invalid(QStringLiteral("--%1 must be a number from %2 to %3, not '%4'")
                                  .arg(QLatin1String(option))
                                  .arg(qlonglong(minimum))
                                  .arg(qlonglong(maximum))
                                  .arg(text));
    }
    *out = T(value);
    return Status::success();
}

} // namespace

void NodeConfig::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("config"),
                      QCoreApplication::translate("NodeConfig", "INI configuration file (env OCPI_CONFIG)."),
                      QStringLiteral("FILE")});
    for (const Setting &s : kSettings) {
        parser.addOption({QLatin1String(s.option),
                          QCoreApplication::translate("NodeConfig", s.help) + QStringLiteral(" [%1]").arg(QLatin1String(s.env)),
                          QLatin1String(s.valueName)});
    }
}

Result<NodeConfig> NodeConfig::load(const QCommandLineParser &parser, const QProcessEnvironment &environment)
{
    std::unique_ptr<QSettings> ini;
    QString configPath = parser.value(QStringLiteral("config"));
    if (configPath.isEmpty())
        configPath = environment.value(QStringLiteral("OCPI_CONFIG"));
    if (!configPath.isEmpty()) {
        if (!QFileInfo::exists(configPath))
            return Error::invalid(QStringLiteral("configuration file %1 does not exist").arg(configPath));
        ini = std::make_unique<QSettings>(configPath, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError)
            return Error::invalid(QStringLiteral("configuration file %1 cannot be read").arg(configPath));
        if (Status s = checkKeys(*ini); !s)
            return s.error();
    }
    const Source source(parser, environment, ini.get());
    NodeConfig config;
    config.configFile = configPath;
    for (const Setting &s : kSettings) {
        if (const QString origin = source.origin(s); !origin.isEmpty())
            config.origins.insert(QLatin1String(s.option), origin);
    }

    if (const QString listen = source.value("listen"); !listen.isEmpty()) {
        if (!config.listenAddress.setAddress(listen))
            return Error::invalid(QStringLiteral("--listen must be an IP address, not '%1'").arg(listen));
    }
    int port = config.port;
    if (Status s = readNumber(source, "port", 0, 65535, &port); !s)
        return s.error();
    config.port = quint16(port);

    config.publicUrl = source.value("public-url");
    if (!config.publicUrl.isEmpty()) {
        const QUrl url(config.publicUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            return Error::invalid(QStringLiteral("--public-url must be an http(s) URL, not '%1'").arg(config.publicUrl));
        }
        while (config.publicUrl.endsWith(QLatin1Char('/')))
            config.publicUrl.chop(1);
    }

    config.databasePath = source.value("db");
    if (config.databasePath.isEmpty())
        config.databasePath = Database::defaultPath();
    if (auto location = DatabaseLocation::parse(config.databasePath); !location)
        return location.error();

    config.businessName = source.value("business-name");
    for (const Setting &s : kSettings) {
        if (qstrcmp(s.option, "party") != 0)
            continue;
        for (const QString &text : source.values(s)) {
            auto party = PartyRole::parse(text.trimmed());
            if (!party || (party->role != Role::CPO && party->role != Role::EMSP && party->role != Role::HUB)) {
                return Error::invalid(QStringLiteral("--party must look like NL-TNM:CPO (roles CPO, EMSP, HUB), not '%1'")
                                          .arg(text));
            }
            if (!config.businessName.isEmpty())
                party->businessName = config.businessName;
            if (!config.parties.contains(*party))
                config.parties.append(*party);
        }
    }
    if (config.parties.isEmpty()) {
        // A node with no identity cannot talk OCPI; start as a demo CPO + eMSP and say so.
        config.partiesDefaulted = true;
        const QString name = config.businessName.isEmpty() ? QStringLiteral("OCPI Node Console demo") : config.businessName;
        config.parties = {PartyRole{PartyId{QStringLiteral("ZZ"), QStringLiteral("OCN")}, Role::CPO, name},
                          PartyRole{PartyId{QStringLiteral("ZZ"), QStringLiteral("OCN")}, Role::EMSP, name}};
    }

    if (Status s = readNumber(source, "page-limit", 1, 10000, &config.pageLimit); !s)
        return s.error();
    if (Status s = readNumber<qint64>(source, "max-header-bytes", 1024, 1024 * 1024, &config.maxHeaderBytes); !s)
        return s.error();
    if (Status s = readNumber<qint64>(source, "max-body-bytes", 1024, 1024LL * 1024 * 1024, &config.maxBodyBytes); !s)
        return s.error();
    if (Status s = readNumber(source, "idle-timeout", 1, 86400, &config.idleTimeoutSeconds); !s)
        return s.error();
    if (Status s = readNumber(source, "header-timeout", 1, 3600, &config.headerTimeoutSeconds); !s)
        return s.error();
    if (Status s = readNumber(source, "body-timeout", 1, 86400, &config.bodyTimeoutSeconds); !s)
        return s.error();
    if (Status s = readNumber(source, "max-connections", 1, 1000000, &config.maxConnections); !s)
        return s.error();
    if (Status s = readNumber(source, "max-connections-per-client", 1, 1000000, &config.maxConnectionsPerClient); !s)
        return s.error();
    ObjectLimits &limits = config.objectLimits;
    if (Status s = readNumber<qint64>(source, "max-object-bytes", 1024, 1024LL * 1024 * 1024, &limits.maxObjectBytes); !s)
        return s.error();
    const std::pair<const char *, int *> lists[] = {
        {"max-evses", &limits.maxEvses}, {"max-connectors", &limits.maxConnectors},
        {"max-images", &limits.maxImages}, {"max-capabilities", &limits.maxCapabilities},
        {"max-charging-periods", &limits.maxChargingPeriods}, {"max-list-items", &limits.maxListItems}};
    for (const auto &[option, value] : lists) {
        if (Status s = readNumber(source, option, 1, 10000000, value); !s)
            return s.error();
    }
    if (Status s = readNumber<qint64>(source, "max-clock-skew", 0, 366LL * 86400, &config.maxClockSkewSeconds); !s)
        return s.error();
    if (Status s = readNumber<qint64>(source, "log-retention", 100, 100000000, &config.logRetentionRows); !s)
        return s.error();
    if (Status s = readNumber(source, "log-retention-days", 0, 36500, &config.logRetentionDays); !s)
        return s.error();
    if (Status s = readNumber<qint64>(source, "log-body-bytes", 0, 10 * 1024 * 1024, &config.logBodyBytes); !s)
        return s.error();
    if (Status s = readNumber(source, "token-a-days", 1, 3650, &config.tokenALifetimeDays); !s)
        return s.error();
    // A partner slower than an hour is down; a backoff above a day hides an outage from operators.
    if (Status s = readNumber(source, "partner-timeout", 1, 3600, &config.partnerTimeoutSeconds); !s)
        return s.error();
    if (Status s = readNumber(source, "retry-max-delay", 1, 86400, &config.retryMaxDelaySeconds); !s)
        return s.error();
    if (Status s = readNumber(source, "sim-speed", 1, 3600, &config.simSpeed); !s)
        return s.error();

    if (const QString reservations = source.value("reservations"); !reservations.isEmpty()) {
        if (reservations.compare(QLatin1String("on"), Qt::CaseInsensitive) != 0
            && reservations.compare(QLatin1String("off"), Qt::CaseInsensitive) != 0)
            return Error::invalid(QStringLiteral("--reservations must be on or off, not '%1'").arg(reservations));
        config.reservations = reservations.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0;
    }

    if (const QString policy = source.value("partner-url-policy"); !policy.isEmpty()) {
        const auto parsed = parsePartnerUrlPolicy(policy);
        if (!parsed)
            return Error::invalid(QStringLiteral("--partner-url-policy must be any or public-only, not '%1'").arg(policy));
        config.partnerUrlPolicy = *parsed;
    }

    if (const QString level = source.value("log-level"); !level.isEmpty()) {
        static const QStringList levels = {QStringLiteral("debug"), QStringLiteral("info"),
                                           QStringLiteral("warning"), QStringLiteral("error")};
        if (!levels.contains(level.toLower()))
            return Error::invalid(QStringLiteral("--log-level must be debug, info, warning or error, not '%1'").arg(level));
        config.logLevel = level.toLower();
    }
    config.swaggerUiDir = source.value("swagger-ui-dir");
    return config;
}

QStringList NodeConfig::knownKeys()
{
    QStringList keys;
    for (const Setting &s : kSettings)
        keys << QLatin1String(s.key);
    return keys;
}

QString NodeConfig::iniKey(const QString &option)
{
    for (const Setting &s : kSettings) {
        if (option == QLatin1String(s.option))
            return QLatin1String(s.key);
    }
    return QString();
}

QString NodeConfig::publicBase(quint16 boundPort) const
{
    if (!publicUrl.isEmpty())
        return publicUrl;
    QHostAddress host = listenAddress;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    const QString hostText = host.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
                                 : host.toString();
    return QStringLiteral("http://%1:%2").arg(hostText).arg(boundPort);
}

} // namespace ocpi
