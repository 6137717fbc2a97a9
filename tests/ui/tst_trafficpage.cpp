#include "consolewithcpo.h"
#include "trafficdetailview.h"
#include "trafficfilterbar.h"
#include "trafficmodel.h"
#include "trafficpage.h"

#include "client/ocpiclient.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace ocpi;

namespace {

void choose(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    box->setCurrentIndex(index);
}

} // namespace

// The Traffic page over a console (eMSP) registered with a partner CPO node, offscreen: filters
// narrow the request log in the store, a call that got no answer is a red row with its error,
// an outgoing request is replayed (an incoming one refused, with the reason), and a selection is
// exported as HAR 1.2.
class TstTrafficPage : public QObject
{
    Q_OBJECT

private:
    test::ConsoleWithCpo m_env;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_cpoId = 0;

    TrafficPage *page() const { return m_env.window->trafficPage(); }
    TrafficModel *model() const { return page()->model(); }
    TrafficFilterBar *bar() const { return page()->filterBar(); }

    void resetFilters()
    {
        for (QComboBox *box : {bar()->partnerBox(), bar()->moduleBox(), bar()->directionBox(), bar()->methodBox()})
            box->setCurrentIndex(0);
        bar()->httpStatusEdit()->clear();
        bar()->ocpiStatusEdit()->clear();
        bar()->errorsOnlyBox()->setChecked(false);
        QTRY_VERIFY(model()->isIdle());
    }
    void selectRow(int row)
    {
        const QModelIndex index = page()->view()->model()->index(row, 0);
        page()->view()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // The push of the console's token to the CPO (PUT .../tokens/DE/EMS/...), shown alone.
    void showTokenPushes()
    {
        resetFilters();
        choose(bar()->moduleBox(), QStringLiteral("tokens"));
        choose(bar()->directionBox(), QStringLiteral("out"));
        choose(bar()->methodBox(), QStringLiteral("PUT"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 1 && model()->isIdle(), 10000);
    }

private slots:
    void init()
    {
        m_env.startWithACpo(&m_cpoId, {}, [this](MainWindow &window) {
            m_tester = std::make_unique<QAbstractItemModelTester>(
                window.trafficPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        });
        QVERIFY(m_env.window->showPage(QStringLiteral("traffic")));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 5000);
    }
    void cleanup()
    {
        m_tester.reset();
        m_env.reset();
    }

    void filtersNarrowTheWholeLog()
    {
        showTokenPushes();
        for (int row = 0; row < model()->rowCount(); ++row) {
            const TrafficRecord &r = model()->record(row);
            QCOMPARE(r.direction, TrafficRecord::Direction::Outgoing);
            QCOMPARE(r.method, QStringLiteral("PUT"));
            QVERIFY2(r.url.contains(QStringLiteral("/tokens/DE/EMS/")), qPrintable(r.url));
            // The object id has a column of its own: never the part of the URL cut off.
            // (The token's uid, without the ?type= query.)
            QCOMPARE(model()->index(row, TrafficModel::ObjectColumn).data().toString(),
                     QUrl(r.url).path().section(QLatin1Char('/'), -1));
        }
        // Partners seen in the log are the partner filter's choices.
        QTRY_VERIFY(bar()->partnerBox()->findData(QStringLiteral("CPO node")) > 0);
        choose(bar()->partnerBox(), QStringLiteral("CPO node"));
        QTRY_VERIFY(model()->isIdle());
        QVERIFY(model()->rowCount() >= 1);

        // An HTTP status nobody answered: nothing; a class: the pushes again.
        bar()->httpStatusEdit()->setText(QStringLiteral("418"));
        QTRY_COMPARE(model()->rowCount(), 0);
        bar()->httpStatusEdit()->setText(QStringLiteral("2xx"));
        QTRY_VERIFY(model()->rowCount() >= 1);
        bar()->ocpiStatusEdit()->setText(QStringLiteral("nonsense"));
        QVERIFY(bar()->ocpiStatusEdit()->toolTip().contains(QStringLiteral("is not a status")));
        QVERIFY(!model()->filter().ocpiStatus.has_value());

        // Incoming only: the CPO's calls during the registration, nothing of ours.
        resetFilters();
        choose(bar()->directionBox(), QStringLiteral("in"));
        QTRY_VERIFY(model()->isIdle());
        QVERIFY(model()->rowCount() >= 1);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->record(row).direction, TrafficRecord::Direction::Incoming);
    }

    void transportFailureIsARedRowWithItsError()
    {
        m_env.inNode([](NodeServices &services) {
            OutgoingRequest request;
            request.url = QStringLiteral("http://127.0.0.1:1/ocpi/versions");
            request.partner = QStringLiteral("nobody home");
            services.client().send(request, [](const OcpiReply &) {});
        });
        resetFilters();
        bar()->errorsOnlyBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 1 && model()->record(0).partner == QLatin1String("nobody home"),
                                 10000);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->record(row).isError());
        const QString status = model()->index(0, TrafficModel::HttpStatusColumn).data().toString();
        QVERIFY2(status.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(status));
        QCOMPARE(model()->record(0).error, status);
        for (int column : {int(TrafficModel::TimeColumn), int(TrafficModel::UrlColumn), int(TrafficModel::HttpStatusColumn)})
            QCOMPARE(model()->index(0, column).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xB0, 0x20, 0x20));
        // The detail view says what happened instead of an empty response.
        selectRow(0);
        QTRY_VERIFY2(page()->detailView()->summaryText().contains(QStringLiteral("no answer: ") + status),
                     qPrintable(page()->detailView()->summaryText()));
        QCOMPARE(page()->detailView()->responseText(), QStringLiteral("No response: ") + status);
        // Not a partner request: nothing to replay it with.
        QVERIFY(!page()->replayButton()->isEnabled());
    }

    void replaysAnOutgoingRequest()
    {
        showTokenPushes();
        const int before = model()->rowCount();
        const QString url = model()->record(0).url;
        selectRow(0);
        QVERIFY(page()->replayButton()->isEnabled());
        QSignalSpy finished(page(), &TrafficPage::replayFinished);
        page()->replayButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(page()->statusText().contains(QStringLiteral("HTTP 200, OCPI 1000")), qPrintable(page()->statusText()));
        // The new exchange is in the log (and passes the filter shown).
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), before + 1, 5000);
        QCOMPARE(model()->record(0).url, url);
        QVERIFY(model()->record(0).id > model()->record(1).id);
        QCOMPARE(model()->record(0).httpStatus, 200);
    }

    void refusesToReplayAnIncomingRequest()
    {
        resetFilters();
        choose(bar()->directionBox(), QStringLiteral("in"));
        QTRY_VERIFY(model()->isIdle() && model()->rowCount() >= 1);
        selectRow(0);
        QVERIFY(!page()->replayButton()->isEnabled());
        QVERIFY2(page()->replayButton()->toolTip().contains(QStringLiteral("only the partner can send it again")),
                 qPrintable(page()->replayButton()->toolTip()));
        QSignalSpy finished(page(), &TrafficPage::replayFinished);
        const qint64 newest = model()->lastId();
        page()->replaySelected();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(page()->statusText().startsWith(QStringLiteral("Cannot replay: this request came from the partner")),
                 qPrintable(page()->statusText()));
        // Nothing was sent: among the exchanges logged since (the nodes keep talking in the
        // background), none goes out to the refused request's path.
        const QString path = QUrl(model()->record(0).url).path();
        QTest::qWait(300);
        resetFilters();
        QTRY_VERIFY(model()->isIdle());
        for (int row = 0; row < model()->rowCount(); ++row) {
            const TrafficRecord &logged = model()->record(row);
            if (logged.id > newest)
                QVERIFY2(logged.direction != TrafficRecord::Direction::Outgoing || QUrl(logged.url).path() != path,
                         qPrintable(logged.url));
        }
    }

    void exportsTheSelectionAsHar()
    {
        resetFilters();
        QTRY_VERIFY(model()->rowCount() >= 2);
        const QModelIndex first = page()->view()->model()->index(0, 0);
        const QModelIndex second = page()->view()->model()->index(1, 0);
        page()->view()->selectionModel()->select(QItemSelection(first, second),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page()->selectedIds().size(), 2);
        const QString path = m_env.dir->filePath(QStringLiteral("traffic.har"));
        std::optional<bool> written;
        page()->exportHar(path, [&written](bool ok) { written = ok; });
        QTRY_VERIFY(written.has_value());
        QVERIFY2(*written, qPrintable(page()->statusText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject log = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("OCPI Node Console"));
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        static const QRegularExpression masked(QStringLiteral("^Token .*…\\(\\d+ chars\\)$"));
        for (const QJsonValue &entry : entries) {
            QVERIFY(entry[QLatin1String("request")][QLatin1String("url")].toString().startsWith(QStringLiteral("http")));
            for (const QJsonValue &header : entry[QLatin1String("request")][QLatin1String("headers")].toArray()) {
                if (header[QLatin1String("name")].toString().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
                    QVERIFY2(masked.match(header[QLatin1String("value")].toString()).hasMatch(),
                             qPrintable(header[QLatin1String("value")].toString()));
            }
        }
        QVERIFY2(page()->statusText().startsWith(QStringLiteral("Exported 2 exchange")), qPrintable(page()->statusText()));
    }

    void olderExchangesAreReadAsTheOperatorScrolls()
    {
        m_tester.reset(); // it asks for more after every change, as a view at its end would
        resetFilters();
        // The log is written behind the traffic: wait for the registration's exchanges.
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 6, 10000);
        model()->setPageRows(3);
        // The counter as each read answers (the page's own update ran first), while older rows are left.
        QStringList countersWhileOlderLeft;
        connect(model(), &TrafficModel::readFinished, this, [this, &countersWhileOlderLeft] {
            if (model()->canFetchMore())
                countersWhileOlderLeft << page()->counterText();
        });
        model()->reload();
        QTRY_VERIFY(model()->isIdle());
        // The view shows its end, so it may have asked for a page or two to fill the screen.
        QVERIFY(model()->rowCount() >= 3);
        const bool allRead = QTest::qWaitFor(
            [this] {
                page()->view()->scrollToBottom();
                return model()->isIdle() && !model()->canFetchMore();
            },
            10000);
        QVERIFY2(allRead, qPrintable(page()->counterText()));
        QVERIFY(model()->rowCount() >= 6);
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(model()->record(row).id < model()->record(row - 1).id);
        QVERIFY2(!page()->counterText().contains(QStringLiteral("older")), qPrintable(page()->counterText()));
        QVERIFY(!countersWhileOlderLeft.isEmpty());
        for (const QString &counter : countersWhileOlderLeft)
            QVERIFY2(counter.contains(QStringLiteral("older ones are read as you scroll")), qPrintable(counter));
        disconnect(model(), &TrafficModel::readFinished, this, nullptr);
        // The oldest row held is the oldest entry of the log.
        const qint64 oldest = model()->record(model()->rowCount() - 1).id;
        model()->setPageRows(100000);
        model()->reload();
        QTRY_VERIFY(model()->isIdle());
        QCOMPARE(model()->record(model()->rowCount() - 1).id, oldest);
    }
};

QTEST_MAIN(TstTrafficPage)
#include "tst_trafficpage.moc"
