// The Settings page over a real node, offscreen: every invalid field reported at once with nothing
// saved or restarted; valid changes saved to the INI file and the listener restarted on them.

#include "nodecontroller.h"
#include "settingsform.h"
#include "settingspage.h"

#include "runtime/noderuntime.h"
#include "support/testsupport.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

class TstSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheRunningSettings();
    void everyErrorAtOnceAndNothingChanges();
    void applySavesAndRestartsTheListener();
    void formChecksLikeTheCommandLine();

private:
    void type(const QString &option, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeController> m_controller;
    std::unique_ptr<SettingsPage> m_page;
};

void TstSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ocpi-node-console-tests"));
}

void TstSettingsPage::init()
{
    QFile::remove(SettingsPage::consoleSettingsFile());
    m_dir = std::make_unique<QTemporaryDir>();
    m_controller = std::make_unique<NodeController>(test::nodeConfig(*m_dir), NodeRuntime::factory());
    m_page = std::make_unique<SettingsPage>(*m_controller);
    m_page->show();
    QSignalSpy started(m_controller.get(), &NodeController::started);
    m_controller->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
}

void TstSettingsPage::cleanup()
{
    m_page.reset();
    m_controller.reset();
    m_dir.reset();
    QFile::remove(SettingsPage::consoleSettingsFile());
}

void TstSettingsPage::type(const QString &option, const QString &text)
{
    QLineEdit *edit = m_page->edit(option);
    QVERIFY2(edit, qPrintable(option));
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void TstSettingsPage::showsTheRunningSettings()
{
    QCOMPARE(m_page->edit(QStringLiteral("party"))->text(), QStringLiteral("NL-TNM:CPO"));
    QCOMPARE(m_page->edit(QStringLiteral("port"))->text(), QStringLiteral("0"));
    QCOMPARE(m_page->edit(QStringLiteral("reservations"))->text(), QStringLiteral("off"));
    QVERIFY(!m_page->applyButton()->isEnabled()); // nothing changed yet
    for (const SettingsForm::Field &field : SettingsForm::fields())
        QVERIFY2(!m_page->edit(field.option)->accessibleName().isEmpty(), qPrintable(field.option));
}

void TstSettingsPage::everyErrorAtOnceAndNothingChanges()
{
    const QString url = m_controller->versionsUrl();
    type(QStringLiteral("port"), QStringLiteral("eighty"));
    type(QStringLiteral("party"), QStringLiteral("NL-TNM:CPO, XX"));
    type(QStringLiteral("page-limit"), QString());
    type(QStringLiteral("public-url"), QStringLiteral("ftp://example.com"));
    QVERIFY(m_page->applyButton()->isEnabled());
    QTest::mouseClick(m_page->applyButton(), Qt::LeftButton);

    QVERIFY2(m_page->errorText(QStringLiteral("port")).contains(QStringLiteral("--port")), qPrintable(m_page->errorText(QStringLiteral("port"))));
    QVERIFY2(m_page->errorText(QStringLiteral("party")).contains(QStringLiteral("XX")), qPrintable(m_page->errorText(QStringLiteral("party"))));
    QVERIFY2(m_page->errorText(QStringLiteral("page-limit")).contains(QStringLiteral("must not be empty")),
             qPrintable(m_page->errorText(QStringLiteral("page-limit"))));
    QVERIFY2(m_page->errorText(QStringLiteral("public-url")).contains(QStringLiteral("--public-url")),
             qPrintable(m_page->errorText(QStringLiteral("public-url"))));
    QVERIFY(m_page->errorText(QStringLiteral("business-name")).isEmpty());
    QCOMPARE(m_page->outcomeText(), QStringLiteral("4 settings need correcting; nothing was saved."));
    QVERIFY(!QFile::exists(m_page->settingsFile()));
    QVERIFY(m_controller->isRunning());
    QCOMPARE(m_controller->versionsUrl(), url);
}

void TstSettingsPage::applySavesAndRestartsTheListener()
{
    const QString oldUrl = m_controller->versionsUrl();
    type(QStringLiteral("business-name"), QStringLiteral("Acme Charging"));
    type(QStringLiteral("page-limit"), QStringLiteral("40"));
    type(QStringLiteral("party"), QStringLiteral("NL-TNM:CPO, NL-TNM:EMSP"));
    QSignalSpy started(m_controller.get(), &NodeController::started);
    QVERIFY(m_page->apply());
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);

    QCOMPARE(m_controller->config().pageLimit, 40);
    QCOMPARE(m_controller->config().parties.size(), 2);
    QCOMPARE(m_controller->config().parties.at(1).businessName, QStringLiteral("Acme Charging"));
    QCOMPARE(m_controller->config().databasePath, test::nodeConfig(*m_dir).databasePath);
    // A new listener: the old port is closed, the new one answers.
    QVERIFY(m_controller->versionsUrl() != oldUrl);
    QCOMPARE(test::request("GET", QUrl(m_controller->versionsUrl())).status, 401);
    QCOMPARE(test::request("GET", QUrl(oldUrl)).status, 0);

    // Saved under the keys ocpi-node reads, and read back by the node's own loader.
    QSettings ini(m_page->settingsFile(), QSettings::IniFormat);
    QCOMPARE(ini.value(QStringLiteral("ocpi/page_limit")).toString(), QStringLiteral("40"));
    QCOMPARE(ini.value(QStringLiteral("node/business_name")).toString(), QStringLiteral("Acme Charging"));
    QVERIFY(!ini.contains(QStringLiteral("node/port"))); // unchanged values are not written
    QCommandLineParser parser;
    NodeConfig::addOptions(parser);
    QVERIFY(parser.parse({QStringLiteral("ocpi-node"), QStringLiteral("--config"), m_page->settingsFile()}));
    const Result<NodeConfig> reread = NodeConfig::load(parser, QProcessEnvironment());
    QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().message));
    QCOMPARE(reread->pageLimit, 40);
    QCOMPARE(reread->parties.size(), 2);
    QVERIFY(!m_page->applyButton()->isEnabled());
}

void TstSettingsPage::formChecksLikeTheCommandLine()
{
    const QHash<QString, QString> errors = SettingsForm::check({{QStringLiteral("reservations"), QStringLiteral("maybe")},
                                                                {QStringLiteral("listen"), QStringLiteral("not-an-address")},
                                                                {QStringLiteral("sim-speed"), QStringLiteral("4")},
                                                                {QStringLiteral("nonsense"), QStringLiteral("1")}});
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.contains(QStringLiteral("reservations")));
    QVERIFY(errors.contains(QStringLiteral("listen")));
    QVERIFY(errors.contains(QStringLiteral("nonsense")));
    const NodeConfig applied = SettingsForm::apply(test::nodeConfig(*m_dir), {{QStringLiteral("sim-speed"), QStringLiteral("4")}});
    QCOMPARE(applied.simSpeed, 4);
}

QTEST_MAIN(TstSettingsPage)
#include "tst_settingspage.moc"
