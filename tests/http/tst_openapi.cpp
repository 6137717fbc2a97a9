#include "http/router.h"
#include "ocpi/schema.h"
#include "runtime/noderuntime.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

namespace {

const QString kNpmPrefix = QStringLiteral(OCPI_SOURCE_DIR "/.cache/npm");
const QString kScript = QStringLiteral(OCPI_SOURCE_DIR "/tests/http/validate-openapi.mjs");

QString nodeExecutable()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("node"));
    return found.isEmpty() ? QStringLiteral("/usr/bin/node") : found;
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

// Runs the real validator (@apidevtools/swagger-parser on Node.js) on a document.
Validation validate(const QJsonObject &document, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {-1, QStringLiteral("cannot write %1").arg(path)};
    file.write(QJsonDocument(document).toJson());
    file.close();
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(nodeExecutable(), {kScript, kNpmPrefix, path});
    if (!node.waitForFinished(60000)) {
        node.kill();
        node.waitForFinished();
        return {-1, QStringLiteral("validator did not finish: ") + node.errorString()};
    }
    return {node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1, QString::fromUtf8(node.readAll())};
}

// Every "$ref" value anywhere in `value`.
void collectRefs(const QJsonValue &value, QStringList *refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("$ref"))
                refs->append(it.value().toString());
            else
                collectRefs(it.value(), refs);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectRefs(item, refs);
    }
}

} // namespace

// The OpenAPI 3.0 document at /openapi.json: served without a token, valid for a real validator,
// and complete (every served route, every OCPI object).
class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<NodeRuntime> m_node;
    QJsonObject m_document;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_node = std::make_unique<NodeRuntime>(test::nodeConfig(m_dir, {QStringLiteral("NL-TNM:CPO"), QStringLiteral("NL-TNM:EMSP")}));
        const Status started = m_node->start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void cleanupTestCase()
    {
        m_node.reset();
    }

    void servedWithoutToken()
    {
        const auto result = test::request("GET", QUrl(m_node->publicBase() + QStringLiteral("/openapi.json")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        m_document = doc.object();
        QVERIFY2(m_document.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.0.")),
                 qPrintable(m_document.value(QStringLiteral("openapi")).toString()));
        const QJsonArray servers = m_document.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().toObject().value(QStringLiteral("url")).toString(), m_node->publicBase());
    }

    void validForSwaggerParser()
    {
        QVERIFY2(!m_document.isEmpty(), "servedWithoutToken() failed");
        QVERIFY2(QFileInfo::exists(kNpmPrefix + QStringLiteral("/node_modules/@apidevtools/swagger-parser/package.json")),
                 qPrintable(QStringLiteral("the OpenAPI validator @apidevtools/swagger-parser is missing from %1: "
                                           "run scripts/test (or scripts/install-npm-tools) to install it")
                                .arg(kNpmPrefix)));
        QVERIFY2(QFileInfo(nodeExecutable()).isExecutable(), "Node.js is missing: run scripts/test (it installs it)");
        const Validation result = validate(m_document, m_dir, QStringLiteral("openapi.json"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(result.output.startsWith(QLatin1String("valid: OpenAPI 3.0.")), qPrintable(result.output));
    }

    // The validator is not a rubber stamp: broken variants of the same document fail.
    void validatorRejectsBrokenDocuments_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::newRow("no info") << "info";
        QTest::newRow("dangling $ref") << "ref";
        QTest::newRow("parameter without 'in'") << "param";
        QTest::newRow("response without description") << "description";
    }

    void validatorRejectsBrokenDocuments()
    {
        QFETCH(QString, breakage);
        QVERIFY2(!m_document.isEmpty(), "servedWithoutToken() failed");
        if (!QFileInfo::exists(kNpmPrefix + QStringLiteral("/node_modules/@apidevtools/swagger-parser/package.json")))
            QFAIL("@apidevtools/swagger-parser is missing: run scripts/test (or scripts/install-npm-tools)");
        QJsonObject broken = m_document;
        QJsonObject paths = broken.value(QStringLiteral("paths")).toObject();
        if (breakage == QLatin1String("info")) {
            broken.remove(QStringLiteral("info"));
        } else if (breakage == QLatin1String("ref")) {
            QJsonObject components = broken.value(QStringLiteral("components")).toObject();
            QJsonObject schemas = components.value(QStringLiteral("schemas")).toObject();
            schemas.remove(QStringLiteral("ErrorEnvelope"));
            components.insert(QStringLiteral("schemas"), schemas);
            broken.insert(QStringLiteral("components"), components);
        } else if (breakage == QLatin1String("param")) {
            QJsonObject health = paths.value(QStringLiteral("/health")).toObject();
            QJsonObject get = health.value(QStringLiteral("get")).toObject();
            get.insert(QStringLiteral("parameters"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}});
            health.insert(QStringLiteral("get"), get);
            paths.insert(QStringLiteral("/health"), health);
        } else if (breakage == QLatin1String("description")) {
            QJsonObject health = paths.value(QStringLiteral("/health")).toObject();
            QJsonObject get = health.value(QStringLiteral("get")).toObject();
            QJsonObject responses = get.value(QStringLiteral("responses")).toObject();
            QJsonObject ok = responses.value(QStringLiteral("200")).toObject();
            ok.remove(QStringLiteral("description"));
            responses.insert(QStringLiteral("200"), ok);
            get.insert(QStringLiteral("responses"), responses);
            health.insert(QStringLiteral("get"), get);
            paths.insert(QStringLiteral("/health"), health);
        }
        broken.insert(QStringLiteral("paths"), paths);
        const Validation result = validate(broken, m_dir, QStringLiteral("broken-%1.json").arg(breakage));
        QVERIFY2(result.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.output)));
        QVERIFY2(result.output.startsWith(QLatin1String("invalid: ")), qPrintable(result.output));
    }

    // Derived from the route table: every served route is documented, with its method and path
    // parameters, and only those.
    void everyRouteDocumented()
    {
        QVERIFY2(!m_document.isEmpty(), "servedWithoutToken() failed");
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        QSet<QString> documented;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            for (const QString &method : it.value().toObject().keys())
                documented.insert(method.toUpper() + QLatin1Char(' ') + it.key());
        }
        QSet<QString> served;
        QSet<QString> operationIds;
        const QList<Route> &routes = m_node->router().routes();
        QVERIFY(routes.size() >= 5);
        for (const Route &route : routes) {
            const QString key = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
            if (route.doc.hidden) {
                QVERIFY2(!documented.contains(key), qPrintable(key));
                continue;
            }
            served.insert(key);
            QVERIFY2(documented.contains(key), qPrintable(QStringLiteral("route %1 missing from /openapi.json").arg(key)));
            const QJsonObject operation = paths.value(route.pattern).toObject()
                                              .value(QString::fromLatin1(route.method).toLower()).toObject();
            const QString operationId = operation.value(QStringLiteral("operationId")).toString();
            QVERIFY2(!operationId.isEmpty() && !operationIds.contains(operationId), qPrintable(operationId));
            operationIds.insert(operationId);
            QVERIFY(operation.value(QStringLiteral("responses")).toObject().contains(QStringLiteral("200")));

            QSet<QString> pathParameters;
            for (const QJsonValue &parameter : operation.value(QStringLiteral("parameters")).toArray()) {
                if (parameter.toObject().value(QStringLiteral("in")).toString() == QLatin1String("path"))
                    pathParameters.insert(parameter.toObject().value(QStringLiteral("name")).toString());
            }
            QSet<QString> expected;
            for (const QString &segment : route.segments) {
                if (segment.startsWith(QLatin1Char('{')))
                    expected.insert(segment.mid(1, segment.size() - 2));
            }
            QCOMPARE(pathParameters, expected);

            // Open routes need no token; all others announce the Token scheme (TF-02).
            const QJsonArray security = operation.value(QStringLiteral("security")).toArray();
            if (route.access == Access::Open) {
                QVERIFY2(security.isEmpty(), qPrintable(key));
            } else {
                QCOMPARE(security.size(), 1);
                QVERIFY(security.first().toObject().contains(QStringLiteral("OcpiToken")));
                QVERIFY(operation.value(QStringLiteral("responses")).toObject().contains(QStringLiteral("401")));
            }
            if (route.doc.paginated) {
                const QJsonObject headers = operation.value(QStringLiteral("responses")).toObject()
                                                .value(QStringLiteral("200")).toObject()
                                                .value(QStringLiteral("headers")).toObject();
                for (const char *header : {"X-Total-Count", "X-Limit", "Link"})
                    QVERIFY2(headers.contains(QLatin1String(header)), qPrintable(key));
            }
        }
        QCOMPARE(documented, served); // and nothing that is not served
        for (const char *path : {"/health", "/openapi.json", "/ocpi/versions", "/ocpi/2.2.1"})
            QVERIFY2(paths.contains(QLatin1String(path)), path);
    }

    void everyOcpiSchemaPresent()
    {
        QVERIFY2(!m_document.isEmpty(), "servedWithoutToken() failed");
        const QJsonObject schemas = m_document.value(QStringLiteral("components")).toObject()
                                        .value(QStringLiteral("schemas")).toObject();
        const OcpiSchema &ocpi = OcpiSchema::get();
        QVERIFY(ocpi.objectNames().size() > 40);
        for (const QString &name : ocpi.objectNames()) {
            const QJsonObject schema = schemas.value(name).toObject();
            QVERIFY2(schema.value(QStringLiteral("type")).toString() == QLatin1String("object"), qPrintable(name));
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            QStringList required;
            for (const FieldSpec &field : ocpi.fields(name)) {
                QVERIFY2(properties.contains(field.name), qPrintable(name + QLatin1Char('.') + field.name));
                if (field.isRequired())
                    required.append(field.name);
            }
            QStringList documentedRequired;
            for (const QJsonValue &value : schema.value(QStringLiteral("required")).toArray())
                documentedRequired.append(value.toString());
            QCOMPARE(documentedRequired, required);
        }
        for (const QString &name : ocpi.enumNames()) {
            QJsonArray values;
            for (const QString &value : ocpi.enumValues(name))
                values.append(value);
            QCOMPARE(schemas.value(name).toObject().value(QStringLiteral("enum")).toArray(), values);
        }
        QVERIFY(schemas.contains(QStringLiteral("ErrorEnvelope")));

        // Every reference points at a schema that exists.
        QStringList refs;
        collectRefs(m_document, &refs);
        QVERIFY(!refs.isEmpty());
        for (const QString &ref : std::as_const(refs)) {
            QVERIFY2(ref.startsWith(QLatin1String("#/components/schemas/")), qPrintable(ref));
            QVERIFY2(schemas.contains(ref.mid(21)), qPrintable(ref));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
