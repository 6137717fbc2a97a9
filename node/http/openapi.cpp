#include "openapi.h"

#include "ocpi/schema.h"
#include "ocpi/versionnumber.h"
#include "router.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ocpi {

namespace {

QJsonObject ref(const QString &name)
{
    return {{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/") + name}};
}

QJsonObject primitiveSchema(const FieldSpec &field)
{
    const OcpiSchema &schema = OcpiSchema::get();
    const QString &type = field.type;
    QJsonObject out;
    if (type == QLatin1String("string") || type == QLatin1String("CiString") || type == QLatin1String("URL")) {
        out.insert(QStringLiteral("type"), QStringLiteral("string"));
        const int max = type == QLatin1String("URL") ? 255 : field.maxLength;
        if (max > 0)
            out.insert(QStringLiteral("maxLength"), max);
    } else if (type == QLatin1String("DateTime")) {
        out.insert(QStringLiteral("type"), QStringLiteral("string"));
        out.insert(QStringLiteral("format"), QStringLiteral("date-time"));
        out.insert(QStringLiteral("maxLength"), 25);
    } else if (type == QLatin1String("int")) {
        out.insert(QStringLiteral("type"), QStringLiteral("integer"));
        if (field.maxLength > 0) {
            qint64 maximum = 1;
            for (int i = 0; i < field.maxLength; ++i)
                maximum *= 10;
            out.insert(QStringLiteral("maximum"), double(maximum - 1));
        }
    } else if (type == QLatin1String("number")) {
        out.insert(QStringLiteral("type"), QStringLiteral("number"));
    } else if (type == QLatin1String("boolean")) {
        out.insert(QStringLiteral("type"), QStringLiteral("boolean"));
    } else if (schema.hasEnum(type) || schema.hasObject(type)) {
        return ref(type);
    }
    return out; // "any": no constraint
}

QJsonObject fieldSchema(const FieldSpec &field)
{
    QJsonObject item = primitiveSchema(field);
    if (!field.isList())
        return item;
    QJsonObject list{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), item}};
    if (field.cardinality == FieldSpec::Cardinality::NonEmptyList)
        list.insert(QStringLiteral("minItems"), 1);
    return list;
}

QJsonObject componentSchemas()
{
    const OcpiSchema &schema = OcpiSchema::get();
    QJsonObject schemas;
    for (const QString &name : schema.enumNames()) {
        QJsonArray values;
        for (const QString &value : schema.enumValues(name))
            values.append(value);
        schemas.insert(name, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                         {QStringLiteral("enum"), values}});
    }
    for (const QString &name : schema.objectNames()) {
        QJsonObject properties;
        QJsonArray required;
        for (const FieldSpec &field : schema.fields(name)) {
            properties.insert(field.name, fieldSchema(field));
            if (field.isRequired())
                required.append(field.name);
        }
        QJsonObject object{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("properties"), properties}};
        if (!required.isEmpty())
            object.insert(QStringLiteral("required"), required);
        schemas.insert(name, object);
    }
    return schemas;
}

QJsonObject envelopeWith(const QJsonObject &data)
{
    QJsonObject properties{{QStringLiteral("data"), data},
                           {QStringLiteral("status_code"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                           {QStringLiteral("status_message"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                           {QStringLiteral("timestamp"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                     {QStringLiteral("format"), QStringLiteral("date-time")}}}};
    if (data.isEmpty())
        properties.remove(QStringLiteral("data"));
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("status_code"), QStringLiteral("timestamp")}},
            {QStringLiteral("properties"), properties}};
}

QJsonObject jsonContent(const QJsonObject &schema)
{
    return {{QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), schema}}}};
}

QJsonObject errorResponse(const QString &description)
{
    return {{QStringLiteral("description"), description},
            {QStringLiteral("content"), jsonContent(ref(QStringLiteral("ErrorEnvelope")))}};
}

QString operationId(const Route &route)
{
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9]+"));
    QString id = QString::fromLatin1(route.method).toLower() + QLatin1Char('_') + route.pattern;
    id.replace(nonWord, QStringLiteral("_"));
    while (id.endsWith(QLatin1Char('_')))
        id.chop(1);
    return id;
}

QJsonObject headerDoc(const QString &description, const QString &type)
{
    return {{QStringLiteral("description"), description},
            {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), type}}}};
}

QJsonObject operationFor(const Route &route)
{
    QJsonObject op{{QStringLiteral("summary"), route.doc.summary}, {QStringLiteral("operationId"), operationId(route)}};
    op.insert(QStringLiteral("tags"), QJsonArray{route.module.isEmpty() ? QStringLiteral("node") : route.module});

    QJsonArray parameters;
    for (const QString &segment : route.segments) {
        if (!segment.startsWith(QLatin1Char('{')))
            continue;
        parameters.append(QJsonObject{{QStringLiteral("name"), segment.mid(1, segment.size() - 2)},
                                      {QStringLiteral("in"), QStringLiteral("path")},
                                      {QStringLiteral("required"), true},
                                      {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    }
    QList<ParamDoc> query = route.doc.query;
    if (route.doc.paginated) {
        query.append({QStringLiteral("date_from"), QStringLiteral("string"), QStringLiteral("date-time"),
                      QStringLiteral("Only objects with last_updated at or after this time."), false});
        query.append({QStringLiteral("date_to"), QStringLiteral("string"), QStringLiteral("date-time"),
                      QStringLiteral("Only objects with last_updated before this time."), false});
        query.append({QStringLiteral("offset"), QStringLiteral("integer"), QString(), QStringLiteral("Index of the first object."), false});
        query.append({QStringLiteral("limit"), QStringLiteral("integer"), QString(),
                      QStringLiteral("Most objects to return (capped at X-Limit)."), false});
    }
    for (const ParamDoc &param : query) {
        QJsonObject schema{{QStringLiteral("type"), param.type}};
        if (!param.format.isEmpty())
            schema.insert(QStringLiteral("format"), param.format);
        parameters.append(QJsonObject{{QStringLiteral("name"), param.name},
                                      {QStringLiteral("in"), QStringLiteral("query")},
                                      {QStringLiteral("required"), param.required},
                                      {QStringLiteral("description"), param.description},
                                      {QStringLiteral("schema"), schema}});
    }
    if (!parameters.isEmpty())
        op.insert(QStringLiteral("parameters"), parameters);

    if (!route.doc.requestSchema.isEmpty()) {
        op.insert(QStringLiteral("requestBody"),
                  QJsonObject{{QStringLiteral("required"), !route.doc.requestOptional},
                              {QStringLiteral("content"), jsonContent(ref(route.doc.requestSchema))}});
    }

    QJsonObject data;
    if (!route.doc.responseSchema.isEmpty()) {
        data = ref(route.doc.responseSchema);
        if (route.doc.responseIsList)
            data = QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), data}};
    }
    QJsonObject success{{QStringLiteral("description"), QStringLiteral("OCPI response envelope")},
                        {QStringLiteral("content"), jsonContent(envelopeWith(data))}};
    if (route.doc.paginated) {
        success.insert(QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("X-Total-Count"), headerDoc(QStringLiteral("Objects matching the filters."), QStringLiteral("integer"))},
                                   {QStringLiteral("X-Limit"), headerDoc(QStringLiteral("Largest page this server returns."), QStringLiteral("integer"))},
                                   {QStringLiteral("Link"), headerDoc(QStringLiteral("Next page: <url>; rel=\"next\"."), QStringLiteral("string"))}});
    }
    QJsonObject responses{{QStringLiteral("200"), success}};
    for (int status : route.doc.extraStatuses)
        responses.insert(QString::number(status), QJsonObject{{QStringLiteral("description"), QStringLiteral("OCPI response envelope")},
                                                              {QStringLiteral("content"), jsonContent(envelopeWith(data))}});
    if (route.access != Access::Open)
        responses.insert(QStringLiteral("401"), errorResponse(QStringLiteral("Missing or unknown credentials token")));
    if (!route.doc.requestSchema.isEmpty())
        responses.insert(QStringLiteral("400"), errorResponse(QStringLiteral("Body is not valid JSON (2001)")));
    responses.insert(QStringLiteral("404"), errorResponse(QStringLiteral("Unknown resource")));
    responses.insert(QStringLiteral("405"), errorResponse(QStringLiteral("Method not allowed on this path")));
    op.insert(QStringLiteral("responses"), responses);

    op.insert(QStringLiteral("security"), route.access == Access::Open
                                              ? QJsonArray{}
                                              : QJsonArray{QJsonObject{{QStringLiteral("OcpiToken"), QJsonArray{}}}});
    return op;
}

} // namespace

QJsonObject buildOpenApi(const Router &router, const QString &publicBase)
{
    QJsonObject paths;
    for (const Route &route : router.routes()) {
        if (route.doc.hidden)
            continue;
        QJsonObject item = paths.value(route.pattern).toObject();
        item.insert(QString::fromLatin1(route.method).toLower(), operationFor(route));
        paths.insert(route.pattern, item);
    }
    QJsonObject schemas = componentSchemas();
    schemas.insert(QStringLiteral("ErrorEnvelope"), envelopeWith(QJsonObject()));
    // Each module tags its routes with its identifier; the tags say what the module is.
    QJsonArray tags;
    for (const auto &[identifier, description] : router.moduleDescriptions()) {
        tags.append(QJsonObject{{QStringLiteral("name"), identifier}, {QStringLiteral("description"), description}});
    }
    const QJsonObject components{
        {QStringLiteral("schemas"), schemas},
        {QStringLiteral("securitySchemes"),
         QJsonObject{{QStringLiteral("OcpiToken"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                                  {QStringLiteral("in"), QStringLiteral("header")},
                                  {QStringLiteral("name"), QStringLiteral("Authorization")},
                                  {QStringLiteral("description"),
                                   QStringLiteral("'Token ' followed by the base64 of the credentials token")}}}}}};
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("OCPI Node Console")},
                         {QStringLiteral("version"), QStringLiteral(OCPI_NODE_VERSION)},
                         {QStringLiteral("description"),
                          QStringLiteral("OCPI %1 node: every route this node serves.").arg(kOcpiVersion)}}},
            {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), publicBase}}}},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("components"), components}};
}

} // namespace ocpi
