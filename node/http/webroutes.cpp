#include "webroutes.h"

#include "openapi.h"
#include "responses.h"
#include "router.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace ocpi::web {

namespace {

const QByteArray kDocsPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OCPI Node Console API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>
window.onload = () => { window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' }); };
</script>
</body>
</html>
)";

const QByteArray kMissingPage = R"(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>API explorer not installed</title></head>
<body>
<h1>The API explorer is not installed</h1>
<p>This node serves its OpenAPI description at <a href="/openapi.json">/openapi.json</a>.
To browse it here, install Swagger UI and restart the node:</p>
<pre>scripts/run            # installs it for you, or by hand:
npm install --prefix ~/.local/share/ocpi-node swagger-ui-dist
ocpi-node --swagger-ui-dir ~/.local/share/ocpi-node/node_modules/swagger-ui-dist</pre>
</body>
</html>
)";

QByteArray contentTypeFor(const QString &file)
{
    if (file.endsWith(QLatin1String(".js")))
        return "application/javascript";
    if (file.endsWith(QLatin1String(".css")))
        return "text/css";
    if (file.endsWith(QLatin1String(".png")))
        return "image/png";
    if (file.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (file.endsWith(QLatin1String(".map")) || file.endsWith(QLatin1String(".json")))
        return "application/json";
    return "application/octet-stream";
}

HttpResponse page(int status, const QByteArray &html)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html;
    return response;
}

} // namespace

QString findSwaggerUi(const QString &configured)
{
    // A folder the operator named is the only one looked at: a wrong one shows the help page.
    if (!configured.isEmpty()) {
        const bool usable = QFileInfo::exists(QDir(configured).filePath(QStringLiteral("swagger-ui-bundle.js")));
        return usable ? QDir(configured).absolutePath() : QString();
    }
    QStringList candidates;
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << QDir(appDir).filePath(QStringLiteral("../share/ocpi-node/swagger-ui"))
               << QDir(appDir).filePath(QStringLiteral("../../.cache/npm/node_modules/swagger-ui-dist"))
               << QDir(appDir).filePath(QStringLiteral("../.cache/npm/node_modules/swagger-ui-dist"))
               << QDir::home().filePath(QStringLiteral(".local/share/ocpi-node/node_modules/swagger-ui-dist"));
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("swagger-ui-bundle.js"))))
            return QDir(dir).absolutePath();
    }
    return QString();
}

void mount(Router &router, QString swaggerUiDir)
{
    Route health;
    health.method = "GET";
    health.pattern = QStringLiteral("/health");
    health.access = Access::Open;
    health.quiet = true;
    health.doc.summary = QStringLiteral("Liveness for load balancers");
    router.addSync(health, [](const RouteCall &call) {
        return reply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("version"), QStringLiteral(OCPI_NODE_VERSION)}},
                           call.now);
    });

    Route openapi;
    openapi.method = "GET";
    openapi.pattern = QStringLiteral("/openapi.json");
    openapi.access = Access::Open;
    openapi.quiet = true;
    openapi.doc.summary = QStringLiteral("This OpenAPI description");
    const Router *table = &router;
    router.addSync(openapi, [table](const RouteCall &call) {
        HttpResponse response;
        response.body = QJsonDocument(buildOpenApi(*table, call.publicBase)).toJson(QJsonDocument::Indented);
        return response;
    });

    const QString uiDir = findSwaggerUi(swaggerUiDir);
    Route docs;
    docs.method = "GET";
    docs.pattern = QStringLiteral("/docs");
    docs.access = Access::Open;
    docs.quiet = true;
    docs.doc.summary = QStringLiteral("API explorer (Swagger UI)");
    router.addSync(docs, [uiDir](const RouteCall &) {
        return uiDir.isEmpty() ? page(404, kMissingPage) : page(200, kDocsPage);
    });

    // Static files of swagger-ui-dist, read once and kept in memory. Only plain file names inside
    // that one folder are served.
    auto cache = std::make_shared<QHash<QString, QByteArray>>();
    Route asset;
    asset.method = "GET";
    asset.pattern = QStringLiteral("/docs/{file}");
    asset.access = Access::Open;
    asset.quiet = true;
    asset.doc.hidden = true;
    router.addSync(asset, [uiDir, cache](const RouteCall &call) {
        static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        const QString file = call.param(QStringLiteral("file"));
        if (uiDir.isEmpty() || !plainName.match(file).hasMatch())
            return reply::error(Error::notFound(QStringLiteral("no such file")), call.now);
        auto cached = cache->constFind(file);
        if (cached == cache->constEnd()) {
            QFile f(QDir(uiDir).filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                return reply::error(Error::notFound(QStringLiteral("no such file")), call.now);
            cached = cache->insert(file, f.readAll());
        }
        HttpResponse response;
        response.contentType = contentTypeFor(file);
        response.body = *cached;
        return response;
    });
}

} // namespace ocpi::web
