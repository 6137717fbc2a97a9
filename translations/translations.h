#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace ocpi {

// A language the console and the operator commands speak besides English (the source text).
struct Language
{
    QString code; // "de": the suffix of translations/ocpi_de.ts
    QString name; // in the language itself, as a language menu shows it: "Deutsch"
};
QList<Language> translatedLanguages();

// Installs the translation of `language` (a code of translatedLanguages(), or "en" for none); when
// empty, the one for the system locale, if there is one.
void installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace ocpi
