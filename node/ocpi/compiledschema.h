#pragma once

// Internal to the validator: OcpiSchema's field tables resolved once into direct pointers, so a
// validation run never compares type names or looks anything up by name except JSON keys.

#include "objectlimits.h"
#include "objectrules.h"
#include "schema.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace ocpi {

enum class FieldKind { String, CiString, Url, DateTime, Int, Number, Boolean, Any, Enum, Object };

struct CompiledObject;

struct CompiledField
{
    QString name;
    QString typeName;                          // for messages: "Status", "TokenType"
    FieldKind kind = FieldKind::Any;
    FieldSpec::Cardinality cardinality = FieldSpec::Cardinality::Optional;
    int maxLength = -1;                        // -1: not checked
    const QSet<QString> *enumValues = nullptr; // kind Enum
    const CompiledObject *object = nullptr;    // kind Object
    rules::FieldRule rule;
    ListKind listKind = ListKind::Other;       // which ObjectLimits count applies to a list
    bool isLastUpdated = false;                // compared with the clock (ValidationPolicy)

    bool isList() const
    {
        return cardinality == FieldSpec::Cardinality::List
            || cardinality == FieldSpec::Cardinality::NonEmptyList;
    }
    bool isRequired() const
    {
        return cardinality == FieldSpec::Cardinality::Required
            || cardinality == FieldSpec::Cardinality::NonEmptyList;
    }
};

struct CompiledObject
{
    QString name;
    std::vector<CompiledField> fields;         // in specification order: the first error reported
    rules::ObjectRule rule = nullptr;
};

class CompiledSchema
{
public:
    static const CompiledSchema &get();

    const CompiledObject *object(const QString &name) const { return m_objects.value(name).get(); }
    const QSet<QString> *enumValues(const QString &name) const;

private:
    CompiledSchema();
    CompiledField compile(const QString &objectName, const FieldSpec &spec) const;

    QHash<QString, std::shared_ptr<CompiledObject>> m_objects;
    QHash<QString, QSet<QString>> m_enums;     // complete before any pointer into it is taken
};

} // namespace ocpi
