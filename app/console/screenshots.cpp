#include "screenshots.h"

#include "consoledemo.h"
#include "mainwindow.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>

namespace ocpi {

Screenshots::Screenshots(DemoWindow &window, QString directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory))
{
}

void Screenshots::take(std::function<void(int failures)> done)
{
    m_done = std::move(done);
    m_failures = 0;
    m_todo.clear();
    if (!QDir().mkpath(m_directory)) {
        qWarning("cannot create %s", qPrintable(m_directory));
        m_done(1);
        return;
    }
    for (demo::DemoNodes::Side side : {demo::DemoNodes::Cpo, demo::DemoNodes::Emsp}) {
        for (const QString &key : m_window.console(side).pageKeys())
            m_todo.append({side, key});
    }
    next();
}

void Screenshots::next()
{
    if (m_todo.isEmpty()) {
        m_done(m_failures);
        return;
    }
    // Named copies, not a structured binding: lambdas cannot capture those before C++20.
    const auto todo = m_todo.takeFirst();
    const auto node = demo::DemoNodes::Side(todo.first);
    const QString key = todo.second;
    m_window.showNode(node);
    m_window.console(node).showPage(key);
    // The page's model reads the node's store in the node's thread; the picture waits for it.
    QTimer::singleShot(kSettleMs, this, [this, node, key] {
        const QString file = QDir(m_directory).filePath(QStringLiteral("%1-%2.png").arg(demo::DemoNodes::sideName(node).toLower(), key));
        if (!m_window.grab().save(file)) {
            qWarning("cannot save %s", qPrintable(file));
            ++m_failures;
        }
        next();
    });
}

} // namespace ocpi
