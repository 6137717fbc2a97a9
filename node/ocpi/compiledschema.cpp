#include "compiledschema.h"

namespace ocpi {

namespace {

ListKind listKindOf(const QString &objectName, const QString &fieldName)
{
    if (objectName == QLatin1String("Location") && fieldName == QLatin1String("evses"))
        return ListKind::Evses;
    if (objectName == QLatin1String("EVSE") && fieldName == QLatin1String("connectors"))
        return ListKind::Connectors;
    if (objectName == QLatin1String("EVSE") && fieldName == QLatin1String("capabilities"))
        return ListKind::Capabilities;
    if (fieldName == QLatin1String("images"))           // Location, EVSE
        return ListKind::Images;
    if (fieldName == QLatin1String("charging_periods")) // Session, CDR
        return ListKind::ChargingPeriods;
    return ListKind::Other;
}

} // namespace

const CompiledSchema &CompiledSchema::get()
{
    static const CompiledSchema compiled; // immutable after thread-safe static initialisation
    return compiled;
}

const QSet<QString> *CompiledSchema::enumValues(const QString &name) const
{
    const auto found = m_enums.constFind(name);
    return found == m_enums.constEnd() ? nullptr : &*found;
}

CompiledSchema::CompiledSchema()
{
    const OcpiSchema &schema = OcpiSchema::get();
    for (const QString &name : schema.enumNames()) {
        const QStringList &values = schema.enumValues(name);
        m_enums.insert(name, QSet<QString>(values.begin(), values.end()));
    }
    // Objects first, fields second: a field points at its object's entry, which must exist.
    const QStringList names = schema.objectNames();
    for (const QString &name : names)
        m_objects.insert(name, std::make_shared<CompiledObject>());
    for (const QString &name : names) {
        CompiledObject &object = *m_objects.value(name);
        object.name = name;
        object.rule = rules::objectRuleFor(name);
        for (const FieldSpec &spec : schema.fields(name))
            object.fields.push_back(compile(name, spec));
    }
}

CompiledField CompiledSchema::compile(const QString &objectName, const FieldSpec &spec) const
{
    static const QHash<QString, FieldKind> basic = {
        {QStringLiteral("string"), FieldKind::String},   {QStringLiteral("CiString"), FieldKind::CiString},
        {QStringLiteral("URL"), FieldKind::Url},         {QStringLiteral("DateTime"), FieldKind::DateTime},
        {QStringLiteral("int"), FieldKind::Int},         {QStringLiteral("number"), FieldKind::Number},
        {QStringLiteral("boolean"), FieldKind::Boolean}, {QStringLiteral("any"), FieldKind::Any},
    };
    CompiledField field;
    field.name = spec.name;
    field.typeName = spec.type;
    field.cardinality = spec.cardinality;
    field.maxLength = spec.maxLength;
    field.rule = rules::fieldRuleFor(objectName, spec.name);
    field.listKind = listKindOf(objectName, spec.name);
    field.isLastUpdated = spec.name == QLatin1String("last_updated");
    if (const auto found = basic.constFind(spec.type); found != basic.constEnd()) {
        field.kind = *found;
    } else if (const QSet<QString> *values = enumValues(spec.type)) {
        field.kind = FieldKind::Enum;
        field.enumValues = values;
    } else if (const CompiledObject *object = this->object(spec.type)) {
        field.kind = FieldKind::Object;
        field.object = object;
    } else {
        qFatal("OCPI schema: %s.%s has unknown type %s", qPrintable(objectName),
               qPrintable(spec.name), qPrintable(spec.type));
    }
    if (field.kind == FieldKind::Url && field.maxLength < 0)
        field.maxLength = 255; // GEN-04: the tables leave the length of URL implicit
    if (field.kind == FieldKind::Url && !field.rule.text)
        field.rule.text = rules::httpUrlRule;
    if (field.rule.boundsLength)
        field.maxLength = -1;
    return field;
}

} // namespace ocpi
