#include "objectfilterproxy.h"

#include "objectrow.h"

namespace ocpi {

ObjectFilterProxy::ObjectFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ObjectSortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ObjectFilterProxy::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateRowsFilter();
}

void ObjectFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_owner.isEmpty() && index.data(ObjectOwnerRole).toString() != m_owner)
        return false;
    return m_search.isEmpty() || index.data(ObjectSearchRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace ocpi
