#pragma once

#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "modules/tariffs/tariffservice.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"
#include "sync/outboxdeliverer.h"
#include "support/memorymanagers.h"
#include "store/objecttable.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// What the outbox tests share: a CPO node with a fast deliverer and scripted peers (tst_outbox,
// tst_outboxclaims).
namespace ocpi::test {

inline const PartyId kUs = PartyId::of(QStringLiteral("NL"), QStringLiteral("CPO"));
inline const PartyId kPeer = PartyId::of(QStringLiteral("FR"), QStringLiteral("PEE"));

// A command result as a CPO sends it to the eMSP's response_url.
inline Delivery commandResult(const QString &url, const QString &orderingKey, int n)
{
    Delivery d;
    d.module = QStringLiteral("commands");
    d.orderingKey = orderingKey;
    d.method = "POST";
    d.url = url;
    d.body = compact(QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}, {QStringLiteral("n"), n}});
    d.from = kUs;
    d.to = kPeer;
    d.onRefusal = RefusalPolicy::RetryThenPark;
    return d;
}

inline int numberIn(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("n")).toInt();
}

class OutboxFixture : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeRuntime> m_cpo;

    void startCpo(const ManagerFactories &managers = {})
    {
        m_cpo = std::make_unique<NodeRuntime>(nodeConfig(*m_dir, {QStringLiteral("NL-CPO:CPO")}, QStringLiteral("cpo.sqlite")));
        m_cpo->setManagerFactories(managers);
        QVERIFY(m_cpo->start().ok());
        m_cpo->deliverer().setBackoff(20, 100);
        m_cpo->deliverer().setMaxAttempts(3);
        m_cpo->deliverer().start(50);
    }

    Outbox &outbox() { return m_cpo->services().outbox(); }
    OutboxDeliverer &deliverer() { return m_cpo->deliverer(); }

    qint64 addPeer(const ScriptedPeer &peer, const QList<QPair<QString, QString>> &endpoints = {},
                   const QStringList &paths = {}, const PartyId &party = kPeer)
    {
        auto id = m_cpo->partners().create(peer.partner({PartyRole{party, Role::EMSP, QString()}}, endpoints, paths));
        if (!id)
            qFatal("cannot add the scripted peer: %s", qPrintable(id.error().message));
        return *id;
    }

    QList<OutboxEntry> entries(qint64 partnerId, int limit = 100)
    {
        auto list = outbox().entries(partnerId, limit);
        if (!list)
            qFatal("cannot read the outbox");
        return *list;
    }

    // The numbers the peer received at `prefix`..., in arrival order.
    static QList<int> numbersAt(const ScriptedPeer &peer, const QString &prefix)
    {
        QList<int> numbers;
        for (const ScriptedPeer::Seen &s : peer.seen()) {
            if (s.target.startsWith(prefix))
                numbers << numberIn(s.body);
        }
        return numbers;
    }

    void makeDir()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void stopCpo()
    {
        m_cpo.reset();
        m_dir.reset();
    }
};

} // namespace ocpi::test
