#pragma once

// Test helpers: load a fixture (or a part of it) and change one field at a path such as
// "evses[1].connectors[0].max_voltage", so each invalid row states exactly what it breaks.

#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace ocpi::test {

struct PathStep
{
    QString key;      // empty: a list index
    qsizetype index = -1;
};

inline QList<PathStep> parsePath(const QString &path)
{
    QList<PathStep> steps;
    for (const QString &part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        steps.append({part.left(bracket < 0 ? part.size() : bracket)});
        for (qsizetype at = bracket; at >= 0; at = part.indexOf(QLatin1Char('['), at + 1)) {
            const qsizetype end = part.indexOf(QLatin1Char(']'), at);
            steps.append({QString(), part.mid(at + 1, end - at - 1).toLongLong()});
        }
    }
    return steps;
}

// Undefined `value` removes the field or list element at the end of the path.
inline QJsonValue replacedAt(const QJsonValue &node, const QList<PathStep> &steps, qsizetype at,
                             const QJsonValue &value)
{
    if (at == steps.size())
        return value;
    const PathStep &step = steps.at(at);
    const bool last = at + 1 == steps.size();
    if (step.key.isEmpty()) {
        QJsonArray array = node.toArray();
        if (last && value.isUndefined())
            array.removeAt(step.index);
        else
            array.replace(step.index, replacedAt(array.at(step.index), steps, at + 1, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (last && value.isUndefined())
        object.remove(step.key);
    else
        object.insert(step.key, replacedAt(object.value(step.key), steps, at + 1, value));
    return object;
}

inline QJsonValue valueAt(QJsonValue node, const QString &path)
{
    for (const PathStep &step : parsePath(path))
        node = step.key.isEmpty() ? node.toArray().at(step.index) : node.toObject().value(step.key);
    return node;
}

// "locations/location_2x2.json#evses[0]": the first EVSE of that file.
inline QJsonValue fixture(const QString &reference)
{
    const qsizetype hash = reference.indexOf(QLatin1Char('#'));
    const QJsonDocument document = QJsonDocument::fromJson(readTestData(reference.left(hash < 0 ? reference.size() : hash)));
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return hash < 0 ? root : valueAt(root, reference.mid(hash + 1));
}

// A JSON literal as written in a test row; "<remove>" stands for "field absent".
inline QJsonValue literal(const QString &json)
{
    if (json == QLatin1String("<remove>"))
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + json.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON literal in a test row: %s", qPrintable(json));
    return document.array().at(0);
}

inline QJsonValue edited(const QJsonValue &base, const QString &path, const QString &json)
{
    return replacedAt(base, parsePath(path), 0, literal(json));
}

inline QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace ocpi::test
