#pragma once

#include "runtime/nodefigures.h"

#include <QObject>

class QTimer;

namespace ocpi {

class NodeController;

// Reads the node's figures (partners, outbox, traffic per minute, sessions) every few seconds on
// the node's thread and hands them to the dashboard and the status bar, so both show the same
// numbers from one read. At most one read is in flight: a busy node is never asked twice.
class FiguresWatch : public QObject
{
    Q_OBJECT

public:
    explicit FiguresWatch(NodeController &node, QObject *parent = nullptr);

    const NodeFigures &figures() const { return m_figures; }
    bool hasFigures() const { return m_read; }
    QString lastError() const { return m_error; }
    void setInterval(int milliseconds);

public slots:
    void refresh();

signals:
    void figuresChanged();

private:
    NodeController &m_node;
    QTimer *m_timer;
    NodeFigures m_figures;
    QString m_error;
    bool m_read = false;
    bool m_inFlight = false;
};

} // namespace ocpi
