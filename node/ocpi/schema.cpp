#include "schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ocpi {

namespace {

FieldSpec::Cardinality cardinalityFrom(const QString &text)
{
    if (text == QLatin1String("1"))
        return FieldSpec::Cardinality::Required;
    if (text == QLatin1String("*"))
        return FieldSpec::Cardinality::List;
    if (text == QLatin1String("+"))
        return FieldSpec::Cardinality::NonEmptyList;
    return FieldSpec::Cardinality::Optional;
}

} // namespace

const OcpiSchema &OcpiSchema::get()
{
    // Immutable facts from the specification, loaded once; thread-safe static initialisation.
    static const OcpiSchema schema;
    return schema;
}

OcpiSchema::OcpiSchema()
{
    QFile file(QStringLiteral(":/ocpi/schema/ocpi-2.2.1.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("OCPI schema resource missing");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject enums = root.value(QLatin1String("enums")).toObject();
    for (auto it = enums.begin(); it != enums.end(); ++it) {
        QStringList values;
        for (const QJsonValue &value : it.value().toArray())
            values.append(value.toString());
        m_enums.insert(it.key(), values);
    }
    const QJsonObject objects = root.value(QLatin1String("objects")).toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        QList<FieldSpec> fields;
        for (const QJsonValue &row : it.value().toArray()) {
            const QJsonArray f = row.toArray();
            fields.append({f.at(0).toString(), f.at(1).toString(), cardinalityFrom(f.at(2).toString()),
                           f.at(3).isDouble() ? f.at(3).toInt() : -1});
        }
        m_objects.insert(it.key(), fields);
    }
}

const QList<FieldSpec> &OcpiSchema::fields(const QString &object) const
{
    static const QList<FieldSpec> none;
    const auto found = m_objects.constFind(object);
    return found == m_objects.constEnd() ? none : *found;
}

const QStringList &OcpiSchema::enumValues(const QString &name) const
{
    static const QStringList none;
    const auto found = m_enums.constFind(name);
    return found == m_enums.constEnd() ? none : *found;
}

QStringList OcpiSchema::objectNames() const
{
    QStringList names = m_objects.keys();
    std::sort(names.begin(), names.end());
    return names;
}

QStringList OcpiSchema::enumNames() const
{
    QStringList names = m_enums.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace ocpi
