#pragma once

// Internal to the validator: the OCPI 2.2.1 rules the field tables of the schema cannot express
// (patterns, code lists, relations between fields). validator.cpp attaches them to the compiled
// schema once; modules call validateObject()/validatePatch() and never these directly.

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace ocpi::rules {

// A check of one field's value, run after its JSON type, length and characters were checked.
// Returns an empty string when the value is fine, else the message (the caller adds the path).
using StringRule = QString (*)(QStringView value);
using IntRule = QString (*)(qint64 value);
using NumberRule = QString (*)(double value);

struct FieldRule
{
    StringRule text = nullptr;
    IntRule integer = nullptr;
    // The rule's pattern decides the length and the table's max length is not checked. Only for
    // GeoLocation: string(10)/string(11) contradict the spec's own patterns, which allow
    // "-33.8688197" (11) and "-151.2093000" (12); real coordinates look like that (tolerant reader).
    bool boundsLength = false;
    NumberRule number = nullptr;
};

// A failed rule across several fields; `path` is relative to the object ("" = the object itself).
struct RuleFailure
{
    QString path;
    QString message;
};

// A check across the fields of one canonical object (nulls and empty lists already dropped).
// `partial` is set for a PATCH body: a rule applies only when all the fields it relates are present.
using ObjectRule = bool (*)(const QJsonObject &object, bool partial, RuleFailure *failure);

FieldRule fieldRuleFor(const QString &object, const QString &field);
ObjectRule objectRuleFor(const QString &object);

// Every URL-typed field: http or https with a host (hardening issue item 7); a partner's "javascript:"
// or "file:" image URL would reach the console and other partners as it was sent.
QString httpUrlRule(QStringView value);

// Shared with the URL parameter helpers of validator.h.
QString countryCodeRule(QStringView value);
QString partyIdRule(QStringView value);

// A value echoed in a message: in double quotes, control characters as '?', cut after 40
// characters so a hostile megabyte string does not end up in status_message.
QString quoted(QStringView value);

// "U+00E9": how a refused character is named in a message.
QString codePoint(char16_t c);

} // namespace ocpi::rules
