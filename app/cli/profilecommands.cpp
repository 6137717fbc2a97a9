// `ocpi-node profile`: a charging profile request to a partner CPO (eMSP role): set, read or clear
// the power limit of one of our drivers' sessions there (CP).

#include "asyncrequests.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

class ProfileCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override
    {
        return tr("Set, read or clear the charging profile of a session at a partner CPO and wait for the result (eMSP role).");
    }
    QString arguments() const override { return QStringLiteral("PARTNER SESSION_ID set FILE.json|get|clear"); }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("duration"), tr("How many seconds ahead the active profile should reach (get)."),
                          QStringLiteral("SECONDS")});
        parser.addOption({QStringLiteral("no-wait"), tr("Return after the CPO's response, without waiting for the result.")});
    }

    int run(CommandContext &context) override
    {
        if (context.positional.size() < 3) {
            context.fail(tr("profile needs %1").arg(arguments()));
            return UsageError;
        }
        const QString type = context.positional.at(2).toUpper();
        auto params = paramsOf(context, type);
        if (!params)
            return UsageError;
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        // The result comes to our response_url: only a serving node can take it.
        if (!session->serving()) {
            context.fail(session->notServingReason());
            return Failure;
        }
        NodeServices &services = session->services();
        auto partner = services.partners().findByReference(context.positional.first());
        if (!partner) {
            context.fail(partner.error().message);
            return Failure;
        }
        ChargingProfileService &profiles = services.module<ChargingProfilesModule>().service();
        std::optional<Result<CommandRecord>> sent;
        profiles.send(partner->id, type, context.positional.at(1), *params, [&](Result<CommandRecord> record) {
            sent = std::move(record);
            session->finished();
        });
        session->wait();
        if (!*sent) {
            context.fail(sent->error().message);
            return Failure;
        }
        CommandRecord request = **sent;
        if (!context.json) {
            context.out << tr("%1 profile of %2 at %3: %4")
                               .arg(type, context.positional.at(1), partner->label(),
                                    request.response ? request.response->value(QStringLiteral("result")).toString() : request.state)
                        << messageOf(request.response) << (request.error.isEmpty() ? QString() : QStringLiteral(": ") + request.error)
                        << Qt::endl;
        }
        if (request.deadline.isValid() && !request.result && !context.parser.isSet(QStringLiteral("no-wait"))) {
            if (!context.json)
                context.out << tr("waiting for the result (until %1)...").arg(formatDateTime(request.deadline)) << Qt::endl;
            request = waitForResult(profiles.requests(), request);
        }
        if (context.json) {
            printJson(context.out, QJsonObject{{QStringLiteral("id"), request.uid},
                                               {QStringLiteral("request"), request.request},
                                               {QStringLiteral("response"), orNull(request.response)},
                                               {QStringLiteral("result"), orNull(request.result)},
                                               {QStringLiteral("state"), request.state}});
        } else if (request.result || request.state == QLatin1String("TIMEOUT")) {
            context.out << tr("result: %1").arg(request.state) << Qt::endl;
            if (request.result && request.result->contains(QStringLiteral("profile")))
                context.out << QJsonDocument(request.result->value(QStringLiteral("profile")).toObject()).toJson(QJsonDocument::Indented);
        }
        return request.state == QLatin1String("ACCEPTED") ? Success : Failure;
    }

private:
    // What the request carries besides the session and the response_url.
    static std::optional<QJsonObject> paramsOf(CommandContext &context, const QString &type)
    {
        if (type == QLatin1String("SET")) {
            if (context.positional.size() < 4) {
                context.fail(tr("profile set needs FILE.json, a ChargingProfile"));
                return std::nullopt;
            }
            QFile file(context.positional.at(3));
            if (!file.open(QIODevice::ReadOnly)) {
                context.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
                return std::nullopt;
            }
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            if (!document.isObject()) {
                context.fail(tr("%1 is no JSON object (%2)").arg(file.fileName(), error.errorString()));
                return std::nullopt;
            }
            return QJsonObject{{QStringLiteral("charging_profile"), document.object()}};
        }
        if (type == QLatin1String("GET")) {
            bool ok = false;
            const int duration = context.parser.value(QStringLiteral("duration")).toInt(&ok);
            if (!ok || duration < 0) {
                context.fail(tr("profile get needs --duration SECONDS"));
                return std::nullopt;
            }
            return QJsonObject{{QStringLiteral("duration"), duration}};
        }
        if (type == QLatin1String("CLEAR"))
            return QJsonObject();
        context.fail(tr("expected set, get or clear, not '%1'").arg(context.positional.at(2)));
        return std::nullopt;
    }
};

} // namespace

void addProfileCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<ProfileCommand>());
}

} // namespace ocpi::cli
