#include "core/clock.h"
#include "http/dispatcher.h"
#include "http/responses.h"
#include "http/routingheaders.h"
#include "modules/versions/versionsroutes.h"
#include "support/testsupport.h"

#include <QJsonObject>
#include <QTest>

using namespace ocpi;

Q_DECLARE_METATYPE(ocpi::HeaderList)

namespace {

// Callers by token, for dispatcher tests that are about routing rather than authentication.
class FakeCallers final : public CallerDirectory
{
public:
    QHash<QString, Caller> callers;
    std::optional<Caller> identify(const QString &token) override
    {
        const auto found = callers.constFind(token);
        return found == callers.constEnd() ? std::nullopt : std::optional<Caller>(*found);
    }
    void noteEncoding(const Caller &, TokenEncoding) override {}
};

PartyRole party(const char *text)
{
    return *PartyRole::parse(QString::fromLatin1(text));
}

QString partyText(const std::optional<PartyId> &id)
{
    return id ? id->toString() : QStringLiteral("-");
}

} // namespace

// RT-01..04, RT-10, PIT-10: OCPI-to/from-* headers.
class TestRoutingHeaders : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{test::fixedNow()};
    FakeCallers m_callers;
    Router m_router;
    std::unique_ptr<Dispatcher> m_dispatcher;

    HttpResponse call(const QByteArray &method, const QString &path, const HeaderList &headers)
    {
        HttpRequest request;
        request.method = method;
        request.path = path;
        request.segments = HttpRequest::splitPath(path);
        request.headers = headers;
        std::optional<HttpResponse> answer;
        m_dispatcher->dispatch(request, [&answer](HttpResponse response) { answer = std::move(response); });
        if (!answer)
            qFatal("synchronous route did not answer");
        return *answer;
    }

private slots:
    void initTestCase()
    {
        Caller single;
        single.partnerId = 1;
        single.name = QStringLiteral("single");
        single.roles = {party("DE-ABC:EMSP")};
        m_callers.callers.insert(QStringLiteral("single-party-token"), single);
        Caller multi;
        multi.partnerId = 2;
        multi.name = QStringLiteral("multi");
        multi.roles = {party("BE-ONE:EMSP"), party("BE-TWO:EMSP")};
        m_callers.callers.insert(QStringLiteral("two-party-token"), multi);

        versions::mount(m_router);
        // A functional module route that reports whom the dispatcher resolved.
        Route locations;
        locations.method = "GET";
        locations.pattern = QStringLiteral("/ocpi/cpo/2.2.1/locations");
        locations.module = QStringLiteral("locations");
        locations.servedRole = Role::CPO;
        m_router.addSync(locations, [](const RouteCall &c) {
            return reply::json(QJsonObject{{QStringLiteral("our"), c.ourParty ? c.ourParty->party.toString() : QStringLiteral("-")},
                                           {QStringLiteral("from"), partyText(c.fromParty)}},
                               c.now);
        });

        DispatchSettings settings;
        settings.publicBase = QStringLiteral("http://127.0.0.1:1");
        // RT-04: this platform hosts two CPOs and two eMSPs (NL-EMS only as eMSP).
        settings.parties = {party("NL-TNM:CPO"), party("NL-XYZ:CPO"), party("NL-TNM:EMSP"), party("NL-EMS:EMSP")};
        m_dispatcher = std::make_unique<Dispatcher>(m_router, &m_callers, nullptr, m_clock, settings);
    }

    void parse_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("from");
        QTest::newRow("RT-10 none") << HeaderList{} << true << "-" << "-";
        QTest::newRow("RT-03 both pairs")
            << HeaderList{{"OCPI-to-country-code", "NL"}, {"OCPI-to-party-id", "TNM"},
                          {"OCPI-from-country-code", "DE"}, {"OCPI-from-party-id", "ABC"}}
            << true << "NL-TNM" << "DE-ABC";
        QTest::newRow("TF-03 header names in any case")
            << HeaderList{{"ocpi-to-country-code", "NL"}, {"OCPI-TO-PARTY-ID", "TNM"}} << true << "NL-TNM" << "-";
        QTest::newRow("GEN-03 values are CiStrings")
            << HeaderList{{"OCPI-from-country-code", "de"}, {"OCPI-from-party-id", "aBc"}} << true << "-" << "DE-ABC";
        QTest::newRow("whitespace around values")
            << HeaderList{{"OCPI-to-country-code", " NL "}, {"OCPI-to-party-id", "TNM "}} << true << "NL-TNM" << "-";
        QTest::newRow("PIT-10 half a pair (party only)") << HeaderList{{"OCPI-to-party-id", "TNM"}} << false << "to" << "";
        QTest::newRow("PIT-10 half a pair (country only)") << HeaderList{{"OCPI-from-country-code", "DE"}} << false << "from" << "";
        QTest::newRow("alpha-3 country") << HeaderList{{"OCPI-to-country-code", "NLD"}, {"OCPI-to-party-id", "TNM"}}
                                         << false << "to" << "";
        QTest::newRow("party id too long") << HeaderList{{"OCPI-from-country-code", "DE"}, {"OCPI-from-party-id", "ABCD"}}
                                           << false << "from" << "";
        QTest::newRow("punctuation") << HeaderList{{"OCPI-to-country-code", "N-"}, {"OCPI-to-party-id", "TNM"}}
                                     << false << "to" << "";
    }

    void parse()
    {
        QFETCH(HeaderList, headers);
        QFETCH(bool, valid);
        QFETCH(QString, to);
        QFETCH(QString, from);
        HttpRequest request;
        request.headers = headers;
        const auto parsed = RoutingHeaders::parse(request);
        QCOMPARE(parsed.ok(), valid);
        if (!valid) {
            QCOMPARE(parsed.error().kind, ErrorKind::InvalidData);
            // `to` holds the direction the message must name.
            QVERIFY2(parsed.error().message.contains(QStringLiteral("OCPI-%1-country-code").arg(to)),
                     qPrintable(parsed.error().message));
            return;
        }
        QCOMPARE(partyText(parsed->to), to);
        QCOMPARE(partyText(parsed->from), from);
    }

    void set()
    {
        HttpResponse response;
        RoutingHeaders::set(response, PartyId::of(QStringLiteral("DE"), QStringLiteral("ABC")),
                            PartyId::of(QStringLiteral("NL"), QStringLiteral("TNM")));
        const HeaderList expected = {{"OCPI-to-country-code", "DE"}, {"OCPI-to-party-id", "ABC"},
                                     {"OCPI-from-country-code", "NL"}, {"OCPI-from-party-id", "TNM"}};
        QCOMPARE(response.headers, expected);
        HttpResponse none;
        RoutingHeaders::set(none, std::nullopt, std::nullopt);
        QVERIFY(none.headers.isEmpty());
    }

    void functionalModules_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<bool>("functional");
        for (const char *m : {"locations", "sessions", "cdrs", "tariffs", "tokens", "commands", "chargingprofiles"})
            QTest::newRow(m) << QString::fromLatin1(m) << true;
        QTest::newRow("RT-02 versions") << "versions" << false;
        QTest::newRow("RT-02 credentials") << "credentials" << false;
        QTest::newRow("RT-02 hubclientinfo") << "hubclientinfo" << false;
        QTest::newRow("not OCPI (health, docs)") << "" << false;
    }

    void functionalModules()
    {
        QFETCH(QString, module);
        QFETCH(bool, functional);
        QCOMPARE(isFunctionalModule(module), functional);
    }

    // Through the dispatcher: who answers, and which headers the response carries.
    void dispatch_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("our");        // hosted party the handler saw
        QTest::addColumn<QString>("from");       // calling party the handler saw
        QTest::addColumn<HeaderList>("echoed");  // OCPI-* headers on the response

        const HeaderList toCaller = {{"OCPI-to-country-code", "DE"}, {"OCPI-to-party-id", "ABC"},
                                     {"OCPI-from-country-code", "NL"}, {"OCPI-from-party-id", "TNM"}};
        QTest::newRow("RT-10 single-party caller without headers")
            << "single-party-token" << HeaderList{} << 200 << 1000 << "NL-TNM" << "DE-ABC" << toCaller;
        QTest::newRow("RT-03 full headers are mirrored")
            << "single-party-token"
            << HeaderList{{"OCPI-to-country-code", "NL"}, {"OCPI-to-party-id", "TNM"},
                          {"OCPI-from-country-code", "DE"}, {"OCPI-from-party-id", "ABC"}}
            << 200 << 1000 << "NL-TNM" << "DE-ABC" << toCaller;
        QTest::newRow("RT-04 OCPI-to picks the second hosted CPO")
            << "single-party-token" << HeaderList{{"ocpi-to-country-code", "nl"}, {"ocpi-to-party-id", "xyz"}}
            << 200 << 1000 << "NL-XYZ" << "DE-ABC"
            << HeaderList{{"OCPI-to-country-code", "DE"}, {"OCPI-to-party-id", "ABC"},
                          {"OCPI-from-country-code", "NL"}, {"OCPI-from-party-id", "XYZ"}};
        QTest::newRow("RT-04 OCPI-to a party we host in another role only")
            << "single-party-token" << HeaderList{{"OCPI-to-country-code", "NL"}, {"OCPI-to-party-id", "EMS"}}
            << 404 << 2000 << "" << "" << HeaderList{};
        QTest::newRow("RT-04 OCPI-to a party we do not host")
            << "single-party-token" << HeaderList{{"OCPI-to-country-code", "FR"}, {"OCPI-to-party-id", "NOP"}}
            << 404 << 2000 << "" << "" << HeaderList{};
        QTest::newRow("TF-06 OCPI-from a party the token does not hold")
            << "single-party-token" << HeaderList{{"OCPI-from-country-code", "FR"}, {"OCPI-from-party-id", "NOP"}}
            << 404 << 2000 << "" << "" << HeaderList{};
        QTest::newRow("PIT-10 half a pair -> 2001")
            << "single-party-token" << HeaderList{{"OCPI-from-party-id", "ABC"}} << 200 << 2001 << "" << "" << HeaderList{};
        QTest::newRow("two-party caller names itself")
            << "two-party-token" << HeaderList{{"OCPI-from-country-code", "BE"}, {"OCPI-from-party-id", "TWO"}}
            << 200 << 1000 << "NL-TNM" << "BE-TWO"
            << HeaderList{{"OCPI-to-country-code", "BE"}, {"OCPI-to-party-id", "TWO"},
                          {"OCPI-from-country-code", "NL"}, {"OCPI-from-party-id", "TNM"}};
        QTest::newRow("two-party caller without headers: caller unknown")
            << "two-party-token" << HeaderList{} << 200 << 1000 << "NL-TNM" << "-"
            << HeaderList{{"OCPI-from-country-code", "NL"}, {"OCPI-from-party-id", "TNM"}};
    }

    void dispatch()
    {
        QFETCH(QString, token);
        QFETCH(HeaderList, headers);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, our);
        QFETCH(QString, from);
        QFETCH(HeaderList, echoed);
        headers.append({"Authorization", test::tokenHeader(token)});
        const HttpResponse response = call("GET", QStringLiteral("/ocpi/cpo/2.2.1/locations"), headers);
        QCOMPARE(response.status, httpStatus);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(QStringLiteral("status_code")).toInt(), ocpiStatus);
        if (ocpiStatus == 1000) {
            QCOMPARE(body.value(QStringLiteral("data")).toObject(),
                     (QJsonObject{{QStringLiteral("our"), our}, {QStringLiteral("from"), from}}));
        }
        HeaderList routing;
        for (const auto &header : response.headers) {
            if (header.first.startsWith("OCPI-"))
                routing.append(header);
        }
        QCOMPARE(routing, echoed);
    }

    // RT-02/PIT-10: configuration modules never carry routing headers, even when the request did.
    void versionsHaveNoRoutingHeaders()
    {
        const HttpResponse response =
            call("GET", QStringLiteral("/ocpi/versions"),
                 {{"Authorization", test::tokenHeader(QStringLiteral("single-party-token"))},
                  {"OCPI-to-country-code", "NL"}, {"OCPI-to-party-id", "TNM"},
                  {"OCPI-from-country-code", "DE"}, {"OCPI-from-party-id", "ABC"}});
        QCOMPARE(response.status, 200);
        for (const auto &header : response.headers)
            QVERIFY2(!header.first.toLower().startsWith("ocpi-"), header.first.constData());
    }
};

QTEST_GUILESS_MAIN(TestRoutingHeaders)
#include "tst_routingheaders.moc"
