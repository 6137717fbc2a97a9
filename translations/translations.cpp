#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace ocpi {

QList<Language> translatedLanguages()
{
    return {{QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("nl"), QStringLiteral("Nederlands")}};
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (language == QLatin1String("en"))
        return;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("ocpi"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace ocpi
