#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("nl")};

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

struct Message
{
    QString context;
    QString source;
    QString unfinished; // why the message is not translated; empty: it is
    QStringList translations;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                message.unfinished = type; // unfinished, vanished, obsolete
            // A plural message holds <numerusform> children; a plain one its text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

} // namespace

// Every visible string of the console and of the operator commands is translated in German,
// French and Dutch, and every counted one in English ("1 session", "2 sessions"): lupdate is run over today's sources into copies of the committed .ts files, so
// a string added or changed without its translations fails here, naming it.
class TestTranslationsComplete : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // English holds only the counted messages (lupdate -pluralonly), like the build's own run.
        const auto lupdate = [&dir](const QStringList &languages, const QStringList &options) {
            QStringList arguments = options;
            arguments << QStringLiteral("-no-obsolete") << QStringLiteral("-silent")
                      << QStringLiteral("@" OCPI_TRANSLATED_SOURCES_LIST) << QStringLiteral("-ts");
            for (const QString &language : languages) {
                const QString copy = dir.filePath(QStringLiteral("ocpi_%1.ts").arg(language));
                if (!QFile::copy(QStringLiteral(OCPI_TS_DIR "/ocpi_%1.ts").arg(language), copy))
                    return false;
                arguments.append(copy);
            }
            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start(QStringLiteral(OCPI_LUPDATE), arguments);
            return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
                   && process.exitCode() == 0;
        };
        QVERIFY(lupdate(kLanguages, {}));
        QVERIFY(lupdate({QStringLiteral("en")}, {QStringLiteral("-pluralonly")}));

        QStringList problems;
        for (const QString &language : kLanguages + QStringList{QStringLiteral("en")}) {
            const QList<Message> messages = readTs(dir.filePath(QStringLiteral("ocpi_%1.ts").arg(language)));
            // The scan found the sources (English: the counted messages).
            QVERIFY2(messages.size() > (language == QLatin1String("en") ? 15 : 500), qPrintable(language));
            for (const Message &message : messages) {
                const QString where = QStringLiteral("%1 %2: \"%3\"").arg(language, message.context, message.source);
                if (!message.unfinished.isEmpty()) {
                    problems.append(where + QLatin1String(" is ") + message.unfinished);
                    continue;
                }
                for (const QString &translation : message.translations) {
                    if (translation.trimmed().isEmpty())
                        problems.append(where + QLatin1String(" has an empty translation"));
                    else if (placeholders(translation) != placeholders(message.source))
                        problems.append(where + QLatin1String(" has other placeholders: ") + translation);
                }
            }
        }
        const QString shown = problems.mid(0, 40).join(QLatin1Char('\n'));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated or broken; run `cmake --build build --target update_translations` "
                                           "and translate them in translations/*.ts:\n%2")
                                .arg(problems.size()).arg(shown)));
    }

    // The messages are found where they are looked up: an operator command's error in French comes
    // out in French (a translation filed under another context than the code asks for never would).
    void operatorCommandsSpeakTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void operatorCommandsSpeakTheLocale()
    {
        QFETCH(QString, locale);
        const QString source = QStringLiteral("outbox takes no argument, 'retry PARTNER|ID' or 'drop ID', not '%1'");
        QString expected;
        for (const Message &message : readTs(QStringLiteral(OCPI_TS_DIR "/ocpi_%1.ts").arg(locale))) {
            if (message.context == QLatin1String("cli") && message.source == source)
                expected = message.translations.value(0).arg(QStringLiteral("bogus"));
        }
        QVERIFY2(!expected.isEmpty(), "the outbox usage message is not in the cli context");
        QProcess node;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString name = locale + QLatin1Char('_') + locale.toUpper() + QStringLiteral(".UTF-8");
        environment.insert(QStringLiteral("LC_ALL"), name);
        environment.insert(QStringLiteral("LANG"), name);
        environment.remove(QStringLiteral("LANGUAGE"));
        node.setProcessEnvironment(environment);
        node.start(QStringLiteral(OCPI_NODE_BINARY), {QStringLiteral("outbox"), QStringLiteral("bogus")});
        QVERIFY(node.waitForFinished(30000));
        const QString err = QString::fromUtf8(node.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err + QLatin1String("\nexpected: ") + expected));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translationscomplete.moc"
