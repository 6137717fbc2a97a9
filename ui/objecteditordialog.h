#pragma once

#include "objectscontroller.h"
#include "ocpi/validator.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;

namespace ocpi {

class ObjectForm;

// Creates or replaces one of our objects (a Location, Tariff or Token), through
// ObjectService::putOwn in the node thread: the same validation as a partner's PUT or an import.
// A refused object keeps the dialog open with the validator's message (which names the field);
// the dialog closes once the object is stored.
//
// Two tabs: "Form" (ObjectForm, generated from the schema) and "JSON" for the advanced, kept in
// sync when switching (JSON that does not parse keeps the JSON tab). Saving from the form first
// runs validationProblems and shows every problem at once, at its field and in a summary whose
// entries lead to the field; nothing is sent while there are any. Saving from the JSON tab sends
// the text as it is and shows the node's answer.
//
// last_updated: left as it was seeded, it is stamped with the current time on saving, so a change
// is not pushed with the old time (partners' date_from sync would miss it). A time the operator
// typed is kept.
class ObjectEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit };
    enum Tab { FormTab, JsonTab };

    // `note`: what the module's page adds to the hint (a rule of its objects), or empty.
    ObjectEditorDialog(ObjectsController &objects, const QString &module, Mode mode, const QJsonObject &seed,
                       const QString &note = QString(), QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QPlainTextEdit *editor() const { return m_editor; }
    ObjectForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    // The form's problems of the last save, one entry each ("EVSEs 2 › Connectors 1 › Max voltage: Required.").
    QListWidget *problemList() const { return m_problems; }
    QString message() const;
    bool isSaving() const { return m_saving; }

public slots:
    // Saves; the dialog stays open until the node has stored the object.
    void accept() override;

signals:
    // The object is stored (emitted before the dialog closes).
    void saved(const ObjectsController::Saved &saved);

private:
    void showMessage(const QString &text, bool failure);
    void setSaving(bool saving);
    void tabChanged(int index);
    // The JSON tab's text as one object, or nullopt with the reason shown.
    std::optional<QJsonObject> parsedJson();
    // Runs validationProblems on the form's object and shows them; true when there are none.
    bool formIsValid(const QJsonObject &object);
    // At their fields and in the summary (replacing what was shown).
    void showProblems(const QList<ValidationProblem> &problems);
    // The node refused the form's object: its message at the field it names, if it names one.
    bool showRefusalAtField(const QString &message);
    void focusProblem(const QString &path);
    // The object's key fields: country_code, party_id, the id (and a token's type).
    QStringList keyFields() const;
    // Edit: the object's key must stay what it was (ids never change, LOC-11).
    QString keyChange(const QJsonObject &object) const;

    ObjectsController &m_objects;
    QString m_module;
    Mode m_mode;
    QJsonObject m_seed;
    QTabWidget *m_tabs;
    ObjectForm *m_form;
    QScrollArea *m_formArea;
    QListWidget *m_problems;
    QPlainTextEdit *m_editor;
    QString m_jsonShown;        // what the JSON tab was given: unchanged text is not read back
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

} // namespace ocpi
