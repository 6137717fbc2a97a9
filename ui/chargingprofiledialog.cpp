#include "chargingprofiledialog.h"

#include "chargingprofilescontroller.h"
#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "nodecall.h"
#include "profilechart.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ocpi {

ChargingProfileDialog::ChargingProfileDialog(NodeController &node, qint64 partnerId, const QString &sessionId, QWidget *parent)
    : QDialog(parent), m_node(node), m_partnerId(partnerId), m_sessionId(sessionId)
{
    setWindowTitle(tr("Charging profile of session %1").arg(sessionId));
    m_limit = new QDoubleSpinBox(this);
    m_limit->setDecimals(1); // CP-08: one decimal
    m_limit->setRange(0, 1000000);
    m_limit->setValue(3700);
    m_limit->setAccessibleName(tr("Limit"));
    m_unit = new QComboBox(this);
    m_unit->addItems({QStringLiteral("W"), QStringLiteral("A")});
    m_unit->setAccessibleName(tr("Unit of the limit"));
    m_duration = new QSpinBox(this);
    m_duration->setRange(60, 24 * 3600);
    m_duration->setSingleStep(300);
    m_duration->setValue(3600);
    m_duration->setSuffix(tr(" s"));
    m_duration->setAccessibleName(tr("How far ahead the active profile reaches"));
    m_set = new QPushButton(tr("Set limit"), this);
    m_get = new QPushButton(tr("Get active profile"), this);
    m_clear = new QPushButton(tr("Clear"), this);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new ProfileChart(this);

    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit, 1);
    limitRow->addWidget(m_unit);
    limitRow->addWidget(m_set);
    auto *getRow = new QHBoxLayout;
    getRow->addWidget(m_duration, 1);
    getRow->addWidget(m_get);
    auto *form = new QFormLayout;
    // The rows hold several controls: each label leads to the row's first (Alt+L, Alt+A).
    auto *limitLabel = new QLabel(tr("&Limit (from now):"), this);
    limitLabel->setBuddy(m_limit);
    auto *aheadLabel = new QLabel(tr("&Ahead:"), this);
    aheadLabel->setBuddy(m_duration);
    form->addRow(limitLabel, limitRow);
    form->addRow(aheadLabel, getRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_clear, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(m_set, &QPushButton::clicked, this, [this] {
        const QJsonObject profile{{QStringLiteral("charging_rate_unit"), m_unit->currentText()},
                                  {QStringLiteral("charging_profile_period"),
                                   QJsonArray{QJsonObject{{QStringLiteral("start_period"), 0}, {QStringLiteral("limit"), m_limit->value()}}}}};
        send(QStringLiteral("SET"), {{QStringLiteral("charging_profile"), profile}});
    });
    connect(m_get, &QPushButton::clicked, this, [this] { send(QStringLiteral("GET"), {{QStringLiteral("duration"), m_duration->value()}}); });
    connect(m_clear, &QPushButton::clicked, this, [this] { send(QStringLiteral("CLEAR"), {}); });
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &ChargingProfileDialog::poll);
    m_poll.start();
    poll();
}

QString ChargingProfileDialog::outcome() const
{
    return m_outcome->text();
}

void ChargingProfileDialog::setBusy(bool busy)
{
    for (QPushButton *button : {m_set, m_get, m_clear})
        button->setEnabled(!busy);
}

void ChargingProfileDialog::send(const QString &type, const QJsonObject &params)
{
    setBusy(true);
    m_outcome->setText(tr("%1: sending…").arg(type));
    ChargingProfilesController::send(
        m_node, m_partnerId, type, m_sessionId, params, this,
        [this, type](Result<CommandRecord> sent) {
            if (!sent) {
                setBusy(false);
                m_outcome->setText(tr("%1: %2").arg(type, sent.error().message));
                return;
            }
            // A quick CPO's result may be in before its answer was.
            if (sent->result) {
                showResult(type, sent->state, *sent->result);
                return;
            }
            m_outcome->setText(tr("%1: %2").arg(type, sent->state) + (sent->error.isEmpty() ? QString() : QStringLiteral(": ") + sent->error));
            if (sent->deadline.isValid()) {
                m_awaited = sent->uid;
                m_awaitedType = type;
            } else {
                setBusy(false);
            }
        });
}

void ChargingProfileDialog::poll()
{
    const qint64 partnerId = m_partnerId;
    const QString sessionId = m_sessionId;
    const QString uid = m_awaited;
    nodecall::post<QJsonObject>(
        m_node, this,
        [partnerId, sessionId, uid](NodeServices &services, nodecall::Done<QJsonObject> done) {
            ChargingProfileService &profiles = services.module<ChargingProfilesModule>().service();
            QJsonObject seen;
            if (!uid.isEmpty()) {
                if (auto request = profiles.requests().find(uid); request && request->has_value()) {
                    seen.insert(QStringLiteral("state"), (*request)->state);
                    if ((*request)->result)
                        seen.insert(QStringLiteral("result"), *(*request)->result);
                }
            }
            if (auto pushed = profiles.profiles().update(partnerId, sessionId); pushed && pushed->has_value())
                seen.insert(QStringLiteral("pushed"), **pushed);
            done(seen);
        },
        [this, uid](Result<QJsonObject> seen) {
            if (!seen)
                return;
            const QJsonObject pushed = seen->value(QLatin1String("pushed")).toObject();
            if (!pushed.isEmpty() && pushed != m_lastPushed) {
                m_lastPushed = pushed;
                m_chart->setProfile(pushed);
            }
            if (uid.isEmpty() || uid != m_awaited)
                return;
            const QString state = seen->value(QLatin1String("state")).toString();
            if (!seen->contains(QLatin1String("result")) && state != QLatin1String("TIMEOUT"))
                return;
            m_awaited.clear();
            showResult(m_awaitedType, state, seen->value(QLatin1String("result")).toObject());
        });
}

void ChargingProfileDialog::showResult(const QString &type, const QString &state, const QJsonObject &result)
{
    setBusy(false);
    m_outcome->setText(tr("%1: result %2").arg(type, state));
    const QJsonObject profile = result.value(QLatin1String("profile")).toObject();
    if (!profile.isEmpty())
        m_chart->setProfile(profile);
}

} // namespace ocpi
