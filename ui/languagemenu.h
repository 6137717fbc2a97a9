#pragma once

#include <QString>

class QMainWindow;
class QMenu;

namespace ocpi {

// The console's language: the system locale's unless the operator chose one in the Language menu.
// The choice is kept in QSettings ("language": a code of translatedLanguages(), "en", or absent for
// the system's) and takes effect at the next start: the widgets do not retranslate while open.
QString chosenLanguage();

// The Language menu of `window`: "System language", English and every translated language, the
// current choice checked. A change is saved and announced in the window's status bar.
QMenu *createLanguageMenu(QMainWindow *window);

} // namespace ocpi
