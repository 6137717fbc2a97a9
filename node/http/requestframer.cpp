#include "requestframer.h"

#include <QList>

namespace ocpi {

namespace {

constexpr qsizetype kMaxChunkSizeLine = 1024;  // hex digits plus chunk extensions
constexpr int kMaxChunkSizeDigits = 15;         // beyond any body limit; keeps qint64 exact

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// Control characters other than horizontal tab (field values, chunk extensions).
bool hasControl(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && (text[from] == ' ' || text[from] == '\t'))
        ++from;
    while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t'))
        --to;
    return text.sliced(from, to - from);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString printable(QByteArrayView text)
{
    QString out = QString::fromLatin1(text.first(qMin<qsizetype>(text.size(), 40)));
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            c = QLatin1Char('?');
    }
    return out;
}

// The request line: METHOD SP request-target SP HTTP-version, single spaces (RFC 9112 §3).
QString requestLineProblem(QByteArrayView line, bool *http10)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return QStringLiteral("malformed request line '%1'").arg(printable(line));
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method))
        return QStringLiteral("malformed request method '%1'").arg(printable(method));
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return QStringLiteral("malformed request target '%1'").arg(printable(target));
    }
    const bool originForm = target.startsWith('/');
    const bool absoluteForm = target.startsWith("http://") || target.startsWith("https://");
    if (!originForm && !absoluteForm && target != "*")
        return QStringLiteral("malformed request target '%1'").arg(printable(target));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return QStringLiteral("unsupported HTTP version '%1'").arg(printable(version));
    *http10 = version == "HTTP/1.0";
    return QString();
}

} // namespace

void RequestFramer::reset()
{
    m_state = State::Idle;
    m_line.clear();
    m_head.clear();
    m_headBytes = 0;
    m_bodySeen = 0;
    m_remaining = 0;
    m_crlfSeen = 0;
    m_continueWanted = false;
}

void RequestFramer::feed(QByteArrayView bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size() && !m_rejected) {
        const QByteArrayView rest = bytes.sliced(pos);
        switch (m_state) {
        case State::Idle:
            // Blank lines before a request are ignored (RFC 9112 §2.2), as QHttpServer does.
            if (rest.front() == '\r' || rest.front() == '\n') {
                ++pos;
                break;
            }
            m_state = State::Head;
            break;
        case State::Head:
            pos += feedHead(rest);
            break;
        case State::FixedBody: {
            const qsizetype take = qsizetype(qMin<qint64>(rest.size(), m_remaining));
            m_continueWanted = false;
            m_remaining -= take;
            m_bodySeen += take;
            pos += take;
            if (m_remaining == 0)
                finishRequest();
            break;
        }
        case State::ChunkSize:
            m_continueWanted = false;
            pos += feedChunkSize(rest);
            break;
        case State::ChunkData: {
            const qsizetype take = qsizetype(qMin<qint64>(rest.size(), m_remaining));
            m_remaining -= take;
            m_bodySeen += take;
            pos += take;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_crlfSeen = 0;
            }
            break;
        }
        case State::ChunkDataEnd:
            pos += feedExactCrlf(rest, State::ChunkSize, "chunk data is not followed by CRLF");
            break;
        case State::LastChunkEnd:
            pos += feedExactCrlf(rest, State::Idle, "trailer fields after the last chunk are not accepted");
            break;
        }
    }
}

qsizetype RequestFramer::feedHead(QByteArrayView bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    const qsizetype take = newline < 0 ? bytes.size() : newline + 1;
    m_headBytes += take;
    if (m_headBytes > m_limits.maxHeaderBytes) {
        reject(ErrorKind::HeadersTooLarge,
               QStringLiteral("request line and headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
        return take;
    }
    if (newline < 0) {
        m_line.append(bytes.data(), take);
        return take;
    }
    m_line.append(bytes.data(), newline);
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_line.contains('\r')) {
        reject(ErrorKind::MalformedRequest, QStringLiteral("bare CR in the request head"));
        return take;
    }
    if (m_line.isEmpty()) {
        headComplete();
    } else {
        m_head.append(m_line);
        m_head.append('\n');
    }
    m_line.clear();
    return take;
}

void RequestFramer::headComplete()
{
    QList<QByteArrayView> lines;
    for (qsizetype from = 0; from < m_head.size();) {
        const qsizetype end = m_head.indexOf('\n', from);
        lines.append(QByteArrayView(m_head).sliced(from, end - from));
        from = end + 1;
    }
    bool http10 = false;
    if (const QString problem = requestLineProblem(lines.first(), &http10); !problem.isEmpty()) {
        reject(ErrorKind::MalformedRequest, problem);
        return;
    }
    int lengthHeaders = 0;
    int encodingHeaders = 0;
    QByteArrayView lengthText;
    QByteArrayView encoding;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.front() == ' ' || line.front() == '\t') {
            reject(ErrorKind::MalformedRequest, QStringLiteral("folded header lines are not accepted"));
            return;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? line : line.first(colon);
        if (colon <= 0 || !isToken(name)) {
            reject(ErrorKind::MalformedRequest, QStringLiteral("malformed header line '%1'").arg(printable(line)));
            return;
        }
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (hasControl(value)) {
            reject(ErrorKind::MalformedRequest,
                   QStringLiteral("control character in header %1").arg(QString::fromLatin1(name)));
            return;
        }
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            ++lengthHeaders;
            lengthText = value;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            ++encodingHeaders;
            encoding = value;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (lengthHeaders > 1) {
        reject(ErrorKind::MalformedRequest, QStringLiteral("more than one Content-Length header"));
        return;
    }
    if (encodingHeaders > 1) {
        reject(ErrorKind::MalformedRequest, QStringLiteral("more than one Transfer-Encoding header"));
        return;
    }
    if (lengthHeaders && encodingHeaders) {
        reject(ErrorKind::MalformedRequest, QStringLiteral("both Content-Length and Transfer-Encoding"));
        return;
    }
    if (encodingHeaders) {
        if (http10) {
            reject(ErrorKind::MalformedRequest, QStringLiteral("Transfer-Encoding in an HTTP/1.0 request"));
            return;
        }
        if (encoding.compare("chunked", Qt::CaseInsensitive) != 0) {
            reject(ErrorKind::MalformedRequest,
                   QStringLiteral("Transfer-Encoding '%1' is not accepted (only chunked)").arg(printable(encoding)));
            return;
        }
        m_continueWanted = expectContinue;
        startBody(-1, true);
        return;
    }
    qint64 length = 0;
    if (lengthHeaders) {
        bool digitsOnly = !lengthText.isEmpty() && lengthText.size() <= 18;
        for (char c : lengthText)
            digitsOnly = digitsOnly && c >= '0' && c <= '9';
        if (!digitsOnly) {
            reject(ErrorKind::MalformedRequest, QStringLiteral("Content-Length is not a number"));
            return;
        }
        length = lengthText.toLongLong();
    }
    m_continueWanted = expectContinue && length > 0;
    startBody(length, false);
}

void RequestFramer::startBody(qint64 length, bool chunked)
{
    m_head.clear();
    m_bodySeen = 0;
    if (chunked) {
        m_state = State::ChunkSize;
        return;
    }
    if (length > m_limits.maxBodyBytes) {
        reject(ErrorKind::PayloadTooLarge, QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes")
                                               .arg(length)
                                               .arg(m_limits.maxBodyBytes));
        return;
    }
    if (length == 0) {
        finishRequest();
        return;
    }
    m_remaining = length;
    m_state = State::FixedBody;
}

qsizetype RequestFramer::feedChunkSize(QByteArrayView bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    const qsizetype take = newline < 0 ? bytes.size() : newline + 1;
    m_line.append(bytes.data(), newline < 0 ? take : newline);
    if (m_line.size() > kMaxChunkSizeLine) {
        reject(ErrorKind::MalformedRequest, QStringLiteral("chunk size line is too long"));
        return take;
    }
    if (newline < 0)
        return take;
    if (!m_line.endsWith('\r')) {
        reject(ErrorKind::MalformedRequest, QStringLiteral("chunk size line does not end with CRLF"));
        return take;
    }
    m_line.chop(1);
    qsizetype digits = 0;
    qint64 size = 0;
    while (digits < m_line.size() && hexValue(m_line[digits]) >= 0) {
        if (digits == kMaxChunkSizeDigits) {
            reject(ErrorKind::PayloadTooLarge, QStringLiteral("chunked request body exceeds the limit of %1 bytes")
                                                   .arg(m_limits.maxBodyBytes));
            return take;
        }
        size = size * 16 + hexValue(m_line[digits]);
        ++digits;
    }
    const QByteArrayView after = trimmedOws(QByteArrayView(m_line).sliced(digits));
    if (digits == 0 || (!after.isEmpty() && after.front() != ';') || hasControl(after)) {
        reject(ErrorKind::MalformedRequest, QStringLiteral("malformed chunk size '%1'").arg(printable(m_line)));
        return take;
    }
    m_line.clear();
    if (m_bodySeen + size > m_limits.maxBodyBytes) {
        reject(ErrorKind::PayloadTooLarge,
               QStringLiteral("chunked request body exceeds the limit of %1 bytes").arg(m_limits.maxBodyBytes));
        return take;
    }
    m_crlfSeen = 0;
    if (size == 0) {
        m_state = State::LastChunkEnd;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return take;
}

qsizetype RequestFramer::feedExactCrlf(QByteArrayView bytes, State next, const char *what)
{
    qsizetype pos = 0;
    while (pos < bytes.size() && m_crlfSeen < 2) {
        const char expected = m_crlfSeen == 0 ? '\r' : '\n';
        if (bytes[pos] != expected) {
            reject(ErrorKind::MalformedRequest, QString::fromLatin1(what));
            return pos + 1;
        }
        ++m_crlfSeen;
        ++pos;
    }
    if (m_crlfSeen == 2) {
        m_crlfSeen = 0;
        if (next == State::Idle)
            finishRequest();
        else
            m_state = next;
    }
    return pos;
}

void RequestFramer::finishRequest()
{
    ++m_completed;
    reset();
}

void RequestFramer::reject(ErrorKind kind, const QString &message)
{
    m_rejected = true;
    m_rejectionKind = kind;
    m_rejectionMessage = message;
}

} // namespace ocpi
