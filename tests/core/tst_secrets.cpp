#include "core/secrets.h"

#include <QSet>
#include <QTest>

using namespace ocpi;

// CRED-02 (token characters), CRED-19/PIT-17 and TF-07 (never log a whole token).
class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void tokenFormat()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString token = secrets::generateToken();
            QCOMPARE(token.size(), secrets::kTokenLength);
            QVERIFY(token.size() <= 64); // CRED-02: string(64)
            for (const QChar c : token) {
                // CRED-02: printable, non-whitespace ASCII; ours are also unambiguous alphanumerics.
                QVERIFY2(c.unicode() >= 0x21 && c.unicode() <= 0x7e, qPrintable(token));
                QVERIFY2(c.isLetterOrNumber(), qPrintable(token));
                QVERIFY2(!QStringLiteral("0O1lI").contains(c), qPrintable(token));
            }
            QVERIFY2(!seen.contains(token), "tokens must not repeat");
            seen.insert(token);
        }
    }

    void lookupKey()
    {
        const QString token = secrets::generateToken();
        QCOMPARE(secrets::lookupKey(token), token.left(secrets::kKeyLength));
        QCOMPARE(secrets::lookupKey(token).size(), secrets::kKeyLength);
    }

    void salt()
    {
        const QByteArray a = secrets::newSalt();
        const QByteArray b = secrets::newSalt();
        QCOMPARE(a.size(), 32); // 16 random bytes in hex
        QVERIFY(a != b);
        QVERIFY(!QByteArray::fromHex(a).isEmpty());
    }

    void verify_data()
    {
        QTest::addColumn<QString>("presented");
        QTest::addColumn<bool>("accepted");
        const QString token = QStringLiteral("AbCdEfGh23456789jkmnpqrstuvwxyzABCDEFGHJKLMNPQRS");
        QTest::newRow("same token") << token << true;
        QTest::newRow("last character changed") << QString(token).replace(token.size() - 1, 1, QLatin1Char('T')) << false;
        QTest::newRow("first character changed") << QString(token).replace(0, 1, QLatin1Char('B')) << false;
        QTest::newRow("different case") << token.toLower() << false;
        QTest::newRow("prefix only (the lookup key)") << token.left(secrets::kKeyLength) << false;
        QTest::newRow("longer") << token + QLatin1Char('x') << false;
        QTest::newRow("trailing newline") << token + QLatin1Char('\n') << false;
        QTest::newRow("empty") << QString() << false;
    }

    void verify()
    {
        QFETCH(QString, presented);
        QFETCH(bool, accepted);
        const QString token = QStringLiteral("AbCdEfGh23456789jkmnpqrstuvwxyzABCDEFGHJKLMNPQRS");
        const QByteArray salt = secrets::newSalt();
        const QByteArray hash = secrets::hashToken(salt, token);
        QCOMPARE(hash.size(), 64); // SHA-256 in hex
        QVERIFY(!hash.contains(token.toUtf8()));
        QCOMPARE(secrets::hashToken(salt, token), hash); // deterministic for one salt
        QCOMPARE(secrets::verifyToken(salt, hash, presented), accepted);
    }

    void saltMatters()
    {
        const QString token = secrets::generateToken();
        const QByteArray salt = secrets::newSalt();
        const QByteArray hash = secrets::hashToken(salt, token);
        QVERIFY(!secrets::verifyToken(secrets::newSalt(), hash, token));
        QVERIFY(secrets::hashToken(secrets::newSalt(), token) != hash);
        QVERIFY(!secrets::verifyToken(salt, hash.left(63), token));
        QVERIFY(!secrets::verifyToken(salt, QByteArray(), token));
    }

    // What logs show: a short prefix at most, plus the length; never the whole token.
    void mask_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("our 48-character token") << "AbCdEfGh23456789jkmnpqrstuvwxyzABCDEFGHJKLMNPQRS" << "AbCd…(48 chars)";
        QTest::newRow("64 characters") << QString(64, QLatin1Char('z')) << "zzzz…(64 chars)";
        QTest::newRow("12 characters") << "abcdefghijkl" << "abcd…(12 chars)";
        QTest::newRow("11 characters: nothing shown") << "abcdefghijk" << "…(11 chars)";
        QTest::newRow("one character") << "x" << "…(1 chars)";
        QTest::newRow("empty") << "" << "(none)";
    }

    void mask()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(secrets::mask(token), expected);
    }

    void maskNeverShowsTheWholeToken()
    {
        for (int length = 1; length <= 64; ++length) {
            QString token;
            for (int i = 0; i < length; ++i)
                token.append(QLatin1Char(char('A' + i % 26)));
            const QString masked = secrets::mask(token);
            const QString shown = masked.section(QChar(0x2026), 0, 0);
            QVERIFY2(token.startsWith(shown), qPrintable(masked));
            QVERIFY2(shown.size() <= 4 && shown.size() * 3 <= length, qPrintable(masked));
            QVERIFY2(masked.contains(QStringLiteral("(%1 chars)").arg(length)), qPrintable(masked));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
