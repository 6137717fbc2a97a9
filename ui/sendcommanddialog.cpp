#include "sendcommanddialog.h"

#include "core/datetime.h"
#include "objectpickers.h"
#include "modules/commands/commandservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ocpi {

namespace {

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

// A new reservation's id: unique enough for one operator, and recognisable in the CPO's logs.
QString newReservationId()
{
    return QStringLiteral("RES-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
}

} // namespace

SendCommandDialog::SendCommandDialog(CommandsController &commands, QWidget *parent)
    : QDialog(parent), m_commands(commands)
{
    setWindowTitle(tr("Send a command"));
    m_partner = new QComboBox(this);
    m_partner->setToolTip(tr("Registered partners holding a CPO role"));
    m_type = new QComboBox(this);
    for (const CommandType &type : commandTypes())
        m_type->addItem(type.name, type.name);
    m_location = new QComboBox(this);
    m_location->setToolTip(tr("The partner's locations as this node holds them (pushed by the CPO or pulled)"));
    m_evse = new QComboBox(this);
    m_connector = new QComboBox(this);
    m_token = new QComboBox(this);
    m_token->setToolTip(tr("Our own tokens: the command carries the whole token (CMD-07)"));
    m_session = new QComboBox(this);
    m_session->setToolTip(tr("The partner's sessions as this node holds them"));
    m_expiry = pickers::utcTimeEdit(QDateTime::currentDateTimeUtc().addSecs(30 * 60), this);
    m_reservation = new QLineEdit(newReservationId(), this);
    m_reservation->setMaxLength(36); // CiString(36)
    m_authorization = new QLineEdit(this);
    m_authorization->setMaxLength(36); // CiString(36)
    m_authorization->setPlaceholderText(tr("optional"));
    m_authorization->setToolTip(tr("The authorization_reference this node gave when the CPO asked to authorize the token "
                                   "(Tokens page, Authorize); the session and the CDR carry it back"));
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("the start of a location id, token uid or session id"));
    m_find->setClearButtonEnabled(true);
    m_findDelay = new QTimer(this);
    m_findDelay->setSingleShot(true);
    m_findDelay->setInterval(250); // one search when the operator pauses, not one per key

    m_form = new QFormLayout;
    m_form->addRow(tr("Partner CPO:"), m_partner);
    m_form->addRow(tr("Command:"), m_type);
    m_form->addRow(tr("Find:"), m_find);
    m_form->addRow(tr("Location:"), m_location);
    m_form->addRow(tr("EVSE:"), m_evse);
    m_form->addRow(tr("Connector:"), m_connector);
    m_form->addRow(tr("Token:"), m_token);
    m_form->addRow(tr("Session:"), m_session);
    m_form->addRow(tr("Reservation ends:"), m_expiry);
    m_form->addRow(tr("Reservation id:"), m_reservation);
    m_form->addRow(tr("Authorization reference:"), m_authorization);
    m_fields = {{QStringLiteral("location"), m_location}, {QStringLiteral("evse"), m_evse},
                {QStringLiteral("connector"), m_connector}, {QStringLiteral("token"), m_token},
                {QStringLiteral("session"), m_session}, {QStringLiteral("expiry"), m_expiry},
                {QStringLiteral("reservation"), m_reservation}, {QStringLiteral("authorization"), m_authorization}};

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SendCommandDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SendCommandDialog::updateFields);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &SendCommandDialog::loadChoices);
    connect(m_location, &QComboBox::currentIndexChanged, this, &SendCommandDialog::fillEvses);
    connect(m_evse, &QComboBox::currentIndexChanged, this, &SendCommandDialog::fillConnectors);
    connect(m_find, &QLineEdit::textChanged, m_findDelay, qOverload<>(&QTimer::start));
    connect(m_findDelay, &QTimer::timeout, this, &SendCommandDialog::loadChoices);
    updateFields();
    loadTargets();
}

QString SendCommandDialog::message() const
{
    return m_message->text();
}

QList<SendCommandDialog::FieldRule> SendCommandDialog::rulesFor(const QString &type)
{
    // What each command object takes (CMD-01), as `ocpi-node command` asks for it; an EVSE or
    // connector left open lets the CPO choose.
    if (type == QLatin1String("START_SESSION"))
        return {{QStringLiteral("location"), true}, {QStringLiteral("evse"), false}, {QStringLiteral("connector"), false},
                {QStringLiteral("token"), true}, {QStringLiteral("authorization"), false}};
    if (type == QLatin1String("STOP_SESSION"))
        return {{QStringLiteral("session"), true}};
    if (type == QLatin1String("RESERVE_NOW"))
        return {{QStringLiteral("location"), true}, {QStringLiteral("evse"), false}, {QStringLiteral("token"), true},
                {QStringLiteral("expiry"), true}, {QStringLiteral("reservation"), true}, {QStringLiteral("authorization"), false}};
    if (type == QLatin1String("CANCEL_RESERVATION"))
        return {{QStringLiteral("reservation"), true}};
    if (type == QLatin1String("UNLOCK_CONNECTOR"))
        return {{QStringLiteral("location"), true}, {QStringLiteral("evse"), true}, {QStringLiteral("connector"), true}};
    return {};
}

QStringList SendCommandDialog::shownFields() const
{
    QStringList shown;
    for (const FieldRule &rule : rulesFor(m_type->currentData().toString()))
        shown << rule.field;
    return shown;
}

void SendCommandDialog::updateFields()
{
    const QStringList shown = shownFields();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_form->setRowVisible(it.value(), shown.contains(it.key()));
    // The EVSE list offers "any" only where the command lets the CPO choose.
    fillEvses();
}

void SendCommandDialog::loadTargets()
{
    m_send->setEnabled(false);
    m_commands.targets(this, [this](Result<QList<Partner>> partners) {
        if (!partners) {
            setMessage(tr("Could not read the partners: %1").arg(partners.error().message), true);
            return;
        }
        if (partners->isEmpty()) {
            setMessage(tr("No registered partner holds a CPO role: register with a CPO first."), true);
            return;
        }
        const QSignalBlocker blocker(m_partner);
        for (const Partner &partner : std::as_const(*partners)) {
            QStringList parties;
            for (const PartyRole &role : partner.partyRoles()) {
                if (role.role == Role::CPO)
                    parties << role.party.toString();
            }
            m_partner->addItem(QStringLiteral("%1 (%2)").arg(partner.label(), parties.join(QStringLiteral(", "))), partner.id);
        }
        m_partner->setCurrentIndex(0);
        loadChoices();
    });
}

void SendCommandDialog::loadChoices()
{
    const qint64 partnerId = m_partner->currentData().toLongLong();
    if (partnerId == 0)
        return;
    m_send->setEnabled(false);
    const QString prefix = m_find->text().trimmed();
    m_commands.choices(partnerId, prefix, this, [this, partnerId, prefix](Result<CommandsController::Choices> choices) {
        if (m_partner->currentData().toLongLong() != partnerId || m_find->text().trimmed() != prefix)
            return; // another partner or search was chosen meanwhile; its answer follows
        if (!choices) {
            setMessage(tr("Could not read the partner's objects: %1").arg(choices.error().message), true);
            return;
        }
        showChoices(*choices);
        ++m_choicesLoaded;
        m_send->setEnabled(!m_sending);
    });
}

void SendCommandDialog::showChoices(const CommandsController::Choices &choices)
{
    m_locations = choices.locations;
    pickers::fillLocations(m_location, choices.locations);
    m_session->clear();
    for (const QJsonObject &session : choices.sessions) {
        // A COMPLETED or INVALID session has nothing left to stop.
        const QString status = field(session, "status");
        if (status == QLatin1String("COMPLETED") || status == QLatin1String("INVALID"))
            continue;
        m_session->addItem(QStringLiteral("%1 (%2, %3)").arg(field(session, "id"), field(session, "status"),
                                                             field(session, "location_id")),
                           field(session, "id"));
    }
    pickers::fillTokens(m_token, choices.tokens);
    if (choices.locations.isEmpty() && !m_find->text().trimmed().isEmpty())
        setMessage(tr("No location id starts with \"%1\".").arg(m_find->text().trimmed()), false);
    else if (choices.locations.isEmpty())
        setMessage(tr("This node holds no location of this partner: pull its locations first (Partners page)."), false);
    else if (choices.cut)
        setMessage(tr("The pickers show the first %1 of each kind: type the start of an id in Find for the others.")
                       .arg(m_commands.choiceRows()),
                   false);
    else
        setMessage(QString(), false);
    fillEvses();
}

void SendCommandDialog::fillEvses()
{
    bool optional = false;
    for (const FieldRule &rule : rulesFor(m_type->currentData().toString()))
        optional |= rule.field == QLatin1String("evse") && !rule.required;
    pickers::fillEvses(m_evse, m_locations, m_location->currentData().toString(),
                       optional ? tr("(any: the CPO chooses)") : QString());
    fillConnectors();
}

void SendCommandDialog::fillConnectors()
{
    const QString locationId = m_location->currentData().toString();
    const QString evseUid = m_evse->currentData().toString();
    m_connector->clear();
    m_connector->addItem(tr("(any)"), QString());
    for (const QJsonObject &location : std::as_const(m_locations)) {
        if (field(location, "id") != locationId)
            continue;
        for (const QJsonValue &evse : location.value(QLatin1String("evses")).toArray()) {
            if (field(evse.toObject(), "uid") != evseUid)
                continue;
            for (const QJsonValue &value : evse.toObject().value(QLatin1String("connectors")).toArray()) {
                const QJsonObject connector = value.toObject();
                m_connector->addItem(QStringLiteral("%1 (%2, %3)").arg(field(connector, "id"), field(connector, "standard"),
                                                                      field(connector, "power_type")),
                                     field(connector, "id"));
            }
        }
    }
    // A connector chosen means one: preselect the first real one when there is exactly one.
    if (m_connector->count() == 2)
        m_connector->setCurrentIndex(1);
}

QJsonObject SendCommandDialog::commandBody(QString *missing) const
{
    QJsonObject body;
    QStringList absent;
    for (const FieldRule &rule : rulesFor(m_type->currentData().toString())) {
        QJsonValue value;
        QString name;
        if (rule.field == QLatin1String("location")) {
            value = m_location->currentData().toString();
            name = QStringLiteral("location_id");
        } else if (rule.field == QLatin1String("evse")) {
            value = m_evse->currentData().toString();
            name = QStringLiteral("evse_uid");
        } else if (rule.field == QLatin1String("connector")) {
            value = m_connector->currentData().toString();
            name = QStringLiteral("connector_id");
        } else if (rule.field == QLatin1String("token")) {
            const QJsonObject token = m_token->currentData().toJsonObject();
            value = token.isEmpty() ? QJsonValue() : QJsonValue(token);
            name = QStringLiteral("token");
        } else if (rule.field == QLatin1String("session")) {
            value = m_session->currentData().toString();
            name = QStringLiteral("session_id");
        } else if (rule.field == QLatin1String("expiry")) {
            value = formatDateTime(m_expiry->dateTime().toUTC());
            name = QStringLiteral("expiry_date");
        } else if (rule.field == QLatin1String("reservation")) {
            value = m_reservation->text().trimmed();
            name = QStringLiteral("reservation_id");
        } else if (rule.field == QLatin1String("authorization")) {
            value = m_authorization->text().trimmed();
            name = QStringLiteral("authorization_reference");
        }
        const bool empty = value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
        if (!empty)
            body.insert(name, value);
        else if (rule.required)
            absent << m_form->labelForField(m_fields.value(rule.field))->property("text").toString().remove(QLatin1Char(':'));
    }
    if (missing)
        *missing = absent.join(QStringLiteral(", "));
    return absent.isEmpty() ? body : QJsonObject();
}

void SendCommandDialog::send()
{
    QString missing;
    const QJsonObject body = commandBody(&missing);
    const qint64 partnerId = m_partner->currentData().toLongLong();
    if (partnerId == 0 || !missing.isEmpty()) {
        setMessage(partnerId == 0 ? tr("Choose a partner CPO.") : tr("%1 needs: %2").arg(m_type->currentText(), missing), true);
        return;
    }
    const QString type = m_type->currentData().toString();
    m_sending = true;
    m_send->setEnabled(false);
    setMessage(tr("Sending %1 to %2…").arg(type, m_partner->currentText()), false);
    m_commands.send(partnerId, type, body, this, [this](Result<CommandRecord> command) {
        m_sending = false;
        if (!command) {
            m_send->setEnabled(true);
            setMessage(tr("Not sent: %1").arg(command.error().message), true);
            return;
        }
        emit sent(*command);
        accept();
    });
}

void SendCommandDialog::setMessage(const QString &text, bool failure)
{
    m_message->setStyleSheet(failure ? QStringLiteral("color: #b02020") : QString());
    m_message->setText(text);
}

} // namespace ocpi
