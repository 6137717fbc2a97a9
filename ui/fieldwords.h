#pragma once

#include <QString>

namespace ocpi {

// Plain words for the schema-driven forms (ObjectForm): a field's label from its wire name and a
// validator message in the operator's words. The wire names and the validator's messages stay
// English (they reach partners); only what the console shows is translated.
namespace fieldwords {

// "max_voltage" -> "Max voltage" (translated). Names outside the table of Location, Tariff, Token
// and their nested objects get the same shape, untranslated.
QString label(const QString &fieldName);

// The validator's message for one field (validationProblems) as a short sentence, e.g.
// "required field is missing" -> "Required.", "expected int, got string" -> "Enter a whole number.".
// Messages without a plain form come back as they are: they already name the value and the rule.
QString problem(const QString &validatorMessage);

} // namespace fieldwords
} // namespace ocpi
