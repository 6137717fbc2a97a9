#include "statuspage.h"

#include "nodecall.h"
#include "nodecontroller.h"

#include "config/nodeprocesses.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ocpi {

namespace {

QLabel *makeValue(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StatusPage::StatusPage(NodeController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    m_state = makeValue(this);
    m_publicBase = makeValue(this);
    m_versionsUrl = new QLineEdit(this);
    m_versionsUrl->setReadOnly(true);
    m_versionsUrl->setAccessibleName(tr("Versions URL"));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setAccessibleName(tr("Copy the versions URL"));
    copy->setToolTip(tr("Copy the versions URL to give it to a partner"));
    auto *versionsRow = new QHBoxLayout;
    versionsRow->addWidget(m_versionsUrl, 1);
    versionsRow->addWidget(copy);
    m_parties = makeValue(this);
    m_startedAt = makeValue(this);
    m_uptime = makeValue(this);
    m_requests = makeValue(this);
    m_logged = makeValue(this);
    m_database = makeValue(this);
    m_database->setWordWrap(true);
    m_processes = makeValue(this);
    m_processes->setToolTip(tr("The node processes serving this database (several on PostgreSQL behind a load balancer); "
                               "the leader runs the work that must happen once (command timeouts, simulated charge points)"));

    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Listening at:"), m_publicBase);
    form->addRow(tr("Versions URL:"), versionsRow);
    form->addRow(tr("Hosted parties:"), m_parties);
    form->addRow(tr("Started at:"), m_startedAt);
    form->addRow(tr("Uptime:"), m_uptime);
    form->addRow(tr("Requests served:"), m_requests);
    form->addRow(tr("Request log:"), m_logged);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Processes:"), m_processes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(copy, &QPushButton::clicked, this, [this] {
        if (!m_versionsUrl->text().isEmpty())
            QApplication::clipboard()->setText(m_versionsUrl->text());
    });
    connect(&m_controller, &NodeController::started, this, &StatusPage::refresh);
    connect(&m_controller, &NodeController::failed, this, &StatusPage::refresh);
    connect(&m_controller, &NodeController::stopped, this, &StatusPage::refresh);
    showIdentity();
    refresh();
}

void StatusPage::showIdentity()
{
    // Known from the configuration, before the node is up.
    QStringList parties;
    for (const PartyRole &party : m_controller.config().parties) {
        QString text = party.party.toString() + QLatin1Char(' ') + roleName(party.role);
        // A business name defaults to the party id; repeating it says nothing.
        if (!party.businessName.isEmpty() && party.businessName != party.party.toString())
            text += QStringLiteral(" (%1)").arg(party.businessName);
        parties << text;
    }
    if (m_controller.config().partiesDefaulted)
        parties << tr("(demo identity: no --party given)");
    m_parties->setText(parties.join(QLatin1Char('\n')));
    m_database->setText(m_controller.config().databasePath);
}

void StatusPage::refresh()
{
    const QLocale locale;
    switch (m_controller.state()) {
    case NodeController::State::Idle:
    case NodeController::State::Starting: m_state->setText(tr("Starting…")); break;
    case NodeController::State::Running: m_state->setText(tr("Serving")); break;
    case NodeController::State::Failed:
        m_state->setText(tr("Not serving: %1").arg(m_controller.errorMessage()));
        break;
    case NodeController::State::Stopped: m_state->setText(tr("Stopped")); break;
    }
    if (!m_controller.isRunning()) {
        m_uptime->clear();
        m_processes->clear();
        m_refreshes = 0;
        return;
    }
    // Heartbeats change every few seconds: read them every third refresh (and at once).
    if (m_refreshes++ % 3 == 0)
        readProcesses();
    m_publicBase->setText(m_controller.publicBase());
    if (m_versionsUrl->text() != m_controller.versionsUrl())
        m_versionsUrl->setText(m_controller.versionsUrl());
    m_startedAt->setText(locale.toString(m_controller.startedAt().toLocalTime(), QLocale::LongFormat));
    m_uptime->setText(formatUptime(m_controller.uptimeSeconds()));
    m_requests->setText(locale.toString(m_controller.requestCount()));
    const qint64 dropped = m_controller.droppedLogCount();
    QString logged = tr("%1 exchanges written").arg(locale.toString(m_controller.loggedCount()));
    if (dropped > 0)
        logged += QStringLiteral(", ") + tr("%1 dropped (writer overloaded)").arg(locale.toString(dropped));
    m_logged->setText(logged);
}

void StatusPage::readProcesses()
{
    const QString self = m_controller.node() ? m_controller.node()->processId() : QString();
    nodecall::post<QList<NodeProcess>>(
        m_controller, this, [](NodeServices &services, nodecall::Done<QList<NodeProcess>> done) { done(services.processes()); },
        [this, self](Result<QList<NodeProcess>> processes) {
            if (!processes) {
                m_processes->setText(tr("cannot read them: %1").arg(processes.error().message));
                return;
            }
            const QLocale locale;
            QStringList lines;
            for (const NodeProcess &p : *processes) {
                QString state;
                if (!p.alive)
                    state = tr("gone (last seen %1)").arg(locale.toString(p.lastSeen.toLocalTime(), QLocale::ShortFormat));
                else
                    state = p.leader ? tr("serving, leads") : tr("serving");
                QString line = tr("%1 pid %2, %3: %4").arg(p.host).arg(p.pid).arg(p.url, state);
                if (p.id == self)
                    line += QLatin1Char(' ') + tr("(this console)");
                lines << line;
            }
            m_processes->setText(lines.join(QLatin1Char('\n')));
        });
}

QString StatusPage::processesText() const
{
    return m_processes->text();
}

QString StatusPage::formatUptime(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? tr("%n day(s) %1", nullptr, int(days)).arg(clock) : clock;
}

QString StatusPage::stateText() const
{
    return m_state->text();
}

QString StatusPage::versionsUrlText() const
{
    return m_versionsUrl->text();
}

QString StatusPage::uptimeText() const
{
    return m_uptime->text();
}

QString StatusPage::requestCountText() const
{
    return m_requests->text();
}

QString StatusPage::partiesText() const
{
    return m_parties->text();
}

} // namespace ocpi
