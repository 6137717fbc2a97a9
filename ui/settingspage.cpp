#include "settingspage.h"

#include "nodecontroller.h"
#include "settingsform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ocpi {

namespace {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00000"));
    label->hide();
    return label;
}

} // namespace

SettingsPage::SettingsPage(NodeController &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    auto *form = new QFormLayout;
    for (const SettingsForm::Field &field : SettingsForm::fields()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(field.option);
        edit->setAccessibleName(field.label);
        auto *origin = new QLabel(this);
        origin->setEnabled(false);
        auto *error = makeErrorLabel(this);
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(origin);
        column->addWidget(error);
        auto *label = new QLabel(field.label + QLatin1Char(':'), this);
        label->setBuddy(edit);
        form->addRow(label, column);
        m_edits.insert(field.option, edit);
        m_errors.insert(field.option, error);
        m_origins.insert(field.option, origin);
        connect(edit, &QLineEdit::textEdited, this, &SettingsPage::updateButtons);
    }
    m_database = new QLabel(this);
    m_database->setWordWrap(true);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Database:"), m_database);

    auto *inner = new QWidget(this);
    inner->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_apply = new QPushButton(tr("Apply and restart the listener"), this);
    m_apply->setToolTip(tr("Check every field, save the settings and restart the node on them"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setToolTip(tr("Show the running node's settings again"));
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_outcome, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(&m_node, &NodeController::started, this, [this] {
        if (changedValues().isEmpty())
            revert();
    });
    connect(&m_node, &NodeController::failed, this, [this](const QString &message) {
        m_outcome->setText(tr("The node did not start on these settings: %1. Correct them and apply again.").arg(message));
    });
    revert();
}

QString SettingsPage::consoleSettingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/node.ini");
}

QString SettingsPage::settingsFile() const
{
    return m_node.config().configFile.isEmpty() ? consoleSettingsFile() : m_node.config().configFile;
}

void SettingsPage::revert()
{
    const NodeConfig &config = m_node.config();
    for (const SettingsForm::Field &field : SettingsForm::fields()) {
        m_edits.value(field.option)->setText(field.text(config));
        m_errors.value(field.option)->hide();
        // Command line and environment win over the INI file at the next start: say where a value
        // comes from, so an operator knows whether saving it will last.
        const QString origin = config.origins.value(field.option);
        QString note;
        if (origin.isEmpty())
            note = tr("default");
        else if (origin.startsWith(QLatin1String("--")) || origin.startsWith(QLatin1String("OCPI_")))
            note = tr("set by %1, which wins over the saved value at the next start").arg(origin);
        else
            note = tr("from %1").arg(origin);
        m_origins.value(field.option)->setText(note);
    }
    m_database->setText(tr("%1 (change it with --db; the console keeps one database while it runs)").arg(config.databasePath));
    updateButtons();
}

QHash<QString, QString> SettingsPage::changedValues() const
{
    QHash<QString, QString> values;
    for (const SettingsForm::Field &field : SettingsForm::fields()) {
        const QString text = m_edits.value(field.option)->text();
        if (text.trimmed() != field.text(m_node.config()))
            values.insert(field.option, text);
    }
    return values;
}

void SettingsPage::updateButtons()
{
    const bool changed = !changedValues().isEmpty();
    m_apply->setEnabled(changed);
    m_revert->setEnabled(changed);
}

bool SettingsPage::check()
{
    const QHash<QString, QString> errors = SettingsForm::check(changedValues());
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        it.value()->setText(errors.value(it.key()));
        it.value()->setVisible(errors.contains(it.key()));
    }
    if (!errors.isEmpty())
        m_outcome->setText(errors.size() == 1 ? tr("1 setting needs correcting; nothing was saved.")
                                              : tr("%1 settings need correcting; nothing was saved.").arg(errors.size()));
    return errors.isEmpty();
}

bool SettingsPage::apply()
{
    if (!check())
        return false;
    const QHash<QString, QString> values = changedValues();
    if (values.isEmpty())
        return true;
    const QString file = settingsFile();
    if (const Status saved = SettingsForm::save(file, values); !saved) {
        m_outcome->setText(tr("Not saved: %1. Check that the folder is writable.").arg(saved.error().message));
        return false;
    }
    NodeConfig config = SettingsForm::apply(m_node.config(), values);
    config.configFile = file;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        config.origins.insert(it.key(), QStringLiteral("%1 in %2").arg(NodeConfig::iniKey(it.key()), file));
    m_outcome->setText(tr("Saved to %1; restarting the listener…").arg(file));
    m_node.restart(config);
    revert();
    return true;
}

QString SettingsPage::errorText(const QString &option) const
{
    const QLabel *label = m_errors.value(option);
    return label && !label->isHidden() ? label->text() : QString();
}

QString SettingsPage::outcomeText() const
{
    return m_outcome->text();
}

} // namespace ocpi
