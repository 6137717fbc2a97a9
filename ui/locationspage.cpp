#include "locationspage.h"

#include "core/datetime.h"
#include "locationsmodel.h"
#include "objectfilterproxy.h"
#include "ocpi/schema.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

namespace ocpi {

LocationsPage::LocationsPage(NodeController &node, QWidget *parent)
    : ObjectListPage(node, QStringLiteral("locations"), parent)
{
    m_model = new LocationsModel(this);
    m_view = new QTreeView(this);
    m_view->setAccessibleName(tr("Locations, EVSEs and connectors"));
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LocationsModel::IdColumn, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->header()->resizeSection(LocationsModel::IdColumn, 24 * digit);
    m_view->header()->resizeSection(LocationsModel::NameColumn, 32 * digit);
    m_view->header()->resizeSection(LocationsModel::StatusColumn, 24 * digit);

    m_status = new QComboBox(this);
    m_status->addItems(OcpiSchema::get().enumValues(QStringLiteral("Status")));
    m_status->setToolTip(tr("The status to give the selected EVSE"));
    m_status->setAccessibleName(tr("EVSE status"));
    m_setStatus = new QPushButton(tr("Set EVSE status"), this);
    m_setStatus->setToolTip(tr("Set the selected EVSE of one of our locations to this status; partners are told"));
    actionsLayout()->addWidget(m_status);
    actionsLayout()->addWidget(m_setStatus);
    connect(m_setStatus, &QPushButton::clicked, this, &LocationsPage::setSelectedEvseStatus);
    setModel(m_model, m_view);
    updateActions();
}

void LocationsPage::applySteps(RowSteps<ObjectRow> steps)
{
    m_model->applySteps(std::move(steps));
}

const ObjectRow *LocationsPage::objectAt(const QModelIndex &sourceIndex) const
{
    return m_model->location(sourceIndex);
}

QString LocationsPage::selectedEvseUid() const
{
    return currentSourceIndex().data(LocationsModel::EvseUidRole).toString();
}

void LocationsPage::updateActions()
{
    ObjectListPage::updateActions();
    const ObjectRow *location = selectedObject();
    const bool ours = controller()->isAvailable() && location && location->ours();
    const QString evse = selectedEvseUid();
    m_setStatus->setEnabled(ours && !evse.isEmpty());
    m_status->setEnabled(ours && !evse.isEmpty());
    // The combo starts from the status of the EVSE just selected, and is left alone while it stays.
    const QModelIndex index = currentSourceIndex();
    const QString selected = location && !evse.isEmpty() ? location->identity() + QLatin1Char('/') + evse : QString();
    if (selected != m_statusFor) {
        m_statusFor = selected;
        if (index.data(LocationsModel::KindRole).toInt() == LocationsModel::EvseKind)
            m_status->setCurrentText(index.data(ObjectJsonRole).toJsonObject().value(QLatin1String("status")).toString());
    }
}

bool LocationsPage::selectEvse(const QString &locationIdentity, const QString &evseUid)
{
    const QModelIndex index = proxy()->mapFromSource(m_model->evseIndex(locationIdentity, evseUid));
    if (!index.isValid())
        return false;
    m_view->expand(index.parent());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void LocationsPage::setSelectedEvseStatus()
{
    const ObjectRow *location = selectedObject();
    const QString evse = selectedEvseUid();
    if (!location || !location->ours() || evse.isEmpty())
        return;
    const QString status = m_status->currentText();
    m_setStatus->setEnabled(false);
    controller()->setEvseStatus(location->stored.key, evse, status, this, [this, evse, status](Status set) {
        if (set)
            setOutcome(tr("EVSE %1 is now %2.").arg(evse, status), false);
        else
            setOutcome(tr("Could not set EVSE %1 to %2: %3").arg(evse, status, set.error().message), true);
        refresh();
        updateActions();
    });
}

QJsonObject LocationsPage::newObjectTemplate(const PartyRole &owner) const
{
    const QString now = formatDateTime(QDateTime::currentDateTimeUtc());
    const QString id = QStringLiteral("LOC-%1").arg(stamp());
    const QJsonObject connector{
        {QStringLiteral("id"), QStringLiteral("1")},
        {QStringLiteral("standard"), QStringLiteral("IEC_62196_T2")},
        {QStringLiteral("format"), QStringLiteral("SOCKET")},
        {QStringLiteral("power_type"), QStringLiteral("AC_3_PHASE")},
        {QStringLiteral("max_voltage"), 230},
        {QStringLiteral("max_amperage"), 16},
        {QStringLiteral("last_updated"), now},
    };
    const QJsonObject evse{
        {QStringLiteral("uid"), id + QStringLiteral("-1")},
        {QStringLiteral("status"), QStringLiteral("AVAILABLE")},
        {QStringLiteral("connectors"), QJsonArray{connector}},
        {QStringLiteral("last_updated"), now},
    };
    return {
        {QStringLiteral("country_code"), owner.party.countryCode},
        {QStringLiteral("party_id"), owner.party.partyId},
        {QStringLiteral("id"), id},
        {QStringLiteral("publish"), true},
        {QStringLiteral("name"), tr("New location")},
        {QStringLiteral("address"), QStringLiteral("Stationsplein 1")},
        {QStringLiteral("city"), QStringLiteral("Utrecht")},
        {QStringLiteral("postal_code"), QStringLiteral("3511 ED")},
        {QStringLiteral("country"), QStringLiteral("NLD")},
        {QStringLiteral("coordinates"),
         QJsonObject{{QStringLiteral("latitude"), QStringLiteral("52.089444")},
                     {QStringLiteral("longitude"), QStringLiteral("5.110278")}}},
        {QStringLiteral("time_zone"), QStringLiteral("Europe/Amsterdam")},
        {QStringLiteral("evses"), QJsonArray{evse}},
        {QStringLiteral("last_updated"), now},
    };
}

QString LocationsPage::editorNote() const
{
    // LOC-09: partners keep what they were sent; an EVSE left out of a PUT would linger there.
    return QCoreApplication::translate("ocpi::ObjectEditorDialog",
                                       "EVSEs and connectors are never deleted: set an EVSE's status to REMOVED instead.");
}

} // namespace ocpi
