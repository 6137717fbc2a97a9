#pragma once

#include <QObject>

class QSocketNotifier;

namespace ocpi {

// Turns SIGTERM and SIGINT into a Qt signal, delivered in the event loop (a signal handler may only
// write to a pipe).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ocpi
