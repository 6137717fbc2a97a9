#pragma once

#include "config/nodeconfig.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace ocpi {

class NodeServices;

// What a host of a serving node (the console's NodeController) may know of it: start and stop it,
// read where it answers, and reach its services. The console is written against this, not against
// the composition root (NodeRuntime), which the console's main() supplies through a factory.
class ServingNode : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual Status start() = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;

    virtual QString versionsUrl() const = 0;
    virtual QString publicBase() const = 0;
    virtual QDateTime startedAt() const = 0;
    virtual qint64 requestCount() const = 0;
    // This process's id among those serving the database (its heartbeat row); empty if unknown.
    virtual QString processId() const { return QString(); }
    // Only while running.
    virtual NodeServices &services() = 0;

signals:
    // A batch of request log entries was stored (emitted from the log's writer thread).
    void trafficRecorded(qint64 lastId);
};

// Makes a node for a configuration (not started).
using ServingNodeFactory = std::function<std::unique_ptr<ServingNode>(const NodeConfig &)>;

} // namespace ocpi
