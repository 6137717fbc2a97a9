#pragma once

#include "ocpi/party.h"

#include <QList>
#include <QString>

namespace ocpi {

// How this node presents itself in credentials: its parties and its versions URL.
struct OurIdentity
{
    QList<PartyRole> parties;
    QString versionsUrl;
};

} // namespace ocpi
