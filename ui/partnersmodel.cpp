#include "partnersmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace ocpi {

namespace {

QString stateName(PartnerState state)
{
    switch (state) {
    case PartnerState::Invited: return PartnersModel::tr("invited");
    case PartnerState::Registering: return PartnersModel::tr("registering");
    case PartnerState::Registered: return PartnersModel::tr("registered");
    case PartnerState::Unregistered: return PartnersModel::tr("unregistered");
    case PartnerState::Failed: return PartnersModel::tr("failed");
    }
    return QString();
}

bool sameRoles(const QList<PartnerRole> &a, const QList<PartnerRole> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const PartnerRole &x, const PartnerRole &y) {
        return x.party == y.party && x.business.name == y.business.name && x.business.website == y.business.website
               && x.business.logoJson == y.business.logoJson;
    });
}

bool sameEndpoints(const QList<PartnerEndpoint> &a, const QList<PartnerEndpoint> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const PartnerEndpoint &x, const PartnerEndpoint &y) {
        return x.identifier == y.identifier && x.role == y.role && x.url == y.url;
    });
}

} // namespace

PartnersModel::PartnersModel(QObject *parent) : QAbstractTableModel(parent) {}

int PartnersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Partner &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case IdColumn: return role == SortRole ? QVariant(p.id) : QVariant(QString::number(p.id));
        case NameColumn: return p.label();
        case PartiesColumn: return partiesText(p);
        case RolesColumn: return rolesText(p);
        case StateColumn: return stateText(p);
        case VersionColumn: return p.version;
        case LastContactColumn:
            if (role == SortRole)
                return p.lastContact;
            return formatTime(p.lastContact);
        case HubPartiesColumn: return hubPartiesText(p);
        default: return QVariant();
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return p.versionsUrl;
        case StateColumn: return p.stateReason.isEmpty() ? QVariant() : QVariant(p.stateReason);
        case LastContactColumn:
            return p.lastContact.isValid() ? QVariant(p.lastContact.toUTC().toString(Qt::ISODate)) : QVariant();
        case HubPartiesColumn:
            return p.hubParties.isEmpty() ? QVariant()
                                          : QVariant(tr("As the hub reports them: nothing is sent to an OFFLINE or "
                                                        "SUSPENDED party; a PLANNED one joins soon"));
        default: return QVariant();
        }
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && p.state == PartnerState::Failed)
            return QBrush(QColor(0xB0, 0x20, 0x20));
        // A party the operator should look at: unreachable, or about to join (HCI-05).
        if (index.column() == HubPartiesColumn
            && std::any_of(p.hubParties.cbegin(), p.hubParties.cend(),
                           [](const HubParty &h) { return h.status != ConnectionStatus::Connected; }))
            return QBrush(QColor(0xB0, 0x60, 0x00));
        return QVariant();
    case IdRole: return p.id;
    case StateRole: return int(p.state);
    default: return QVariant();
    }
}

QVariant PartnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case NameColumn: return tr("Name");
    case PartiesColumn: return tr("Parties");
    case RolesColumn: return tr("Roles");
    case StateColumn: return tr("State");
    case VersionColumn: return tr("Version");
    case LastContactColumn: return tr("Last contact");
    case HubPartiesColumn: return tr("Behind the hub");
    default: return QVariant();
    }
}

int PartnersModel::rowForId(qint64 id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Partner &p, qint64 value) { return p.id < value; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

void PartnersModel::setPartners(QList<Partner> partners)
{
    std::sort(partners.begin(), partners.end(), [](const Partner &a, const Partner &b) { return a.id < b.id; });
    // One pass over both id-ordered lists; runs of removed or added ids become one signal each.
    int row = 0;
    qsizetype next = 0;
    auto oldBeforeNew = [&](int r) { return next == partners.size() || m_rows.at(r).id < partners.at(next).id; };
    auto newBeforeOld = [&](qsizetype n) { return row == m_rows.size() || partners.at(n).id < m_rows.at(row).id; };
    while (row < m_rows.size() || next < partners.size()) {
        if (row < m_rows.size() && oldBeforeNew(row)) {
            int last = row;
            while (last + 1 < m_rows.size() && oldBeforeNew(last + 1))
                ++last;
            beginRemoveRows(QModelIndex(), row, last);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
        } else if (newBeforeOld(next)) {
            qsizetype end = next + 1;
            while (end < partners.size() && newBeforeOld(end))
                ++end;
            const int count = int(end - next);
            beginInsertRows(QModelIndex(), row, row + count - 1);
            for (qsizetype n = next; n < end; ++n)
                m_rows.insert(row + int(n - next), std::move(partners[n]));
            endInsertRows();
            row += count;
            next = end;
        } else {
            if (!sameContent(m_rows.at(row), partners.at(next))) {
                m_rows[row] = std::move(partners[next]);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        }
    }
}

QString PartnersModel::stateText(const Partner &partner)
{
    const QString state = stateName(partner.state);
    // Other states may keep a reason too (e.g. a failed credentials update of a registered
    // partner), as `ocpi-node partners` shows it.
    return partner.stateReason.isEmpty() ? state : tr("%1 (%2)").arg(state, partner.stateReason);
}

QString PartnersModel::partiesText(const Partner &partner)
{
    QStringList parties;
    for (const PartnerRole &role : partner.roles) {
        const QString party = role.party.party.toString();
        if (!parties.contains(party))
            parties << party;
    }
    return parties.join(QStringLiteral(", "));
}

QString PartnersModel::rolesText(const Partner &partner)
{
    QStringList roles;
    for (const PartnerRole &role : partner.roles) {
        const QString name = roleName(role.party.role);
        if (!roles.contains(name))
            roles << name;
    }
    return roles.join(QStringLiteral(", "));
}

QString PartnersModel::hubPartiesText(const Partner &partner)
{
    QStringList parties;
    for (const HubParty &party : partner.hubParties) {
        parties << tr("%1 %2: %3").arg(party.party.party.toString(), roleName(party.party.role),
                                       connectionStatusName(party.status));
    }
    return parties.join(QStringLiteral(", "));
}

QString PartnersModel::formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

bool PartnersModel::sameContent(const Partner &a, const Partner &b)
{
    return a.id == b.id && a.name == b.name && a.state == b.state && a.stateReason == b.stateReason
           && a.versionsUrl == b.versionsUrl && a.version == b.version && sameRoles(a.roles, b.roles)
           && sameEndpoints(a.endpoints, b.endpoints) && a.outgoingToken == b.outgoingToken
           && a.encodingSetting == b.encodingSetting && a.detectedEncoding == b.detectedEncoding
           && a.lastContact == b.lastContact && a.createdAt == b.createdAt && a.hasIncomingToken == b.hasIncomingToken
           && a.hubParties == b.hubParties;
}

} // namespace ocpi
