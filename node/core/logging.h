#pragma once

#include <QLoggingCategory>

// One category per area; `--log-level` and QT_LOGGING_RULES switch them.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcTraffic)
Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcPartners)
Q_DECLARE_LOGGING_CATEGORY(lcModules)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace ocpi {

// Applies a level name (debug, info, warning, error) to every `ocpi.*` category.
bool applyLogLevel(const QString &level);

} // namespace ocpi
