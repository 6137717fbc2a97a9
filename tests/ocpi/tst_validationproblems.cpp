#include "jsonedit.h"
#include "ocpi/validator.h"

#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

QStringList described(const QList<ValidationProblem> &problems)
{
    QStringList lines;
    for (const ValidationProblem &problem : problems)
        lines.append(problem.path + QLatin1String(" | ") + problem.message);
    return lines;
}

QJsonValue withEdits(QJsonValue value, const QList<std::pair<const char *, const char *>> &edits)
{
    for (const auto &edit : edits)
        value = edited(value, QString::fromLatin1(edit.first), QString::fromLatin1(edit.second));
    return value;
}

} // namespace

// validationProblems: every problem of an object at once (the console's forms, `import`), each with
// its path, while validateObject still stops at the first.
class TestValidationProblems : public QObject
{
    Q_OBJECT

private slots:
    void validObjectHasNone()
    {
        QVERIFY(validationProblems(QStringLiteral("Location"), fixture(QStringLiteral("locations/location_full.json"))).isEmpty());
        QVERIFY(validationProblems(QStringLiteral("Tariff"), fixture(QStringLiteral("tariffs/tariff_full.json"))).isEmpty());
        QVERIFY(validationProblems(QStringLiteral("Token"), fixture(QStringLiteral("tokens/token_rfid_full.json"))).isEmpty());
    }

    void everyBrokenFieldIsReported()
    {
        const QJsonValue location = withEdits(fixture(QStringLiteral("locations/location_2x2.json")),
                                              {{"time_zone", "<remove>"},
                                               {"coordinates.latitude", R"("52.1")"},
                                               {"evses[0].status", R"("BROKEN")"},
                                               {"evses[1].connectors[0].max_voltage", "<remove>"},
                                               {"evses[1].connectors[1].max_amperage", R"("16")"}});
        const QStringList expected{
            QStringLiteral("coordinates.latitude | \"52.1\" is not a latitude: degrees with 5 to 7 decimals, e.g. 52.37403"),
            QStringLiteral("time_zone | required field is missing"),
            QStringLiteral("evses[0].status | \"BROKEN\" is not a valid Status"),
            QStringLiteral("evses[1].connectors[0].max_voltage | required field is missing"),
            QStringLiteral("evses[1].connectors[1].max_amperage | expected int, got string"),
        };
        QStringList actual = described(validationProblems(QStringLiteral("Location"), location));
        QStringList sortedExpected = expected;
        actual.sort();
        sortedExpected.sort();
        QCOMPARE(actual, sortedExpected);
        // The partners' path is unchanged: the first problem only, in specification order.
        const auto first = validateObject(QStringLiteral("Location"), location);
        QVERIFY(!first);
        QString firstLine = first.error().message;
        firstLine.replace(firstLine.indexOf(QLatin1String(": ")), 2, QLatin1String(" | "));
        QVERIFY2(expected.contains(firstLine), qPrintable(first.error().message));
    }

    void anObjectsRulesWaitForItsFields()
    {
        // Token: "type required when uid is given" is a rule of the object; a broken field comes
        // first, and the rule is reported once the fields are valid.
        const QJsonValue broken = withEdits(fixture(QStringLiteral("tokens/token_rfid_full.json")),
                                            {{"whitelist", R"("SOMETIMES")"}, {"valid", R"("yes")"}});
        QCOMPARE(validationProblems(QStringLiteral("Token"), broken).size(), 2);
    }

    void notAnObject()
    {
        const auto problems = validationProblems(QStringLiteral("Tariff"), QJsonValue(QStringLiteral("tariff")));
        QCOMPARE(described(problems), QStringList{QStringLiteral(" | expected object, got string")});
    }
};

QTEST_GUILESS_MAIN(TestValidationProblems)
#include "tst_validationproblems.moc"
