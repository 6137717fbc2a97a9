#include "partnerfiguresmodel.h"

#include "objectrow.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ocpi {

void PartnerFiguresModel::setPartners(const QList<PartnerFigures> &partners)
{
    // Same partners in the same order (the usual case every few seconds): change the cells only,
    // so the selection and the scroll position stay.
    bool sameRows = partners.size() == m_partners.size();
    for (int i = 0; sameRows && i < partners.size(); ++i)
        sameRows = partners.at(i).id == m_partners.at(i).id;
    if (sameRows) {
        m_partners = partners;
        if (!m_partners.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_partners = partners;
    endResetModel();
}

int PartnerFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int PartnerFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerFiguresModel::healthText(PartnerHealth health)
{
    switch (health) {
    case PartnerHealth::Online: return tr("online");
    case PartnerHealth::Offline: return tr("offline");
    case PartnerHealth::Failed: return tr("failed");
    case PartnerHealth::Pending: return tr("not registered yet");
    case PartnerHealth::Unregistered: return tr("unregistered");
    }
    return QString();
}

QVariant PartnerFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerFigures &p = m_partners.at(index.row());
    if (role == PartnerIdRole)
        return p.id;
    if (role == Qt::ForegroundRole && index.column() == Health
        && (p.health == PartnerHealth::Offline || p.health == PartnerHealth::Failed))
        return QBrush(QColor(190, 30, 30));
    if (role == Qt::ToolTipRole && index.column() == Health && !p.reason.isEmpty())
        return p.reason;
    if (role == Qt::TextAlignmentRole && (index.column() == Pending || index.column() == Parked))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name: return p.name;
    case Parties: return p.parties;
    case Health: return p.reason.isEmpty() ? healthText(p.health) : tr("%1: %2").arg(healthText(p.health), p.reason);
    case LastContact: return p.lastContact.isValid() ? ObjectRow::formatTime(p.lastContact) : tr("never");
    case Pending: return locale.toString(p.pending);
    case Parked: return locale.toString(p.parked);
    }
    return {};
}

QVariant PartnerFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Partner");
    case Parties: return tr("Parties");
    case Health: return tr("State");
    case LastContact: return tr("Last contact");
    case Pending: return tr("Waiting");
    case Parked: return tr("Parked");
    }
    return {};
}

} // namespace ocpi
