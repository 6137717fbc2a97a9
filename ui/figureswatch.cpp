#include "figureswatch.h"

#include "nodecall.h"

#include <QTimer>

namespace ocpi {

FiguresWatch::FiguresWatch(NodeController &node, QObject *parent) : QObject(parent), m_node(node)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &FiguresWatch::refresh);
    connect(&m_node, &NodeController::started, this, &FiguresWatch::refresh);
    // A read still queued when the node stops is dropped unanswered (nodecall::post).
    connect(&m_node, &NodeController::stopped, this, [this] { m_inFlight = false; });
    m_timer->start();
}

void FiguresWatch::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void FiguresWatch::refresh()
{
    if (m_inFlight || !m_node.isRunning())
        return;
    m_inFlight = true;
    nodecall::post<NodeFigures>(
        m_node, this,
        [](NodeServices &services, nodecall::Done<NodeFigures> done) {
            done(readNodeFigures(services, services.clock().now()));
        },
        [this](Result<NodeFigures> figures) {
            m_inFlight = false;
            if (!figures) {
                m_error = figures.error().message;
            } else {
                m_error.clear();
                m_figures = *figures;
                m_read = true;
            }
            emit figuresChanged();
        });
}

} // namespace ocpi
