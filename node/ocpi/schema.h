#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ocpi {

// One field of an OCPI object, from the specification's tables.
struct FieldSpec
{
    enum class Cardinality { Required, Optional, List, NonEmptyList };

    QString name;
    QString type;               // string, CiString, URL, DateTime, int, number, boolean, any,
                                // an enum name or an object name
    Cardinality cardinality = Cardinality::Optional;
    int maxLength = -1;         // characters; for int the number of digits; -1 = none

    bool isList() const { return cardinality == Cardinality::List || cardinality == Cardinality::NonEmptyList; }
    bool isRequired() const { return cardinality == Cardinality::Required || cardinality == Cardinality::NonEmptyList; }
};

// Every OCPI 2.2.1 object and enum (resource ocpi-2.2.1.json). Immutable once loaded.
class OcpiSchema
{
public:
    static const OcpiSchema &get();

    bool hasObject(const QString &name) const { return m_objects.contains(name); }
    bool hasEnum(const QString &name) const { return m_enums.contains(name); }
    const QList<FieldSpec> &fields(const QString &object) const;
    const QStringList &enumValues(const QString &name) const;
    QStringList objectNames() const;
    QStringList enumNames() const;

private:
    OcpiSchema();

    QHash<QString, QList<FieldSpec>> m_objects;
    QHash<QString, QStringList> m_enums;
};

} // namespace ocpi
