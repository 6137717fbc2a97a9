#pragma once

#include "core/result.h"
#include "modules/commands/commandstore.h"
#include "nodecall.h"
#include "partners/partner.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QObject>

namespace ocpi {

class NodeController;

// The console's way to the commands module of its node (CommandService and its CommandStore), like
// ObjectsController for the object modules: every call runs in the node thread and answers a GUI
// receiver that still exists (nodecall::post).
class CommandsController : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Done = nodecall::Done<T>;

    // Commands read per listing (the store's newest first).
    static constexpr int kListRows = 500;

    struct Listing
    {
        QList<CommandRecord> commands;     // newest first
        QHash<qint64, QString> partnerNames;
    };
    // What the send form offers for one partner CPO: its locations and sessions as we hold them
    // (pulled or pushed), and our own tokens (commands carry a whole Token, CMD-07).
    struct Choices
    {
        QList<QJsonObject> locations;
        QList<QJsonObject> sessions;
        QList<QJsonObject> tokens;
        bool cut = false; // a list holds choiceRows() objects: there may be more
    };

    explicit CommandsController(NodeController &node, QObject *parent = nullptr);

    bool isAvailable() const;
    // Commands are sent as an eMSP: this node must host an eMSP party.
    bool canSend() const;

    void list(QObject *receiver, Done<Listing> done);
    // Registered partners holding a CPO role: who a command can go to.
    void targets(QObject *receiver, Done<QList<Partner>> done);
    // The choices whose id (token: uid) starts with `idPrefix` (empty: all), at most choiceRows()
    // of each kind.
    void choices(qint64 partnerId, const QString &idPrefix, QObject *receiver, Done<Choices> done);
    int choiceRows() const { return m_choiceRows; }
    void setChoiceRows(int rows) { m_choiceRows = rows; }
    // CommandService::send: answered once the CPO gave its CommandResponse (or did not).
    void send(qint64 partnerId, const QString &type, const QJsonObject &body, QObject *receiver,
              Done<CommandRecord> done);

signals:
    // A command's state changed in the node (re-emitted in the GUI thread); empty: several.
    void commandChanged(const QString &uid);

private:
    void watchService();

    NodeController &m_node;
    QMetaObject::Connection m_connection;
    int m_choiceRows = 1000; // a picker longer than this is no help: the operator searches instead
};

} // namespace ocpi
