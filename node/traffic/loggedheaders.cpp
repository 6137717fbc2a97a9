#include "loggedheaders.h"

namespace ocpi::loggedheaders {

HeaderList parse(const QByteArray &text)
{
    HeaderList out;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return out;
}

QByteArray value(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

} // namespace ocpi::loggedheaders
