#pragma once

#include "chargingprofilescontroller.h"

#include "mergingtablemodel.h"

#include <vector>

namespace ocpi {

// The charging profiles this node knows (profileOverview), one row per session and side, newest
// change first: the side, the session, the partner, the last request with its state, the limit
// in force as far as we know, and when it last changed. setListing() merges by entry (rowmerge.h),
// so a refresh keeps the selection.
class ChargingProfilesModel : public MergingTableModel
{
    Q_OBJECT

public:
    enum Column { UpdatedColumn, SideColumn, SessionColumn, PartnerColumn, RequestColumn, StateColumn, LimitColumn, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit ChargingProfilesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setListing(const ChargingProfilesController::Listing &listing);
    const ProfileEntry &entry(int row) const { return m_rows.at(size_t(row)); }
    int rowOf(const QString &key) const;
    QString partnerName(qint64 partnerId) const;

    // A row's stable name: side, partner (eMSP side) and session.
    static QString keyOf(const ProfileEntry &entry);
    // The limit in force as far as we know: "3.7 kW from 14:00", "cleared", "no limit known".
    static QString limitText(const ProfileEntry &entry);

private:
    std::vector<ProfileEntry> m_rows;
    QHash<qint64, QString> m_partnerNames;
};

} // namespace ocpi
