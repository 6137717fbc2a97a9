#include "commands.h"
#include "clitext.h"
#include "operatorsession.h"

#include "core/datetime.h"
#include "partners/partnerregistry.h"
#include "sync/outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ocpi::cli {

namespace {


// `ocpi-node outbox [retry PARTNER|ID | drop ID]`. Like the other operator commands it works on the
// database: a serving node sees what changed at its next poll of the outbox (within a second).
class OutboxCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override
    {
        return CliText::tr("Show pushes waiting for each partner and the parked ones; 'retry PARTNER|ID' queues parked "
                  "deliveries again, 'drop ID' discards one.");
    }
    QString arguments() const override { return QStringLiteral("[retry PARTNER|ID | drop ID]"); }
    bool printsResults() const override { return true; }
    int run(CommandContext &context) override
    {
        const QString action = context.positional.value(0);
        if (!action.isEmpty() && action != QLatin1String("retry") && action != QLatin1String("drop")) {
            context.fail(CliText::tr("outbox takes no argument, 'retry PARTNER|ID' or 'drop ID', not '%1'").arg(action));
            return UsageError;
        }
        if (!action.isEmpty() && context.positional.size() != 2) {
            context.fail(action == QLatin1String("retry") ? CliText::tr("outbox retry needs PARTNER or a parked delivery's ID")
                                                          : CliText::tr("outbox drop needs a parked delivery's ID"));
            return UsageError;
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        if (action == QLatin1String("retry"))
            return retry(context, *session, context.positional.at(1));
        if (action == QLatin1String("drop"))
            return drop(context, *session, context.positional.at(1));
        return show(context, *session);
    }

private:
    // Delivery ids are numbers; anything else names a partner (its name or a party it holds).
    static std::optional<qint64> deliveryId(const QString &text)
    {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        return digits.match(text).hasMatch() ? std::optional<qint64>(text.toLongLong()) : std::nullopt;
    }

    static QString nextStep(const OperatorSession &session)
    {
        return session.serving() ? CliText::tr("The serving node sends it within a second; see 'ocpi-node outbox'.")
                                 : CliText::tr("No node serves this database: it is sent once 'ocpi-node serve' runs.");
    }

    int retry(CommandContext &context, OperatorSession &session, const QString &reference)
    {
        Outbox &outbox = session.services().outbox();
        std::optional<qint64> partnerId;
        const std::optional<qint64> id = deliveryId(reference);
        QString whose;
        if (!id) {
            auto partner = session.services().partners().findByReference(reference);
            if (!partner) {
                context.fail(partner.error().message);
                return Failure;
            }
            partnerId = partner->id;
            whose = partner->label();
        }
        auto queued = outbox.unpark(partnerId, id);
        if (!queued) {
            context.fail(queued.error().message);
            return Failure;
        }
        if (*queued == 0) {
            context.fail(id ? CliText::tr("no parked delivery %1 (see 'ocpi-node outbox')").arg(*id)
                            : CliText::tr("%1 has no parked deliveries").arg(whose));
            return Failure;
        }
        if (context.json) {
            printJson(context.out, QJsonObject{{QStringLiteral("queued"), *queued}});
            return Success;
        }
        context.out << CliText::tr("%n parked delivery(s) queued again.", nullptr, *queued) << ' ' << nextStep(session) << Qt::endl;
        return Success;
    }

    int drop(CommandContext &context, OperatorSession &session, const QString &reference)
    {
        const std::optional<qint64> id = deliveryId(reference);
        if (!id) {
            context.fail(CliText::tr("outbox drop needs a parked delivery's ID (a number from 'ocpi-node outbox'), not '%1'")
                             .arg(reference));
            return UsageError;
        }
        auto dropped = session.services().outbox().drop(*id);
        if (!dropped) {
            context.fail(dropped.error().message);
            return Failure;
        }
        if (!*dropped) {
            context.fail(CliText::tr("no parked delivery %1 (see 'ocpi-node outbox'; only parked deliveries can be dropped)").arg(*id));
            return Failure;
        }
        if (context.json) {
            printJson(context.out, QJsonObject{{QStringLiteral("dropped"), *id}});
            return Success;
        }
        context.out << CliText::tr("Parked delivery %1 dropped; the partner will not receive it.").arg(*id) << Qt::endl;
        return Success;
    }

    int show(CommandContext &context, OperatorSession &session)
    {
        auto backlog = session.services().outbox().backlog();
        auto parked = backlog ? session.services().outbox().parkedEntries() : Result<QList<OutboxEntry>>(backlog.error());
        auto partners = parked ? session.services().partners().list() : Result<QList<Partner>>(parked.error());
        if (!partners) {
            context.fail(partners.error().message);
            return Failure;
        }
        QHash<qint64, Partner> byId;
        for (const Partner &partner : *partners)
            byId.insert(partner.id, partner);
        auto urlOf = [&byId](const OutboxEntry &entry) {
            const auto partner = byId.constFind(entry.partnerId);
            return partner == byId.constEnd() ? entry.url : deliveryUrl(entry, *partner);
        };
        if (context.json) {
            QJsonArray array;
            for (const PartnerBacklog &b : *backlog) {
                QJsonArray deliveries;
                for (const OutboxEntry &e : *parked) {
                    if (e.partnerId != b.partnerId)
                        continue;
                    deliveries.append(QJsonObject{{QStringLiteral("id"), e.id},
                                                  {QStringLiteral("partner"), b.partner},
                                                  {QStringLiteral("module"), e.module},
                                                  {QStringLiteral("object_key"), e.objectKey},
                                                  {QStringLiteral("method"), QString::fromLatin1(e.method)},
                                                  {QStringLiteral("url"), urlOf(e)},
                                                  {QStringLiteral("attempts"), e.attempts},
                                                  {QStringLiteral("last_error"), e.lastError},
                                                  {QStringLiteral("created_at"), formatDateTime(e.createdAt)}});
                }
                array.append(QJsonObject{{QStringLiteral("partner"), b.partner},
                                         {QStringLiteral("partner_id"), b.partnerId},
                                         {QStringLiteral("pending"), b.pending},
                                         {QStringLiteral("parked"), b.parked},
                                         {QStringLiteral("oldest"), b.oldest.isValid() ? QJsonValue(formatDateTime(b.oldest)) : QJsonValue()},
                                         {QStringLiteral("last_error"), b.lastError.isEmpty() ? QJsonValue() : QJsonValue(b.lastError)},
                                         {QStringLiteral("parked_deliveries"), deliveries}});
            }
            printJson(context.out, array);
            return Success;
        }
        QList<QStringList> rows;
        for (const PartnerBacklog &b : *backlog) {
            rows.append({b.partner, QString::number(b.pending), QString::number(b.parked),
                         b.oldest.isValid() ? formatDateTime(b.oldest) : QString(), b.lastError.left(80)});
        }
        printTable(context.out, {CliText::tr("PARTNER"), CliText::tr("PENDING"), CliText::tr("PARKED"), CliText::tr("OLDEST"), CliText::tr("LAST ERROR")}, rows);
        if (parked->isEmpty())
            return Success;
        context.out << Qt::endl << CliText::tr("Parked deliveries (the partner refused them, or they ran out of tries):") << Qt::endl;
        for (const OutboxEntry &e : *parked) {
            context.out << "  " << e.id << "  " << byId.value(e.partnerId).label() << "  " << e.module << ' ' << e.objectKey
                        << "  " << QString::fromLatin1(e.method) << ' ' << urlOf(e) << Qt::endl
                        << "      " << CliText::tr("%n try(s), last answer: ", nullptr, e.attempts) << e.lastError << Qt::endl;
        }
        context.out << CliText::tr("Once the cause is fixed: 'ocpi-node outbox retry ID' (or PARTNER for all of a partner's); "
                          "'ocpi-node outbox drop ID' discards one.")
                    << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeOutboxCommand()
{
    return std::make_unique<OutboxCommand>();
}

} // namespace ocpi::cli
