#include "demodriver.h"

#include "demonodes.h"
#include "demostory.h"

#include <QCoreApplication>

namespace ocpi::demo {

namespace {
constexpr int kPollMs = 25;
}

DemoDriver::DemoDriver(DemoNodes &nodes, int speed, QObject *parent)
    : QObject(parent), m_paceMs(kPaceMs / std::max(1, speed)), m_story(std::make_unique<DemoStory>(nodes))
{
    qRegisterMetaType<DemoStep>();
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &DemoDriver::poll);
}

DemoDriver::~DemoDriver() = default;

std::optional<int> DemoDriver::parseSpeed(const QString &text, QString *problem)
{
    bool ok = false;
    const int speed = text.toInt(&ok);
    if (ok && speed >= 1)
        return speed;
    *problem = QCoreApplication::translate("cli", "--speed must be a whole number of at least 1, not '%1'").arg(text);
    return std::nullopt;
}

int DemoDriver::stepCount() const
{
    return int(m_story->steps().size());
}

void DemoDriver::start()
{
    m_index = -1;
    m_finished = false;
    m_ok = false;
    nextStep();
}

void DemoDriver::nextStep()
{
    ++m_index;
    if (m_index >= stepCount()) {
        m_finished = true;
        m_ok = true;
        emit finished(true);
        return;
    }
    const StoryStep &step = m_story->steps().at(m_index);
    emit stepStarted(m_index + 1, stepCount(), step.title);
    m_stepTime.start();
    m_waitingFor.clear();
    if (Status acted = step.act(); !acted) {
        endStep(false, acted.error().message, {});
        return;
    }
    m_poll.start();
}

void DemoDriver::poll()
{
    const StoryStep &step = m_story->steps().at(m_index);
    const StoryCheck outcome = step.check();
    switch (outcome.state) {
    case StoryCheck::State::Done:
        endStep(true, outcome.text, outcome.figures);
        return;
    case StoryCheck::State::Failed:
        endStep(false, outcome.text, outcome.figures);
        return;
    case StoryCheck::State::Waiting:
        m_waitingFor = outcome.text;
        if (m_stepTime.elapsed() > kStepTimeoutMs)
            endStep(false, QStringLiteral("timed out after %1 s waiting for %2").arg(kStepTimeoutMs / 1000).arg(m_waitingFor), {});
        return;
    }
}

void DemoDriver::endStep(bool ok, const QString &detail, const QJsonObject &figures)
{
    m_poll.stop();
    const StoryStep &step = m_story->steps().at(m_index);
    DemoStep done;
    done.number = m_index + 1;
    done.count = stepCount();
    done.id = step.id;
    done.title = step.title;
    done.node = DemoNodes::sideName(step.actor);
    done.checkedAt = DemoNodes::sideName(step.checkedAt);
    done.ok = ok;
    done.detail = detail;
    done.figures = figures;
    done.elapsedMs = m_stepTime.elapsed();
    emit stepFinished(done);
    if (!ok) {
        m_finished = true;
        emit finished(false);
        return;
    }
    QTimer::singleShot(m_paceMs, this, &DemoDriver::nextStep);
}

} // namespace ocpi::demo
