#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace ocpi {

namespace {

const QString kLanguageKey = QStringLiteral("language");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LanguageMenu)
};

} // namespace

QString chosenLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

QMenu *createLanguageMenu(QMainWindow *window)
{
    auto *menu = new QMenu(Text::tr("&Language"), window);
    auto *group = new QActionGroup(menu);
    // Each language is named in itself, so an operator finds theirs whatever the console speaks.
    QList<Language> choices{{QString(), Text::tr("System language")}, {QStringLiteral("en"), QStringLiteral("English")}};
    choices.append(translatedLanguages());
    const QString current = chosenLanguage();
    for (const Language &language : std::as_const(choices)) {
        QAction *action = menu->addAction(language.name);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        action->setData(language.code);
        group->addAction(action);
        const QString code = language.code;
        const QString name = language.name;
        QObject::connect(action, &QAction::triggered, window, [window, code, name] {
            QSettings settings;
            if (code.isEmpty())
                settings.remove(kLanguageKey);
            else
                settings.setValue(kLanguageKey, code);
            window->statusBar()->showMessage(Text::tr("The console speaks %1 from its next start.").arg(name), 15000);
        });
    }
    return menu;
}

} // namespace ocpi
