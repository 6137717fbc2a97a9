#include "tariffspage.h"

#include "core/datetime.h"
#include "pricing/tariffsummary.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>

namespace ocpi {

TariffsPage::TariffsPage(NodeController &node, QWidget *parent)
    : ObjectTablePage(node, QStringLiteral("tariffs"), columns(), parent)
{
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setToolTip(tr("Withdraw the selected tariff; partners are told to delete their copy"));
    actionsLayout()->addWidget(m_delete);
    connect(m_delete, &QPushButton::clicked, this, &TariffsPage::deleteSelected);
    updateActions();
}

QList<ObjectTableModel::Column> TariffsPage::columns()
{
    return {
        ObjectTableModel::ownerColumn(),
        ObjectTableModel::fieldColumn(tr("Id"), QStringLiteral("id")),
        ObjectTableModel::fieldColumn(tr("Currency"), QStringLiteral("currency")),
        // Omitted type: the tariff applies to every session (TAR-04).
        {tr("Type"),
         [](const ObjectRow &row) {
             const QString type = row.json.value(QLatin1String("type")).toString();
             return QVariant(type.isEmpty() ? tr("(all)") : type);
         }},
        {tr("Price"), [](const ObjectRow &row) { return QVariant(pricing::tariffPriceSummary(row.json)); }},
        ObjectTableModel::lastUpdatedColumn(),
        ObjectTableModel::sourceColumn(),
    };
}

QJsonObject TariffsPage::newObjectTemplate(const PartyRole &owner) const
{
    const QJsonObject energy{{QStringLiteral("type"), QStringLiteral("ENERGY")},
                             {QStringLiteral("price"), 0.30},
                             {QStringLiteral("step_size"), 1}};
    return {
        {QStringLiteral("country_code"), owner.party.countryCode},
        {QStringLiteral("party_id"), owner.party.partyId},
        {QStringLiteral("id"), QStringLiteral("TARIFF-%1").arg(stamp())},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("elements"), QJsonArray{QJsonObject{{QStringLiteral("price_components"), QJsonArray{energy}}}}},
        {QStringLiteral("last_updated"), formatDateTime(QDateTime::currentDateTimeUtc())},
    };
}

void TariffsPage::updateActions()
{
    ObjectTablePage::updateActions();
    const ObjectRow *tariff = selectedObject();
    m_delete->setEnabled(controller()->isAvailable() && tariff && tariff->ours());
}

QMessageBox *TariffsPage::deleteSelected()
{
    const ObjectRow *tariff = selectedObject();
    if (!tariff || !tariff->ours())
        return nullptr;
    const ObjectKey key = tariff->stored.key;
    const QString id = tariff->json.value(QLatin1String("id")).toString();
    // TAR-03: the service refuses while one of our connectors names it; the operator is told so
    // before asking, and the refusal names the connector.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete tariff"),
                                tr("Delete tariff %1 of %2?\n\nPartners are told to delete their copy. A tariff "
                                   "still named in a connector's tariff_ids is not deleted: change those first.")
                                    .arg(id, key.owner.toString()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, key, id](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        controller()->removeTariff(key, this, [this, id](Status removed) {
            if (removed)
                setOutcome(tr("Deleted tariff %1.").arg(id), false);
            else
                setOutcome(tr("Could not delete tariff %1: %2").arg(id, removed.error().message), true);
            refresh();
        });
    });
    box->open();
    return box;
}

} // namespace ocpi
