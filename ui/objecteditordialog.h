#pragma once

#include "objectscontroller.h"

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace ocpi {

// Creates or replaces one of our objects (a Location, Tariff or Token) as OCPI JSON, through
// ObjectService::putOwn in the node thread: the same validation as a partner's PUT or an import.
// A refused object keeps the dialog open with the validator's message (which names the field);
// the dialog closes once the object is stored.
//
// last_updated: left as it was seeded, it is stamped with the current time on saving, so a change
// is not pushed with the old time (partners' date_from sync would miss it). A time the operator
// typed is kept.
class ObjectEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    // `note`: what the module's page adds to the hint (a rule of its objects), or empty.
    ObjectEditorDialog(ObjectsController &objects, const QString &module, Mode mode, const QJsonObject &seed,
                       const QString &note = QString(), QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QPlainTextEdit *editor() const { return m_editor; }
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
    // Edit: the object's key must stay what it was (ids never change, LOC-11).
    QString keyChange(const QJsonObject &object) const;

    ObjectsController &m_objects;
    QString m_module;
    Mode m_mode;
    QJsonObject m_seed;
    QPlainTextEdit *m_editor;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

} // namespace ocpi
