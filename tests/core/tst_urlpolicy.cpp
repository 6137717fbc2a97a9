#include "client/urlguard.h"
#include "client/urlpolicy.h"

#include <QTest>

using namespace ocpi;

Q_DECLARE_METATYPE(ocpi::AddressScope)

// --partner-url-policy (hardening issue item 5): which addresses count as public, and the check
// that holds partner URLs against the policy before any request is made.
class TestUrlPolicy : public QObject
{
    Q_OBJECT

private:
    // The guard's answer, waiting for a lookup when one is needed.
    static Status check(PartnerUrlPolicy policy, const QStringList &urls)
    {
        UrlGuard guard;
        guard.setPolicy(policy);
        std::optional<Status> outcome;
        guard.check(urls, [&](Status status) { outcome = std::move(status); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Error::internal(QStringLiteral("no answer"));
        return *outcome;
    }

private slots:
    void classifyAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressScope>("scope");
        const auto row = [](const char *address, AddressScope scope) {
            QTest::newRow(address) << QString::fromLatin1(address) << scope;
        };
        row("8.8.8.8", AddressScope::Public);
        row("93.184.216.34", AddressScope::Public);
        row("172.15.255.255", AddressScope::Public);   // just below 172.16/12
        row("172.32.0.1", AddressScope::Public);       // just above it
        row("100.63.255.255", AddressScope::Public);   // just below 100.64/10
        row("100.128.0.1", AddressScope::Public);      // just above it
        row("192.169.0.1", AddressScope::Public);
        row("0.0.0.0", AddressScope::Unspecified);
        row("0.1.2.3", AddressScope::Unspecified);
        row("127.0.0.1", AddressScope::Loopback);
        row("127.255.255.254", AddressScope::Loopback);
        row("10.0.0.1", AddressScope::Private);
        row("10.255.255.255", AddressScope::Private);
        row("172.16.0.1", AddressScope::Private);
        row("172.31.255.255", AddressScope::Private);
        row("192.168.1.1", AddressScope::Private);
        row("100.64.0.1", AddressScope::SharedCgnat);
        row("100.127.255.255", AddressScope::SharedCgnat);
        row("169.254.169.254", AddressScope::LinkLocal); // cloud metadata
        row("224.0.0.1", AddressScope::Multicast);
        row("239.255.255.250", AddressScope::Multicast);
        row("240.0.0.1", AddressScope::Reserved);
        row("255.255.255.255", AddressScope::Reserved);
        row("2001:4860:4860::8888", AddressScope::Public);
        row("2a00:1450:4001:82b::200e", AddressScope::Public);
        row("::", AddressScope::Unspecified);
        row("::1", AddressScope::Loopback);
        row("fc00::1", AddressScope::Private);
        row("fd12:3456:789a::1", AddressScope::Private);
        row("fec0::1", AddressScope::Private);
        row("fe80::1", AddressScope::LinkLocal);
        row("febf:ffff::1", AddressScope::LinkLocal);
        row("ff02::1", AddressScope::Multicast);
        row("::ffff:127.0.0.1", AddressScope::Loopback);
        row("::ffff:10.1.2.3", AddressScope::Private);
        row("::ffff:169.254.169.254", AddressScope::LinkLocal);
        row("::ffff:100.64.0.1", AddressScope::SharedCgnat);
        row("::ffff:0.0.0.0", AddressScope::Unspecified);
        row("::ffff:8.8.8.8", AddressScope::Public);
        row("::127.0.0.1", AddressScope::Loopback);        // deprecated IPv4-compatible form
        row("64:ff9b::10.0.0.1", AddressScope::Private);  // NAT64
        row("64:ff9b::8.8.8.8", AddressScope::Public);
        row("not an address", AddressScope::Invalid);
    }

    void classifyAddress()
    {
        QFETCH(QString, address);
        QFETCH(AddressScope, scope);
        QCOMPARE(addressScopeName(ocpi::classifyAddress(QHostAddress(address))), addressScopeName(scope));
    }

    void parsePolicy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("policy");
        QTest::newRow("any") << "any" << true << int(PartnerUrlPolicy::Any);
        QTest::newRow("public-only") << "public-only" << true << int(PartnerUrlPolicy::PublicOnly);
        QTest::newRow("upper case") << "PUBLIC-ONLY" << true << int(PartnerUrlPolicy::PublicOnly);
        QTest::newRow("underscore") << "public_only" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
    }

    void parsePolicy()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, policy);
        const auto parsed = parsePartnerUrlPolicy(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(int(*parsed), policy);
            QCOMPARE(partnerUrlPolicyName(*parsed), text.toLower());
        }
    }

    void guard_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("urls");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        const int any = int(PartnerUrlPolicy::Any);
        const int publicOnly = int(PartnerUrlPolicy::PublicOnly);
        QTest::newRow("any allows loopback") << any << QStringList{"http://127.0.0.1:8180/ocpi/versions"} << QString();
        QTest::newRow("public literal") << publicOnly << QStringList{"https://93.184.216.34/ocpi/versions"} << QString();
        QTest::newRow("public IPv6 literal") << publicOnly << QStringList{"https://[2001:4860:4860::8888]/v"} << QString();
        QTest::newRow("loopback literal") << publicOnly << QStringList{"http://127.0.0.1:8180/ocpi/versions"}
                                          << "leads to 127.0.0.1 (loopback)";
        QTest::newRow("IPv6 loopback") << publicOnly << QStringList{"http://[::1]:8180/v"} << "(loopback)";
        QTest::newRow("mapped private") << publicOnly << QStringList{"http://[::ffff:192.168.0.10]/v"} << "(private)";
        QTest::newRow("metadata service") << publicOnly << QStringList{"http://169.254.169.254/latest/meta-data"}
                                          << "(link-local)";
        // Through the resolver: names and the short numeric forms getaddrinfo accepts.
        QTest::newRow("localhost by name") << publicOnly << QStringList{"http://localhost:8180/v"} << "(loopback)";
        QTest::newRow("decimal integer host") << publicOnly << QStringList{"http://2130706433/v"} << "(loopback)";
        QTest::newRow("one private among public")
            << publicOnly << QStringList{"https://93.184.216.34/credentials", "http://10.0.0.7/locations"}
            << "http://10.0.0.7/locations leads to 10.0.0.7 (private)";
        QTest::newRow("no host") << publicOnly << QStringList{"file:///etc/passwd"} << "names no host";
        QTest::newRow("nothing to check") << publicOnly << QStringList() << QString();
    }

    void guard()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, urls);
        QFETCH(QString, refusal);
        const Status status = check(PartnerUrlPolicy(policy), urls);
        if (refusal.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.error().message));
            return;
        }
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::PartnerUnreachable); // a failed handshake: 3001
        QVERIFY2(status.error().message.contains(QStringLiteral("--partner-url-policy public-only")),
                 qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(refusal), qPrintable(status.error().message));
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
