#include "chargingprofilesmodel.h"

#include "objectrow.h"
#include "profilechart.h"

namespace ocpi {

namespace {

bool sameEntry(const ProfileEntry &a, const ProfileEntry &b)
{
    const bool sameRequest = a.lastRequest.has_value() == b.lastRequest.has_value()
                             && (!a.lastRequest
                                 || (a.lastRequest->uid == b.lastRequest->uid && a.lastRequest->state == b.lastRequest->state
                                     && a.lastRequest->result == b.lastRequest->result && a.lastRequest->error == b.lastRequest->error));
    return sameRequest && a.partnerId == b.partnerId && a.active == b.active && a.cleared == b.cleared && a.updatedAt == b.updatedAt;
}

} // namespace

ChargingProfilesModel::ChargingProfilesModel(QObject *parent) : MergingTableModel(parent) {}

int ChargingProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChargingProfilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChargingProfilesModel::partnerName(qint64 partnerId) const
{
    return m_partnerNames.value(partnerId, tr("partner %1").arg(partnerId));
}

QString ChargingProfilesModel::keyOf(const ProfileEntry &entry)
{
    return entry.side == ProfileEntry::Side::Emsp ? QStringLiteral("emsp/%1/%2").arg(entry.partnerId).arg(entry.sessionId.toUpper())
                                                  : QStringLiteral("cpo/%1").arg(entry.sessionId.toUpper());
}

QString ChargingProfilesModel::limitText(const ProfileEntry &entry)
{
    if (entry.cleared)
        return tr("cleared");
    const QString summary = ProfileChart::limitSummary(entry.active);
    return summary.isEmpty() ? tr("no limit known") : summary;
}

QVariant ChargingProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProfileEntry &entry = m_rows.at(size_t(index.row()));
    if (role == KeyRole)
        return keyOf(entry);
    if (role == Qt::ToolTipRole && entry.lastRequest && !entry.lastRequest->error.isEmpty())
        return entry.lastRequest->error;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case UpdatedColumn: return ObjectRow::formatTime(entry.updatedAt);
    // The side this node plays: as eMSP it asked a partner CPO, as CPO a partner eMSP asked it.
    case SideColumn: return entry.side == ProfileEntry::Side::Emsp ? tr("we asked") : tr("asked of us");
    case SessionColumn: return entry.sessionId;
    case PartnerColumn: return partnerName(entry.partnerId);
    case RequestColumn: return entry.lastRequest ? entry.lastRequest->type : QString();
    case StateColumn: return entry.lastRequest ? entry.lastRequest->state : QString();
    case LimitColumn: return limitText(entry);
    default: return QVariant();
    }
}

QVariant ChargingProfilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return MergingTableModel::headerData(section, orientation, role);
    switch (section) {
    case UpdatedColumn: return tr("Updated");
    case SideColumn: return tr("Side");
    case SessionColumn: return tr("Session");
    case PartnerColumn: return tr("Partner");
    case RequestColumn: return tr("Last request");
    case StateColumn: return tr("State");
    case LimitColumn: return tr("Limit");
    default: return QVariant();
    }
}

int ChargingProfilesModel::rowOf(const QString &key) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (keyOf(m_rows[row]) == key)
            return int(row);
    }
    return -1;
}

void ChargingProfilesModel::setListing(const ChargingProfilesController::Listing &listing)
{
    if (listing.partnerNames != m_partnerNames) {
        m_partnerNames = listing.partnerNames;
        if (!m_rows.empty())
            emit dataChanged(index(0, PartnerColumn), index(rowCount() - 1, PartnerColumn));
    }
    mergeTableRows(m_rows, std::vector<ProfileEntry>(listing.entries.cbegin(), listing.entries.cend()), &ChargingProfilesModel::keyOf,
                   &sameEntry);
}

} // namespace ocpi
