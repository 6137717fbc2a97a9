#include "trafficfilter.h"

#include <QRegularExpression>
#include <QUrl>

namespace ocpi {

std::optional<StatusRange> StatusRange::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]*)([xX]*)$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch() || m.capturedLength(0) > 6)
        return std::nullopt;
    int scale = 1;
    for (qsizetype i = 0; i < m.capturedLength(2); ++i)
        scale *= 10;
    const int from = m.captured(1).toInt() * scale;
    return StatusRange{from, from + scale};
}

namespace trafficurl {

namespace {

// Segments of the path, decoded; the query is not part of it.
QStringList segments(const QString &url)
{
    const QString path = QUrl(url).path(QUrl::FullyDecoded);
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isVersion(const QString &segment)
{
    static const QRegularExpression version(QStringLiteral("^[0-9]+(\\.[0-9]+)+$"));
    return version.match(segment).hasMatch();
}

// Index of the module segment, or -1.
qsizetype moduleIndex(const QStringList &parts)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (isVersion(parts.at(i)))
            return i + 1 < parts.size() ? i + 1 : -1;
    }
    return parts.isEmpty() || parts.last() != QLatin1String("versions") ? -1 : parts.size() - 1;
}

} // namespace

QStringList knownModules()
{
    return {QStringLiteral("versions"),    QStringLiteral("credentials"), QStringLiteral("locations"),
            QStringLiteral("sessions"),    QStringLiteral("cdrs"),        QStringLiteral("tariffs"),
            QStringLiteral("tokens"),      QStringLiteral("commands"),    QStringLiteral("chargingprofiles"),
            QStringLiteral("hubclientinfo"), QStringLiteral("reservations")};
}

QString moduleOf(const QString &url)
{
    const QStringList parts = segments(url);
    const qsizetype i = moduleIndex(parts);
    return i < 0 ? QString() : parts.at(i);
}

QString objectOf(const QString &url)
{
    QStringList parts = segments(url);
    const qsizetype i = moduleIndex(parts);
    if (i < 0)
        return QString();
    parts = parts.mid(i + 1);
    // Country code and party id lead the object path of the party-owned modules (receiver interfaces).
    if (parts.size() >= 3 && parts.at(0).size() == 2 && parts.at(1).size() == 3)
        parts = parts.mid(2);
    return parts.join(QLatin1Char('/'));
}

} // namespace trafficurl

} // namespace ocpi
