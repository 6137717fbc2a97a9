#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace ocpi {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("ocpi"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace ocpi
