#pragma once

#include "core/result.h"
#include "httptypes.h"

#include <QDateTime>
#include <QUrlQuery>

#include <optional>

namespace ocpi {

struct RouteCall;

// The list parameters every OCPI list GET takes (PG-01..05).
struct PageRequest
{
    qint64 offset = 0;
    int limit = 0;                      // already capped at the server maximum
    std::optional<QDateTime> dateFrom;  // inclusive, on last_updated
    std::optional<QDateTime> dateTo;    // exclusive

    // Bad numbers or dates are a 2001 naming the parameter; a limit above the maximum is not an
    // error, it is capped.
    static Result<PageRequest> parse(const QUrlQuery &query, int maxLimit);
};

// X-Total-Count, X-Limit and, when more objects follow, `Link: <next>; rel="next"` repeating every
// original filter (PG-03/04, PIT-06).
void addPageHeaders(HttpResponse &response, const RouteCall &call, const PageRequest &page,
                    qsizetype returned, qint64 total, int maxLimit);

} // namespace ocpi
