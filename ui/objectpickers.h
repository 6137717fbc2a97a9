#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class QComboBox;
class QDateTimeEdit;
class QWidget;

// Combo boxes over what this node holds, shared by the forms that address a partner CPO's
// charge points for one of our drivers (the command form, the reservation form). Each item's data
// is the id the request carries (a token's: the whole Token, as commands and reservations carry it).
namespace ocpi::pickers {

// The locations, "ID (name)".
void fillLocations(QComboBox *combo, const QList<QJsonObject> &locations);
// The EVSEs of the location `locationId` among `locations`, "UID (status)"; first an item with
// empty data and `anyText` when the request may leave the EVSE to the CPO. Keeps the current choice.
void fillEvses(QComboBox *combo, const QList<QJsonObject> &locations, const QString &locationId, const QString &anyText);
// Our tokens, "UID (type, contract id)", flagged when not valid.
void fillTokens(QComboBox *combo, const QList<QJsonObject> &tokens);
// A time picker in UTC, to the minute, with a calendar.
QDateTimeEdit *utcTimeEdit(const QDateTime &initial, QWidget *parent);

} // namespace ocpi::pickers
