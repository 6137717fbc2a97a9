// The figures of the console's dashboard and status bar (app/runtime/nodefigures.*), read from two
// real nodes: partners and how they are doing, the outbox, the traffic per minute, sessions today.

#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"
#include "partners/partnerregistry.h"
#include "runtime/nodefigures.h"
#include "runtime/nodeservices.h"
#include "runtime/noderuntime.h"
#include "support/objectjson.h"
#include "support/twonodes.h"
#include "traffic/requestlog.h"

#include "core/datetime.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

// The shared valid Session (objectjson.h) with its start, last update and energy set.
QJsonObject session(const QString &id, const QString &status, const QDateTime &start, const QDateTime &updated, double kwh)
{
    QJsonObject object = test::session(id, status, formatDateTime(updated));
    object.insert(QStringLiteral("start_date_time"), formatDateTime(start));
    object.insert(QStringLiteral("kwh"), kwh);
    return object;
}

} // namespace

class TstNodeFigures : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    NodeFigures figuresAt(TwoNodes::Side side)
    {
        NodeRuntime &node = m_nodes.node(side);
        node.services().requestLog().flush();
        Result<NodeFigures> figures = readNodeFigures(node.services(), m_nodes.clock().now());
        if (!figures)
            qWarning("%s", qPrintable(figures.error().message));
        return figures ? *figures : NodeFigures();
    }

private slots:
    void init() { QVERIFY_STATUS(m_nodes.start()); }
    void cleanup() { m_nodes.stop(); }

    void registeredPartnerIsOnline()
    {
        const NodeFigures figures = figuresAt(TwoNodes::Cpo);
        QCOMPARE(figures.partners.size(), 1);
        const PartnerFigures &emsp = figures.partners.first();
        QCOMPARE(emsp.name, QStringLiteral("emsp"));
        QCOMPARE(emsp.parties, QStringLiteral("DE-EMS:EMSP"));
        QCOMPARE(partnerHealthName(emsp.health), QStringLiteral("online"));
        QVERIFY(emsp.lastContact.isValid());
        QCOMPARE(figures.partnersOnline(), 1);
        QCOMPARE(figures.pending, 0);
        // The handshake's exchanges are in the hour, in the minute the fixed clock shows.
        QCOMPARE(figures.lastHour.size(), 60);
        QVERIFY(figures.lastHour.last().minute.secsTo(m_nodes.clock().now()) < 60);
        QVERIFY2(figures.lastHour.last().exchanges > 0, "the registration's requests are missing");
        QCOMPARE(figures.exchangesLastHour(), figures.lastHour.last().exchanges);
    }

    void invitedPartnerIsPending()
    {
        QVERIFY_STATUS(m_nodes.cpo().services().partners().invite(QStringLiteral("newcomer")));
        const NodeFigures figures = figuresAt(TwoNodes::Cpo);
        QCOMPARE(figures.partners.size(), 2);
        QCOMPARE(figures.partnersOnline(), 1);
        bool found = false;
        for (const PartnerFigures &p : figures.partners) {
            if (p.name == QLatin1String("newcomer")) {
                found = true;
                QCOMPARE(partnerHealthName(p.health), QStringLiteral("pending"));
                QVERIFY(!p.lastContact.isValid());
            }
        }
        QVERIFY(found);
    }

    void errorsAreCountedInTheirMinute()
    {
        const int before = figuresAt(TwoNodes::Cpo).errorsLastHour();
        // No token: two 401s (OCPI 2000), each an error of this minute.
        QCOMPARE(request("GET", QUrl(m_nodes.cpoUrl(QStringLiteral("tariffs")))).status, 401);
        QCOMPARE(request("GET", QUrl(m_nodes.cpoUrl(QStringLiteral("locations")))).status, 401);
        // With the token: an answer, not an error.
        QCOMPARE(m_nodes.asEmsp("GET", m_nodes.cpoUrl(QStringLiteral("tariffs"))).status, 200);
        const NodeFigures figures = figuresAt(TwoNodes::Cpo);
        QCOMPARE(figures.errorsLastHour(), before + 2);
        QCOMPARE(figures.lastHour.last().errors, before + 2);
    }

    void trafficOutsideTheHourIsLeftOut()
    {
        const int now = figuresAt(TwoNodes::Cpo).exchangesLastHour();
        QVERIFY(now > 0);
        m_nodes.clock().set(m_nodes.clock().now().addSecs(3600));
        QCOMPARE(figuresAt(TwoNodes::Cpo).exchangesLastHour(), 0);
    }

    void sessionsOfToday()
    {
        const QDateTime now = m_nodes.clock().now();
        const QDateTime morning = now.toLocalTime().date().startOfDay().addSecs(60);
        SessionService &sessions = m_nodes.cpo().services().service<SessionService>();
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), morning, now, 3.5)));
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S2"), QStringLiteral("COMPLETED"), morning, now, 10.25)));
        // Started yesterday, still charging: active, but its energy is not today's.
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S3"), QStringLiteral("ACTIVE"), morning.addDays(-1), now, 40)));
        // Ended yesterday: neither.
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S4"), QStringLiteral("COMPLETED"), morning.addDays(-1),
                                               morning.addSecs(-3600), 22)));
        const NodeFigures figures = figuresAt(TwoNodes::Cpo);
        QCOMPARE(figures.activeSessions, 2);
        QCOMPARE(figures.energyTodayKwh, 13.75);
    }

    void partnerDownIsOfflineWithTheReason()
    {
        m_nodes.stopNode(TwoNodes::Emsp);
        QVERIFY_STATUS(m_nodes.cpo().services().service<TariffService>().putOwn(
            tariff(QStringLiteral("T1"), formatDateTime(m_nodes.clock().now()))));
        NodeFigures figures;
        QTRY_VERIFY_WITH_TIMEOUT((figures = figuresAt(TwoNodes::Cpo), figures.partners.value(0).health == PartnerHealth::Offline),
                                 10000);
        QCOMPARE(figures.partnersOnline(), 0);
        QVERIFY(figures.pending >= 1);
        QVERIFY2(!figures.partners.first().reason.isEmpty(), "no reason given");
    }
};

QTEST_MAIN(TstNodeFigures)
#include "tst_nodefigures.moc"
