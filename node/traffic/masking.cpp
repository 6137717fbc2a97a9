#include "trafficrecord.h"

#include "core/secrets.h"

#include <QRegularExpression>

namespace ocpi::masking {

QByteArray authorization(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space >= 0 ? value.left(space + 1) : QByteArray();
    const QByteArray token = space >= 0 ? value.mid(space + 1) : value;
    return scheme + secrets::mask(QString::fromLatin1(token)).toUtf8();
}

QByteArray headersText(const HeaderList &headers)
{
    QByteArray out;
    for (const auto &[name, value] : headers) {
        out.append(name);
        out.append(": ");
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            out.append(authorization(value));
        else
            out.append(value);
        out.append('\n');
    }
    return out;
}

QByteArray body(const QByteArray &body, qsizetype limit)
{
    QByteArray out = body;
    if (out.contains("\"token\"")) {
        static const QRegularExpression tokenValue(QStringLiteral(R"re("token"\s*:\s*"([^"\\]*)")re"));
        QString text = QString::fromUtf8(out);
        QRegularExpressionMatchIterator it = tokenValue.globalMatch(text);
        QList<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches.append(it.next());
        // Replace from the back so earlier offsets stay valid.
        for (auto m = matches.crbegin(); m != matches.crend(); ++m)
            text.replace(m->capturedStart(1), m->capturedLength(1), secrets::mask(m->captured(1)));
        out = text.toUtf8();
    }
    if (out.size() > limit) {
        const qsizetype total = out.size();
        out.truncate(limit);
        out.append("\n…(truncated, " + QByteArray::number(total) + " bytes in all)");
    }
    return out;
}

} // namespace ocpi::masking
