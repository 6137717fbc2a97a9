#include "httptestserver.h"

#include "http/webroutes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ocpi;
using namespace ocpi::test;

// GET /docs: the API explorer (Swagger UI) over /openapi.json when swagger-ui-dist is there, a page
// saying how to get it when it is not; its files are served from that one folder only.
class TestDocs : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private slots:
    void explorerFromTheInstalledPackage()
    {
        QTemporaryDir dist;
        write(dist.filePath(QStringLiteral("swagger-ui-bundle.js")), "window.SwaggerUIBundle = function () {};");
        write(dist.filePath(QStringLiteral("swagger-ui.css")), "body { margin: 0 }");
        TestServer server;
        web::mount(server.router, dist.path());
        QVERIFY(server.start().ok());

        const HttpResult page = request("GET", server.url(QStringLiteral("/docs")));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.body.contains("src=\"/docs/swagger-ui-bundle.js\""));
        QVERIFY(page.body.contains("url: '/openapi.json'"));

        const HttpResult css = request("GET", server.url(QStringLiteral("/docs/swagger-ui.css")));
        QCOMPARE(css.status, 200);
        QCOMPARE(css.header("Content-Type"), QByteArray("text/css"));
        QCOMPARE(css.body, QByteArray("body { margin: 0 }"));
        const HttpResult js = request("GET", server.url(QStringLiteral("/docs/swagger-ui-bundle.js")));
        QCOMPARE(js.header("Content-Type"), QByteArray("application/javascript"));

        // Nothing outside the folder, nothing that is not there.
        for (const QString &path : {QStringLiteral("/docs/missing.js"), QStringLiteral("/docs/..%2Fsecret"),
                                    QStringLiteral("/docs/.hidden")}) {
            const HttpResult refused = request("GET", server.url(path));
            QCOMPARE(refused.status, 404);
            QCOMPARE(refused.ocpiStatus(), 2000);
        }
    }

    void helpPageWithoutThePackage()
    {
        QTemporaryDir empty;
        TestServer server;
        web::mount(server.router, empty.path());
        QVERIFY(server.start().ok());
        const HttpResult page = request("GET", server.url(QStringLiteral("/docs")));
        QCOMPARE(page.status, 404);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.body.contains("The API explorer is not installed"));
        QVERIFY(page.body.contains("npm install"));
        QVERIFY(page.body.contains("href=\"/openapi.json\""));
        QCOMPARE(request("GET", server.url(QStringLiteral("/docs/swagger-ui.css"))).status, 404);
    }

    void healthNeedsNoToken()
    {
        TestServer server;
        web::mount(server.router, QString());
        QVERIFY(server.start().ok());
        const HttpResult health = request("GET", server.url(QStringLiteral("/health")));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
