#pragma once

#include "trafficrecord.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ocpi {

// A status filter: one code ("404", "2001") or a class ("4xx", "2xxx"), as [from, to).
struct StatusRange
{
    int from = 0;
    int to = 0;

    // nullopt when `text` is neither a number nor digits followed by x's.
    static std::optional<StatusRange> parse(const QString &text);
    bool operator==(const StatusRange &other) const { return from == other.from && to == other.to; }
};

// What the request log is narrowed to. Applied by TrafficStore in SQL, so it covers the whole
// log and not only the rows a view has loaded. Empty fields do not narrow.
struct TrafficFilter
{
    QString partner;                                  // the partner label, exactly
    QString module;                                   // a module identifier in the path ("locations")
    std::optional<TrafficRecord::Direction> direction;
    QString method;                                   // "GET", "PUT", ...
    std::optional<StatusRange> httpStatus;
    std::optional<StatusRange> ocpiStatus;
    bool errorsOnly = false;                          // TrafficRecord::isError()

    bool isEmpty() const { return *this == TrafficFilter(); }
    bool operator==(const TrafficFilter &o) const
    {
        return partner == o.partner && module == o.module && direction == o.direction && method == o.method
               && httpStatus == o.httpStatus && ocpiStatus == o.ocpiStatus && errorsOnly == o.errorsOnly;
    }
    bool operator!=(const TrafficFilter &o) const { return !(*this == o); }
};

// Reading request log URLs. Paths differ between implementations ("/ocpi/cpo/2.2.1/locations",
// "/ocpi/2.2.1/locations"); the module is the segment after the version.
namespace trafficurl {

// The module identifiers a request can address, for filter choices.
QStringList knownModules();
// "locations" for ".../2.2.1/locations/NL/DCP/LOC1"; "versions" for ".../versions"; empty if unknown.
QString moduleOf(const QString &url);
// The object a request addresses: the path after the module without the country code and party
// id ("LOC1/EVSE1" for ".../locations/NL/DCP/LOC1/EVSE1"); empty for a list or module URL.
QString objectOf(const QString &url);

} // namespace trafficurl

} // namespace ocpi

Q_DECLARE_METATYPE(ocpi::TrafficFilter)
