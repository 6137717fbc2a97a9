#include "tokenspage.h"

#include "authorizedialog.h"
#include "core/datetime.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace ocpi {

TokensPage::TokensPage(NodeController &node, QWidget *parent)
    : ObjectTablePage(node, QStringLiteral("tokens"), columns(), parent)
{
    m_invalidate = new QPushButton(tr("Invalidate"), this);
    m_invalidate->setToolTip(tr("Block the selected token (valid = false); CPOs are told with a PATCH"));
    m_validate = new QPushButton(tr("Validate"), this);
    m_validate->setToolTip(tr("Make the selected token valid again; CPOs are told with a PATCH"));
    m_authorize = new QPushButton(tr("Authorize…"), this);
    m_authorize->setToolTip(tr("Ask this node's real-time authorization about one of our tokens"));
    actionsLayout()->addWidget(m_invalidate);
    actionsLayout()->addWidget(m_validate);
    actionsLayout()->addWidget(m_authorize);
    connect(m_invalidate, &QPushButton::clicked, this, &TokensPage::invalidateSelected);
    connect(m_validate, &QPushButton::clicked, this, &TokensPage::validateSelected);
    connect(m_authorize, &QPushButton::clicked, this, &TokensPage::openAuthorizeDialog);
    updateActions();
}

QList<ObjectTableModel::Column> TokensPage::columns()
{
    return {
        ObjectTableModel::ownerColumn(),
        ObjectTableModel::fieldColumn(tr("UID"), QStringLiteral("uid")),
        ObjectTableModel::fieldColumn(tr("Type"), QStringLiteral("type")),
        ObjectTableModel::fieldColumn(tr("Contract id"), QStringLiteral("contract_id")),
        ObjectTableModel::fieldColumn(tr("Valid"), QStringLiteral("valid")),
        ObjectTableModel::fieldColumn(tr("Whitelist"), QStringLiteral("whitelist")),
        ObjectTableModel::lastUpdatedColumn(),
        ObjectTableModel::sourceColumn(),
    };
}

QJsonObject TokensPage::newObjectTemplate(const PartyRole &owner) const
{
    const QString suffix = stamp();
    return {
        {QStringLiteral("country_code"), owner.party.countryCode},
        {QStringLiteral("party_id"), owner.party.partyId},
        {QStringLiteral("uid"), QStringLiteral("TOKEN-%1").arg(suffix)},
        {QStringLiteral("type"), QStringLiteral("RFID")},
        {QStringLiteral("contract_id"), QStringLiteral("%1-%2-C%3").arg(owner.party.countryCode, owner.party.partyId, suffix)},
        {QStringLiteral("issuer"), owner.businessName.isEmpty() ? owner.party.toString() : owner.businessName},
        {QStringLiteral("valid"), true},
        {QStringLiteral("whitelist"), QStringLiteral("ALLOWED")},
        {QStringLiteral("last_updated"), formatDateTime(QDateTime::currentDateTimeUtc())},
    };
}

void TokensPage::updateActions()
{
    ObjectTablePage::updateActions();
    const bool running = controller()->isAvailable();
    const ObjectRow *token = selectedObject();
    const bool ours = running && token && token->ours();
    const bool valid = token && token->json.value(QLatin1String("valid")).toBool();
    m_invalidate->setEnabled(ours && valid);
    m_validate->setEnabled(ours && !valid);
    m_authorize->setEnabled(running && controller()->ownerParty(module()).has_value());
}

void TokensPage::invalidateSelected()
{
    setValid(false);
}

void TokensPage::validateSelected()
{
    setValid(true);
}

void TokensPage::setValid(bool valid)
{
    const ObjectRow *token = selectedObject();
    if (!token || !token->ours())
        return;
    const QString uid = token->json.value(QLatin1String("uid")).toString();
    // last_updated is stamped by the service from the node's clock.
    controller()->patchToken(token->stored.key, QJsonObject{{QStringLiteral("valid"), valid}}, this,
                             [this, uid, valid](Status patched) {
                                 if (!patched)
                                     setOutcome(tr("Could not change token %1: %2").arg(uid, patched.error().message), true);
                                 else
                                     setOutcome(valid ? tr("Token %1 is valid again.").arg(uid)
                                                      : tr("Token %1 is invalidated.").arg(uid),
                                                false);
                                 refresh();
                             });
}

AuthorizeDialog *TokensPage::openAuthorizeDialog()
{
    const ObjectRow *token = selectedObject();
    const bool ours = token && token->ours();
    auto *dialog = new AuthorizeDialog(*controller(), ours ? token->json.value(QLatin1String("uid")).toString() : QString(),
                                       ours ? token->json.value(QLatin1String("type")).toString() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace ocpi
