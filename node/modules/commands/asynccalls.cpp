#include "asynccalls.h"

#include "core/logging.h"
#include "partners/partnerregistry.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ocpi::asynccalls {

QJsonObject response(const QString &result, int timeoutSeconds, const QString &message)
{
    QJsonObject object{{QStringLiteral("result"), result}, {QStringLiteral("timeout"), timeoutSeconds}};
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"),
                      QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("en")}, {QStringLiteral("text"), message}}});
    return object;
}

Status deliverResult(Outbox &outbox, CommandStore &store, const Clock &clock, const QString &module,
                     const CommandRecord &record, const PartyId &from, const PartyId &to, const QJsonObject &result)
{
    Delivery delivery;
    delivery.module = module;
    delivery.orderingKey = record.uid;
    delivery.method = "POST";
    delivery.url = record.responseUrl;
    delivery.body = QJsonDocument(result).toJson(QJsonDocument::Compact);
    delivery.from = from;
    delivery.to = to;
    // Retried, and parked where the operator sees it when the partner never takes it.
    delivery.onRefusal = RefusalPolicy::RetryThenPark;
    if (Status s = outbox.enqueueTo(record.partnerId, delivery); !s)
        return s;
    auto recorded = store.recordResult(record.uid, result, clock.now());
    return recorded ? Status::success() : Status(recorded.error());
}

Result<Target> receiverOf(PartnerRegistry &partners, qint64 partnerId, const QString &module,
                          const QList<PartyRole> &ourParties, const std::optional<PartyId> &addressee)
{
    auto partner = partners.get(partnerId);
    if (!partner)
        return partner.error();
    const auto endpoint = partner->endpoint(module, QStringLiteral("RECEIVER"));
    if (partner->state != PartnerState::Registered || !endpoint)
        return Error{ErrorKind::WrongRegistrationState, QStringLiteral("%1 has no %2 Receiver endpoint (state %3)")
                                                            .arg(partner->label(), module, partnerStateName(partner->state))};
    const auto ours = findRole(ourParties, Role::EMSP);
    if (!ours)
        return Error::invalid(QStringLiteral("this node holds no eMSP party to send %1 requests as").arg(module));
    Target target{*partner, endpoint->url, ours->party, std::nullopt};
    if (addressee) {
        auto caller = partners.callerFor(*partner);
        if (!caller)
            return caller.error();
        if (!mayActFor(*caller, *addressee, Role::CPO))
            return Error::invalid(QStringLiteral("%1 is not a CPO party reached through %2").arg(addressee->toString(), partner->label()));
        if (Status s = partners.checkReachable(*partner, *addressee, Role::CPO); !s)
            return s.error();
        target.to = *addressee;
    } else if (const auto theirs = findRole(partner->partyRoles(), Role::CPO)) {
        target.to = theirs->party;
    }
    return target;
}

OutgoingRequest requestTo(const Target &target, const QByteArray &method, const QString &url, const QByteArray &body)
{
    OutgoingRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.token = target.partner.outgoingToken;
    request.encoding = target.partner.outgoingEncoding();
    request.retryOtherEncoding = target.partner.encodingSetting == EncodingSetting::Auto;
    request.from = target.from;
    request.to = target.to;
    request.partnerId = target.partner.id;
    request.partner = target.partner.label();
    return request;
}

Result<CommandRecord> recordAnswer(CommandStore &store, const Clock &clock, const ValidationPolicy &policy,
                                   const QString &uid, const OcpiReply &reply, const QString &schema, int marginSeconds)
{
    std::optional<QJsonObject> answer;
    QString state = QStringLiteral("FAILED");
    QString error;
    QDateTime deadline;
    // 2003 (unknown location, CMD-05) still carries the answer.
    if (reply.isEnvelope && (reply.ok() || reply.ocpiStatus == 2003) && reply.data.isObject()) {
        auto checked = validateObject(schema, reply.data, policy);
        if (checked) {
            answer = *checked;
            state = checked->value(QStringLiteral("result")).toString();
            if (state == QLatin1String("ACCEPTED")) {
                const int timeout = qMax(0, checked->value(QStringLiteral("timeout")).toInt());
                deadline = clock.now().addSecs(timeout + marginSeconds);
            }
        } else {
            error = QStringLiteral("the CPO's %1 is invalid: %2").arg(schema, checked.error().message);
        }
    } else {
        error = reply.describe();
    }
    if (Status s = store.recordResponse(uid, answer, state, error, clock.now(), deadline); !s)
        return s.error();
    auto stored = store.find(uid);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::internal(QStringLiteral("request %1 vanished from the store").arg(uid));
    return **stored;
}

Result<bool> recordResult(CommandStore &store, const Clock &clock, const ValidationPolicy &policy, const Caller &caller,
                          const QString &type, const QString &uid, const QJsonValue &body, const QString &schema)
{
    auto found = store.find(uid);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->direction != CommandRecord::Direction::Sent || (*found)->partnerId != caller.partnerId
        || (*found)->type.compare(type, Qt::CaseInsensitive) != 0)
        return Error::notFound(QStringLiteral("no request %1/%2 of yours is waiting here").arg(type.left(40), uid.left(40)));
    auto checked = validateObject(schema, body, policy);
    if (!checked)
        return checked.error();
    return store.recordResult(uid, *checked, clock.now());
}

} // namespace ocpi::asynccalls
