#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace ocpi::test;

namespace {

using Sockets = std::vector<std::unique_ptr<QTcpSocket>>;

// Resident memory of a process, from /proc.
qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time a process has used (user + system), in milliseconds.
qint64 cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

QByteArray softOpenFileLimit(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return QByteArray();
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max open files"))
            return line.mid(14).simplified().split(' ').first();
    }
    return QByteArray();
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// Sockets that were connected and are no longer (the node closed them).
int closedCount(const Sockets &sockets)
{
    int count = 0;
    for (const auto &socket : sockets)
        count += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
    return count;
}

int connectedCount(const Sockets &sockets)
{
    int count = 0;
    for (const auto &socket : sockets)
        count += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return count;
}

} // namespace

// Hardening issue: the attacks an unauthenticated client tried, against a real ocpi-node process.
// Item 1: a body limit bypassed with two Transfer-Encoding headers. Item 2: slow clients and
// connection floods, also when the node runs out of file descriptors.
class TestHostileClients : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_node;
    quint16 m_port = 0;

    void startNode(const QStringList &extraArgs, const QStringList &launcher = {})
    {
        stopNode();
        m_port = freePort();
        m_node = serveNode(QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("node.sqlite")),
                                       QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--party"),
                                       QStringLiteral("NL-ABC:CPO"), QStringLiteral("--log-level"), QStringLiteral("error")}
                               + extraArgs,
                           launcher);
        QVERIFY2(m_node->readLine().contains("/ocpi/versions"), m_node->readAllStandardError().constData());
    }

    void stopNode()
    {
        if (!m_node)
            return;
        ::kill(pid_t(m_node->processId()), SIGTERM);
        QVERIFY(m_node->waitForFinished(10000));
        QCOMPARE(m_node->exitCode(), 0);
        m_node.reset();
    }

    qint64 pid() const { return m_node->processId(); }

    // A legitimate request on a new connection is answered (401: no token; what matters is that
    // the node answers) within `timeoutMs`.
    bool answers(int timeoutMs)
    {
        const HttpResult result = request("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/ocpi/versions").arg(m_port)),
                                          QByteArray(), {}, timeoutMs);
        return result.status == 401;
    }

    Sockets openIdle(int count)
    {
        Sockets sockets;
        for (int i = 0; i < count; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
        }
        return sockets;
    }

private slots:
    void initTestCase()
    {
        // The test itself holds hundreds of sockets.
        rlimit limit{};
        getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }

    void cleanupTestCase() { stopNode(); }

    // 300 MB behind `Transfer-Encoding: identity` + `chunked` once grew the node by 860 MB. Now
    // the head is refused before any body byte is buffered, without credentials.
    void duplicateTransferEncodingIsNotBuffered()
    {
        startNode({});
        const qint64 before = residentKb(pid());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("PUT /ocpi/2.2.1/locations/NL/ABC/LOC1 HTTP/1.1\r\nHost: n\r\nTransfer-Encoding: identity\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray piece = QByteArray::number(1024 * 1024, 16) + "\r\n" + QByteArray(1024 * 1024, 'x') + "\r\n";
        QByteArray answer;
        for (int sent = 0; sent < 100 && socket.state() == QAbstractSocket::ConnectedState; ++sent) {
            socket.write(piece);
            socket.waitForBytesWritten(200);
            answer += socket.readAll();
            if (answer.contains("\r\n\r\n"))
                break;
        }
        (void)waitFor([&] { answer += socket.readAll(); return answer.contains("\r\n\r\n"); }, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.left(200).constData());
        QVERIFY(answer.contains("more than one Transfer-Encoding header"));
        const qint64 after = residentKb(pid());
#ifdef OCPI_SANITIZED
        const qint64 allowedKb = 320 * 1024;  // AddressSanitizer keeps freed memory in quarantine
#else
        const qint64 allowedKb = 32 * 1024;
#endif
        QVERIFY2(after - before < allowedKb, qPrintable(QStringLiteral("RSS %1 kB -> %2 kB").arg(before).arg(after)));
        QVERIFY(answers(3000));
    }

    // A chunk announcing 300 MB is refused from its size line; none of it has to be sent.
    void hugeChunkRefusedAtItsSizeLine()
    {
        const QByteArray answer = rawExchange(m_port, "PUT /ocpi/2.2.1/locations/NL/ABC/LOC1 HTTP/1.1\r\nHost: n\r\n"
                                                      "Transfer-Encoding: chunked\r\n\r\n12C00000\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    }

    // Two hundred clients sending a byte every half second: cut off at the head deadline, while a
    // real client is served all along.
    void slowClientsAreCutOff()
    {
        startNode({QStringLiteral("--header-timeout"), QStringLiteral("2"), QStringLiteral("--max-connections-per-client"),
                   QStringLiteral("1000")});
        Sockets slow = openIdle(200);
        QVERIFY(waitFor([&] { return connectedCount(slow) == 200; }, 5000));
        QElapsedTimer elapsed;
        elapsed.start();
        const QByteArray head = "GET /ocpi/versions HTTP/1.1\r\nHost: n\r\nX-Slow: ";
        int byte = 0;
        while (connectedCount(slow) > 0 && elapsed.elapsed() < 8000) {
            for (auto &socket : slow) {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(byte < head.size() ? head.mid(byte, 1) : QByteArray("s"));
            }
            ++byte;
            QVERIFY2(answers(1000), "a legitimate client waited while slow clients held the node");
            // The attack is a pace in wall time (a byte every half second against a 2 s head
            // deadline the node measures on its own clock): time must pass between bytes.
            QTest::qWait(500);
        }
        QCOMPARE(connectedCount(slow), 0);
        QVERIFY2(elapsed.elapsed() < 6000, qPrintable(QString::number(elapsed.elapsed())));
        int timedOut = 0;
        for (auto &socket : slow)
            timedOut += socket->readAll().startsWith("HTTP/1.1 408 ") ? 1 : 0;
        QVERIFY2(timedOut > 150, qPrintable(QString::number(timedOut)));
    }

    // Far more connections than the cap: the oldest idle ones make room and the node keeps serving.
    void connectionFloodStaysUnderTheCap()
    {
        startNode({QStringLiteral("--max-connections"), QStringLiteral("100"), QStringLiteral("--max-connections-per-client"),
                   QStringLiteral("100")});
        Sockets flood = openIdle(300);
        QVERIFY(answers(3000));
        // Connections still in the kernel's backlog look connected to us until the node accepts
        // them and closes older ones for room: the count settles under the cap, it is not there at
        // any given moment. (Its listen backlog holds the whole burst; on a loaded machine the
        // node may still take a few seconds to get through it.)
        QVERIFY2(waitFor([&] { return connectedCount(flood) <= 100; }, 20000),
                 qPrintable(QString::number(connectedCount(flood))));
        QVERIFY(answers(3000));
    }

    // The soft open-file limit is raised to the hard one at start.
    void openFileLimitRaised()
    {
        startNode({}, {QStringLiteral("prlimit"), QStringLiteral("--nofile=256:4096")});
        QCOMPARE(softOpenFileLimit(pid()), QByteArray("4096"));
    }

    // With a cap above what the descriptor table allows, accept() fails (EMFILE): the node frees
    // idle connections and keeps accepting, without spinning on the listening socket.
    void descriptorsRunningOut()
    {
        startNode({QStringLiteral("--max-connections"), QStringLiteral("1000")},
                  {QStringLiteral("prlimit"), QStringLiteral("--nofile=128:128")});
        Sockets flood = openIdle(400);
        // The node ran out of descriptors once it closes idle connections to make room.
        QVERIFY2(waitFor([&] { return closedCount(flood) > 0; }, 10000), "the node never ran out of descriptors");
        const qint64 cpuBefore = cpuMs(pid());
        // Spinning is CPU used per wall time: watch the node for two seconds of it.
        QTest::qWait(2000);
        const qint64 cpuUsed = cpuMs(pid()) - cpuBefore;
        QVERIFY2(cpuUsed < 300, qPrintable(QStringLiteral("the node used %1 ms of CPU in 2 s").arg(cpuUsed)));
        QVERIFY2(answers(5000), "no answer once descriptors ran out");
        flood.clear();
        QVERIFY(answers(3000));
    }
};

QTEST_GUILESS_MAIN(TestHostileClients)
#include "tst_hostileclients.moc"
