#include "demostep.h"

#include <QJsonArray>
#include <QStringList>

namespace ocpi::demo {

QJsonObject DemoStep::toJson() const
{
    QJsonObject json{{QStringLiteral("step"), number},
                     {QStringLiteral("of"), count},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("node"), node},
                     {QStringLiteral("checked_at"), checkedAt},
                     {QStringLiteral("ok"), ok},
                     {QStringLiteral("figures"), figures},
                     {QStringLiteral("elapsed_ms"), elapsedMs}};
    json.insert(ok ? QStringLiteral("detail") : QStringLiteral("error"), detail);
    return json;
}

QString DemoStep::toText() const
{
    QStringList shown;
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 10)
                             : value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                              : value.toString();
        shown << it.key() + QLatin1Char('=') + text;
    }
    const QString head = QStringLiteral("%1/%2 %3 %4 %5: %6")
                             .arg(number, 2)
                             .arg(count)
                             .arg(ok ? QStringLiteral("ok    ") : QStringLiteral("FAILED"), node.leftJustified(4), title, detail);
    return shown.isEmpty() ? head : head + QStringLiteral("  [") + shown.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace ocpi::demo
