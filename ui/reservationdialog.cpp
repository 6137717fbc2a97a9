#include "reservationdialog.h"

#include "modules/reservations/reservationservice.h"
#include "objectpickers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ocpi {

ReservationDialog::ReservationDialog(ReservationsController &reservations, CommandsController &objects, QWidget *parent)
    : QDialog(parent), m_reservations(reservations), m_objects(objects)
{
    setWindowTitle(tr("Ask for a reservation"));
    m_partner = new QComboBox(this);
    m_partner->setToolTip(tr("Registered partners that announce the reservations module"));
    m_location = new QComboBox(this);
    m_location->setToolTip(tr("The partner's locations as this node holds them (pushed by the CPO or pulled)"));
    m_evse = new QComboBox(this);
    m_token = new QComboBox(this);
    m_token->setToolTip(tr("Our own tokens: the EVSE is held for this one"));
    // A start a few minutes ahead leaves the CPO time to answer before the window begins.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
    m_from = pickers::utcTimeEdit(start, this);
    m_to = pickers::utcTimeEdit(start.addSecs(60 * 60), this);
    m_accept = new QCheckBox(tr("Accept the offer at once"), this);
    m_accept->setToolTip(tr("Without it the offer waits on the Reservations page for Accept or Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Partner CPO:"), m_partner);
    form->addRow(tr("Location:"), m_location);
    form->addRow(tr("EVSE:"), m_evse);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(QString(), m_accept);
    for (QWidget *field : {static_cast<QWidget *>(m_partner), static_cast<QWidget *>(m_location),
                           static_cast<QWidget *>(m_evse), static_cast<QWidget *>(m_token),
                           static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            field->setAccessibleName(label->text().chopped(1));
    }

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_request = buttons->addButton(tr("Ask for an offer"), QDialogButtonBox::AcceptRole);
    m_request->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ReservationDialog::request);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &ReservationDialog::loadChoices);
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] {
        pickers::fillEvses(m_evse, m_locations, m_location->currentData().toString(), tr("(any: the CPO chooses)"));
    });
    loadTargets();
}

QString ReservationDialog::message() const
{
    return m_message->text();
}

void ReservationDialog::loadTargets()
{
    m_reservations.targets(this, [this](Result<QList<Partner>> partners) {
        if (!partners)
            return fail(tr("Could not read the partners"), partners.error());
        if (partners->isEmpty()) {
            setMessage(tr("No registered partner announces the reservations module: it must run with "
                          "--reservations on, then update the registration (Partners page)."),
                       true);
            return;
        }
        const QSignalBlocker blocker(m_partner);
        for (const Partner &partner : std::as_const(*partners))
            m_partner->addItem(partner.label(), partner.id);
        m_partner->setCurrentIndex(0);
        loadChoices();
    });
}

void ReservationDialog::loadChoices()
{
    const qint64 partnerId = m_partner->currentData().toLongLong();
    if (partnerId == 0)
        return;
    m_request->setEnabled(false);
    m_objects.choices(partnerId, QString(), this, [this, partnerId](Result<CommandsController::Choices> choices) {
        if (m_partner->currentData().toLongLong() != partnerId)
            return; // another partner was chosen meanwhile; its answer follows
        if (!choices)
            return fail(tr("Could not read the partner's locations"), choices.error());
        m_locations = choices->locations;
        pickers::fillLocations(m_location, m_locations);
        pickers::fillEvses(m_evse, m_locations, m_location->currentData().toString(), tr("(any: the CPO chooses)"));
        pickers::fillTokens(m_token, choices->tokens);
        if (m_locations.isEmpty())
            setMessage(tr("This node holds no location of this partner: pull its locations first (Partners page)."), true);
        else if (choices->tokens.isEmpty())
            setMessage(tr("This node has no token of its own to reserve for: create one on the Tokens page."), true);
        else
            setMessage(QString(), false);
        ++m_choicesLoaded;
        m_request->setEnabled(!m_busy && !m_locations.isEmpty() && !choices->tokens.isEmpty());
    });
}

void ReservationDialog::request()
{
    if (m_busy || m_location->currentIndex() < 0 || m_token->currentIndex() < 0)
        return;
    if (m_to->dateTime() <= m_from->dateTime()) {
        setMessage(tr("To: the window must end after it starts."), true);
        return;
    }
    const qint64 partnerId = m_partner->currentData().toLongLong();
    const QJsonObject reservation = ReservationService::newRequest(
        m_location->currentData().toString(), m_evse->currentData().toString(), m_token->currentData().toJsonObject(),
        m_from->dateTime(), m_to->dateTime());
    m_busy = true;
    m_request->setEnabled(false);
    setMessage(tr("Asking the CPO…"), false);
    m_reservations.request(partnerId, reservation, this, [this, partnerId](Result<QJsonObject> offer) {
        if (!offer)
            return fail(tr("The request failed"), offer.error());
        if (m_accept->isChecked() && offer->value(QLatin1String("status")).toString() == QLatin1String("OFFERED"))
            return acceptOffer(partnerId, *offer);
        finish(*offer);
    });
}

void ReservationDialog::acceptOffer(qint64 partnerId, const QJsonObject &offer)
{
    const ObjectKey key = ObjectKey::of(offer.value(QLatin1String("country_code")).toString(),
                                        offer.value(QLatin1String("party_id")).toString(), offer.value(QLatin1String("id")).toString());
    setMessage(tr("Offered; accepting…"), false);
    m_reservations.answer(partnerId, key, QStringLiteral("ACCEPTED"), this, [this](Result<QJsonObject> accepted) {
        if (!accepted)
            return fail(tr("The offer came, but accepting it failed (accept it on the Reservations page)"), accepted.error());
        finish(*accepted);
    });
}

void ReservationDialog::finish(const QJsonObject &reservation)
{
    m_busy = false;
    emit answered(reservation);
    accept();
}

void ReservationDialog::fail(const QString &what, const Error &error)
{
    m_busy = false;
    m_request->setEnabled(m_location->count() > 0 && m_token->count() > 0);
    setMessage(QStringLiteral("%1: %2").arg(what, error.message), true);
}

void ReservationDialog::setMessage(const QString &text, bool failure)
{
    m_message->setStyleSheet(failure ? QStringLiteral("color: #b02020") : QString());
    m_message->setText(text);
}

} // namespace ocpi
