#pragma once

#include <QSortFilterProxyModel>

namespace ocpi {

// The owner and search filters of the object pages, over any model speaking the ObjectRole roles.
// Only top-level rows (objects) are filtered: an accepted Location brings all its EVSEs and
// Connectors along, so the tree never shows an EVSE without its place. Sorts by ObjectSortRole.
class ObjectFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ObjectFilterProxy(QObject *parent = nullptr);

    QString owner() const { return m_owner; }
    // "NL-TNM"; empty: every owner.
    void setOwner(const QString &owner);
    QString searchText() const { return m_search; }
    // Case-insensitive substring of ObjectSearchRole; empty: everything.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_owner;
    QString m_search;
};

} // namespace ocpi
