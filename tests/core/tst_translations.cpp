#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

// Qt Linguist is wired end to end: the .ts files are compiled to .qm, embedded as resources and
// installed for the system locale.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void pageTitlesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("traffic");
        QTest::addColumn<QString>("locations");
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<QString>("exchanges");
        QTest::newRow("German") << "de_DE" << "Datenverkehr" << "Standorte" << "%1 Eintrag" << "%1 Einträge";
        QTest::newRow("Dutch") << "nl_NL" << "Verkeer" << "Locaties" << "%1 uitwisseling" << "%1 uitwisselingen";
        QTest::newRow("English: the source text") << "en_GB" << "Traffic" << "Locations" << "%1 exchange" << "%1 exchanges";
        QTest::newRow("Spanish: none of its own, so English")
            << "es_ES" << "Traffic" << "Locations" << "%1 exchange" << "%1 exchanges";
    }

    void pageTitlesFollowTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, traffic);
        QFETCH(QString, locations);
        QFETCH(QString, exchange);
        QFETCH(QString, exchanges);
        for (QTranslator *installed : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(installed);
            delete installed;
        }
        QLocale::setDefault(QLocale(locale));
        ocpi::installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("ocpi::MainWindow", "Traffic"), traffic);
        QCOMPARE(QCoreApplication::translate("ocpi::MainWindow", "Locations"), locations);
        // Counted words agree with the count in every language, English included.
        QCOMPARE(QCoreApplication::translate("ocpi::TrafficPage", "%n exchange(s)", nullptr, 1), exchange.arg(1));
        QCOMPARE(QCoreApplication::translate("ocpi::TrafficPage", "%n exchange(s)", nullptr, 2), exchanges.arg(2));
        // The versions URL line is a public interface that scripts read: never translated.
        QCOMPARE(QCoreApplication::translate("cli", "OCPI versions URL: %1"), QStringLiteral("OCPI versions URL: %1"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
