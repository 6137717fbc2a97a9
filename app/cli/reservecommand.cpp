// `ocpi-node reserve`: asks a partner CPO for a reservation through the custom reservations module
// (docs/reservations.md), prints the offer and, with --accept, accepts it.

#include "commands.h"
#include "clitext.h"
#include "operatorsession.h"

#include "core/datetime.h"
#include "modules/reservations/reservationsmodule.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ocpi::cli {

namespace {


QString describe(const QJsonObject &reservation)
{
    const QString status = reservation.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("REJECTED"))
        return CliText::tr("%1: REJECTED (%2)").arg(reservation.value(QStringLiteral("id")).toString(),
                                            reservation.value(QStringLiteral("reason")).toString());
    const QJsonObject price = reservation.value(QStringLiteral("price")).toObject();
    return CliText::tr("%1: %2, EVSE %3, %4 .. %5, %6 %7 excl. VAT").arg(reservation.value(QStringLiteral("id")).toString(), status,
                                                                  reservation.value(QStringLiteral("evse_uid")).toString(),
                                                                  reservation.value(QStringLiteral("start")).toString(),
                                                                  reservation.value(QStringLiteral("end")).toString(),
                                                                  QString::number(price.value(QStringLiteral("excl_vat")).toDouble()),
                                                                  reservation.value(QStringLiteral("currency")).toString());
}

class ReserveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("reserve"); }
    QString summary() const override
    {
        return CliText::tr("Ask a partner CPO for a reservation and print its offer; --accept accepts it (eMSP role, "
                  "--reservations on).");
    }
    QString arguments() const override { return QStringLiteral("PARTNER"); }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("location"), CliText::tr("The partner's location id."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("evse"), CliText::tr("The EVSE uid (default: the CPO picks one)."), QStringLiteral("UID")});
        parser.addOption({QStringLiteral("token"), CliText::tr("The uid of one of our own tokens."), QStringLiteral("UID")});
        parser.addOption({QStringLiteral("from"), CliText::tr("Start of the window."), QStringLiteral("DATETIME")});
        parser.addOption({QStringLiteral("to"), CliText::tr("End of the window."), QStringLiteral("DATETIME")});
        parser.addOption({QStringLiteral("accept"), CliText::tr("Accept the offer at once.")});
    }

    int run(CommandContext &context) override
    {
        QStringList missing;
        for (const char *option : {"location", "token", "from", "to"}) {
            if (context.parser.value(QLatin1String(option)).isEmpty())
                missing << QStringLiteral("--") + QLatin1String(option);
        }
        if (context.positional.isEmpty() || !missing.isEmpty()) {
            context.fail(CliText::tr("reserve needs PARTNER %1").arg(missing.join(QStringLiteral(", "))));
            return UsageError;
        }
        const auto from = parseDateTime(context.parser.value(QStringLiteral("from")));
        const auto to = parseDateTime(context.parser.value(QStringLiteral("to")));
        if (!from || !to) {
            context.fail(CliText::tr("--from and --to must be date-times such as 2026-03-01T18:00:00Z"));
            return UsageError;
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        NodeServices &services = session->services();
        ReservationsModule *reservations = services.findModule<ReservationsModule>();
        if (!reservations) {
            context.fail(CliText::tr("the reservations module is off; run with --reservations on (or OCPI_RESERVATIONS=on)"));
            return Failure;
        }
        const QString uid = context.parser.value(QStringLiteral("token"));
        const auto token = ourToken(services, uid);
        if (!token) {
            context.fail(CliText::tr("--token: no token '%1' of ours (see `ocpi-node list tokens`)").arg(uid));
            return Failure;
        }
        auto partner = services.partners().findByReference(context.positional.first());
        if (!partner) {
            context.fail(partner.error().message);
            return Failure;
        }
        const QJsonObject request = ReservationService::newRequest(context.parser.value(QStringLiteral("location")),
                                                                   context.parser.value(QStringLiteral("evse")), *token, *from, *to);

        ReservationService &service = reservations->service();
        QJsonArray printed;
        // Runs one exchange with the CPO and prints its answer; false when it failed.
        auto exchange = [&](const std::function<void(ReservationService::Answered)> &start) {
            std::optional<Result<QJsonObject>> answer;
            start([&](Result<QJsonObject> result) {
                answer = std::move(result);
                session->finished();
            });
            session->wait();
            if (!*answer) {
                context.fail(answer->error().message);
                return std::optional<QJsonObject>();
            }
            printed.append(**answer);
            if (!context.json)
                context.out << describe(**answer) << Qt::endl;
            return std::optional<QJsonObject>(**answer);
        };
        const auto offer = exchange([&](ReservationService::Answered done) { service.send(partner->id, request, done); });
        if (!offer)
            return Failure;
        const bool offered = offer->value(QStringLiteral("status")).toString() == QLatin1String("OFFERED");
        if (offered && context.parser.isSet(QStringLiteral("accept"))) {
            const ObjectKey key = ObjectKey::of(offer->value(QStringLiteral("country_code")).toString(),
                                                offer->value(QStringLiteral("party_id")).toString(),
                                                offer->value(QStringLiteral("id")).toString());
            if (!exchange([&](ReservationService::Answered done) { service.answer(partner->id, key, QStringLiteral("ACCEPTED"), done); }))
                return Failure;
        }
        if (context.json)
            printJson(context.out, printed);
        return offered ? Success : Failure;
    }
};

} // namespace

void addReserveCommand(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<ReserveCommand>());
}

} // namespace ocpi::cli
