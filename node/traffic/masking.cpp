#include "trafficrecord.h"

#include "core/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ocpi::masking {

namespace {

// The masked form of a JSON string's contents (`escaped` is the text between the quotes). The
// token is unescaped before masking and the result escaped again, so the body stays valid JSON
// and the shown prefix never ends inside an escape sequence.
QString maskedJsonString(const QString &escaped)
{
    const QJsonArray decoded = QJsonDocument::fromJson("[\"" + escaped.toUtf8() + "\"]").array();
    const QString token = decoded.isEmpty() ? escaped : decoded.first().toString();
    const QByteArray encoded = QJsonDocument(QJsonArray{secrets::mask(token)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(encoded.mid(2, encoded.size() - 4)); // strip [" and "]
}

} // namespace

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
    // Only the part that will be kept is searched (a list page is large, a token is not): a token
    // value starting before the cut ends well within the margin, so it is masked whole.
    constexpr qsizetype kMargin = 512;
    QByteArray out = body.size() > limit + kMargin ? body.left(limit + kMargin) : body;
    if (out.contains("\"token\"")) {
        // CRED-02 allows `"` and `\` in tokens: the value may hold escape sequences.
        static const QRegularExpression tokenValue(QStringLiteral(R"re("token"\s*:\s*"((?:[^"\\]|\\.)*)")re"));
        QString text = QString::fromUtf8(out);
        QRegularExpressionMatchIterator it = tokenValue.globalMatch(text);
        QList<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches.append(it.next());
        // Replace from the back so earlier offsets stay valid.
        for (auto m = matches.crbegin(); m != matches.crend(); ++m)
            text.replace(m->capturedStart(1), m->capturedLength(1), maskedJsonString(m->captured(1)));
        out = text.toUtf8();
    }
    if (body.size() > limit) {
        out.truncate(limit);
        out.append("\n…(truncated, " + QByteArray::number(body.size()) + " bytes in all)");
    }
    return out;
}

} // namespace ocpi::masking
