#include "commands.h"
#include "clitext.h"
#include "hubcommands.h"
#include "store/databaselocation.h"
#include "operatorsession.h"

#include "core/datetime.h"
#include "http/ocpipaths.h"
#include "modules/credentials/registrationclient.h"
#include "partners/partnerregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ocpi::cli {

namespace {


QJsonObject partnerJson(const Partner &partner)
{
    QJsonArray parties;
    for (const PartnerRole &role : partner.roles) {
        parties.append(QJsonObject{{QStringLiteral("country_code"), role.party.party.countryCode},
                                   {QStringLiteral("party_id"), role.party.party.partyId},
                                   {QStringLiteral("role"), roleName(role.party.role)}});
    }
    return {{QStringLiteral("id"), partner.id},
            {QStringLiteral("name"), partner.label()},
            {QStringLiteral("state"), partnerStateName(partner.state)},
            {QStringLiteral("state_reason"), partner.stateReason},
            {QStringLiteral("version"), partner.version.isEmpty() ? QJsonValue() : QJsonValue(partner.version)},
            {QStringLiteral("versions_url"), partner.versionsUrl},
            {QStringLiteral("parties"), parties},
            {QStringLiteral("last_contact"),
             partner.lastContact.isValid() ? QJsonValue(formatDateTime(partner.lastContact)) : QJsonValue()},
            {QStringLiteral("initial_sync"), partner.initialSync}};
}

// "on" or "off", as the --initial-sync option and set-initial-sync take it.
std::optional<bool> onOff(const QString &text)
{
    if (text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QCommandLineOption initialSyncOption()
{
    return {QStringLiteral("initial-sync"),
            CliText::tr("on: once registered, the partner gets our current objects of the modules it receives (off by default)."),
            QStringLiteral("on|off")};
}

// Prints a partner after an operation, or the failure; returns the exit code.
int report(CommandContext &context, const Result<Partner> &result, const QString &done)
{
    if (!result) {
        context.fail(result.error().message);
        return Failure;
    }
    if (context.json)
        printJson(context.out, partnerJson(*result));
    else
        context.out << done.arg(result->label(), partnerStateName(result->state)) << Qt::endl;
    return Success;
}

class InviteCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("invite"); }
    QString summary() const override { return CliText::tr("Issue a registration token (token A) for a new partner."); }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("name"), CliText::tr("Name of the partner."), QStringLiteral("NAME")});
        parser.addOption(initialSyncOption());
    }
    int run(CommandContext &context) override
    {
        const auto initialSync = onOff(context.parser.value(QStringLiteral("initial-sync")).isEmpty()
                                           ? QStringLiteral("off")
                                           : context.parser.value(QStringLiteral("initial-sync")));
        if (!initialSync) {
            context.fail(CliText::tr("--initial-sync must be on or off"));
            return UsageError;
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        // The URL the partner is told must be one this node answers on; with "any free port" and
        // no node serving, there is none yet.
        const NodeConfig &config = session->config();
        if (config.port == 0 && config.publicUrl.isEmpty()) {
            context.fail(CliText::tr("%1, and with --port 0 its versions URL is not known until it serves: start `ocpi-node "
                            "serve --db %2` first, or give --port N or --public-url URL")
                             .arg(session->notServingReason(), displayDatabase(config.databasePath)));
            return Failure;
        }
        auto invitation = session->services().partners().invite(context.parser.value(QStringLiteral("name")), *initialSync);
        if (!invitation) {
            context.fail(invitation.error().message);
            return Failure;
        }
        const QString versionsUrl = config.publicBase(config.port) + paths::versions();
        if (!session->serving()) {
            context.err << "ocpi-node: " << CliText::tr("note: %1; the partner can register once it serves at %2")
                                                .arg(session->notServingReason(), versionsUrl)
                        << Qt::endl;
        }
        if (context.json) {
            printJson(context.out, QJsonObject{{QStringLiteral("token"), invitation->token},
                                               {QStringLiteral("versions_url"), versionsUrl},
                                               {QStringLiteral("expires_at"), formatDateTime(invitation->expiresAt)}});
        } else {
            context.out << CliText::tr("Token A (shown only now): %1").arg(invitation->token) << Qt::endl
                        << CliText::tr("Versions URL: %1").arg(versionsUrl) << Qt::endl
                        << CliText::tr("Valid until: %1").arg(formatDateTime(invitation->expiresAt)) << Qt::endl;
        }
        return Success;
    }
};

class RegisterCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("register"); }
    QString summary() const override
    {
        return CliText::tr("Register with a partner, given its versions URL and the token A it issued.");
    }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("versions-url"), CliText::tr("The partner's versions URL."), QStringLiteral("URL")});
        parser.addOption({QStringLiteral("token"), CliText::tr("The token A the partner gave you."), QStringLiteral("TOKEN_A")});
        parser.addOption({QStringLiteral("name"), CliText::tr("Name to show for the partner."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("token-encoding"), CliText::tr("How to send tokens: auto, base64 or raw."),
                          QStringLiteral("MODE"), QStringLiteral("auto")});
        parser.addOption(initialSyncOption());
    }
    int run(CommandContext &context) override
    {
        RegistrationClient::Registration registration;
        registration.versionsUrl = context.parser.value(QStringLiteral("versions-url"));
        registration.tokenA = context.parser.value(QStringLiteral("token"));
        registration.name = context.parser.value(QStringLiteral("name"));
        const auto encoding = parseEncodingSetting(context.parser.value(QStringLiteral("token-encoding")));
        if (registration.versionsUrl.isEmpty() || registration.tokenA.isEmpty() || !encoding) {
            context.fail(CliText::tr("register needs --versions-url URL and --token TOKEN_A (--token-encoding auto|base64|raw)"));
            return UsageError;
        }
        registration.encoding = *encoding;
        if (context.parser.isSet(QStringLiteral("initial-sync"))) {
            registration.initialSync = onOff(context.parser.value(QStringLiteral("initial-sync")));
            if (!registration.initialSync) {
                context.fail(CliText::tr("--initial-sync must be on or off"));
                return UsageError;
            }
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        // The partner calls this node back at the versions URL we send; a node that is not serving
        // would make the handshake fail at the partner's end, after it spent our token A.
        if (!session->serving()) {
            context.fail(CliText::tr("%1: the partner calls this node back while registering, so start `ocpi-node serve --db %2` "
                            "first")
                             .arg(session->notServingReason(), displayDatabase(session->config().databasePath)));
            return Failure;
        }
        int code = Failure;
        session->services().registration().registerWith(registration, [&](Result<Partner> result) {
            code = report(context, result, CliText::tr("%1: %2"));
            session->finished();
        });
        session->wait();
        return code;
    }
};

// Commands that act on one existing partner: unregister, partners remove, update, set-encoding.
class PartnerActionCommand : public Command
{
public:
    QString arguments() const override { return QStringLiteral("PARTNER"); }
    bool printsResults() const override { return true; }
    int run(CommandContext &context) override
    {
        if (context.positional.size() < minimumArguments()) {
            context.fail(CliText::tr("%1 needs %2").arg(name(), usage()));
            return UsageError;
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        auto partner = session->services().partners().findByReference(context.positional.first());
        if (!partner) {
            context.fail(partner.error().message);
            return Failure;
        }
        int code = Failure;
        act(context, *session, *partner, [&](Result<Partner> result) {
            code = report(context, result, doneText());
            session->finished();
        });
        session->wait();
        return code;
    }

protected:
    virtual qsizetype minimumArguments() const { return 1; }
    virtual QString usage() const { return QStringLiteral("PARTNER (an id, a name or CC-PID)"); }
    // "%1" the partner, "%2" its state after the command.
    virtual QString doneText() const { return CliText::tr("%1: %2"); }
    virtual void act(CommandContext &context, OperatorSession &session, const Partner &partner,
                     RegistrationClient::Done done) = 0;
};

class UnregisterCommand final : public PartnerActionCommand
{
public:
    QString name() const override { return QStringLiteral("unregister"); }
    QString summary() const override { return CliText::tr("Unregister from a partner (named by name or CC-PID); its tokens die."); }

protected:
    void act(CommandContext &, OperatorSession &session, const Partner &partner, RegistrationClient::Done done) override
    {
        session.services().registration().unregisterFrom(partner.id, std::move(done));
    }
};

class RemoveCommand final : public PartnerActionCommand
{
public:
    QString name() const override { return QStringLiteral("partners remove"); }
    QString summary() const override
    {
        return CliText::tr("Remove an invited, failed or unregistered partner (by id, name or CC-PID) with its tokens and "
                  "queued deliveries; a registered one must be unregistered first.");
    }

protected:
    void act(CommandContext &, OperatorSession &session, const Partner &partner, RegistrationClient::Done done) override
    {
        done(session.services().partners().removeInactive(partner.id));
    }
    QString doneText() const override { return CliText::tr("%1: removed (was %2)"); }
};

class PartnersCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("partners"); }
    QString summary() const override
    {
        return CliText::tr("List partners: id, parties, roles, state, version, last contact. `partners remove PARTNER` removes "
                  "an invited, failed or unregistered one.");
    }
    QString arguments() const override { return QStringLiteral("[remove PARTNER]"); }
    bool printsResults() const override { return true; }
    int run(CommandContext &context) override
    {
        if (!context.positional.isEmpty()) {
            if (context.positional.first() != QLatin1String("remove")) {
                context.fail(CliText::tr("partners takes no argument but `remove PARTNER`, not '%1'").arg(context.positional.first()));
                return UsageError;
            }
            context.positional.removeFirst();
            return m_remove.run(context);
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        auto partners = session->services().partners().list();
        if (!partners) {
            context.fail(partners.error().message);
            return Failure;
        }
        // What hubs reported about the parties behind them (hub client info, HCI-05).
        auto reported = session->services().partners().hubParties();
        if (!reported) {
            context.fail(reported.error().message);
            return Failure;
        }
        if (context.json) {
            QJsonArray list;
            for (const Partner &partner : *partners) {
                QJsonObject entry = partnerJson(partner);
                entry.insert(QStringLiteral("hub_parties"), hubPartiesJson(*reported, partner.id));
                list.append(entry);
            }
            printJson(context.out, list);
            return Success;
        }
        QList<QStringList> rows;
        QStringList reasons;
        QHash<qint64, QString> names;
        for (const Partner &partner : *partners) {
            names.insert(partner.id, partner.label());
            QStringList parties;
            QStringList roles;
            for (const PartnerRole &role : partner.roles) {
                if (!parties.contains(role.party.party.toString()))
                    parties << role.party.party.toString();
                if (!roles.contains(roleName(role.party.role)))
                    roles << roleName(role.party.role);
            }
            QString state = partnerStateName(partner.state);
            // The reason is often a partner's whole error message: in full below the table, where
            // it neither gets cut nor stretches every row.
            if (!partner.stateReason.isEmpty()) {
                state += QStringLiteral(" (see below)");
                reasons << CliText::tr("%1 is %2: %3").arg(partner.label(), partnerStateName(partner.state), partner.stateReason);
            }
            // The id tells apart rows that share a name (a partner invited twice); every PARTNER
            // argument takes it.
            rows.append({QString::number(partner.id), partner.label(), parties.join(QLatin1Char(',')),
                         roles.join(QLatin1Char(',')), state, partner.version,
                         partner.lastContact.isValid() ? formatDateTime(partner.lastContact) : QString()});
        }
        printTable(context.out,
                   {CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("PARTIES"), CliText::tr("ROLES"), CliText::tr("STATE"), CliText::tr("VERSION"), CliText::tr("LAST CONTACT")},
                   rows);
        if (!reasons.isEmpty())
            context.out << Qt::endl << reasons.join(QLatin1Char('\n')) << Qt::endl;
        if (const QStringList hubs = hubPartiesLines(*reported, names); !hubs.isEmpty())
            context.out << Qt::endl << hubs.join(QLatin1Char('\n')) << Qt::endl;
        return Success;
    }

private:
    RemoveCommand m_remove;
};

class UpdateCommand final : public PartnerActionCommand
{
public:
    QString name() const override { return QStringLiteral("update"); }
    QString summary() const override { return CliText::tr("Rotate the credentials with a partner (new tokens both ways)."); }

protected:
    void act(CommandContext &, OperatorSession &session, const Partner &partner, RegistrationClient::Done done) override
    {
        session.services().registration().updateWith(partner.id, std::move(done));
    }
};

// Commands that change one setting of a partner: PARTNER VALUE.
class PartnerSettingCommand : public PartnerActionCommand
{
protected:
    qsizetype minimumArguments() const override { return 2; }
    // The partner with the setting changed to `value`, or why `value` is no such setting.
    virtual Result<Partner> changed(const Partner &partner, const QString &value) const = 0;
    void act(CommandContext &context, OperatorSession &session, const Partner &partner, RegistrationClient::Done done) override
    {
        auto result = changed(partner, context.positional.at(1));
        if (!result) {
            done(result.error());
            return;
        }
        const Status saved = session.services().partners().save(*result);
        done(saved ? result : Result<Partner>(saved.error()));
    }
};

class SetEncodingCommand final : public PartnerSettingCommand
{
public:
    QString name() const override { return QStringLiteral("set-encoding"); }
    QString summary() const override { return CliText::tr("How to send our token to a partner: auto, base64 or raw."); }
    QString arguments() const override { return QStringLiteral("PARTNER MODE"); }

protected:
    QString usage() const override { return QStringLiteral("PARTNER MODE (auto, base64 or raw)"); }
    Result<Partner> changed(const Partner &partner, const QString &value) const override
    {
        const auto mode = parseEncodingSetting(value);
        if (!mode)
            return Error::invalid(CliText::tr("MODE must be auto, base64 or raw"));
        Partner result = partner;
        result.encodingSetting = *mode;
        return result;
    }
};

class SetInitialSyncCommand final : public PartnerSettingCommand
{
public:
    QString name() const override { return QStringLiteral("set-initial-sync"); }
    QString summary() const override
    {
        return CliText::tr("Whether a partner gets our current objects when it registers: on or off (`push PARTNER --all` "
                  "sends them at any time).");
    }
    QString arguments() const override { return QStringLiteral("PARTNER on|off"); }

protected:
    QString usage() const override { return QStringLiteral("PARTNER on|off"); }
    Result<Partner> changed(const Partner &partner, const QString &value) const override
    {
        const auto on = onOff(value);
        if (!on)
            return Error::invalid(CliText::tr("the setting must be on or off, not '%1'").arg(value));
        Partner result = partner;
        result.initialSync = *on;
        return result;
    }
};

} // namespace

void addPartnerCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<InviteCommand>());
    commands.push_back(std::make_unique<RegisterCommand>());
    commands.push_back(std::make_unique<PartnersCommand>());
    commands.push_back(std::make_unique<UnregisterCommand>());
    commands.push_back(std::make_unique<UpdateCommand>());
    commands.push_back(std::make_unique<SetEncodingCommand>());
    commands.push_back(std::make_unique<SetInitialSyncCommand>());
}

} // namespace ocpi::cli
