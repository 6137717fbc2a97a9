#include "wholeobject.h"

#include "objectservice.h"

#include <QJsonDocument>

namespace ocpi {

WholeObjectSource wholeObjectSource(ObjectService &service)
{
    return [&service](const ObjectKey &key) -> Result<std::optional<WholeObject>> {
        auto found = service.findOwn(key);
        if (!found)
            return found.error();
        if (!found->has_value())
            return std::optional<WholeObject>();
        // The path spelled as the object spells its ids (the key may have been normalised).
        const QJsonObject object = QJsonDocument::fromJson((*found)->json).object();
        const ObjectModule &module = service.module();
        const QString path = module.objectPath(object.value(QLatin1String("country_code")).toString(),
                                               object.value(QLatin1String("party_id")).toString(),
                                               object.value(module.idField).toString(),
                                               object.value(QLatin1String("type")).toString());
        return std::optional<WholeObject>(WholeObject{path, (*found)->json});
    };
}

} // namespace ocpi
