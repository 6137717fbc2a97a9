#pragma once

// Shared by the fuzz targets: a property every input must keep (libFuzzer reports the abort with
// the input that broke it), quiet logs, and JSON from the fuzzer's bytes.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                           \
    do {                                                                                \
        if (!(condition)) {                                                             \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", #condition, __FILE__, \
                         __LINE__);                                                     \
            std::abort();                                                               \
        }                                                                               \
    } while (false)

// Info and debug lines for millions of inputs only slow the fuzzer down.
inline void quietLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
}

// The JSON text as a value: an object or an array; anything unparsable becomes an empty object.
inline QJsonValue jsonValue(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// "name\nrest": the first line and what follows it; false when there is no line break.
inline bool splitFirstLine(const QByteArray &input, QByteArray *first, QByteArray *rest)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return false;
    *first = input.left(newline);
    *rest = input.mid(newline + 1);
    return true;
}
