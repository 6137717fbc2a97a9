#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ocpi {

struct FramingLimits
{
    qint64 maxHeaderBytes = 32 * 1024;      // request line + headers (and chunked trailers)
    qint64 maxBodyBytes = 2 * 1024 * 1024;  // decoded body bytes
};

// Frames HTTP/1.1 requests from a byte stream without buffering bodies, and refuses everything
// whose framing two parsers could read differently (RFC 9112 §6.3, request smuggling): more than
// one Content-Length or Transfer-Encoding, both together, a Transfer-Encoding other than exactly
// `chunked`, folded or malformed header lines, a malformed request line, chunk framing that is not
// exact. QHttpServer 6.4's own parser is lenient about all of these (it honours the last
// Transfer-Encoding and any value containing "chunked"), so only requests whose framing is
// unambiguous may reach it. Chunked bodies are counted as they arrive: a chunk that would pass the
// body limit is refused from its size line, before its data is sent.
//
// Pure: no sockets, no timers; ConnectionGuard feeds it and tests and the fuzzer drive it directly.
class RequestFramer
{
public:
    explicit RequestFramer(FramingLimits limits = FramingLimits()) : m_limits(limits) {}

    // At a request boundary: forget any partial request.
    void reset();

    // Consumes `bytes` (any split). Stops early once rejected.
    void feed(QByteArrayView bytes);

    bool rejected() const { return m_rejected; }
    ErrorKind rejectionKind() const { return m_rejectionKind; }
    const QString &rejectionMessage() const { return m_rejectionMessage; }

    // Some bytes of a request have been seen and it is not complete yet.
    bool inRequest() const { return m_state != State::Idle; }
    // Still reading the request line and headers.
    bool inHead() const { return m_state == State::Head; }
    // The head asked for `Expect: 100-continue` and no body byte has come yet.
    bool continueWanted() const { return m_continueWanted; }
    // Requests completed since construction or reset().
    int completedRequests() const { return m_completed; }
    qint64 bodyBytesSeen() const { return m_bodySeen; }

private:
    enum class State {
        Idle,           // between requests: blank lines are skipped
        Head,           // request line and headers
        FixedBody,      // Content-Length bytes
        ChunkSize,      // hex size [; extensions] CRLF
        ChunkData,
        ChunkDataEnd,   // the CRLF after a chunk's data
        LastChunkEnd,   // the CRLF after `0` (trailer fields are refused)
    };

    qsizetype feedHead(QByteArrayView bytes);
    qsizetype feedChunkSize(QByteArrayView bytes);
    qsizetype feedExactCrlf(QByteArrayView bytes, State next, const char *what);
    void headComplete();
    void startBody(qint64 length, bool chunked);
    void finishRequest();
    void reject(ErrorKind kind, const QString &message);

    FramingLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_line;           // current head or chunk-size line, without its LF
    qint64 m_headBytes = 0;
    QByteArray m_head;           // request line and header lines seen so far, LF-separated
    qint64 m_bodySeen = 0;
    qint64 m_remaining = 0;      // bytes left in the fixed body or the current chunk
    int m_crlfSeen = 0;
    bool m_continueWanted = false;
    int m_completed = 0;
    bool m_rejected = false;
    ErrorKind m_rejectionKind = ErrorKind::MalformedRequest;
    QString m_rejectionMessage;
};

} // namespace ocpi
