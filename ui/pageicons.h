#pragma once

#include <QIcon>
#include <QString>

namespace ocpi {

// The sidebar's icon for a page key ("dashboard", "locations", ...): the desktop theme's icon where
// the system has one, else one of the style's own, so every page has an icon on any machine.
QIcon pageIcon(const QString &key);

} // namespace ocpi
