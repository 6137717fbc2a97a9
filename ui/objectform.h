#pragma once

#include "fieldinputs.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace ocpi {

// A form generated from the schema's field table of one OCPI object (Location, Tariff, Token and
// whatever they nest): a labelled input per field, required fields marked with *, nested objects
// as group boxes, lists of objects as master-detail lists (ObjectListEditor).
//
// Round trip: object() starts from the object given to setObject(), so fields the form does not
// show are kept, and a field the operator did not touch keeps its stored JSON exactly.
//
// Problems (validationProblems' paths and messages) are shown in plain words under their fields;
// a problem inside a list item marks the item too.
class ObjectForm : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectForm(const QString &objectName, QWidget *parent = nullptr);
    ~ObjectForm() override;

    // The schema object it edits: "Location".
    const QString &schemaObject() const { return m_objectName; }
    void setObject(const QJsonObject &object);
    QJsonObject object() const;
    // Fields the operator may not change (an edited object's key, LOC-11).
    void setReadOnlyFields(const QSet<QString> &fields);

    void focusFirstField();

    void clearProblems();
    // `path` relative to this object, e.g. "evses[1].connectors[0].max_voltage"; the message is
    // the validator's. False when no field of the form matches the path.
    bool showProblem(const QString &path, const QString &message);
    // Selects the list items on the way to `path` and returns the field's input widget, or null.
    QWidget *reveal(const QString &path);
    // The plain message shown at `path`, empty for none (selects the list items on the way).
    QString problemAt(const QString &path);

private:
    struct Row;

    Row *row(const QString &name) const;
    void setRowProblem(Row &row, const QString &text);

    QString m_objectName;
    QList<Row *> m_rows;
    QLabel *m_general;          // problems of the object as a whole (its own rules)
    QJsonObject m_original;
};

// Where a problem path goes next: "evses[1].connectors" -> field "evses", rest "[1].connectors".
struct PathStep
{
    QString field;
    QString rest;
};
PathStep firstStep(const QString &path);

// A field's label for a title or a form row, with * when it is required.
QString fieldTitle(const FieldSpec &spec);

// A nested object as a group box; an optional one can be switched off (left out).
std::unique_ptr<FieldInput> makeObjectInput(const FieldSpec &spec, QWidget *parent);

} // namespace ocpi
