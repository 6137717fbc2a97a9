#pragma once

#include "core/result.h"
#include "nodecontroller.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"
#include "runtime/servingnode.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace ocpi::nodecall {

// The one way from the console's GUI thread to its node's services and back, shared by the
// controllers (PartnerController, ObjectsController). The services live in the node thread: their
// SQL connection, timers and network access belong to it, so calling them from the GUI thread would
// use another thread's QSqlDatabase.
template <typename T>
using Done = std::function<void(Result<T>)>;

inline Error notRunning()
{
    return Error::internal(QCoreApplication::translate("NodeCall", "the node is not running"));
}

// Runs `work` in the node thread; its answer reaches `done` in the GUI thread, and only while
// `receiver` (a dialog, a page) still exists. A call made while the node is not running is answered
// (asynchronously) with an error; a call still queued when the node stops is dropped unanswered,
// as for a receiver that went away.
// Each partner's label by id, for a listing's partner column (read in the node thread). A partner
// that cannot be read is left out: the column then shows its id.
inline QHash<qint64, QString> partnerLabels(NodeServices &node)
{
    QHash<qint64, QString> labels;
    if (auto partners = node.partners().list()) {
        for (const Partner &partner : std::as_const(*partners))
            labels.insert(partner.id, partner.label());
    }
    return labels;
}

template <typename T>
void post(NodeController &node, QObject *receiver, std::function<void(NodeServices &, Done<T>)> work, Done<T> done)
{
    Q_ASSERT(QThread::currentThread() == node.thread());
    // The answer is posted to the application object, which outlives every window, and the guard is
    // read there, in the GUI thread: a QPointer must not be dereferenced from the node thread, and
    // the receiver may be deleted at any moment while the node works.
    const QPointer<QObject> guard(receiver);
    Done<T> deliver = [guard, done = std::move(done)](Result<T> result) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    };
    ServingNode *serving = node.isRunning() ? node.node() : nullptr;
    if (!serving) {
        deliver(notRunning());
        return;
    }
    // Posted to the node object itself: should the node stop first, deleting it discards the call.
    QMetaObject::invokeMethod(
        serving,
        [serving, work = std::move(work), deliver] {
            if (!serving->isRunning()) {
                deliver(notRunning());
                return;
            }
            work(serving->services(), deliver);
        },
        Qt::QueuedConnection);
}

} // namespace ocpi::nodecall
