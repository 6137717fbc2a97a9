#include "pageicons.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace ocpi {

QIcon pageIcon(const QString &key)
{
    struct Choice
    {
        const char *theme; // freedesktop icon naming specification
        QStyle::StandardPixmap fallback;
    };
    static const QHash<QString, Choice> choices{
        {QStringLiteral("dashboard"), {"utilities-system-monitor", QStyle::SP_ComputerIcon}},
        {QStringLiteral("partners"), {"system-users", QStyle::SP_DriveNetIcon}},
        {QStringLiteral("locations"), {"mark-location", QStyle::SP_DirHomeIcon}},
        {QStringLiteral("tariffs"), {"accessories-calculator", QStyle::SP_FileDialogDetailedView}},
        {QStringLiteral("tokens"), {"dialog-password", QStyle::SP_DialogApplyButton}},
        {QStringLiteral("sessions"), {"battery-charging", QStyle::SP_MediaPlay}},
        {QStringLiteral("cdrs"), {"x-office-document", QStyle::SP_FileIcon}},
        {QStringLiteral("commands"), {"utilities-terminal", QStyle::SP_CommandLink}},
        {QStringLiteral("chargingprofiles"), {"power-profile-balanced", QStyle::SP_BrowserReload}},
        {QStringLiteral("reservations"), {"appointment-new", QStyle::SP_FileDialogListView}},
        {QStringLiteral("traffic"), {"network-transmit-receive", QStyle::SP_ArrowRight}},
        {QStringLiteral("settings"), {"preferences-system", QStyle::SP_FileDialogContentsView}},
    };
    const auto found = choices.constFind(key);
    if (found == choices.cend())
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    return QIcon::fromTheme(QLatin1String(found->theme), QApplication::style()->standardIcon(found->fallback));
}

} // namespace ocpi
