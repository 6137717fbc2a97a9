#pragma once

#include "demostep.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace ocpi::demo {

class DemoNodes;
class DemoStory;

// Plays the demo story (DemoStory) between two running nodes, one step after another at a
// visible pace: each step acts on one node and then waits, polling, until the other node's store
// shows the outcome, or fails after kStepTimeoutMs. Runs on the event loop of the thread it lives
// in and never blocks it for longer than one store read, so a window around it stays live. The
// first failure ends the story.
class DemoDriver : public QObject
{
    Q_OBJECT

public:
    // `speed` divides the pause between steps (1: about a second; large: no pause).
    DemoDriver(DemoNodes &nodes, int speed, QObject *parent = nullptr);
    ~DemoDriver() override;

    static constexpr int kStepTimeoutMs = 20000;
    static constexpr int kPaceMs = 1000;

    // --speed as `ocpi-node demo` and `ocpi-console --demo` take it: a whole number of at least 1.
    // Sets `problem` (for the operator) when it is not.
    static std::optional<int> parseSpeed(const QString &text, QString *problem);

    void start();
    int stepCount() const;
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_ok; }

signals:
    void stepStarted(int number, int count, const QString &title);
    void stepFinished(const ocpi::demo::DemoStep &step);
    void finished(bool ok);

private:
    void nextStep();
    void poll();
    void endStep(bool ok, const QString &detail, const QJsonObject &figures);

    int m_paceMs;
    std::unique_ptr<DemoStory> m_story;
    int m_index = -1;
    QTimer m_poll;
    QElapsedTimer m_stepTime;
    QString m_waitingFor;
    bool m_finished = false;
    bool m_ok = false;
};

} // namespace ocpi::demo
