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

// Installs the translation of `language` (a code of translatedLanguages(), or "en"); when empty,
// the one for the system locale. English, and any language without a translation, get the English
// plural forms ("1 session", "2 sessions") over the source text.
void installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace ocpi
