#include "fuzzcheck.h"
#include "http/requestframer.h"

#include <cstdint>

using namespace ocpi;

// Framing must not depend on how TCP cut the stream: the whole input and the same bytes fed in
// pieces (sizes taken from the first byte) give the same verdict, and no body passes the limit.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int step = 1 + data[0] % 97;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const FramingLimits limits{512, 2048};

    RequestFramer whole(limits);
    whole.feed(stream);
    RequestFramer pieces(limits);
    for (qsizetype at = 0; at < stream.size(); at += step)
        pieces.feed(stream.sliced(at, qMin<qsizetype>(step, stream.size() - at)));

    FUZZ_CHECK(whole.rejected() == pieces.rejected());
    FUZZ_CHECK(whole.completedRequests() == pieces.completedRequests());
    if (whole.rejected())
        FUZZ_CHECK(whole.rejectionKind() == pieces.rejectionKind());
    else
        FUZZ_CHECK(whole.inRequest() == pieces.inRequest());
    FUZZ_CHECK(whole.bodyBytesSeen() <= limits.maxBodyBytes);
    FUZZ_CHECK(pieces.bodyBytesSeen() <= limits.maxBodyBytes);
    return 0;
}
