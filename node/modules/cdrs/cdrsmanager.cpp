#include "cdrsmanager.h"

namespace ocpi {

Result<ObjectPage> SqlCdrsManager::pageFor(const ObjectFilter &filter, const EmspTest &mayRead, qint64 offset,
                                           int limit)
{
    auto cdrs = m_objects.list(filter, -1);
    if (!cdrs)
        return cdrs.error();
    return driverRecordsPage(*cdrs, mayRead, offset, limit);
}

} // namespace ocpi
