#pragma once

// Internal to the validator: the character rules of text values, shared by the object walk
// (validator.cpp) and the URL parameter checks of validator.h (textcheck.cpp).

#include <QString>
#include <QStringView>

namespace ocpi::rules {

// GEN-02/03/04 and hardening issue item 7 (unpaired surrogates). *jsonBytes, when given, gets an
// upper bound of the value's size in compact JSON added. Returns an empty string when fine, else
// the problem ("control character U+000A at index 18").
QString checkText(QStringView text, bool asciiOnly, int maxLength, qint64 *jsonBytes = nullptr);

} // namespace ocpi::rules
