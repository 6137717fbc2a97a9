#pragma once

#include "core/result.h"
#include "modules/chargingprofiles/profileoverview.h"
#include "nodecall.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QObject>

namespace ocpi {

class NodeController;

// The console's way to the charging profiles module of its node (ChargingProfileService), like
// CommandsController for commands: every call runs in the node thread and answers a GUI receiver
// that still exists (nodecall::post).
class ChargingProfilesController : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Done = nodecall::Done<T>;

    // Requests and profiles read per listing (the newest).
    static constexpr int kListRows = 500;
    // How far ahead "Get active profile" asks the CPO to reach (CP-07 pushes reach 5-60 min).
    static constexpr int kGetAheadSeconds = 3600;

    struct Listing
    {
        QList<ProfileEntry> entries; // newest change first
        QHash<qint64, QString> partnerNames;
    };

    explicit ChargingProfilesController(NodeController &node, QObject *parent = nullptr);

    bool isAvailable() const;
    // Requests are sent as an eMSP (CP): this node must host an eMSP party.
    bool canSend() const;
    // Partners set profiles on our sessions as a CPO's: this node must host a CPO party.
    bool hostsCpo() const;

    void list(QObject *receiver, Done<Listing> done);
    // ChargingProfileService::send, the path `ocpi-node profile` takes too: GET ({duration}), SET
    // ({charging_profile}) or CLEAR ({}), answered once the CPO answered (or did not).
    static void send(NodeController &node, qint64 partnerId, const QString &type, const QString &sessionId,
                     const QJsonObject &params, QObject *receiver, Done<CommandRecord> done);
    void send(qint64 partnerId, const QString &type, const QString &sessionId, const QJsonObject &params, QObject *receiver,
              Done<CommandRecord> done)
    {
        send(m_node, partnerId, type, sessionId, params, receiver, std::move(done));
    }

    NodeController &node() const { return m_node; }

signals:
    // A request's state changed or a CPO pushed a profile (re-emitted in the GUI thread).
    void profilesChanged();

private:
    void watchService();

    NodeController &m_node;
    QMetaObject::Connection m_connection;
};

} // namespace ocpi
