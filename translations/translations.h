#pragma once

class QCoreApplication;

namespace ocpi {

// Installs the translation for the system locale, if there is one.
void installTranslations(QCoreApplication &app);

} // namespace ocpi
