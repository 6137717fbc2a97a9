#include "cdrspage.h"

#include "core/datetime.h"
#include "modules/cdrs/cdrservice.h"
#include "nodecall.h"
#include "partners/partnerregistry.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace ocpi {

namespace {

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

QString timeText(const QJsonObject &cdr, const char *name)
{
    const auto time = parseDateTime(field(cdr, name));
    return time ? ObjectRow::formatTime(*time) : QString();
}

// "1:30" for 1.5 hours (total_time and the periods are in hours).
QString hoursText(double hours)
{
    const qint64 minutes = qRound64(hours * 60);
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString amount(double value)
{
    return QString::number(value, 'f', 2);
}

// One Price: "3.75 / 4.54 EUR"; "not given" is not "free" (the CPO left it out).
QString priceText(const QJsonObject &cdr, const char *name)
{
    const QJsonValue price = cdr.value(QLatin1String(name));
    if (!price.isObject())
        return CdrsPage::tr("not given");
    const QJsonObject object = price.toObject();
    const QString currency = field(cdr, "currency");
    if (!object.contains(QLatin1String("incl_vat")))
        return QStringLiteral("%1 %2").arg(amount(object.value(QLatin1String("excl_vat")).toDouble()), currency);
    return QStringLiteral("%1 / %2 %3")
        .arg(amount(object.value(QLatin1String("excl_vat")).toDouble()),
             amount(object.value(QLatin1String("incl_vat")).toDouble()), currency);
}

QString periodText(const QJsonObject &period)
{
    QStringList dimensions;
    for (const QJsonValue &dimension : period.value(QLatin1String("dimensions")).toArray()) {
        dimensions << QStringLiteral("%1 %2").arg(field(dimension.toObject(), "type"))
                          .arg(dimension.toObject().value(QLatin1String("volume")).toDouble());
    }
    QString text = QStringLiteral("  %1  %2").arg(timeText(period, "start_date_time"), dimensions.join(QStringLiteral(", ")));
    if (const QString tariff = field(period, "tariff_id"); !tariff.isEmpty())
        text += CdrsPage::tr("  (tariff %1)").arg(tariff);
    return text;
}

} // namespace

CdrsPage::CdrsPage(NodeController &node, QWidget *parent)
    : ObjectTablePage(node, QStringLiteral("cdrs"), columns(), parent), m_node(node)
{
    // A CDR is never created, edited or deleted here (CDR-04): the node makes ours when a session
    // ends and partners POST theirs. Edit stays visible, disabled, so the operator learns why.
    newButton()->hide();
    m_breakdown = new QLabel(this);
    m_breakdown->setObjectName(QStringLiteral("cdrBreakdown"));
    m_breakdown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakdown->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_breakdown->setWordWrap(true);
    splitter()->insertWidget(1, m_breakdown);
    updateActions();
    objectShown(nullptr);
}

QList<ObjectTableModel::Column> CdrsPage::columns()
{
    const auto json = [](const char *name) {
        return [name](const ObjectRow &row) { return QVariant(field(row.json, name)); };
    };
    const auto time = [](const char *name) {
        return ObjectTableModel::Column{QString(), [name](const ObjectRow &row) { return QVariant(timeText(row.json, name)); },
                                        [name](const ObjectRow &row) {
                                            const auto parsed = parseDateTime(field(row.json, name));
                                            return parsed ? QVariant(*parsed) : QVariant();
                                        }};
    };
    ObjectTableModel::Column start = time("start_date_time");
    start.title = tr("Start");
    ObjectTableModel::Column end = time("end_date_time");
    end.title = tr("End");
    return {
        ObjectTableModel::ownerColumn(),
        {tr("Id"), json("id")},
        {tr("Session"), json("session_id")},
        {tr("Token"), [](const ObjectRow &row) { return QVariant(field(row.json.value(QLatin1String("cdr_token")).toObject(), "uid")); }},
        {tr("Location/EVSE"),
         [](const ObjectRow &row) {
             const QJsonObject location = row.json.value(QLatin1String("cdr_location")).toObject();
             return QVariant(field(location, "id") + QLatin1Char('/') + field(location, "evse_uid"));
         }},
        start,
        end,
        {tr("kWh"), [](const ObjectRow &row) { return QVariant(row.json.value(QLatin1String("total_energy")).toDouble()); }},
        {tr("Time"), [](const ObjectRow &row) { return QVariant(hoursText(row.json.value(QLatin1String("total_time")).toDouble())); },
         [](const ObjectRow &row) { return QVariant(row.json.value(QLatin1String("total_time")).toDouble()); }},
        {tr("Cost (excl./incl. VAT)"), [](const ObjectRow &row) { return QVariant(costText(row.json)); },
         [](const ObjectRow &row) {
             return QVariant(row.json.value(QLatin1String("total_cost")).toObject().value(QLatin1String("excl_vat")).toDouble());
         },
         [](const ObjectRow &row) { return QVariant(breakdownText(row.json)); }},
        {tr("Credit"),
         [](const ObjectRow &row) {
             return QVariant(row.json.value(QLatin1String("credit")).toBool()
                                 ? tr("credit for %1").arg(field(row.json, "credit_reference_id"))
                                 : QString());
         }},
        ObjectTableModel::lastUpdatedColumn(),
        ObjectTableModel::sourceColumn(),
    };
}

QString CdrsPage::costText(const QJsonObject &cdr)
{
    return cdr.value(QLatin1String("total_cost")).isObject() ? priceText(cdr, "total_cost") : QString();
}

QString CdrsPage::breakdownText(const QJsonObject &cdr)
{
    QStringList lines;
    lines << tr("Total cost (excl. / incl. VAT): %1").arg(priceText(cdr, "total_cost"));
    const QList<std::pair<const char *, QString>> parts{
        {"total_fixed_cost", tr("fixed")},   {"total_energy_cost", tr("energy")},
        {"total_time_cost", tr("time")},     {"total_parking_cost", tr("parking")},
        {"total_reservation_cost", tr("reservation")},
    };
    for (const auto &[name, title] : parts)
        lines << tr("  %1: %2").arg(title, priceText(cdr, name));
    lines << tr("Energy %1 kWh, time %2, parking %3")
                 .arg(cdr.value(QLatin1String("total_energy")).toDouble())
                 .arg(hoursText(cdr.value(QLatin1String("total_time")).toDouble()),
                      hoursText(cdr.value(QLatin1String("total_parking_time")).toDouble()));
    const QJsonArray periods = cdr.value(QLatin1String("charging_periods")).toArray();
    lines << tr("Charging periods (%1):").arg(periods.size());
    for (const QJsonValue &period : periods)
        lines << periodText(period.toObject());
    if (cdr.value(QLatin1String("credit")).toBool())
        lines << tr("Credit CDR for %1").arg(field(cdr, "credit_reference_id"));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject CdrsPage::newObjectTemplate(const PartyRole &) const
{
    return {}; // never asked: the New button is hidden
}

void CdrsPage::updateActions()
{
    ObjectTablePage::updateActions();
    editButton()->setEnabled(false);
    editButton()->setToolTip(tr("CDRs are final; corrections are credit CDRs"));
}

void CdrsPage::applySteps(RowSteps<ObjectRow> steps)
{
    const bool changed = !steps.isEmpty();
    ObjectTablePage::applySteps(std::move(steps));
    // Ids, costs and times have widths of their own: the columns follow what they show (a view
    // samples at most resizeContentsPrecision() rows for that, so it costs the same at 100,000).
    if (changed)
        view()->resizeColumnsToContents();
}

void CdrsPage::objectShown(const ObjectRow *object)
{
    if (!object) {
        m_shownIdentity.clear();
        m_shownText.clear();
        m_breakdown->setText(tr("Select a CDR to see its cost breakdown and charging periods."));
        return;
    }
    const QString text = breakdownText(object->json);
    // A refresh of the same CDR (CDRs do not change) keeps what is shown, deliveries included.
    if (object->identity() == m_shownIdentity && text == m_shownText)
        return;
    m_shownIdentity = object->identity();
    m_shownText = text;
    m_breakdown->setText(text);
    if (object->ours())
        readDeliveries(*object);
}

void CdrsPage::readDeliveries(const ObjectRow &cdr)
{
    const ObjectKey key = cdr.stored.key;
    const QString identity = cdr.identity();
    nodecall::post<QStringList>(
        m_node, this,
        [key](NodeServices &node, nodecall::Done<QStringList> answer) {
            auto deliveries = node.service<CdrService>().deliveries(key);
            if (!deliveries) {
                answer(deliveries.error());
                return;
            }
            QHash<qint64, QString> names;
            if (auto partners = node.partners().list()) {
                for (const Partner &partner : std::as_const(*partners))
                    names.insert(partner.id, partner.label());
            }
            QStringList lines;
            for (const CdrDelivery &delivery : std::as_const(*deliveries)) {
                const QString partner = names.value(delivery.partnerId, tr("partner %1").arg(delivery.partnerId));
                lines << (delivery.location.isEmpty()
                              ? tr("  %1 took it at %2 without saying where it keeps it")
                                    .arg(partner, ObjectRow::formatTime(delivery.deliveredAt))
                              : tr("  %1 keeps it at %2 (since %3)")
                                    .arg(partner, delivery.location, ObjectRow::formatTime(delivery.deliveredAt)));
            }
            answer(lines);
        },
        [this, identity](Result<QStringList> lines) {
            if (identity != m_shownIdentity)
                return; // the operator moved on
            const QString where = !lines ? tr("Could not read the deliveries: %1").arg(lines.error().message)
                                  : lines->isEmpty() ? tr("Not delivered to a partner yet.")
                                                     : tr("Delivered:") + QLatin1Char('\n') + lines->join(QLatin1Char('\n'));
            m_breakdown->setText(m_shownText + QStringLiteral("\n") + where);
        });
}

} // namespace ocpi
