#include "validator.h"

#include "compiledschema.h"
#include "core/clock.h"
#include "core/datetime.h"
#include "objectrules.h"
#include "textcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace ocpi {

namespace {

qsizetype digitCount(qint64 value)
{
    qsizetype digits = 1;
    for (value = value < 0 ? -value : value; value >= 10; value /= 10)
        ++digits;
    return digits;
}

// GEN-06: the writer's form is YYYY-MM-DDThh:mm:ssZ or ...ss.fffZ with a non-zero fraction. Most
// input already is; recognising that spares a re-format (text known to parse, only shape checked).
bool isCanonicalDateTime(QStringView s)
{
    const bool base = s.size() >= 20 && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s.back() == u'Z';
    if (!base)
        return false;
    if (s.size() == 20)
        return true;
    return s.size() == 24 && s[19] == u'.' && s.mid(20, 3) != u"000";
}

// One validation run. The canonical object starts as a shallow copy of the input and is only
// patched where it differs (null or unknown field, [], loose DateTime): input that is already
// canonical is returned without building a single JSON container.
// The path of the field being looked at is kept as a stack of (name, index) so nothing is
// formatted unless a message or an ignored-field path needs it.
// On the way it adds up an upper bound of the canonical object's compact JSON size (bytes()), so
// the exact size is only measured, by serialising, for objects that may be over the limit.
class Walker
{
public:
    // `problems`: collect every problem there (a failed field does not stop the walk of its
    // siblings); null: stop at the first, the partners' path, where nothing is collected.
    Walker(const ValidationPolicy &policy, QStringList *ignored, QList<ValidationProblem> *problems = nullptr)
        : m_policy(policy), m_ignored(ignored), m_problems(problems)
    {
    }

    QString failure() const { return m_failure; }
    qint64 bytes() const { return m_bytes; }

    // *out is the canonical object; *changed tells whether it differs from `in`.
    bool object(const CompiledObject &spec, const QJsonObject &in, QJsonObject *out, bool partial,
                bool *changed)
    {
        *out = in;
        *changed = false;
        m_bytes += 2;
        qsizetype known = 0;
        bool failed = false;
        for (const CompiledField &field : spec.fields) {
            const qsizetype depth = m_path.size();
            const auto found = in.constFind(field.name);
            if (found == in.constEnd()) {
                if (field.isRequired() && !partial && !failAt(field.name, QStringLiteral("required field is missing"))) {
                    if (!goOn(depth, &failed))
                        return false;
                }
                continue;
            }
            ++known;
            const QJsonValue value = found.value();
            if (value.isNull()) {
                if (field.isRequired() && !failAt(field.name, QStringLiteral("required field is null"))) {
                    if (!goOn(depth, &failed))
                        return false;
                    continue;
                }
                out->remove(field.name);
                *changed = true;
                continue;
            }
            m_bytes += field.name.size() + 4; // "name": and a comma
            m_path.append({&field.name, -1});
            QJsonValue replacement(QJsonValue::Undefined);
            bool drop = false;
            if (!(field.isList() ? list(field, value, &replacement, &drop, partial) : single(field, value, &replacement))) {
                if (!goOn(depth, &failed))
                    return false;
                continue;
            }
            m_path.removeLast();
            if (drop)
                out->remove(field.name);
            else if (!replacement.isUndefined())
                out->insert(field.name, replacement);
            *changed = *changed || drop || !replacement.isUndefined();
        }
        if (known < in.size()) {
            dropUnknown(spec, in, out);
            *changed = true;
        }
        // The object's own rules read its fields as valid: not run over fields that failed.
        if (failed)
            return false;
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

    // *drop: the list is [] and canonically omitted (GEN-10); kept in a PATCH body.
    bool list(const CompiledField &field, const QJsonValue &value, QJsonValue *replacement, bool *drop,
              bool partial)
    {
        if (!value.isArray())
            return fail(QLatin1String("expected list, got ") + jsonTypeName(value));
        const QJsonArray in = value.toArray();
        // Before any item is looked at: a list of a million items costs nothing to refuse.
        const int limit = m_policy.limits.maxItems(field.listKind);
        if (in.size() > limit)
            return fail(QStringLiteral("%1 items, at most %2 allowed").arg(in.size()).arg(limit));
        m_bytes += 2 + in.size();
        if (in.isEmpty()) {
            if (field.cardinality == FieldSpec::Cardinality::NonEmptyList)
                return fail(QStringLiteral("list must not be empty"));
            *drop = !partial;
            return true;
        }
        QJsonArray result;
        bool changed = false;
        bool failed = false;
        for (qsizetype i = 0; i < in.size(); ++i) {
            const qsizetype depth = m_path.size();
            m_path.append({nullptr, i});
            QJsonValue element(QJsonValue::Undefined);
            if (!single(field, in.at(i), &element)) {
                if (!goOn(depth, &failed))
                    return false;
                continue;
            }
            m_path.removeLast();
            if (!element.isUndefined()) {
                if (!changed)
                    result = in;
                changed = true;
                result.replace(i, element);
            }
        }
        if (changed)
            *replacement = result;
        return !failed;
    }

    // *replacement is set only when the canonical value differs from `value`.
    bool single(const CompiledField &field, const QJsonValue &value, QJsonValue *replacement)
    {
        switch (field.kind) {
        case FieldKind::String:
        case FieldKind::Url:
        case FieldKind::CiString:
            if (!value.isString())
                return wrongType(field, value);
            return text(field, value.toString());
        case FieldKind::DateTime: {
            if (!value.isString())
                return wrongType(field, value);
            const QString text = value.toString();
            const auto parsed = parseDateTime(text);
            if (!parsed)
                return fail(rules::quoted(text) + QLatin1String(" is not a valid DateTime"));
            if (field.isLastUpdated && m_policy.clock && *parsed > latestAllowed()) {
                return fail(rules::quoted(text) + QStringLiteral(" is more than %1 seconds ahead of this node's clock")
                                                      .arg(m_policy.maxClockSkewSeconds));
            }
            if (!isCanonicalDateTime(text))
                *replacement = formatDateTime(*parsed);
            m_bytes += 26; // "YYYY-MM-DDThh:mm:ss.fffZ"
            return true;
        }
        case FieldKind::Int:
            m_bytes += 21;
            return integer(field, value);
        case FieldKind::Number:
            m_bytes += 25; // the longest shortest-round-trip double, "-2.2250738585072014e-308"
            return number(field, value);
        case FieldKind::Boolean:
            m_bytes += 5;
            return value.isBool() || wrongType(field, value);
        case FieldKind::Any:
            m_bytes += anyBytes(value);
            return true;
        case FieldKind::Enum: {
            if (!value.isString())
                return wrongType(field, value);
            const QString name = value.toString();
            if (!field.enumValues->contains(name)) // GEN-01: exact, case-sensitive
                return fail(rules::quoted(name) + QLatin1String(" is not a valid ") + field.typeName);
            m_bytes += 2 + name.size();
            return true;
        }
        case FieldKind::Object: {
            if (!value.isObject())
                return wrongType(field, value);
            QJsonObject canonical;
            bool changed = false;
            if (!object(*field.object, value.toObject(), &canonical, false, &changed))
                return false;
            if (changed)
                *replacement = canonical;
            return true;
        }
        }
        return false;
    }

    bool text(const CompiledField &field, const QString &text)
    {
        const QString problem = rules::checkText(text, field.kind == FieldKind::CiString, field.maxLength, &m_bytes);
        if (!problem.isEmpty())
            return fail(problem);
        if (field.rule.text) {
            const QString broken = field.rule.text(text);
            if (!broken.isEmpty())
                return fail(broken);
        }
        return true;
    }

    bool integer(const CompiledField &field, const QJsonValue &value)
    {
        if (!value.isDouble())
            return wrongType(field, value);
        // JSON has one number type: 230.0 is accepted as 230 (Qt's JSON containers already store
        // an integral double as an integer, so the canonical text is "230" without a rewrite).
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
        return true;
    }

    bool number(const CompiledField &field, const QJsonValue &value)
    {
        if (!value.isDouble())
            return wrongType(field, value); // GEN-07: never a number in a string
        if (field.rule.number) {
            const QString broken = field.rule.number(value.toDouble());
            if (!broken.isEmpty())
                return fail(broken);
        }
        return true;
    }

    QDateTime latestAllowed()
    {
        if (!m_latest.isValid())
            m_latest = m_policy.clock->now().addSecs(m_policy.maxClockSkewSeconds);
        return m_latest;
    }

    static qint64 anyBytes(const QJsonValue &value)
    {
        if (value.isObject())
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size();
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).size();
        if (value.isString())
            return 2 + 6 * qint64(value.toString().size()); // worst case: every unit as \uXXXX
        return 25;
    }

    bool wrongType(const CompiledField &field, const QJsonValue &value)
    {
        QString expected;
        switch (field.kind) {
        case FieldKind::Object: expected = QStringLiteral("object"); break;
        case FieldKind::Int: expected = QStringLiteral("int"); break;
        case FieldKind::Number: expected = QStringLiteral("number"); break;
        case FieldKind::Boolean: expected = QStringLiteral("boolean"); break;
        default: expected = QStringLiteral("string"); break;
        }
        return fail(QLatin1String("expected ") + expected + QLatin1String(", got ") + jsonTypeName(value));
    }

    void dropUnknown(const CompiledObject &spec, const QJsonObject &in, QJsonObject *out)
    {
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString key = it.key();
            const bool defined = std::any_of(spec.fields.begin(), spec.fields.end(),
                                             [&](const CompiledField &f) { return f.name == key; });
            if (defined)
                continue;
            out->remove(key); // GEN-13: tolerated, never stored or forwarded
            if (m_ignored) {
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
        if (m_problems)
            m_problems->append({where, message});
        return false;
    }

    // After a failed field or item: whether the walk goes on to its siblings (when collecting),
    // with the path back at `depth` and *failed set.
    bool goOn(qsizetype depth, bool *failed)
    {
        *failed = true;
        m_path.resize(depth);
        return m_problems != nullptr;
    }

    const ValidationPolicy &m_policy;
    QStringList *m_ignored;
    QList<ValidationProblem> *m_problems;
    QVarLengthArray<Segment, 12> m_path;
    QString m_failure;
    qint64 m_bytes = 0;
    QDateTime m_latest;
};

Result<QJsonObject> validate(const QString &objectName, const QJsonValue &value, bool partial,
                             const ValidationPolicy &policy, QStringList *ignored,
                             QList<ValidationProblem> *problems = nullptr)
{
    const CompiledObject *spec = CompiledSchema::get().object(objectName);
    if (!spec)
        return Error::internal(QLatin1String("not an OCPI object: ") + objectName);
    if (!value.isObject()) {
        const QString message = QLatin1String("expected object, got ") + jsonTypeName(value);
        if (problems)
            problems->append({QString(), message});
        return Error::invalid(message);
    }
    Walker walker(policy, ignored, problems);
    QJsonObject canonical;
    bool changed = false;
    if (!walker.object(*spec, value.toObject(), &canonical, partial, &changed))
        return Error::invalid(walker.failure());
    // Hardening issue item 3: the size as stored and served. The walk's bound is rarely above the
    // limit, so the common case serialises nothing here.
    const qint64 limit = policy.limits.maxObjectBytes;
    if (walker.bytes() > limit) {
        const qint64 exact = QJsonDocument(canonical).toJson(QJsonDocument::Compact).size();
        if (exact > limit) {
            const QString message = QStringLiteral("%1 bytes of canonical JSON, at most %2 allowed").arg(exact).arg(limit);
            if (problems)
                problems->append({QString(), message});
            return Error::invalid(objectName + QLatin1String(": ") + message);
        }
    }
    return canonical;
}

} // namespace

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

Result<QJsonObject> validateObject(const QString &objectName, const QJsonValue &value, QStringList *ignoredFields)
{
    return validate(objectName, value, false, ValidationPolicy(), ignoredFields);
}

Result<QJsonObject> validateObject(const QString &objectName, const QJsonValue &value, const ValidationPolicy &policy,
                                   QStringList *ignoredFields)
{
    return validate(objectName, value, false, policy, ignoredFields);
}

Result<QJsonObject> validatePatch(const QString &objectName, const QJsonValue &value, QStringList *ignoredFields)
{
    return validate(objectName, value, true, ValidationPolicy(), ignoredFields);
}

Result<QJsonObject> validatePatch(const QString &objectName, const QJsonValue &value, const ValidationPolicy &policy,
                                  QStringList *ignoredFields)
{
    return validate(objectName, value, true, policy, ignoredFields);
}

QList<ValidationProblem> validationProblems(const QString &objectName, const QJsonValue &value,
                                            const ValidationPolicy &policy)
{
    QList<ValidationProblem> problems;
    const auto checked = validate(objectName, value, false, policy, nullptr, &problems);
    if (!checked && problems.isEmpty()) // not an OCPI object: the caller's mistake, said as it is
        problems.append({QString(), checked.error().message});
    return problems;
}

} // namespace ocpi
