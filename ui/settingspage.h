#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ocpi {

class NodeController;

// The node's configuration (parties, business details, URLs, limits) edited in place: every field
// is checked as `ocpi-node serve` would check it, all errors shown at once next to their fields;
// Apply saves the values to the node's INI file and restarts the listener on them without leaving
// the console.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(NodeController &node, QWidget *parent = nullptr);

    QLineEdit *edit(const QString &option) const { return m_edits.value(option); }
    QString errorText(const QString &option) const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    QString outcomeText() const;
    // Where Apply writes: the --config/OCPI_CONFIG file, else the console's own node.ini.
    QString settingsFile() const;
    static QString consoleSettingsFile();

public slots:
    // Checks every field; true when all are valid.
    bool check();
    // Checks, saves and restarts the node on the new settings; false when a field is invalid.
    bool apply();
    // Shows the running node's values again.
    void revert();

private:
    QHash<QString, QString> changedValues() const;
    void updateButtons();

    NodeController &m_node;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_origins;
    QLabel *m_database;
    QLabel *m_outcome;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace ocpi
