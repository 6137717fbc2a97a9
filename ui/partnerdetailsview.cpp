#include "partnerdetailsview.h"

#include "partnersmodel.h"

#include "core/secrets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ocpi {

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setAccessibleName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

void fillRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString encodingName(TokenEncoding encoding)
{
    return encoding == TokenEncoding::Raw ? PartnerDetailsView::tr("raw") : PartnerDetailsView::tr("Base64");
}

} // namespace

PartnerDetailsView::PartnerDetailsView(QWidget *parent) : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto *details = new QWidget(this);
    m_title = new QLabel(details);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    auto *form = new QFormLayout;
    m_state = addField(form, tr("State:"));
    m_versionsUrl = addField(form, tr("Versions URL:"));
    m_version = addField(form, tr("Version:"));
    m_lastContact = addField(form, tr("Last contact:"));
    m_created = addField(form, tr("Added:"));
    m_token = addField(form, tr("Our token:"));
    m_token->setToolTip(tr("The token this node presents to the partner. Only its start is shown."));
    m_incoming = addField(form, tr("Their token:"));
    m_backlog = addField(form, tr("Pushes waiting:"));

    m_encoding = new QComboBox(details);
    m_encoding->setAccessibleName(tr("Token encoding"));
    m_encoding->addItem(tr("Automatic"), int(EncodingSetting::Auto));
    m_encoding->addItem(tr("Base64"), int(EncodingSetting::Base64));
    m_encoding->addItem(tr("Raw"), int(EncodingSetting::Raw));
    m_encoding->setToolTip(tr("How this node writes its token in the Authorization header to this partner. "
                              "Automatic tries Base64 (OCPI 2.2.1) and falls back to raw."));
    m_detected = new QLabel(details);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_detected, 1);
    form->addRow(tr("Token encoding:"), encodingRow);

    m_roles = makeTable(tr("Partner's roles"), {tr("Party"), tr("Role"), tr("Business name"), tr("Website")}, details);
    m_endpoints = makeTable(tr("Partner's endpoints"), {tr("Module"), tr("Role"), tr("URL")}, details);

    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Roles"), details));
    layout->addWidget(m_roles, 1);
    layout->addWidget(new QLabel(tr("Endpoints"), details));
    layout->addWidget(m_endpoints, 2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Only the operator's choices are forwarded; showPartner() blocks the combo's signals.
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_partnerId != 0 && index >= 0)
            emit encodingChangeRequested(m_partnerId, EncodingSetting(m_encoding->itemData(index).toInt()));
    });
    showMessage(tr("Select a partner to see its details."));
}

QLabel *PartnerDetailsView::addField(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void PartnerDetailsView::showPartner(const Partner &partner)
{
    m_partnerId = partner.id;
    m_title->setText(partner.label());
    m_state->setText(PartnersModel::stateText(partner));
    m_versionsUrl->setText(partner.versionsUrl.isEmpty() ? tr("(not known yet)") : partner.versionsUrl);
    m_version->setText(partner.version.isEmpty() ? tr("(none negotiated)") : partner.version);
    m_lastContact->setText(partner.lastContact.isValid() ? PartnersModel::formatTime(partner.lastContact) : tr("never"));
    m_created->setText(PartnersModel::formatTime(partner.createdAt));
    m_token->setText(partner.outgoingToken.isEmpty() ? tr("none") : secrets::mask(partner.outgoingToken));
    m_incoming->setText(partner.hasIncomingToken ? tr("the partner holds a live token of ours")
                                                 : tr("the partner holds no live token of ours"));
    {
        const QSignalBlocker blocker(m_encoding);
        m_encoding->setCurrentIndex(m_encoding->findData(int(partner.encodingSetting)));
    }
    m_detected->setText(partner.detectedEncoding ? tr("detected: %1").arg(encodingName(*partner.detectedEncoding))
                                                 : tr("nothing detected yet"));

    setBacklog(m_backlogs);

    m_roles->setRowCount(int(partner.roles.size()));
    for (int row = 0; row < partner.roles.size(); ++row) {
        const PartnerRole &role = partner.roles.at(row);
        fillRow(m_roles, row,
                {role.party.party.toString(), roleName(role.party.role), role.business.name, role.business.website});
    }
    m_endpoints->setRowCount(int(partner.endpoints.size()));
    for (int row = 0; row < partner.endpoints.size(); ++row) {
        const PartnerEndpoint &endpoint = partner.endpoints.at(row);
        fillRow(m_endpoints, row, {endpoint.identifier, endpoint.role, endpoint.url});
    }
    m_stack->setCurrentIndex(1);
}

void PartnerDetailsView::setBacklog(const QList<PartnerBacklog> &backlog)
{
    m_backlogs = backlog;
    for (const PartnerBacklog &entry : backlog) {
        if (entry.partnerId != m_partnerId)
            continue;
        QString text = tr("%n waiting", nullptr, entry.pending);
        if (entry.parked > 0)
            text += tr(", %n refused by the partner", nullptr, entry.parked);
        if (!entry.lastError.isEmpty())
            text += tr("; last error: %1").arg(entry.lastError);
        m_backlog->setText(text);
        return;
    }
    m_backlog->setText(tr("none"));
}

QString PartnerDetailsView::backlogText() const
{
    return m_backlog->text();
}

void PartnerDetailsView::showMessage(const QString &message)
{
    m_partnerId = 0;
    m_message->setText(message);
    m_stack->setCurrentIndex(0);
}

QString PartnerDetailsView::stateText() const
{
    return m_state->text();
}

QString PartnerDetailsView::tokenText() const
{
    return m_token->text();
}

QString PartnerDetailsView::detectedEncodingText() const
{
    return m_detected->text();
}

} // namespace ocpi
