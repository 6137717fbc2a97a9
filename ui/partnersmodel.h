#pragma once

#include "partners/partner.h"

#include <QAbstractTableModel>
#include <QList>

namespace ocpi {

// Our partners as a table, one row per registry entry in id order. setPartners() merges a fresh
// list into the rows by partner id (insert, remove, change in place) instead of resetting, so a
// periodic refresh keeps the view's selection, current row and scroll position.
//
// The rows hold whole Partner values, but data() never returns the outgoing token: screens get
// it only masked, from the details view.
class PartnersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The id, as `ocpi-node partners` shows it, tells apart partners of one name.
    enum Column { IdColumn, NameColumn, PartiesColumn, RolesColumn, StateColumn, VersionColumn, LastContactColumn,
                  HubPartiesColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 partner id
        StateRole,                 // int(PartnerState)
        SortRole,                  // column value for sorting (dates as QDateTime)
    };

    explicit PartnersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Partner &partner(int row) const { return m_rows.at(row); }
    int rowForId(qint64 id) const;
    const QList<Partner> &partners() const { return m_rows; }

    void setPartners(QList<Partner> partners);

    // Shared with the details view so both show a partner the same way.
    static QString stateText(const Partner &partner);
    static QString partiesText(const Partner &partner);
    static QString rolesText(const Partner &partner);
    // A hub's parties with their reported status ("DE-XYZ CPO: OFFLINE, ..."); empty for others.
    static QString hubPartiesText(const Partner &partner);
    static QString formatTime(const QDateTime &time);
    // True when nothing about the partner differs (the token included: it is masked, not hidden).
    static bool sameContent(const Partner &a, const Partner &b);

private:
    QList<Partner> m_rows; // by ascending id
};

} // namespace ocpi
