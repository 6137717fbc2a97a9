// What one pump of the outbox costs with 100, 10,000 and 100,000 queued rows: due() as it is, the
// query it replaced (a window over the whole table), and writing 50 outcomes one transaction each
// against one transaction for all. Usage: ocpi-outbox-due [FOLDER]; prints a Markdown table.

#include "core/clock.h"
#include "runtime/modulelist.h"
#include "partners/partnerregistry.h"
#include "store/database.h"
#include "sync/outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace ocpi;

namespace {

// The due() query before issue 7, kept here only to measure it against the same rows.
const QString kOldDue = QStringLiteral(
    "SELECT id FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY id) AS n"
    " FROM outbox o WHERE parked = 0 AND next_attempt_ms <= ? AND NOT EXISTS ("
    " SELECT 1 FROM outbox p WHERE p.partner_id = o.partner_id AND p.module = o.module"
    " AND p.object_key = o.object_key AND p.parked = 0 AND p.id < o.id))"
    " WHERE n <= ? ORDER BY id");

Delivery push(int n)
{
    Delivery d;
    d.module = QStringLiteral("locations");
    d.orderingKey = QStringLiteral("NL/CPO/LOC%1").arg(n, 6, 10, QLatin1Char('0'));
    d.method = "PUT";
    d.path = QLatin1Char('/') + d.orderingKey;
    d.body = QByteArray(1800, 'x'); // about one Location of bench/make_locations.py
    d.from = PartyId::of(QStringLiteral("NL"), QStringLiteral("CPO"));
    d.to = PartyId::of(QStringLiteral("DE"), QStringLiteral("EMS"));
    d.onRefusal = RefusalPolicy::ResendWhole;
    return d;
}

// Microseconds per call of `run`, over enough calls to take a while.
template <typename F>
double microseconds(F run, int calls)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i)
        run();
    return double(timer.nsecsElapsed()) / 1000.0 / calls;
}

void fail(const char *what)
{
    std::fprintf(stderr, "%s\n", what);
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ocpi.*.info=false"));
    QTemporaryDir scratch;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    QTextStream out(stdout);
    out << "| queued rows | due(8) now | due(8) before issue 7 | settle 50 outcomes, 50 transactions | in 1 transaction |\n"
        << "|---|---|---|---|---|\n";
    for (int rows : {100, 10000, 100000}) {
        const QString path = folder + QStringLiteral("/outbox-%1.sqlite").arg(rows);
        QFile::remove(path);
        Database database;
        if (!database.open(path, nodeMigrations()))
            fail("cannot open the database");
        SystemClock clock;
        PartnerRegistry partners(database, clock, 7);
        Outbox outbox(database, partners, clock);
        {
            Transaction transaction(database.connection());
            for (int n = 0; n < rows; ++n) {
                if (!outbox.enqueueTo(1, push(n)))
                    fail("cannot queue");
            }
            if (!transaction.commit())
                fail("cannot commit");
        }
        const int calls = 200;
        const double now = microseconds([&] {
            if (!outbox.due(8))
                fail("due() failed");
        }, calls);
        QSqlQuery old(database.connection());
        old.prepare(kOldDue);
        const double before = microseconds([&] {
            old.addBindValue(clock.now().toMSecsSinceEpoch());
            old.addBindValue(8);
            if (!old.exec())
                fail("the old query failed");
            while (old.next()) {
            }
        }, rows >= 100000 ? 5 : 20);
        old.finish();

        // Acknowledgements of 50 heads: as the deliverer wrote them before (one commit each) and now.
        auto heads = outbox.due(100);
        if (!heads || heads->size() < 100)
            fail("not enough rows");
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 50; ++i) {
            if (!outbox.settle({{heads->at(i).id, Settlement::Outcome::Delivered, 0, 0, QString()}}))
                fail("settle failed");
        }
        const double single = double(timer.nsecsElapsed()) / 1e6;
        QList<Settlement> batch;
        for (int i = 50; i < 100; ++i)
            batch.append({heads->at(i).id, Settlement::Outcome::Delivered, 0, 0, QString()});
        timer.restart();
        if (!outbox.settle(batch))
            fail("settle failed");
        const double batched = double(timer.nsecsElapsed()) / 1e6;
        out << "| " << rows << " | " << QString::number(now, 'f', 0) << " us | " << QString::number(before / 1000.0, 'f', 1)
            << " ms | " << QString::number(single, 'f', 0) << " ms | " << QString::number(batched, 'f', 1) << " ms |\n";
        out.flush();
        database.close();
        QFile::remove(path);
    }
    return 0;
}
