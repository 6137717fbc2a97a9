#include "objectpickers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QSignalBlocker>

namespace ocpi::pickers {

namespace {

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

} // namespace

void fillLocations(QComboBox *combo, const QList<QJsonObject> &locations)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const QJsonObject &location : locations) {
        const QString name = field(location, "name");
        combo->addItem(name.isEmpty() ? field(location, "id") : QStringLiteral("%1 (%2)").arg(field(location, "id"), name),
                       field(location, "id"));
    }
}

void fillEvses(QComboBox *combo, const QList<QJsonObject> &locations, const QString &locationId, const QString &anyText)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, QString());
    for (const QJsonObject &location : locations) {
        if (field(location, "id") != locationId)
            continue;
        for (const QJsonValue &value : location.value(QLatin1String("evses")).toArray()) {
            const QJsonObject evse = value.toObject();
            combo->addItem(QStringLiteral("%1 (%2)").arg(field(evse, "uid"), field(evse, "status")), field(evse, "uid"));
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void fillTokens(QComboBox *combo, const QList<QJsonObject> &tokens)
{
    combo->clear();
    for (const QJsonObject &token : tokens) {
        const QString text = QStringLiteral("%1 (%2, %3)").arg(field(token, "uid"), field(token, "type"), field(token, "contract_id"));
        combo->addItem(token.value(QLatin1String("valid")).toBool()
                           ? text
                           : QCoreApplication::translate("ocpi::SendCommandDialog", "%1, not valid").arg(text),
                       QVariant::fromValue(token));
    }
}

QDateTimeEdit *utcTimeEdit(const QDateTime &initial, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(initial, parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace ocpi::pickers
