#include "pricing/tariffsummary.h"

#include <QJsonDocument>
#include <QTest>

using namespace ocpi::pricing;

namespace {

QJsonObject tariff(const char *elementsAndMore)
{
    const QByteArray text = QByteArray(R"({"id":"T1","currency":"EUR",)") + elementsAndMore + "}";
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test tariff: %s", qPrintable(error.errorString()));
    return object;
}

} // namespace

class TstTariffSummary : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void numbersFollowTheLocale();
    void unreadableTariffSaysSo();
};

void TstTariffSummary::summary_data()
{
    QTest::addColumn<QJsonObject>("tariff");
    QTest::addColumn<QString>("expected");

    QTest::newRow("energy and start fee, no VAT given")
        << tariff(R"("elements":[{"price_components":[{"type":"ENERGY","price":0.30,"step_size":1},
                                                      {"type":"FLAT","price":1.0,"step_size":1}]}])")
        << QStringLiteral("0.30 €/kWh + 1.00 € start, no VAT");
    QTest::newRow("one VAT rate everywhere")
        << tariff(R"("elements":[{"price_components":[{"type":"ENERGY","price":0.25,"vat":21.0,"step_size":1}]},
                                 {"price_components":[{"type":"PARKING_TIME","price":1.2,"vat":21.0,"step_size":60}]}])")
        << QStringLiteral("0.25 €/kWh + 1.20 €/h parking, excl. 21 % VAT");
    QTest::newRow("more decimals kept, time priced")
        << tariff(R"("elements":[{"price_components":[{"type":"TIME","price":2.125,"vat":10,"step_size":1},
                                                      {"type":"ENERGY","price":0.295,"vat":20,"step_size":1}]}])")
        << QStringLiteral("0.295 €/kWh + 2.125 €/h charging, excl. VAT");
    QTest::newRow("prices by time of day are a range")
        << tariff(R"("elements":[{"price_components":[{"type":"ENERGY","price":0.40,"step_size":1}],
                                  "restrictions":{"start_time":"17:00","end_time":"21:00"}},
                                 {"price_components":[{"type":"ENERGY","price":0.28,"step_size":1}]}])")
        << QStringLiteral("0.28–0.40 €/kWh, varies by time or use, no VAT");
    QTest::newRow("min, max and a reservation element")
        << tariff(R"("min_price":{"excl_vat":2.0,"incl_vat":2.42},"max_price":{"excl_vat":30,"incl_vat":36.3},
                     "elements":[{"price_components":[{"type":"FLAT","price":3.0,"step_size":1}],
                                  "restrictions":{"reservation":"RESERVATION"}},
                                 {"price_components":[{"type":"ENERGY","price":0.35,"step_size":1}]}])")
        << QStringLiteral("0.35 €/kWh, min 2.00 €, max 30.00 €, reservation priced apart, no VAT");
    QTest::newRow("free of charge (TAR-08)")
        << tariff(R"("elements":[{"price_components":[{"type":"FLAT","price":0,"step_size":1}]}])")
        << QStringLiteral("free of charge");
}

void TstTariffSummary::summary()
{
    QFETCH(QJsonObject, tariff);
    QFETCH(QString, expected);
    QCOMPARE(tariffPriceSummary(tariff, QLocale::c()), expected);
}

void TstTariffSummary::numbersFollowTheLocale()
{
    QJsonObject swiss = tariff(R"("elements":[{"price_components":[{"type":"ENERGY","price":0.5,"step_size":1}]}])");
    swiss.insert(QStringLiteral("currency"), QStringLiteral("CHF"));
    QCOMPARE(tariffPriceSummary(swiss, QLocale::c()), QStringLiteral("0.50 CHF/kWh, no VAT"));
    const QJsonObject euro = tariff(R"("elements":[{"price_components":[{"type":"ENERGY","price":0.3,"step_size":1}]}])");
    QCOMPARE(tariffPriceSummary(euro, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("0,30 €/kWh, no VAT"));
}

void TstTariffSummary::unreadableTariffSaysSo()
{
    const QJsonObject broken = tariff(R"("elements":[{"price_components":[{"type":"VOLTS","price":1,"step_size":1}]}])");
    QVERIFY2(tariffPriceSummary(broken, QLocale::c()).startsWith(QStringLiteral("(unreadable tariff:")),
             qPrintable(tariffPriceSummary(broken, QLocale::c())));
}

QTEST_GUILESS_MAIN(TstTariffSummary)
#include "tst_tariffsummary.moc"
