#include "config/nodeconfig.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

using Environment = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Environment)

// NodeConfig::load: command line > environment (OCPI_*) > INI file (--config / OCPI_CONFIG) > default.
class TestConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // Writes an INI file and returns its path; empty text = no file.
    QString ini(const QString &text)
    {
        if (text.isEmpty())
            return QString();
        const QString path = m_dir.filePath(QStringLiteral("config-%1.ini").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

    Result<NodeConfig> load(QStringList arguments, const Environment &environment, const QString &iniText = QString(),
                            bool iniThroughEnvironment = false)
    {
        QCommandLineParser parser;
        NodeConfig::addOptions(parser);
        QProcessEnvironment env;
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        const QString iniPath = ini(iniText);
        if (!iniPath.isEmpty()) {
            if (iniThroughEnvironment)
                env.insert(QStringLiteral("OCPI_CONFIG"), iniPath);
            else
                arguments << QStringLiteral("--config") << iniPath;
        }
        if (!parser.parse(QStringList{QStringLiteral("ocpi-node")} + arguments))
            qFatal("test arguments do not parse: %s", qPrintable(parser.errorText()));
        return NodeConfig::load(parser, env);
    }

private slots:
    void defaults()
    {
        const auto config = load({}, {});
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config->port, quint16(8180));
        QCOMPARE(config->databasePath, Database::defaultPath());
        QCOMPARE(config->pageLimit, 100);
        QCOMPARE(config->maxHeaderBytes, qint64(32 * 1024));
        QCOMPARE(config->maxBodyBytes, qint64(2 * 1024 * 1024));
        QCOMPARE(config->idleTimeoutSeconds, 30);
        QCOMPARE(config->headerTimeoutSeconds, 10);
        QCOMPARE(config->bodyTimeoutSeconds, 60);
        QCOMPARE(config->maxConnections, 1024);
        QCOMPARE(config->maxConnectionsPerClient, 128);
        QCOMPARE(config->logLevel, QStringLiteral("info"));
        QCOMPARE(config->tokenALifetimeDays, 7);
        QCOMPARE(config->partnerUrlPolicy, PartnerUrlPolicy::Any);
        // Hardening issue items 3 and 7: the limits ObjectLimits documents, five minutes of skew.
        QCOMPARE(config->objectLimits.maxObjectBytes, qint64(1024 * 1024));
        QCOMPARE(config->objectLimits.maxEvses, 1000);
        QCOMPARE(config->objectLimits.maxConnectors, 32);
        QCOMPARE(config->objectLimits.maxImages, 32);
        QCOMPARE(config->objectLimits.maxCapabilities, 32);
        QCOMPARE(config->objectLimits.maxChargingPeriods, 10000);
        QCOMPARE(config->objectLimits.maxListItems, 1000);
        QCOMPARE(config->maxClockSkewSeconds, qint64(300));
        QCOMPARE(config->partnerTimeoutSeconds, 15);
        QCOMPARE(config->retryMaxDelaySeconds, 300);
        // No --party: a demo identity, and the caller is told so.
        QVERIFY(config->partiesDefaulted);
        QCOMPARE(config->parties.size(), 2);
        QCOMPARE(config->publicBase(8180), QStringLiteral("http://127.0.0.1:8180"));
    }

    void precedence_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("iniText");
        QTest::addColumn<bool>("iniThroughEnvironment");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("idleTimeout");

        const QString fileText = QStringLiteral("[node]\nport=9001\n[http]\nidle_timeout=11\n");
        QTest::newRow("default") << QStringList() << Environment() << QString() << false << 8180 << 30;
        QTest::newRow("INI over default") << QStringList() << Environment() << fileText << false << 9001 << 11;
        QTest::newRow("INI named by OCPI_CONFIG") << QStringList() << Environment() << fileText << true << 9001 << 11;
        QTest::newRow("environment over INI")
            << QStringList() << Environment{{"OCPI_PORT", "9002"}} << fileText << false << 9002 << 11;
        QTest::newRow("command line over environment and INI")
            << QStringList{"--port", "9003"} << Environment{{"OCPI_PORT", "9002"}, {"OCPI_IDLE_TIMEOUT", "12"}} << fileText
            << false << 9003 << 12;
        QTest::newRow("command line over INI") << QStringList{"--idle-timeout", "13"} << Environment() << fileText << false << 9001 << 13;
        QTest::newRow("environment only") << QStringList() << Environment{{"OCPI_PORT", "9004"}} << QString() << false << 9004 << 30;
        QTest::newRow("port 0 picks a free port") << QStringList{"--port", "0"} << Environment() << QString() << false << 0 << 30;
    }

    void precedence()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Environment, environment);
        QFETCH(QString, iniText);
        QFETCH(bool, iniThroughEnvironment);
        QFETCH(int, port);
        QFETCH(int, idleTimeout);
        const auto config = load(arguments, environment, iniText, iniThroughEnvironment);
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(int(config->port), port);
        QCOMPARE(config->idleTimeoutSeconds, idleTimeout);
    }

    void everySettingFromEachSource()
    {
        const QString fileText = QStringLiteral(
            "[node]\nlisten=0.0.0.0\npublic_url=https://ocpi.example.com/\ndb=/var/lib/ocpi/a.sqlite\n"
            "party=NL-TNM:CPO, DE-ABC:EMSP\nbusiness_name=The New Motion\n"
            "[ocpi]\npage_limit=50\nmax_clock_skew=60\n[http]\nmax_header_bytes=4096\nmax_body_bytes=65536\n"
            "[limits]\nmax_object_bytes=200000\nmax_evses=50\nmax_connectors=4\nmax_images=5\nmax_capabilities=6\n"
            "max_charging_periods=700\nmax_list_items=80\n"
            "[log]\nlevel=warning\nretention_rows=500\nbody_bytes=100\n[credentials]\ntoken_a_days=3\npartner_url_policy=public-only\n"
            "[partners]\ntimeout=4\nretry_max_delay=60\n[docs]\nswagger_ui_dir=/opt/swagger\n");
        const auto fromIni = load({}, {}, fileText);
        QVERIFY2(fromIni.ok(), qPrintable(fromIni.error().message));
        QCOMPARE(fromIni->listenAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(fromIni->publicUrl, QStringLiteral("https://ocpi.example.com")); // no trailing slash (TF-27)
        QCOMPARE(fromIni->publicBase(1234), QStringLiteral("https://ocpi.example.com"));
        QCOMPARE(fromIni->databasePath, QStringLiteral("/var/lib/ocpi/a.sqlite"));
        QCOMPARE(fromIni->parties.size(), 2);
        QCOMPARE(fromIni->parties.at(0).toString(), QStringLiteral("NL-TNM:CPO"));
        QCOMPARE(fromIni->parties.at(1).toString(), QStringLiteral("DE-ABC:EMSP"));
        QCOMPARE(fromIni->parties.at(0).businessName, QStringLiteral("The New Motion"));
        QVERIFY(!fromIni->partiesDefaulted);
        QCOMPARE(fromIni->pageLimit, 50);
        QCOMPARE(fromIni->maxHeaderBytes, qint64(4096));
        QCOMPARE(fromIni->maxBodyBytes, qint64(65536));
        QCOMPARE(fromIni->logLevel, QStringLiteral("warning"));
        QCOMPARE(fromIni->logRetentionRows, qint64(500));
        QCOMPARE(fromIni->logBodyBytes, qint64(100));
        QCOMPARE(fromIni->tokenALifetimeDays, 3);
        QCOMPARE(fromIni->partnerUrlPolicy, PartnerUrlPolicy::PublicOnly);
        QCOMPARE(fromIni->partnerTimeoutSeconds, 4);
        QCOMPARE(fromIni->retryMaxDelaySeconds, 60);
        QCOMPARE(fromIni->swaggerUiDir, QStringLiteral("/opt/swagger"));
        QCOMPARE(fromIni->objectLimits.maxObjectBytes, qint64(200000));
        QCOMPARE(fromIni->objectLimits.maxEvses, 50);
        QCOMPARE(fromIni->objectLimits.maxConnectors, 4);
        QCOMPARE(fromIni->objectLimits.maxImages, 5);
        QCOMPARE(fromIni->objectLimits.maxCapabilities, 6);
        QCOMPARE(fromIni->objectLimits.maxChargingPeriods, 700);
        QCOMPARE(fromIni->objectLimits.maxListItems, 80);
        QCOMPARE(fromIni->maxClockSkewSeconds, qint64(60));

        const auto fromEnv = load({}, {{"OCPI_PARTY", "BE-XYZ:HUB"}, {"OCPI_PAGE_LIMIT", "20"}, {"OCPI_LOG_LEVEL", "ERROR"},
                                       {"OCPI_DB", "/tmp/env.sqlite"}, {"OCPI_LISTEN", "::"}, {"OCPI_MAX_EVSES", "7"},
                                       {"OCPI_MAX_OBJECT_BYTES", "4096"}, {"OCPI_MAX_CLOCK_SKEW", "0"},
                                       {"OCPI_PARTNER_URL_POLICY", "any"}, {"OCPI_PARTNER_TIMEOUT", "2"}},
                                  fileText);
        QVERIFY2(fromEnv.ok(), qPrintable(fromEnv.error().message));
        QCOMPARE(fromEnv->parties.size(), 1); // the environment's list replaces the file's
        QCOMPARE(fromEnv->parties.first().toString(), QStringLiteral("BE-XYZ:HUB"));
        QCOMPARE(fromEnv->pageLimit, 20);
        QCOMPARE(fromEnv->logLevel, QStringLiteral("error"));
        QCOMPARE(fromEnv->databasePath, QStringLiteral("/tmp/env.sqlite"));
        QCOMPARE(fromEnv->maxBodyBytes, qint64(65536)); // not in the environment: from the file
        QCOMPARE(fromEnv->partnerUrlPolicy, PartnerUrlPolicy::Any);
        QCOMPARE(fromEnv->objectLimits.maxEvses, 7);
        QCOMPARE(fromEnv->objectLimits.maxObjectBytes, qint64(4096));
        QCOMPARE(fromEnv->objectLimits.maxConnectors, 4); // from the file
        QCOMPARE(fromEnv->maxClockSkewSeconds, qint64(0));
        QCOMPARE(fromEnv->partnerTimeoutSeconds, 2);
        QCOMPARE(fromEnv->retryMaxDelaySeconds, 60);

        const auto fromArgs = load({"--party", "NL-AAA:CPO", "--party", "nl-bbb:emsp", "--party", "NL-AAA:CPO",
                                    "--public-url", "http://10.0.0.1:8080", "--max-connectors", "8", "--max-images", "9",
                                    "--max-capabilities", "10", "--max-charging-periods", "11", "--max-list-items", "12",
                                    "--partner-url-policy", "public-only", "--retry-max-delay", "2", "--sim-speed", "60",
                                    "--reservations", "ON"},
                                   {{"OCPI_PARTY", "BE-XYZ:HUB"}}, fileText);
        QVERIFY2(fromArgs.ok(), qPrintable(fromArgs.error().message));
        QCOMPARE(fromArgs->parties.size(), 2); // repeatable, duplicates dropped
        QCOMPARE(fromArgs->parties.at(1).toString(), QStringLiteral("NL-BBB:EMSP"));
        QCOMPARE(fromArgs->publicBase(1), QStringLiteral("http://10.0.0.1:8080"));
        QCOMPARE(fromArgs->partnerUrlPolicy, PartnerUrlPolicy::PublicOnly);
        QCOMPARE(fromArgs->objectLimits.maxConnectors, 8);
        QCOMPARE(fromArgs->objectLimits.maxImages, 9);
        QCOMPARE(fromArgs->objectLimits.maxCapabilities, 10);
        QCOMPARE(fromArgs->objectLimits.maxChargingPeriods, 11);
        QCOMPARE(fromArgs->objectLimits.maxListItems, 12);
        QCOMPARE(fromArgs->objectLimits.maxEvses, 50); // from the file
        QCOMPARE(fromArgs->retryMaxDelaySeconds, 2);
        QCOMPARE(fromArgs->simSpeed, 60);
        QCOMPARE(fromEnv->simSpeed, 1); // the default
        QVERIFY(fromArgs->reservations);
        QVERIFY(!fromEnv->reservations); // off unless asked for
    }

    // Only --party is a list: other values keep their commas, from every source.
    void commasInSingleValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("iniText");
        QTest::newRow("command line") << QStringList{"--business-name", "Acme, Inc.", "--db", "/data/a,b.sqlite"}
                                      << Environment() << QString();
        QTest::newRow("environment") << QStringList()
                                     << Environment{{"OCPI_BUSINESS_NAME", "Acme, Inc."}, {"OCPI_DB", "/data/a,b.sqlite"}}
                                     << QString();
        QTest::newRow("INI file, quoted") << QStringList() << Environment()
                                          << "[node]\nbusiness_name=\"Acme, Inc.\"\ndb=\"/data/a,b.sqlite\"\n";
        // Unquoted, QSettings splits at the comma; the parts are joined again with ", ".
        QTest::newRow("INI file, unquoted") << QStringList() << Environment()
                                            << "[node]\nbusiness_name=Acme, Inc.\ndb=\"/data/a,b.sqlite\"\n";
    }

    void commasInSingleValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Environment, environment);
        QFETCH(QString, iniText);
        const auto config = load(arguments + QStringList{QStringLiteral("--party"), QStringLiteral("NL-TNM:CPO")},
                                 environment, iniText);
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->businessName, QStringLiteral("Acme, Inc."));
        QCOMPARE(config->parties.first().businessName, QStringLiteral("Acme, Inc."));
        QCOMPARE(config->databasePath, QStringLiteral("/data/a,b.sqlite"));
    }

    void publicBase_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("loopback") << "127.0.0.1" << "http://127.0.0.1:8443";
        QTest::newRow("any IPv4 -> loopback") << "0.0.0.0" << "http://127.0.0.1:8443";
        QTest::newRow("any IPv6 -> loopback") << "::" << "http://[::1]:8443";
        QTest::newRow("IPv6 address in brackets") << "::1" << "http://[::1]:8443";
        QTest::newRow("specific address") << "192.0.2.7" << "http://192.0.2.7:8443";
    }

    void publicBase()
    {
        QFETCH(QString, listen);
        QFETCH(QString, expected);
        const auto config = load({QStringLiteral("--listen"), listen}, {});
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->publicBase(8443), expected);
    }

    // Bad values are refused with a message that names the option.
    void badValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("iniText");
        QTest::addColumn<QString>("named");
        QTest::newRow("port not a number") << QStringList{"--port", "http"} << Environment() << QString() << "--port";
        QTest::newRow("port too large") << QStringList{"--port", "65536"} << Environment() << QString() << "--port";
        QTest::newRow("negative port") << QStringList{"--port", "-1"} << Environment() << QString() << "--port";
        QTest::newRow("bad port in the environment") << QStringList() << Environment{{"OCPI_PORT", "x"}} << QString() << "--port";
        QTest::newRow("bad port in the INI file") << QStringList() << Environment() << "[node]\nport=lots\n" << "--port";
        QTest::newRow("listen not an address") << QStringList{"--listen", "localhost"} << Environment() << QString() << "--listen";
        QTest::newRow("public URL without scheme") << QStringList{"--public-url", "ocpi.example.com"} << Environment() << QString()
                                                   << "--public-url";
        QTest::newRow("public URL ftp") << QStringList{"--public-url", "ftp://x.example.com"} << Environment() << QString()
                                        << "--public-url";
        QTest::newRow("party malformed") << QStringList{"--party", "NLTNM"} << Environment() << QString() << "--party";
        QTest::newRow("party role NSP not hosted") << QStringList{"--party", "NL-TNM:NSP"} << Environment() << QString() << "--party";
        QTest::newRow("party in the environment") << QStringList() << Environment{{"OCPI_PARTY", "NL-TNM:CPO,bad"}} << QString()
                                                  << "--party";
        QTest::newRow("page limit zero") << QStringList{"--page-limit", "0"} << Environment() << QString() << "--page-limit";
        QTest::newRow("header limit too small") << QStringList{"--max-header-bytes", "10"} << Environment() << QString()
                                                << "--max-header-bytes";
        QTest::newRow("body limit not a number") << QStringList{"--max-body-bytes", "2MB"} << Environment() << QString()
                                                 << "--max-body-bytes";
        QTest::newRow("idle timeout zero") << QStringList{"--idle-timeout", "0"} << Environment() << QString() << "--idle-timeout";
        QTest::newRow("header timeout zero") << QStringList{"--header-timeout", "0"} << Environment() << QString() << "--header-timeout";
        QTest::newRow("body timeout in the INI file not a number") << QStringList() << Environment()
                                                                   << QStringLiteral("[http]\nbody_timeout=soon\n") << "--body-timeout";
        QTest::newRow("max connections zero") << QStringList() << Environment{{"OCPI_MAX_CONNECTIONS", "0"}} << QString()
                                              << "--max-connections";
        QTest::newRow("max connections per client negative") << QStringList{"--max-connections-per-client", "-3"} << Environment()
                                                              << QString() << "--max-connections-per-client";
        QTest::newRow("log level unknown") << QStringList{"--log-level", "loud"} << Environment() << QString() << "--log-level";
        QTest::newRow("log retention too small") << QStringList{"--log-retention", "5"} << Environment() << QString()
                                                 << "--log-retention";
        QTest::newRow("token A days zero") << QStringList{"--token-a-days", "0"} << Environment() << QString() << "--token-a-days";
        QTest::newRow("partner URL policy unknown") << QStringList{"--partner-url-policy", "private"} << Environment()
                                                    << QString() << "--partner-url-policy";
        QTest::newRow("partner URL policy in the environment")
            << QStringList() << Environment{{"OCPI_PARTNER_URL_POLICY", "public"}} << QString() << "--partner-url-policy";
        QTest::newRow("object limit too small") << QStringList{"--max-object-bytes", "100"} << Environment() << QString()
                                                << "--max-object-bytes";
        QTest::newRow("EVSE limit zero") << QStringList{"--max-evses", "0"} << Environment() << QString() << "--max-evses";
        QTest::newRow("connector limit in the INI file") << QStringList() << Environment() << "[limits]\nmax_connectors=many\n"
                                                         << "--max-connectors";
        QTest::newRow("image limit negative") << QStringList{"--max-images", "-1"} << Environment() << QString() << "--max-images";
        QTest::newRow("capability limit too large") << QStringList{"--max-capabilities", "10000001"} << Environment() << QString()
                                                    << "--max-capabilities";
        QTest::newRow("charging period limit zero") << QStringList() << Environment{{"OCPI_MAX_CHARGING_PERIODS", "0"}} << QString()
                                                    << "--max-charging-periods";
        QTest::newRow("list limit not a number") << QStringList() << Environment{{"OCPI_MAX_LIST_ITEMS", "lots"}} << QString()
                                                 << "--max-list-items";
        QTest::newRow("clock skew negative") << QStringList{"--max-clock-skew", "-1"} << Environment() << QString()
                                             << "--max-clock-skew";
        QTest::newRow("partner timeout zero") << QStringList{"--partner-timeout", "0"} << Environment() << QString()
                                              << "--partner-timeout";
        QTest::newRow("retry max delay in the environment not a number")
            << QStringList() << Environment{{"OCPI_RETRY_MAX_DELAY", "5m"}} << QString() << "--retry-max-delay";
        QTest::newRow("simulation speed zero") << QStringList{"--sim-speed", "0"} << Environment() << QString() << "--sim-speed";
        QTest::newRow("reservations neither on nor off") << QStringList() << Environment{{"OCPI_RESERVATIONS", "yes"}} << QString()
                                                         << "--reservations";
        QTest::newRow("config file missing") << QStringList{"--config", "/nonexistent/ocpi.ini"} << Environment() << QString()
                                             << "/nonexistent/ocpi.ini";
    }

    void badValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Environment, environment);
        QFETCH(QString, iniText);
        QFETCH(QString, named);
        const auto config = load(arguments, environment, iniText);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().kind, ErrorKind::InvalidData);
        QVERIFY2(config.error().message.contains(named), qPrintable(config.error().message));
    }

    // A key the node does not know is refused, naming the file, the key and the key it most
    // likely meant: a misspelt setting must not leave the node quietly on its default.
    void unknownKeysAreRefused_data()
    {
        QTest::addColumn<QString>("iniText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("misspelt") << "[node]\nprot=9000\n" << "unknown key 'node/prot' (did you mean 'node/port'?)";
        QTest::newRow("wrong section") << "[http]\nport=9000\n" << "unknown key 'http/port' (did you mean 'node/port'?)";
        QTest::newRow("no section") << "partner_url_policy=public-only\n"
                                    << "unknown key 'partner_url_policy' (did you mean 'credentials/partner_url_policy'?)";
        QTest::newRow("nothing near") << "[node]\nport=9000\ncolour=blue\n" << "unknown key 'node/colour'";
        QTest::newRow("two at once") << "[node]\nprot=1\n[log]\nlevle=debug\n"
                                     << "unknown keys 'log/levle' (did you mean 'log/level'?), 'node/prot' (did you mean "
                                        "'node/port'?)";
    }

    void unknownKeysAreRefused()
    {
        QFETCH(QString, iniText);
        QFETCH(QString, expected);
        const auto config = load({}, {}, iniText);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().kind, ErrorKind::InvalidData);
        QVERIFY2(config.error().message.startsWith(QStringLiteral("configuration file %1/config-").arg(m_dir.path())),
                 qPrintable(config.error().message));
        QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
        if (!expected.contains(QLatin1String("did you mean")))
            QVERIFY2(!config.error().message.contains(QLatin1String("did you mean")), qPrintable(config.error().message));
    }

    // The README's example file is all known keys.
    void knownKeysAreAccepted()
    {
        const auto config = load({}, {}, QStringLiteral("[node]\nlisten=0.0.0.0\nport=8180\npublic_url=https://ocpi.example.com\n"
                                                        "party=NL-TNM:CPO, NL-TNM:EMSP\nbusiness_name=The New Motion\n"));
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QVERIFY(NodeConfig::knownKeys().contains(QStringLiteral("credentials/partner_url_policy")));
    }

    // Where each given setting came from, for messages that name the option to change.
    void originsNameTheSource()
    {
        const auto config = load({QStringLiteral("--port"), QStringLiteral("9000")},
                                 {{QStringLiteral("OCPI_PARTY"), QStringLiteral("NL-TNM:CPO")}},
                                 QStringLiteral("[log]\nlevel=debug\n"));
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->origins.value(QStringLiteral("port")), QStringLiteral("--port"));
        QCOMPARE(config->origins.value(QStringLiteral("party")), QStringLiteral("OCPI_PARTY"));
        QVERIFY(config->origins.value(QStringLiteral("log-level")).startsWith(QStringLiteral("log/level in ")));
        QVERIFY(!config->isGiven(QStringLiteral("public-url")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
