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
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *translator = new QTranslator(&app);
    // English is the source text; its file holds only the counted messages ("1 session",
    // "2 sessions"). It is also what a language without a translation of its own gets.
    if (translator->load(locale, QStringLiteral("ocpi"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("ocpi_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace ocpi
