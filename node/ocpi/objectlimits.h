#pragma once

#include <QtGlobal>

namespace ocpi {

class Clock;

// Lists whose length has a limit of its own; every other list has ObjectLimits::maxListItems.
enum class ListKind { Other, Evses, Connectors, Images, Capabilities, ChargingPeriods };

// How big one object may be (hardening issue item 3). The specification bounds strings but not
// lists, so without these a partner can grow a Location through EVSE PUTs until every write to it
// (read, parse, merge, validate, serialise, store: the whole Location each time) takes seconds and
// holds the shared writer meanwhile. The defaults leave room for the largest real sites:
// - maxObjectBytes 1 MiB of canonical JSON: an EVSE with two connectors is about 0.7 KB, so the
//   EVSE limit is reachable with ordinary EVSEs; below the 2 MiB HTTP body limit, so a PUT the
//   node accepts can be served back whole;
// - EVSEs 1000 per Location: the largest charging parks have a few hundred charge points;
// - connectors 32 per EVSE: real EVSEs have one to four;
// - images and capabilities 32: 13 capabilities exist, a gallery needs no more;
// - charging periods 10000 (Session, CDR): one a minute for a week-long session;
// - any other list 1000 (tariff_ids, directions, regular_hours, tariff elements, ...).
// A limit counts the items of one list (evses[3].connectors is one list of 32 at most).
struct ObjectLimits
{
    qint64 maxObjectBytes = 1024 * 1024;
    int maxEvses = 1000;
    int maxConnectors = 32;
    int maxImages = 32;
    int maxCapabilities = 32;
    int maxChargingPeriods = 10000;
    int maxListItems = 1000;

    int maxItems(ListKind kind) const
    {
        switch (kind) {
        case ListKind::Evses: return maxEvses;
        case ListKind::Connectors: return maxConnectors;
        case ListKind::Images: return maxImages;
        case ListKind::Capabilities: return maxCapabilities;
        case ListKind::ChargingPeriods: return maxChargingPeriods;
        case ListKind::Other: break;
        }
        return maxListItems;
    }
};

// What a validation run accepts beyond the specification's tables (validator.h).
struct ValidationPolicy
{
    ObjectLimits limits;
    // "Now" for last_updated (hardening issue item 7): a value further ahead than the skew would
    // win every later comparison of versions and hide the real updates. Without a clock (tests of
    // the tables, tools) last_updated is not compared with anything.
    const Clock *clock = nullptr;
    qint64 maxClockSkewSeconds = 300;
};

} // namespace ocpi
