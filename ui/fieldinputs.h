#pragma once

#include "ocpi/schema.h"

#include <QJsonValue>
#include <QString>

#include <memory>

class QWidget;

namespace ocpi {

// The editor of one field of an ObjectForm, chosen from the field's schema entry. Values travel as
// JSON: Undefined means "not set" (the field is left out). An input never refuses or rounds what
// the operator typed: text that is no number goes out as a string, so the validator reports it at
// the field together with every other problem (validationProblems), in the operator's words.
class FieldInput
{
public:
    virtual ~FieldInput() = default;

    virtual QWidget *widget() const = 0;
    // The widget that takes the keyboard focus and carries the field's accessible name.
    virtual QWidget *focusTarget() const { return widget(); }
    virtual void setValue(const QJsonValue &value) = 0;
    virtual QJsonValue value() const = 0;
    virtual void setReadOnly(bool readOnly) = 0;

    // Nested inputs (objects, lists of objects): `rest` is the problem path after the field name,
    // ".latitude" or "[1].connectors[0].max_voltage". False: not shown inside, the row shows it.
    virtual bool showProblem(const QString &rest, const QString &message)
    {
        Q_UNUSED(rest) Q_UNUSED(message) return false;
    }
    virtual void clearProblems() {}
    // Brings the place `rest` names into view (selects list items on the way); its widget or null.
    // An entry of a list of strings or enum values ("[2]") is in the list's own widget.
    virtual QWidget *reveal(const QString &rest)
    {
        return rest.isEmpty() || rest.startsWith(QLatin1Char('[')) ? focusTarget() : nullptr;
    }
    // The plain message shown at `rest` ("" for none), for tests and the summary.
    virtual QString problemAt(const QString &rest) { Q_UNUSED(rest) return QString(); }
};

// Scalars, enums, booleans, lists of strings or enums, nested objects and lists of objects.
std::unique_ptr<FieldInput> makeFieldInput(const FieldSpec &spec, QWidget *parent);

} // namespace ocpi
