#include "envelope.h"

#include "core/datetime.h"

namespace ocpi::envelope {

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out.append(escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray build(const QByteArray &data, int statusCode, const QString &statusMessage,
                 const QDateTime &timestamp)
{
    QByteArray out;
    out.reserve(data.size() + 128);
    out.append('{');
    if (!data.isEmpty()) {
        out.append("\"data\":");
        out.append(data);
        out.append(',');
    }
    out.append("\"status_code\":");
    out.append(QByteArray::number(statusCode));
    if (!statusMessage.isEmpty()) {
        out.append(",\"status_message\":");
        out.append(jsonString(statusMessage));
    }
    out.append(",\"timestamp\":\"");
    out.append(formatDateTime(timestamp).toLatin1());
    out.append("\"}");
    return out;
}

QByteArray success(const QByteArray &data, const QDateTime &timestamp)
{
    return build(data, kSuccess, QStringLiteral("Success"), timestamp);
}

QByteArray error(int statusCode, const QString &message, const QDateTime &timestamp)
{
    return build(QByteArray(), statusCode, message, timestamp);
}

} // namespace ocpi::envelope
