#include "http/requestframer.h"

#include <QTest>

using namespace ocpi;

Q_DECLARE_METATYPE(ocpi::ErrorKind)

namespace {

constexpr qint64 kMaxHeader = 1024;
constexpr qint64 kMaxBody = 4096;

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

// A literal with NUL bytes inside, all of it but the terminator.
template <size_t N>
QByteArray withNul(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

const QByteArray kGet = "GET /ocpi/versions HTTP/1.1\r\nHost: n\r\n\r\n";
const QByteArray kChunkedHead = "PUT /x HTTP/1.1\r\nHost: n\r\nTransfer-Encoding: chunked\r\n\r\n";

// Feeds `stream` whole, byte by byte, or in two halves: framing must not depend on how TCP cut it.
RequestFramer framed(const QByteArray &stream, int split)
{
    RequestFramer framer(FramingLimits{kMaxHeader, kMaxBody});
    if (split == 0) {
        framer.feed(stream);
    } else if (split == 1) {
        for (char c : stream)
            framer.feed(QByteArrayView(&c, 1));
    } else {
        framer.feed(QByteArrayView(stream).first(stream.size() / 2));
        framer.feed(QByteArrayView(stream).sliced(stream.size() / 2));
    }
    return framer;
}

} // namespace

// The framing rules of the connection guard (hardening issue items 1 and 6, RFC 9112 §6.3):
// anything two HTTP parsers could frame differently is refused before QHttpServer sees it.
class TestRequestFramer : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("inRequest");
        QTest::newRow("GET") << kGet << 1 << false;
        QTest::newRow("two pipelined GETs with blank lines between") << kGet + "\r\n" + kGet << 2 << false;
        QTest::newRow("LF-only line ends") << QByteArray("GET / HTTP/1.1\nHost: n\n\n") << 1 << false;
        QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << false;
        QTest::newRow("Content-Length body") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") << 1 << false;
        QTest::newRow("Content-Length 0") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 1 << false;
        QTest::newRow("Content-Length with spaces around") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length:  2 \r\n\r\n{}") << 1 << false;
        QTest::newRow("chunked") << kChunkedHead + chunk("{\"a\":") + chunk("1}") + "0\r\n\r\n" << 1 << false;
        QTest::newRow("chunked, any case, extension, upper-case hex")
            << QByteArray("PUT /x HTTP/1.1\r\ntransfer-encoding: Chunked\r\n\r\nA;name=value\r\n0123456789\r\n0\r\n\r\n") << 1 << false;
        QTest::newRow("body at the limit") << "PUT /x HTTP/1.1\r\nContent-Length: 4096\r\n\r\n" + QByteArray(kMaxBody, 'b') << 1 << false;
        QTest::newRow("chunked body at the limit") << kChunkedHead + chunk(QByteArray(kMaxBody, 'c')) + "0\r\n\r\n" << 1 << false;
        QTest::newRow("absolute-form target") << QByteArray("GET http://n/ocpi HTTP/1.1\r\n\r\n") << 1 << false;
        QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << 1 << false;
        QTest::newRow("header value with tab and UTF-8") << QByteArray("GET / HTTP/1.1\r\nX-Name: a\tb \xc3\xa9\r\n\r\n") << 1 << false;
        QTest::newRow("incomplete head") << QByteArray("GET / HTTP/1.1\r\nHost: n\r\n") << 0 << true;
        QTest::newRow("incomplete body") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhel") << 0 << true;
        QTest::newRow("incomplete chunked body") << kChunkedHead + chunk("abc") << 0 << true;
    }

    void accepted()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, requests);
        QFETCH(bool, inRequest);
        for (int split = 0; split < 3; ++split) {
            const RequestFramer framer = framed(stream, split);
            QVERIFY2(!framer.rejected(), qPrintable(framer.rejectionMessage()));
            QCOMPARE(framer.completedRequests(), requests);
            QCOMPARE(framer.inRequest(), inRequest);
        }
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("message");
        const ErrorKind bad = ErrorKind::MalformedRequest;
        // Item 1: the first header says identity, the parser behind us honoured the later chunked.
        QTest::newRow("two Transfer-Encoding headers")
            << QByteArray("PUT /x HTTP/1.1\r\nTransfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n\r\n") << bad
            << QStringLiteral("more than one Transfer-Encoding header");
        QTest::newRow("two Content-Length headers, equal")
            << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}") << bad
            << QStringLiteral("more than one Content-Length header");
        // Item 6: request smuggling behind a proxy.
        QTest::newRow("Content-Length and Transfer-Encoding")
            << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << bad
            << QStringLiteral("both Content-Length and Transfer-Encoding");
        QTest::newRow("Transfer-Encoding identity") << QByteArray("PUT /x HTTP/1.1\r\nTransfer-Encoding: identity\r\n\r\n")
                                                    << bad << QStringLiteral("'identity' is not accepted");
        QTest::newRow("Transfer-Encoding gzip, chunked")
            << QByteArray("PUT /x HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << bad << QStringLiteral("only chunked");
        QTest::newRow("Transfer-Encoding chunked twice in one value")
            << QByteArray("PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n") << bad << QStringLiteral("only chunked");
        QTest::newRow("Transfer-Encoding in HTTP/1.0")
            << QByteArray("PUT /x HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << bad << QStringLiteral("HTTP/1.0");
        QTest::newRow("declared chunk over the limit") << kChunkedHead + "1001\r\n" << ErrorKind::PayloadTooLarge
                                                       << QStringLiteral("chunked request body exceeds the limit of 4096 bytes");
        QTest::newRow("chunks adding up over the limit")
            << kChunkedHead + chunk(QByteArray(4000, 'a')) + chunk(QByteArray(97, 'b')) << ErrorKind::PayloadTooLarge
            << QStringLiteral("chunked request body exceeds");
        QTest::newRow("chunk size with 16 digits") << kChunkedHead + "0000000000000001\r\n" << ErrorKind::PayloadTooLarge
                                                   << QStringLiteral("exceeds");
        QTest::newRow("chunk size not hex") << kChunkedHead + "zz\r\n" << bad << QStringLiteral("malformed chunk size 'zz'");
        QTest::newRow("chunk size with 0x") << kChunkedHead + "0x10\r\n" << bad << QStringLiteral("malformed chunk size");
        QTest::newRow("chunk size negative") << kChunkedHead + "-1\r\n" << bad << QStringLiteral("malformed chunk size");
        QTest::newRow("chunk size line with bare LF") << kChunkedHead + "3\nabc\r\n" << bad << QStringLiteral("does not end with CRLF");
        QTest::newRow("chunk size line too long") << kChunkedHead + "1;" + QByteArray(2000, 'e') << bad << QStringLiteral("too long");
        QTest::newRow("chunk data longer than its size") << kChunkedHead + "3\r\nabcd\r\n" << bad
                                                         << QStringLiteral("chunk data is not followed by CRLF");
        QTest::newRow("trailer fields") << kChunkedHead + chunk("ab") + "0\r\nX-Trailer: 1\r\n\r\n" << bad
                                        << QStringLiteral("trailer fields");
        QTest::newRow("Content-Length with a sign") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: +5\r\n\r\n") << bad
                                                    << QStringLiteral("Content-Length is not a number");
        QTest::newRow("Content-Length two numbers") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: 5 5\r\n\r\n") << bad
                                                    << QStringLiteral("Content-Length is not a number");
        QTest::newRow("Content-Length negative") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << bad
                                                 << QStringLiteral("Content-Length is not a number");
        QTest::newRow("Content-Length empty") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length:\r\n\r\n") << bad
                                              << QStringLiteral("Content-Length is not a number");
        QTest::newRow("Content-Length of 19 digits") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: 9999999999999999999\r\n\r\n")
                                                     << bad << QStringLiteral("Content-Length is not a number");
        QTest::newRow("Content-Length over the limit") << QByteArray("PUT /x HTTP/1.1\r\nContent-Length: 4097\r\n\r\n")
                                                       << ErrorKind::PayloadTooLarge
                                                       << QStringLiteral("request body of 4097 bytes exceeds the limit of 4096 bytes");
        QTest::newRow("empty target") << QByteArray("GET  HTTP/1.1\r\n\r\n") << bad << QStringLiteral("malformed request");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << bad << QStringLiteral("malformed request line");
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << bad << QStringLiteral("unsupported HTTP version 'HTTP/2.0'");
        QTest::newRow("HTTP/1.1 with junk") << QByteArray("GET / HTTP/1.1x\r\n\r\n") << bad << QStringLiteral("unsupported HTTP version");
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n") << bad << QStringLiteral("unsupported HTTP version");
        QTest::newRow("target without a slash") << QByteArray("GET ocpi HTTP/1.1\r\n\r\n") << bad << QStringLiteral("malformed request target");
        QTest::newRow("method with a slash") << QByteArray("G/T / HTTP/1.1\r\n\r\n") << bad << QStringLiteral("malformed request method");
        QTest::newRow("TLS client hello") << withNul("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 x\r\n\r\n") << bad
                                          << QStringLiteral("malformed request");
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  continued\r\n\r\n") << bad
                                       << QStringLiteral("folded header lines");
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << bad << QStringLiteral("malformed header line 'Host'");
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nContent-Length : 5\r\n\r\n") << bad
                                            << QStringLiteral("malformed header line");
        QTest::newRow("NUL in a header value") << withNul("GET / HTTP/1.1\r\nX-A: a\0b\r\n\r\n") << bad
                                               << QStringLiteral("control character in header X-A");
        QTest::newRow("bare CR in the head") << QByteArray("GET / HTTP/1.1\r\nX-A: a\rb\r\n\r\n") << bad << QStringLiteral("bare CR");
        QTest::newRow("head over the limit") << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(kMaxHeader, 'x') << ErrorKind::HeadersTooLarge
                                             << QStringLiteral("exceed 1024 bytes");
        QTest::newRow("bad second request after a good one") << kGet + "GET / HTTP/1.1\r\nA: 1\r\nA : 2\r\n\r\n" << bad
                                                             << QStringLiteral("malformed header line");
    }

    void refused()
    {
        QFETCH(QByteArray, stream);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, message);
        for (int split = 0; split < 3; ++split) {
            const RequestFramer framer = framed(stream, split);
            QVERIFY2(framer.rejected(), qPrintable(QStringLiteral("split %1 accepted it").arg(split)));
            QCOMPARE(framer.rejectionKind(), kind);
            QVERIFY2(framer.rejectionMessage().contains(message), qPrintable(framer.rejectionMessage()));
        }
    }

    // The declared chunk is refused from its size line: the attacker's data never needs to arrive.
    void chunkRefusedBeforeItsData()
    {
        RequestFramer framer(FramingLimits{kMaxHeader, kMaxBody});
        framer.feed(kChunkedHead + "12C0000\r\n");  // 300 MB announced
        QVERIFY(framer.rejected());
        QCOMPARE(framer.rejectionKind(), ErrorKind::PayloadTooLarge);
        QCOMPARE(framer.bodyBytesSeen(), 0);
    }

    void expectContinue()
    {
        RequestFramer framer(FramingLimits{kMaxHeader, kMaxBody});
        framer.feed("PUT /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QVERIFY(framer.continueWanted());
        framer.feed("{");
        QVERIFY(!framer.continueWanted());
        framer.feed("}");
        QCOMPARE(framer.completedRequests(), 1);

        RequestFramer empty(FramingLimits{kMaxHeader, kMaxBody});
        empty.feed("GET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(!empty.continueWanted()); // nothing to continue with
    }

    // reset() at a request boundary frames the rest from scratch, as ConnectionGuard does.
    void resetForgetsPartialRequest()
    {
        RequestFramer framer(FramingLimits{kMaxHeader, kMaxBody});
        framer.feed("GET / HTTP/1.1\r\nHo");
        QVERIFY(framer.inHead());
        framer.reset();
        QVERIFY(!framer.inRequest());
        framer.feed(kGet);
        QCOMPARE(framer.completedRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
