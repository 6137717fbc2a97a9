#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ocpi::envelope {

constexpr int kSuccess = 1000;

// The OCPI response envelope written straight from bytes (docs/architecture.md: list pages are assembled
// from stored JSON, never re-serialised). `data` is raw JSON; an empty QByteArray omits the field.
QByteArray build(const QByteArray &data, int statusCode, const QString &statusMessage,
                 const QDateTime &timestamp);

QByteArray success(const QByteArray &data, const QDateTime &timestamp);
QByteArray error(int statusCode, const QString &message, const QDateTime &timestamp);

// A JSON string literal (with quotes) for raw assembly.
QByteArray jsonString(const QString &text);

} // namespace ocpi::envelope
