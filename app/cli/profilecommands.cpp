// `ocpi-node profile`: a charging profile request to a partner CPO (eMSP role): set, read or clear
// the power limit of one of our drivers' sessions there (CP).

#include "asyncrequests.h"
#include "clitext.h"
#include "commands.h"
#include "operatorsession.h"

#include "core/datetime.h"
#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace ocpi::cli {

namespace {


class ProfileCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override
    {
        return CliText::tr("Set, read or clear the charging profile of a session at a partner CPO and wait for the result (eMSP role).");
    }
    QString arguments() const override { return QStringLiteral("PARTNER|CC-PID SESSION_ID set FILE.json|get|clear"); }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("duration"), CliText::tr("How many seconds ahead the active profile should reach (get)."),
                          QStringLiteral("SECONDS")});
        parser.addOption({QStringLiteral("no-wait"), CliText::tr("Return after the CPO's response, without waiting for the result.")});
    }

    int run(CommandContext &context) override
    {
        if (context.positional.size() < 3) {
            context.fail(CliText::tr("profile needs %1").arg(arguments()));
            return UsageError;
        }
        const QString type = context.positional.at(2).toUpper();
        auto params = paramsOf(context, type);
        if (!params)
            return UsageError;
        AsyncRequest request;
        request.send = [type, sessionId = context.positional.at(1), params = *params](NodeServices &services, const Partner &partner,
                                                                                    const std::optional<PartyId> &to,
                                                                                    AsyncRequest::Done done) {
            // To a CPO party behind a hub (CC-PID as PARTNER): through the hub, addressed to it (RT-05).
            services.module<ChargingProfilesModule>().service().send(partner.id, type, sessionId, params, std::move(done), to);
        };
        request.store = [](NodeServices &services) -> CommandStore & {
            return services.module<ChargingProfilesModule>().service().requests();
        };
        request.label = [type, sessionId = context.positional.at(1)](const Partner &partner) {
            return CliText::tr("%1 profile of %2 at %3").arg(type, sessionId, partner.label());
        };
        request.requestKey = QStringLiteral("request");
        // A GET's result carries the active profile.
        request.printResult = [](QTextStream &out, const QJsonObject &result) {
            if (result.contains(QStringLiteral("profile")))
                out << QJsonDocument(result.value(QStringLiteral("profile")).toObject()).toJson(QJsonDocument::Indented);
        };
        return runAsyncRequest(context, request);
    }

private:
    // What the request carries besides the session and the response_url.
    static std::optional<QJsonObject> paramsOf(CommandContext &context, const QString &type)
    {
        if (type == QLatin1String("SET")) {
            if (context.positional.size() < 4) {
                context.fail(CliText::tr("profile set needs FILE.json, a ChargingProfile"));
                return std::nullopt;
            }
            QFile file(context.positional.at(3));
            if (!file.open(QIODevice::ReadOnly)) {
                context.fail(CliText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
                return std::nullopt;
            }
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            if (!document.isObject()) {
                context.fail(CliText::tr("%1 is no JSON object (%2)").arg(file.fileName(), error.errorString()));
                return std::nullopt;
            }
            return QJsonObject{{QStringLiteral("charging_profile"), document.object()}};
        }
        if (type == QLatin1String("GET")) {
            bool ok = false;
            const int duration = context.parser.value(QStringLiteral("duration")).toInt(&ok);
            if (!ok || duration < 0) {
                context.fail(CliText::tr("profile get needs --duration SECONDS"));
                return std::nullopt;
            }
            return QJsonObject{{QStringLiteral("duration"), duration}};
        }
        if (type == QLatin1String("CLEAR"))
            return QJsonObject();
        context.fail(CliText::tr("expected set, get or clear, not '%1'").arg(context.positional.at(2)));
        return std::nullopt;
    }
};

} // namespace

void addProfileCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<ProfileCommand>());
}

} // namespace ocpi::cli
