#include "validator.h"

#include "core/datetime.h"
#include "objectrules.h"
#include "schema.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace ocpi {

namespace {

enum class Kind { String, CiString, Url, DateTime, Int, Number, Boolean, Any, Enum, Object };

struct CompiledObject;

// One FieldSpec resolved once: its type as a Kind, its enum set or object spec, its special rule.
// Validation then never compares type names or looks anything up by name except JSON keys.
struct CompiledField
{
    QString name;
    QString typeName;
    Kind kind = Kind::Any;
    FieldSpec::Cardinality cardinality = FieldSpec::Cardinality::Optional;
    int maxLength = -1;
    const QSet<QString> *enumValues = nullptr;
    const CompiledObject *object = nullptr;
    rules::FieldRule rule;

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
    std::vector<CompiledField> fields;
    rules::ObjectRule rule = nullptr;
};

class CompiledSchema
{
public:
    static const CompiledSchema &get()
    {
        static const CompiledSchema compiled;
        return compiled;
    }

    const CompiledObject *object(const QString &name) const { return m_objects.value(name).get(); }
    const QSet<QString> *enumValues(const QString &name) const
    {
        const auto found = m_enums.constFind(name);
        return found == m_enums.constEnd() ? nullptr : &*found;
    }

private:
    CompiledSchema()
    {
        const OcpiSchema &schema = OcpiSchema::get();
        for (const QString &name : schema.enumNames()) {
            const QStringList &values = schema.enumValues(name);
            m_enums.insert(name, QSet<QString>(values.begin(), values.end()));
        }
        // Objects first, fields second: a field points at its object spec, which must exist.
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

    CompiledField compile(const QString &objectName, const FieldSpec &spec) const
    {
        static const QHash<QString, Kind> basic = {
            {QStringLiteral("string"), Kind::String},     {QStringLiteral("CiString"), Kind::CiString},
            {QStringLiteral("URL"), Kind::Url},           {QStringLiteral("DateTime"), Kind::DateTime},
            {QStringLiteral("int"), Kind::Int},           {QStringLiteral("number"), Kind::Number},
            {QStringLiteral("boolean"), Kind::Boolean},   {QStringLiteral("any"), Kind::Any},
        };
        CompiledField field;
        field.name = spec.name;
        field.typeName = spec.type;
        field.cardinality = spec.cardinality;
        field.maxLength = spec.maxLength;
        field.rule = rules::fieldRuleFor(objectName, spec.name);
        if (const auto found = basic.constFind(spec.type); found != basic.constEnd()) {
            field.kind = *found;
        } else if (const QSet<QString> *values = enumValues(spec.type)) {
            field.kind = Kind::Enum;
            field.enumValues = values;
        } else if (const CompiledObject *object = this->object(spec.type)) {
            field.kind = Kind::Object;
            field.object = object;
        } else {
            qFatal("OCPI schema: %s.%s has unknown type %s", qPrintable(objectName),
                   qPrintable(spec.name), qPrintable(spec.type));
        }
        if (field.kind == Kind::Url && field.maxLength < 0)
            field.maxLength = 255; // GEN-04: the tables leave the length of URL implicit
        if (field.rule.boundsLength)
            field.maxLength = -1;
        return field;
    }

    QHash<QString, std::shared_ptr<CompiledObject>> m_objects;
    QHash<QString, QSet<QString>> m_enums;
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("list");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// GEN-02/03/04: characters and length of string, CiString and URL values. Length counts
// characters (code points), not UTF-16 units. Returns an empty string when fine.
QString checkText(QStringView text, bool asciiOnly, int maxLength)
{
    qsizetype surrogates = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (asciiOnly)
            return QStringLiteral("character %1 at index %2 is not printable ASCII").arg(rules::codePoint(c)).arg(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            return QStringLiteral("control character %1 at index %2").arg(rules::codePoint(c)).arg(i);
        if (QChar::isLowSurrogate(c))
            ++surrogates;
    }
    const qsizetype length = text.size() - surrogates;
    if (maxLength >= 0 && length > maxLength)
        return QStringLiteral("%1 characters, at most %2 allowed").arg(length).arg(maxLength);
    return {};
}

qsizetype digitCount(qint64 value)
{
    qsizetype digits = 1;
    for (value = value < 0 ? -value : value; value >= 10; value /= 10)
        ++digits;
    return digits;
}

// One validation run. The path of the field being looked at is kept as a stack of (name, index)
// so nothing is formatted unless a message or an ignored-field path needs it.
class Walker
{
public:
    explicit Walker(QStringList *ignored) : m_ignored(ignored) {}

    QString failure() const { return m_failure; }

    bool object(const CompiledObject &spec, const QJsonObject &in, QJsonObject *out, bool partial)
    {
        qsizetype known = 0;
        for (const CompiledField &field : spec.fields) {
            const auto found = in.constFind(field.name);
            if (found == in.constEnd()) {
                if (field.isRequired() && !partial)
                    return failAt(field.name, QStringLiteral("required field is missing"));
                continue;
            }
            ++known;
            const QJsonValue value = found.value();
            if (value.isNull()) {
                if (field.isRequired())
                    return failAt(field.name, QStringLiteral("required field is null"));
                continue;
            }
            m_path.append({&field.name, -1});
            QJsonValue canonical(QJsonValue::Undefined); // stays undefined for a dropped []
            if (!(field.isList() ? list(field, value, &canonical, partial) : single(field, value, &canonical)))
                return false;
            m_path.removeLast();
            if (!canonical.isUndefined())
                out->insert(field.name, canonical);
        }
        if (m_ignored && known < in.size())
            noteIgnored(spec, in);
        rules::RuleFailure broken;
        if (spec.rule && !spec.rule(*out, partial, &broken)) {
            if (!broken.path.isEmpty())
                m_path.append({&broken.path, -1});
            return fail(broken.message);
        }
        return true;
    }

private:
    struct Segment
    {
        const QString *name; // nullptr: a list index
        qsizetype index;
    };

    bool list(const CompiledField &field, const QJsonValue &value, QJsonValue *out, bool partial)
    {
        if (!value.isArray())
            return fail(QLatin1String("expected list, got ") + jsonTypeName(value));
        const QJsonArray in = value.toArray();
        if (in.isEmpty()) {
            if (field.cardinality == FieldSpec::Cardinality::NonEmptyList)
                return fail(QStringLiteral("list must not be empty"));
            if (partial)
                *out = QJsonArray();
            return true; // full objects: [] is "omitted" (GEN-10), *out stays undefined
        }
        QJsonArray result;
        for (qsizetype i = 0; i < in.size(); ++i) {
            m_path.append({nullptr, i});
            QJsonValue element;
            if (!single(field, in.at(i), &element))
                return false;
            m_path.removeLast();
            result.append(element);
        }
        *out = result;
        return true;
    }

    bool single(const CompiledField &field, const QJsonValue &value, QJsonValue *out)
    {
        switch (field.kind) {
        case Kind::String:
        case Kind::Url:
        case Kind::CiString:
            if (!value.isString())
                return wrongType(field, value);
            return text(field, value.toString(), value, out);
        case Kind::DateTime: {
            if (!value.isString())
                return wrongType(field, value);
            const QString text = value.toString();
            const auto parsed = parseDateTime(text);
            if (!parsed)
                return fail(rules::quoted(text) + QLatin1String(" is not a valid DateTime"));
            *out = formatDateTime(*parsed);
            return true;
        }
        case Kind::Int:
            return integer(field, value, out);
        case Kind::Number:
            if (!value.isDouble())
                return wrongType(field, value); // GEN-07: never a number in a string
            *out = value;
            return true;
        case Kind::Boolean:
            if (!value.isBool())
                return wrongType(field, value);
            *out = value;
            return true;
        case Kind::Any:
            *out = value;
            return true;
        case Kind::Enum: {
            if (!value.isString())
                return wrongType(field, value);
            const QString name = value.toString();
            if (!field.enumValues->contains(name)) // GEN-01: exact, case-sensitive
                return fail(rules::quoted(name) + QLatin1String(" is not a valid ") + field.typeName);
            *out = value;
            return true;
        }
        case Kind::Object: {
            if (!value.isObject())
                return wrongType(field, value);
            QJsonObject canonical;
            if (!object(*field.object, value.toObject(), &canonical, false))
                return false;
            *out = canonical;
            return true;
        }
        }
        return false;
    }

    bool text(const CompiledField &field, const QString &text, const QJsonValue &value, QJsonValue *out)
    {
        const QString problem = checkText(text, field.kind == Kind::CiString, field.maxLength);
        if (!problem.isEmpty())
            return fail(problem);
        if (field.rule.text) {
            const QString broken = field.rule.text(text);
            if (!broken.isEmpty())
                return fail(broken);
        }
        *out = value;
        return true;
    }

    bool integer(const CompiledField &field, const QJsonValue &value, QJsonValue *out)
    {
        if (!value.isDouble())
            return wrongType(field, value);
        // JSON has one number type; integral doubles (230.0) are accepted and written as 230.
        // Beyond 2^53 a double no longer holds every integer: refuse rather than round.
        const double number = value.toDouble();
        if (std::trunc(number) != number || std::fabs(number) > 9007199254740992.0)
            return fail(QLatin1String("expected int, got ") + QString::number(number, 'g', 17));
        const qint64 whole = qint64(number);
        if (field.maxLength >= 0 && digitCount(whole) > field.maxLength)
            return fail(QStringLiteral("%1 has more than %2 digits").arg(whole).arg(field.maxLength));
        if (field.rule.integer) {
            const QString broken = field.rule.integer(whole);
            if (!broken.isEmpty())
                return fail(broken);
        }
        *out = whole;
        return true;
    }

    bool wrongType(const CompiledField &field, const QJsonValue &value)
    {
        QString expected;
        switch (field.kind) {
        case Kind::Object: expected = QStringLiteral("object"); break;
        case Kind::Int: expected = QStringLiteral("int"); break;
        case Kind::Number: expected = QStringLiteral("number"); break;
        case Kind::Boolean: expected = QStringLiteral("boolean"); break;
        default: expected = QStringLiteral("string"); break;
        }
        return fail(QLatin1String("expected ") + expected + QLatin1String(", got ") + jsonTypeName(value));
    }

    void noteIgnored(const CompiledObject &spec, const QJsonObject &in)
    {
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString key = it.key();
            const bool defined = std::any_of(spec.fields.begin(), spec.fields.end(),
                                             [&](const CompiledField &f) { return f.name == key; });
            if (!defined) {
                const QString prefix = path();
                m_ignored->append(prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key);
            }
        }
    }

    QString path() const
    {
        QString text;
        for (const Segment &segment : m_path) {
            if (!segment.name) {
                text += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
            } else {
                if (!text.isEmpty())
                    text += QLatin1Char('.');
                text += *segment.name;
            }
        }
        return text;
    }

    bool failAt(const QString &field, const QString &message)
    {
        m_path.append({&field, -1});
        return fail(message);
    }

    bool fail(const QString &message)
    {
        const QString where = path();
        m_failure = where.isEmpty() ? message : where + QLatin1String(": ") + message;
        return false;
    }

    QStringList *m_ignored;
    QVarLengthArray<Segment, 12> m_path;
    QString m_failure;
};

Result<QJsonObject> validate(const QString &objectName, const QJsonValue &value, bool partial,
                             QStringList *ignored)
{
    const CompiledObject *spec = CompiledSchema::get().object(objectName);
    if (!spec)
        return Error::internal(QLatin1String("not an OCPI object: ") + objectName);
    if (!value.isObject())
        return Error::invalid(QLatin1String("expected object, got ") + jsonTypeName(value));
    Walker walker(ignored);
    QJsonObject canonical;
    if (!walker.object(*spec, value.toObject(), &canonical, partial))
        return Error::invalid(walker.failure());
    return canonical;
}

Status prefixed(const QString &what, const QString &problem)
{
    if (problem.isEmpty())
        return Status::success();
    return Error::invalid(what + QLatin1String(": ") + problem);
}

} // namespace

Result<QJsonObject> validateObject(const QString &objectName, const QJsonValue &value, QStringList *ignoredFields)
{
    return validate(objectName, value, false, ignoredFields);
}

Result<QJsonObject> validatePatch(const QString &objectName, const QJsonValue &value, QStringList *ignoredFields)
{
    return validate(objectName, value, true, ignoredFields);
}

Status checkCiString(const QString &what, QStringView value, int maxLength)
{
    if (value.isEmpty())
        return prefixed(what, QStringLiteral("must not be empty"));
    return prefixed(what, checkText(value, true, maxLength));
}

Status checkCountryCode(const QString &what, QStringView value)
{
    return prefixed(what, rules::countryCodeRule(value));
}

Status checkPartyId(const QString &what, QStringView value)
{
    return prefixed(what, rules::partyIdRule(value));
}

Status checkEnumValue(const QString &what, const QString &enumName, const QString &value)
{
    const QSet<QString> *values = CompiledSchema::get().enumValues(enumName);
    if (!values)
        return Error::internal(QLatin1String("not an OCPI enum: ") + enumName);
    if (values->contains(value))
        return Status::success();
    return prefixed(what, rules::quoted(value) + QLatin1String(" is not a valid ") + enumName);
}

} // namespace ocpi
