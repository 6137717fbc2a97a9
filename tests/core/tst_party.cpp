#include "ocpi/party.h"
#include "ocpi/versionnumber.h"

#include <QTest>

using namespace ocpi;

Q_DECLARE_METATYPE(std::optional<QString>)

// GEN-03 (CiString ids), GEN-12 (Role enum), VER-10/PIT-15 (semantic version comparison).
class TestParty : public QObject
{
    Q_OBJECT

private slots:
    void partyId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("countryCode");
        QTest::addColumn<QString>("partyId");
        QTest::newRow("upper case") << "NL-TNM" << true << "NL" << "TNM";
        QTest::newRow("GEN-03 lower case normalised to upper") << "nl-tnm" << true << "NL" << "TNM";
        QTest::newRow("mixed case") << "De-aBc" << true << "DE" << "ABC";
        QTest::newRow("digits allowed") << "NL-T1M" << true << "NL" << "T1M";
        QTest::newRow("party id too short") << "NL-TN" << false << "" << "";
        QTest::newRow("party id too long") << "NL-TNMX" << false << "" << "";
        QTest::newRow("country alpha-3 refused") << "NLD-TNM" << false << "" << "";
        QTest::newRow("no dash") << "NLTNM" << false << "" << "";
        QTest::newRow("underscore separator") << "NL_TNM" << false << "" << "";
        QTest::newRow("punctuation in id") << "NL-T*M" << false << "" << "";
        QTest::newRow("non-ASCII letter") << "NL-TÖM" << false << "" << "";
        QTest::newRow("space") << "NL- TN" << false << "" << "";
        QTest::newRow("empty") << "" << false << "" << "";
    }

    void partyId()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, countryCode);
        QFETCH(QString, partyId);
        const auto parsed = PartyId::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(parsed->countryCode, countryCode);
        QCOMPARE(parsed->partyId, partyId);
        QVERIFY(parsed->isValid());
        QCOMPARE(parsed->toString(), countryCode + QLatin1Char('-') + partyId);
        // GEN-03: compared case-insensitively, because both sides are normalised.
        QCOMPARE(*parsed, PartyId::of(countryCode.toLower(), partyId.toLower()));
    }

    void partyRole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("CPO") << "NL-TNM:CPO" << true << "NL-TNM:CPO";
        QTest::newRow("EMSP") << "DE-ABC:EMSP" << true << "DE-ABC:EMSP";
        QTest::newRow("HUB") << "NL-HUB:HUB" << true << "NL-HUB:HUB";
        QTest::newRow("lower case on the command line") << "nl-tnm:cpo" << true << "NL-TNM:CPO";
        QTest::newRow("unknown role") << "NL-TNM:XYZ" << false << "";
        QTest::newRow("role missing") << "NL-TNM" << false << "";
        QTest::newRow("empty role") << "NL-TNM:" << false << "";
        QTest::newRow("bad party") << "NLD-TNM:CPO" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void partyRole()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        const auto parsed = PartyRole::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(parsed->toString(), normalised);
    }

    // GEN-12 / GEN-01: every Role round-trips; wire values are matched case-sensitively.
    void roles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const char *name : {"CPO", "EMSP", "HUB", "NAP", "NSP", "OTHER", "SCSP"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        QTest::newRow("GEN-01 lower case is not an enum value") << "cpo" << false;
        QTest::newRow("MSP is not a role") << "MSP" << false;
        QTest::newRow("empty") << "" << false;
    }

    void roles()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto role = parseRole(text);
        QCOMPARE(role.has_value(), valid);
        if (valid)
            QCOMPARE(roleName(*role), text);
    }

    void holdsParty()
    {
        const QList<PartyRole> roles = {*PartyRole::parse(u"NL-TNM:CPO"), *PartyRole::parse(u"NL-TNM:EMSP"),
                                        *PartyRole::parse(u"DE-ABC:EMSP")};
        QVERIFY(ocpi::holdsParty(roles, PartyId::of(QStringLiteral("nl"), QStringLiteral("tnm"))));
        QVERIFY(ocpi::holdsParty(roles, *PartyId::parse(u"DE-ABC"), Role::EMSP));
        QVERIFY(!ocpi::holdsParty(roles, *PartyId::parse(u"DE-ABC"), Role::CPO));
        QVERIFY(!ocpi::holdsParty(roles, *PartyId::parse(u"BE-XYZ")));
        QCOMPARE(findRole(roles, Role::EMSP)->party.toString(), QStringLiteral("NL-TNM"));
        QVERIFY(!findRole(roles, Role::HUB));
    }

    // VER-10: semantic, not lexical.
    void compareVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("2.2.1 > 2.2") << "2.2.1" << "2.2" << 1;
        QTest::newRow("2.2 > 2.1.1") << "2.2" << "2.1.1" << 1;
        QTest::newRow("2.1.1 > 2.0") << "2.1.1" << "2.0" << 1;
        QTest::newRow("2.1.1 < 2.2.1") << "2.1.1" << "2.2.1" << -1;
        QTest::newRow("equal") << "2.2.1" << "2.2.1" << 0;
        QTest::newRow("2.10 > 2.9 (lexically smaller)") << "2.10" << "2.9" << 1;
        QTest::newRow("3.0 > 2.2.1") << "3.0" << "2.2.1" << 1;
        QTest::newRow("2.2 < 2.2.1") << "2.2" << "2.2.1" << -1;
    }

    void compareVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(ocpi::compareVersions(a, b), expected);
        QCOMPARE(ocpi::compareVersions(b, a), -expected);
    }

    void highestMutualVersion_data()
    {
        QTest::addColumn<QStringList>("ours");
        QTest::addColumn<QStringList>("theirs");
        QTest::addColumn<std::optional<QString>>("expected");
        const QStringList ours = {QStringLiteral("2.2.1")};
        QTest::newRow("VER-10 highest of theirs we speak")
            << QStringList{"2.1.1", "2.2.1"} << QStringList{"2.1.1", "2.2", "2.2.1"} << std::optional<QString>("2.2.1");
        QTest::newRow("order of their list does not matter")
            << QStringList{"2.1.1", "2.2.1"} << QStringList{"2.2.1", "2.1.1"} << std::optional<QString>("2.2.1");
        QTest::newRow("semantic, not lexical")
            << QStringList{"2.2", "2.10"} << QStringList{"2.2", "2.10"} << std::optional<QString>("2.10");
        QTest::newRow("only an older common version")
            << QStringList{"2.1.1", "2.2.1"} << QStringList{"2.0", "2.1.1"} << std::optional<QString>("2.1.1");
        QTest::newRow("nothing in common") << ours << QStringList{"2.1.1", "2.2"} << std::optional<QString>();
        QTest::newRow("they list nothing") << ours << QStringList{} << std::optional<QString>();
    }

    void highestMutualVersion()
    {
        QFETCH(QStringList, ours);
        QFETCH(QStringList, theirs);
        QFETCH(std::optional<QString>, expected);
        QCOMPARE(ocpi::highestMutualVersion(ours, theirs), expected);
    }

    void ourVersion()
    {
        QCOMPARE(kOcpiVersion, QStringLiteral("2.2.1")); // VER-03
    }
};

QTEST_GUILESS_MAIN(TestParty)
#include "tst_party.moc"
