// Issue 11, "every control has an accessible name and a keyboard path", checked on the whole
// console offscreen: a node hosting a CPO and an eMSP party (so every page's actions are on), each
// page of the sidebar visited, and every dialog the pages open. A control is a widget that takes
// input or shows state (buttons, edits, combos, spin boxes, views, tabs, text views, charts); the
// parts Qt builds inside a composite control (a spin box's line edit, a view's viewport and
// headers) are reached through it. Each control needs
//   a name: its accessibleName, else what a screen reader says for it (a button's text; a label
//   whose buddy it is), and
//   a keyboard path: Tab focus, a shortcut or mnemonic (its own or its buddy label's), or being
//   part of a view that takes focus.
// Every page is reached from the keyboard alone: Ctrl+1..9, and the page list (Ctrl+0) with the
// arrow keys, Tab leading from it into the page.

#include "authorizedialog.h"
#include "chargingprofiledialog.h"
#include "commandspage.h"
#include "consolewithcpo.h"
#include "invitedialog.h"
#include "locationspage.h"
#include "objecteditordialog.h"
#include "partnerspage.h"
#include "registerwizard.h"
#include "reservationdialog.h"
#include "reservationspage.h"
#include "sendcommanddialog.h"
#include "tokenspage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

#include <algorithm>

using namespace ocpi;

namespace {

// The pages of the sidebar, in its order (everyPageIsReachableFromTheKeyboard checks the window's).
const QStringList kPages{QStringLiteral("dashboard"), QStringLiteral("partners"), QStringLiteral("locations"),
                         QStringLiteral("tariffs"), QStringLiteral("tokens"), QStringLiteral("sessions"), QStringLiteral("cdrs"),
                         QStringLiteral("commands"), QStringLiteral("chargingprofiles"), QStringLiteral("reservations"),
                         QStringLiteral("traffic"), QStringLiteral("settings")};

// Widgets that take input or show state.
bool isControl(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTabBar *>(widget)
           || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
           || qobject_cast<const QAbstractSlider *>(widget)
           || QString::fromLatin1(widget->metaObject()->className()).endsWith(QLatin1String("Chart"));
}

// A part Qt builds inside a composite control: the composite is the control.
bool insideComposite(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QAbstractItemView *>(parent) || qobject_cast<const QTabBar *>(parent)
            || qobject_cast<const QTextEdit *>(parent) || qobject_cast<const QPlainTextEdit *>(parent))
            return true;
    }
    return false;
}

bool hasMnemonic(const QString &text)
{
    return QKeySequence::mnemonic(text).count() > 0;
}

QList<QLabel *> buddyLabels(const QWidget *widget)
{
    QList<QLabel *> labels;
    for (QLabel *label : widget->window()->findChildren<QLabel *>()) {
        if (label->buddy() == widget)
            labels << label;
    }
    return labels;
}

QString nameOf(QWidget *widget)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName();
    for (const QLabel *label : buddyLabels(widget)) {
        if (!label->text().trimmed().isEmpty())
            return label->text();
    }
    // A tab bar is named by its tabs.
    if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).trimmed().isEmpty())
                return QString();
        }
        return tabs->count() > 0 ? tabs->tabText(0) : QString();
    }
    // Buttons: what a screen reader says (their text). Not for editors, whose accessible "name" on
    // Linux is their current value, which names nothing.
    if (qobject_cast<QAbstractButton *>(widget)) {
        if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget))
            return accessible->text(QAccessible::Name).trimmed();
    }
    return QString();
}

bool hasKeyboardPath(QWidget *widget)
{
    if (widget->focusPolicy() & Qt::TabFocus)
        return true;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && (!button->shortcut().isEmpty() || hasMnemonic(button->text())))
        return true;
    for (const QLabel *label : buddyLabels(widget)) {
        if (hasMnemonic(label->text()))
            return true;
    }
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(parent) && (parent->focusPolicy() & Qt::TabFocus))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    if (text.isEmpty())
        text = widget->toolTip();
    return QStringLiteral("%1 '%2'%3").arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
                                          text.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text.left(40)));
}

} // namespace

class TstAccessibility : public QObject
{
    Q_OBJECT

    test::ConsoleWithCpo m_console;
    MainWindow *m_window = nullptr;
    QSet<const QWidget *> m_seen;
    QStringList m_offences;

    // Every visible control under `root`, once per run; offences name the page or dialog. A root
    // not shown yet (a wizard's later page) counts the controls it will show.
    void audit(QWidget *root, const QString &where)
    {
        QCoreApplication::processEvents();
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            const bool shown = root->isVisible() ? widget->isVisible() : widget->isVisibleTo(root);
            if (!shown || !isControl(widget) || insideComposite(widget) || m_seen.contains(widget))
                continue;
            m_seen.insert(widget);
            QStringList missing;
            if (nameOf(widget).isEmpty())
                missing << QStringLiteral("no accessible name");
            if (!hasKeyboardPath(widget))
                missing << QStringLiteral("no keyboard path");
            if (!missing.isEmpty())
                m_offences << QStringLiteral("%1: %2: %3").arg(where, describe(widget), missing.join(QStringLiteral(", ")));
        }
    }

    // A dialog as its page opens it (with open() or show(), never exec()).
    QDialog *openDialog(const QString &dialog)
    {
        if (dialog == QLatin1String("invite"))
            return m_window->partnersPage()->openInviteDialog();
        if (dialog == QLatin1String("register"))
            return m_window->partnersPage()->openRegisterWizard();
        if (dialog == QLatin1String("editor"))
            return m_window->pageOf<LocationsPage>()->openNewDialog();
        if (dialog == QLatin1String("authorize"))
            return m_window->pageOf<TokensPage>()->openAuthorizeDialog();
        if (dialog == QLatin1String("command"))
            return m_window->pageOf<CommandsPage>()->openSendDialog();
        if (dialog == QLatin1String("reservation")) {
            // The module starts with the node: its page turns the button on then.
            if (!QTest::qWaitFor([this] { return m_window->pageOf<ReservationsPage>()->requestButton()->isEnabled(); }))
                return nullptr;
            return m_window->pageOf<ReservationsPage>()->openRequestDialog();
        }
        if (dialog == QLatin1String("profile")) {
            // The dialog the page and the Sessions page open for a partner CPO's session; its
            // controls do not depend on one.
            auto *profile = new ChargingProfileDialog(*m_console.node, 1, QStringLiteral("SESSION-1"), m_window);
            profile->setAttribute(Qt::WA_DeleteOnClose);
            profile->show();
            return profile;
        }
        return nullptr;
    }

    // Every view's first row selected, so the panes that show a selection are there too.
    void selectFirstRows(QWidget *page)
    {
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0 && !view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, 0));
        }
    }

private slots:
    void init()
    {
        m_console.startConsole({QStringLiteral("NL-CPO:CPO"), QStringLiteral("DE-EMS:EMSP")},
                               [](NodeConfig &config) { config.reservations = true; });
        m_window = m_console.window.get();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_seen.clear();
        m_offences.clear();
    }
    void cleanup()
    {
        m_console.reset();
        m_window = nullptr;
    }

    // One row per page of the sidebar (the window around it included), one per dialog.
    void everyControlIsNamedAndReachable_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("dialog");
        for (const QString &page : kPages)
            QTest::newRow(qPrintable(page)) << page << QString();
        QTest::newRow("invite dialog") << QStringLiteral("partners") << QStringLiteral("invite");
        QTest::newRow("register wizard") << QStringLiteral("partners") << QStringLiteral("register");
        QTest::newRow("object editor") << QStringLiteral("locations") << QStringLiteral("editor");
        QTest::newRow("authorize dialog") << QStringLiteral("tokens") << QStringLiteral("authorize");
        QTest::newRow("send command dialog") << QStringLiteral("commands") << QStringLiteral("command");
        QTest::newRow("reservation dialog") << QStringLiteral("reservations") << QStringLiteral("reservation");
        QTest::newRow("charging profile dialog") << QStringLiteral("chargingprofiles") << QStringLiteral("profile");
    }
    void everyControlIsNamedAndReachable()
    {
        QFETCH(QString, page);
        QFETCH(QString, dialog);
        // A partner row, so the partners page shows its details pane.
        m_console.inNode([](NodeServices &services) { QVERIFY_STATUS(services.partners().invite(QStringLiteral("guest"))); });
        QTRY_VERIFY(m_window->partnersPage()->findChild<QAbstractItemView *>()->model()->rowCount() > 0);
        QVERIFY(m_window->pageKeys().contains(page));
        QVERIFY(m_window->showPage(page));
        QTest::qWait(100);
        selectFirstRows(m_window->page(page));
        QWidget *root = m_window;
        QPointer<QDialog> opened;
        if (!dialog.isEmpty()) {
            opened = openDialog(dialog);
            QVERIFY2(opened, qPrintable(QStringLiteral("the %1 page opened no %2 dialog").arg(page, dialog)));
            QTRY_VERIFY(opened->isVisible());
            root = opened;
        }
        audit(root, dialog.isEmpty() ? QStringLiteral("page %1").arg(page) : QStringLiteral("%1 dialog").arg(dialog));
        // A wizard's pages after the first, as the operator will meet them.
        if (auto *wizard = qobject_cast<QWizard *>(opened.data())) {
            for (const int id : wizard->pageIds())
                audit(wizard->page(id), QStringLiteral("%1 dialog, page %2").arg(dialog).arg(id));
        }
        // The failure message is cut at 1 KB: every offence is also a line of its own.
        for (const QString &offence : std::as_const(m_offences))
            qWarning("%s", qPrintable(offence));
        QVERIFY2(m_offences.isEmpty(), qPrintable(QStringLiteral("%1 control(s):\n").arg(m_offences.size()) + m_offences.join(QLatin1Char('\n'))));
        // The walk found the page's (or dialog's) own controls, not only the window's.
        QWidget *own = opened ? static_cast<QWidget *>(opened) : m_window->page(page);
        const auto walked = std::count_if(m_seen.cbegin(), m_seen.cend(), [own](const QWidget *w) { return own->isAncestorOf(w); });
        QVERIFY2(walked >= 1, qPrintable(QStringLiteral("no control of %1 walked").arg(QTest::currentDataTag())));
        if (opened)
            opened->close();
    }

    void everyPageIsReachableFromTheKeyboard()
    {
        const QStringList keys = m_window->pageKeys();
        // The walk above visits exactly these.
        QCOMPARE(keys, kPages);
        // The first nine: Ctrl+1..Ctrl+9.
        for (int i = 0; i < 9; ++i) {
            QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(m_window->currentPageKey(), keys.at(i));
        }
        // Every one: the page list (Ctrl+0), Home and Down; Tab then leads into the page.
        for (int i = 0; i < keys.size(); ++i) {
            QTest::keyClick(m_window, Qt::Key_0, Qt::ControlModifier);
            QTRY_VERIFY(m_window->sidebar()->hasFocus());
            QTest::keyClick(m_window->sidebar(), Qt::Key_Home);
            for (int down = 0; down < i; ++down)
                QTest::keyClick(m_window->sidebar(), Qt::Key_Down);
            QCOMPARE(m_window->currentPageKey(), keys.at(i));
            QTest::keyClick(m_window->sidebar(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && m_window->page(keys.at(i))->isAncestorOf(focus),
                     qPrintable(QStringLiteral("Tab from the page list on %1 went to %2").arg(keys.at(i), focus ? describe(focus) : QStringLiteral("nothing"))));
        }
    }
};

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
