#include "hubparty.h"

namespace ocpi {

namespace {

struct StatusName
{
    ConnectionStatus status;
    const char *name;
};

constexpr StatusName kStatuses[] = {
    {ConnectionStatus::Connected, "CONNECTED"},
    {ConnectionStatus::Offline, "OFFLINE"},
    {ConnectionStatus::Planned, "PLANNED"},
    {ConnectionStatus::Suspended, "SUSPENDED"},
};

} // namespace

QString connectionStatusName(ConnectionStatus status)
{
    for (const StatusName &entry : kStatuses) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<ConnectionStatus> parseConnectionStatus(QStringView text)
{
    for (const StatusName &entry : kStatuses) {
        if (text == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

} // namespace ocpi
