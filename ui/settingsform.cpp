#include "settingsform.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ocpi {

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

QStringList listItems(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

} // namespace

const QList<SettingsForm::Field> &SettingsForm::fields()
{
    static const QList<Field> all{
        {QStringLiteral("party"), tr("Parties (CC-PID:ROLE, comma-separated)"), true,
         [](const NodeConfig &c) {
             QStringList parties;
             for (const PartyRole &p : c.parties)
                 parties << p.toString();
             return parties.join(QStringLiteral(", "));
         },
         [](NodeConfig &to, const NodeConfig &from) {
             // Business names stay with parties that remain.
             QList<PartyRole> parties = from.parties;
             for (PartyRole &party : parties) {
                 for (const PartyRole &old : std::as_const(to.parties)) {
                     if (old == party)
                         party.businessName = old.businessName;
                 }
             }
             to.parties = parties;
             to.partiesDefaulted = false;
         }},
        {QStringLiteral("business-name"), tr("Business name"), false, [](const NodeConfig &c) { return c.businessName; },
         [](NodeConfig &to, const NodeConfig &from) {
             to.businessName = from.businessName;
             for (PartyRole &party : to.parties)
                 party.businessName = from.businessName.isEmpty() ? party.party.toString() : from.businessName;
         }},
        {QStringLiteral("listen"), tr("Listen address"), false, [](const NodeConfig &c) { return c.listenAddress.toString(); },
         [](NodeConfig &to, const NodeConfig &from) { to.listenAddress = from.listenAddress; }},
        {QStringLiteral("port"), tr("Port (0 picks a free one)"), false, [](const NodeConfig &c) { return number(c.port); },
         [](NodeConfig &to, const NodeConfig &from) { to.port = from.port; }},
        {QStringLiteral("public-url"), tr("Public URL (empty: the listen address)"), false,
         [](const NodeConfig &c) { return c.publicUrl; },
         [](NodeConfig &to, const NodeConfig &from) { to.publicUrl = from.publicUrl; }},
        {QStringLiteral("page-limit"), tr("Largest page of a list"), false, [](const NodeConfig &c) { return number(c.pageLimit); },
         [](NodeConfig &to, const NodeConfig &from) { to.pageLimit = from.pageLimit; }},
        {QStringLiteral("max-body-bytes"), tr("Largest request body (bytes)"), false,
         [](const NodeConfig &c) { return number(c.maxBodyBytes); },
         [](NodeConfig &to, const NodeConfig &from) { to.maxBodyBytes = from.maxBodyBytes; }},
        {QStringLiteral("partner-timeout"), tr("Partner timeout (seconds)"), false,
         [](const NodeConfig &c) { return number(c.partnerTimeoutSeconds); },
         [](NodeConfig &to, const NodeConfig &from) { to.partnerTimeoutSeconds = from.partnerTimeoutSeconds; }},
        {QStringLiteral("retry-max-delay"), tr("Longest delay between delivery attempts (seconds)"), false,
         [](const NodeConfig &c) { return number(c.retryMaxDelaySeconds); },
         [](NodeConfig &to, const NodeConfig &from) { to.retryMaxDelaySeconds = from.retryMaxDelaySeconds; }},
        {QStringLiteral("token-a-days"), tr("Invitation token lifetime (days)"), false,
         [](const NodeConfig &c) { return number(c.tokenALifetimeDays); },
         [](NodeConfig &to, const NodeConfig &from) { to.tokenALifetimeDays = from.tokenALifetimeDays; }},
        {QStringLiteral("partner-url-policy"), tr("Partner URLs allowed"), false,
         [](const NodeConfig &c) { return partnerUrlPolicyName(c.partnerUrlPolicy); },
         [](NodeConfig &to, const NodeConfig &from) { to.partnerUrlPolicy = from.partnerUrlPolicy; }},
        {QStringLiteral("log-retention-days"), tr("Keep the request log (days, 0: by number only)"), false,
         [](const NodeConfig &c) { return number(c.logRetentionDays); },
         [](NodeConfig &to, const NodeConfig &from) { to.logRetentionDays = from.logRetentionDays; }},
        {QStringLiteral("reservations"), tr("Reservations module (on/off)"), false,
         [](const NodeConfig &c) { return c.reservations ? QStringLiteral("on") : QStringLiteral("off"); },
         [](NodeConfig &to, const NodeConfig &from) { to.reservations = from.reservations; }},
        {QStringLiteral("sim-speed"), tr("Simulated charge points' speed"), false,
         [](const NodeConfig &c) { return number(c.simSpeed); },
         [](NodeConfig &to, const NodeConfig &from) { to.simSpeed = from.simSpeed; }},
    };
    return all;
}

const SettingsForm::Field *SettingsForm::field(const QString &option)
{
    for (const Field &f : fields()) {
        if (f.option == option)
            return &f;
    }
    return nullptr;
}

Result<NodeConfig> SettingsForm::parseAlone(const Field &field, const QString &text)
{
    QStringList arguments{QStringLiteral("ocpi-console")};
    const QStringList values = field.list ? listItems(text) : QStringList{text.trimmed()};
    for (const QString &value : values)
        arguments << QStringLiteral("--") + field.option << value;
    QCommandLineParser parser;
    NodeConfig::addOptions(parser);
    if (!parser.parse(arguments))
        return Error::invalid(parser.errorText());
    // No environment and no INI file: only this value counts.
    return NodeConfig::load(parser, QProcessEnvironment());
}

QHash<QString, QString> SettingsForm::check(const QHash<QString, QString> &values)
{
    QHash<QString, QString> errors;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Field *f = field(it.key());
        if (!f) {
            errors.insert(it.key(), tr("not a setting the console edits"));
            continue;
        }
        // Optional texts may be empty (their default); a number or a party may not.
        const bool mayBeEmpty = f->option == QLatin1String("public-url") || f->option == QLatin1String("business-name");
        if (it.value().trimmed().isEmpty() && !mayBeEmpty) {
            errors.insert(f->option, tr("%1 must not be empty").arg(f->label));
            continue;
        }
        if (it.value().trimmed().isEmpty())
            continue;
        if (const Result<NodeConfig> parsed = parseAlone(*f, it.value()); !parsed)
            errors.insert(f->option, parsed.error().message);
    }
    return errors;
}

NodeConfig SettingsForm::apply(const NodeConfig &base, const QHash<QString, QString> &values)
{
    NodeConfig config = base;
    // In the table's order: parties before the business name that applies to them.
    for (const Field &f : fields()) {
        if (!values.contains(f.option))
            continue;
        const QString text = values.value(f.option).trimmed();
        const Result<NodeConfig> parsed = text.isEmpty() ? Result<NodeConfig>(NodeConfig()) : parseAlone(f, text);
        if (parsed)
            f.take(config, *parsed);
    }
    return config;
}

Status SettingsForm::save(const QString &path, const QHash<QString, QString> &values)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::internal(tr("cannot create the folder of %1").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString key = NodeConfig::iniKey(it.key());
        if (key.isEmpty())
            continue;
        if (it.value().trimmed().isEmpty())
            ini.remove(key);
        else
            ini.setValue(key, it.value().trimmed());
    }
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Error::internal(tr("cannot write %1").arg(path));
    return Status::success();
}

} // namespace ocpi
