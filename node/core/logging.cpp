#include "logging.h"

#include <QStringList>

Q_LOGGING_CATEGORY(lcApp, "ocpi.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "ocpi.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "ocpi.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTraffic, "ocpi.traffic", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "ocpi.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPartners, "ocpi.partners", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModules, "ocpi.modules", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "ocpi.outbox", QtInfoMsg)

namespace ocpi {

bool applyLogLevel(const QString &level)
{
    static const QStringList levels = {QStringLiteral("debug"), QStringLiteral("info"),
                                       QStringLiteral("warning"), QStringLiteral("critical")};
    QString wanted = level.toLower();
    if (wanted == QLatin1String("error"))
        wanted = QStringLiteral("critical");
    const qsizetype threshold = levels.indexOf(wanted);
    if (threshold < 0)
        return false;
    QStringList rules;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        rules << QStringLiteral("ocpi.*.%1=%2").arg(levels[i], i >= threshold ? QStringLiteral("true")
                                                                               : QStringLiteral("false"));
    }
    QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
    return true;
}

} // namespace ocpi
