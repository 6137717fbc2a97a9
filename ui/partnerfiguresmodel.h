#pragma once

#include "runtime/nodefigures.h"

#include <QAbstractTableModel>

namespace ocpi {

// The dashboard's partner table: each partner connection, how it is doing and what waits for it.
class PartnerFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Parties, Health, LastContact, Pending, Parked, ColumnCount };
    static constexpr int PartnerIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setPartners(const QList<PartnerFigures> &partners);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString healthText(PartnerHealth health);

private:
    QList<PartnerFigures> m_partners;
};

} // namespace ocpi
