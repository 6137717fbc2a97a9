#include "sessionspage.h"

#include "chargingprofiledialog.h"
#include "core/datetime.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QPushButton>

namespace ocpi {

namespace {

// "1:25" for a session that ran 85 minutes (still running: up to now).
QString durationText(const QJsonObject &session)
{
    const auto start = parseDateTime(session.value(QLatin1String("start_date_time")).toString());
    if (!start)
        return QString();
    const auto end = parseDateTime(session.value(QLatin1String("end_date_time")).toString());
    const qint64 minutes = start->secsTo(end ? *end : QDateTime::currentDateTimeUtc()) / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "4.20 EUR" excl. VAT; no total_cost is not "free" (SES-13).
QString costText(const QJsonObject &session)
{
    const QJsonObject cost = session.value(QLatin1String("total_cost")).toObject();
    if (cost.isEmpty())
        return QString();
    return QStringLiteral("%1 %2").arg(cost.value(QLatin1String("excl_vat")).toDouble(), 0, 'f', 2)
        .arg(session.value(QLatin1String("currency")).toString());
}

} // namespace

SessionsPage::SessionsPage(NodeController &node, QWidget *parent)
    : ObjectTablePage(node, QStringLiteral("sessions"), columns(), parent), m_node(node)
{
    m_profile = new QPushButton(tr("Charging profile…"), this);
    m_profile->setToolTip(tr("Set, read or clear the power limit of this session at the CPO"));
    actionsLayout()->addWidget(m_profile);
    connect(m_profile, &QPushButton::clicked, this, &SessionsPage::openProfileDialog);
    updateActions();
}

namespace {

// A partner CPO's session that still charges: one whose profile we may ask to change (CP).
bool takesProfiles(const ObjectRow *session)
{
    if (!session || session->stored.partnerId == 0)
        return false;
    const QString status = session->json.value(QLatin1String("status")).toString();
    return status == QLatin1String("ACTIVE") || status == QLatin1String("PENDING");
}

} // namespace

void SessionsPage::updateActions()
{
    ObjectTablePage::updateActions();
    // Called by the base before this page's button exists.
    if (m_profile)
        m_profile->setEnabled(takesProfiles(selectedObject()));
}

ChargingProfileDialog *SessionsPage::openProfileDialog()
{
    const ObjectRow *session = selectedObject();
    if (!takesProfiles(session))
        return nullptr;
    auto *dialog = new ChargingProfileDialog(m_node, session->stored.partnerId, session->json.value(QLatin1String("id")).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QList<ObjectTableModel::Column> SessionsPage::columns()
{
    return {
        ObjectTableModel::ownerColumn(),
        ObjectTableModel::fieldColumn(tr("Id"), QStringLiteral("id")),
        ObjectTableModel::fieldColumn(tr("Status"), QStringLiteral("status")),
        {tr("Where"),
         [](const ObjectRow &row) {
             return QVariant(row.json.value(QLatin1String("location_id")).toString() + QLatin1Char('/')
                             + row.json.value(QLatin1String("evse_uid")).toString());
         }},
        {tr("Token"),
         [](const ObjectRow &row) {
             return QVariant(row.json.value(QLatin1String("cdr_token")).toObject().value(QLatin1String("uid")).toString());
         }},
        {tr("kWh"), [](const ObjectRow &row) { return QVariant(row.json.value(QLatin1String("kwh")).toDouble()); }},
        {tr("Duration"), [](const ObjectRow &row) { return QVariant(durationText(row.json)); }},
        {tr("Cost"), [](const ObjectRow &row) { return QVariant(costText(row.json)); }},
        {tr("Periods"),
         [](const ObjectRow &row) { return QVariant(int(row.json.value(QLatin1String("charging_periods")).toArray().size())); }},
        ObjectTableModel::lastUpdatedColumn(),
        ObjectTableModel::sourceColumn(),
    };
}

QJsonObject SessionsPage::newObjectTemplate(const PartyRole &owner) const
{
    const QString now = formatDateTime(QDateTime::currentDateTimeUtc());
    return {
        {QStringLiteral("country_code"), owner.party.countryCode},
        {QStringLiteral("party_id"), owner.party.partyId},
        {QStringLiteral("id"), QStringLiteral("SESSION-%1").arg(stamp())},
        {QStringLiteral("start_date_time"), now},
        {QStringLiteral("kwh"), 0},
        {QStringLiteral("cdr_token"), QJsonObject{{QStringLiteral("country_code"), QStringLiteral("NL")},
                                                  {QStringLiteral("party_id"), QStringLiteral("EMS")},
                                                  {QStringLiteral("uid"), QStringLiteral("CARD-0001")},
                                                  {QStringLiteral("type"), QStringLiteral("RFID")},
                                                  {QStringLiteral("contract_id"), QStringLiteral("NL-EMS-C00001-1")}}},
        {QStringLiteral("auth_method"), QStringLiteral("WHITELIST")},
        {QStringLiteral("location_id"), QStringLiteral("LOC-1")},
        {QStringLiteral("evse_uid"), QStringLiteral("EVSE-1")},
        {QStringLiteral("connector_id"), QStringLiteral("1")},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("status"), QStringLiteral("PENDING")},
        {QStringLiteral("last_updated"), now},
    };
}

QString SessionsPage::editorNote() const
{
    return tr("Sessions are never deleted: end one with status COMPLETED or INVALID.");
}

} // namespace ocpi
